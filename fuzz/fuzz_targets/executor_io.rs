//! ExecutorInput (`--executor_input`, `{{$}}`) and what a step writes back:
//! ExecutorOutput and output parameter files of every type.
#![no_main]
use kfp_common::{
    executor_io::{parse_executor_input, parse_output_parameter},
    proto::ml_pipelines::{parameter_type::ParameterTypeEnum, ExecutorOutput},
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(input) = parse_executor_input(text, "--executor_input") {
        // What parses must print and parse again.
        let json = kfp_common::executor_io::executor_input_json(&input).expect("print");
        parse_executor_input(&json, "printed").expect("reparse");
    }
    let _ = serde_json::from_str::<ExecutorOutput>(text);
    for ty in [
        ParameterTypeEnum::String,
        ParameterTypeEnum::NumberInteger,
        ParameterTypeEnum::NumberDouble,
        ParameterTypeEnum::Boolean,
        ParameterTypeEnum::List,
        ParameterTypeEnum::Struct,
        ParameterTypeEnum::TaskFinalStatus,
    ] {
        let _ = parse_output_parameter(ty, text);
    }
});
