//! The `driver` binary as Argo runs it, `--type CONTAINER`, against the real
//! MLMD engine: output files on success; on bad input a clear error naming
//! the task and input, exit 1, and no execution recorded; on a failure after
//! the execution exists, the files still written and the execution FAILED.
//! Run under `make test`; without `KFP_MLMD_*` the tests skip loudly, or
//! fail under `KFP_REQUIRE_SERVICES=1`. MLMD only: the binary talks gRPC.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

use std::{path::Path, process::Command};

use harness::{connect, env, mlmd};
use kfp_common::{
    metadata::{keys, value, MetadataBackend},
    proto::ml_metadata::execution::State,
    store::providers::LauncherConfig,
};
use serde_json::{json, Value as Json};

const COMPONENT: &str = r#"{"executorLabel":"exec-a","inputDefinitions":{"parameters":{"n":{"parameterType":"NUMBER_INTEGER"}}},"outputDefinitions":{"parameters":{"Output":{"parameterType":"STRING"}}}}"#;
const CONTAINER: &str =
    r#"{"image":"python:3.11","command":["sh","-c"],"args":["echo {{$.inputs.parameters['n']}}"]}"#;

/// A fresh run with its root DAG; answers (pipeline, run id, root id).
async fn new_run() -> (String, String, i64) {
    let store = connect().await;
    let pipeline = format!("cli-{}", uuid::Uuid::new_v4());
    let run_id = uuid::Uuid::new_v4().to_string();
    let argv: Vec<String> = [
        "--type",
        "ROOT_DAG",
        "--pipeline_name",
        &pipeline,
        "--run_id",
        &run_id,
        "--component",
        "{}",
        "--runtime_config",
        "{}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let args = kfp_driver::args::parse(&argv).unwrap();
    let out = kfp_driver::root::root_dag(&store, &args, "ns", &LauncherConfig::default())
        .await
        .unwrap();
    (pipeline, run_id, out.execution_id.unwrap())
}

/// A fresh run with its root DAG, and a directory for the driver's files.
struct CliRun {
    pipeline: String,
    run_id: String,
    root: i64,
    dir: tempfile::TempDir,
}

impl CliRun {
    /// `None` after a skip when the MLMD engine is absent.
    async fn start() -> Option<Self> {
        mlmd().await?;
        let (pipeline, run_id, root) = new_run().await;
        let dir = tempfile::tempdir().unwrap();
        Some(Self {
            pipeline,
            run_id,
            root,
            dir,
        })
    }

    /// The driver binary on `task` under DAG `parent` of this run.
    fn driver(&self, parent: i64, task: &Json, container: &str) -> (i32, String) {
        driver(
            self.dir.path(),
            &self.pipeline,
            &self.run_id,
            parent,
            task,
            container,
        )
    }
}

async fn executions_in_run(root: i64) -> usize {
    let store = connect().await;
    let (_, run) = store.open_execution(root).await.unwrap();
    store.run_executions(&run, &[]).await.unwrap().len()
}

fn driver(
    dir: &Path,
    pipeline: &str,
    run_id: &str,
    root: i64,
    task: &Json,
    container: &str,
) -> (i32, String) {
    let task = match task {
        Json::String(raw) => raw.clone(),
        other => other.to_string(),
    };
    let out = Command::new(env!("CARGO_BIN_EXE_driver"))
        .args([
            "--type",
            "CONTAINER",
            "--pipeline_name",
            pipeline,
            "--run_id",
            run_id,
        ])
        .args(["--run_name", "wf", "--run_display_name", "cli run"])
        .args([
            "--component",
            COMPONENT,
            "--task",
            &task,
            "--task_name",
            "a",
        ])
        .args(["--container", container, "--iteration_index", "-1"])
        .args(["--dag_execution_id", &root.to_string()])
        .args(["--mlmd_server_address", &env("KFP_MLMD_HOST").unwrap()])
        .args(["--mlmd_server_port", &env("KFP_MLMD_PORT").unwrap()])
        .args(["--namespace", "ns", "--cache_disabled=true"])
        .arg("--execution_id_path")
        .arg(dir.join("execution-id"))
        .arg("--cached_decision_path")
        .arg(dir.join("cached-decision"))
        .arg("--condition_path")
        .arg(dir.join("condition"))
        .arg("--pod_spec_patch_path")
        .arg(dir.join("pod-spec-patch"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn task(n: Json) -> Json {
    json!({"taskInfo": {"name": "a"}, "componentRef": {"name": "comp-a"},
           "inputs": {"parameters": {"n": {"runtimeValue": {"constant": n}}}}})
}

#[tokio::test]
async fn container_driver_writes_its_files() {
    let Some(run) = CliRun::start().await else {
        return;
    };
    let (root, dir) = (run.root, &run.dir);
    let (code, err) = run.driver(root, &task(json!(3)), CONTAINER);
    assert_eq!(code, 0, "{err}");
    let read = |f: &str| std::fs::read_to_string(dir.path().join(f)).unwrap();
    let id: i64 = read("execution-id").parse().unwrap();
    assert_eq!(read("cached-decision"), "false");
    assert_eq!(read("condition"), "nil");
    let patch: Json = serde_json::from_str(&read("pod-spec-patch")).unwrap();
    let main = &patch["containers"][0];
    assert_eq!(main["name"], "main");
    assert_eq!(main["image"], "python:3.11");
    assert_eq!(main["command"][0], "/kfp-launcher/launch");
    assert_eq!(main["args"], json!(["sh", "-c", "echo 3"]));
    let cmd: Vec<&str> = main["command"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let at = cmd.iter().position(|a| *a == "--execution_id").unwrap();
    assert_eq!(cmd[at + 1], id.to_string());

    let store = connect().await;
    let e = store.get_executions(&[id]).await.unwrap().remove(0);
    assert_eq!(e.last_known_state, Some(State::Running as i32));
    let p = |k: &str| e.custom_properties.get(k).cloned();
    assert_eq!(p(keys::TASK_NAME), Some(value::string("a")));
    assert_eq!(p(keys::PARENT_DAG_ID), Some(value::int(root)));
    assert_eq!(p(keys::POD_NAME), Some(value::string("")));
    assert!(p(keys::CACHE_FINGERPRINT).is_none(), "caching disabled");
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_recorded() {
    let Some(run) = CliRun::start().await else {
        return;
    };
    let (root, dir) = (run.root, &run.dir);
    let before = executions_in_run(root).await;
    let producer = json!({"taskInfo": {"name": "a"}, "componentRef": {"name": "comp-a"},
        "inputs": {"parameters": {"n": {"taskOutputParameter": {"producerTask": "ghost", "outputParameterKey": "Output"}}}}});
    let cases: [(Json, &str, &[&str]); 4] = [
        (json!("{not json"), CONTAINER, &["--task"]),
        (
            task(json!("three")),
            CONTAINER,
            &["task a", "\"n\"", "NUMBER_INTEGER"],
        ),
        (producer, CONTAINER, &["task a", "ghost"]),
        (task(json!(3)), "{\"image\": 7}", &["task a", "--container"]),
    ];
    for (task, container, wanted) in cases {
        // A JSON string stands for a raw (malformed) --task value.
        let task_arg = task;
        let (code, err) = run.driver(root, &task_arg, container);
        assert_eq!(code, 1, "{err}");
        for w in wanted {
            assert!(err.contains(w), "error {err:?} should name {w}");
        }
        assert!(!err.contains("panicked"), "{err}");
        println!("refused: {}", err.trim());
    }
    assert_eq!(executions_in_run(root).await, before, "nothing recorded");
    assert!(!dir.path().join("execution-id").exists());
}

#[tokio::test]
async fn a_failure_after_recording_fails_the_execution_and_still_writes_files() {
    let Some(run) = CliRun::start().await else {
        return;
    };
    let dir = &run.dir;
    // The args name an input the component does not have: only the pod
    // spec patch, built after the execution exists, finds out.
    let container = r#"{"image":"python:3.11","args":["echo {{$.inputs.parameters['missing']}}"]}"#;
    let (code, err) = run.driver(run.root, &task(json!(3)), container);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("missing"), "{err}");
    let id: i64 = std::fs::read_to_string(dir.path().join("execution-id"))
        .unwrap()
        .parse()
        .unwrap();
    assert!(!dir.path().join("pod-spec-patch").exists());
    let store = connect().await;
    let e = store.get_executions(&[id]).await.unwrap().remove(0);
    assert_eq!(
        e.last_known_state,
        Some(State::Failed as i32),
        "not left RUNNING"
    );
    let error = value::str_property(&e.custom_properties, "error").to_owned();
    assert!(error.contains("missing"), "{error}");
}

#[tokio::test]
async fn an_unknown_parent_dag_is_named_with_the_task() {
    let Some(run) = CliRun::start().await else {
        return;
    };
    let dir = &run.dir;
    let (code, err) = run.driver(987_654_321, &task(json!(3)), CONTAINER);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("task a") && err.contains("987654321"), "{err}");
    assert!(!dir.path().join("execution-id").exists());
}
