//! The publisher's exit codes (`kfp_common::exit`), through the binary: a
//! command line that cannot be used as written exits 2, naming the flag.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn publisher(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_publisher"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn unusable_command_lines_exit_2_naming_the_flag() {
    for (args, named) in [
        (&["--no-such-flag"][..], "no-such-flag"),
        (&[][..], "usage"),
        (&["publish", "--no-such-flag"], "no-such-flag"),
        (&["sidecar", "--no-such-flag"], "no-such-flag"),
        (&["close-out", "--no-such-flag"], "no-such-flag"),
        (
            &["publish", "--execution_id", "1", "--", "true"],
            "--exit_code",
        ),
        (&["sidecar", "--execution_id", "1"], "--marker"),
        (&["close-out", "--pipeline_name", "p"], "--run_id"),
    ] {
        let (code, stderr) = publisher(args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(named), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn help_exits_0() {
    let (code, stderr) = publisher(&["--help"]);
    assert_eq!(code, Some(0), "{stderr}");
}
