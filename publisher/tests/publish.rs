//! `publisher publish` and `publisher sidecar` through the real binary,
//! against the real MLMD engine and SeaweedFS: outputs a user process left
//! on disk are uploaded and published as the launcher would have. Run under
//! `make test`; without `KFP_MLMD_*` / `KFP_S3_*` the test skips loudly, or
//! fails under `KFP_REQUIRE_SERVICES=1`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    path::Path,
    process::{Command, Output, Stdio},
    time::{Duration, Instant},
};

use kfp_common::{
    metadata::{
        grpc::MlmdStore, keys, types, value, Direction, MetadataBackend, NewExecution, Properties,
    },
    proto::ml_metadata::{self as mlmd, execution::State},
    test_s3::{mlmd_and_s3, S3Env},
    test_util::MlmdAddress,
};

/// The MLMD engine and SeaweedFS of `make test`.
struct Env {
    mlmd: MlmdAddress,
    s3: S3Env,
}

fn env() -> Option<Env> {
    let (mlmd, s3) = mlmd_and_s3()?;
    Some(Env { mlmd, s3 })
}

struct Task {
    execution: mlmd::Execution,
    dag: mlmd::Execution,
    run_id: String,
    root: String,
}

/// A run whose session info takes credentials from the environment (what
/// KFP records for `fromEnv` providers), a DAG and a RUNNING task.
async fn task(store: &MlmdStore, env: &Env) -> Task {
    let run_id = uuid::Uuid::new_v4().to_string();
    let session = format!(
        r#"{{"Provider":"minio","Params":{{"disableSSL":"true","endpoint":"{}","fromEnv":"true","region":"us-east-1"}}}}"#,
        env.s3.host_port()
    );
    let root = format!("minio://{}/v2/artifacts/publish/{run_id}", env.s3.bucket);
    let run = store
        .get_or_create_run(
            "publish",
            &run_id,
            [
                (keys::PIPELINE_ROOT.to_owned(), value::string(&root)),
                (keys::STORE_SESSION_INFO.to_owned(), value::string(session)),
            ]
            .into(),
        )
        .await
        .unwrap();
    let new = |type_name: &str, props: Properties| NewExecution {
        type_name: type_name.to_owned(),
        state: Some(State::Running),
        custom_properties: props,
        ..Default::default()
    };
    let root_dag = store
        .create_execution(&run, new(types::DAG_EXECUTION, Properties::new()))
        .await
        .unwrap();
    let dag = store
        .create_execution(
            &run,
            new(
                types::DAG_EXECUTION,
                [
                    (
                        keys::PARENT_DAG_ID.to_owned(),
                        value::int(root_dag.id.unwrap()),
                    ),
                    (keys::TOTAL_DAG_TASKS.to_owned(), value::int(1)),
                ]
                .into(),
            ),
        )
        .await
        .unwrap();
    let execution = store
        .create_execution(
            &run,
            new(
                types::CONTAINER_EXECUTION,
                [
                    (keys::TASK_NAME.to_owned(), value::string("train")),
                    (keys::PARENT_DAG_ID.to_owned(), value::int(dag.id.unwrap())),
                    (keys::POD_NAME.to_owned(), value::string("")),
                ]
                .into(),
            ),
        )
        .await
        .unwrap();
    Task {
        execution,
        dag,
        run_id,
        root,
    }
}

/// The launcher flags of the task, outputs at paths under `dir`.
fn flags(env: &Env, task: &Task, dir: &Path, pod: &str) -> Vec<String> {
    let input = serde_json::json!({
        "outputs": {
            "parameters": {"Output": {"outputFile": dir.join("Output")}},
            "artifacts": {"model": {"artifacts": [{
                "type": {"schemaTitle": "system.Model"},
                "uri": format!("{}/train/model", task.root),
                "customPath": dir.join("model"),
            }]}},
        }
    });
    let component = serde_json::json!({"executorLabel": "exec-train", "outputDefinitions": {
        "parameters": {"Output": {"parameterType": "NUMBER_INTEGER"}},
        "artifacts": {"model": {"artifactType": {"schemaTitle": "system.Model"}}}}});
    [
        "--pipeline_name",
        "publish",
        "--run_id",
        &task.run_id,
        "--execution_id",
        &task.execution.id.unwrap().to_string(),
        "--executor_input",
        &input.to_string(),
        "--component_spec",
        &component.to_string(),
        "--pod_name",
        pod,
        "--pod_uid",
        "uid",
        "--mlmd_server_address",
        &env.mlmd.host,
        "--mlmd_server_port",
        &env.mlmd.port.to_string(),
        "--namespace",
        "kubeflow-user",
        "--cache_store",
        "mlmd",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn publisher(env: &Env, mode: &str, args: &[String]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_publisher"));
    c.arg(mode)
        .args(args)
        .env("AWS_ACCESS_KEY_ID", &env.s3.access)
        .env("AWS_SECRET_ACCESS_KEY", &env.s3.secret)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

/// `publisher publish` on a new task whose user process exited `code`:
/// the task and its execution afterwards.
async fn publish(store: &MlmdStore, env: &Env, dir: &Path, code: i32) -> (Task, mlmd::Execution) {
    let t = task(store, env).await;
    let mut args = flags(env, &t, dir, "train-pod");
    args.extend(["--exit_code".into(), code.to_string()]);
    check(&publisher(env, "publish", &args).output().unwrap(), code);
    let e = get(store, &t.execution).await;
    (t, e)
}

async fn get(store: &MlmdStore, e: &mlmd::Execution) -> mlmd::Execution {
    store
        .get_executions(&[e.id.unwrap()])
        .await
        .unwrap()
        .remove(0)
}

fn check(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn publish_and_sidecar_publish_outputs_left_on_disk() {
    let Some(env) = env() else {
        return;
    };
    let store = env.mlmd.connect().await;

    // publish: the user process exited 0 and left its outputs.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Output"), "42\n").unwrap();
    std::fs::write(dir.path().join("model"), "weights").unwrap();
    let (t, e) = publish(&store, &env, dir.path(), 0).await;
    assert_eq!(e.last_known_state, Some(State::Complete as i32));
    let outputs = e
        .custom_properties
        .get(keys::OUTPUTS)
        .and_then(value::as_struct);
    assert_eq!(
        serde_json::to_value(outputs.unwrap()).unwrap(),
        serde_json::json!({"Output": 42.0})
    );
    let linked = store
        .linked_artifacts(&[e.id.unwrap()], Direction::Output)
        .await
        .unwrap();
    assert_eq!(linked.len(), 1, "{linked:?}");
    assert_eq!(linked[0].key, "model");
    assert_eq!(
        linked[0]
            .artifact
            .custom_properties
            .get("size_bytes")
            .and_then(value::as_int),
        Some(7),
        "uploaded and recorded with its size"
    );
    assert_eq!(
        get(&store, &t.dag).await.last_known_state,
        Some(State::Complete as i32)
    );

    // publish of a failed user process: FAILED with its code, no outputs.
    let (_, e) = publish(&store, &env, dir.path(), 3).await;
    assert_eq!(e.last_known_state, Some(State::Failed as i32));
    assert!(!e.custom_properties.contains_key(keys::OUTPUTS));

    // sidecar: pre-publishes, waits for the marker, then publishes.
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("done");
    let t = task(&store, &env).await;
    let mut args = flags(&env, &t, dir.path(), "sidecar-pod");
    args.extend(["--marker".into(), marker.display().to_string()]);
    let child = publisher(&env, "sidecar", &args).spawn().unwrap();
    let start = Instant::now();
    loop {
        let e = get(&store, &t.execution).await;
        if e.custom_properties
            .get(keys::POD_NAME)
            .and_then(value::as_str)
            == Some("sidecar-pod")
        {
            assert_eq!(e.last_known_state, Some(State::Running as i32));
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "never pre-published"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    std::fs::write(dir.path().join("Output"), "7").unwrap();
    std::fs::write(dir.path().join("model"), "w").unwrap();
    std::fs::write(&marker, "0\n").unwrap();
    check(&child.wait_with_output().unwrap(), 0);
    let e = get(&store, &t.execution).await;
    assert_eq!(e.last_known_state, Some(State::Complete as i32));

    // sidecar stopped (SIGTERM) before any marker: FAILED, saying why.
    let dir = tempfile::tempdir().unwrap();
    let t = task(&store, &env).await;
    let mut args = flags(&env, &t, dir.path(), "stopped-pod");
    args.extend([
        "--marker".into(),
        dir.path().join("done").display().to_string(),
    ]);
    let child = publisher(&env, "sidecar", &args).spawn().unwrap();
    let start = Instant::now();
    while get(&store, &t.execution)
        .await
        .custom_properties
        .get(keys::POD_NAME)
        .and_then(value::as_str)
        != Some("stopped-pod")
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "never pre-published"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    nix_kill(child.id());
    let out = child.wait_with_output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    let e = get(&store, &t.execution).await;
    assert_eq!(e.last_known_state, Some(State::Failed as i32));
    let error = value::str_property(&e.custom_properties, "error");
    assert!(
        error.contains("SIGTERM") && error.contains("completion marker"),
        "{error}"
    );
}

fn nix_kill(pid: u32) {
    let status = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}
