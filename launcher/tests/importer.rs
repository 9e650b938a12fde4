//! Importer mode (contract §3.9) against the real MLMD engine and SeaweedFS,
//! with the importer specs of the SDK-compiled fixtures.
//!
//! Each scenario records what the ROOT_DAG driver (and, for nested importers,
//! a DAG driver) would have (run contexts, root DAG `run/<run_id>` with its
//! `inputs`, child DAGs), runs the launcher's importer mode with the
//! `system-importer` command line of the compiled workflow, and reads MLMD
//! and the workspace back. Run under `make test` (or
//! `e2e/services/with-seaweedfs.sh bash e2e/services/with-mlmd.sh cargo test
//! -p kfp-launcher --test importer`); without `KFP_MLMD_*` / `KFP_S3_*` or
//! the fixtures the test skips loudly, or fails under `KFP_REQUIRE_SERVICES=1`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    path::{Path, PathBuf},
    sync::OnceLock,
};

use kfp_common::{
    ir::Pipeline,
    metadata::{
        grpc::MlmdStore, keys, types, value, Direction, LinkedArtifact, MetadataBackend,
        NewExecution, Properties, RunContexts,
    },
    proto::{
        ml_metadata::{self as mlmd, artifact, execution::State},
        ml_pipelines::pipeline_deployment_config::executor_spec::Spec,
    },
    store::{bucket::parse_bucket_config, providers::LauncherConfig, session::SessionInfo},
    uri::PathMap,
};
use kfp_step::{
    args,
    buckets::{Buckets, RunBuckets},
    importer::{self, Importer, ImporterError},
    init::Signals,
};
use serde_json::json;

use kfp_common::test_s3::{mlmd_and_s3, S3Env as S3};
use kfp_common::test_util::{int_prop, state, str_prop, MlmdAddress};

fn signals() -> &'static Signals {
    static SIGNALS: OnceLock<Signals> = OnceLock::new();
    SIGNALS.get_or_init(|| Signals::block().expect("block signals"))
}

/// An importer task of a fixture: the three JSON flags the compiler writes.
struct Fixture {
    pipeline: String,
    task: String,
    component: String,
    importer: serde_json::Value,
}

fn fixture(file: &str, task_key: &str) -> Fixture {
    let dir = kfp_common::test_util::ir_fixtures().expect("fixtures present");
    let p = Pipeline::load(&dir.join(file)).unwrap();
    let t = p.find_task(task_key).unwrap();
    let name = &t.task.component_ref.as_ref().unwrap().name;
    let Spec::Importer(spec) = p.executor_of(name, t.component).unwrap() else {
        panic!("{file}: {task_key} is not an importer");
    };
    Fixture {
        pipeline: p.name().to_owned(),
        task: serde_json::to_string(t.task).unwrap(),
        component: serde_json::to_string(t.component).unwrap(),
        importer: serde_json::to_value(spec).unwrap(),
    }
}

/// What the ROOT_DAG driver (and a DAG driver) recorded for one run.
struct RunRecords {
    run: RunContexts,
    pipeline: String,
    run_id: String,
    root: mlmd::Execution,
}

fn props(entries: Vec<(&str, mlmd::Value)>) -> Properties {
    entries
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
}

fn inputs(v: serde_json::Value) -> mlmd::Value {
    match kfp_common::executor_io::from_json(v).kind {
        Some(kfp_common::proto::wkt::value::Kind::StructValue(s)) => value::structure(s),
        _ => panic!("inputs must be an object"),
    }
}

/// `get_or_create_run` + the root DAG execution, as contract §2.4 has the
/// ROOT_DAG driver write them; `root_inputs` are the run's parameters.
async fn root_like<B: MetadataBackend>(
    store: &B,
    s3: Option<&S3>,
    pipeline: &str,
    root_inputs: serde_json::Value,
) -> RunRecords {
    let run_id = uuid::Uuid::new_v4().to_string();
    let (endpoint, bucket) = match s3 {
        Some(s3) => (s3.host_port(), s3.bucket.as_str()),
        None => ("seaweedfs.kubeflow:9000", "mlpipeline"),
    };
    let session = format!(
        r#"{{"Provider":"minio","Params":{{"accessKeyKey":"accesskey","disableSSL":"true","endpoint":"{endpoint}","fromEnv":"false","maxRetries":"5","region":"us-east-1","secretKeyKey":"secretkey","secretName":"mlpipeline-minio-artifact"}}}}"#
    );
    let run = store
        .get_or_create_run(
            pipeline,
            &run_id,
            props(vec![
                (keys::NAMESPACE, value::string("kubeflow-user")),
                (keys::RESOURCE_NAME, value::string("run-resource")),
                (
                    keys::PIPELINE_ROOT,
                    value::string(format!("minio://{bucket}/v2/artifacts/{pipeline}/{run_id}")),
                ),
                (keys::STORE_SESSION_INFO, value::string(session)),
            ]),
        )
        .await
        .unwrap();
    let root = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::DAG_EXECUTION.into(),
                name: Some(format!("run/{run_id}")),
                state: Some(State::Running),
                custom_properties: props(vec![
                    (keys::DISPLAY_NAME, value::string("")),
                    (keys::TASK_NAME, value::string("")),
                    (keys::INPUTS, inputs(root_inputs)),
                ]),
                inputs: vec![],
            },
        )
        .await
        .unwrap();
    RunRecords {
        run,
        pipeline: pipeline.to_owned(),
        run_id,
        root,
    }
}

/// A DAG driver's execution for a sub-DAG task of the root.
async fn dag_like<B: MetadataBackend>(
    store: &B,
    r: &RunRecords,
    task: &str,
    total_dag_tasks: i64,
    dag_inputs: serde_json::Value,
) -> mlmd::Execution {
    store
        .create_execution(
            &r.run,
            NewExecution {
                type_name: types::DAG_EXECUTION.into(),
                name: None,
                state: Some(State::Running),
                custom_properties: props(vec![
                    (keys::DISPLAY_NAME, value::string(task)),
                    (keys::TASK_NAME, value::string(task)),
                    (keys::PARENT_DAG_ID, value::int(r.root.id.unwrap())),
                    (keys::TOTAL_DAG_TASKS, value::int(total_dag_tasks)),
                    (keys::INPUTS, inputs(dag_inputs)),
                ]),
                inputs: vec![],
            },
        )
        .await
        .unwrap()
}

/// The `system-importer` template's command line (contract §7.3).
fn command_line(f: &Fixture, r: &RunRecords, parent_dag_id: i64, pod: &str) -> Vec<String> {
    [
        "--executor_type",
        "importer",
        "--task_spec",
        &f.task,
        "--component_spec",
        &f.component,
        "--importer_spec",
        &f.importer.to_string(),
        "--pipeline_name",
        &r.pipeline,
        "--run_id",
        &r.run_id,
        "--parent_dag_id",
        &parent_dag_id.to_string(),
        "--pod_name",
        pod,
        "--pod_uid",
        &format!("uid-{pod}"),
        "--mlmd_server_address",
        "metadata-grpc-service.kubeflow.svc.cluster.local",
        "--mlmd_server_port",
        "8080",
        "--cache_disabled=false",
        "--ml_pipeline_tls_enabled=false",
        "--metadata_tls_enabled=false",
        "--ca_cert_path",
        "",
        "--log_level",
        "1",
        "--publish_logs",
        "true",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

struct Ctx<'a> {
    store: &'a MlmdStore,
    s3: &'a S3,
    scratch: &'a Path,
    config: LauncherConfig,
}

impl Ctx<'_> {
    async fn import(&self, argv: &[String]) -> Result<importer::Finished, ImporterError> {
        self.import_with(self.store, argv).await
    }

    async fn import_with(
        &self,
        store: &MlmdStore,
        argv: &[String],
    ) -> Result<importer::Finished, ImporterError> {
        let parsed = args::parse(argv).expect("the system-importer command line parses");
        parsed.validate().expect("and validates");
        let deps = Importer {
            store,
            secrets: self.s3.secrets(),
            config: &self.config,
            paths: PathMap {
                user_root: self.scratch.to_path_buf(),
                host_root: self.scratch.to_path_buf(),
                volumes: Vec::new(),
            },
            namespace: "kubeflow-user".into(),
            local_objects: None,
        };
        importer::run(&parsed, deps, signals()).await
    }

    async fn execution(&self, id: i64) -> mlmd::Execution {
        self.store.get_executions(&[id]).await.unwrap()[0].clone()
    }

    async fn outputs(&self, id: i64) -> Vec<LinkedArtifact> {
        self.store
            .linked_artifacts(&[id], Direction::Output)
            .await
            .unwrap()
    }

    async fn children(&self, r: &RunRecords, dag: i64) -> Vec<mlmd::Execution> {
        self.store.child_executions(&r.run, dag).await.unwrap()
    }

    /// Upload a local file or directory to `uri` in the test bucket.
    async fn upload(&self, src: &Path, uri: &str) {
        let buckets = RunBuckets::new(
            Some((
                parse_bucket_config(&format!("minio://{}", self.s3.bucket)).unwrap(),
                SessionInfo::from_json(&self.s3.session_info()).unwrap(),
            )),
            self.s3.secrets(),
            None,
        );
        let bucket = buckets.bucket_for(uri).await.unwrap();
        bucket.upload(src, uri).await.unwrap().expect("uploaded");
    }

    fn workspace(&self, uri: &str) -> PathBuf {
        let rel = uri.replacen("minio://", "kfp-workspace/.artifacts/minio/", 1);
        self.scratch.join(rel)
    }
}

/// The `kfp-launcher` ConfigMap of a namespace whose `minio://` buckets are
/// the test's SeaweedFS, with keys in the default Secret.
fn launcher_config(s3: &S3) -> LauncherConfig {
    let providers = format!(
        "minio:\n  default:\n    endpoint: {}\n    region: us-east-1\n    disableSSL: true\n    \
         credentials:\n      fromEnv: false\n      secretRef:\n        secretName: mlpipeline-minio-artifact\n        \
         accessKeyKey: accesskey\n        secretKeyKey: secretkey\n",
        s3.host_port()
    );
    LauncherConfig::from_config_map_data(&[("providers".to_owned(), providers)].into()).unwrap()
}

fn unique(name: &str) -> String {
    format!("{name}-{}", uuid::Uuid::new_v4().simple())
}

#[test]
fn importer_mode_against_real_mlmd_and_seaweedfs() {
    signals();
    let Some((engine, s3)) = mlmd_and_s3() else {
        return;
    };
    if kfp_common::test_util::ir_fixtures().is_none() {
        return;
    }
    kfp_common::store::open::install_crypto_provider();
    let runtime = kfp_common::runtime::current_thread().unwrap();
    runtime.block_on(async {
        let store = engine.connect().await;
        let scratch = tempfile::tempdir().unwrap();
        let ctx = Ctx {
            store: &store,
            s3: &s3,
            scratch: scratch.path(),
            config: launcher_config(&s3),
        };
        new_artifact_then_reused_by_another_run(&ctx).await;
        reimport_creates_new_artifacts(&ctx).await;
        workspace_download_lands_the_bytes(&ctx).await;
        workspace_download_of_nothing_fails_the_task(&ctx).await;
        oci_model_is_imported_without_session(&ctx).await;
        bad_input_publishes_nothing(&ctx).await;
        round_trips_of_an_import(&ctx, &engine).await;
    });
}

/// `pipeline_with_importer.yaml`'s root importer: a constant URI with
/// metadata. The first import creates the artifact; an import by another
/// run of the pipeline reuses it.
async fn new_artifact_then_reused_by_another_run(ctx: &Ctx<'_>) {
    let f = fixture("pipeline_with_importer.yaml", "importer");
    let pipeline = unique(&f.pipeline);
    let first = root_like(ctx.store, Some(ctx.s3), &pipeline, json!({})).await;
    let root_id = first.root.id.unwrap();
    let done = ctx
        .import(&command_line(&f, &first, root_id, "importer-pod-1"))
        .await
        .unwrap();
    assert_eq!(done.state, State::Complete, "{:?}", done.error);
    assert_eq!(done.exit_code, 0);
    let imported = done.imported.clone().unwrap();
    assert!(!imported.reused, "nothing to reuse yet");
    assert_eq!(imported.uri, "gs://ml-pipeline-playground/shakespeare1.txt");

    let e = ctx.execution(done.execution_id).await;
    assert_eq!(e.r#type.as_deref(), Some(types::IMPORTER_EXECUTION));
    assert_eq!(state(&e), State::Complete);
    assert_eq!(str_prop(&e, keys::TASK_NAME), "importer");
    assert_eq!(str_prop(&e, keys::DISPLAY_NAME), "");
    assert_eq!(int_prop(&e, keys::PARENT_DAG_ID), Some(root_id));
    assert_eq!(str_prop(&e, keys::POD_NAME), "importer-pod-1");
    assert_eq!(str_prop(&e, keys::POD_UID), "uid-importer-pod-1");
    assert_eq!(str_prop(&e, keys::NAMESPACE), "kubeflow-user");
    assert!(!e.custom_properties.contains_key("error"));

    let linked = ctx.outputs(done.execution_id).await;
    assert_eq!(linked.len(), 1, "{linked:?}");
    assert_eq!(linked[0].key, "artifact", "the component's single output");
    let a = &linked[0].artifact;
    assert_eq!(a.id, Some(imported.id));
    assert_eq!(a.r#type.as_deref(), Some("system.Dataset"));
    assert_eq!(
        a.uri.as_deref(),
        Some("gs://ml-pipeline-playground/shakespeare1.txt")
    );
    assert_eq!(a.state, Some(artifact::State::Live as i32));
    assert_eq!(
        a.custom_properties,
        props(vec![
            ("key", value::string("value")),
            (
                keys::STORE_SESSION_INFO,
                value::string(r#"{"Provider":"gs","Params":{"fromEnv":"true"}}"#)
            ),
        ]),
        "metadata plus store_session_info, as upstream writes them"
    );
    assert_eq!(
        state(&ctx.execution(root_id).await),
        State::Running,
        "the root DAG is never updated"
    );

    // Another run of the same pipeline imports the same URI: reused.
    let second = root_like(ctx.store, Some(ctx.s3), &pipeline, json!({})).await;
    let again = ctx
        .import(&command_line(
            &f,
            &second,
            second.root.id.unwrap(),
            "importer-pod-2",
        ))
        .await
        .unwrap();
    assert_eq!(again.state, State::Complete, "{:?}", again.error);
    let reused = again.imported.clone().unwrap();
    assert!(reused.reused, "the artifact of the first run is reused");
    assert_eq!(reused.id, imported.id);
    let linked = ctx.outputs(again.execution_id).await;
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].key, "artifact");
    assert_eq!(linked[0].artifact.id, Some(imported.id));

    // Another pipeline does not reuse it.
    let other = root_like(ctx.store, Some(ctx.s3), &unique(&f.pipeline), json!({})).await;
    let elsewhere = ctx
        .import(&command_line(
            &f,
            &other,
            other.root.id.unwrap(),
            "importer-pod-3",
        ))
        .await
        .unwrap();
    let elsewhere = elsewhere.imported.unwrap();
    assert!(!elsewhere.reused);
    assert_ne!(elsewhere.id, imported.id);
}

/// `importer-2` of `pipeline_with_importer.yaml`: `reimport: true`, URI from
/// the condition DAG's input. Each import is a new artifact; the same spec
/// without `reimport` reuses the oldest. The DAG completes when its last
/// task (here the importer) does.
async fn reimport_creates_new_artifacts(ctx: &Ctx<'_>) {
    let f = fixture("pipeline_with_importer.yaml", "importer-2");
    assert_eq!(f.importer["reimport"], json!(true));
    let pipeline = unique(&f.pipeline);
    let r = root_like(
        ctx.store,
        Some(ctx.s3),
        &pipeline,
        json!({"dataset2": "gs://ml-pipeline-playground/shakespeare2.txt"}),
    )
    .await;
    let uri = "gs://ml-pipeline-playground/shakespeare2.txt";
    let cond = dag_like(
        ctx.store,
        &r,
        "condition-1",
        3,
        json!({"pipelinechannel--dataset2": uri, "pipelinechannel--train-scalar": "123"}),
    )
    .await;
    let cond_id = cond.id.unwrap();
    let mut ids = Vec::new();
    for pod in ["reimport-1", "reimport-2"] {
        let done = ctx
            .import(&command_line(&f, &r, cond_id, pod))
            .await
            .unwrap();
        assert_eq!(done.state, State::Complete, "{:?}", done.error);
        let imported = done.imported.unwrap();
        assert!(!imported.reused, "reimport: true never reuses");
        assert_eq!(imported.uri, uri, "the URI from the DAG's input");
        ids.push(imported.id);
    }
    assert_ne!(ids[0], ids[1], "two imports, two artifacts");
    assert_eq!(
        state(&ctx.execution(cond_id).await),
        State::Running,
        "two of three tasks done"
    );

    let mut no_reimport = f;
    no_reimport.importer["reimport"] = json!(false);
    let done = ctx
        .import(&command_line(&no_reimport, &r, cond_id, "reuse-1"))
        .await
        .unwrap();
    let imported = done.imported.unwrap();
    assert!(imported.reused);
    assert_eq!(imported.id, ids[0], "the oldest match is reused");
    assert_eq!(
        state(&ctx.execution(cond_id).await),
        State::Complete,
        "the DAG's last task was an importer: it completes (beyond upstream)"
    );
    assert_eq!(
        state(&ctx.execution(r.root.id.unwrap()).await),
        State::Running
    );
}

/// `critical__pipeline_with_importer_workspace.yaml`: a file and a
/// directory imported into the workspace, bucket opened through the
/// namespace's `kfp-launcher` providers.
async fn workspace_download_lands_the_bytes(ctx: &Ctx<'_>) {
    let file = fixture(
        "critical__pipeline_with_importer_workspace.yaml",
        "importer",
    );
    let dir = fixture(
        "critical__pipeline_with_importer_workspace.yaml",
        "importer-2",
    );
    assert_eq!(file.importer["downloadToWorkspace"], json!(true));
    let prefix = format!("minio://{}/{}", ctx.s3.bucket, unique("import-src"));
    let file_uri = format!("{prefix}/out_ds");
    let dir_uri = format!("{prefix}/dir");
    let src = tempfile::tempdir().unwrap();
    std::fs::write(src.path().join("file"), "Hello from producer file\n").unwrap();
    std::fs::create_dir(src.path().join("dir")).unwrap();
    std::fs::write(
        src.path().join("dir/part-000.txt"),
        "First file in directory.\n",
    )
    .unwrap();
    std::fs::write(
        src.path().join("dir/part-001.txt"),
        "Second file in directory.\n",
    )
    .unwrap();
    ctx.upload(&src.path().join("file"), &file_uri).await;
    ctx.upload(&src.path().join("dir"), &dir_uri).await;

    let r = root_like(ctx.store, Some(ctx.s3), &unique(&file.pipeline), json!({})).await;
    let stage = dag_like(
        ctx.store,
        &r,
        "import-stage",
        4,
        json!({"file_uri": file_uri, "dir_uri": dir_uri}),
    )
    .await;
    let stage_id = stage.id.unwrap();

    let done = ctx
        .import(&command_line(&file, &r, stage_id, "ws-file"))
        .await
        .unwrap();
    assert_eq!(done.state, State::Complete, "{:?}", done.error);
    let imported = done.imported.clone().unwrap();
    let (moved, path) = imported.downloaded.clone().unwrap();
    assert_eq!(moved.files, 1);
    assert_eq!(
        path,
        PathBuf::from(format!(
            "/kfp-workspace/.artifacts/minio/{}",
            file_uri.trim_start_matches("minio://")
        ))
    );
    assert_eq!(
        std::fs::read_to_string(ctx.workspace(&file_uri)).unwrap(),
        "Hello from producer file\n"
    );
    let e = ctx.execution(done.execution_id).await;
    assert_eq!(
        e.r#type.as_deref(),
        Some(types::IMPORTER_WORKSPACE_EXECUTION)
    );
    assert_eq!(state(&e), State::Complete);
    assert_eq!(int_prop(&e, "bytes_downloaded"), Some(25));
    assert!(int_prop(&e, "download_ms").is_some());
    let a = &ctx.outputs(done.execution_id).await[0].artifact;
    assert_eq!(a.uri.as_deref(), Some(file_uri.as_str()));
    assert_eq!(
        a.custom_properties,
        props(vec![
            ("key", value::string("value")),
            (
                keys::STORE_SESSION_INFO,
                value::string(r#"{"Provider":"minio","Params":{"fromEnv":"true"}}"#)
            ),
        ])
    );

    let done = ctx
        .import(&command_line(&dir, &r, stage_id, "ws-dir"))
        .await
        .unwrap();
    assert_eq!(done.state, State::Complete, "{:?}", done.error);
    let (moved, _) = done.imported.unwrap().downloaded.unwrap();
    assert_eq!(moved.files, 2);
    let local = ctx.workspace(&dir_uri);
    assert_eq!(
        std::fs::read_to_string(local.join("part-000.txt")).unwrap(),
        "First file in directory.\n"
    );
    assert_eq!(
        std::fs::read_to_string(local.join("part-001.txt")).unwrap(),
        "Second file in directory.\n"
    );
    assert_eq!(
        state(&ctx.execution(stage_id).await),
        State::Running,
        "two of four tasks done"
    );
}

/// Nothing at the URI: the execution exists, so it is published FAILED
/// with the reason, no output, and the DAG fails with it.
async fn workspace_download_of_nothing_fails_the_task(ctx: &Ctx<'_>) {
    let f = fixture(
        "critical__pipeline_with_importer_workspace.yaml",
        "importer",
    );
    let r = root_like(ctx.store, Some(ctx.s3), &unique(&f.pipeline), json!({})).await;
    let missing = format!(
        "minio://{}/{}/nothing-here",
        ctx.s3.bucket,
        unique("absent")
    );
    let stage = dag_like(
        ctx.store,
        &r,
        "import-stage",
        4,
        json!({"file_uri": missing, "dir_uri": "x"}),
    )
    .await;
    let done = ctx
        .import(&command_line(&f, &r, stage.id.unwrap(), "ws-missing"))
        .await
        .unwrap();
    assert_eq!(done.state, State::Failed);
    assert_eq!(done.exit_code, 1);
    assert!(done.imported.is_none());
    let e = ctx.execution(done.execution_id).await;
    assert_eq!(state(&e), State::Failed, "never left RUNNING");
    let error = str_prop(&e, "error");
    assert!(
        error.contains(&missing) && error.contains("no object"),
        "{error}"
    );
    assert!(ctx.outputs(done.execution_id).await.is_empty());
    assert_eq!(
        state(&ctx.execution(stage.id.unwrap()).await),
        State::Failed,
        "a failed importer fails its DAG"
    );
}

/// `critical__modelcar.yaml`: an `oci://` URI from the root's input, as a
/// `system.Model`: imported, without store session info (upstream).
async fn oci_model_is_imported_without_session(ctx: &Ctx<'_>) {
    let f = fixture("critical__modelcar.yaml", "importer");
    let r = root_like(
        ctx.store,
        Some(ctx.s3),
        &unique(&f.pipeline),
        json!({"model_uri": "oci://registry.domain.local/modelcar:test"}),
    )
    .await;
    let done = ctx
        .import(&command_line(&f, &r, r.root.id.unwrap(), "modelcar"))
        .await
        .unwrap();
    assert_eq!(done.state, State::Complete, "{:?}", done.error);
    let a = &ctx.outputs(done.execution_id).await[0].artifact;
    assert_eq!(a.r#type.as_deref(), Some("system.Model"));
    assert_eq!(
        a.uri.as_deref(),
        Some("oci://registry.domain.local/modelcar:test")
    );
    assert!(a.custom_properties.is_empty(), "{:?}", a.custom_properties);
}

/// Bad input is an error naming the flag or field, and nothing is
/// written: no execution under the parent DAG.
async fn bad_input_publishes_nothing(ctx: &Ctx<'_>) {
    let f = fixture("pipeline_with_importer.yaml", "importer-2");
    let r = root_like(ctx.store, Some(ctx.s3), &unique(&f.pipeline), json!({})).await;
    let cond = |inputs| dag_like(ctx.store, &r, "condition-1", 2, inputs);

    // The DAG has no value for the runtime parameter's input.
    let dag = cond(json!({"pipelinechannel--train-scalar": "123"})).await;
    let dag_id = dag.id.unwrap();
    let e = ctx
        .import(&command_line(&f, &r, dag_id, "no-value"))
        .await
        .unwrap_err();
    let text = kfp_common::error_chain(&e);
    assert!(matches!(e, ImporterError::Input(_)), "{text}");
    for part in [
        "--importer_spec",
        "runtimeParameter \"uri\"",
        "pipelinechannel--dataset2",
        "--parent_dag_id",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
    assert!(ctx.children(&r, dag_id).await.is_empty(), "nothing written");

    // oci:// for a Dataset.
    let dag = cond(json!({"pipelinechannel--dataset2": "oci://registry.domain.local/x:1"})).await;
    let e = ctx
        .import(&command_line(&f, &r, dag.id.unwrap(), "oci-dataset"))
        .await
        .unwrap_err();
    // What the launcher prints: the error and its causes.
    let text = kfp_common::error_chain(&e);
    assert!(
        text.contains("system.Dataset artifact type does not support OCI"),
        "{text}"
    );
    assert!(ctx.children(&r, dag.id.unwrap()).await.is_empty());

    // No artifactUri; no importer_spec at all.
    let dag = cond(json!({"pipelinechannel--dataset2": "gs://b/k"})).await;
    let dag_id = dag.id.unwrap();
    let mut no_uri = fixture("pipeline_with_importer.yaml", "importer-2");
    no_uri
        .importer
        .as_object_mut()
        .unwrap()
        .remove("artifactUri");
    let e = ctx
        .import(&command_line(&no_uri, &r, dag_id, "no-uri"))
        .await
        .unwrap_err();
    assert!(
        kfp_common::error_chain(&e).contains("--importer_spec artifactUri: is missing"),
        "{e}"
    );
    let mut argv = command_line(&f, &r, dag_id, "no-spec");
    let at = argv.iter().position(|a| a == "--importer_spec").unwrap();
    argv.drain(at..at + 2);
    let e = ctx.import(&argv).await.unwrap_err();
    assert!(
        kfp_common::error_chain(&e).contains("--importer_spec"),
        "{e}"
    );
    assert!(ctx.children(&r, dag_id).await.is_empty());

    // An unknown run, an unknown parent DAG.
    let mut argv = command_line(&f, &r, dag_id, "ghost-run");
    let at = argv.iter().position(|a| a == "--run_id").unwrap();
    argv[at + 1] = "no-such-run".into();
    let e = ctx.import(&argv).await.unwrap_err();
    let text = e.to_string();
    assert!(matches!(e, ImporterError::RunNotFound { .. }), "{text}");
    assert!(
        text.contains("no-such-run") && text.contains(&r.pipeline),
        "{text}"
    );
    let ghost = i64::MAX - 11;
    let e = ctx
        .import(&command_line(&f, &r, ghost, "ghost-dag"))
        .await
        .unwrap_err();
    let text = kfp_common::error_chain(&e);
    assert!(
        text.contains(&ghost.to_string()) && text.contains("--parent_dag_id"),
        "{text}"
    );
}

/// MLMD round trips of one import in a fresh process (as in a pod): a
/// figure to watch, bounded so a regression shows.
async fn round_trips_of_an_import(ctx: &Ctx<'_>, engine: &MlmdAddress) {
    let fresh = engine.connect().await;
    let f = fixture("pipeline_with_importer.yaml", "importer-2");
    let r = root_like(ctx.store, Some(ctx.s3), &unique(&f.pipeline), json!({})).await;
    let dag = dag_like(
        ctx.store,
        &r,
        "condition-1",
        2,
        json!({"pipelinechannel--dataset2": "gs://b/k"}),
    )
    .await;
    let before = fresh.round_trips();
    let done = ctx
        .import_with(&fresh, &command_line(&f, &r, dag.id.unwrap(), "counted"))
        .await
        .unwrap();
    assert_eq!(done.state, State::Complete, "{:?}", done.error);
    let trips = fresh.round_trips() - before;
    println!("MLMD round trips of an import (reimport, DAG not finished): {trips}");
    assert!(trips <= 9, "{trips} round trips");
}

/// The real binary: `--executor_type importer` is routed to importer mode;
/// 0 when the import is published, 1 with a message naming the flag for
/// bad input.
#[test]
fn binary_exit_codes() {
    let Some((engine, s3)) = mlmd_and_s3() else {
        return;
    };
    if kfp_common::test_util::ir_fixtures().is_none() {
        return;
    }
    let runtime = kfp_common::runtime::current_thread().unwrap();
    let store = runtime.block_on(async { engine.connect().await });
    let f = fixture("pipeline_with_importer.yaml", "importer");
    let r = runtime.block_on(root_like(
        &store,
        Some(&s3),
        &unique(&f.pipeline),
        json!({}),
    ));
    let launch = |argv: &[String]| {
        let mut argv = argv.to_vec();
        let set = |argv: &mut Vec<String>, flag: &str, value: &str| {
            let at = argv.iter().position(|a| a == flag).unwrap();
            argv[at + 1] = value.to_owned();
        };
        set(&mut argv, "--mlmd_server_address", &engine.host);
        set(&mut argv, "--mlmd_server_port", &engine.port.to_string());
        argv.extend(["--namespace".to_owned(), "kubeflow-user".to_owned()]);
        std::process::Command::new(env!("CARGO_BIN_EXE_launcher"))
            .args(&argv)
            .output()
            .unwrap()
    };
    let ok = launch(&command_line(&f, &r, r.root.id.unwrap(), "bin-pod"));
    let stderr = String::from_utf8_lossy(&ok.stderr);
    assert_eq!(ok.status.code(), Some(0), "stderr: {stderr}");
    assert!(stderr.contains("mlmd_round_trips"), "{stderr}");
    let children = runtime
        .block_on(store.child_executions(&r.run, r.root.id.unwrap()))
        .unwrap();
    assert_eq!(children.len(), 1);
    assert_eq!(state(&children[0]), State::Complete);

    let mut bad = f;
    bad.importer.as_object_mut().unwrap().remove("artifactUri");
    let out = launch(&command_line(&bad, &r, r.root.id.unwrap(), "bin-bad"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains("--importer_spec artifactUri: is missing"),
        "{stderr}"
    );
}

/// The same path on the embedded store (no services needed): new, reused,
/// reimported, the DAG completed by its last importer, bad input writing
/// nothing.
#[tokio::test]
async fn importer_on_the_embedded_store() {
    use kfp_common::metadata::sqlite::SqliteStore;
    if kfp_common::test_util::ir_fixtures().is_none() {
        return;
    }
    signals();
    let store = SqliteStore::open_in_memory().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let import = |argv: Vec<String>| {
        let store = &store;
        let scratch = scratch.path().to_path_buf();
        async move {
            let parsed = args::parse(&argv).unwrap();
            let deps = Importer {
                store,
                secrets: kfp_step::buckets::NoSecrets,
                config: &LauncherConfig::default(),
                paths: PathMap {
                    user_root: scratch.clone(),
                    host_root: scratch,
                    volumes: Vec::new(),
                },
                namespace: "kubeflow-user".into(),
                local_objects: None,
            };
            importer::run(&parsed, deps, signals()).await
        }
    };

    let f = fixture("pipeline_with_importer.yaml", "importer");
    let r = root_like(&store, None, &f.pipeline, json!({})).await;
    let root = r.root.id.unwrap();
    let first = import(command_line(&f, &r, root, "p1")).await.unwrap();
    assert_eq!(first.state, State::Complete, "{:?}", first.error);
    let first = first.imported.unwrap();
    assert!(!first.reused);
    let again = import(command_line(&f, &r, root, "p2")).await.unwrap();
    let again = again.imported.unwrap();
    assert!(again.reused);
    assert_eq!(again.id, first.id);

    let f2 = fixture("pipeline_with_importer.yaml", "importer-2");
    let cond = dag_like(
        &store,
        &r,
        "condition-1",
        1,
        json!({"pipelinechannel--dataset2": "gs://ml-pipeline-playground/shakespeare1.txt"}),
    )
    .await;
    let cond_id = cond.id.unwrap();
    let no_value = dag_like(&store, &r, "condition-1", 1, json!({})).await;
    let e = import(command_line(&f2, &r, no_value.id.unwrap(), "p3"))
        .await
        .unwrap_err();
    assert!(matches!(e, ImporterError::Input(_)), "{e}");
    assert!(store
        .child_executions(&r.run, no_value.id.unwrap())
        .await
        .unwrap()
        .is_empty());

    let re = import(command_line(&f2, &r, cond_id, "p4")).await.unwrap();
    let re = re.imported.unwrap();
    assert!(!re.reused, "reimport: true");
    assert_ne!(re.id, first.id);
    let dag = store.get_executions(&[cond_id, root]).await.unwrap();
    assert_eq!(state(&dag[0]), State::Complete, "its only task finished");
    assert_eq!(state(&dag[1]), State::Running, "the root is never updated");
}
