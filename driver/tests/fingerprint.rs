//! `driver fingerprint` through the binary.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Stdio};

const KEY: &str = r#"{"inputArtifactNames":{"dataset_one":{"artifactNames":["1"]},"dataset_two":{"artifactNames":["2"]}},"inputParameterValues":{"message":"Some string value","num_steps":5},"outputArtifactsSpec":{"model":{"name":"model","type":{"instanceSchema":"title: kfp.Model\ntype: object\nproperties:\n  framework:\n    type: string\n  framework_version:\n    type: string\n"},"metadata":{"name":"model"}},"metrics":{"name":"metrics","type":{"schemaTitle":"kfp.Metrics"},"metadata":{"name":"metrics"}}},"outputParametersSpec":{"output_parameter_one":"STRING","output_parameter_two":"INT"},"containerSpec":{"cmdArgs":["sh","ec","test"],"image":"python:3.11"}}"#;

#[test]
fn prints_the_go_fingerprint_from_a_file_or_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("key.json");
    std::fs::write(&file, KEY).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_driver"))
        .args(["fingerprint", "--cache-key"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "b498530c9016917298999ec0b01f364a180f8a3862bea0fa672a383ca3f22e4e\n"
    );

    let mut child = Command::new(env!("CARGO_BIN_EXE_driver"))
        .args(["fingerprint", "--cache-key", "-", "--canonical"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"inputParameterValues\": {\"b\": 1, \"a\": \"<\"}}")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("{\"inputParameterValues\":{\"a\":\"\\u003c\",\"b\":1}}\n"),
        "{text}"
    );
}

#[test]
fn bad_input_names_the_file_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(&file, "[1, 2]").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_driver"))
        .args(["fingerprint", "--cache-key"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.json") && err.contains("JSON object"),
        "{err}"
    );
    // A key Go's protojson would refuse: a field CacheKey lacks, or a value
    // of the wrong kind.
    for (bad, named) in [
        (r#"{"inputParameterValue": {}}"#, "inputParameterValue"),
        (r#"{"containerSpec": {"image": 3}}"#, "containerSpec.image"),
    ] {
        std::fs::write(&file, bad).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_driver"))
            .args(["fingerprint", "--cache-key"])
            .arg(&file)
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("not a CacheKey") && err.contains(named),
            "{err}"
        );
    }
    let out = Command::new(env!("CARGO_BIN_EXE_driver"))
        .arg("fingerprint")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "missing --cache-key is a usage error"
    );
}

#[test]
fn explain_names_the_parts_that_differ_between_two_keys() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.json");
    let second = dir.path().join("second.json");
    std::fs::write(&first, KEY).unwrap();
    std::fs::write(&second, KEY.replace("\"num_steps\":5", "\"num_steps\":6")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_driver"))
        .args(["fingerprint", "--explain", "--cache-key"])
        .arg(&first)
        .arg("--against")
        .arg(&second)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("b498530c9016917298999ec0b01f364a180f8a3862bea0fa672a383ca3f22e4e\n"),
        "{text}"
    );
    assert!(
        text.contains("DIFFERS  inputParameterValues.num_steps"),
        "{text}"
    );
    assert!(text.contains("same     containerSpec.image"), "{text}");
    assert!(text.contains("1 part(s) differ"), "{text}");

    // One key alone: its parts.
    let out = Command::new(env!("CARGO_BIN_EXE_driver"))
        .args(["fingerprint", "--explain", "--cache-key"])
        .arg(&first)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("inputArtifactNames.dataset_one"), "{text}");
    assert!(
        text.contains("outputParametersSpec.output_parameter_two"),
        "{text}"
    );

    // --against without --explain is a usage error.
    let out = Command::new(env!("CARGO_BIN_EXE_driver"))
        .args(["fingerprint", "--cache-key"])
        .arg(&first)
        .arg("--against")
        .arg(&second)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
