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
    let namespace = prologue(parsed, "--task_id", "--execution_id")?;
    let connection = &parsed.connection;
    let cache = connection.cache_target()?;
    runtime::block_on(async {
        let store = connection.connect_mlmd().await?;
        let api = match &cache {
            CacheTarget::Api(endpoint) => Some(connection.connect_api_cache(endpoint).await?),
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
        let store = parsed.connection.connect_mlmd().await?;
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
