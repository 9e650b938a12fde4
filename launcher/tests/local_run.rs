#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `launcher local run` end to end through the real binary: the examples'
//! shell pipeline step by step, KFP-compiled fixtures, lineage in the
//! embedded store, and bad input.

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

use kfp_common::{
    metadata::{keys, sqlite::SqliteStore, value, Direction, MetadataBackend},
    proto::ml_metadata::execution::State,
};
use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixture(name: &str) -> Option<PathBuf> {
    let p = workspace().join("../shared/fixtures/kfp/ir").join(name);
    kfp_common::test_util::ir_fixtures().map(|_| p)
}

fn launcher(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_launcher"))
        .arg("local")
        .arg("run")
        .args(args)
        .arg("--home")
        .arg(home)
        .output()
        .expect("run launcher")
}

fn json_run(home: &Path, args: &[&str]) -> (Value, Output) {
    let mut all = args.to_vec();
    all.push("--json");
    let out = launcher(home, &all);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}): {stdout}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (v, out)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn sha256_file(p: &Path) -> String {
    use sha2::Digest;
    format!(
        "sha256:{:x}",
        sha2::Sha256::digest(std::fs::read(p).unwrap())
    )
}

#[tokio::test]
async fn word_count_example_step_by_step_with_lineage() {
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("examples/word_count.yaml");
    let p = pipeline.to_str().unwrap();

    let (made, out) = json_run(
        home.path(),
        &[
            p,
            "--task",
            "make-text",
            "--param",
            "message=hello kfp world",
            "--param",
            "repeat=2",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let task = &made["tasks"]["make-text"];
    assert_eq!(task["state"], "COMPLETE");
    let text = &task["outputs"]["artifacts"]["text"][0];
    let uri = text["uri"].as_str().unwrap();
    assert!(
        uri.starts_with("minio://mlpipeline/v2/artifacts/word-count/"),
        "{uri}"
    );
    assert!(
        uri.contains("/make-text/") && uri.ends_with("/text"),
        "{uri}"
    );
    assert_eq!(text["size"], 32, "two lines of 'hello kfp world\\n'");
    let local = PathBuf::from(text["local"].as_str().unwrap());
    assert_eq!(
        std::fs::read_to_string(&local).unwrap(),
        "hello kfp world\nhello kfp world\n"
    );
    assert_eq!(
        text["digest"].as_str().unwrap(),
        sha256_file(&local),
        "digest of the bytes stored"
    );

    let (counted, out) = json_run(home.path(), &[p, "--task", "count-words"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let params = &counted["tasks"]["count-words"]["outputs"]["parameters"];
    assert_eq!(params["words"], 6);
    assert_eq!(params["lines"], 2);

    let (reported, out) = json_run(home.path(), &[p, "--task", "report"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = &reported["tasks"]["report"]["outputs"]["artifacts"]["summary"][0];
    let md = std::fs::read_to_string(summary["local"].as_str().unwrap()).unwrap();
    assert_eq!(
        md, "# Word count\n\n**6** words on **2** lines\n",
        "IfPresent took Else (default is not presence), Concat joined"
    );
    let log = reported["tasks"]["report"]["log"].as_str().unwrap();
    assert_eq!(
        std::fs::read_to_string(log).unwrap(),
        md,
        "user stdout teed into executor-logs"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("**6** words"),
        "--json moves the step's stdout to stderr"
    );

    // Lineage as KFP records it.
    let store = SqliteStore::open(&home.path().join("metadata.sqlite")).unwrap();
    let exec = store
        .latest_task_execution("word-count", "count-words", &[State::Complete])
        .await
        .unwrap()
        .expect("count-words execution");
    assert_eq!(
        exec.id.unwrap(),
        counted["tasks"]["count-words"]["execution_id"]
            .as_i64()
            .unwrap()
    );
    assert_eq!(exec.r#type.as_deref(), Some("system.ContainerExecution"));
    let props = &exec.custom_properties;
    assert_eq!(value::as_str(&props[keys::TASK_NAME]), Some("count-words"));
    assert_eq!(
        value::as_str(&props[keys::DISPLAY_NAME]),
        Some("count-words")
    );
    assert!(value::as_int(&props[keys::PARENT_DAG_ID]).unwrap() > 0);
    let outputs = value::as_struct(&props[keys::OUTPUTS]).unwrap();
    assert_eq!(outputs.fields.len(), 2);
    let inputs = store
        .linked_artifacts(&[exec.id.unwrap()], Direction::Input)
        .await
        .unwrap();
    assert_eq!(inputs.len(), 1);
    assert_eq!(inputs[0].key, "text");
    assert_eq!(
        inputs[0].artifact.uri.as_deref(),
        Some(uri),
        "consumed the producer's artifact"
    );
    let produced = store
        .linked_artifacts(
            &[made["tasks"]["make-text"]["execution_id"].as_i64().unwrap()],
            Direction::Output,
        )
        .await
        .unwrap();
    let text_artifact = produced.iter().find(|a| a.key == "text").unwrap();
    assert_eq!(
        text_artifact.artifact.r#type.as_deref(),
        Some("system.Dataset")
    );
    assert_eq!(
        value::as_str(&text_artifact.artifact.custom_properties["display_name"]),
        Some("text")
    );
    assert_eq!(
        value::as_str(&text_artifact.artifact.custom_properties["digest"]),
        text["digest"].as_str()
    );
    assert!(produced.iter().any(|a| a.key == "executor-logs"
        && a.artifact
            .uri
            .as_deref()
            .unwrap()
            .ends_with("executor-logs-0")));
}

#[test]
fn kfp_fixtures_of_container_components() {
    let home = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str, &[&str], &str)] = &[
        ("hello_world.yaml", "echo", &[], "hello world\n"),
        (
            "critical__container_component_with_no_inputs.yaml",
            "hello-world-container",
            &[],
            "hello world\n",
        ),
        (
            "essential__placeholder_with_if_placeholder_none_input_value.yaml",
            "component-with-optional-inputs",
            &[],
            "--arg0 input0 --arg2 default value\n",
        ),
    ];
    for (file, task, params, stdout) in cases {
        let Some(p) = fixture(file) else { return };
        let mut args = vec![p.to_str().unwrap(), "--task", task];
        for kv in *params {
            args.extend(["--param", kv]);
        }
        let out = launcher(home.path(), &args);
        assert!(out.status.success(), "{file}: {}", stderr(&out));
        assert_eq!(String::from_utf8_lossy(&out.stdout), *stdout, "{file}");
    }
}

#[test]
fn upstream_parameters_come_from_the_latest_local_run() {
    let Some(p) = fixture("critical__producer_consumer_param_pipeline.yaml") else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let p = p.to_str().unwrap();
    let out = launcher(home.path(), &[p, "--task", "consumer"]);
    assert_eq!(out.status.code(), Some(1));
    let e = stderr(&out);
    assert!(
        e.contains("upstream task \"producer\"") && e.contains("--task producer"),
        "{e}"
    );
    for text in ["first", "second"] {
        let out = launcher(
            home.path(),
            &[p, "--task", "producer", "--param", &format!("text={text}")],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let (v, out) = json_run(home.path(), &[p, "--task", "consumer"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(v["tasks"]["consumer"]["state"], "COMPLETE");
    assert!(
        stderr(&out).contains("second, this is an output parameter"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_failing_step_is_recorded_failed_with_its_exit_code() {
    let Some(p) = fixture("container_io.yaml") else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let (v, out) = json_run(
        home.path(),
        &[
            p.to_str().unwrap(),
            "--task",
            "container-io",
            "--param",
            "text=x",
        ],
    );
    assert_eq!(out.status.code(), Some(127), "my_program does not exist");
    let t = &v["tasks"]["container-io"];
    assert_eq!(t["state"], "FAILED");
    assert_eq!(t["exit_code"], 127);
    assert!(t["error"].as_str().unwrap().contains("my_program"), "{t}");
    assert!(t["outputs"]["parameters"].as_object().unwrap().is_empty());
}

#[test]
fn output_files_are_parsed_by_type_and_bad_ones_fail_the_step() {
    let home = tempfile::tempdir().unwrap();
    let ir = home.path().join("p.yaml");
    std::fs::write(
        &ir,
        r#"
pipelineInfo: {name: typed}
components:
  comp-t:
    executorLabel: exec-t
    inputDefinitions: {parameters: {v: {parameterType: STRING}}}
    outputDefinitions: {parameters: {n: {parameterType: NUMBER_INTEGER}, b: {parameterType: BOOLEAN}}}
deploymentSpec:
  executors:
    exec-t:
      container:
        image: alpine
        command: [sh, -ec, 'printf "%s" "$0" > "$1"; echo true > "$2"']
        args: ["{{$.inputs.parameters['v']}}", "{{$.outputs.parameters['n'].output_file}}", "{{$.outputs.parameters['b'].output_file}}"]
root:
  inputDefinitions: {parameters: {v: {parameterType: STRING}}}
  dag:
    tasks:
      t: {componentRef: {name: comp-t}, taskInfo: {name: t}, inputs: {parameters: {v: {componentInputParameter: v}}}}
"#,
    )
    .unwrap();
    let p = ir.to_str().unwrap();
    let (v, out) = json_run(home.path(), &[p, "--task", "t", "--param", "v= 42\n"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(v["tasks"]["t"]["outputs"]["parameters"]["n"], 42);
    assert_eq!(v["tasks"]["t"]["outputs"]["parameters"]["b"], true);
    let (v, out) = json_run(home.path(), &[p, "--task", "t", "--param", "v=4.5"]);
    assert_eq!(out.status.code(), Some(1));
    let t = &v["tasks"]["t"];
    assert_eq!(t["state"], "FAILED");
    let e = t["error"].as_str().unwrap();
    assert!(
        e.contains("output parameter \"n\"") && e.contains("NUMBER_INTEGER"),
        "{e}"
    );
    assert!(
        t["outputs"]["parameters"].as_object().unwrap().is_empty(),
        "nothing half-published"
    );
}

#[tokio::test]
async fn bad_input_gets_a_clear_error_and_exit_1() {
    let home = tempfile::tempdir().unwrap();
    let example = workspace().join("examples/word_count.yaml");
    let ex = example.to_str().unwrap();
    let bad_yaml = home.path().join("bad.yaml");
    std::fs::write(&bad_yaml, "root: [").unwrap();
    let bad_placeholder = home.path().join("ph.yaml");
    std::fs::write(
        &bad_placeholder,
        "pipelineInfo: {name: ph}\ncomponents: {comp-a: {executorLabel: exec-a}}\n\
         deploymentSpec: {executors: {exec-a: {container: {image: x, command: [echo, \"{{$.inputs.parameters['nope']}}\"]}}}}\n\
         root: {dag: {tasks: {a: {componentRef: {name: comp-a}, taskInfo: {name: a}}}}}\n",
    )
    .unwrap();
    let dangling = home.path().join("dangling.yaml");
    std::fs::write(
        &dangling,
        "pipelineInfo: {name: dangling}\ncomponents: {comp-a: {executorLabel: exec-a}}\n\
         deploymentSpec: {executors: {exec-a: {container: {image: x, command: [echo]}}}}\n\
         root: {dag: {tasks: {a: {componentRef: {name: comp-a}, taskInfo: {name: a}, dependentTasks: [nope]}}}}\n",
    )
    .unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![dangling.to_str().unwrap()],
            "task \"a\" depends on \"nope\": no task of that name in the same DAG",
        ),
        (
            vec![ex, "--task", "nope"],
            "task \"nope\" not found; tasks are: count-words, make-text, report",
        ),
        (
            vec![ex, "--task", "make-text", "--param", "bogus=1"],
            "--param bogus",
        ),
        (
            vec![ex, "--task", "make-text", "--param", "repeat=many"],
            "does not match type NUMBER_INTEGER",
        ),
        (
            vec!["/nonexistent.yaml", "--task", "a"],
            "/nonexistent.yaml",
        ),
        (vec![bad_yaml.to_str().unwrap(), "--task", "a"], "bad.yaml"),
        (vec![ex, "--param", "x"], "--param \"x\""),
        (
            vec![ex, "--task", "count-words"],
            "upstream task \"make-text\" of \"count-words\" has no successful local run",
        ),
    ];
    for (args, want) in cases {
        let out = launcher(home.path(), &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{args:?}");
    }
    // Bad input records nothing: no run, no execution left RUNNING.
    let db = home.path().join("metadata.sqlite");
    if db.exists() {
        let store = SqliteStore::open(&db).unwrap();
        let first = store.get_executions(&[1]).await;
        assert!(
            matches!(
                first,
                Err(kfp_common::metadata::MetadataError::ExecutionNotFound { .. })
            ),
            "bad input recorded {first:?}"
        );
    }
    let (v, out) = json_run(
        home.path(),
        &[bad_placeholder.to_str().unwrap(), "--task", "a"],
    );
    assert_eq!(out.status.code(), Some(1));
    let e = v["tasks"]["a"]["error"].as_str().unwrap();
    assert!(e.contains("{{$.inputs.parameters['nope']}}"), "{e}");
    assert_eq!(v["tasks"]["a"]["state"], "FAILED");
    // A run that started and failed ends FAILED all the way up.
    let store = SqliteStore::open(&db).unwrap();
    // Its root DAG and its task: the first records of this home.
    let all = store.get_executions(&[1, 2]).await.unwrap();
    for e in &all {
        assert_eq!(
            e.last_known_state,
            Some(State::Failed as i32),
            "execution {:?} is not FAILED",
            e.id
        );
    }
}

#[test]
fn without_a_namespace_the_step_sees_scratch_paths() {
    let home = tempfile::tempdir().unwrap();
    let example = workspace().join("examples/word_count.yaml");
    let (v, out) = json_run(
        home.path(),
        &[
            example.to_str().unwrap(),
            "--task",
            "make-text",
            "--isolation",
            "none",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = &v["tasks"]["make-text"]["outputs"]["artifacts"]["text"][0];
    assert_eq!(
        text["size"], 36,
        "default message 'hello world' three times"
    );
    assert!(stderr(&out).is_empty() || !stderr(&out).contains("panicked"));
}

/// The real KFP SDK executor inside steps (lightweight Python components):
/// integers reach `-> int` functions as JSON integers, artifacts are found at
/// the `/minio` paths the SDK derives from their URIs, return values and
/// artifact metadata come back through the executor output file. Needs a
/// virtualenv with `kfp==2.17.3` (`make test` provides one as `KFP_VENV`).
#[tokio::test]
async fn kfp_sdk_executor_runs_lightweight_components() {
    let Some(venv) = kfp_common::test_util::kfp_venv() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("e2e/pipelines/python_steps.yaml");
    let path = format!(
        "{}:{}",
        venv.join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let run = |task: &str, extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_launcher"))
            .args([
                "local",
                "run",
                pipeline.to_str().unwrap(),
                "--task",
                task,
                "--json",
                "--home",
            ])
            .arg(home.path())
            .args(extra)
            .env("PATH", &path)
            .env("PIP_NO_INDEX", "1")
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{task}: {e}: {}", stderr(&out)));
        assert_eq!(
            v["tasks"][task]["state"],
            "COMPLETE",
            "{task}: {}",
            stderr(&out)
        );
        v
    };
    let added = run("add", &["--param", "a=3", "--param", "b=4"]);
    assert_eq!(added["tasks"]["add"]["outputs"]["parameters"]["Output"], 7);
    let written = run("write-numbers", &[]);
    assert_eq!(
        written["tasks"]["write-numbers"]["outputs"]["artifacts"]["data"][0]["size"], 13,
        "0..6 joined by newlines"
    );
    let summarized = run("summarize", &[]);
    assert_eq!(
        summarized["tasks"]["summarize"]["outputs"]["parameters"]["Output"],
        3
    );

    let store = SqliteStore::open(&home.path().join("metadata.sqlite")).unwrap();
    let exec = store
        .latest_task_execution("python-steps", "summarize", &[State::Complete])
        .await
        .unwrap()
        .unwrap();
    let out = store
        .linked_artifacts(&[exec.id.unwrap()], Direction::Output)
        .await
        .unwrap();
    let metrics = out
        .iter()
        .find(|a| a.key == "metrics")
        .expect("metrics artifact recorded");
    assert_eq!(metrics.artifact.r#type.as_deref(), Some("system.Metrics"));
    assert_eq!(
        metrics.artifact.custom_properties["mean"],
        value::double(3.0),
        "metrics live in metadata, as MLMD double custom properties"
    );
    let data = store
        .linked_artifacts(&[exec.id.unwrap()], Direction::Input)
        .await
        .unwrap();
    assert_eq!(
        data[0].artifact.custom_properties["count"],
        value::double(7.0),
        "artifact metadata written by the SDK is recorded"
    );
}

/// An output that cannot be recorded (null metadata, which MLMD cannot hold)
/// fails the task: it is published FAILED, never left RUNNING.
#[tokio::test]
async fn an_unrecordable_output_fails_the_task() {
    let home = tempfile::tempdir().unwrap();
    let ir = home.path().join("p.yaml");
    std::fs::write(
        &ir,
        r#"
pipelineInfo: {name: nullmeta}
components:
  comp-t:
    executorLabel: exec-t
    outputDefinitions: {artifacts: {out: {artifactType: {schemaTitle: system.Dataset}}}}
deploymentSpec:
  executors:
    exec-t:
      container:
        image: alpine
        command: [sh, -ec, 'echo data > "$0"; echo "{\"artifacts\":{\"out\":{\"artifacts\":[{\"name\":\"out\",\"metadata\":{\"k\":null}}]}}}" > "$1"']
        args: ["{{$.outputs.artifacts['out'].path}}", "{{$.outputs.output_file}}"]
root:
  dag:
    tasks:
      t: {componentRef: {name: comp-t}, taskInfo: {name: t}}
"#,
    )
    .unwrap();
    let (v, out) = json_run(home.path(), &[ir.to_str().unwrap(), "--task", "t"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let t = &v["tasks"]["t"];
    assert_eq!(t["state"], "FAILED");
    assert!(
        t["error"]
            .as_str()
            .unwrap()
            .contains("metadata key \"k\" is null"),
        "{t}"
    );
    let store = SqliteStore::open(&home.path().join("metadata.sqlite")).unwrap();
    let exec = store
        .latest_task_execution("nullmeta", "t", &[State::Failed])
        .await
        .unwrap();
    assert!(exec.is_some(), "published FAILED");
    let running = store
        .latest_task_execution("nullmeta", "t", &[State::Running])
        .await
        .unwrap();
    assert!(running.is_none(), "nothing left RUNNING");
}

fn write_ir(dir: &Path, name: &str, command: &str) -> PathBuf {
    let ir = dir.join(format!("{name}.yaml"));
    std::fs::write(
        &ir,
        format!(
            r#"
pipelineInfo: {{name: {name}}}
components:
  comp-t:
    executorLabel: exec-t
    inputDefinitions: {{parameters: {{marker: {{parameterType: STRING, isOptional: true, defaultValue: ""}}}}}}
    outputDefinitions: {{parameters: {{o: {{parameterType: STRING}}}}}}
deploymentSpec:
  executors:
    exec-t:
      container:
        image: alpine
        command: [sh, -ec, '{command}']
        args: ["{{{{$.outputs.output_file}}}}", "{{{{$.inputs.parameters['marker']}}}}"]
root:
  dag:
    tasks:
      t: {{componentRef: {{name: comp-t}}, taskInfo: {{name: t}}}}
"#
        ),
    )
    .unwrap();
    ir
}

/// A malformed executor output file fails the step with the file named.
#[test]
fn malformed_executor_output_fails_the_step() {
    let home = tempfile::tempdir().unwrap();
    let ir = write_ir(home.path(), "badout", r#"echo "{not json" > "$0""#);
    let (v, out) = json_run(home.path(), &[ir.to_str().unwrap(), "--task", "t"]);
    assert_eq!(out.status.code(), Some(1));
    let e = v["tasks"]["t"]["error"].as_str().unwrap();
    assert!(
        e.contains("output_metadata.json") && e.contains("ExecutorOutput"),
        "{e}"
    );
    assert_eq!(v["tasks"]["t"]["state"], "FAILED");
}

/// SIGTERM to a local run reaches the step, and the task is recorded
/// FAILED with 128+15, not left RUNNING.
#[test]
fn sigterm_stops_the_step_and_is_recorded_failed() {
    let home = tempfile::tempdir().unwrap();
    let marker = home.path().join("started");
    let ir = write_ir(home.path(), "sleepy", r#"touch "$1"; exec sleep 30"#);
    let child = Command::new(env!("CARGO_BIN_EXE_launcher"))
        .args([
            "local",
            "run",
            ir.to_str().unwrap(),
            "--task",
            "t",
            "--json",
            "--home",
        ])
        .arg(home.path())
        .args(["--param", &format!("marker={}", marker.display())])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !marker.exists() {
        assert!(std::time::Instant::now() < deadline, "step never started");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(143), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // FAILED, as a pod and a whole run record it: KFP reads CANCELED as
    // "not triggered".
    assert_eq!(v["tasks"]["t"]["state"], "FAILED");
    assert_eq!(v["tasks"]["t"]["exit_code"], 143);
}

/// Artifacts of a local run under a real S3 pipeline root (SeaweedFS, when
/// `make test` started it): the producer uploads, the consumer downloads
/// and checks the digest, lineage records the S3 URIs and session info.
#[test]
fn local_runs_with_an_s3_pipeline_root() {
    let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let (Some(endpoint), Some(access), Some(secret), Some(bucket)) = (
        get("KFP_S3_ENDPOINT"),
        get("KFP_S3_ACCESS_KEY"),
        get("KFP_S3_SECRET_KEY"),
        get("KFP_S3_BUCKET"),
    ) else {
        use kfp_common::test_util::{skip, Component};
        return skip(&[Component::SeaweedFs]);
    };
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("examples/word_count.yaml");
    let root = format!(
        "s3://{bucket}/local-{}?endpoint={endpoint}&disableSSL=true&s3ForcePathStyle=true&region=us-east-1",
        uuid::Uuid::new_v4()
    );
    let printed = std::cell::RefCell::new(Vec::<u8>::new());
    let run = |task: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_launcher"))
            .args([
                "local",
                "run",
                pipeline.to_str().unwrap(),
                "--task",
                task,
                "--json",
                "--pipeline-root",
                &root,
                "--home",
            ])
            .arg(home.path())
            .env("AWS_ACCESS_KEY_ID", &access)
            .env("AWS_SECRET_ACCESS_KEY", &secret)
            .env("RUST_LOG", "debug")
            .output()
            .unwrap();
        printed.borrow_mut().extend(&out.stdout);
        printed.borrow_mut().extend(&out.stderr);
        let v: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{task}: {e}: {}", stderr(&out)));
        assert_eq!(
            v["tasks"][task]["state"],
            "COMPLETE",
            "{task}: {v} {}",
            stderr(&out)
        );
        v
    };
    let made = run("make-text");
    let text = &made["tasks"]["make-text"]["outputs"]["artifacts"]["text"][0];
    assert!(
        text["uri"]
            .as_str()
            .unwrap()
            .starts_with(&format!("s3://{bucket}/local-")),
        "{text}"
    );
    assert!(
        !text["uri"].as_str().unwrap().contains('?'),
        "no query in artifact URIs: {text}"
    );
    assert!(
        text.get("local").is_none(),
        "the bytes are in S3, not in the home"
    );
    let counted = run("count-words");
    assert_eq!(
        counted["tasks"]["count-words"]["outputs"]["parameters"]["words"],
        6
    );
    // The secret key is nowhere the runs left anything: not in what they
    // printed (debug logs included), not in the home (lineage, logs, files).
    let needle = secret.as_bytes();
    let found = |bytes: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(!found(&printed.borrow()), "the secret key was printed");
    let mut dirs = vec![home.path().to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                dirs.push(path);
            } else if kind.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                assert!(!found(&bytes), "the secret key is in {}", path.display());
            }
        }
    }
}

/// A downloaded input whose bytes no longer match the digest recorded with
/// the artifact is an error, never silently used.
#[test]
fn a_tampered_input_artifact_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("examples/word_count.yaml");
    let p = pipeline.to_str().unwrap();
    let (made, out) = json_run(home.path(), &[p, "--task", "make-text"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stored = made["tasks"]["make-text"]["outputs"]["artifacts"]["text"][0]["local"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::write(&stored, "tampered with\n").unwrap();
    let (v, out) = json_run(home.path(), &[p, "--task", "count-words"]);
    assert_eq!(out.status.code(), Some(1));
    let t = &v["tasks"]["count-words"];
    assert_eq!(t["state"], "FAILED");
    assert!(
        t["error"].as_str().unwrap().contains("digest mismatch"),
        "{t}"
    );
}

/// A memory cgroup of our own under the test's, limited to `limit` bytes;
/// `None` (the test then skips, loudly) when cgroups cannot be made
/// here (not root, read-only cgroupfs).
struct MemoryCgroup(PathBuf);

impl MemoryCgroup {
    fn create(limit: u64) -> Option<Self> {
        let own = std::fs::read_to_string("/proc/self/cgroup").ok()?;
        let (dir, limit_file) = own.lines().find_map(|line| {
            let mut parts = line.splitn(3, ':');
            let (_, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
            let rel = path.trim_start_matches('/');
            if controllers.split(',').any(|c| c == "memory") {
                Some((
                    Path::new("/sys/fs/cgroup/memory").join(rel),
                    "memory.limit_in_bytes",
                ))
            } else if controllers.is_empty()
                && Path::new("/sys/fs/cgroup/cgroup.controllers").exists()
            {
                Some((Path::new("/sys/fs/cgroup").join(rel), "memory.max"))
            } else {
                None
            }
        })?;
        let dir = dir.join(format!("kfp-oom-test-{}", std::process::id()));
        std::fs::create_dir(&dir).ok()?;
        let cg = MemoryCgroup(dir);
        std::fs::write(cg.0.join(limit_file), limit.to_string()).ok()?;
        Some(cg)
    }
}

impl Drop for MemoryCgroup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir(&self.0);
    }
}

/// A step that outgrows its memory limit is reported as killed by the OOM
/// killer (the cgroup's own count), not just as "killed by SIGKILL".
#[test]
fn an_oom_killed_step_is_reported_as_out_of_memory() {
    let Some(cg) = MemoryCgroup::create(96 << 20) else {
        return kfp_common::test_util::host_lacks(
            "a memory cgroup of its own (needs root and a writable cgroupfs)",
        );
    };
    let home = tempfile::tempdir().unwrap();
    // `tail` holds its whole (newline-free) input in memory.
    let ir = write_ir(
        home.path(),
        "hungry",
        "head -c 400000000 /dev/zero | tail > /dev/null",
    );
    let script = format!(
        "echo $$ > {}/cgroup.procs && exec \"$0\" local run \"$1\" --task t --home \"$2\" --json --isolation none",
        cg.0.display()
    );
    let out = Command::new("sh")
        .args(["-c", &script, env!("CARGO_BIN_EXE_launcher")])
        .arg(&ir)
        .arg(home.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: Value = serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", stderr(&out)));
    let t = &v["tasks"]["t"];
    assert_eq!(t["state"], "FAILED", "{t}");
    let error = t["error"].as_str().unwrap_or_default();
    assert!(error.contains("OOM killer"), "{error}");
}
