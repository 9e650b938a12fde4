#![allow(clippy::unwrap_used, clippy::expect_used)]
//! End to end as a cluster runs a pipeline: the walk plays Argo for KFP's
//! compiled templates (contract §7) and runs the real `driver` binary with
//! the command lines the compiler writes, then each pod spec patch's
//! launcher command with the real `launcher` binary, and the importer
//! template's command line — against the real ML Metadata engine, SeaweedFS
//! behind pipeline root `minio://mlpipeline/v2/artifacts` (session info
//! from a `kfp-launcher` ConfigMap given as a file), the KFP API's cache
//! service played by the in-process fake, and the KFP SDK's executor in the
//! Python steps. Afterwards MLMD is read the way the KFP UI reads it.
//!
//! Needs `make test` (KFP_MLMD_*, KFP_S3_*, KFP_VENV) and the `driver`
//! binary next to the launcher's (a workspace test build has both).

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    sync::OnceLock,
};

use kfp_common::{
    cache::api::fake::FakeTaskService,
    metadata::{grpc::MlmdStore, keys, value, Direction, MetadataBackend},
    proto::ml_metadata::{self as mlmd, execution::State},
    test_s3::S3Env,
};
use kfp_local::pipeline::{argv::RunFlags, engine::Binaries, Ended, Walk};
use kfp_step::init::Signals;

fn signals() -> &'static Signals {
    static SIGNALS: OnceLock<Signals> = OnceLock::new();
    SIGNALS.get_or_init(|| Signals::block().expect("block signals"))
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

struct Cluster {
    mlmd: (String, String),
    s3: S3Env,
    venv: PathBuf,
    driver: PathBuf,
    api: FakeTaskService,
    scratch: tempfile::TempDir,
    /// More environment for every pod.
    env: Vec<(String, String)>,
    /// Drivers as plugin requests to this `driver serve`, not processes.
    plugin: Option<PluginServer>,
    /// Runs with caching off (the benchmark compares equal work).
    cache_disabled: bool,
    /// Wall time of every driver call and launcher of the runs so far.
    spent: std::sync::Mutex<Vec<(String, std::time::Duration)>>,
}

impl Cluster {
    async fn start() -> Option<Self> {
        let var = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
        let (Some(host), Some(port), Some(s3), Some(venv)) = (
            var("KFP_MLMD_HOST"),
            var("KFP_MLMD_PORT"),
            S3Env::from_env(),
            var("KFP_VENV"),
        ) else {
            use kfp_common::test_util::{skip, Component};
            skip(&[Component::Mlmd, Component::SeaweedFs, Component::KfpVenv]);
            return None;
        };
        let driver = kfp_common::test_util::sibling_binary(
            Path::new(env!("CARGO_BIN_EXE_launcher")),
            "driver",
        )?;
        Some(Self {
            mlmd: (host, port),
            s3,
            venv: venv.into(),
            driver,
            api: FakeTaskService::start().await.unwrap(),
            scratch: tempfile::tempdir().unwrap(),
            env: Vec::new(),
            plugin: None,
            cache_disabled: false,
            spent: Default::default(),
        })
    }

    /// The same cluster with Argo's agent pod: every driver call a plugin
    /// request to one `driver serve`.
    async fn with_plugin_drivers(mut self) -> Self {
        let env = self.engine("unused").env;
        self.plugin = Some(PluginServer::start(&self.driver, &env).await);
        self
    }

    /// The namespace's `kfp-launcher` ConfigMap: the default MinIO provider
    /// at this SeaweedFS, keys from the environment.
    fn launcher_config(&self) -> PathBuf {
        let providers = format!(
            "minio:\n  default:\n    endpoint: {}\n    disableSSL: true\n    region: us-east-1\n    credentials:\n      fromEnv: true\n",
            self.s3.host_port()
        );
        let path = self.scratch.path().join("kfp-launcher.json");
        std::fs::write(
            &path,
            serde_json::json!({ "providers": providers }).to_string(),
        )
        .unwrap();
        path
    }

    fn engine(&self, namespace: &str) -> Binaries {
        let path = format!(
            "{}:{}",
            self.venv.join("bin").display(),
            std::env::var("PATH").unwrap_or_default()
        );
        Binaries {
            driver: self.driver.clone(),
            launcher: env!("CARGO_BIN_EXE_launcher").into(),
            env: vec![
                ("PATH".into(), path),
                ("PIP_NO_INDEX".into(), "1".into()),
                ("AWS_ACCESS_KEY_ID".into(), self.s3.access.clone()),
                ("AWS_SECRET_ACCESS_KEY".into(), self.s3.secret.clone()),
                (
                    "KFP_LAUNCHER_CONFIG_FILE".into(),
                    self.launcher_config().to_string_lossy().into_owned(),
                ),
            ]
            .into_iter()
            .chain(self.env.iter().cloned())
            .collect(),
            namespace: namespace.into(),
        }
    }

    async fn store(&self) -> MlmdStore {
        MlmdStore::connect(
            &self.mlmd.0,
            self.mlmd.1.parse().unwrap(),
            Default::default(),
        )
        .await
        .unwrap()
    }

    /// Run `pipeline` once as a new run.
    async fn run_fresh(
        &self,
        pipeline: &kfp_common::ir::Pipeline,
        namespace: &str,
        params: serde_json::Value,
    ) -> (Ended, i64, BTreeMap<String, kfp_local::TaskSummary>) {
        let run_id = uuid::Uuid::new_v4().to_string();
        self.run(pipeline, namespace, &run_id, params).await
    }

    /// Run `pipeline` once as run `run_id`.
    async fn run(
        &self,
        pipeline: &kfp_common::ir::Pipeline,
        namespace: &str,
        run_id: &str,
        params: serde_json::Value,
    ) -> (Ended, i64, BTreeMap<String, kfp_local::TaskSummary>) {
        let store = self.store().await;
        let engine = self.engine(namespace);
        let api = self.api.address();
        let flags = RunFlags {
            pipeline_name: pipeline.name().into(),
            run_id: run_id.into(),
            run_name: format!("{}-{}", pipeline.name(), &run_id[..8]),
            run_display_name: "e2e".into(),
            create_time: "2026-11-29T10:00:00Z".into(),
            mlmd_address: self.mlmd.0.clone(),
            mlmd_port: self.mlmd.1.clone(),
            api_address: api.ip().to_string(),
            api_port: api.port().to_string(),
            cache_disabled: self.cache_disabled,
            extra: Vec::new(),
        };
        let scratch = self.scratch.path().join(run_id);
        // The API server fills every missing root input with its default
        // before compiling (contract §7.1).
        let mut values = params.as_object().cloned().unwrap_or_default();
        let defs = pipeline.root().and_then(|r| r.input_definitions.clone());
        for (name, def) in defs.map(|d| d.parameters).unwrap_or_default() {
            if let (false, Some(d)) = (values.contains_key(&name), &def.default_value) {
                values.insert(name, kfp_common::executor_io::to_json(d));
            }
        }
        let config = serde_json::json!({ "parameterValues": values }).to_string();
        let (ended, spent) = match &self.plugin {
            None => {
                let engine = Timed::new(engine);
                let walk = Walk::new(pipeline, &store, &engine, flags, scratch, 2, signals());
                (walk.run(&config).await.unwrap(), engine.spent)
            }
            Some(server) => {
                let engine = Timed::new(server.engine(engine));
                let walk = Walk::new(pipeline, &store, &engine, flags, scratch, 2, signals());
                (walk.run(&config).await.unwrap(), engine.spent)
            }
        };
        self.spent
            .lock()
            .unwrap()
            .extend(spent.into_inner().unwrap());
        ended
    }
}

fn prop<'a>(e: &'a mlmd::Execution, key: &str) -> Option<&'a mlmd::Value> {
    e.custom_properties.get(key)
}

fn text(e: &mlmd::Execution, key: &str) -> String {
    prop(e, key)
        .and_then(value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn state_of(e: &mlmd::Execution) -> State {
    State::try_from(e.last_known_state.unwrap_or_default()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compiled_pipeline_runs_through_the_real_binaries() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    everything(&cluster).await;
}

/// Issue 18: the same pipeline, the same records and outputs, with every
/// driver call (ROOT_DAG, DAG, CONTAINER) a plugin request to one
/// `driver serve` that checks Argo's bearer token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compiled_pipeline_runs_with_plugin_drivers() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let mut cluster = cluster.with_plugin_drivers().await;
    everything(&cluster).await;
    let server = cluster.plugin.take().unwrap();
    assert!(
        server.requests() >= 40,
        "{} plugin requests",
        server.requests()
    );
    server.stop();
}

/// The `everything` pipeline's parameters: a file to import, uploaded for
/// `namespace`; and its URI.
async fn everything_params(cluster: &Cluster, namespace: &str) -> (serde_json::Value, String) {
    let bucket = cluster.s3.bucket("minio://mlpipeline/x").await;
    let imported = format!("minio://mlpipeline/e2e-imports/{namespace}/hello.txt");
    let local = cluster
        .scratch
        .path()
        .join(format!("hello-{namespace}.txt"));
    std::fs::write(&local, "hello import\n").unwrap();
    bucket.upload(&local, &imported).await.unwrap();
    (serde_json::json!({ "imported_uri": imported }), imported)
}

/// The `everything` pipeline twice (the second run all cache hits), and
/// what it leaves in MLMD and the bucket.
async fn everything(cluster: &Cluster) {
    let pipeline =
        kfp_common::ir::Pipeline::load(&workspace().join("e2e/pipelines/whole/everything.yaml"))
            .unwrap();
    let namespace = format!("e2e-{}", uuid::Uuid::new_v4());
    let (params, imported) = everything_params(cluster, &namespace).await;
    let bucket = cluster.s3.bucket("minio://mlpipeline/x").await;
    let run_id = uuid::Uuid::new_v4().to_string();
    let (ended, root_id, tasks) = cluster
        .run(&pipeline, &namespace, &run_id, params.clone())
        .await;
    assert_eq!(ended, Ended::Succeeded, "{tasks:#?}");
    let out = |t: &str| tasks[t].outputs.parameters.get("Output").cloned();
    assert_eq!(out("total"), Some(serde_json::json!(14)));
    assert_eq!(out("join-items"), Some(serde_json::json!("1,2,3")));
    assert_eq!(
        out("read-imported"),
        Some(serde_json::json!("hello import"))
    );
    assert_eq!(
        out("inner/condition-branches-1/condition-2/label"),
        Some(serde_json::json!("grade:high"))
    );
    assert_eq!(out("flaky"), Some(serde_json::json!("text on attempt 1")));
    // Structured IfPresent branches through the CONTAINER driver's patch.
    assert_eq!(tasks["shout"].outputs.parameters["out"], "text-! +! [!]");
    assert_eq!(tasks["shout-2"].outputs.parameters["out"], "text +none");

    // MLMD as the KFP UI reads it.
    let store = cluster.store().await;
    let run = store
        .get_run("everything", &run_id)
        .await
        .unwrap()
        .expect("the run context");
    let run_prop = |k: &str| value::str_property(&run.run.custom_properties, k).to_owned();
    assert_eq!(
        run_prop(keys::PIPELINE_ROOT),
        format!("minio://mlpipeline/v2/artifacts/everything/{run_id}")
    );
    let session = run_prop(keys::STORE_SESSION_INFO);
    assert!(session.contains(cluster.s3.host_port()), "{session}");
    assert_eq!(run_prop(keys::NAMESPACE), namespace);

    let executions = store.run_executions(&run, &[]).await.unwrap();
    let by_name = |name: &str| -> Vec<&mlmd::Execution> {
        executions
            .iter()
            .filter(|e| text(e, keys::TASK_NAME) == name)
            .collect()
    };
    let root = executions.iter().find(|e| e.id == Some(root_id)).unwrap();
    assert_eq!(root.name.as_deref(), Some(format!("run/{run_id}").as_str()));
    assert_eq!(state_of(root), State::Complete);
    // Every container task: a ContainerExecution, COMPLETE, pod recorded by
    // the launcher, its parent a DAG of this run, inputs and a fingerprint.
    for name in [
        "describe",
        "make-data",
        "train",
        "evaluate",
        "total",
        "join-items",
        "echo",
    ] {
        let found = by_name(name);
        assert_eq!(found.len(), 1, "{name}");
        let e = found[0];
        assert_eq!(state_of(e), State::Complete, "{name}: {e:?}");
        assert!(text(e, keys::POD_NAME).starts_with("everything-"), "{name}");
        assert_eq!(text(e, keys::NAMESPACE), namespace);
        assert!(!text(e, keys::CACHE_FINGERPRINT).is_empty(), "{name}");
        let parent = prop(e, keys::PARENT_DAG_ID)
            .and_then(value::as_int)
            .unwrap();
        assert!(executions.iter().any(|d| d.id == Some(parent)), "{name}");
    }
    // Caching off: no fingerprint; the loop DAG: three iterations.
    assert!(text(by_name("stamp")[0], keys::CACHE_FINGERPRINT).is_empty());
    assert_eq!(by_name("square").len(), 3);
    let looped = by_name("for-loop-2");
    let loop_dag = looped
        .iter()
        .find(|e| prop(e, keys::ITERATION_COUNT).is_some())
        .expect("the loop DAG");
    assert_eq!(
        prop(loop_dag, keys::ITERATION_COUNT).and_then(value::as_int),
        Some(3)
    );
    assert_eq!(state_of(loop_dag), State::Complete);
    // Untriggered branches.
    for branch in ["condition-3", "condition-4"] {
        let e = by_name(branch);
        assert_eq!(e.len(), 1, "{branch}");
        // KFP reads CANCELED as "not triggered" (contract §4).
        assert_eq!(state_of(e[0]), State::Canceled, "{branch} did not trigger");
    }

    // Artifacts: Dataset -> Model -> Metrics, linked by events, with URIs
    // under the run's root, digests and sizes, and their objects in the bucket.
    let id = |name: &str| by_name(name)[0].id.unwrap();
    let made = store
        .linked_artifacts(&[id("make-data")], Direction::Output)
        .await
        .unwrap();
    let data = made.iter().find(|l| l.key == "data").unwrap();
    let uri = data.artifact.uri.clone().unwrap();
    assert!(
        uri.starts_with(&format!(
            "minio://mlpipeline/v2/artifacts/everything/{run_id}/make-data/"
        )),
        "{uri}"
    );
    let digest = data
        .artifact
        .custom_properties
        .get(kfp_common::artifact::DIGEST)
        .and_then(value::as_str)
        .unwrap();
    assert!(digest.starts_with("sha256:"));
    let trained = store
        .linked_artifacts(&[id("train")], Direction::Any)
        .await
        .unwrap();
    let input = trained
        .iter()
        .find(|l| l.direction == Direction::Input && l.key == "data")
        .expect("train's INPUT event");
    assert_eq!(input.artifact.id, data.artifact.id, "the same Dataset");
    assert!(trained
        .iter()
        .any(|l| l.direction == Direction::Output && l.key == "model"));
    let evaluated = store
        .linked_artifacts(&[id("evaluate")], Direction::Output)
        .await
        .unwrap();
    let metrics = evaluated.iter().find(|l| l.key == "metrics").unwrap();
    assert_eq!(
        metrics
            .artifact
            .custom_properties
            .get("abs_error")
            .and_then(|v| match v.value {
                Some(mlmd::value::Value::DoubleValue(d)) => Some(d),
                _ => None,
            }),
        Some(0.0)
    );
    let probe = cluster.scratch.path().join("probe");
    let moved = bucket.download(&uri, &probe).await.unwrap();
    assert_eq!(moved.digest, digest, "the object is what MLMD says");
    // The importer reused nothing it should not have: one artifact, the URI.
    let importer = by_name("importer");
    assert_eq!(importer.len(), 1);
    let imported_out = store
        .linked_artifacts(&[importer[0].id.unwrap()], Direction::Output)
        .await
        .unwrap();
    assert_eq!(
        imported_out[0].artifact.uri.as_deref(),
        Some(imported.as_str())
    );

    // A second run: every cacheable task is a hit, through the KFP API cache.
    let second = uuid::Uuid::new_v4().to_string();
    let (ended, _, again) = cluster.run(&pipeline, &namespace, &second, params).await;
    assert_eq!(ended, Ended::Succeeded);
    for task in [
        "describe",
        "train",
        "total",
        "join-items",
        "echo",
        "flaky",
        "shout-2",
    ] {
        assert_eq!(again[task].state, "CACHED", "{task}");
    }
    assert_eq!(again["stamp"].state, "COMPLETE");
}

/// Issue 16 through the real binaries, MLMD and SeaweedFS:
/// `ignore_upstream_failure()` consumers of a task that failed before
/// writing its outputs run with their defaults, and a `dsl.Collected` over
/// nested loops keeps one list per loop level.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignored_upstream_failures_and_nested_collected_through_the_real_binaries() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let load = |name: &str| {
        kfp_common::ir::Pipeline::load(&workspace().join("e2e/pipelines/whole").join(name)).unwrap()
    };
    let namespace = format!("e2e-{}", uuid::Uuid::new_v4());

    let pipeline = load("upstream_failure.yaml");
    let (ended, _, tasks) = cluster
        .run_fresh(&pipeline, &namespace, serde_json::json!({}))
        .await;
    assert_eq!(ended, Ended::Failed, "breaks fails: {tasks:#?}");
    assert_eq!(tasks["breaks"].state, "FAILED");
    let received = |task: &str| -> serde_json::Value {
        assert_eq!(tasks[task].state, "COMPLETE", "{task}: {tasks:#?}");
        serde_json::from_str(tasks[task].outputs.parameters["Output"].as_str().unwrap()).unwrap()
    };
    assert_eq!(
        received("received"),
        serde_json::json!({"text": "fallback", "count": 7, "data": null})
    );
    assert_eq!(
        received("received-nested/received"),
        serde_json::json!({"text": "nested-fallback", "count": 7, "data": null})
    );
    assert_eq!(
        received("received-2"),
        serde_json::json!({"text": "boom", "count": 5, "data": "0,1\n1,3\n"})
    );

    let pipeline = load("nested_collected.yaml");
    let (ended, _, tasks) = cluster
        .run_fresh(&pipeline, &namespace, serde_json::json!({}))
        .await;
    assert_eq!(ended, Ended::Succeeded, "{tasks:#?}");
    let out = |t: &str| tasks[t].outputs.parameters["Output"].clone();
    let rows: serde_json::Value = serde_json::from_str(out("grid").as_str().unwrap()).unwrap();
    assert_eq!(rows, serde_json::json!([[10, 20], [20, 40], [30, 60]]));
    for i in 0..3 {
        assert_eq!(
            out(&format!("for-loop-2/iteration-{i}/total")),
            serde_json::json!(30 * (i + 1))
        );
    }
    assert_eq!(out("total-2"), serde_json::json!(180));
    assert_eq!(out("join-items"), serde_json::json!("10,20,20,40,30,60"));
}

/// Wall time of every driver and launcher process the walk starts.
struct Timed<E> {
    inner: E,
    spent: std::sync::Mutex<Vec<(String, std::time::Duration)>>,
}

impl<E> Timed<E> {
    fn new(inner: E) -> Self {
        Timed {
            inner,
            spent: Default::default(),
        }
    }
}

impl<E: kfp_local::pipeline::engine::Engine> kfp_local::pipeline::engine::Engine for Timed<E> {
    async fn driver(
        &self,
        argv: &[String],
    ) -> Result<kfp_driver::outputs::Outputs, kfp_local::pipeline::WalkError> {
        let kind = argv
            .iter()
            .position(|a| a == "--type")
            .map(|i| argv[i + 1].clone())
            .unwrap_or_default();
        let t = std::time::Instant::now();
        let out = self.inner.driver(argv).await;
        self.spent.lock().unwrap().push((kind, t.elapsed()));
        out
    }

    async fn launcher(
        &self,
        task: &str,
        argv: &[String],
        env: &[(String, String)],
        volumes: &[kfp_local::BindMount],
    ) -> Result<i32, kfp_local::pipeline::WalkError> {
        let t = std::time::Instant::now();
        let out = self.inner.launcher(task, argv, env, volumes).await;
        self.spent
            .lock()
            .unwrap()
            .push(("launcher".into(), t.elapsed()));
        out
    }
}

/// `driver serve`, the real binary, as the plugin sidecar of Argo's agent
/// pod: its token file where Argo mounts one, stopped with SIGTERM.
struct PluginServer {
    child: std::process::Child,
    url: String,
    token: String,
    http: reqwest::Client,
    requests: std::sync::atomic::AtomicUsize,
    _dir: tempfile::TempDir,
}

impl PluginServer {
    async fn start(driver: &Path, env: &[(String, String)]) -> PluginServer {
        kfp_common::install_crypto_provider();
        let dir = tempfile::tempdir().unwrap();
        let token = uuid::Uuid::new_v4().to_string();
        std::fs::write(dir.path().join("token"), &token).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = std::process::Command::new(driver)
            .args([
                "serve",
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--token-file",
            ])
            .arg(dir.path().join("token"))
            .envs(env.iter().map(|(k, v)| (k, v)))
            .spawn()
            .unwrap();
        let server = PluginServer {
            child,
            url: format!("http://127.0.0.1:{port}"),
            token,
            http: reqwest::Client::new(),
            requests: Default::default(),
            _dir: dir,
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let ready = server
                .http
                .get(format!("{}/healthz", server.url))
                .send()
                .await;
            if ready.is_ok_and(|r| r.status() == 200) {
                return server;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "driver serve did not become ready"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    fn requests(&self) -> usize {
        self.requests.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Drivers through this server, launchers through `launchers`.
    fn engine(&self, launchers: Binaries) -> PluginDrivers<'_> {
        PluginDrivers {
            server: self,
            launchers,
        }
    }
}

impl PluginServer {
    /// SIGTERM, as the kubelet stops the agent pod: the server drains and
    /// exits 0 (though this test process, its parent, blocks SIGTERM for
    /// the launchers' sake and the child inherits that mask).
    fn stop(mut self) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "driver serve ignored SIGTERM"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        assert!(status.success(), "driver serve: {status}");
    }
}

impl Drop for PluginServer {
    /// A test that failed half-way: no server left behind.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Plays Argo's agent: each driver command line the compiler wrote goes
/// through `rewrite-workflow`'s conversion into a plugin template, whose
/// reply's parameters are the driver's outputs.
struct PluginDrivers<'a> {
    server: &'a PluginServer,
    launchers: Binaries,
}

impl kfp_local::pipeline::engine::Engine for PluginDrivers<'_> {
    async fn driver(
        &self,
        argv: &[String],
    ) -> Result<kfp_driver::outputs::Outputs, kfp_local::pipeline::WalkError> {
        use kfp_driver::{outputs::Outputs, plugin};
        let namespace = &self.launchers.namespace;
        let mut args = kfp_driver::rewrite::plugin_args(argv).unwrap();
        args.insert("namespace".into(), namespace.clone().into());
        let driver_type = match args["type"].as_str().unwrap() {
            "ROOT_DAG" => "ROOT_DAG",
            "DAG" => "DAG",
            _ => "CONTAINER",
        };
        // What the compiled template declares: a parameter per output
        // file, and the execution id the walk wants (as `Binaries` asks).
        let outputs: Vec<serde_json::Value> = Outputs::default()
            .values()
            .iter()
            .filter(|v| v.parameter == "execution-id" || argv.contains(&format!("--{}", v.flag)))
            .map(|v| serde_json::json!({ "name": v.parameter }))
            .collect();
        let request = serde_json::json!({
            "workflow": {"metadata": {"name": "e2e", "namespace": namespace, "uid": "e2e-uid"}},
            "template": {
                "name": format!("system-{}-driver", driver_type.to_lowercase()),
                "outputs": {"parameters": outputs},
                "plugin": {"driver-plugin": {"args": args}},
            },
        });
        self.server
            .requests
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let response = self
            .server
            .http
            .post(format!(
                "{}{}",
                self.server.url,
                kfp_driver::serve::EXECUTE_PATH
            ))
            .bearer_auth(&self.server.token)
            .body(request.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let reply: plugin::Reply = serde_json::from_str(&response.text().await.unwrap()).unwrap();
        let parameters = reply.node.outputs.map(|o| o.parameters).unwrap_or_default();
        let outputs = Outputs::from_texts(|name, _| {
            parameters
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.value.clone())
        });
        match reply.node.phase.as_str() {
            "Succeeded" => Ok(outputs),
            _ => Err(kfp_local::pipeline::WalkError::Driver {
                driver_type,
                execution: outputs.execution_id,
                source: reply.node.message.into(),
            }),
        }
    }

    async fn launcher(
        &self,
        task: &str,
        argv: &[String],
        env: &[(String, String)],
        volumes: &[kfp_local::BindMount],
    ) -> Result<i32, kfp_local::pipeline::WalkError> {
        self.launchers.launcher(task, argv, env, volumes).await
    }
}

/// `make bench-task-overhead` (KFP_BENCH_OVERHEAD=1): per-task cost of
/// driver + launcher (+ its publish) for a `true` container step, through
/// the real binaries, MLMD and SeaweedFS, by phase. Prints
/// `task-overhead:` lines for e2e/bench/task_overhead.py; asserts only that
/// the run worked (speed is for the benchmark to report, not to test).
/// ParallelFor over a list of artifacts through the real driver: the DAG
/// driver counts the iterations and hands each its artifact, in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_for_over_artifacts_through_the_real_binaries() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let pipeline =
        kfp_common::ir::Pipeline::load(&workspace().join("e2e/pipelines/whole/artifact_loop.yaml"))
            .unwrap();
    let namespace = format!("e2e-{}", uuid::Uuid::new_v4());
    let (ended, _, tasks) = cluster
        .run_fresh(&pipeline, &namespace, serde_json::json!({}))
        .await;
    assert_eq!(ended, Ended::Succeeded, "{tasks:#?}");
    assert_eq!(
        tasks["join-texts"].outputs.parameters.get("Output"),
        Some(&serde_json::json!("item 3,item 1,item 2"))
    );
    let reads = tasks.keys().filter(|t| t.ends_with("/read-text")).count();
    assert_eq!(reads, 3, "{:?}", tasks.keys().collect::<Vec<_>>());
}

/// An importer of an `s3://` URI outside the pipeline root: its consumer
/// opens that bucket from the environment alone (the importer records
/// `fromEnv` session info), here an S3-compatible endpoint in
/// `AWS_ENDPOINT_URL_S3` that needs path-style requests. A URI with nothing
/// behind it fails the consumer's download naming the URI, instead of
/// handing the step an empty path.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imported_uri_outside_the_root_opens_from_the_environment() {
    let Some(mut cluster) = Cluster::start().await else {
        return;
    };
    cluster
        .env
        .push(("AWS_ENDPOINT_URL_S3".into(), cluster.s3.endpoint.clone()));
    let pipeline =
        kfp_common::ir::Pipeline::load(&workspace().join("e2e/pipelines/whole/s3_import.yaml"))
            .unwrap();
    let namespace = format!("e2e-{}", uuid::Uuid::new_v4());
    let prefix = format!("e2e-import/{}", uuid::Uuid::new_v4());
    let file = cluster.scratch.path().join("import.txt");
    std::fs::write(&file, "from another bucket").unwrap();
    let root_bucket = format!("minio://{}", cluster.s3.bucket);
    cluster
        .s3
        .bucket(&root_bucket)
        .await
        .upload(&file, &format!("{root_bucket}/{prefix}/data.txt"))
        .await
        .unwrap();
    // The same bucket under another scheme: not the root's, so no session
    // info of the run applies to it.
    let uri = format!("s3://{}/{prefix}/data.txt", cluster.s3.bucket);
    let (ended, _, tasks) = cluster
        .run_fresh(&pipeline, &namespace, serde_json::json!({ "uri": uri }))
        .await;
    assert_eq!(ended, Ended::Succeeded, "{tasks:#?}");
    assert_eq!(
        tasks["read-text"].outputs.parameters.get("Output"),
        Some(&serde_json::json!("from another bucket"))
    );

    let missing = format!("s3://{}/{prefix}/missing.txt", cluster.s3.bucket);
    let (ended, _, tasks) = cluster
        .run_fresh(&pipeline, &namespace, serde_json::json!({ "uri": missing }))
        .await;
    assert_eq!(ended, Ended::Failed, "{tasks:#?}");
    let read = &tasks["read-text"];
    assert_eq!(read.state, "FAILED", "{tasks:#?}");
    let error = read.error.as_deref().unwrap_or_default();
    assert!(
        error.contains(&missing) && error.contains("\"data\""),
        "the error names the input and the URI: {error}"
    );
}

/// One artifact as two inputs, and twice in a Collected list (a cache hit
/// of an earlier iteration): the real engine refuses a second INPUT event
/// per artifact and execution, so each is one event that reads back as
/// every use, in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_artifact_as_several_inputs_through_the_real_binaries() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let pipeline = kfp_common::ir::Pipeline::load(
        &workspace().join("e2e/pipelines/whole/same_artifact_twice.yaml"),
    )
    .unwrap();
    let namespace = format!("e2e-{}", uuid::Uuid::new_v4());
    let (ended, _, tasks) = cluster
        .run_fresh(&pipeline, &namespace, serde_json::json!({}))
        .await;
    assert_eq!(ended, Ended::Succeeded, "{tasks:#?}");
    let out = |t: &str| tasks[t].outputs.parameters.get("Output").cloned();
    assert_eq!(out("pair"), Some(serde_json::json!("item 1|item 1")));
    assert_eq!(
        out("join-items"),
        Some(serde_json::json!("item 7,item 8,item 7"))
    );
    assert_eq!(tasks["for-loop-2/iteration-2/make-text-2"].state, "CACHED");
    let store = cluster.store().await;
    let inputs = store
        .linked_artifacts(&[tasks["pair"].execution_id], Direction::Input)
        .await
        .unwrap();
    let uses: Vec<_> = inputs
        .iter()
        .map(|l| (l.key.as_str(), l.artifact.id))
        .collect();
    assert_eq!(uses.len(), 2, "{uses:?}");
    assert_eq!((uses[0].0, uses[1].0), ("a", "b"));
    assert_eq!(uses[0].1, uses[1].1, "the same artifact under both names");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn task_overhead_by_phase() {
    if std::env::var_os("KFP_BENCH_OVERHEAD").is_none() {
        eprintln!("skipping: a benchmark (make bench-task-overhead sets KFP_BENCH_OVERHEAD)");
        return;
    }
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let pipeline =
        kfp_common::ir::Pipeline::load(&workspace().join("e2e/pipelines/whole/noop5.yaml"))
            .unwrap();
    let rounds: usize = std::env::var("KFP_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let store = cluster.store().await;
    for round in 0..rounds {
        let namespace = format!("bench-{}", uuid::Uuid::new_v4());
        let run_id = uuid::Uuid::new_v4().to_string();
        let engine = Timed::new(cluster.engine(&namespace));
        let api = cluster.api.address();
        let flags = RunFlags {
            pipeline_name: pipeline.name().into(),
            run_id: run_id.clone(),
            run_name: format!("noop5-{}", &run_id[..8]),
            run_display_name: "bench".into(),
            create_time: "2026-11-29T10:00:00Z".into(),
            mlmd_address: cluster.mlmd.0.clone(),
            mlmd_port: cluster.mlmd.1.clone(),
            api_address: api.ip().to_string(),
            api_port: api.port().to_string(),
            cache_disabled: true,
            extra: Vec::new(),
        };
        let walk = Walk::new(
            &pipeline,
            &store,
            &engine,
            flags,
            cluster.scratch.path().join(&run_id),
            1,
            signals(),
        );
        let (ended, _, tasks) = walk.run("{}").await.unwrap();
        assert_eq!(ended, Ended::Succeeded, "{tasks:#?}");
        let ids: Vec<i64> = tasks.values().map(|t| t.execution_id).collect();
        let executions = store.get_executions(&ids).await.unwrap();
        let ms = |e: &mlmd::Execution, k: &str| prop(e, k).and_then(value::as_int).unwrap_or(0);
        for e in &executions {
            println!(
                "task-overhead: round {round} phases setup {} download {} run {} upload {}",
                ms(e, "setup_ms"),
                ms(e, "download_ms"),
                ms(e, "run_ms"),
                ms(e, "upload_ms"),
            );
        }
        for (kind, spent) in engine.spent.lock().unwrap().iter() {
            println!(
                "task-overhead: round {round} process {kind} {:.1}",
                spent.as_secs_f64() * 1000.0
            );
        }
    }
}

/// `make bench-plugin` (KFP_BENCH_PLUGIN=1): the same runs, caching off,
/// with drivers as processes (what a driver pod runs, minus the pod) and
/// as plugin requests to one `driver serve`, interleaved round by round;
/// every driver call's wall time as `driver-call:` lines for
/// e2e/bench/plugin.py. Then 50 ROOT_DAG requests at once, and the
/// server's resident memory (`serve-rss:`). Asserts only that the runs
/// worked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn driver_calls_process_vs_plugin() {
    if std::env::var_os("KFP_BENCH_PLUGIN").is_none() {
        eprintln!("skipping: a benchmark (make bench-plugin sets KFP_BENCH_PLUGIN)");
        return;
    }
    let (Some(mut process), Some(plugin)) = (Cluster::start().await, Cluster::start().await) else {
        return;
    };
    process.cache_disabled = true;
    let mut plugin = plugin.with_plugin_drivers().await;
    plugin.cache_disabled = true;
    let rounds: usize = std::env::var("KFP_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let load = |name: &str| {
        kfp_common::ir::Pipeline::load(
            &workspace().join(format!("e2e/pipelines/whole/{name}.yaml")),
        )
        .unwrap()
    };
    let pipelines = [
        ("everything", load("everything")),
        ("loop100", load("loop100")),
    ];
    for round in 0..rounds {
        for (name, pipeline) in &pipelines {
            for (mode, cluster) in [("process", &process), ("plugin", &plugin)] {
                let namespace = format!("bench-{}", uuid::Uuid::new_v4());
                let params = match *name {
                    "everything" => everything_params(cluster, &namespace).await.0,
                    _ => serde_json::json!({}),
                };
                let (ended, _, tasks) = cluster.run_fresh(pipeline, &namespace, params).await;
                assert_eq!(ended, Ended::Succeeded, "{mode} {name}: {tasks:#?}");
                for (kind, spent) in std::mem::take(&mut *cluster.spent.lock().unwrap()) {
                    if kind != "launcher" {
                        println!(
                            "driver-call: round {round} {mode} {name} {kind} {:.2}",
                            spent.as_secs_f64() * 1000.0
                        );
                    }
                }
            }
        }
    }
    let server = plugin.plugin.as_ref().unwrap();
    let rss = |field: &str| -> u64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", server.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    };
    let before = rss("VmRSS:");
    let engine = server.engine(plugin.engine("bench-rss"));
    let requests: Vec<_> = (0..50)
        .map(|_| {
            let run_id = uuid::Uuid::new_v4().to_string();
            let argv: Vec<String> = [
                "--type",
                "ROOT_DAG",
                "--pipeline_name",
                "rss",
                "--run_id",
                &run_id,
                "--run_name",
                "rss",
                "--run_display_name",
                "rss",
                "--component",
                "{}",
                "--runtime_config",
                "{}",
                "--iteration_index",
                "-1",
                "--mlmd_server_address",
                &plugin.mlmd.0,
                "--mlmd_server_port",
                &plugin.mlmd.1,
                "--execution_id_path",
                "/tmp/outputs/execution-id",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            argv
        })
        .collect();
    let started = std::time::Instant::now();
    // All 50 in flight at once, polled together in this task.
    use kfp_local::pipeline::engine::Engine;
    let ids = futures::future::join_all(requests.iter().map(|argv| engine.driver(argv))).await;
    assert!(ids
        .iter()
        .all(|r| r.as_ref().unwrap().execution_id.is_some()));
    println!(
        "serve-rss: before {before} kB, after 50 concurrent ROOT_DAG requests {} kB, peak {} kB, burst {:.0} ms",
        rss("VmRSS:"),
        rss("VmHWM:"),
        started.elapsed().as_secs_f64() * 1000.0
    );
}
