//! The cluster modes as library calls: validate the flags, find the pod's
//! namespace, connect to MLMD (and to the KFP API server for cache
//! entries), then run the container or importer path. The launcher binary
//! and the publisher call these; they map the outcome to an exit code.

use kfp_common::{
    cache::{ApiTaskCache, CacheError},
    k8s::{read_namespace, K8sError, NAMESPACE_FILE},
    metadata::{
        grpc::{MlmdOptions, MlmdStore, TlsOptions},
        MetadataError,
    },
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
    #[error("--{flag} {value:?} is not a port number")]
    Port { flag: &'static str, value: String },
    #[error("--cache_store {value:?}: expected \"api\" or \"mlmd\"")]
    CacheStore { value: String },
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(
        "connecting to ML Metadata at {address}:{port} (--mlmd_server_address, --mlmd_server_port)"
    )]
    Mlmd {
        address: String,
        port: u16,
        #[source]
        source: MetadataError,
    },
    #[error("connecting to the KFP API server at {address}:{port} for cache entries (--ml_pipeline_server_address, --ml_pipeline_server_port)")]
    Api {
        address: String,
        port: u16,
        #[source]
        source: Box<CacheError>,
    },
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
    let (namespace, port) = prologue(parsed, "--task_id", "--execution_id")?;
    let cache = cache_target(parsed)?;
    runtime::block_on(async {
        // `--metadata_tls_enabled` covers MLMD and the API server (contract §2.1).
        let tls = tls(parsed);
        let store = connect_mlmd(parsed, port, tls.clone()).await?;
        let api = match cache {
            Some((address, port)) => Some(
                ApiTaskCache::connect(&address, port, tls)
                    .await
                    .map_err(|source| RunError::Api {
                        address,
                        port,
                        source: Box::new(source),
                    })?,
            ),
            None => None,
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
    let (namespace, port) = prologue(parsed, "--parent_task_id", "--parent_dag_id")?;
    runtime::block_on(async {
        let store = connect_mlmd(parsed, port, tls(parsed)).await?;
        let config = importer::InClusterLauncherConfig {
            namespace: namespace.clone(),
        };
        let deps = importer::Importer {
            store: &store,
            secrets: InClusterSecrets::new(namespace.clone()),
            config: &config,
            paths: PathMap::identity(),
            namespace,
        };
        let finished = importer::run(parsed, deps, signals).await?;
        tracing::info!(mlmd_round_trips = store.round_trips(), "done");
        Ok(finished)
    })?
}

/// What both cluster modes check first: the flags, the shape, the pod's
/// namespace, the MLMD port.
fn prologue(
    parsed: &LauncherArgs,
    task_api_flag: &'static str,
    mlmd_flag: &'static str,
) -> Result<(String, u16), RunError> {
    parsed.validate()?;
    if parsed.shape() == Shape::TaskApi {
        return Err(RunError::TaskApiShape {
            flag: task_api_flag,
            mlmd_flag,
        });
    }
    let namespace = pod_namespace(parsed)?;
    let port = port("mlmd_server_port", &parsed.mlmd_server_port)?;
    kfp_common::install_crypto_provider();
    Ok((namespace, port))
}

fn port(flag: &'static str, value: &str) -> Result<u16, RunError> {
    value.parse().map_err(|_| RunError::Port {
        flag,
        value: value.to_owned(),
    })
}

fn tls(parsed: &LauncherArgs) -> Option<TlsOptions> {
    parsed.metadata_tls_enabled.then(|| TlsOptions {
        ca_cert_path: (!parsed.ca_cert_path.is_empty()).then(|| parsed.ca_cert_path.clone().into()),
    })
}

async fn connect_mlmd(
    parsed: &LauncherArgs,
    port: u16,
    tls: Option<TlsOptions>,
) -> Result<MlmdStore, RunError> {
    let address = &parsed.mlmd_server_address;
    let mlmd = |source| RunError::Mlmd {
        address: address.clone(),
        port,
        source,
    };
    let mut options = MlmdOptions::from_env().map_err(mlmd)?;
    options.tls = tls;
    MlmdStore::connect(address, port, options)
        .await
        .map_err(mlmd)
}

/// The pod's namespace: `--namespace` (task-API shape), else the
/// service-account file, as upstream requires.
fn pod_namespace(parsed: &LauncherArgs) -> Result<String, RunError> {
    if !parsed.namespace.is_empty() {
        return Ok(parsed.namespace.clone());
    }
    read_namespace(std::path::Path::new(NAMESPACE_FILE)).map_err(RunError::Namespace)
}

/// The KFP API server to store cache entries in, unless caching is off or
/// the entries live in MLMD (`--cache_store mlmd`).
fn cache_target(parsed: &LauncherArgs) -> Result<Option<(String, u16)>, RunError> {
    if parsed.cache_disabled {
        return Ok(None);
    }
    match parsed.cache_store.as_str() {
        "mlmd" => Ok(None),
        "api" => Ok(Some((
            parsed.ml_pipeline_server_address.clone(),
            port("ml_pipeline_server_port", &parsed.ml_pipeline_server_port)?,
        ))),
        other => Err(RunError::CacheStore {
            value: other.to_owned(),
        }),
    }
}
