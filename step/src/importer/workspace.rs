//! `downloadToWorkspace`: the imported URI's bytes into the run's workspace
//! volume, where downstream tasks read them instead of downloading (their
//! input artifact carries `_kfp_workspace: true`, contract §3.4).
//!
//! The path is the URI's local path rebased under the workspace:
//! `minio://bucket/x` → `/kfp-workspace/.artifacts/minio/bucket/x`, as
//! upstream's `LocalWorkspacePathForURI`. The bucket is opened with the
//! session info the namespace's `kfp-launcher` ConfigMap gives the URI
//! (upstream's `resolveBucketConfigForURI`); a ConfigMap that cannot be read
//! is only a warning, and the bucket is then opened from the environment.

use std::{future::Future, path::PathBuf, time::Duration};

use kfp_common::{
    k8s::{K8s, K8sError},
    store::{
        bucket::parse_bucket_from_artifact_uri,
        open::{ExtraRoots, SecretSource},
        providers::{LauncherConfig, CONFIG_MAP_NAME},
        session::session_info,
        ConfigError,
    },
    transfer::{Moved, TransferError},
    uri::{local_path, PathMap, WORKSPACE_PATH},
};

use crate::{
    buckets::{BucketError, Buckets, RunBuckets},
    init::Signals,
};

/// Why an artifact could not be imported into the workspace.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error("connecting to the Kubernetes API")]
    Kubernetes(#[source] K8sError),
    #[error("ConfigMap {CONFIG_MAP_NAME} in namespace {namespace}")]
    ConfigMap {
        namespace: String,
        #[source]
        source: ConfigError,
    },
    #[error("reading ConfigMap {CONFIG_MAP_NAME} in namespace {namespace}")]
    ReadConfigMap {
        namespace: String,
        #[source]
        source: K8sError,
    },
    #[error("{uri}: no workspace path for this URI scheme")]
    NoPath { uri: String },
    #[error("{uri}")]
    Uri {
        uri: String,
        #[source]
        source: ConfigError,
    },
    #[error("opening the bucket of {uri}")]
    Bucket {
        uri: String,
        #[source]
        source: BucketError,
    },
    #[error("downloading {uri} into the workspace")]
    Download {
        uri: String,
        #[source]
        source: TransferError,
    },
}

/// Where the `kfp-launcher` ConfigMap of the pod's namespace comes from.
pub trait LauncherConfigSource: Sync {
    /// The ConfigMap's settings; `Ok(LauncherConfig::default())` when it
    /// does not exist.
    fn launcher_config(
        &self,
    ) -> impl Future<Output = Result<LauncherConfig, WorkspaceError>> + Send;
}

/// A given configuration (tests, runs outside a cluster).
impl LauncherConfigSource for LauncherConfig {
    async fn launcher_config(&self) -> Result<LauncherConfig, WorkspaceError> {
        Ok(self.clone())
    }
}

/// The ConfigMap read through the Kubernetes API on first use (only an
/// import into the workspace needs it); outside a pod, the defaults.
#[derive(Debug, Clone)]
pub struct InClusterLauncherConfig {
    pub namespace: String,
}

impl LauncherConfigSource for InClusterLauncherConfig {
    async fn launcher_config(&self) -> Result<LauncherConfig, WorkspaceError> {
        if std::env::var_os("KUBERNETES_SERVICE_HOST").is_none() {
            return Ok(LauncherConfig::default());
        }
        let k8s = K8s::in_cluster(Some(self.namespace.clone()))
            .await
            .map_err(WorkspaceError::Kubernetes)?;
        let namespace = self.namespace.clone();
        match k8s.config_map(CONFIG_MAP_NAME).await {
            Ok(Some(data)) => LauncherConfig::from_config_map_data(&data)
                .map_err(|source| WorkspaceError::ConfigMap { namespace, source }),
            Ok(None) => Ok(LauncherConfig::default()),
            Err(source) => Err(WorkspaceError::ReadConfigMap { namespace, source }),
        }
    }
}

/// `/kfp-workspace/.artifacts/<local path of uri without its leading />`,
/// or `None` for a scheme without a local path.
pub fn workspace_path(uri: &str) -> Option<PathBuf> {
    let local = local_path(uri)?;
    let rel = local.strip_prefix("/").unwrap_or(&local).to_owned();
    Some(PathBuf::from(WORKSPACE_PATH).join(".artifacts").join(rel))
}

/// How a download into the workspace ended.
#[derive(Debug)]
pub enum Download {
    Done {
        moved: Moved,
        path: PathBuf,
    },
    Failed(WorkspaceError),
    /// SIGTERM/SIGINT (pod deletion) arrived first.
    Stopped(nix::sys::signal::Signal),
}

/// How the bucket of an imported URI is opened.
pub enum Opener<'a, S, C> {
    /// In a pod: with the session info the namespace's `kfp-launcher`
    /// ConfigMap gives the URI, as upstream.
    Cluster {
        secrets: S,
        config: &'a C,
        /// Trusted besides the platform's roots (`--ca_cert_path`).
        roots: ExtraRoots,
    },
    /// In a local run: as the run's own steps open it (its home keeps the
    /// default root and other buckets).
    Run(Box<RunBuckets<S>>),
}

/// Download `uri` (one object, or every object under it) to its workspace
/// path, re-rooted by `paths`. A termination signal stops the wait.
pub async fn download<S, C>(
    uri: &str,
    paths: &PathMap,
    opener: Opener<'_, S, C>,
    signals: &Signals,
) -> Download
where
    S: SecretSource + Sync + Send,
    C: LauncherConfigSource,
{
    let Some(kfp_path) = workspace_path(uri) else {
        return Download::Failed(WorkspaceError::NoPath {
            uri: uri.to_owned(),
        });
    };
    let dest = paths.host(&kfp_path);
    let work = async {
        let buckets = match opener {
            Opener::Run(buckets) => *buckets,
            Opener::Cluster {
                secrets,
                config,
                roots,
            } => cluster_buckets(uri, secrets, config).await?.trusting(roots),
        };
        let bucket = buckets
            .bucket_for(uri)
            .await
            .map_err(|source| WorkspaceError::Bucket {
                uri: uri.to_owned(),
                source,
            })?;
        // Nothing at the URI fails here (TransferError::NotFound): an
        // imported URI has no record of an empty directory behind it.
        bucket
            .download(uri, &dest)
            .await
            .map_err(|source| WorkspaceError::Download {
                uri: uri.to_owned(),
                source,
            })
    };
    tokio::pin!(work);
    loop {
        if let Some(signal) = signals.termination() {
            return Download::Stopped(signal);
        }
        tokio::select! {
            done = &mut work => {
                return match done {
                    Ok(moved) => Download::Done { moved, path: kfp_path },
                    Err(e) => Download::Failed(e),
                };
            }
            () = tokio::time::sleep(Duration::from_millis(100)) => {}
        }
    }
}

/// The URI's bucket with the session info the `kfp-launcher` ConfigMap
/// gives it (upstream's `resolveBucketConfigForURI`); without one, from the
/// environment.
async fn cluster_buckets<S, C>(
    uri: &str,
    secrets: S,
    config: &C,
) -> Result<RunBuckets<S>, WorkspaceError>
where
    S: SecretSource + Sync + Send,
    C: LauncherConfigSource,
{
    let cfg = parse_bucket_from_artifact_uri(uri).map_err(|source| WorkspaceError::Uri {
        uri: uri.to_owned(),
        source,
    })?;
    let session = match config.launcher_config().await {
        Ok(launcher) => match session_info(uri, launcher.providers.as_ref()) {
            Ok(s) => Some(s),
            Err(e) => {
                tracing::warn!(%uri, error = %kfp_common::error_chain(&e), "no session info for the artifact's bucket; opening it from the environment");
                None
            }
        },
        Err(e) => {
            tracing::warn!(%uri, error = %kfp_common::error_chain(&e), "kfp-launcher ConfigMap not read; opening the artifact's bucket from the environment");
            None
        }
    };
    Ok(RunBuckets::new(Some((cfg, session)), secrets, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_paths_follow_the_uri_mapping() {
        for (uri, want) in [
            (
                "minio://mlpipeline/v2/artifacts/x",
                Some("/kfp-workspace/.artifacts/minio/mlpipeline/v2/artifacts/x"),
            ),
            (
                "gs://ml-pipeline-playground/shakespeare1.txt",
                Some("/kfp-workspace/.artifacts/gcs/ml-pipeline-playground/shakespeare1.txt"),
            ),
            ("s3://b/dir/", Some("/kfp-workspace/.artifacts/s3/b/dir/")),
            ("mem://b/x", None),
            ("https://example.com/x", None),
        ] {
            assert_eq!(workspace_path(uri), want.map(PathBuf::from), "{uri}");
        }
    }
}
