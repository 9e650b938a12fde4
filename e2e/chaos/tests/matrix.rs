#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The reliability matrix: each fault at each phase of a task, through the
//! real `driver` and `launcher` binaries, against the real MLMD engine and
//! SeaweedFS with a [`FaultProxy`] in front of each (and of the KFP API's
//! cache service, played by the in-process fake).
//!
//! The pipeline is `e2e/pipelines/whole/chaos.yaml`: `produce` writes a
//! 20 MiB dataset (a multipart upload) whose content is always the same,
//! and `consume`, inside a condition DAG, downloads it and checks its
//! SHA-256. After each cell the operator's repair runs (`publisher
//! close-out`'s library, every pod gone, the run over), and then every
//! cell must show, whatever its fault:
//!
//! - its fault was reached (the rule fired, the signal was sent);
//! - the outcome expected of that fault: retried to success, a clean
//!   `FAILED` naming the cause, or `RUNNING` left by a killed process and
//!   repaired by close-out;
//! - 0 task executions left `RUNNING`; 0 duplicate executions, output
//!   artifacts or events; 0 objects under the run's prefix that are not
//!   the complete dataset; every recorded artifact's object present with
//!   its recorded digest; 0 panics (exit code 101 or SIGABRT).
//!
//! `make test` runs the cells marked quick; `make chaos` runs them all and
//! rewrites RELIABILITY.md (`KFP_CHAOS=all`, `KFP_CHAOS_REPORT=FILE`).

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    sync::{
        atomic::{AtomicBool, Ordering},
        Mutex, OnceLock,
    },
    time::{Duration, Instant},
};

use kfp_chaos::{Fault, FaultProxy, Protocol, Rule};
use kfp_common::{
    cache::api::fake::FakeTaskService,
    metadata::{grpc::MlmdStore, keys, value, Direction, MetadataBackend},
    proto::ml_metadata::execution::State,
    test_s3::S3Env,
    test_util::{self, Component},
};
use kfp_driver::outputs::Outputs;
use kfp_local::pipeline::{
    argv::RunFlags,
    engine::{Binaries, Engine},
    Ended, Walk, WalkError,
};
use kfp_publisher::closeout::{close_out, Options, PodFate, Pods};
use kfp_step::init::Signals;
use nix::sys::signal::Signal;
use sha2::{Digest, Sha256};

/// `produce`'s dataset at `mib=20`: the same bytes in every run.
const DATASET_SHA256: &str = "0ddb0d8ea4d1d7c2dc5156cd3e121a632a6390872eb3c7f5e2824ead77acc69a";
const DATASET_BYTES: u64 = 20 << 20;
/// Cells run side by side (each with its own proxies and namespace).
const AT_ONCE: usize = 3;

fn signals() -> &'static Signals {
    static SIGNALS: OnceLock<Signals> = OnceLock::new();
    SIGNALS.get_or_init(|| Signals::block().expect("block signals"))
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

// ---------------------------------------------------------------------------
// The cells.

/// Which proxy a fault goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Mlmd,
    S3,
    /// The KFP API's task service: the cache.
    Api,
}

/// Which process a signal goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Process {
    Driver,
    Launcher,
    /// Everything the launcher started (an OOM kill of the container's
    /// processes).
    User,
}

#[derive(Debug, Clone)]
enum Inject {
    /// A proxy rule.
    Rule(Target, Rule),
    /// A partition of `Target` from the moment the rule's request arrives,
    /// healing after the duration (or never).
    Partition(Target, Rule, Option<Duration>),
    /// When the rule's request is held (or its answer, with
    /// [`Fault::HoldAnswer`]), `signal` to the process of `task`; then the
    /// hold is released.
    Signal(Target, Rule, Process, &'static str, Signal),
    /// As [`Inject::Signal`], but `Target` stays partitioned from then on:
    /// the stopped process must give up on it within its own budget.
    SignalStuck(Target, Rule, Process, &'static str, Signal),
    /// While `task`'s user process runs (it sleeps), `signal` to a process.
    WhileRunning(Process, &'static str, Signal),
    /// The run's output volume holds this many bytes (a tmpfs mounted
    /// where the launchers write the run's local outputs): full before the
    /// dataset is written.
    DiskFull(u64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Retried: the run succeeds, the consumer checked the digest.
    Succeeds,
    /// The run fails and `task`'s execution is `FAILED` with an error that
    /// contains the text; close-out finds nothing to repair.
    FailsCleanly(&'static str, &'static str),
    /// The process died leaving `task` `RUNNING`; close-out closed it
    /// `FAILED`.
    Repaired(&'static str),
    /// The effect landed before the process died: `task` is `COMPLETE`
    /// (its publish happened) though its pod failed.
    Landed(&'static str),
}

impl Inject {
    /// The proxy whose rule marks the phase, if any.
    fn target(&self) -> Option<Target> {
        match self {
            Inject::Rule(t, _)
            | Inject::Partition(t, _, _)
            | Inject::Signal(t, _, _, _, _)
            | Inject::SignalStuck(t, _, _, _, _) => Some(*t),
            Inject::WhileRunning(..) | Inject::DiskFull(_) => None,
        }
    }
}

impl Expect {
    fn describe(&self) -> String {
        match self {
            Expect::Succeeds => "retried, run succeeds".into(),
            Expect::FailsCleanly(task, _) => format!("`{task}` FAILED with the cause"),
            Expect::Repaired(task) => format!("`{task}` RUNNING, close-out → FAILED"),
            Expect::Landed(task) => format!("`{task}` COMPLETE (publish landed)"),
        }
    }
}

struct Cell {
    phase: &'static str,
    fault: String,
    inject: Inject,
    expect: Expect,
    /// Part of `make test` (the rest only under `make chaos`).
    quick: bool,
    /// `produce`'s sleep, for faults while the user process runs.
    seconds: u32,
}

const MLMD: &str = "/ml_metadata.MetadataStoreService/";

/// Kubernetes' default `terminationGracePeriodSeconds`.
const GRACE: Duration = Duration::from_secs(30);

/// The cells `make test` runs (phase, start of the fault's name): one of
/// each kind of fault and outcome, about half a minute.
const QUICK: &[(&str, &str)] = &[
    ("driver publish", "UNAVAILABLE"),
    ("pre-publish", "connection reset"),
    ("cache entry", "connection reset"),
    ("download", "half-closed"),
    ("upload (mid-multipart)", "reset after"),
    ("upload (complete)", "503 SlowDown"),
    ("upload (mid-multipart)", "500 InternalError, every time"),
    ("download", "403"),
    ("driver publish", "SIGKILL"),
    ("pre-publish", "SIGTERM"),
    ("publish", "SIGKILL"),
    ("run", "user process"),
];

/// Requests that mark each phase, for this pipeline's order of calls
/// (tasks run one after the other: produce, the condition's DAG driver,
/// consume).
mod at {
    use super::*;

    fn mlmd(method: &str, fault: Fault) -> Rule {
        Rule::new(fault).rpc(&format!("{MLMD}{method}"))
    }
    /// consume's driver reads produce's artifact (the DAG driver read it first).
    pub fn driver_resolve(f: Fault) -> (Target, Rule) {
        (Target::Mlmd, mlmd("GetArtifactsByID", f).skip(1))
    }
    /// consume's driver creates its execution.
    pub fn driver_publish(f: Fault) -> (Target, Rule) {
        (Target::Mlmd, mlmd("PutExecution", f).body(b"consume"))
    }
    /// consume's driver asks the cache.
    pub fn cache_lookup(f: Fault) -> (Target, Rule) {
        let path = "/api.TaskService/ListTasksV1";
        (Target::Api, Rule::new(f).rpc(path).skip(1))
    }
    /// consume's launcher reads its execution's contexts.
    pub fn launcher_open(f: Fault) -> (Target, Rule) {
        (Target::Mlmd, mlmd("GetContextsByExecution", f).skip(4))
    }
    /// consume's launcher records its pod.
    pub fn pre_publish(f: Fault) -> (Target, Rule) {
        (Target::Mlmd, mlmd("PutExecutions", f).body(b"consume"))
    }
    /// consume's launcher reads the dataset (first ranged read).
    pub fn download(f: Fault) -> (Target, Rule) {
        let rule = Rule::new(f).method("GET").path("/produce/");
        (Target::S3, rule)
    }
    /// produce's launcher sends the second of three parts.
    pub fn upload_part(f: Fault) -> (Target, Rule) {
        let rule = Rule::new(f).method("PUT").query("partNumber=2");
        (Target::S3, rule)
    }
    /// produce's launcher completes the multipart upload.
    pub fn upload_complete(f: Fault) -> (Target, Rule) {
        let rule = Rule::new(f).method("POST").query("uploadId=");
        (Target::S3, rule)
    }
    /// consume's launcher publishes (its second PutExecution).
    pub fn publish(f: Fault) -> (Target, Rule) {
        (
            Target::Mlmd,
            mlmd("PutExecution", f).body(b"consume").skip(1),
        )
    }
    /// consume's launcher writes the cache entry.
    pub fn cache_entry(f: Fault) -> (Target, Rule) {
        let path = "/api.TaskService/CreateTaskV1";
        (Target::Api, Rule::new(f).rpc(path).skip(1))
    }
    /// consume's launcher completes the condition DAG (the third
    /// PutExecutions: produce's and consume's pre-publish come first).
    pub fn dag_propagation(f: Fault) -> (Target, Rule) {
        (Target::Mlmd, mlmd("PutExecutions", f).skip(2))
    }
}

fn cells() -> Vec<Cell> {
    use Expect::*;
    type Phase = fn(Fault) -> (Target, Rule);
    let mut cells = Vec::new();
    let mut add = |phase: &'static str, fault: String, inject, expect| {
        cells.push(Cell {
            phase,
            fault,
            inject,
            expect,
            quick: false,
            seconds: 0,
        })
    };
    let mlmd_phases: [(&str, Phase); 6] = [
        ("driver resolve", at::driver_resolve),
        ("driver publish", at::driver_publish),
        ("launcher open", at::launcher_open),
        ("pre-publish", at::pre_publish),
        ("publish", at::publish),
        ("DAG propagation", at::dag_propagation),
    ];
    let s3_phases: [(&str, Phase); 3] = [
        ("download", at::download),
        ("upload (mid-multipart)", at::upload_part),
        ("upload (complete)", at::upload_complete),
    ];
    let api_phases: [(&str, Phase); 2] = [
        ("cache lookup", at::cache_lookup),
        ("cache entry", at::cache_entry),
    ];
    // Transient faults of the services: retried to success everywhere.
    for (phase, at) in mlmd_phases.iter().chain(&api_phases) {
        for fault in [
            Fault::UNAVAILABLE,
            Fault::Reset,
            Fault::Delay(Duration::from_secs(2)),
        ] {
            let (target, rule) = at(fault.clone());
            add(phase, fault.label(), Inject::Rule(target, rule), Succeeds);
        }
    }
    for (phase, at) in &mlmd_phases {
        let (target, rule) = at(Fault::ABORTED);
        add(
            phase,
            Fault::ABORTED.label(),
            Inject::Rule(target, rule),
            Succeeds,
        );
    }
    for (phase, at) in &s3_phases {
        for fault in [
            Fault::SLOW_DOWN,
            Fault::INTERNAL_ERROR,
            Fault::TOO_MANY_REQUESTS,
            Fault::Reset,
            Fault::ResetAfterBody(1 << 20),
            Fault::HalfClose,
            Fault::Delay(Duration::from_secs(2)),
        ] {
            if matches!(fault, Fault::ResetAfterBody(_)) && *phase == "download" {
                continue;
            }
            let (target, rule) = at(fault.clone());
            add(phase, fault.label(), Inject::Rule(target, rule), Succeeds);
        }
    }
    // Partitions: one that heals within the retry budget, one that does not.
    for (phase, at) in [
        ("download", at::download as Phase),
        ("publish", at::publish),
    ] {
        let (target, rule) = at(Fault::HoldRequest);
        let heal = Some(Duration::from_secs(5));
        let inject = Inject::Partition(target, rule, heal);
        add(phase, "partition, heals after 5 s".into(), inject, Succeeds);
    }
    let (target, rule) = at::download(Fault::HoldRequest);
    add(
        "download",
        "partition, never heals".into(),
        Inject::Partition(target, rule, None),
        FailsCleanly("consume", "minio://"),
    );
    // Faults that do not go away: a clean FAILED naming the cause.
    let (target, rule) = at::upload_part(Fault::INTERNAL_ERROR);
    add(
        "upload (mid-multipart)",
        "500 InternalError, every time".into(),
        Inject::Rule(target, rule.always()),
        FailsCleanly("produce", "data"),
    );
    let denied = Fault::S3Error {
        status: 403,
        code: "AccessDenied",
    };
    let (target, rule) = at::download(denied);
    add(
        "download",
        "403 AccessDenied".into(),
        Inject::Rule(target, rule.always()),
        FailsCleanly("consume", "minio://"),
    );
    // Processes killed or stopped at a phase.
    let kill = |phase: Phase, fault: Fault, process, task, signal| {
        let (target, rule) = phase(fault);
        Inject::Signal(target, rule, process, task, signal)
    };
    for signal in [Signal::SIGKILL, Signal::SIGTERM] {
        let killed = signal == Signal::SIGKILL;
        let name = |who: &str, note: &str| format!("{} of the {who}{note}", signal.as_str());
        let stopped = |task| {
            if killed {
                Repaired(task)
            } else {
                FailsCleanly(task, "SIGTERM")
            }
        };
        // The driver has no SIGTERM handler: as its pod's PID 1 (and here,
        // with the walk's signal mask) SIGTERM does nothing, and its work
        // takes milliseconds.
        add(
            "driver publish",
            if killed {
                name("driver", " (execution created, answer not read)")
            } else {
                name("driver", " (not handled: it finishes)")
            },
            kill(
                at::driver_publish,
                Fault::HoldAnswer,
                Process::Driver,
                "consume",
                signal,
            ),
            if killed {
                Repaired("consume")
            } else {
                Succeeds
            },
        );
        add(
            "pre-publish",
            name("launcher", " (pod recorded, answer not read)"),
            kill(
                at::pre_publish,
                Fault::HoldAnswer,
                Process::Launcher,
                "consume",
                signal,
            ),
            stopped("consume"),
        );
        add(
            "download",
            name("launcher", ""),
            kill(
                at::download,
                Fault::HoldRequest,
                Process::Launcher,
                "consume",
                signal,
            ),
            stopped("consume"),
        );
        // Stopped while uploading what a finished step wrote, the launcher
        // finishes within the grace period rather than lose the outputs.
        add(
            "upload (mid-multipart)",
            if killed {
                name("launcher", "")
            } else {
                name("launcher", " (the step had finished: upload completes)")
            },
            kill(
                at::upload_part,
                Fault::HoldRequest,
                Process::Launcher,
                "produce",
                signal,
            ),
            if killed {
                Repaired("produce")
            } else {
                Succeeds
            },
        );
        add(
            "publish",
            name("launcher", " (publish sent, answer not read)"),
            kill(
                at::publish,
                Fault::HoldAnswer,
                Process::Launcher,
                "consume",
                signal,
            ),
            Landed("consume"),
        );
        add(
            "run",
            name("launcher", ""),
            Inject::WhileRunning(Process::Launcher, "produce", signal),
            stopped("produce"),
        );
    }
    // Stopped while uploading, with the store gone from then on: the upload
    // is given up 15 s after SIGTERM (UPLOAD_AFTER_STOP), and the task
    // published FAILED, inside the default grace period of 30 s.
    let (target, rule) = at::upload_part(Fault::HoldRequest);
    add(
        "upload (mid-multipart)",
        "SIGTERM of the launcher, the store unreachable from then on".into(),
        Inject::SignalStuck(target, rule, Process::Launcher, "produce", Signal::SIGTERM),
        FailsCleanly("produce", "did not finish within 15 s of it"),
    );
    // Stopped while publishing, with MLMD gone from then on: the launcher
    // gives the write its last word (10 s) and exits; close-out closes the
    // execution it could not.
    let (target, rule) = at::publish(Fault::HoldRequest);
    add(
        "publish",
        "SIGTERM of the launcher, MLMD unreachable from then on".into(),
        Inject::SignalStuck(target, rule, Process::Launcher, "consume", Signal::SIGTERM),
        Repaired("consume"),
    );
    add(
        "run",
        "output volume full (8 MiB for a 20 MiB dataset)".into(),
        Inject::DiskFull(8 << 20),
        FailsCleanly("produce", ""),
    );
    add(
        "run",
        "user process SIGKILLed (OOM)".into(),
        Inject::WhileRunning(Process::User, "produce", Signal::SIGKILL),
        FailsCleanly("produce", "SIGKILL"),
    );
    for cell in cells.iter_mut() {
        if matches!(cell.inject, Inject::WhileRunning(..)) {
            cell.seconds = 30;
        }
        cell.quick = QUICK
            .iter()
            .any(|(phase, fault)| cell.phase == *phase && cell.fault.starts_with(fault));
    }
    cells
}

// ---------------------------------------------------------------------------
// Running a cell.

/// The real services, found once.
struct Lab {
    mlmd: test_util::MlmdAddress,
    s3: S3Env,
    venv: PathBuf,
    driver: PathBuf,
    launcher: PathBuf,
    pipeline: kfp_common::ir::Pipeline,
}

impl Lab {
    fn find() -> Option<Self> {
        let (Some(mlmd), Some(venv)) = (test_util::mlmd(), test_util::kfp_venv()) else {
            return None;
        };
        if !test_util::available(&[Component::SeaweedFs]) {
            return None;
        }
        let s3 = S3Env::from_env()?;
        // target/<profile>/deps/matrix-… → target/<profile>/{driver,launcher}
        let me = std::env::current_exe().ok()?;
        let here = me.parent()?.with_file_name("launcher");
        let launcher = test_util::sibling_binary(&here, "launcher")?;
        let driver = test_util::sibling_binary(&here, "driver")?;
        let pipeline =
            kfp_common::ir::Pipeline::load(&workspace().join("e2e/pipelines/whole/chaos.yaml"))
                .expect("the chaos pipeline");
        Some(Self {
            mlmd,
            s3,
            venv,
            driver,
            launcher,
            pipeline,
        })
    }

    /// Where the engine listens, for a proxy in front of it.
    fn mlmd_addr(&self) -> std::net::SocketAddr {
        format!("{}:{}", self.mlmd.host, self.mlmd.port)
            .parse()
            .expect("KFP_MLMD_HOST:KFP_MLMD_PORT")
    }
}

/// One cell's proxies and fake cache service.
struct Rig {
    mlmd: FaultProxy,
    s3: FaultProxy,
    api: FaultProxy,
    _api: FakeTaskService,
}

impl Rig {
    async fn start(lab: &Lab) -> Self {
        let api = FakeTaskService::start().await.unwrap();
        let s3 = lab.s3.host_port().parse().unwrap();
        Self {
            mlmd: FaultProxy::start(lab.mlmd_addr(), Protocol::Grpc)
                .await
                .unwrap(),
            s3: FaultProxy::start(s3, Protocol::Http1).await.unwrap(),
            api: FaultProxy::start(api.address(), Protocol::Grpc)
                .await
                .unwrap(),
            _api: api,
        }
    }

    fn proxy(&self, target: Target) -> &FaultProxy {
        match target {
            Target::Mlmd => &self.mlmd,
            Target::S3 => &self.s3,
            Target::Api => &self.api,
        }
    }
}

/// The binaries, with every exit recorded (a panic is exit code 101, or
/// SIGABRT).
struct Recorder {
    inner: Binaries,
    exits: Mutex<Vec<(String, i32)>>,
}

impl Engine for Recorder {
    async fn driver(&self, argv: &[String]) -> Result<Outputs, WalkError> {
        let result = self.inner.driver(argv).await;
        if let Err(WalkError::DriverExit { code }) = &result {
            self.exits.lock().unwrap().push(("driver".into(), *code));
        }
        result
    }

    async fn launcher(
        &self,
        task: &str,
        argv: &[String],
        env: &[(String, String)],
        volumes: &[kfp_local::BindMount],
    ) -> Result<i32, WalkError> {
        let result = self.inner.launcher(task, argv, env, volumes).await;
        if let Ok(code) = &result {
            self.exits.lock().unwrap().push((task.into(), *code));
        }
        result
    }
}

/// Every pod of the run is gone (the walk is over).
struct AllGone;

impl Pods for AllGone {
    async fn fate(&self, _: &str) -> Result<PodFate, String> {
        Ok(PodFate::Gone)
    }
}

/// What a cell showed.
#[derive(Debug, Default)]
struct Outcome {
    ended: String,
    /// Final state and error of each task execution, by task name.
    tasks: BTreeMap<String, (String, String)>,
    closed: Vec<String>,
    running: usize,
    duplicates: Vec<String>,
    bad_objects: Vec<String>,
    panics: Vec<String>,
    reached: bool,
    /// What the fault's proxy saw, when its rule never fired: which
    /// requests the rule should have matched.
    requests: Vec<String>,
    seconds: f64,
    /// For a stop with the other side gone ([`Inject::SignalStuck`]): how
    /// long the stopped process took to exit after the signal.
    stop_took: Option<Duration>,
}

async fn run_cell(lab: &Lab, cell: &Cell) -> Outcome {
    let rig = Rig::start(lab).await;
    let scratch = tempfile::tempdir().unwrap();
    let run_id = uuid::Uuid::new_v4().to_string();
    let namespace = format!("chaos-{}", &run_id[..8]);
    let providers = format!(
        "minio:\n  default:\n    endpoint: {}\n    disableSSL: true\n    region: us-east-1\n    credentials:\n      fromEnv: true\n",
        rig.s3.addr()
    );
    let config = scratch.path().join("kfp-launcher.json");
    let providers = serde_json::json!({ "providers": providers }).to_string();
    std::fs::write(&config, providers).unwrap();
    let path = format!(
        "{}:{}",
        lab.venv.join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let engine = Recorder {
        inner: Binaries {
            driver: lab.driver.clone(),
            launcher: lab.launcher.clone(),
            env: vec![
                ("PATH".into(), path),
                ("PIP_NO_INDEX".into(), "1".into()),
                ("AWS_ACCESS_KEY_ID".into(), lab.s3.access.clone()),
                ("AWS_SECRET_ACCESS_KEY".into(), lab.s3.secret.clone()),
                (
                    "KFP_LAUNCHER_CONFIG_FILE".into(),
                    config.display().to_string(),
                ),
                ("METADATA_GRPC_SERVICE_HOST".into(), "127.0.0.1".into()),
                (
                    "METADATA_GRPC_SERVICE_PORT".into(),
                    rig.mlmd.addr().port().to_string(),
                ),
            ],
            namespace: namespace.clone(),
        },
        exits: Mutex::default(),
    };
    // The walk plays Argo, which does not talk to MLMD through our faults.
    let store = lab.mlmd.connect().await;
    let flags = RunFlags {
        pipeline_name: lab.pipeline.name().into(),
        run_id: run_id.clone(),
        run_name: namespace.clone(),
        run_display_name: "chaos".into(),
        create_time: "2026-12-07T10:00:00Z".into(),
        mlmd_address: "127.0.0.1".into(),
        mlmd_port: rig.mlmd.addr().port().to_string(),
        api_address: "127.0.0.1".into(),
        api_port: rig.api.addr().port().to_string(),
        cache_disabled: false,
        extra: Vec::new(),
    };
    let walk = Walk::new(
        &lab.pipeline,
        &store,
        &engine,
        flags,
        scratch.path().join("walk"),
        2,
        signals(),
    );
    let config = format!(
        r#"{{"parameterValues":{{"mib":20,"seconds":{}}}}}"#,
        cell.seconds
    );
    // Outputs land under /minio/<bucket>/<root path> (contract §5), as in
    // a pod; a small tmpfs there is a full output volume.
    let volume = PathBuf::from(format!(
        "/minio/mlpipeline/v2/artifacts/{}/{run_id}",
        lab.pipeline.name()
    ));
    let _mounted = match cell.inject {
        Inject::DiskFull(bytes) => Some(Tmpfs::mount(&volume, bytes)),
        _ => None,
    };
    let started = Instant::now();
    let done = tokio::sync::Notify::new();
    let walked = async {
        let result = walk.run(&config).await;
        done.notify_one();
        result
    };
    let reached = AtomicBool::new(false);
    let watcher = std::sync::Mutex::new(None);
    let injected = async {
        tokio::select! {
            _ = inject(&rig, &cell.inject, &run_id, &reached, &watcher) => {},
            _ = done.notified() => {},
        }
    };
    let (walked, ()) = tokio::join!(walked, injected);
    let reached = reached.load(Ordering::SeqCst);
    let watcher = watcher.lock().unwrap().take();
    let stop_took = match watcher {
        Some(w) => w.await.unwrap(),
        None => None,
    };
    let mut outcome = Outcome {
        ended: match &walked {
            Ok((ended, ..)) => format!("{ended:?}"),
            Err(e) => format!("walk error: {e}"),
        },
        reached,
        requests: match cell.inject.target() {
            Some(target) if !reached => rig
                .proxy(target)
                .log()
                .iter()
                .map(|seen| format!("{} {}?{}", seen.method, seen.path, seen.query))
                .collect(),
            _ => Vec::new(),
        },
        seconds: started.elapsed().as_secs_f64(),
        stop_took,
        ..Default::default()
    };
    if matches!(walked, Ok((Ended::Succeeded, ..))) && !succeeded_with_digest(&walked) {
        outcome.ended = "Succeeded without consume's digest".into();
    }
    for (who, code) in engine.exits.lock().unwrap().iter() {
        if *code == 101 || *code == 128 + Signal::SIGABRT as i32 {
            outcome.panics.push(format!("{who} exited {code}"));
        }
    }
    check_store(lab, &store, &run_id, &mut outcome).await;
    outcome
}

fn succeeded_with_digest(
    walked: &Result<(Ended, i64, BTreeMap<String, kfp_local::TaskSummary>), WalkError>,
) -> bool {
    let Ok((_, _, tasks)) = walked else {
        return false;
    };
    tasks
        .get("condition-1/consume")
        .and_then(|t| t.outputs.parameters.get("Output"))
        .is_some_and(|o| o == &serde_json::json!(DATASET_SHA256[..12]))
}

/// Apply the cell's fault; `reached` once it happened (the walk may end,
/// and this be dropped, before it returns).
/// `watcher` gets the task that times a stopped process's exit
/// ([`Inject::SignalStuck`]); it outlives the walk, which may end first.
async fn inject(
    rig: &Rig,
    inject: &Inject,
    run_id: &str,
    reached: &AtomicBool,
    watcher: &std::sync::Mutex<Option<tokio::task::JoinHandle<Option<Duration>>>>,
) {
    const LIMIT: Duration = Duration::from_secs(300);
    let reach = |happened: bool| reached.store(happened, Ordering::SeqCst);
    match inject {
        Inject::Rule(target, rule) => {
            let proxy = rig.proxy(*target);
            let index = proxy.add(rule.clone());
            reach(proxy.until_fired(index, LIMIT).await);
        }
        Inject::Partition(target, rule, heal) => {
            let proxy = rig.proxy(*target);
            let index = proxy.add(rule.clone());
            if proxy.until_held(index, LIMIT).await {
                proxy.partition(*heal);
                proxy.release();
                reach(true);
            }
        }
        Inject::Signal(target, rule, process, task, signal) => {
            let proxy = rig.proxy(*target);
            let index = proxy.add(rule.clone());
            if proxy.until_held(index, LIMIT).await {
                reach(send(*process, task, run_id, *signal));
                // What the process does next meets the held request or
                // answer as it was.
                tokio::time::sleep(Duration::from_millis(500)).await;
                proxy.release();
            }
        }
        Inject::SignalStuck(target, rule, process, task, signal) => {
            let proxy = rig.proxy(*target);
            let index = proxy.add(rule.clone());
            if proxy.until_held(index, LIMIT).await {
                proxy.partition(None);
                let sent = Instant::now();
                reach(send(*process, task, run_id, *signal));
                let (process, task, run_id) = (*process, *task, run_id.to_owned());
                *watcher.lock().unwrap() = Some(tokio::spawn(async move {
                    while sent.elapsed() < LIMIT {
                        if find(process, task, &run_id).is_none() {
                            return Some(sent.elapsed());
                        }
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                    None
                }));
            }
        }
        Inject::DiskFull(_) => reach(true),
        Inject::WhileRunning(process, task, signal) => {
            // The user process is up once the launcher has children.
            let deadline = Instant::now() + LIMIT;
            while Instant::now() < deadline {
                if let Some(launcher) = find(Process::Launcher, task, run_id) {
                    if !descendants(launcher).is_empty() {
                        tokio::time::sleep(Duration::from_secs(3)).await;
                        reach(send(*process, task, run_id, *signal));
                        return;
                    }
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// A tmpfs of a given size, unmounted (and its mount point removed) on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    /// Needs root (or CAP_SYS_ADMIN), as `make chaos` has here.
    fn mount(at: &Path, bytes: u64) -> Self {
        std::fs::create_dir_all(at).unwrap();
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "chaos-full"])
            .arg(at)
            .status()
            .expect("run mount");
        assert!(
            status.success(),
            "mount a tmpfs at {}: {status}",
            at.display()
        );
        Self(at.to_owned())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
        let _ = std::fs::remove_dir(&self.0);
    }
}

fn send(process: Process, task: &str, run_id: &str, signal: Signal) -> bool {
    use nix::unistd::Pid;
    let pids = match process {
        Process::User => find(Process::Launcher, task, run_id)
            .map(descendants)
            .unwrap_or_default(),
        other => find(other, task, run_id).into_iter().collect(),
    };
    for &pid in &pids {
        let _ = nix::sys::signal::kill(Pid::from_raw(pid), signal);
    }
    !pids.is_empty()
}

/// The driver or launcher process of `task` in run `run_id`: its program
/// is ours and its command line names the run and the task's executor.
fn find(process: Process, task: &str, run_id: &str) -> Option<i32> {
    let program = match process {
        Process::Driver => "driver",
        _ => "launcher",
    };
    let executor = format!("exec-{task}");
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let exe = std::fs::read_link(entry.path().join("exe")).unwrap_or_default();
        if exe.file_name().is_none_or(|n| n != program) {
            continue;
        }
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline);
        if cmdline.contains(run_id) && cmdline.contains(&executor) {
            return Some(pid);
        }
    }
    None
}

/// Every process below `pid`.
fn descendants(pid: i32) -> Vec<i32> {
    let mut parents = BTreeMap::<i32, Vec<i32>>::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(child) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // pid (comm) state ppid …: comm may hold spaces and parentheses.
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|p| p.parse::<i32>().ok());
        if let Some(ppid) = ppid {
            parents.entry(ppid).or_default().push(child);
        }
    }
    let mut found = Vec::new();
    let mut todo = vec![pid];
    while let Some(p) = todo.pop() {
        for &c in parents.get(&p).into_iter().flatten() {
            found.push(c);
            todo.push(c);
        }
    }
    found
}

/// Close out, then read what the run left in MLMD and SeaweedFS.
async fn check_store(lab: &Lab, store: &MlmdStore, run_id: &str, outcome: &mut Outcome) {
    let Some(run) = store.get_run(lab.pipeline.name(), run_id).await.unwrap() else {
        return;
    };
    let options = Options {
        execution_id: None,
        include_unstarted: true,
    };
    let closed = close_out(store, &AllGone, &run, &options).await.unwrap();
    outcome.closed = closed.iter().map(|c| c.task_name.clone()).collect();
    let executions = store.run_executions(&run, &[]).await.unwrap();
    let mut seen = BTreeMap::<String, usize>::new();
    for e in &executions {
        let name = value::str_property(&e.custom_properties, keys::TASK_NAME).to_owned();
        let state =
            State::try_from(e.last_known_state.unwrap_or_default()).unwrap_or(State::Unknown);
        let is_root = e.name.as_deref().is_some_and(|n| n.starts_with("run/"));
        // The root DAG is the API server's to close, as upstream.
        if state == State::Running && !is_root {
            outcome.running += 1;
        }
        *seen.entry(name.clone()).or_default() += 1;
        let error = value::str_property(&e.custom_properties, "error").to_owned();
        outcome
            .tasks
            .insert(name, (state.as_str_name().to_owned(), error));
    }
    for (name, n) in seen {
        if n > 1 {
            outcome
                .duplicates
                .push(format!("{n} executions of {name:?}"));
        }
    }
    let ids: Vec<_> = executions.iter().filter_map(|e| e.id).collect();
    let linked = store
        .linked_artifacts(&ids, Direction::Output)
        .await
        .unwrap();
    let mut outputs = BTreeMap::<(i64, String), usize>::new();
    for link in &linked {
        *outputs
            .entry((link.execution_id, link.key.clone()))
            .or_default() += 1;
    }
    for ((execution, key), n) in outputs {
        if n > 1 {
            outcome
                .duplicates
                .push(format!("{n} outputs {key:?} of execution {execution}"));
        }
    }
    // Every object under the run's prefix, checked against what the
    // dataset is; every recorded dataset, checked against its object.
    let prefix = format!(
        "minio://mlpipeline/v2/artifacts/{}/{run_id}",
        lab.pipeline.name()
    );
    let bucket = lab.s3.bucket(&prefix).await;
    let local = tempfile::tempdir().unwrap();
    let _ = bucket.download(&prefix, local.path()).await;
    for file in walk_files(local.path()) {
        let name = file
            .strip_prefix(local.path())
            .unwrap()
            .display()
            .to_string();
        if name.ends_with("/data") && sha256_file(&file) != (DATASET_SHA256.into(), DATASET_BYTES) {
            outcome
                .bad_objects
                .push(format!("{name}: not the whole dataset"));
        }
    }
    for link in linked.iter().filter(|l| l.key == "data") {
        let uri = link.artifact.uri.clone().unwrap_or_default();
        let digest = value::str_property(&link.artifact.custom_properties, "digest").to_owned();
        let at = local
            .path()
            .join(uri.trim_start_matches(&format!("{prefix}/")));
        if !at.is_file() {
            outcome
                .bad_objects
                .push(format!("{uri}: recorded, no object"));
        } else if digest != format!("sha256:{DATASET_SHA256}") {
            outcome
                .bad_objects
                .push(format!("{uri}: recorded digest {digest:?}"));
        }
    }
}

fn walk_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk_files(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn sha256_file(path: &Path) -> (String, u64) {
    let bytes = std::fs::read(path).unwrap_or_default();
    let digest = Sha256::digest(&bytes);
    (
        digest.iter().map(|b| format!("{b:02x}")).collect(),
        bytes.len() as u64,
    )
}

/// Whether the outcome is the one expected; what is wrong if not.
fn verdict(cell: &Cell, o: &Outcome) -> Vec<String> {
    let mut wrong = Vec::new();
    if !o.reached {
        wrong.push(format!(
            "the fault was never reached; its proxy saw: {}",
            o.requests.join(", ")
        ));
    }
    if o.running > 0 {
        wrong.push(format!("{} executions left RUNNING", o.running));
    }
    // A stop must end inside Kubernetes' default grace period.
    if matches!(cell.inject, Inject::SignalStuck(..)) {
        match o.stop_took {
            Some(took) if took <= GRACE => {}
            Some(took) => wrong.push(format!(
                "the stopped process took {:.1} s to exit (grace period {} s)",
                took.as_secs_f64(),
                GRACE.as_secs()
            )),
            None => wrong.push("the stopped process did not exit".into()),
        }
    }
    wrong.extend(o.duplicates.iter().cloned());
    wrong.extend(o.bad_objects.iter().cloned());
    wrong.extend(o.panics.iter().map(|p| format!("panic: {p}")));
    let state = |task: &str| {
        o.tasks
            .get(task)
            .cloned()
            .unwrap_or_else(|| ("no execution".into(), String::new()))
    };
    match cell.expect {
        Expect::Succeeds => {
            if o.ended != "Succeeded" {
                wrong.push(format!("run ended {}", o.ended));
            }
        }
        Expect::FailsCleanly(task, cause) => {
            let (s, error) = state(task);
            if o.ended == "Succeeded" {
                wrong.push("run succeeded".into());
            }
            if s != "FAILED" || error.is_empty() || !error.contains(cause) {
                wrong.push(format!(
                    "{task} is {s} with error {error:?}, wanted FAILED naming {cause:?}"
                ));
            }
            if !o.closed.is_empty() {
                wrong.push(format!("close-out had to close {:?}", o.closed));
            }
        }
        Expect::Repaired(task) => {
            let (s, _) = state(task);
            if !o.closed.iter().any(|c| c == task) || s != "FAILED" {
                wrong.push(format!(
                    "{task} is {s}, closed by close-out: {:?}",
                    o.closed
                ));
            }
        }
        Expect::Landed(task) => {
            let (s, _) = state(task);
            if s != "COMPLETE" {
                wrong.push(format!("{task} is {s}"));
            }
        }
    }
    wrong
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_fault_at_every_phase() {
    use futures::StreamExt;
    let Some(lab) = Lab::find() else {
        return;
    };
    signals();
    let all = std::env::var("KFP_CHAOS").is_ok_and(|v| v == "all");
    let only = std::env::var("KFP_CHAOS_ONLY").ok();
    let cells: Vec<Cell> = cells()
        .into_iter()
        .filter(|c| all || c.quick || only.is_some())
        .filter(|c| {
            only.as_deref()
                .is_none_or(|o| format!("{} {}", c.phase, c.fault).contains(o))
        })
        .collect();
    let started = Instant::now();
    let lab = &lab;
    let results: Vec<(usize, Outcome)> = futures::stream::iter(cells.iter().enumerate())
        .map(|(i, cell)| async move { (i, run_cell(lab, cell).await) })
        .buffer_unordered(AT_ONCE)
        .collect()
        .await;
    let mut results: Vec<_> = results;
    results.sort_by_key(|(i, _)| *i);
    let mut failures = Vec::new();
    let mut rows = Vec::new();
    for (i, outcome) in &results {
        let cell = &cells[*i];
        let wrong = verdict(cell, outcome);
        let seen = observed(outcome);
        eprintln!(
            "{:<24} {:<58} {:>5.1}s {} — {}",
            cell.phase,
            cell.fault,
            outcome.seconds,
            if wrong.is_empty() { "ok" } else { "WRONG" },
            seen
        );
        if !wrong.is_empty() {
            failures.push(format!(
                "{} / {}: {}",
                cell.phase,
                cell.fault,
                wrong.join("; ")
            ));
        }
        rows.push((cell, outcome, wrong));
    }
    if let Ok(path) = std::env::var("KFP_CHAOS_REPORT") {
        std::fs::write(&path, report(&rows, started.elapsed())).unwrap();
    }
    assert!(
        failures.is_empty(),
        "{} of {} cells wrong:\n{}",
        failures.len(),
        cells.len(),
        failures.join("\n")
    );
}

fn observed(o: &Outcome) -> String {
    let mut parts = vec![format!("run {}", o.ended)];
    for (task, (state, error)) in &o.tasks {
        if task.is_empty() || task == "condition-1" {
            continue;
        }
        let mut text = format!("{task} {state}");
        if !error.is_empty() && state == "FAILED" {
            let short: String = error.chars().take(90).collect();
            text.push_str(&format!(" ({short})"));
        }
        parts.push(text);
    }
    if !o.closed.is_empty() {
        parts.push(format!("closed out: {}", o.closed.join(", ")));
    }
    if let Some(took) = o.stop_took {
        parts.push(format!(
            "exited {:.1} s after the signal",
            took.as_secs_f64()
        ));
    }
    parts.join("; ")
}

fn report(rows: &[(&Cell, &Outcome, Vec<String>)], took: Duration) -> String {
    let total = rows.len();
    let good = rows.iter().filter(|(_, _, w)| w.is_empty()).count();
    let sum = |f: fn(&Outcome) -> usize| rows.iter().map(|(_, o, _)| f(o)).sum::<usize>();
    let mut out = String::from(
        "# Reliability: every fault at every phase\n\n\
         Written by `make chaos` (`e2e/chaos/tests/matrix.rs`); do not edit by hand.\n\
         Each row runs the `chaos` pipeline (`e2e/pipelines/whole/chaos.yaml`: `produce` uploads a\n\
         20 MiB dataset in three parts, `consume` inside a condition DAG downloads it and checks\n\
         its SHA-256) through the real `driver` and `launcher` binaries, against the real MLMD\n\
         engine (on SQLite here; a production MLMD runs MySQL) and SeaweedFS, with a fault proxy\n\
         (`e2e/chaos/src`) in front of each and of the KFP API's cache service. After the run,\n\
         `publisher close-out` (every pod gone, the run over) repairs what killed processes left.\n\
         Then every row must show: 0 task executions `RUNNING` (the root DAG is the API server's to\n\
         close, as upstream), 0 duplicate executions / outputs, 0 objects under the run's prefix\n\
         that are not the whole dataset, every recorded dataset's object present with its digest,\n\
         0 panics, and the outcome expected of its fault.\n\n",
    );
    let phases: std::collections::BTreeSet<_> = rows.iter().map(|(c, _, _)| c.phase).collect();
    let faults: std::collections::BTreeSet<_> =
        rows.iter().map(|(c, _, _)| c.fault.as_str()).collect();
    out.push_str(&format!(
        "**{good} of {total} cells as expected**: {} faults over {} phases ({}), in {:.0} s \
         ({AT_ONCE} at a time); executions left RUNNING: {}; duplicates: {}; incomplete \
         objects: {}; panics: {}; executions repaired by close-out: {}.\n\n",
        faults.len(),
        phases.len(),
        phases.into_iter().collect::<Vec<_>>().join(", "),
        took.as_secs_f64(),
        sum(|o| o.running),
        sum(|o| o.duplicates.len()),
        sum(|o| o.bad_objects.len()),
        sum(|o| o.panics.len()),
        sum(|o| o.closed.len()),
    ));
    out.push_str("| phase | fault | expected | observed | s | |\n|---|---|---|---|---|---|\n");
    for (cell, o, wrong) in rows {
        let mark = if wrong.is_empty() {
            "ok".to_owned()
        } else {
            format!("**WRONG**: {}", wrong.join("; "))
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {:.1} | {} |\n",
            cell.phase,
            cell.fault,
            cell.expect.describe(),
            observed(o).replace('|', "\\|"),
            o.seconds,
            mark.replace('|', "\\|"),
        ));
    }
    out
}
