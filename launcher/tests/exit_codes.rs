//! The launcher's exit codes (`kfp_common::exit`), through the binary: a
//! command line Go's `flag` package rejects exits 2 in every mode and
//! subcommand, naming the flag; KFP's own checks exit 1.

use kfp_common::test_util::{assert_sigterm_ends_a_wait_on_mlmd, assert_usage_errors, run_binary};

const LAUNCHER: &str = env!("CARGO_BIN_EXE_launcher");

/// Command lines Go's `flag` package rejects, and the flag each names.
const USAGE_ERRORS: &[(&[&str], &str)] = &[
    (&["--no-such-flag"], "no-such-flag"),
    (&["--execution_id", "abc", "--", "true"], "execution_id"),
    (&["--copy"], "copy"),
    (&["transfer", "--no-such-flag"], "no-such-flag"),
];

#[test]
fn a_flag_go_rejects_exits_2_naming_it() {
    assert_usage_errors(LAUNCHER, USAGE_ERRORS);
}

#[test]
fn kfp_checks_and_failures_exit_1() {
    // Container mode without --execution_id: KFP's own check (glog.Exit).
    let (code, stderr) = run_binary(LAUNCHER, &["--pod_name", "p", "--", "true"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("--execution_id"), "{stderr}");
}

#[test]
fn help_exits_0() {
    let (code, stderr) = run_binary(LAUNCHER, &["--help"]);
    assert_eq!(code, Some(0), "{stderr}");
}

#[cfg(feature = "local")]
#[test]
fn local_subcommands_reject_unknown_flags_with_2() {
    for args in [
        &["local", "run", "--no-such-flag"][..],
        &["local", "run", "x.yaml", "--no-such-flag"],
        &["local", "lineage", "--no-such-flag"],
        &["local", "launch", "--no-such-flag"],
        &["local", "run"],
    ] {
        let (code, stderr) = run_binary(LAUNCHER, args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    let (code, stderr) = run_binary(LAUNCHER, &["local", "run", "--no-such-flag"]);
    assert!(stderr.contains("no-such-flag"), "{code:?}: {stderr}");
}

/// SIGTERM while ML Metadata is unreachable ends the wait at once (exit
/// 143), instead of after the connection's retries.
#[test]
fn sigterm_ends_a_wait_on_an_unreachable_mlmd() {
    assert_sigterm_ends_a_wait_on_mlmd(LAUNCHER, &[], &["--", "true"]);
}
