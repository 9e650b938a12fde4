//! The driver's exit codes (`kfp_common::exit`), through the binary: a
//! command line Go's `flag` package rejects exits 2, naming the flag; KFP's
//! own checks of the values exit 1, as its driver does (glog.Exit).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn driver(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_driver"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_flag_go_rejects_exits_2_naming_it() {
    for (args, named) in [
        (&["--no-such-flag"][..], "no-such-flag"),
        (
            &["--type", "CONTAINER", "--iteration_index", "x"],
            "iteration_index",
        ),
        (&["--type"], "type"),
        (&["fingerprint", "--no-such-flag"], "no-such-flag"),
        (&["fingerprint"], "--cache-key"),
    ] {
        let (code, stderr) = driver(args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(named), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn kfp_checks_of_values_exit_1() {
    let (code, stderr) = driver(&["--type", "SOMETHING"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("--type"), "{stderr}");
}
