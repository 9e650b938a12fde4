//! A workspace binary run the way a user runs it, for the tests of its
//! command line and exit codes.

use std::{path::Path, process::Command};

/// Runs `binary` with `args` to its end and returns its exit code (`None`
/// when a signal ended it) and its stderr.
///
/// `KFP_POD_NAME` is removed from the environment: with it the launcher
/// takes the pod's defaults, and a test of the command line must not
/// depend on where it runs.
///
/// # Panics
///
/// When the binary cannot be started: the test has nothing to check.
pub fn run_binary(binary: impl AsRef<Path>, args: &[&str]) -> (Option<i32>, String) {
    let binary = binary.as_ref();
    let out = Command::new(binary)
        .args(args)
        .env_remove("KFP_POD_NAME")
        .output()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every command line of `cases` is one Go's `flag` package rejects:
/// `binary` exits 2 with a message naming the flag (the case's second
/// item) and does not panic. So does an argument that is not UTF-8, in
/// every binary.
///
/// # Panics
///
/// When one of them does otherwise: that is the assertion.
pub fn assert_usage_errors(binary: impl AsRef<Path>, cases: &[(&[&str], &str)]) {
    for (args, named) in cases {
        let (code, stderr) = run_binary(binary.as_ref(), args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(named), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    use std::os::unix::ffi::OsStrExt;
    let out = Command::new(binary.as_ref())
        .arg("--pod_name")
        .arg(std::ffi::OsStr::from_bytes(b"p\xff"))
        .env_remove("KFP_POD_NAME")
        .output()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.as_ref().display()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an argument not UTF-8: {stderr}"
    );
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// `binary` in container mode (`before`, the container-mode flags of an
/// execution, `after`) waits on an ML Metadata that refuses connections (its
/// retries would take about half a minute): SIGTERM half a second in must
/// end it at once with 128+15 and a message saying so, as a pod's deletion
/// expects within its grace period.
///
/// # Panics
///
/// When it does otherwise: that is the assertion.
pub fn assert_sigterm_ends_a_wait_on_mlmd(
    binary: impl AsRef<Path>,
    before: &[&str],
    after: &[&str],
) {
    let binary = binary.as_ref();
    let execution = [
        "--execution_id",
        "5",
        "--executor_input",
        "{}",
        "--component_spec",
        "{}",
        "--pod_name",
        "p",
        "--pod_uid",
        "u",
        "--namespace",
        "ns",
        "--mlmd_server_address",
        "127.0.0.1",
        "--mlmd_server_port",
        "1",
    ];
    let args: Vec<&str> = before
        .iter()
        .chain(&execution)
        .chain(after)
        .copied()
        .collect();
    let child = Command::new(binary)
        .args(&args)
        .env_remove("KFP_POD_NAME")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    std::thread::sleep(std::time::Duration::from_millis(500));
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap_or_else(|e| panic!("kill: {e}"));
    assert!(status.success());
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("waiting for {}: {e}", binary.display()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(143), "{args:?}: {stderr}");
    assert!(
        stderr.contains("stopped by SIGTERM while connecting to ML Metadata"),
        "{stderr}"
    );
}
