//! `driver rewrite-workflow` through the binary: a compiled workflow comes
//! out with plugin drivers, one without drivers byte for byte, and a file
//! that is not a workflow is an error naming it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Stdio};

use kfp_common::test_util::{self, Component};

fn rewrite(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_driver"))
        .arg("rewrite-workflow")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_compiled_workflow_from_a_file_or_stdin() {
    if !test_util::available(&[Component::ArgoFixtures]) {
        return;
    }
    let file = test_util::argo_fixtures().unwrap().join("add_numbers.yaml");
    let text = std::fs::read(&file).unwrap();
    let from_file = rewrite(&[file.to_str().unwrap()], b"");
    assert!(
        from_file.status.success(),
        "{}",
        String::from_utf8_lossy(&from_file.stderr)
    );
    let from_stdin = rewrite(&["-"], &text);
    assert!(from_stdin.status.success());
    assert_eq!(from_file.stdout, from_stdin.stdout);
    let out = String::from_utf8(from_file.stdout).unwrap();
    assert_eq!(out.matches("driver-plugin:").count(), 2, "{out}");
    assert!(!out.contains("command:\n    - driver"), "{out}");
}

#[test]
fn nothing_to_rewrite_passes_through_byte_for_byte() {
    // Comments, key order and quoting survive: the input is not re-written.
    let text = b"# a comment\nkind: Workflow\nspec:\n  templates:\n  - {name: main, container: {image: \"busybox\"}}\n";
    let out = rewrite(&[], text);
    assert!(out.status.success());
    assert_eq!(out.stdout, text);
}

#[test]
fn errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wf.yaml");
    std::fs::write(&file, "kind: Workflow\nspec: {}\n").unwrap();
    let out = rewrite(&[file.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "rewrite-workflow: {}: the workflow has no spec.templates list",
            file.display()
        )),
        "{stderr}"
    );
    let out = rewrite(&["a", "b"], b"");
    assert_eq!(out.status.code(), Some(2), "two files are a usage error");
}
