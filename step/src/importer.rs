//! Importer mode (contract §3.9): the `system-importer` pod records an
//! existing artifact (a URI outside the pipeline) as the output of an
//! importer task, with no driver before it.
//!
//! Order: check the flags and specs ([`spec::Plan`]), read the run's
//! contexts and the parent DAG, resolve the URI, create the
//! `system.ImporterExecution` (`system.ImporterWorkspaceExecution` with
//! `downloadToWorkspace`) `RUNNING`, download into the workspace if asked,
//! find an artifact to reuse unless `reimport`, publish the execution
//! `COMPLETE` with the artifact as its OUTPUT in one write, propagate the
//! parent DAG's state.
//!
//! Beyond upstream, on purpose:
//! * bad input (a missing spec, no `artifactUri`, a runtime parameter the
//!   parent DAG has no value for, `oci://` for a non-Model) is found before
//!   anything is written: no execution is left `RUNNING` by it;
//! * once the execution exists, every exit path publishes a terminal state
//!   (`FAILED` with an `error` property), SIGTERM during the download too;
//! * the parent DAG's state propagates after the import (upstream skips it
//!   for importers, so a DAG whose last task is an importer never finishes);
//! * a new artifact is created inside the publish, so a failed publish
//!   leaves no orphan artifact;
//! * a workspace download records `download_ms` and `bytes_downloaded`, and
//!   an empty download (nothing at the URI) fails the task.

use std::time::Instant;

use kfp_common::{
    metadata::{
        dag, keys, types, value, Id, MetadataBackend, MetadataError, NewArtifact, NewExecution,
        Properties, PublishedArtifact, RunContexts,
    },
    proto::ml_metadata::{self as mlmd, execution::State},
    store::{ca::PrivateCa, open::SecretSource},
    transfer::Moved,
    uri::PathMap,
};

use crate::{
    args::LauncherArgs,
    buckets::RunBuckets,
    container::props,
    init::{self, Signals},
};

pub mod spec;
pub mod workspace;

pub use spec::{InputError, Plan, UriSource};
pub use workspace::{InClusterLauncherConfig, LauncherConfigSource};

/// What importer mode needs besides the command line.
#[derive(Debug)]
pub struct Importer<'a, M, S, C> {
    pub store: &'a M,
    /// Secrets holding object store credentials (the pod's namespace):
    /// only a workspace download opens a bucket.
    pub secrets: S,
    /// The namespace's `kfp-launcher` ConfigMap (workspace downloads).
    pub config: &'a C,
    /// Identity in a pod; tests re-root `/kfp-workspace` under a scratch
    /// directory.
    pub paths: PathMap,
    /// The pod's namespace (service-account file or `--namespace`).
    pub namespace: String,
    /// A local run's object directory: its buckets live there, as for its
    /// container steps, so a workspace import of the run's own output reads
    /// the home instead of asking a cluster for credentials. `None` in pods.
    pub local_objects: Option<std::path::PathBuf>,
}

/// The artifact an import recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// MLMD id of the artifact.
    pub id: Id,
    pub uri: String,
    /// An existing artifact was reused (no `reimport`, one matched).
    pub reused: bool,
    /// What the workspace download moved, and where to (a KFP path, e.g.
    /// `/kfp-workspace/.artifacts/minio/bucket/x`).
    pub downloaded: Option<(Moved, std::path::PathBuf)>,
}

/// How the import ended once its execution existed.
#[derive(Debug)]
pub struct Finished {
    pub state: State,
    /// 0, 1 for a failure, 128+N when stopped by signal N.
    pub exit_code: i32,
    pub error: Option<String>,
    pub execution_id: Id,
    pub imported: Option<Imported>,
}

/// Failures before the execution exists (nothing written, exit 1), or when
/// not even a terminal state could be published.
#[derive(Debug, thiserror::Error)]
pub enum ImporterError {
    /// Bad input; nothing was written.
    #[error("importer")]
    Input(#[from] InputError),
    #[error(
        "importer: run {run_id} of pipeline {pipeline:?} is not in ML Metadata (--run_id, \
         --pipeline_name; the ROOT_DAG driver records it first)"
    )]
    RunNotFound { pipeline: String, run_id: String },
    #[error("importer: reading run {run_id} of pipeline {pipeline:?}")]
    GetRun {
        pipeline: String,
        run_id: String,
        #[source]
        source: MetadataError,
    },
    #[error("importer: reading parent DAG execution {id} (--parent_dag_id)")]
    ParentDag {
        id: Id,
        #[source]
        source: MetadataError,
    },
    #[error("importer: creating the {type_name} execution of task {task:?} in run {run_id}")]
    CreateExecution {
        type_name: &'static str,
        task: String,
        run_id: String,
        #[source]
        source: MetadataError,
    },
    #[error("importer: publishing execution {execution_id} as {state}, after: {first}")]
    Publish {
        execution_id: Id,
        state: &'static str,
        /// What failed before (the first publish, or the import itself).
        first: String,
        #[source]
        source: MetadataError,
    },
}

/// Run one importer task.
pub async fn run<M, S, C>(
    args: &LauncherArgs,
    importer: Importer<'_, M, S, C>,
    signals: &Signals,
) -> Result<Finished, ImporterError>
where
    M: MetadataBackend,
    S: SecretSource + Sync + Send + Clone,
    C: LauncherConfigSource,
{
    let plan = Plan::parse(args)?;
    let store = importer.store;

    // The run (the ROOT_DAG driver made it) and the parent DAG, in parallel.
    let dag_ids = [plan.parent_dag_id];
    let (run, dag) = tokio::join!(
        store.get_run(&plan.pipeline_name, &plan.run_id),
        store.get_executions(&dag_ids)
    );
    let run = run
        .map_err(|source| ImporterError::GetRun {
            pipeline: plan.pipeline_name.clone(),
            run_id: plan.run_id.clone(),
            source,
        })?
        .ok_or_else(|| ImporterError::RunNotFound {
            pipeline: plan.pipeline_name.clone(),
            run_id: plan.run_id.clone(),
        })?;
    let dag = dag
        .map_err(|source| ImporterError::ParentDag {
            id: plan.parent_dag_id,
            source,
        })?
        .into_iter()
        .next()
        .ok_or(ImporterError::ParentDag {
            id: plan.parent_dag_id,
            source: MetadataError::ExecutionNotFound {
                id: plan.parent_dag_id,
            },
        })?;
    let uri = plan.resolve_uri(&dag)?;
    let new = plan.artifact(&uri)?;

    let type_name = if plan.download_to_workspace {
        types::IMPORTER_WORKSPACE_EXECUTION
    } else {
        types::IMPORTER_EXECUTION
    };
    let custom_properties: Properties = [
        (keys::DISPLAY_NAME, value::string("")),
        (keys::TASK_NAME, value::string(&plan.task_name)),
        (keys::PARENT_DAG_ID, value::int(plan.parent_dag_id)),
        (keys::POD_NAME, value::string(&args.pod_name)),
        (keys::POD_UID, value::string(&args.pod_uid)),
        (keys::NAMESPACE, value::string(&importer.namespace)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let execution = store
        .create_execution(
            &run,
            NewExecution {
                type_name: type_name.to_owned(),
                name: None,
                state: Some(State::Running),
                custom_properties,
                inputs: Vec::new(),
            },
        )
        .await
        .map_err(|source| ImporterError::CreateExecution {
            type_name,
            task: plan.task_name.clone(),
            run_id: plan.run_id.clone(),
            source,
        })?;
    let id = execution.id.unwrap_or_default();
    tracing::info!(execution = id, task = %plan.task_name, %uri, "importing");

    // From here on every path publishes a terminal state.
    let outcome = import(&plan, &importer, &run, new, signals).await;
    publish(&plan, store, &run, execution, outcome).await
}

/// What the import came to, before publishing.
struct Outcome {
    state: State,
    exit_code: i32,
    error: Option<String>,
    output: Option<(PublishedArtifact, String, bool)>,
    downloaded: Option<(Moved, std::path::PathBuf)>,
    download_ms: Option<u128>,
}

impl Outcome {
    fn failed(error: String, exit_code: i32) -> Self {
        Self {
            state: State::Failed,
            exit_code,
            error: Some(error),
            output: None,
            downloaded: None,
            download_ms: None,
        }
    }
}

/// Download (workspace), then decide between reuse and a new artifact.
async fn import<M, S, C>(
    plan: &Plan,
    importer: &Importer<'_, M, S, C>,
    run: &RunContexts,
    new: NewArtifact,
    signals: &Signals,
) -> Outcome
where
    M: MetadataBackend,
    S: SecretSource + Sync + Send + Clone,
    C: LauncherConfigSource,
{
    let mut downloaded = None;
    let mut download_ms = None;
    if plan.download_to_workspace {
        let started = Instant::now();
        let buckets = match &importer.local_objects {
            None => match PrivateCa::from_flag(&plan.ca_cert_path) {
                Ok(ca) => workspace::Opener::Cluster {
                    secrets: importer.secrets.clone(),
                    config: importer.config,
                    roots: ca.map(|c| c.roots().clone()).unwrap_or_default(),
                },
                Err(e) => {
                    return Outcome::failed(kfp_common::error_chain(&e), init::LAUNCHER_FAILURE)
                }
            },
            Some(objects) => {
                match RunBuckets::for_run(run, importer.secrets.clone(), Some(objects.clone())) {
                    Ok((buckets, _)) => workspace::Opener::Run(Box::new(buckets)),
                    Err(e) => {
                        return Outcome::failed(kfp_common::error_chain(&e), init::LAUNCHER_FAILURE)
                    }
                }
            }
        };
        match workspace::download(&new.uri, &importer.paths, buckets, signals).await {
            workspace::Download::Done { moved, path } => {
                tracing::info!(uri = %new.uri, path = %path.display(), bytes = moved.size, files = moved.files, "downloaded into the workspace");
                downloaded = Some((moved, path));
                download_ms = Some(started.elapsed().as_millis());
            }
            workspace::Download::Failed(e) => {
                return Outcome::failed(kfp_common::error_chain(&e), init::LAUNCHER_FAILURE)
            }
            workspace::Download::Stopped(signal) => {
                return Outcome::failed(
                    format!(
                        "stopped by {} while downloading {} into the workspace",
                        signal.as_str(),
                        new.uri
                    ),
                    init::SIGNAL_BASE + signal as i32,
                )
            }
        }
    }
    if let Some(signal) = signals.termination() {
        return Outcome::failed(
            format!(
                "stopped by {} before publishing the import",
                signal.as_str()
            ),
            init::SIGNAL_BASE + signal as i32,
        );
    }
    let reused = if plan.reimport {
        None
    } else {
        match importer.store.reusable_artifact(run, &new).await {
            Ok(found) => found,
            Err(e) => {
                return Outcome::failed(
                    format!(
                        "looking for an artifact to reuse at {} (reimport is false): {}",
                        new.uri,
                        kfp_common::error_chain(&e)
                    ),
                    init::LAUNCHER_FAILURE,
                )
            }
        }
    };
    let uri = new.uri.clone();
    let output = match reused.and_then(|a| a.id) {
        Some(existing) => {
            tracing::info!(artifact = existing, %uri, "reusing the artifact already imported");
            (PublishedArtifact::Recorded(existing), uri, true)
        }
        None => (PublishedArtifact::New(new), uri, false),
    };
    Outcome {
        state: State::Complete,
        exit_code: 0,
        error: None,
        output: Some(output),
        downloaded,
        download_ms,
    }
}

/// Publish the outcome (one write), then propagate the parent DAG's state.
/// A failed `COMPLETE` publish is followed by a `FAILED` one naming why.
async fn publish<M: MetadataBackend>(
    plan: &Plan,
    store: &M,
    run: &RunContexts,
    mut execution: mlmd::Execution,
    outcome: Outcome,
) -> Result<Finished, ImporterError> {
    let id = execution.id.unwrap_or_default();
    let p = &mut execution.custom_properties;
    if let Some((moved, _)) = &outcome.downloaded {
        p.insert(
            props::BYTES_DOWNLOADED.into(),
            value::int(i64::try_from(moved.size).unwrap_or(i64::MAX)),
        );
    }
    if let Some(ms) = outcome.download_ms {
        p.insert(
            props::DOWNLOAD_MS.into(),
            value::int(i64::try_from(ms).unwrap_or(i64::MAX)),
        );
    }
    let mut failed = execution.clone();
    let mut state = outcome.state;
    let mut error = outcome.error.clone();
    let mut exit_code = outcome.exit_code;
    let mut imported = None;

    if let (State::Complete, Some((output, uri, reused))) = (state, &outcome.output) {
        execution.last_known_state = Some(State::Complete as i32);
        let outputs = [(plan.output_name.clone(), output.clone())];
        match store.publish(run, &execution, &outputs).await {
            Ok(ids) => {
                let artifact_id = ids.first().copied().unwrap_or_default();
                tracing::info!(
                    execution = id,
                    artifact = artifact_id,
                    reused,
                    "published COMPLETE"
                );
                imported = Some(Imported {
                    id: artifact_id,
                    uri: uri.clone(),
                    reused: *reused,
                    downloaded: outcome.downloaded.clone(),
                });
            }
            Err(e) => {
                state = State::Failed;
                exit_code = init::LAUNCHER_FAILURE;
                error = Some(format!(
                    "publishing execution {id} as COMPLETE with output {:?} ({uri}): {}",
                    plan.output_name,
                    kfp_common::error_chain(&e)
                ));
            }
        }
    }
    if state != State::Complete {
        let message = error.clone().unwrap_or_default();
        failed
            .custom_properties
            .insert(props::ERROR.into(), value::string(&message));
        failed.last_known_state = Some(State::Failed as i32);
        store
            .publish(run, &failed, &[])
            .await
            .map_err(|source| ImporterError::Publish {
                execution_id: id,
                state: "FAILED",
                first: message.clone(),
                source,
            })?;
        tracing::warn!(execution = id, error = %message, "published FAILED");
    }

    // Beyond upstream: a DAG whose last task is an importer finishes too.
    // Errors are only logged: the task's own record is written.
    match dag::propagate(store, run, plan.parent_dag_id).await {
        Ok(changed) if !changed.is_empty() => tracing::info!(?changed, "DAG states updated"),
        Ok(_) => {}
        Err(e) => {
            tracing::warn!(dag = plan.parent_dag_id, error = %kfp_common::error_chain(&e), "DAG state propagation failed")
        }
    }
    Ok(Finished {
        state,
        exit_code: if state == State::Complete {
            0
        } else {
            exit_code.max(init::LAUNCHER_FAILURE)
        },
        error,
        execution_id: id,
        imported,
    })
}
