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
    (&["serve", "--frobnicate"], "--frobnicate"),
    (&["serve", "--max-requests", "0"], "--max-requests"),
    (
        &["serve", "--max-requests", "18446744073709551615"],
        "--max-requests",
    ),
    (&["serve", "--listen", "localhost"], "--listen"),
    (&["serve", "--token-file"], "--token-file needs a value"),
    (&["webhook", "--listen", "127.0.0.1:8443"], "--tls-cert"),
    (
        &[
            "webhook",
            "--listen",
            "127.0.0.1:8443",
            "--tls-cert",
            "c",
            "--tls-cert",
            "c",
        ],
        "--tls-cert is given twice",
    ),
];

#[test]
fn a_flag_go_rejects_exits_2_naming_it() {
    assert_usage_errors(DRIVER, USAGE_ERRORS);
}

/// Files the servers cannot use are named, exit 1, before they listen.
#[test]
fn servers_name_the_file_they_cannot_use() {
    let (code, stderr) = run_binary(
        DRIVER,
        &[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--token-file",
            "/nonexistent/token",
        ],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("--token-file /nonexistent/token"),
        "{stderr}"
    );
    let (code, stderr) = run_binary(
        DRIVER,
        &[
            "webhook",
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            "/nonexistent/tls.crt",
            "--tls-key",
            "k",
        ],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("--tls-cert /nonexistent/tls.crt"),
        "{stderr}"
    );
}

#[test]
fn kfp_checks_of_values_exit_1() {
    let (code, stderr) = run_binary(DRIVER, &["--type", "SOMETHING"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("--type"), "{stderr}");
}

/// The JSON flags are checked before anything connects: against an MLMD
/// that refuses connections (whose retries take about a minute), a
/// malformed one is still an error naming it, and the only one.
#[test]
fn malformed_json_flags_are_named_before_connecting() {
    let mlmd = [
        "--mlmd_server_address",
        "127.0.0.1",
        "--mlmd_server_port",
        "1",
    ];
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "--type",
                "CONTAINER",
                "--component",
                "{bad",
                "--task",
                "{}",
                "--container",
                "{}",
                "--dag_execution_id",
                "3",
            ],
            "--component",
        ),
        (
            &[
                "--type",
                "CONTAINER",
                "--component",
                "{}",
                "--task",
                "{\"taskInfo\": {\"name\": \"t\"}}",
                "--container",
                "[]",
                "--dag_execution_id",
                "3",
            ],
            "--container",
        ),
        (
            &[
                "--type",
                "DAG",
                "--component",
                "{}",
                "--task",
                "{\"x\":",
                "--dag_execution_id",
                "3",
            ],
            "--task",
        ),
        (
            &[
                "--type",
                "ROOT_DAG",
                "--pipeline_name",
                "p",
                "--run_id",
                "r",
                "--runtime_config",
                "{\"x\":",
            ],
            "--runtime_config",
        ),
    ];
    for (args, named) in cases {
        let argv: Vec<&str> = args.iter().chain(mlmd.iter()).copied().collect();
        let (code, stderr) = run_binary(DRIVER, &argv);
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(named), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("MLMD"),
            "checked before connecting: {stderr}"
        );
    }
}
