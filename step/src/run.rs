//! The cluster modes as library calls: validate the flags, find the pod's
//! namespace, connect to MLMD (and to the KFP API server for cache
//! entries), then run the container or importer path. The launcher binary
//! and the publisher call these; they map the outcome to an exit code.

use kfp_common::{
    flags::{CacheTarget, ConnectionError},
    k8s::{read_namespace, K8sError, NAMESPACE_FILE},
    runtime::{self, RuntimeError},
    uri::PathMap,
};

use crate::{
    args::{ArgsError, LauncherArgs, Shape},
    buckets::InClusterSecrets,
    container::{self, ContainerError},
    execute::UserProcess,
    importer::{self, ImporterError},
    init::{self, Signals},
};

/// Why a cluster mode could not run or record its task. After the
/// execution was opened, failures of the step are not errors: they are
/// published, and come back in the `Finished` record.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Args(#[from] ArgsError),
    #[error(
        "the KFP task API shape ({flag}) is not supported yet; use the MLMD shape ({mlmd_flag})"
    )]
    TaskApiShape {
        flag: &'static str,
        mlmd_flag: &'static str,
    },
    #[error("the pod's namespace (pass --namespace outside a pod)")]
    Namespace(#[source] K8sError),
    #[error(transparent)]
    Connection(#[from] ConnectionError),
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Container(#[from] ContainerError),
    #[error(transparent)]
    Importer(#[from] ImporterError),
    /// SIGTERM/SIGINT while connecting: nothing could be published.
    #[error("stopped by {} while {phase}", signal.as_str())]
    Stopped {
        phase: &'static str,
        signal: nix::sys::signal::Signal,
    },
}

impl RunError {
    /// How the binary ends: a stop by signal N exits 128+N at once (as the
    /// pod's deletion expects), any other failure 1.
    pub fn failure(self) -> kfp_common::exit::Failure {
        let signal = match &self {
            RunError::Stopped { signal, .. }
            | RunError::Container(ContainerError::Stopped { signal, .. }) => Some(*signal),
            _ => None,
        };
        match signal {
            Some(signal) => kfp_common::exit::Failure::User {
                code: init::SIGNAL_BASE + signal as i32,
                message: Some(kfp_common::error_chain(&self)),
            },
            None => kfp_common::exit::Failure::internal(self),
        }
    }
}

/// Argo's retry index of this attempt (`KFP_RETRY_INDEX`, set for tasks
/// with a retry policy); 0 otherwise.
pub fn retry_index() -> u32 {
    std::env::var("KFP_RETRY_INDEX")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

/// Container mode (contract §3.3): validate → connect → run. The
/// publisher runs the same path for a user process that ran elsewhere
/// (`user`).
pub fn container(
    parsed: &LauncherArgs,
    signals: &Signals,
    user: UserProcess,
) -> Result<container::Finished, RunError> {
    let namespace = match prologue(parsed, "--task_id", "--execution_id") {
        Ok(namespace) => namespace,
        Err(error) => {
            close_out_early(parsed, &error);
            return Err(error);
        }
    };
    let connection = &parsed.connection;
    let cache = connection.cache_target()?;
    runtime::block_on(async {
        let stopped = |phase| move |signal| RunError::Stopped { phase, signal };
        let store = container::until_stopped(signals, connection.connect_mlmd())
            .await
            .map_err(stopped("connecting to ML Metadata"))??;
        let api = match &cache {
            CacheTarget::Api(endpoint) => Some(
                container::until_stopped(signals, connection.connect_api_cache(endpoint))
                    .await
                    .map_err(stopped("connecting to the KFP API server"))??,
            ),
            CacheTarget::Disabled | CacheTarget::Mlmd => None,
        };
        let cluster = container::Cluster {
            store: &store,
            secrets: InClusterSecrets::new(namespace.clone()),
            // No API server: caching off, or the entries live in MLMD.
            cache: &api,
            paths: PathMap::identity(),
            namespace,
            retry_index: retry_index(),
            grace: init::DEFAULT_GRACE,
            user,
            local_objects: None,
        };
        let finished = container::run(parsed, cluster, signals).await?;
        tracing::info!(mlmd_round_trips = store.round_trips(), "done");
        Ok(finished)
    })?
}

/// Importer mode (contract §3.9): validate → connect → import.
pub fn importer(parsed: &LauncherArgs, signals: &Signals) -> Result<importer::Finished, RunError> {
    let namespace = prologue(parsed, "--parent_task_id", "--parent_dag_id")?;
    runtime::block_on(async {
        let store = container::until_stopped(signals, parsed.connection.connect_mlmd())
            .await
            .map_err(|signal| RunError::Stopped {
                phase: "connecting to ML Metadata",
                signal,
            })??;
        let config = importer::InClusterLauncherConfig {
            namespace: namespace.clone(),
        };
        let deps = importer::Importer {
            store: &store,
            secrets: InClusterSecrets::new(namespace.clone()),
            config: &config,
            paths: PathMap::identity(),
            namespace,
            local_objects: None,
        };
        let finished = importer::run(parsed, deps, signals).await?;
        tracing::info!(mlmd_round_trips = store.round_trips(), "done");
        Ok(finished)
    })?
}

/// A container-mode command line that names its execution and a usable
/// MLMD but is wrong otherwise (no command after `--`, an empty
/// `--pod_name`, no namespace): the driver created that execution, so it is
/// published FAILED with the reason instead of being left RUNNING (upstream
/// leaves it). Best effort: the error itself is what the caller reports.
fn close_out_early(parsed: &LauncherArgs, error: &RunError) {
    let id = parsed.execution_id;
    if id == 0 || parsed.shape() != Shape::Mlmd || parsed.connection.mlmd().is_err() {
        return;
    }
    kfp_common::install_crypto_provider();
    let message = kfp_common::error_chain(error);
    let closed = runtime::block_on(async {
        let store = parsed.connection.connect_mlmd().await?;
        container::fail_before_start(&store, id, &message)
            .await
            .map_err(RunError::from)
    });
    match closed.map_err(RunError::from).and_then(|r| r) {
        Ok(_) => tracing::info!(
            execution = id,
            "published FAILED: the command line is unusable"
        ),
        Err(e) => {
            tracing::warn!(execution = id, error = %kfp_common::error_chain(&e), "could not publish the execution FAILED")
        }
    }
}

/// What both cluster modes check first: the flags, the shape, the pod's
/// namespace, the MLMD port. Returns the namespace.
fn prologue(
    parsed: &LauncherArgs,
    task_api_flag: &'static str,
    mlmd_flag: &'static str,
) -> Result<String, RunError> {
    parsed.validate()?;
    if parsed.shape() == Shape::TaskApi {
        return Err(RunError::TaskApiShape {
            flag: task_api_flag,
            mlmd_flag,
        });
    }
    let namespace = pod_namespace(parsed)?;
    parsed.connection.mlmd()?;
    kfp_common::install_crypto_provider();
    Ok(namespace)
}

/// The pod's namespace: `--namespace` (task-API shape), else the
/// service-account file, as upstream requires.
fn pod_namespace(parsed: &LauncherArgs) -> Result<String, RunError> {
    if !parsed.namespace.is_empty() {
        return Ok(parsed.namespace.clone());
    }
    read_namespace(std::path::Path::new(NAMESPACE_FILE)).map_err(RunError::Namespace)
}
