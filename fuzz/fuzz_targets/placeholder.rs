//! A container's command line (JSON list of strings, placeholders and
//! structures) against an ExecutorInput (JSON after a NUL byte): the
//! driver's pass, then the launcher's, as in a pod, and the launcher alone.
#![no_main]
use std::collections::BTreeMap;

use kfp_common::{
    executor_io::{executor_input_json, parse_executor_input},
    placeholder::{driver, resolve_command, Context},
    uri::PathMap,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (command, input) = text.split_once('\0').unwrap_or((text, "{}"));
    let Ok(command) = serde_json::from_str::<Vec<String>>(command) else {
        return;
    };
    let Ok(input) = parse_executor_input(input, "fuzz") else {
        return;
    };
    let Ok(input_json) = executor_input_json(&input) else {
        return;
    };
    let paths = PathMap::identity();
    let runtime = BTreeMap::new();
    let ctx = Context {
        input: &input,
        provided: &input,
        input_json: &input_json,
        paths: &paths,
        runtime: &runtime,
    };
    let _ = resolve_command(&command, &ctx);
    let inputs = driver::Inputs {
        provided: &input,
        with_defaults: &input,
    };
    let elements = command
        .iter()
        .enumerate()
        .map(|(i, c)| (format!("command[{i}]"), c.as_str()));
    if let Ok(pre) = driver::command_line(elements, &inputs) {
        let _ = resolve_command(&pre, &ctx);
    }
});
