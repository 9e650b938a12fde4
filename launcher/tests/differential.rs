#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The KFP SDK's own local runner as an oracle for whole local runs:
//! `e2e/conformance/differential.py` runs each of its pipelines with
//! `kfp.local` and with this `launcher local run`, and compares every task's
//! output parameters and output artifacts (bytes and metadata). The harness
//! documents where kfp.local differs from KFP on purpose and how the
//! comparison follows KFP there.

use std::{path::Path, process::Command};

use serde_json::Value;

/// Every pipeline agrees, and each ran more than a token number of tasks
/// (a harness that compared nothing must not pass).
#[test]
fn kfp_local_and_launcher_agree() {
    let Some(venv) = kfp_common::test_util::kfp_venv() else {
        return;
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../e2e/conformance/differential.py");
    let out = Command::new(venv.join("bin/python"))
        .arg(&script)
        .arg("--launcher")
        .arg(env!("CARGO_BIN_EXE_launcher"))
        .output()
        .unwrap();
    let report: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let tail = &stderr[stderr.len().saturating_sub(4000)..];
    for p in &report {
        assert_eq!(p["differences"], Value::Array(vec![]), "{p:#}\n{tail}");
    }
    assert!(out.status.success(), "{report:#?}\n{tail}");
    let tasks = |name: &str| {
        report
            .iter()
            .find(|p| p["pipeline"] == name)
            .unwrap_or_else(|| panic!("{name} missing from {report:#?}"))["runs"]
            .as_u64()
            .unwrap()
    };
    // Runs of container tasks compared: ParallelFor iterations and the
    // three calls of the nested pipeline count one each.
    assert!(tasks("parameters") >= 4, "{report:#?}");
    assert!(tasks("artifacts") >= 3, "{report:#?}");
    assert!(tasks("control") >= 17, "{report:#?}");
    assert!(tasks("fanout8") >= 9, "{report:#?}");
}
