//! `driver fingerprint --cache-key FILE`: the fingerprint of a `CacheKey`
//! JSON (protojson, as KFP logs it), byte-compatible with KFP's Go driver;
//! `--canonical` also prints the bytes that are hashed. `FILE` may be `-`
//! (standard input). The tool a user reaches for when a step did not hit the
//! cache: compare the canonical bytes of two keys.

use std::io::Read;

use kfp_common::fingerprint;

const USAGE: &str = "usage: driver fingerprint --cache-key FILE|- [--canonical]";

/// Run the driver with `argv` (without the program name); returns the exit code.
pub fn main(argv: &[String]) -> i32 {
    match argv.first().map(String::as_str) {
        Some("fingerprint") => fingerprint_main(&argv[1..]),
        Some("-h" | "-help" | "--help") => {
            eprintln!("{USAGE}");
            0
        }
        _ => {
            eprintln!(
                "driver: the ROOT_DAG/DAG/CONTAINER driver is not implemented yet (issue 5)\n{USAGE}"
            );
            1
        }
    }
}

fn fingerprint_main(argv: &[String]) -> i32 {
    let mut file = None;
    let mut canonical = false;
    let mut args = argv.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--cache-key" | "--cache_key" => file = args.next().cloned(),
            "--canonical" => canonical = true,
            other => {
                eprintln!("driver fingerprint: unknown argument {other:?}\n{USAGE}");
                return 2;
            }
        }
    }
    let Some(file) = file else {
        eprintln!("driver fingerprint: --cache-key FILE is required\n{USAGE}");
        return 2;
    };
    let text = if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map(|_| s)
            .map_err(|e| format!("reading the cache key from standard input: {e}"))
    } else {
        std::fs::read_to_string(&file).map_err(|e| format!("--cache-key {file}: {e}"))
    };
    let bytes = text.and_then(|t| {
        fingerprint::canonical_json(&t)
            .map_err(|e| format!("--cache-key {file}: {}", kfp_common::error_chain(&e)))
    });
    match bytes {
        Ok(bytes) => {
            if canonical {
                println!("{bytes}");
            }
            println!("{}", fingerprint::fingerprint(&bytes).unwrap_or_default());
            0
        }
        Err(e) => {
            eprintln!("driver fingerprint: {e}");
            1
        }
    }
}
