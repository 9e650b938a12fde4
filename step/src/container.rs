//! Container mode (contract §3.3): one task of a cluster run, from the
//! execution the driver created to its published terminal state.
//!
//! Order: open the execution (it names the run and its contexts), pre-publish
//! the pod (`RUNNING`), open the run's bucket, run the step
//! ([`execute::run_step`]), publish the outcome with the output artifacts in
//! one write, store the cache entry, propagate DAG states.
//!
//! Beyond upstream, on purpose:
//! * every exit path after the execution was opened publishes a terminal
//!   state (bad `--executor_input`, bucket errors, SIGTERM), so lineage is
//!   never left `RUNNING` by a launcher that could still write;
//! * a stopped pod (SIGTERM) is published `FAILED` with the signal, never
//!   `CANCELED`, which KFP reads as "not triggered";
//! * output artifacts are created in the publish itself: a failed publish
//!   leaves no orphan artifacts, a repeated one (Argo retry, lost answer)
//!   no duplicates;
//! * per-phase timings and bytes moved are execution custom properties;
//! * DAG states propagate after every task, in a bounded number of reads;
//! * the exit code is the user process's (128+N for a signal) when it
//!   failed, 1 for a launcher failure: always non-zero on failure, as Argo
//!   needs, and more telling than upstream's constant 1.

use std::{
    collections::BTreeMap,
    future::Future,
    time::{Duration, Instant, SystemTime},
};

use kfp_common::{
    artifact,
    cache::{ApiTaskCache, CacheEntry, CacheError},
    executor_io::{parse_executor_input, ExecutorIoError},
    metadata::{
        dag, keys, value, Direction, MetadataBackend, MetadataError, NewArtifact,
        PublishedArtifact, RunContexts,
    },
    proto::{
        ml_metadata::{self as mlmd, execution::State},
        ml_pipelines::ComponentSpec,
        wkt,
    },
    provision::qualify_logs_uri,
    store::{
        ca::{CaError, PrivateCa},
        open::SecretSource,
    },
    uri::PathMap,
};

use crate::{
    args::LauncherArgs,
    buckets::{RunBuckets, RunBucketsError},
    execute::{self, Step, StepReport, StepState, UserProcess},
    init::{self, Signals},
};

/// Custom properties this launcher adds to an execution (not upstream's;
/// KFP readers ignore them): why a step was slow or failed, from lineage.
pub mod props {
    pub const DOWNLOAD_MS: &str = "download_ms";
    pub const RUN_MS: &str = "run_ms";
    pub const UPLOAD_MS: &str = "upload_ms";
    /// Connect, open and pre-publish: the metadata work before the step.
    pub const SETUP_MS: &str = "setup_ms";
    pub const BYTES_DOWNLOADED: &str = "bytes_downloaded";
    pub const BYTES_UPLOADED: &str = "bytes_uploaded";
    pub const EXIT_CODE: &str = "exit_code";
    pub const ERROR: &str = "error";
}

/// Where cache entries go after a successful step with a fingerprint.
pub trait CacheSink: Sync {
    fn store(&self, record: &CacheEntry) -> impl Future<Output = Result<(), CacheError>> + Send;
}

/// The KFP API server's `TaskService` (contract §5.2), as upstream.
impl CacheSink for ApiTaskCache {
    async fn store(&self, record: &CacheEntry) -> Result<(), CacheError> {
        self.create(record).await
    }
}

/// No sink (`None`): no separate cache entry — `--cache_disabled`, or
/// MLMD-native caching, where the `COMPLETE` execution carrying
/// `cache_fingerprint` is the entry.
impl<C: CacheSink> CacheSink for Option<C> {
    async fn store(&self, record: &CacheEntry) -> Result<(), CacheError> {
        match self {
            Some(sink) => sink.store(record).await,
            None => Ok(()),
        }
    }
}

/// What the cluster path needs besides the command line.
#[derive(Debug)]
pub struct Cluster<'a, M, S, C> {
    pub store: &'a M,
    /// Secrets holding object store credentials (the pod's namespace).
    pub secrets: S,
    pub cache: &'a C,
    /// Identity in a pod; tests re-root KFP paths under a scratch directory.
    pub paths: PathMap,
    /// The pod's namespace (service-account file).
    pub namespace: String,
    /// Argo's retry index of this attempt (`KFP_RETRY_INDEX`).
    pub retry_index: u32,
    /// SIGTERM → SIGKILL grace for the user process.
    pub grace: Duration,
    /// The launcher runs the user process; the publisher reports one that
    /// ran elsewhere.
    pub user: UserProcess,
    /// Local pipeline runs: buckets live under this directory
    /// (`<dir>/<scheme>/<bucket>`), the pipeline root's too when the run's
    /// session info names the `local` provider. `None` in pods.
    pub local_objects: Option<std::path::PathBuf>,
}

/// How the task ended.
#[derive(Debug)]
pub struct Finished {
    pub state: State,
    pub exit_code: i32,
    /// Why it did not complete, or what failed after it completed (cache
    /// entry, publish).
    pub error: Option<String>,
    pub execution_id: i64,
    pub report: Option<StepReport>,
}

/// Errors before anything could be published: the execution stays as the
/// driver left it, and the launcher exits 1 (contract §3.11).
#[derive(Debug, thiserror::Error)]
pub enum ContainerError {
    #[error("opening execution {execution_id} (--execution_id)")]
    Open {
        execution_id: i64,
        #[source]
        source: MetadataError,
    },
    #[error("pre-publishing pod {pod_name} on execution {execution_id}")]
    PrePublish {
        execution_id: i64,
        pod_name: String,
        #[source]
        source: MetadataError,
    },
    #[error("publishing execution {execution_id} as {state}")]
    Publish {
        execution_id: i64,
        state: &'static str,
        #[source]
        source: MetadataError,
    },
    /// SIGTERM/SIGINT while opening or pre-publishing the execution (an
    /// unreachable MLMD, or a slow one): the execution is published FAILED
    /// if MLMD answers within [`LAST_WORD`]. Or a publish after a stop that
    /// did not end within its [`LAST_WORD`]: the execution stays as it was,
    /// for close-out. Exit 128+N.
    #[error("stopped by {} while {phase} (execution {execution_id})", signal.as_str())]
    Stopped {
        execution_id: i64,
        phase: &'static str,
        signal: nix::sys::signal::Signal,
    },
}

/// Run one task of a cluster run.
pub async fn run<M, S, C>(
    args: &LauncherArgs,
    cluster: Cluster<'_, M, S, C>,
    signals: &Signals,
) -> Result<Finished, ContainerError>
where
    M: MetadataBackend,
    S: SecretSource + Sync + Send + Clone,
    C: CacheSink,
{
    let started_at = SystemTime::now();
    let setup = Instant::now();
    let id = args.execution_id;
    // Until the step starts, a failure or a stop still tries to leave the
    // execution FAILED rather than RUNNING (`gave_up`).
    let before_start = BeforeStart {
        store: cluster.store,
        signals,
        execution_id: id,
    };
    let open_failed = |source| ContainerError::Open {
        execution_id: id,
        source,
    };
    let (stored, run) = before_start
        .step("opening it", cluster.store.open_execution(id), open_failed)
        .await?;

    // An earlier attempt of this execution (Argo retry) pre-published its
    // pod; what it published must not be created twice.
    let earlier_attempt = stored
        .custom_properties
        .get(keys::POD_NAME)
        .and_then(value::as_str)
        .is_some_and(|p| !p.is_empty());
    let earlier_outputs = if earlier_attempt {
        let ids = [id];
        let linked = cluster.store.linked_artifacts(&ids, Direction::Output);
        before_start.step("opening it", linked, open_failed).await?
    } else {
        Vec::new()
    };

    let mut execution = stored.clone();
    for (k, v) in [
        (keys::POD_NAME, &args.pod_name),
        (keys::POD_UID, &args.pod_uid),
        (keys::NAMESPACE, &cluster.namespace),
    ] {
        execution
            .custom_properties
            .insert(k.to_owned(), value::string(v));
    }
    execution.last_known_state = Some(State::Running as i32);
    let pre_publish_failed = |source| ContainerError::PrePublish {
        execution_id: id,
        pod_name: args.pod_name.clone(),
        source,
    };
    let pre_publish = cluster.store.update_execution(&execution);
    before_start
        .step("pre-publishing the pod", pre_publish, pre_publish_failed)
        .await?;
    execution
        .custom_properties
        .insert(props::SETUP_MS.into(), millis(setup.elapsed()));
    tracing::info!(
        execution = id,
        pod = %args.pod_name,
        "pre-published; running the step"
    );

    let fingerprint =
        value::str_property(&stored.custom_properties, keys::CACHE_FINGERPRINT).to_owned();

    // From here on every path publishes a terminal state.
    let prepared = prepare(args, &cluster, &run);
    let (step, buckets, session_json) = match prepared {
        Ok(p) => p,
        Err(error) => {
            let failed = Outcome::failed(kfp_common::error_chain(&error));
            return publish(
                cluster.store,
                &run,
                execution,
                failed,
                &earlier_outputs,
                Some(signals),
            )
            .await;
        }
    };
    let report = execute::run_step(&step, signals, &buckets).await;
    // A stopped pod is a failure: KFP reads CANCELED as "not triggered".
    let mut outcome = Outcome::from_report(report, &session_json, State::Failed);

    if outcome.state == State::Complete
        && !fingerprint.is_empty()
        && !args.connection.cache_disabled
    {
        let record = CacheEntry {
            pipeline_name: args.pipeline_name.clone(),
            namespace: cluster.namespace.clone(),
            run_id: args.run_id.clone(),
            execution_id: id,
            fingerprint,
            created_at: started_at,
            finished_at: SystemTime::now(),
        };
        // Upstream: the execution is still published COMPLETE, and the
        // launcher exits 1. After a stop the entry is given the last word
        // too, and the publish its own.
        let stored = tokio::select! {
            r = cluster.cache.store(&record) => r.map_err(|e| kfp_common::error_chain(&e)),
            signal = last_word(Some(signals), Instant::now()) => {
                Err(format!("stopped by {}", signal.as_str()))
            }
        };
        if let Err(e) = stored {
            outcome.after_error = Some(format!("storing the cache entry: {e}"));
        }
    }
    publish(
        cluster.store,
        &run,
        execution,
        outcome,
        &earlier_outputs,
        Some(signals),
    )
    .await
}

/// `work`, unless SIGTERM/SIGINT comes first (then the signal).
pub async fn until_stopped<T>(
    signals: &Signals,
    work: impl Future<Output = T>,
) -> Result<T, nix::sys::signal::Signal> {
    tokio::select! {
        done = work => Ok(done),
        signal = signals.stopped() => Err(signal),
    }
}

/// How long a launcher whose step never started keeps trying to publish
/// its execution FAILED: inside Kubernetes' default grace period of 30 s
/// after SIGTERM, with room for a few retries of one call.
pub const LAST_WORD: Duration = Duration::from_secs(10);

/// Resolves with the stop signal [`LAST_WORD`] after the later of the stop
/// and `from` (when a write began): a write that outlasts it gives way, so
/// that a stopped launcher ends inside the grace period. Never, without
/// `signals` (a run outside a pod's lifecycle).
async fn last_word(signals: Option<&Signals>, from: Instant) -> nix::sys::signal::Signal {
    match signals {
        Some(signals) => signals.stopped_for(LAST_WORD, from).await,
        None => std::future::pending().await,
    }
}

/// The steps before the user process starts (opening the execution,
/// pre-publishing the pod): each gives way to SIGTERM, and a failure or a
/// stop gives up ([`gave_up`]).
struct BeforeStart<'a, M> {
    store: &'a M,
    signals: &'a Signals,
    execution_id: kfp_common::metadata::Id,
}

impl<M: MetadataBackend> BeforeStart<'_, M> {
    /// `work`'s value; or, when it fails (`failed` makes the error) or a
    /// stop comes first, the error after [`gave_up`].
    async fn step<T>(
        &self,
        phase: &'static str,
        work: impl Future<Output = Result<T, MetadataError>>,
        failed: impl FnOnce(MetadataError) -> ContainerError,
    ) -> Result<T, ContainerError> {
        let error = match until_stopped(self.signals, work).await {
            Ok(Ok(value)) => return Ok(value),
            Ok(Err(source)) => failed(source),
            Err(signal) => ContainerError::Stopped {
                execution_id: self.execution_id,
                phase,
                signal,
            },
        };
        Err(gave_up(self.store, self.execution_id, error).await)
    }
}

/// The step never started because of `error` (MLMD failed or a stop came
/// while opening or pre-publishing): publish the execution FAILED if MLMD
/// answers within [`LAST_WORD`], so that it is not left `RUNNING`;
/// otherwise `publisher close-out` closes it. Answers `error`, which is
/// what the launcher reports and exits with.
async fn gave_up<M: MetadataBackend>(
    store: &M,
    id: kfp_common::metadata::Id,
    error: ContainerError,
) -> ContainerError {
    let message = kfp_common::error_chain(&error);
    match tokio::time::timeout(LAST_WORD, fail_before_start(store, id, &message)).await {
        Ok(Ok(_)) => tracing::info!(execution = id, "published FAILED: the step never started"),
        Ok(Err(e)) => tracing::warn!(
            execution = id,
            error = %kfp_common::error_chain(&e),
            "could not publish the execution FAILED; publisher close-out will"
        ),
        Err(_) => tracing::warn!(
            execution = id,
            "ML Metadata did not take the execution's FAILED state within {} s; publisher close-out will",
            LAST_WORD.as_secs()
        ),
    }
    error
}

/// Publish execution `id` FAILED with `error`, its DAGs propagated, for a
/// launcher that cannot even start (its command line is unusable).
pub async fn fail_before_start<M: MetadataBackend>(
    store: &M,
    id: kfp_common::metadata::Id,
    error: &str,
) -> Result<Finished, ContainerError> {
    let (execution, run) =
        store
            .open_execution(id)
            .await
            .map_err(|source| ContainerError::Open {
                execution_id: id,
                source,
            })?;
    let outputs = store
        .linked_artifacts(&[id], Direction::Output)
        .await
        .map_err(|source| ContainerError::Open {
            execution_id: id,
            source,
        })?;
    publish(
        store,
        &run,
        execution,
        Outcome::failed(error.to_owned()),
        &outputs,
        None,
    )
    .await
}

/// Publish what a step did on its execution exactly as a task pod does
/// (outputs, timings, exit code, error and the output artifacts in one
/// write, then DAG states), for a step run outside a pod: local single-step
/// runs. `stopped` is the state of a step stopped by a signal.
pub async fn publish_report<M: MetadataBackend>(
    store: &M,
    run: &RunContexts,
    execution: mlmd::Execution,
    report: StepReport,
    session_json: &str,
    stopped: State,
) -> Result<Finished, ContainerError> {
    let outcome = Outcome::from_report(report, session_json, stopped);
    publish(store, run, execution, outcome, &[], None).await
}

/// The step to run and the run's buckets, from the command line and the run
/// context (`pipeline_root`, `store_session_info`).
fn prepare<M, S: SecretSource + Sync + Send + Clone, C>(
    args: &LauncherArgs,
    cluster: &Cluster<'_, M, S, C>,
    run: &RunContexts,
) -> Result<(Step, RunBuckets<S>, String), PrepareError> {
    let mut input = parse_executor_input(&args.executor_input, "--executor_input")
        .map_err(PrepareError::ExecutorInput)?;
    let component: ComponentSpec =
        kfp_common::executor_io::from_json_text(args.component_spec.as_bytes())
            .map_err(PrepareError::ComponentSpec)?;
    if let Some(outputs) = &mut input.outputs {
        qualify_logs_uri(outputs, cluster.retry_index);
    }
    let (mut buckets, session_json) =
        RunBuckets::for_run(run, cluster.secrets.clone(), cluster.local_objects.clone())
            .map_err(PrepareError::Buckets)?;
    // A private CA: our store clients trust it, and so does the user process
    // through a bundle of the system's roots and that CA (contract §3.6).
    let mut env = Vec::new();
    if let Some(ca) = PrivateCa::from_flag(&args.connection.ca_cert_path)? {
        buckets = buckets.trusting(ca.roots().clone());
        if cluster.user == UserProcess::Supervise {
            env = ca.write_bundle(&bundle_dirs())?.1;
        }
    }
    let step = Step {
        executor_input: input,
        component,
        command: args.command.clone(),
        paths: cluster.paths.clone(),
        // The driver resolved every `{{$.pipeline_*}}` placeholder already.
        runtime: BTreeMap::new(),
        env,
        grace: cluster.grace,
        publish_logs: args.publish_logs,
        user: cluster.user.clone(),
    };
    Ok((step, buckets, session_json))
}

/// Where the user's CA bundle may go: the temporary directory, else (a
/// read-only root filesystem without a writable `/tmp`) beside the
/// launcher's copy, in the pod's `kfp-launcher` emptyDir.
fn bundle_dirs() -> Vec<std::path::PathBuf> {
    let mut dirs = vec![std::env::temp_dir()];
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(ToOwned::to_owned))
    {
        dirs.push(dir);
    }
    dirs
}

/// Why the step could not be set up from the command line and the run
/// context; published as the task's failure.
#[derive(Debug, thiserror::Error)]
enum PrepareError {
    #[error(transparent)]
    ExecutorInput(ExecutorIoError),
    #[error("--component_spec is not a ComponentSpec")]
    ComponentSpec(#[source] serde_json::Error),
    #[error(transparent)]
    Buckets(RunBucketsError),
    #[error(transparent)]
    Ca(#[from] CaError),
}

/// What will be published.
struct Outcome {
    state: State,
    exit_code: i32,
    error: Option<String>,
    /// A failure after the step completed (cache entry): published
    /// `COMPLETE`, exit 1.
    after_error: Option<String>,
    parameters: BTreeMap<String, wkt::Value>,
    artifacts: Vec<(String, NewArtifact)>,
    report: Option<StepReport>,
}

impl Outcome {
    fn failed(error: String) -> Self {
        Self {
            state: State::Failed,
            exit_code: init::LAUNCHER_FAILURE,
            error: Some(error),
            after_error: None,
            parameters: BTreeMap::new(),
            artifacts: Vec::new(),
            report: None,
        }
    }

    fn from_report(report: StepReport, session_json: &str, stopped: State) -> Self {
        let mut out = Self {
            state: match report.state {
                StepState::Complete => State::Complete,
                StepState::Failed => State::Failed,
                StepState::Canceled => stopped,
            },
            exit_code: report.exit_code,
            error: report.error.clone(),
            after_error: None,
            parameters: report.parameters.clone(),
            artifacts: Vec::new(),
            report: None,
        };
        for o in &report.artifacts {
            let made = artifact::type_name(o.artifact.r#type.as_ref(), &o.name).and_then(|t| {
                artifact::output_properties(&o.artifact, &o.name, session_json).map(|p| (t, p))
            });
            match made {
                Ok((type_name, mut custom_properties)) => {
                    if let Some(m) = &o.moved {
                        custom_properties.insert(artifact::DIGEST.into(), value::string(&m.digest));
                        custom_properties
                            .insert(artifact::SIZE_BYTES.into(), value::int(m.size as i64));
                    }
                    out.artifacts.push((
                        o.name.clone(),
                        NewArtifact {
                            type_name,
                            uri: o.artifact.uri.clone(),
                            custom_properties,
                        },
                    ));
                }
                // Nothing of a failed step is presented as an output.
                Err(e) => {
                    out.state = State::Failed;
                    out.exit_code = init::LAUNCHER_FAILURE;
                    out.error = Some(kfp_common::error_chain(&e));
                    out.parameters.clear();
                    out.artifacts.clear();
                    break;
                }
            }
        }
        out.report = Some(report);
        out
    }
}

/// The deferred publish (contract §3.3 step 11), then DAG propagation.
async fn publish<M: MetadataBackend>(
    store: &M,
    run: &RunContexts,
    mut execution: mlmd::Execution,
    outcome: Outcome,
    earlier: &[kfp_common::metadata::LinkedArtifact],
    signals: Option<&Signals>,
) -> Result<Finished, ContainerError> {
    let id = execution.id.unwrap_or_default();
    let p = &mut execution.custom_properties;
    if !outcome.parameters.is_empty() {
        p.insert(
            keys::OUTPUTS.into(),
            value::structure(wkt::Struct {
                fields: outcome
                    .parameters
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            }),
        );
    }
    if let Some(r) = &outcome.report {
        p.insert(props::DOWNLOAD_MS.into(), millis(r.timings.download));
        p.insert(props::RUN_MS.into(), millis(r.timings.run));
        p.insert(props::UPLOAD_MS.into(), millis(r.timings.upload));
        let down: u64 = r.downloaded.iter().map(|(_, m)| m.size).sum();
        let up: u64 = r
            .artifacts
            .iter()
            .filter_map(|a| a.moved.as_ref())
            .map(|m| m.size)
            .sum();
        p.insert(props::BYTES_DOWNLOADED.into(), value::int(down as i64));
        p.insert(props::BYTES_UPLOADED.into(), value::int(up as i64));
    }
    p.insert(
        props::EXIT_CODE.into(),
        value::int(i64::from(outcome.exit_code)),
    );
    match &outcome.error {
        Some(e) => {
            p.insert(props::ERROR.into(), value::string(e));
        }
        // An earlier attempt's error (Argo retry) is not this one's.
        None => {
            p.remove(props::ERROR);
        }
    }
    execution.last_known_state = Some(outcome.state as i32);

    let outputs: Vec<(String, PublishedArtifact)> = outcome
        .artifacts
        .iter()
        .map(|(name, new)| {
            let again = earlier
                .iter()
                .find(|l| l.key == *name && l.artifact.uri.as_deref() == Some(new.uri.as_str()));
            let published = match again {
                Some(l) => PublishedArtifact::Recorded(l.artifact.id.unwrap_or_default()),
                None => PublishedArtifact::New(new.clone()),
            };
            (name.clone(), published)
        })
        .collect();
    let state_name = outcome.state.as_str_name();
    let started = Instant::now();
    tokio::select! {
        written = store.publish(run, &execution, &outputs) => {
            written.map_err(|source| ContainerError::Publish {
                execution_id: id,
                state: state_name,
                source,
            })?;
        }
        signal = last_word(signals, started) => return Err(ContainerError::Stopped {
            execution_id: id,
            phase: "publishing",
            signal,
        }),
    }
    tracing::info!(
        execution = id,
        state = state_name,
        outputs = outputs.len(),
        publish_ms = started.elapsed().as_millis() as u64,
        "published"
    );

    // Errors here are only logged (upstream too): the task's own record is
    // written, and the next task to finish in the DAG repairs its state.
    let parent = execution
        .custom_properties
        .get(keys::PARENT_DAG_ID)
        .and_then(value::as_int)
        .unwrap_or(0);
    let propagated = tokio::select! {
        p = dag::propagate_after(store, run, parent, outcome.state) => p,
        _ = last_word(signals, Instant::now()) => {
            tracing::warn!(dag = parent, "DAG state propagation cut short by the stop: the next task to finish, or close-out, settles it");
            Ok(Vec::new())
        }
    };
    match propagated {
        Ok(changed) if !changed.is_empty() => {
            tracing::info!(?changed, "DAG states updated")
        }
        Ok(_) => {}
        Err(e) => {
            tracing::warn!(dag = parent, error = %kfp_common::error_chain(&e), "DAG state propagation failed")
        }
    }

    let (exit_code, error) = match (&outcome.after_error, outcome.state) {
        (Some(e), _) => (init::LAUNCHER_FAILURE, Some(e.clone())),
        (None, State::Complete) => (0, None),
        (None, _) => (
            if outcome.exit_code == 0 {
                init::LAUNCHER_FAILURE
            } else {
                outcome.exit_code
            },
            outcome.error.clone(),
        ),
    };
    Ok(Finished {
        state: outcome.state,
        exit_code,
        error,
        execution_id: id,
        report: outcome.report,
    })
}

fn millis(d: Duration) -> mlmd::Value {
    value::int(i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
