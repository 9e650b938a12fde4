//! Whether a cached output still exists in its object store: a cache hit
//! whose objects were deleted (bucket lifecycle rules, a cleaned-up run
//! root) would hand the next task URIs that fail to download. Upstream
//! trusts every hit; here a hit whose output is gone is a miss.
//!
//! The artifact is opened the way it was written: its URI's bucket with the
//! `store_session_info` recorded on it, credentials from the namespace's
//! Secrets. A file artifact is one object; a directory artifact is a prefix
//! with at least one object under it.

use futures::StreamExt;
use kfp_common::{
    metadata::{keys, value},
    proto::ml_metadata as mlmd,
    store::{
        bucket::{local_bucket_dir, parse_bucket_from_artifact_uri, LOCAL_PROVIDER},
        ca::PrivateCa,
        open::{open_store, resolve_secrets, scheme_and_bucket, SecretSource},
        session::SessionInfo,
        settings::{store_settings, StoreSettings},
    },
};
use object_store::{path::Path as ObjectPath, ObjectStore, ObjectStoreExt};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use crate::container::OutputCheck;

/// Checks outputs in their object stores, with Secrets from `secrets`.
/// Each store is opened once (a hit's outputs usually share one bucket, and
/// opening reads its Secret from the API server).
#[derive(Debug)]
pub struct StoreCheck<S> {
    secrets: S,
    /// Local runs: where buckets of the `local` provider live.
    local_objects: Option<std::path::PathBuf>,
    /// `--ca_cert_path`: a private CA trusted besides the platform's roots,
    /// read when a store is first opened (most drivers check no output).
    ca_cert_path: String,
    /// By bucket and session info.
    opened: Mutex<HashMap<(String, String), Arc<dyn ObjectStore>>>,
}

impl<S> StoreCheck<S> {
    pub fn new(secrets: S) -> Self {
        Self {
            secrets,
            local_objects: None,
            ca_cert_path: String::new(),
            opened: Mutex::new(HashMap::new()),
        }
    }

    /// Stores' clients also trust the CA of `--ca_cert_path` (empty: none).
    pub fn trusting(mut self, ca_cert_path: &str) -> Self {
        self.ca_cert_path = ca_cert_path.to_owned();
        self
    }

    /// Open outputs recorded with the `local` provider (a local run's) in
    /// `objects` (`<objects>/<scheme>/<bucket>`).
    pub fn with_local_objects(mut self, objects: std::path::PathBuf) -> Self {
        self.local_objects = Some(objects);
        self
    }

    /// The Secrets the check reads credentials from.
    pub fn secrets(&self) -> &S {
        &self.secrets
    }
}

impl<S: SecretSource + Sync> StoreCheck<S> {
    async fn store(
        &self,
        uri: &str,
        session_json: Option<&str>,
    ) -> Result<(Arc<dyn ObjectStore>, String), String> {
        let bucket = parse_bucket_from_artifact_uri(uri).map_err(|e| format!("{uri}: {e}"))?;
        let key = bucket
            .key_from_uri(uri)
            .map_err(|e| format!("{uri}: {e}"))?;
        let memo = (
            scheme_and_bucket(&bucket),
            session_json.unwrap_or_default().to_owned(),
        );
        if let Some(store) = self
            .opened
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&memo)
        {
            return Ok((store.clone(), key));
        }
        let session = session_json
            .map(SessionInfo::from_json)
            .transpose()
            .map_err(|e| format!("{uri}: store_session_info: {e}"))?
            .flatten();
        let local = self.local_objects.as_deref().filter(|_| {
            session
                .as_ref()
                .is_some_and(|s| s.provider == LOCAL_PROVIDER)
        });
        let settings = match local {
            Some(objects) => StoreSettings::Local(local_bucket_dir(objects, &bucket)),
            None => store_settings(&bucket, session.as_ref()).map_err(|e| format!("{uri}: {e}"))?,
        };
        let secrets = resolve_secrets(&bucket, &settings, &self.secrets)
            .await
            .map_err(|e| kfp_common::error_chain(&e))?;
        let roots = PrivateCa::from_flag(&self.ca_cert_path)
            .map_err(|e| kfp_common::error_chain(&e))?
            .map(|ca| ca.roots().clone())
            .unwrap_or_default();
        let store = open_store(&bucket, &settings, &secrets, &roots)
            .map_err(|e| kfp_common::error_chain(&e))?;
        self.opened
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(memo, store.clone());
        Ok((store, key))
    }
}

impl<S: SecretSource + Sync> OutputCheck for StoreCheck<S> {
    async fn exists(&self, artifact: &mlmd::Artifact) -> Result<bool, String> {
        // Metrics and outputs the user left unwritten are recorded with no
        // object behind them: the record is the whole output. Only what the
        // launcher uploaded (it records size and digest) can go missing.
        let uploaded = [
            kfp_common::artifact::SIZE_BYTES,
            kfp_common::artifact::DIGEST,
        ]
        .iter()
        .any(|k| artifact.custom_properties.contains_key(*k));
        if !uploaded {
            return Ok(true);
        }
        let uri = artifact.uri.as_deref().unwrap_or_default();
        let session = artifact
            .custom_properties
            .get(keys::STORE_SESSION_INFO)
            .and_then(value::as_str);
        // An empty directory was uploaded as no object at all: its record
        // (the empty manifest's digest) is the whole output, as the
        // launcher's download takes it.
        let digest = artifact
            .custom_properties
            .get(kfp_common::artifact::DIGEST)
            .and_then(value::as_str);
        if digest == Some(kfp_common::transfer::EMPTY_DIRECTORY_DIGEST) {
            return Ok(true);
        }
        let (store, key) = self.store(uri, session).await?;
        let size = artifact
            .custom_properties
            .get(kfp_common::artifact::SIZE_BYTES)
            .and_then(value::as_int)
            .and_then(|s| u64::try_from(s).ok());
        exists(store.as_ref(), &key, size)
            .await
            .map_err(|e| format!("{uri}: {e}"))
    }
}

/// One object at `key` (of `size` bytes when the record says so: a file
/// rewritten since is not the cached output), or any object under `key/`.
/// The digest itself is checked by the launcher as it downloads.
pub async fn exists(
    store: &dyn ObjectStore,
    key: &str,
    size: Option<u64>,
) -> Result<bool, object_store::Error> {
    let path = ObjectPath::from(key);
    match store.head(&path).await {
        Ok(meta) => return Ok(size.is_none_or(|s| s == meta.size)),
        Err(object_store::Error::NotFound { .. }) => {}
        Err(e) => return Err(e),
    }
    let mut under = store.list(Some(&path));
    match under.next().await {
        Some(Ok(_)) => Ok(true),
        Some(Err(e)) => Err(e),
        None => Ok(false),
    }
}

/// Secrets for [`StoreCheck`]: the namespace's through the Kubernetes API,
/// or none outside a cluster (stores with credentials from the environment
/// still open; others are reported as uncheckable and the hit is trusted).
#[derive(Debug, Clone, Copy)]
pub enum Secrets<'a> {
    Kube(&'a kfp_common::k8s::K8s),
    None,
}

impl<'a> SecretSource for Secrets<'a> {
    async fn secret_value(
        &self,
        name: &str,
        key: &str,
    ) -> Result<String, kfp_common::store::open::OpenError> {
        self.secret_values(name, &[key])
            .await
            .map(|mut v| v.pop().unwrap_or_default())
    }

    async fn secret_values(
        &self,
        name: &str,
        keys: &[&str],
    ) -> Result<Vec<String>, kfp_common::store::open::OpenError> {
        let key = keys.first().copied().unwrap_or_default();
        match self {
            Secrets::Kube(k8s) => k8s.secret_values(name, keys).await,
            Secrets::None => Err(kfp_common::store::open::OpenError::Secret {
                bucket: String::new(),
                secret: name.to_owned(),
                key: key.to_owned(),
                reason: "not in a cluster: no Kubernetes API to read it from".to_owned(),
            }),
        }
    }
}
