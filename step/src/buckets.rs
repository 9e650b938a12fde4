//! Which bucket an artifact URI lives in, opened once per run (contract §3.7).
//!
//! The run's pipeline root has session info (provider, endpoint, which
//! Secret holds the keys); a URI under the root's bucket uses it. Another
//! bucket of the same scheme and name reuses it too; any other bucket is
//! opened with environment credentials only, as upstream does. Local runs
//! may keep buckets they were not told about in the home directory.

use std::{collections::BTreeMap, future::Future, path::PathBuf};

use kfp_common::{
    metadata::{keys, value, RunContexts},
    store::{
        bucket::{
            parse_bucket_config, parse_bucket_from_artifact_uri, BucketConfig, LOCAL_PROVIDER,
        },
        open::{
            open_store, resolve_secrets, scheme_and_bucket, ExtraRoots, OpenError, SecretSource,
        },
        session::SessionInfo,
        settings::{store_settings, StoreSettings},
        ConfigError,
    },
    transfer::Bucket,
};
use tokio::sync::Mutex;

/// Finds (and opens, once) the bucket of a URI.
pub trait Buckets: Sync {
    fn bucket_for(&self, uri: &str) -> impl Future<Output = Result<Bucket, BucketError>> + Send;
}

/// Why the bucket of a URI could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum BucketError {
    #[error(transparent)]
    Uri(ConfigError),
    #[error("bucket {bucket}")]
    Settings {
        bucket: String,
        #[source]
        source: ConfigError,
    },
    /// Credentials (a Secret the session info names) or the store itself.
    #[error(transparent)]
    Open(OpenError),
}

/// Why the run context's bucket settings are unusable.
#[derive(Debug, thiserror::Error)]
pub enum RunBucketsError {
    #[error("run context {run:?}: store_session_info")]
    SessionInfo {
        run: String,
        #[source]
        source: ConfigError,
    },
    #[error("run context pipeline_root {root:?}")]
    PipelineRoot {
        root: String,
        #[source]
        source: ConfigError,
    },
}

/// Buckets of one run.
#[derive(Debug)]
pub struct RunBuckets<S> {
    /// The pipeline root's bucket and its session info; `None` when every
    /// bucket is local (a local run on its default root).
    root: Option<(BucketConfig, Option<SessionInfo>)>,
    secrets: S,
    /// Buckets other than the root's live under this directory
    /// (`<dir>/<scheme>/<bucket>`) instead of being opened remotely: local runs.
    local_others: Option<PathBuf>,
    /// Trusted besides the platform's roots (`--ca_cert_path`).
    roots: ExtraRoots,
    opened: Mutex<BTreeMap<String, Bucket>>,
}

impl<S: SecretSource + Sync> RunBuckets<S> {
    pub fn new(
        root: Option<(BucketConfig, Option<SessionInfo>)>,
        secrets: S,
        local_others: Option<PathBuf>,
    ) -> Self {
        Self {
            root,
            secrets,
            local_others,
            roots: ExtraRoots::none(),
            opened: Mutex::new(BTreeMap::new()),
        }
    }

    /// Every bucket's client also trusts `roots` (a private CA).
    pub fn trusting(mut self, roots: ExtraRoots) -> Self {
        self.roots = roots;
        self
    }

    /// The buckets of the run whose context is `run` (`pipeline_root`,
    /// `store_session_info`), and that session info's JSON as recorded.
    /// `local_objects` is the home's object directory of a local run: its
    /// default root and every other bucket then live there.
    pub fn for_run(
        run: &RunContexts,
        secrets: S,
        local_objects: Option<PathBuf>,
    ) -> Result<(Self, String), RunBucketsError> {
        let run_prop = |key: &str| value::str_property(&run.run.custom_properties, key).to_owned();
        let pipeline_root = run_prop(keys::PIPELINE_ROOT);
        let session_json = run_prop(keys::STORE_SESSION_INFO);
        let session = SessionInfo::from_json(&session_json).map_err(|source| {
            RunBucketsError::SessionInfo {
                run: run.run.name.clone().unwrap_or_default(),
                source,
            }
        })?;
        let root = if pipeline_root.is_empty() {
            None
        } else {
            Some(parse_bucket_config(&pipeline_root).map_err(|source| {
                RunBucketsError::PipelineRoot {
                    root: pipeline_root.clone(),
                    source,
                }
            })?)
        };
        // A local run's default root lives on this machine, like its other buckets.
        let local_root = session
            .as_ref()
            .is_some_and(|s| s.provider == LOCAL_PROVIDER);
        let root = root.filter(|_| !(local_root && local_objects.is_some()));
        let buckets = Self::new(root.map(|r| (r, session)), secrets, local_objects);
        Ok((buckets, session_json))
    }

    async fn open(&self, uri: &str) -> Result<Bucket, BucketError> {
        let cfg = parse_bucket_from_artifact_uri(uri).map_err(BucketError::Uri)?;
        let name = scheme_and_bucket(&cfg);
        let mut opened = self.opened.lock().await;
        if let Some(b) = opened.get(&name) {
            return Ok(b.clone());
        }
        // The root's bucket is opened with the root's own config: its query
        // (`?endpoint=…`) and session info.
        let root = self
            .root
            .as_ref()
            .filter(|(root, _)| cfg.scheme == root.scheme && cfg.bucket == root.bucket);
        let settings = match (self.local_dir(&cfg), root) {
            (Some(dir), None) => Ok(StoreSettings::Local(dir)),
            (_, Some((root, session))) => store_settings(root, session.as_ref()),
            (None, None) => store_settings(&cfg, None),
        }
        .map_err(|source| BucketError::Settings {
            bucket: name.clone(),
            source,
        })?;
        let secrets = resolve_secrets(&cfg, &settings, &self.secrets)
            .await
            .map_err(BucketError::Open)?;
        let store =
            open_store(&cfg, &settings, &secrets, &self.roots).map_err(BucketError::Open)?;
        let bucket = Bucket::new(store, &name);
        opened.insert(name, bucket.clone());
        Ok(bucket)
    }
}

impl<S> RunBuckets<S> {
    /// Where a bucket lives on this machine when it is kept locally.
    pub fn local_dir(&self, cfg: &BucketConfig) -> Option<PathBuf> {
        Some(kfp_common::store::bucket::local_bucket_dir(
            self.local_others.as_ref()?,
            cfg,
        ))
    }

    /// Where an object lives on this machine, when its bucket is local.
    pub fn local_path(&self, uri: &str) -> Option<PathBuf> {
        let cfg = parse_bucket_from_artifact_uri(uri).ok()?;
        let is_root = self
            .root
            .as_ref()
            .is_some_and(|(root, _)| cfg.scheme == root.scheme && cfg.bucket == root.bucket);
        if is_root {
            return None;
        }
        kfp_common::store::bucket::local_object_path(self.local_others.as_ref()?, uri)
    }
}

impl<S: SecretSource + Sync + Send> Buckets for RunBuckets<S> {
    fn bucket_for(&self, uri: &str) -> impl Future<Output = Result<Bucket, BucketError>> + Send {
        self.open(uri)
    }
}

/// No secrets: environment credentials only (local runs, tests).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoSecrets;

impl SecretSource for NoSecrets {
    async fn secret_value(
        &self,
        name: &str,
        key: &str,
    ) -> Result<String, kfp_common::store::open::OpenError> {
        Err(kfp_common::store::open::OpenError::Secret {
            bucket: String::new(),
            secret: name.to_owned(),
            key: key.to_owned(),
            reason: "no Kubernetes API here: use environment credentials (fromEnv)".into(),
        })
    }
}

/// Secrets of the pod's namespace through the Kubernetes API, connected on
/// first use: a run whose buckets need no Secret (environment credentials,
/// local files) never builds a Kubernetes client.
#[derive(Debug, Clone)]
pub struct InClusterSecrets {
    namespace: String,
    client: std::sync::Arc<tokio::sync::OnceCell<kfp_common::k8s::K8s>>,
}

impl InClusterSecrets {
    pub fn new(namespace: impl Into<String>) -> Self {
        Self {
            namespace: namespace.into(),
            client: Default::default(),
        }
    }

    /// Over an existing client (tests point one at a fake API server).
    pub fn with_client(client: kfp_common::k8s::K8s) -> Self {
        Self {
            namespace: client.namespace().to_owned(),
            client: std::sync::Arc::new(tokio::sync::OnceCell::new_with(Some(client))),
        }
    }
}

impl InClusterSecrets {
    /// The client, connected on first use; errors name the Secret and key
    /// that needed it.
    async fn client(
        &self,
        name: &str,
        key: &str,
    ) -> Result<&kfp_common::k8s::K8s, kfp_common::store::open::OpenError> {
        self.client
            .get_or_try_init(|| kfp_common::k8s::K8s::in_cluster(Some(self.namespace.clone())))
            .await
            .map_err(|e| kfp_common::store::open::OpenError::Secret {
                bucket: String::new(),
                secret: name.to_owned(),
                key: key.to_owned(),
                reason: format!(
                    "connecting to the Kubernetes API: {}",
                    kfp_common::error_chain(&e)
                ),
            })
    }
}

impl SecretSource for InClusterSecrets {
    async fn secret_value(
        &self,
        name: &str,
        key: &str,
    ) -> Result<String, kfp_common::store::open::OpenError> {
        self.client(name, key).await?.secret_value(name, key).await
    }

    async fn secret_values(
        &self,
        name: &str,
        keys: &[&str],
    ) -> Result<Vec<String>, kfp_common::store::open::OpenError> {
        let first = keys.first().copied().unwrap_or_default();
        self.client(name, first)
            .await?
            .secret_values(name, keys)
            .await
    }
}
