//! CEL: a task's trigger condition and a parameter's expression selector,
//! with the input value as JSON after a NUL byte.
#![no_main]
use kfp_common::executor_io::from_json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (expression, value) = text.split_once('\0').unwrap_or((text, "null"));
    let Ok(json) = serde_json::from_str::<serde_json::Value>(value) else {
        return;
    };
    let value = from_json(json.clone());
    let _ = kfp_driver::expr::select(expression, &value);
    let inputs = kfp_common::proto::ml_pipelines::executor_input::Inputs {
        parameter_values: [("x".to_owned(), value)].into(),
        ..Default::default()
    };
    let _ = kfp_driver::expr::condition(expression, &inputs);
});
