//! The publisher's exit codes (`kfp_common::exit`), through the binary: a
//! command line that cannot be used as written exits 2, naming the flag.

use kfp_common::test_util::{assert_sigterm_ends_a_wait_on_mlmd, assert_usage_errors, run_binary};

const PUBLISHER: &str = env!("CARGO_BIN_EXE_publisher");

/// Command lines that cannot be used as written, and the flag each names.
const USAGE_ERRORS: &[(&[&str], &str)] = &[
    (&["--no-such-flag"], "no-such-flag"),
    (&[], "usage"),
    (&["publish", "--no-such-flag"], "no-such-flag"),
    (&["sidecar", "--no-such-flag"], "no-such-flag"),
    (&["close-out", "--no-such-flag"], "no-such-flag"),
    (
        &["publish", "--execution_id", "1", "--", "true"],
        "--exit_code",
    ),
    (&["sidecar", "--execution_id", "1"], "--marker"),
    (&["close-out", "--pipeline_name", "p"], "--run_id"),
];

#[test]
fn unusable_command_lines_exit_2_naming_the_flag() {
    assert_usage_errors(PUBLISHER, USAGE_ERRORS);
}

#[test]
fn help_exits_0() {
    let (code, stderr) = run_binary(PUBLISHER, &["--help"]);
    assert_eq!(code, Some(0), "{stderr}");
}

/// SIGTERM while ML Metadata is unreachable ends the wait at once (exit
/// 143), instead of after the connection's retries.
#[test]
fn sigterm_ends_a_wait_on_an_unreachable_mlmd() {
    assert_sigterm_ends_a_wait_on_mlmd(PUBLISHER, &["publish"], &["--exit_code", "0"]);
}
