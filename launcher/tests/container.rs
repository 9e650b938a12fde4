//! Container mode (contract §3.3) against the real MLMD engine and SeaweedFS.
//!
//! Each scenario creates what a KFP driver would (run contexts with
//! `pipeline_root` and `store_session_info`, a root DAG, a DAG, a RUNNING
//! `system.ContainerExecution` with the driver's properties), runs the
//! launcher's container mode with an Appendix A command line, and reads
//! MLMD and the bucket back. Run under `make test` (or
//! `e2e/services/with-seaweedfs.sh bash e2e/services/with-mlmd.sh cargo test
//! -p kfp-launcher --test container`); without `KFP_MLMD_*` / `KFP_S3_*` the
//! test skips loudly, or fails under `KFP_REQUIRE_SERVICES=1`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    sync::{Mutex, OnceLock},
    time::Duration,
};

use kfp_common::{
    cache::{api::fake::FakeTaskService, ApiTaskCache, CacheEntry},
    metadata::{
        grpc::MlmdStore, keys, types, value, Direction, LinkedArtifact, MetadataBackend,
        NewExecution, Properties,
    },
    proto::ml_metadata::{self as mlmd, execution::State},
    store::open::SecretSource,
    test_s3::{minio_session_info, mlmd_and_s3, S3Env as S3, StaticSecrets, TlsGateway},
    test_util::{self, int_prop, state, str_prop, MlmdAddress},
    uri::PathMap,
};
use kfp_step::{
    args,
    container::{self, CacheSink, Cluster},
    init::Signals,
};

#[derive(Default)]
struct RecordingCache(Mutex<Vec<CacheEntry>>);

impl CacheSink for RecordingCache {
    async fn store(&self, record: &CacheEntry) -> Result<(), kfp_common::cache::CacheError> {
        self.0.lock().unwrap().push(record.clone());
        Ok(())
    }
}

fn signals() -> &'static Signals {
    static SIGNALS: OnceLock<Signals> = OnceLock::new();
    SIGNALS.get_or_init(|| Signals::block().expect("block signals"))
}

/// What a root driver, a DAG driver and a container driver left in MLMD.
struct Task {
    root: mlmd::Execution,
    dag: mlmd::Execution,
    execution: mlmd::Execution,
    run_id: String,
    pipeline: String,
    /// `minio://<bucket>/v2/artifacts/<pipeline>/<run>/add/<uuid>`
    task_root: String,
}

async fn driver_like(store: &MlmdStore, s3: &S3, fingerprint: &str) -> Task {
    driver_like_in_dag(store, s3, fingerprint, 1).await
}

/// The task is one of `total_dag_tasks` in its DAG.
async fn driver_like_in_dag(
    store: &MlmdStore,
    s3: &S3,
    fingerprint: &str,
    total_dag_tasks: i64,
) -> Task {
    let session = s3.session_info();
    driver_like_with(store, s3, fingerprint, total_dag_tasks, &session).await
}

/// With the run's store session info `session`.
async fn driver_like_with(
    store: &MlmdStore,
    s3: &S3,
    fingerprint: &str,
    total_dag_tasks: i64,
    session: &str,
) -> Task {
    let pipeline = "add-numbers".to_owned();
    let run_id = uuid::Uuid::new_v4().to_string();
    let root_uri = format!("minio://{}/v2/artifacts", s3.bucket);
    let run_props: Properties = [
        (keys::NAMESPACE, value::string("kubeflow-user")),
        (keys::RESOURCE_NAME, value::string("run-resource")),
        (
            keys::PIPELINE_ROOT,
            value::string(format!("{root_uri}/{pipeline}/{run_id}")),
        ),
        (keys::STORE_SESSION_INFO, value::string(session)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let run = store
        .get_or_create_run(&pipeline, &run_id, run_props)
        .await
        .unwrap();
    let new =
        |type_name: &str, name: Option<String>, props: Vec<(&str, mlmd::Value)>| NewExecution {
            type_name: type_name.to_owned(),
            name,
            state: Some(State::Running),
            custom_properties: props.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            inputs: Vec::new(),
        };
    let root = store
        .create_execution(
            &run,
            new(
                types::DAG_EXECUTION,
                Some(format!("run/{run_id}")),
                vec![(keys::DISPLAY_NAME, value::string(""))],
            ),
        )
        .await
        .unwrap();
    let dag = store
        .create_execution(
            &run,
            new(
                types::DAG_EXECUTION,
                None,
                vec![
                    (keys::DISPLAY_NAME, value::string("inner")),
                    (keys::PARENT_DAG_ID, value::int(root.id.unwrap())),
                    (keys::TOTAL_DAG_TASKS, value::int(total_dag_tasks)),
                ],
            ),
        )
        .await
        .unwrap();
    let execution = store
        .create_execution(
            &run,
            new(
                types::CONTAINER_EXECUTION,
                None,
                vec![
                    (keys::DISPLAY_NAME, value::string("add")),
                    (keys::TASK_NAME, value::string("add")),
                    (keys::PARENT_DAG_ID, value::int(dag.id.unwrap())),
                    (keys::POD_NAME, value::string("")),
                    (keys::POD_UID, value::string("")),
                    (keys::NAMESPACE, value::string("")),
                    (keys::IMAGE, value::string("")),
                    (keys::CACHE_FINGERPRINT, value::string(fingerprint)),
                ],
            ),
        )
        .await
        .unwrap();
    let task_root = format!(
        "{root_uri}/{pipeline}/{run_id}/add/{}",
        uuid::Uuid::new_v4()
    );
    Task {
        root,
        dag,
        execution,
        run_id,
        pipeline,
        task_root,
    }
}

fn local(uri: &str) -> String {
    uri.replacen("minio://", "/minio/", 1)
}

/// Appendix A's command line for this task and user command.
fn command_line(
    task: &Task,
    executor_input: Option<String>,
    pod: &str,
    user: &[&str],
) -> Vec<String> {
    let logs = format!("{}/executor-logs", task.task_root);
    let data = format!("{}/data", task.task_root);
    let input = executor_input.unwrap_or_else(|| {
        serde_json::json!({
            "inputs": {"parameterValues": {"a": 1, "b": 2}},
            "outputs": {
                "parameters": {"Output": {"outputFile": "/tmp/kfp/outputs/Output"}},
                "artifacts": {
                    "data": {"artifacts": [{"type": {"schemaTitle": "system.Dataset", "schemaVersion": "0.0.1"}, "uri": data}]},
                    "executor-logs": {"artifacts": [{"name": "executor-logs", "type": {"schemaTitle": "system.Artifact"}, "uri": logs}]}
                },
                "outputFile": local(&format!("{}/output_metadata.json", task.task_root)),
            }
        })
        .to_string()
    });
    let component = serde_json::json!({
        "executorLabel": "exec-add",
        "inputDefinitions": {"parameters": {
            "a": {"parameterType": "NUMBER_INTEGER"}, "b": {"parameterType": "NUMBER_INTEGER"}}},
        "outputDefinitions": {
            "parameters": {"Output": {"parameterType": "NUMBER_INTEGER"}},
            "artifacts": {"data": {"artifactType": {"schemaTitle": "system.Dataset", "schemaVersion": "0.0.1"}}}
        }
    })
    .to_string();
    let mut argv: Vec<String> = [
        "--executor_type",
        "container",
        "--pipeline_name",
        &task.pipeline,
        "--run_id",
        &task.run_id,
        "--execution_id",
        &task.execution.id.unwrap().to_string(),
        "--executor_input",
        &input,
        "--component_spec",
        &component,
        "--pod_name",
        pod,
        "--pod_uid",
        &format!("uid-{pod}"),
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
        "--cache_disabled=false",
        "--log_level",
        "1",
        "--",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    argv.extend(user.iter().map(|s| s.to_string()));
    argv
}

struct Ctx<'a> {
    store: &'a MlmdStore,
    s3: &'a S3,
    scratch: &'a Path,
    cache: &'a RecordingCache,
}

impl Ctx<'_> {
    async fn launch(&self, argv: &[String], retry_index: u32) -> container::Finished {
        self.launch_with(argv, retry_index, self.cache).await
    }

    async fn launch_with<C: CacheSink>(
        &self,
        argv: &[String],
        retry_index: u32,
        cache: &C,
    ) -> container::Finished {
        self.launch_as(argv, retry_index, self.s3.secrets(), cache)
            .await
    }

    /// With the store's keys from `secrets`.
    async fn launch_as<S: SecretSource + Clone + Send + Sync, C: CacheSink>(
        &self,
        argv: &[String],
        retry_index: u32,
        secrets: S,
        cache: &C,
    ) -> container::Finished {
        let parsed = args::parse(argv).expect("Appendix A command line parses");
        parsed.validate().expect("and validates");
        let cluster = Cluster {
            store: self.store,
            secrets,
            cache,
            paths: PathMap {
                user_root: self.scratch.to_path_buf(),
                host_root: self.scratch.to_path_buf(),
                volumes: Vec::new(),
            },
            namespace: "kubeflow-user".into(),
            retry_index,
            grace: Duration::from_secs(2),
            user: Default::default(),
            local_objects: None,
        };
        container::run(&parsed, cluster, signals())
            .await
            .expect("the execution can be opened and published")
    }

    async fn execution(&self, e: &mlmd::Execution) -> mlmd::Execution {
        self.store.get_executions(&[e.id.unwrap()]).await.unwrap()[0].clone()
    }

    async fn outputs(&self, e: &mlmd::Execution) -> Vec<LinkedArtifact> {
        self.store
            .linked_artifacts(&[e.id.unwrap()], Direction::Output)
            .await
            .unwrap()
    }

    /// Each output artifact of `e` by key, with its object's bytes.
    async fn output_objects(
        &self,
        e: &mlmd::Execution,
    ) -> BTreeMap<String, (LinkedArtifact, Vec<u8>)> {
        let mut out = BTreeMap::new();
        for output in self.outputs(e).await {
            let bytes = self.object(output.artifact.uri.as_deref().unwrap()).await;
            out.insert(output.key.clone(), (output, bytes));
        }
        out
    }

    async fn object(&self, uri: &str) -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("object");
        let buckets = kfp_step::buckets::RunBuckets::new(
            Some((
                kfp_common::store::bucket::parse_bucket_config(&format!(
                    "minio://{}/v2/artifacts",
                    self.s3.bucket
                ))
                .unwrap(),
                kfp_common::store::session::SessionInfo::from_json(&self.s3.session_info())
                    .unwrap(),
            )),
            self.s3.secrets(),
            None,
        );
        use kfp_step::buckets::Buckets;
        let bucket = buckets.bucket_for(uri).await.unwrap();
        bucket.download(uri, &dest).await.unwrap();
        std::fs::read(&dest).unwrap()
    }
}

const SUCCESS_SCRIPT: &str = r#"echo "adding {{$.inputs.parameters['a']}} and {{$.inputs.parameters['b']}}"; echo $(( {{$.inputs.parameters['a']}} + {{$.inputs.parameters['b']}} )) > "$0"; mkdir -p "$(dirname "$1")"; printf 'some data' > "$1""#;

#[test]
fn container_mode_against_real_mlmd_and_seaweedfs() {
    // Before the runtime's threads exist, as in main.
    signals();
    let Some((engine, s3)) = mlmd_and_s3() else {
        return;
    };
    kfp_common::store::open::install_crypto_provider();
    let runtime = kfp_common::runtime::current_thread().unwrap();
    runtime.block_on(async {
        let store = engine.connect().await;
        let scratch = tempfile::tempdir().unwrap();
        let cache = RecordingCache::default();
        let ctx = Ctx {
            store: &store,
            s3: &s3,
            scratch: scratch.path(),
            cache: &cache,
        };
        success_then_argo_retry(&ctx).await;
        user_failure_is_published_with_its_logs(&ctx).await;
        bad_executor_output_fails_the_task(&ctx).await;
        bad_executor_input_is_published_failed(&ctx).await;
        unknown_execution_is_an_error_naming_it(&ctx).await;
        cache_entry_through_the_kfp_api(&ctx).await;
        a_store_behind_a_private_ca(&ctx).await;
        planted_secrets_are_nowhere_a_task_leaves_anything(&ctx).await;
        round_trips_of_a_task(&ctx, &engine).await;
    });
}

fn success_command(task: &Task, pod: &str) -> Vec<String> {
    command_line(
        task,
        None,
        pod,
        &[
            "sh",
            "-c",
            SUCCESS_SCRIPT,
            "{{$.outputs.parameters['Output'].output_file}}",
            "{{$.outputs.artifacts['data'].path}}",
        ],
    )
}

async fn success_then_argo_retry(ctx: &Ctx<'_>) {
    let task = driver_like(ctx.store, ctx.s3, "9f2c").await;
    let finished = ctx.launch(&success_command(&task, "add-pod-1"), 0).await;
    assert_eq!(finished.state, State::Complete, "{:?}", finished.error);
    assert_eq!(finished.exit_code, 0);

    let e = ctx.execution(&task.execution).await;
    assert_eq!(state(&e), State::Complete);
    assert_eq!(str_prop(&e, keys::POD_NAME), "add-pod-1");
    assert_eq!(str_prop(&e, keys::POD_UID), "uid-add-pod-1");
    assert_eq!(str_prop(&e, keys::NAMESPACE), "kubeflow-user");
    assert_eq!(
        str_prop(&e, keys::TASK_NAME),
        "add",
        "driver's properties kept"
    );
    assert_eq!(str_prop(&e, keys::CACHE_FINGERPRINT), "9f2c");
    let outputs = e
        .custom_properties
        .get(keys::OUTPUTS)
        .and_then(value::as_struct)
        .expect("outputs struct");
    assert_eq!(
        serde_json::to_value(outputs).unwrap(),
        serde_json::json!({"Output": 3.0}),
        "output parameter as a number"
    );
    for key in [
        "download_ms",
        "run_ms",
        "upload_ms",
        "setup_ms",
        "bytes_uploaded",
    ] {
        assert!(int_prop(&e, key).is_some(), "timing/bytes property {key}");
    }
    assert_eq!(int_prop(&e, "exit_code"), Some(0));

    let linked = ctx.outputs(&e).await;
    let by_key: BTreeMap<&str, &LinkedArtifact> =
        linked.iter().map(|l| (l.key.as_str(), l)).collect();
    assert_eq!(
        by_key.keys().copied().collect::<Vec<_>>(),
        vec!["data", "executor-logs"]
    );
    let data = &by_key["data"].artifact;
    assert_eq!(data.r#type.as_deref(), Some("system.Dataset"));
    assert_eq!(
        data.uri.as_deref(),
        Some(format!("{}/data", task.task_root).as_str())
    );
    assert_eq!(
        data.state,
        Some(kfp_common::proto::ml_metadata::artifact::State::Live as i32)
    );
    let props = &data.custom_properties;
    assert_eq!(
        props.get("display_name").and_then(value::as_str),
        Some("data")
    );
    assert!(props
        .get("store_session_info")
        .and_then(value::as_str)
        .is_some_and(|s| s.starts_with(r#"{"Provider":"minio""#)));
    assert_eq!(props.get("size_bytes").and_then(value::as_int), Some(9));
    let logs = &by_key["executor-logs"].artifact;
    assert_eq!(
        logs.uri.as_deref(),
        Some(format!("{}/executor-logs-0", task.task_root).as_str()),
        "executor logs of attempt 0"
    );
    assert_eq!(ctx.object(data.uri.as_deref().unwrap()).await, b"some data");
    let log_text = String::from_utf8(ctx.object(logs.uri.as_deref().unwrap()).await).unwrap();
    assert!(log_text.contains("adding 1 and 2"), "logs: {log_text:?}");

    let dag = ctx.execution(&task.dag).await;
    assert_eq!(
        state(&dag),
        State::Complete,
        "the DAG's only task completed"
    );
    assert_eq!(
        state(&ctx.execution(&task.root).await),
        State::Running,
        "root untouched"
    );

    let records = ctx.cache.0.lock().unwrap().clone();
    let record = records
        .iter()
        .find(|r| r.execution_id == task.execution.id.unwrap())
        .expect("cache entry stored");
    assert_eq!(record.fingerprint, "9f2c");
    assert_eq!(record.pipeline_name, "add-numbers");
    assert_eq!(record.namespace, "kubeflow-user");
    assert_eq!(record.run_id, task.run_id);

    // Argo retries the pod (say it was killed after publishing): the same
    // outputs are not created twice, the logs of attempt 1 are added.
    let again = ctx.launch(&success_command(&task, "add-pod-2"), 1).await;
    assert_eq!(again.state, State::Complete, "{:?}", again.error);
    let e = ctx.execution(&task.execution).await;
    assert_eq!(str_prop(&e, keys::POD_NAME), "add-pod-2");
    let linked = ctx.outputs(&e).await;
    let mut uris: Vec<String> = linked
        .iter()
        .map(|l| format!("{} {}", l.key, l.artifact.uri.clone().unwrap_or_default()))
        .collect();
    uris.sort();
    assert_eq!(
        uris,
        vec![
            format!("data {}/data", task.task_root),
            format!("executor-logs {}/executor-logs-0", task.task_root),
            format!("executor-logs {}/executor-logs-1", task.task_root),
        ],
        "no duplicate artifacts after a retry"
    );
}

async fn user_failure_is_published_with_its_logs(ctx: &Ctx<'_>) {
    let task = driver_like(ctx.store, ctx.s3, "").await;
    let argv = command_line(
        &task,
        None,
        "fail-pod",
        &["sh", "-c", "echo about to fail; exit 3"],
    );
    let finished = ctx.launch(&argv, 0).await;
    assert_eq!(finished.state, State::Failed);
    assert_eq!(finished.exit_code, 3, "the user's exit code");
    let e = ctx.execution(&task.execution).await;
    assert_eq!(state(&e), State::Failed);
    assert_eq!(int_prop(&e, "exit_code"), Some(3));
    assert!(
        str_prop(&e, "error").contains("exited with code 3"),
        "{e:?}"
    );
    assert!(!e.custom_properties.contains_key(keys::OUTPUTS));
    let linked = ctx.outputs(&e).await;
    assert_eq!(linked.len(), 1, "only the logs: {linked:?}");
    assert_eq!(linked[0].key, "executor-logs");
    let log = ctx.object(linked[0].artifact.uri.as_deref().unwrap()).await;
    assert!(String::from_utf8_lossy(&log).contains("about to fail"));
    assert_eq!(
        state(&ctx.execution(&task.dag).await),
        State::Failed,
        "DAG failed"
    );
}

async fn bad_executor_output_fails_the_task(ctx: &Ctx<'_>) {
    let task = driver_like(ctx.store, ctx.s3, "fp").await;
    let output_file: PathBuf = ctx
        .scratch
        .join(local(&format!("{}/output_metadata.json", task.task_root)).trim_start_matches('/'));
    let script = format!(
        "echo 3 > \"$0\"; mkdir -p '{}'; printf 'not json' > '{}'",
        output_file.parent().unwrap().display(),
        output_file.display()
    );
    let argv = command_line(
        &task,
        None,
        "bad-output-pod",
        &[
            "sh",
            "-c",
            &script,
            "{{$.outputs.parameters['Output'].output_file}}",
        ],
    );
    let before = ctx.cache.0.lock().unwrap().len();
    let finished = ctx.launch(&argv, 0).await;
    assert_eq!(finished.state, State::Failed);
    assert_eq!(finished.exit_code, 1, "a launcher failure");
    let e = ctx.execution(&task.execution).await;
    assert_eq!(state(&e), State::Failed);
    assert!(
        str_prop(&e, "error").contains("output_metadata.json"),
        "error names the file: {}",
        str_prop(&e, "error")
    );
    assert!(
        !e.custom_properties.contains_key(keys::OUTPUTS),
        "no outputs"
    );
    let keys: Vec<String> = ctx.outputs(&e).await.into_iter().map(|l| l.key).collect();
    assert_eq!(keys, vec!["executor-logs"], "nothing but logs presented");
    assert_eq!(ctx.cache.0.lock().unwrap().len(), before, "no cache entry");
}

async fn bad_executor_input_is_published_failed(ctx: &Ctx<'_>) {
    let task = driver_like(ctx.store, ctx.s3, "").await;
    let argv = command_line(
        &task,
        Some(r#"{"inputs": 5}"#.into()),
        "bad-input-pod",
        &["true"],
    );
    let finished = ctx.launch(&argv, 0).await;
    assert_eq!(finished.state, State::Failed);
    assert_eq!(finished.exit_code, 1);
    let e = ctx.execution(&task.execution).await;
    assert_eq!(state(&e), State::Failed, "never left RUNNING");
    assert!(
        str_prop(&e, "error").contains("--executor_input"),
        "error names the flag: {}",
        str_prop(&e, "error")
    );
    assert!(ctx.outputs(&e).await.is_empty());
}

async fn unknown_execution_is_an_error_naming_it(ctx: &Ctx<'_>) {
    let task = driver_like(ctx.store, ctx.s3, "").await;
    let mut argv = success_command(&task, "ghost-pod");
    let at = argv.iter().position(|a| a == "--execution_id").unwrap();
    argv[at + 1] = (i64::MAX - 7).to_string();
    let parsed = args::parse(&argv).unwrap();
    let cluster = Cluster {
        store: ctx.store,
        secrets: StaticSecrets {
            access: String::new(),
            secret: String::new(),
        },
        cache: ctx.cache,
        paths: PathMap::identity(),
        namespace: "kubeflow-user".into(),
        retry_index: 0,
        grace: Duration::from_secs(1),
        user: Default::default(),
        local_objects: None,
    };
    let err = container::run(&parsed, cluster, signals())
        .await
        .expect_err("an unknown execution id fails");
    let text = kfp_common::error_chain(&err);
    assert!(text.contains(&(i64::MAX - 7).to_string()), "{text}");
    assert!(text.contains("--execution_id"), "{text}");
}

/// The entry reaches the KFP API server's `TaskService` as upstream writes it.
async fn cache_entry_through_the_kfp_api(ctx: &Ctx<'_>) {
    let server = FakeTaskService::start().await.unwrap();
    let api = ApiTaskCache::connect("127.0.0.1", server.address().port(), None)
        .await
        .unwrap();
    let task = driver_like(ctx.store, ctx.s3, "b4985").await;
    let finished = ctx
        .launch_with(&success_command(&task, "cached-pod"), 0, &api)
        .await;
    assert_eq!(finished.state, State::Complete, "{:?}", finished.error);
    let tasks = server.tasks();
    assert_eq!(tasks.len(), 1, "{tasks:?}");
    let t = &tasks[0];
    assert_eq!(t.pipeline_name, "pipeline/add-numbers");
    assert_eq!(t.namespace, "kubeflow-user");
    assert_eq!(t.run_id, task.run_id);
    assert_eq!(t.mlmd_execution_id, task.execution.id.unwrap().to_string());
    assert_eq!(t.fingerprint, "b4985");
    assert!(t.created_at.is_some() && t.finished_at.is_some());
    let hit = api
        .lookup("add-numbers", "kubeflow-user", "b4985")
        .await
        .unwrap();
    assert_eq!(hit, task.execution.id, "the driver's lookup finds it");

    // A cache server that is down: the task is still COMPLETE, the launcher
    // exits 1 (upstream), and the error says so.
    let port = server.address().port();
    drop(server);
    let api = ApiTaskCache::connect_with(
        "127.0.0.1",
        port,
        kfp_common::cache::TaskCacheOptions {
            retry: kfp_common::metadata::grpc::RetryPolicy {
                max_attempts: 3,
                initial_backoff: Duration::from_millis(20),
                max_backoff: Duration::from_millis(50),
                jitter: 0.25,
                max_total: Duration::from_secs(2),
            },
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let task = driver_like(ctx.store, ctx.s3, "c0ffee").await;
    let finished = ctx
        .launch_with(&success_command(&task, "cache-down-pod"), 0, &api)
        .await;
    assert_eq!(finished.state, State::Complete);
    assert_eq!(finished.exit_code, 1);
    assert!(
        finished
            .error
            .as_deref()
            .is_some_and(|e| e.contains("cache entry") && e.contains("CreateTaskV1")),
        "{:?}",
        finished.error
    );
    assert_eq!(
        state(&ctx.execution(&task.execution).await),
        State::Complete
    );
}

/// An Appendix A command line for the real binary: this MLMD engine, and
/// `--namespace` (no service-account file outside a pod).
fn binary_command_line(
    task: &Task,
    engine: &MlmdAddress,
    input: Option<String>,
    pod: &str,
    command: &[&str],
) -> Vec<String> {
    let mut argv = command_line(task, input, pod, command);
    set_flag(&mut argv, "--mlmd_server_address", &engine.host);
    set_flag(&mut argv, "--mlmd_server_port", &engine.port.to_string());
    let at = argv.iter().position(|a| a == "--").unwrap();
    argv.splice(at..at, ["--namespace", "kubeflow-user"].map(String::from));
    argv
}

fn set_flag(argv: &mut [String], flag: &str, value: &str) {
    let at = argv.iter().position(|a| a == flag).unwrap();
    argv[at + 1] = value.to_owned();
}

/// TLS to the object store with a private CA (`--ca_cert_path`), against a
/// SeaweedFS S3 gateway serving a certificate of that CA: the outputs are
/// uploaded, and the user process gets a bundle of the system's roots and
/// the CA in `REQUESTS_CA_BUNDLE`, `AWS_CA_BUNDLE` and `SSL_CERT_FILE`
/// (contract §3.6) with which its own TLS client reaches the store.
/// Without the flag the task fails naming the store and the certificate.
async fn a_store_behind_a_private_ca(ctx: &Ctx<'_>) {
    let certs = tempfile::tempdir().unwrap();
    let ca = test_util::private_ca(certs.path());
    let Some(gateway) = TlsGateway::start(&ca.cert, &ca.key) else {
        return;
    };
    let session = minio_session_info(&gateway.host_port, true);
    let port = gateway.host_port.rsplit(':').next().unwrap();
    // The user process: the three variables into its data artifact,
    // then a TLS handshake with the gateway on Python's default roots
    // (which read SSL_CERT_FILE).
    let script = r#"printf '%s\n' "$REQUESTS_CA_BUNDLE" "$AWS_CA_BUNDLE" "$SSL_CERT_FILE" > "$1" && echo 3 > "$0" && python3 -c 'import socket, ssl, sys; ssl.create_default_context().wrap_socket(socket.create_connection(("127.0.0.1", int(sys.argv[1]))), server_hostname="127.0.0.1").close(); print("user TLS ok")' "$2""#;
    let command = |task: &Task, ca_path: &str| {
        // Without a CA the user's own handshake would fail first.
        let script = if ca_path.is_empty() {
            script.split(" && python3").next().unwrap()
        } else {
            script
        };
        let mut argv = command_line(
            task,
            None,
            "tls-pod",
            &[
                "sh",
                "-c",
                script,
                "{{$.outputs.parameters['Output'].output_file}}",
                "{{$.outputs.artifacts['data'].path}}",
                port,
            ],
        );
        set_flag(&mut argv, "--ca_cert_path", ca_path);
        argv
    };

    let task = driver_like_with(ctx.store, ctx.s3, "", 1, &session).await;
    let finished = ctx
        .launch(&command(&task, ca.ca.to_str().unwrap()), 0)
        .await;
    assert_eq!(finished.state, State::Complete, "{:?}", finished.error);
    let e = ctx.execution(&task.execution).await;
    assert_eq!(state(&e), State::Complete);
    let objects = ctx.output_objects(&e).await;
    // Read back through the plain-HTTP gateway: the same buckets.
    let seen = String::from_utf8(objects["data"].1.clone()).unwrap();
    let vars: Vec<&str> = seen.lines().collect();
    assert_eq!(vars.len(), 3, "{seen:?}");
    assert!(
        vars.iter().all(|v| *v == vars[0] && !v.is_empty()),
        "one bundle in all three: {seen:?}"
    );
    let bundle = std::path::Path::new(vars[0]);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(bundle).unwrap().permissions().mode() & 0o777,
        0o444
    );
    let ca_pem = std::fs::read(&ca.ca).unwrap();
    assert!(
        std::fs::read(bundle).unwrap().ends_with(&ca_pem),
        "the bundle ends with the CA"
    );
    let logs = &objects["executor-logs"].1;
    assert!(
        String::from_utf8_lossy(logs).contains("user TLS ok"),
        "the user process reached the store over TLS: {}",
        String::from_utf8_lossy(logs)
    );
    let _ = std::fs::remove_file(bundle);

    // Without the CA: FAILED, naming the store's address.
    let task = driver_like_with(ctx.store, ctx.s3, "", 1, &session).await;
    let finished = ctx.launch(&command(&task, ""), 0).await;
    assert_eq!(finished.state, State::Failed);
    let error = finished.error.unwrap_or_default();
    assert!(
        error.contains(&gateway.host_port) && error.contains("certificate"),
        "{error}"
    );

    // A CA file that is not there: FAILED before the user process ran,
    // naming the flag and the file.
    let task = driver_like_with(ctx.store, ctx.s3, "", 1, &session).await;
    let missing = certs.path().join("missing.pem");
    let finished = ctx
        .launch(&command(&task, missing.to_str().unwrap()), 0)
        .await;
    assert_eq!(finished.state, State::Failed);
    let error = finished.error.unwrap_or_default();
    assert!(
        error.contains(&format!("--ca_cert_path {}", missing.display())),
        "{error}"
    );
    assert!(
        finished.report.is_none(),
        "the step never ran: the CA is read before it"
    );
}

/// The real binary with an Appendix A command line: SIGTERM while the user
/// process runs (pod deletion) is published FAILED with the signal before
/// the launcher exits 128+15, and the DAG fails with it.
#[test]
fn sigterm_mid_run_is_published_before_exit() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let Some((engine, s3)) = mlmd_and_s3() else {
        return;
    };
    let runtime = kfp_common::runtime::current_thread().unwrap();
    let store = runtime.block_on(async { engine.connect().await });
    let task = runtime.block_on(driver_like(&store, &s3, ""));
    let scratch = tempfile::tempdir().unwrap();
    let input = serde_json::json!({
        "inputs": {"parameterValues": {"a": 1, "b": 2}},
        "outputs": {"parameters": {"Output": {"outputFile": scratch.path().join("Output")}}}
    })
    .to_string();
    let mut argv = binary_command_line(
        &task,
        &engine,
        Some(input),
        "term-pod",
        &["sh", "-c", "echo started; exec sleep 30"],
    );
    let at = argv.iter().position(|a| a == "--").unwrap();
    argv.splice(at..at, ["--cache_store", "mlmd"].map(String::from));
    let mut child = Command::new(env!("CARGO_BIN_EXE_launcher"))
        .args(&argv)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "started");
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(143),
        "128+SIGTERM; stderr: {stderr}"
    );
    assert!(stderr.contains("mlmd_round_trips"), "{stderr}");

    let (e, dag) = runtime.block_on(async {
        let got = store
            .get_executions(&[task.execution.id.unwrap(), task.dag.id.unwrap()])
            .await
            .unwrap();
        (got[0].clone(), got[1].clone())
    });
    assert_eq!(state(&e), State::Failed, "published before exit: {e:?}");
    assert!(
        str_prop(&e, "error").contains("SIGTERM"),
        "{}",
        str_prop(&e, "error")
    );
    assert_eq!(int_prop(&e, "exit_code"), Some(143));
    assert_eq!(str_prop(&e, keys::POD_NAME), "term-pod");
    assert_eq!(state(&dag), State::Failed);
}

/// A command line the launcher cannot run (no command after `--`, an empty
/// `--pod_name`) but that names its execution and MLMD: the driver's
/// execution is published FAILED with the reason, not left RUNNING, and
/// the launcher still exits 1 naming the flag.
#[test]
fn an_unusable_command_line_publishes_the_execution_failed() {
    use std::process::Command;
    let Some((engine, s3)) = mlmd_and_s3() else {
        return;
    };
    let runtime = kfp_common::runtime::current_thread().unwrap();
    let store = runtime.block_on(async { engine.connect().await });
    for (case, named) in [("no command", "command"), ("empty pod name", "pod_name")] {
        let task = runtime.block_on(driver_like(&store, &s3, ""));
        let mut argv = binary_command_line(&task, &engine, None, "bad-pod", &["true"]);
        match case {
            "no command" => argv.truncate(argv.iter().position(|a| a == "--").unwrap() + 1),
            _ => set_flag(&mut argv, "--pod_name", ""),
        }
        let out = Command::new(env!("CARGO_BIN_EXE_launcher"))
            .args(&argv)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{case}: {stderr}");
        assert!(stderr.contains(named), "{case}: {stderr}");
        let e = runtime.block_on(async {
            store
                .get_executions(&[task.execution.id.unwrap()])
                .await
                .unwrap()
                .remove(0)
        });
        assert_eq!(state(&e), State::Failed, "{case}: {e:?}");
        assert!(
            str_prop(&e, "error").contains(named),
            "{case}: {}",
            str_prop(&e, "error")
        );
    }
}

/// Issue 4's budget: at most six MLMD round trips for a task with output
/// artifacts (in a fresh process, as in a pod) that does not end its DAG.
async fn round_trips_of_a_task(ctx: &Ctx<'_>, engine: &MlmdAddress) {
    let fresh = engine.connect().await;
    let task = driver_like_in_dag(ctx.store, ctx.s3, "", 2).await;
    let before = fresh.round_trips();
    let own = Ctx {
        store: &fresh,
        ..*ctx
    };
    let finished = own.launch(&success_command(&task, "counted-pod"), 0).await;
    assert_eq!(finished.state, State::Complete, "{:?}", finished.error);
    let trips = fresh.round_trips() - before;
    println!("MLMD round trips of a task with two output artifacts: {trips}");
    assert!(trips <= 6, "{trips} round trips");
    assert_eq!(
        state(&ctx.execution(&task.dag).await),
        State::Running,
        "one of two tasks done"
    );
}

/// A Kubernetes API server that answers every request with Secret
/// `mlpipeline-minio-artifact` holding `access`/`secret`, and records the
/// `Authorization` header of each.
struct FakeSecretApi {
    url: String,
    authorization: std::sync::Arc<Mutex<Vec<String>>>,
}

impl FakeSecretApi {
    fn start(access: &str, secret: &str) -> Self {
        use std::io::{BufRead, BufReader, Write};
        // Standard base64 with padding, as a Secret's `data` holds values.
        let b64 = |s: &str| {
            const ABC: &[u8; 64] =
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut out = String::new();
            for chunk in s.as_bytes().chunks(3) {
                let n = chunk
                    .iter()
                    .enumerate()
                    .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
                for i in 0..4 {
                    out.push(if i <= chunk.len() {
                        ABC[(n >> (18 - 6 * i) & 63) as usize] as char
                    } else {
                        '='
                    });
                }
            }
            out
        };
        let body = serde_json::json!({
            "kind": "Secret", "apiVersion": "v1",
            "metadata": {"name": "mlpipeline-minio-artifact", "namespace": "kubeflow-user"},
            "data": {"accesskey": b64(access), "secretkey": b64(secret)},
        })
        .to_string();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let authorization = std::sync::Arc::new(Mutex::new(Vec::new()));
        let seen = authorization.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream);
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                    if let Some(v) = line
                        .strip_prefix("authorization: ")
                        .or(line.strip_prefix("Authorization: "))
                    {
                        seen.lock().unwrap().push(v.trim().to_owned());
                    }
                    line.clear();
                }
                let _ = write!(
                    reader.get_mut(),
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        Self { url, authorization }
    }
}

/// Secrets never reach what a task leaves behind (issue 17's security
/// promises): the store's keys come from a Kubernetes Secret, read with
/// the pod's service-account token, and neither the secret key nor the
/// token is in the user process's environment or argv, its logs, the
/// launcher's own logs (debug and trace included), MLMD's records of the
/// task, or the error of a task whose key is wrong. Both are planted for
/// this test only (a gateway of its own holds the key), so no other
/// source, such as the test's environment, can put them anywhere.
async fn planted_secrets_are_nowhere_a_task_leaves_anything(ctx: &Ctx<'_>) {
    use tracing_subscriber::util::SubscriberInitExt;
    let dir = tempfile::tempdir().unwrap();
    let ca = test_util::private_ca(dir.path());
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    let (access, secret) = (
        format!("planted-access-{nonce}"),
        format!("planted-secret-{nonce}"),
    );
    let token = format!("planted-k8s-token-{nonce}");
    let identities = dir.path().join("s3.json");
    std::fs::write(
        &identities,
        serde_json::json!({"identities": [{
            "name": "planted",
            "credentials": [{"accessKey": access, "secretKey": secret}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
        }]})
        .to_string(),
    )
    .unwrap();
    let Some(gateway) = TlsGateway::start_with(&ca.cert, &ca.key, Some(&identities)) else {
        return;
    };
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, format!("{token}\n")).unwrap();

    // Everything the launcher logs, at every level, while it runs here.
    #[derive(Clone, Default)]
    struct Logs(std::sync::Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Logs {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let logs = Logs::default();
    let writer = logs.clone();
    let _logging = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish()
        .set_default();

    let session = minio_session_info(&gateway.host_port, true);
    // The user process: its whole environment and argv, into its data
    // artifact and onto its stdout (the executor logs).
    let script = r#"{ tr '\0' '\n' < /proc/self/environ; printf '%s\n' "$0" "$@"; } > "$1" && cat "$1" && echo 3 > "$0""#;
    let run = |task: &Task, api: &FakeSecretApi| {
        let mut argv = command_line(
            task,
            None,
            "secret-pod",
            &[
                "sh",
                "-c",
                script,
                "{{$.outputs.parameters['Output'].output_file}}",
                "{{$.outputs.artifacts['data'].path}}",
            ],
        );
        set_flag(&mut argv, "--ca_cert_path", ca.ca.to_str().unwrap());
        let k8s = kfp_common::k8s::K8s::from_base_url(&api.url, "kubeflow-user")
            .unwrap()
            .with_token_file(&token_file);
        (argv, kfp_step::buckets::InClusterSecrets::with_client(k8s))
    };
    let mut left_behind = Vec::<u8>::new();

    let api = FakeSecretApi::start(&access, &secret);
    let task = driver_like_with(ctx.store, ctx.s3, "", 1, &session).await;
    let (argv, secrets) = run(&task, &api);
    let finished = ctx.launch_as(&argv, 0, secrets, ctx.cache).await;
    assert_eq!(finished.state, State::Complete, "{:?}", finished.error);
    assert_eq!(
        *api.authorization.lock().unwrap(),
        vec![format!("Bearer {token}")],
        "the Secret was read once, with the token"
    );
    let e = ctx.execution(&task.execution).await;
    let outputs = ctx.output_objects(&e).await;
    assert_eq!(outputs.len(), 2, "data and executor-logs");
    let seen = String::from_utf8_lossy(&outputs["data"].1).into_owned();
    assert!(
        seen.contains("SSL_CERT_FILE=") && seen.contains("/data"),
        "the user's environment and argv were recorded: {seen}"
    );
    for (output, bytes) in outputs.values() {
        left_behind.extend(bytes);
        left_behind.extend(format!("{output:?}").into_bytes());
    }
    left_behind.extend(format!("{e:?}").into_bytes());

    // A wrong key: the task fails, and its error names no key either.
    let wrong = format!("planted-wrong-secret-{nonce}");
    let api = FakeSecretApi::start(&access, &wrong);
    let task = driver_like_with(ctx.store, ctx.s3, "", 1, &session).await;
    let (argv, secrets) = run(&task, &api);
    let finished = ctx.launch_as(&argv, 0, secrets, ctx.cache).await;
    assert_eq!(finished.state, State::Failed);
    let error = finished.error.clone().unwrap_or_default();
    assert!(
        error.contains("403") || error.contains("SignatureDoesNotMatch"),
        "{error}"
    );
    let e = ctx.execution(&task.execution).await;
    left_behind.extend(format!("{error}{e:?}").into_bytes());

    left_behind.extend(logs.0.lock().unwrap().iter());
    let text = String::from_utf8_lossy(&left_behind);
    assert!(
        text.contains("uploading output artifact"),
        "the launcher's logs were captured"
    );
    for (what, value) in [
        ("the secret key", &secret),
        ("the wrong secret key", &wrong),
        ("the service-account token", &token),
    ] {
        assert!(
            !text.contains(value.as_str()),
            "{what} is in what the task left behind"
        );
    }
    // The CA bundles both tasks' user processes got (this process's).
    let ours = format!("ca-bundle-{}-", std::process::id());
    for entry in std::fs::read_dir(std::env::temp_dir()).unwrap().flatten() {
        if entry.file_name().to_string_lossy().starts_with(&ours) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
