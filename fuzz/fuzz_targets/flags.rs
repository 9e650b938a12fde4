//! The command lines of the three binaries (Go-flag syntax) and of
//! `launcher local run`: arguments separated by NUL bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let argv: Vec<String> = text.split('\0').map(str::to_owned).collect();
    let _ = kfp_step::args::parse(&argv);
    let _ = kfp_driver::args::parse(&argv);
    let _ = kfp_local::parse_args(&argv);
});
