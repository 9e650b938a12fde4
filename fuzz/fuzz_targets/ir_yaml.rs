//! Pipeline IR YAML as the SDK compiles it (and anything else).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = kfp_common::ir::Pipeline::from_yaml(text, std::path::Path::new("fuzz.yaml")) {
        for t in p.tasks() {
            let _ = p.find_task(&t.path_string());
        }
    }
});
