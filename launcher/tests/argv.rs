//! Every launcher command line KFP produces parses with
//! `kfp_step::args::parse`: the ones in the compiled Argo workflows
//! (`shared/fixtures/kfp/argo`: `kfp-launcher` init containers and
//! importer pods) and the container-mode command line the driver writes
//! into the pod spec patch (contract Appendix A), in the 2.17.0 and master
//! shapes (contract §7.6).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

use kfp_common::argo_fixtures::{self, CommandLine};
use kfp_step::args::{self, ExecutorType, LauncherArgs, Mode, Shape};
use serde::Deserialize as _;
use serde_yaml::Value;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/kfp/argo")
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

fn is_launcher(command: &[String], args: &[String]) -> bool {
    let program = command.first().map(String::as_str).unwrap_or("");
    let base = program.rsplit('/').next().unwrap_or(program);
    base == "launcher-v2"
        || base == "launch"
        || args.iter().any(|a| a == "--copy" || a == "--executor_type")
}

const JSON_FLAGS: &[&str] = &[
    "task_spec",
    "component_spec",
    "importer_spec",
    "executor_input",
];
const INT_FLAGS: &[&str] = &["parent_dag_id", "execution_id", "iteration_index"];

fn collect(v: &Value, file: &str, out: &mut Vec<CommandLine>) {
    argo_fixtures::collect(v, file, &is_launcher, out)
}

fn substitute(value: &str, flag: Option<&str>) -> String {
    argo_fixtures::substitute(value, flag, JSON_FLAGS, INT_FLAGS)
}

/// The launcher's own argv (without the program name), with placeholders
/// replaced.
fn launcher_argv(argv: &[String]) -> Vec<String> {
    argo_fixtures::program_argv(argv, JSON_FLAGS, INT_FLAGS)
}

fn parse_ok(argv: &[String], what: &str) -> LauncherArgs {
    match args::parse(argv) {
        Ok(a) => a,
        Err(e) => panic!("{what}: {argv:?}: {e}"),
    }
}

#[test]
fn fixture_command_lines_parse() {
    let dir = fixtures_dir();
    if kfp_common::test_util::argo_fixtures().is_none() {
        return;
    }
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no workflow YAML in {}", dir.display());

    let (mut copies, mut importers) = (0usize, 0usize);
    let mut raw_copy = 0usize;
    let mut raw_importer = 0usize;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(path).unwrap();
        raw_copy += text.lines().filter(|l| l.trim() == "- --copy").count();
        raw_importer += text
            .lines()
            .filter(|l| l.trim() == "- --executor_type")
            .count();

        let mut found = Vec::new();
        for doc in serde_yaml::Deserializer::from_str(&text) {
            let v = Value::deserialize(doc).unwrap_or_else(|e| panic!("{name}: {e}"));
            collect(&v, &name, &mut found);
        }
        for line in &found {
            let argv = launcher_argv(&line.argv);
            let what = format!("{} ({:?})", line.file, line.argv.first());
            let a = parse_ok(&argv, &what);
            assert!(a.validate().is_ok(), "{what}: {argv:?}: {:?}", a.validate());
            match a.mode() {
                Mode::Copy => {
                    assert_eq!(
                        a.copy_dest(),
                        Some(Path::new("/kfp-launcher/launch")),
                        "{what}"
                    );
                    copies += 1;
                }
                Mode::Importer => {
                    assert!(!a.pipeline_name.is_empty(), "{what}");
                    assert!(!a.run_id.is_empty(), "{what}");
                    assert_eq!(a.pod_name, "sample-kfp_pod_name", "{what}");
                    assert_eq!(a.pod_uid, "sample-kfp_pod_uid", "{what}");
                    assert!(
                        a.parent_dag_id == 7 || !a.parent_task_id.is_empty(),
                        "{what}"
                    );
                    assert!(a.command.is_empty(), "{what}: {:?}", a.command);
                    importers += 1;
                }
                Mode::Container => panic!("{what}: unexpected container mode: {argv:?}"),
            }
        }
    }
    println!(
        "{} workflow files: {copies} --copy command lines, {importers} importer command lines",
        files.len()
    );
    assert!(copies + importers > 0, "no launcher command line found");
    assert!(copies > 0, "no kfp-launcher init container found");
    assert!(importers > 0, "no importer template found");
    // Every occurrence in the raw text was found structurally.
    assert_eq!(copies, raw_copy);
    assert_eq!(importers, raw_importer);
}

/// Appendix A's `executor_input` (abridged URIs kept as they are).
const EXECUTOR_INPUT: &str = r#"{"inputs":{"parameterValues":{"a":1,"b":2}},"outputs":{"parameters":{"Output":{"outputFile":"/tmp/kfp/outputs/Output"}},"artifacts":{"executor-logs":{"artifacts":[{"name":"executor-logs","type":{"schemaTitle":"system.Artifact"},"uri":"minio://mlpipeline/v2/artifacts/add-numbers/8c5e/add-numbers/5b1f/executor-logs"}]}},"outputFile":"/minio/mlpipeline/v2/artifacts/add-numbers/8c5e/add-numbers/5b1f/output_metadata.json"}}"#;
const COMPONENT_SPEC: &str = r#"{"executorLabel":"exec-add-numbers","inputDefinitions":{"parameters":{"a":{"parameterType":"NUMBER_INTEGER"}}}}"#;

/// The user command of Appendix A (`args` of the patched container).
fn user_args() -> Vec<String> {
    strings(&[
        "sh",
        "-c",
        "python3 -m pip install kfp && \"$0\" \"$@\"",
        "sh",
        "-ec",
        "python3 -m kfp.dsl.executor_main --component_module_path x.py \"$@\"",
        "def add_numbers(a: int, b: int) -> int:\n    return a + b\n",
        "--executor_input",
        "{{$}}",
        "--function_to_execute",
        "add_numbers",
    ])
}

/// The launcher part of the pod spec patch `command`, 2.17.0 shape (as the
/// 2.17 container driver writes it: bools bare and only when true,
/// `--publish_logs` once unconditionally and again when "true").
fn command_2170(cache_disabled: bool, tls: bool) -> Vec<String> {
    let mut c = strings(&[
        "/kfp-launcher/launch",
        "--pipeline_name",
        "add-numbers",
        "--run_id",
        "8c5e0a4e-1b7c-4a49-9d2f-3c1e6f1d2b00",
        "--execution_id",
        "1234",
        "--executor_input",
        EXECUTOR_INPUT,
        "--component_spec",
        COMPONENT_SPEC,
        "--pod_name",
        "add-numbers-abc-system-container-impl-123",
        "--pod_uid",
        "0b3c6f2e-9e7d-4f3a-8a8e-5b6c7d8e9f00",
        "--mlmd_server_address",
        "metadata-grpc-service.kubeflow.svc.cluster.local",
        "--mlmd_server_port",
        "8080",
        "--publish_logs",
        "true",
    ]);
    if tls {
        c.extend(strings(&[
            "--ml_pipeline_tls_enabled",
            "--metadata_tls_enabled",
            "--ca_cert_path",
            "/kfp/certs/ca.crt",
        ]));
    }
    if cache_disabled {
        c.push("--cache_disabled".into());
    }
    c.extend(strings(&[
        "--log_level",
        "3",
        "--publish_logs",
        "true",
        "--",
    ]));
    c
}

/// The launcher part of the pod spec patch `command`, master shape
/// (contract Appendix A: everything always emitted, `--flag=bool`).
fn command_master(cache_disabled: bool) -> Vec<String> {
    strings(&[
        "/kfp-launcher/launch",
        "--executor_type",
        "container",
        "--pipeline_name",
        "add-numbers",
        "--run_id",
        "8c5e0a4e-1b7c-4a49-9d2f-3c1e6f1d2b00",
        "--execution_id",
        "1234",
        "--executor_input",
        EXECUTOR_INPUT,
        "--component_spec",
        COMPONENT_SPEC,
        "--pod_name",
        "add-numbers-abc-system-container-impl-123",
        "--pod_uid",
        "0b3c6f2e-9e7d-4f3a-8a8e-5b6c7d8e9f00",
        "--ml_pipeline_server_address",
        "ml-pipeline.kubeflow.svc.cluster.local",
        "--ml_pipeline_server_port",
        "8887",
        "--mlmd_server_address",
        "metadata-grpc-service.kubeflow.svc.cluster.local",
        "--mlmd_server_port",
        "8080",
        "--publish_logs",
        "true",
        "--ml_pipeline_tls_enabled=false",
        "--metadata_tls_enabled=false",
        "--ca_cert_path",
        "",
        if cache_disabled {
            "--cache_disabled=true"
        } else {
            "--cache_disabled=false"
        },
        "--log_level",
        "1",
        "--",
    ])
}

/// Parses `launcher command + user args` as the container runtime would
/// run it (argv[0] = /kfp-launcher/launch is the program).
fn parse_pod_command(launcher: &[String]) -> LauncherArgs {
    let mut argv: Vec<String> = launcher[1..].to_vec();
    argv.extend(user_args());
    let a = parse_ok(&argv, "pod spec patch");
    assert_eq!(a.mode(), Mode::Container);
    assert_eq!(a.executor_type, ExecutorType::Container);
    assert_eq!(a.shape(), Shape::Mlmd);
    assert_eq!(a.pipeline_name, "add-numbers");
    assert_eq!(a.execution_id, 1234);
    assert_eq!(a.executor_input, EXECUTOR_INPUT);
    assert_eq!(a.component_spec, COMPONENT_SPEC);
    assert_eq!(
        a.connection.mlmd_server_address,
        "metadata-grpc-service.kubeflow.svc.cluster.local"
    );
    assert!(a.publish_logs);
    // The user command is passed through verbatim, including its own
    // flag-looking arguments and the {{$}} placeholder.
    assert_eq!(a.command, user_args());
    a.validate().unwrap();
    a
}

#[test]
fn appendix_a_2170_shape() {
    let a = parse_pod_command(&command_2170(false, false));
    assert!(!a.connection.cache_disabled);
    assert!(!a.connection.ml_pipeline_tls_enabled);
    assert_eq!(a.log_level, "3");
    assert!(!a.is_set("executor_type"));
    assert_eq!(
        a.connection.ml_pipeline_server_address,
        "ml-pipeline.kubeflow"
    );

    let a = parse_pod_command(&command_2170(true, true));
    assert!(a.connection.cache_disabled);
    assert!(a.connection.ml_pipeline_tls_enabled);
    assert!(a.connection.metadata_tls_enabled);
    assert_eq!(a.connection.ca_cert_path, "/kfp/certs/ca.crt");
}

#[test]
fn appendix_a_master_shape() {
    let a = parse_pod_command(&command_master(false));
    assert!(!a.connection.cache_disabled);
    assert!(a.is_set("cache_disabled"));
    assert!(a.is_set("executor_type"));
    assert_eq!(a.connection.ca_cert_path, "");
    assert!(a.is_set("ca_cert_path"));
    assert_eq!(
        a.connection.ml_pipeline_server_address,
        "ml-pipeline.kubeflow.svc.cluster.local"
    );
    let a = parse_pod_command(&command_master(true));
    assert!(a.connection.cache_disabled);
}

#[test]
fn container_mode_without_user_command_fails_validation() {
    let a = parse_ok(&command_master(false)[1..], "no user command");
    assert!(a.command.is_empty());
    assert_eq!(
        a.validate().unwrap_err().to_string(),
        "command and arguments are empty"
    );
}

#[test]
fn init_container_variants() {
    // As compiled, and with --cache_disabled appended (KFP's own e2e
    // helpers add it to init containers when caching is disabled).
    for argv in [
        strings(&["--copy", "/kfp-launcher/launch"]),
        strings(&["--copy", "/kfp-launcher/launch", "--cache_disabled"]),
        strings(&["--copy=/kfp-launcher/launch"]),
        strings(&["-copy", "/kfp-launcher/launch", "--log_level", "5"]),
    ] {
        let a = parse_ok(&argv, "init container");
        assert_eq!(a.mode(), Mode::Copy, "{argv:?}");
        assert_eq!(a.copy_dest(), Some(Path::new("/kfp-launcher/launch")));
        a.validate().unwrap();
    }
}

#[test]
fn mlmd_removal_importer_shape() {
    // The mlmd-removal branch's importer template (contract §8.1).
    let argv = strings(&[
        "--executor_type",
        "importer",
        "--task_name",
        "importer",
        "--importer_spec",
        "{}",
        "--pipeline_name",
        "p",
        "--run_id",
        "r",
        "--parent_task_id",
        "t-0",
        "--pod_name",
        "pod",
        "--pod_uid",
        "uid",
        "--cache_disabled",
    ]);
    let a = parse_ok(&argv, "mlmd-removal importer");
    assert_eq!(a.mode(), Mode::Importer);
    assert_eq!(a.shape(), Shape::TaskApi);
    a.validate().unwrap();
}

#[test]
fn substitution_helper() {
    assert_eq!(
        substitute("{{inputs.parameters.task}}", Some("task_spec")),
        "{}"
    );
    assert_eq!(
        substitute("{{inputs.parameters.parent-dag-id}}", Some("parent_dag_id")),
        "7"
    );
    assert_eq!(
        substitute("{{workflow.uid}}", Some("run_id")),
        "sample-workflow-uid"
    );
    assert_eq!(
        substitute("$(KFP_POD_NAME)", Some("pod_name")),
        "sample-kfp_pod_name"
    );
    assert_eq!(
        launcher_argv(&strings(&[
            "launcher-v2",
            "--parent_dag_id={{x}}",
            "--run_id",
            "{{workflow.uid}}"
        ])),
        strings(&["--parent_dag_id=7", "--run_id", "sample-workflow-uid"])
    );
}
