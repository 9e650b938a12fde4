//! Our placeholder resolver against the KFP SDK's, on container components
//! generated at random and compiled by the SDK
//! (`e2e/conformance/placeholder_cases.py` says how and where the two differ
//! on purpose). Every case runs both ways a step can go: the launcher's pass
//! alone (a single-step local run) and the driver's pass then the
//! launcher's (a pod); each must give the SDK's argv.
//!
//! `KFP_PLACEHOLDER_CASES` sets the count (default 2,000, a few seconds;
//! `make conformance` runs more) and `KFP_PLACEHOLDER_SEED` the seed.

use std::{collections::BTreeMap, path::Path, process::Command};

use kfp_common::{
    executor_io::{executor_input_json, parse_executor_input},
    placeholder::{driver, resolve_command, Context},
    test_util,
    uri::PathMap,
};
use serde_json::Value;

#[test]
fn resolves_as_the_kfp_sdk_does() {
    let Some(venv) = test_util::kfp_venv() else {
        return;
    };
    let count = std::env::var("KFP_PLACEHOLDER_CASES").unwrap_or_else(|_| "2000".into());
    let seed = std::env::var("KFP_PLACEHOLDER_SEED").unwrap_or_else(|_| "20261207".into());
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../e2e/conformance/placeholder_cases.py");
    let out = Command::new(venv.join("bin/python"))
        .arg(&script)
        .args([&count, &seed])
        .output()
        .expect("running the case generator");
    assert!(
        out.status.success(),
        "{}: {}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let cases: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(cases.len().to_string(), count, "one line per case");

    let mut failures = Vec::new();
    let (mut resolved, mut refused) = (0, 0);
    for case in &cases {
        let command: Vec<String> = serde_json::from_value(case["command"].clone()).unwrap();
        let ei = parse_executor_input(&case["executor_input"].to_string(), "case").unwrap();
        let json = executor_input_json(&ei).unwrap();
        let runtime = BTreeMap::new();
        let paths = PathMap::identity();
        let ctx = Context {
            input: &ei,
            provided: &ei,
            input_json: &json,
            paths: &paths,
            runtime: &runtime,
        };
        let alone = resolve_command(&command, &ctx).map_err(|e| e.to_string());
        let inputs = driver::Inputs {
            provided: &ei,
            with_defaults: &ei,
        };
        let elements = command
            .iter()
            .enumerate()
            .map(|(i, e)| (format!("command[{i}]"), e.as_str()));
        let pod = driver::command_line(elements, &inputs)
            .map_err(|e| e.to_string())
            .and_then(|first| resolve_command(&first, &ctx).map_err(|e| e.to_string()));
        let expected: Option<Vec<String>> =
            serde_json::from_value(case["expected"].clone()).unwrap();
        match &expected {
            Some(_) => resolved += 1,
            None => refused += 1,
        }
        for (how, got) in [("launcher alone", &alone), ("driver then launcher", &pod)] {
            let agree = match (&expected, got) {
                (Some(want), Ok(got)) => want == got,
                (None, Err(_)) => true,
                _ => false,
            };
            if !agree {
                failures.push(format!(
                    "case {} ({how}):\n{}\ncommand: {command:?}\ninputs: {}\nSDK: {:?} {}\nours: {got:?}",
                    case["case"],
                    case["source"].as_str().unwrap_or_default(),
                    case["executor_input"]["inputs"],
                    expected,
                    case["sdk_error"].as_str().unwrap_or_default(),
                ));
            }
        }
    }
    eprintln!(
        "{} cases: {resolved} resolved by the SDK, {refused} refused; {} disagreements",
        cases.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} resolutions differ from the SDK's; the first:\n{}",
        failures.len(),
        2 * cases.len(),
        failures[..failures.len().min(3)].join("\n\n")
    );
}
