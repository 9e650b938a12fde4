//! The driver's exit codes (`kfp_common::exit`), through the binary: a
//! command line Go's `flag` package rejects exits 2, naming the flag; KFP's
//! own checks of the values exit 1, as its driver does (glog.Exit).

use kfp_common::test_util::{assert_usage_errors, run_binary};

const DRIVER: &str = env!("CARGO_BIN_EXE_driver");

/// Command lines Go's `flag` package rejects, and the flag each names.
const USAGE_ERRORS: &[(&[&str], &str)] = &[
    (&["--no-such-flag"], "no-such-flag"),
    (
        &["--type", "CONTAINER", "--iteration_index", "x"],
        "iteration_index",
    ),
    (&["--type"], "type"),
    (&["fingerprint", "--no-such-flag"], "no-such-flag"),
    (&["fingerprint"], "--cache-key"),
];

#[test]
fn a_flag_go_rejects_exits_2_naming_it() {
    assert_usage_errors(DRIVER, USAGE_ERRORS);
}

#[test]
fn kfp_checks_of_values_exit_1() {
    let (code, stderr) = run_binary(DRIVER, &["--type", "SOMETHING"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("--type"), "{stderr}");
}
