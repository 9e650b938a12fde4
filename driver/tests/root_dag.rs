//! The ROOT_DAG driver: run contexts with the contract's properties, the
//! root execution `run/<run_id>`, idempotent under an Argo retry, on every
//! metadata backend; and the output files of the binary, against the real
//! MLMD engine. Run under `make test` (with-mlmd.sh); without `KFP_MLMD_*`
//! the MLMD tests skip loudly, or fail under `KFP_REQUIRE_SERVICES=1`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

use std::collections::BTreeMap;

use harness::{on_every_backend, Backend};
use kfp_common::{
    metadata::{keys, value},
    proto::ml_metadata::execution::State,
    store::providers::LauncherConfig,
    test_util::{self, MlmdAddress},
};
use kfp_driver::{args, outputs::Condition, root::root_dag};

fn driver_args(run_id: &str, runtime_config: &str) -> args::DriverArgs {
    let argv: Vec<String> = [
        "--type",
        "ROOT_DAG",
        "--pipeline_name",
        "root-pipeline",
        "--run_id",
        run_id,
        "--run_name",
        "root-pipeline-abcde",
        "--run_display_name",
        "my run",
        "--component",
        "{}",
        "--runtime_config",
        runtime_config,
        "--iteration_index",
        "-1",
        "--mlmd_server_address",
        "127.0.0.1",
        "--mlmd_server_port",
        "8080",
        "--execution_id_path",
        "/tmp/outputs/execution-id",
        "--iteration_count_path",
        "/tmp/outputs/iteration-count",
        "--condition_path",
        "/tmp/outputs/condition",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let parsed = args::parse(&argv).unwrap();
    assert!(
        parsed.missing_required().is_empty(),
        "{:?}",
        parsed.missing_required()
    );
    parsed
}

async fn root_dag_records_the_run_once(store: &impl Backend) {
    // The run's own root (with a query), parameters from the runtime config.
    let run_id = uuid::Uuid::new_v4().to_string();
    let runtime = r#"{"gcsOutputDirectory": "s3://bucket/root?region=eu-west-1", "parameterValues": {"a": 1, "msg": "hi"}}"#;
    let args = driver_args(&run_id, runtime);
    let out = root_dag(store, &args, "kubeflow-user", &LauncherConfig::default())
        .await
        .unwrap();
    assert_eq!(out.iteration_count, Some(0));
    assert_eq!(out.condition, Some(Condition::None));
    let id = out.execution_id.expect("an execution");

    let run = store
        .get_run("root-pipeline", &run_id)
        .await
        .unwrap()
        .expect("run contexts");
    let prop = |k: &str| value::str_property(&run.run.custom_properties, k).to_owned();
    assert_eq!(prop(keys::NAMESPACE), "kubeflow-user");
    assert_eq!(prop(keys::RESOURCE_NAME), "run-resource");
    assert_eq!(
        prop(keys::PIPELINE_ROOT),
        format!("s3://bucket/root/root-pipeline/{run_id}?region=eu-west-1"),
        "query kept at the end"
    );
    assert_eq!(
        prop(keys::STORE_SESSION_INFO),
        r#"{"Provider":"s3","Params":{"fromEnv":"true"}}"#
    );

    let e = store.get_executions(&[id]).await.unwrap().remove(0);
    assert_eq!(e.name.as_deref(), Some(format!("run/{run_id}").as_str()));
    assert_eq!(e.last_known_state, Some(State::Running as i32));
    assert_eq!(
        e.custom_properties
            .get(keys::DISPLAY_NAME)
            .and_then(value::as_str),
        Some("")
    );
    assert_eq!(
        e.custom_properties
            .get(keys::TASK_NAME)
            .and_then(value::as_str),
        Some("")
    );
    let inputs = e
        .custom_properties
        .get(keys::INPUTS)
        .and_then(value::as_struct)
        .unwrap();
    assert_eq!(
        serde_json::to_value(inputs).unwrap(),
        serde_json::json!({"a": 1.0, "msg": "hi"})
    );

    // An Argo retry of the root driver: the same execution.
    let again = root_dag(store, &args, "kubeflow-user", &LauncherConfig::default())
        .await
        .unwrap();
    assert_eq!(again.execution_id, Some(id), "idempotent under retry");

    // No root in the run: the namespace's kfp-launcher ConfigMap, then the built-in.
    let run_id = uuid::Uuid::new_v4().to_string();
    let config = LauncherConfig::from_config_map_data(&BTreeMap::from([(
        "defaultPipelineRoot".to_owned(),
        "minio://team-bucket/v2".to_owned(),
    )]))
    .unwrap();
    root_dag(store, &driver_args(&run_id, ""), "ns", &config)
        .await
        .unwrap();
    let run = store
        .get_run("root-pipeline", &run_id)
        .await
        .unwrap()
        .unwrap();
    let prop = |k: &str| value::str_property(&run.run.custom_properties, k);
    assert_eq!(
        prop(keys::PIPELINE_ROOT),
        format!("minio://team-bucket/v2/root-pipeline/{run_id}")
    );
    let session = prop(keys::STORE_SESSION_INFO);
    assert!(
        session.contains("seaweedfs.kubeflow:9000"),
        "built-in minio session: {session}"
    );
}

async fn bad_flags_are_named_and_write_nothing(store: &impl Backend) {
    let run_id = uuid::Uuid::new_v4().to_string();
    let bad = driver_args(&run_id, "{not json");
    let err = root_dag(store, &bad, "ns", &LauncherConfig::default())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("--runtime_config"), "{err}");
    assert!(
        store
            .get_run("root-pipeline", &run_id)
            .await
            .unwrap()
            .is_none(),
        "nothing written"
    );
}

/// The binary with the compiler's command line writes Argo's output files.
#[test]
fn the_binary_writes_the_output_files() {
    let Some(MlmdAddress { host, port }) = test_util::mlmd() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join("outputs").join(name);
    let run_id = uuid::Uuid::new_v4().to_string();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_driver"))
        .args([
            "--type",
            "ROOT_DAG",
            "--pipeline_name",
            "bin-pipeline",
            "--run_id",
            &run_id,
        ])
        .args([
            "--runtime_config",
            r#"{"parameterValues":{"n":3}}"#,
            "--namespace",
            "ns",
        ])
        .args(["--mlmd_server_address", &host])
        .args(["--mlmd_server_port", &port.to_string()])
        .arg("--execution_id_path")
        .arg(out("execution-id"))
        .arg("--iteration_count_path")
        .arg(out("iteration-count"))
        .arg("--condition_path")
        .arg(out("condition"))
        .env_remove("KUBERNETES_SERVICE_HOST")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(out(name)).unwrap();
    assert!(read("execution-id").parse::<i64>().unwrap() > 0);
    assert_eq!(read("iteration-count"), "0");
    assert_eq!(read("condition"), "nil");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("mlmd_round_trips"), "{stderr}");

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_driver"))
        .args(["--type", "SOMETHING"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--type \"SOMETHING\""));
}

on_every_backend!(
    root_dag_records_the_run_once,
    bad_flags_are_named_and_write_nothing,
);
