//! The few Kubernetes reads the binaries need (contract §6.6).
//!
//! Driver, launcher and publisher only ever `get` three kinds of object in the
//! pod's own namespace: ConfigMap `kfp-launcher`, object-store Secrets and
//! their own Pod. This module is deliberately thin over `kube::Client` so the
//! pod binaries carry no watch/runtime machinery, and it turns API failures
//! into errors an operator can act on (which object, which RBAC grant is
//! missing) without ever putting secret values in an error or a log line.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use k8s_openapi::api::core::v1::{ConfigMap, Pod, Secret as K8sSecret};
use kube::core::params::GetParams;
use kube::core::Request;
use serde::de::DeserializeOwned;

/// Where the kubelet mounts the pod's namespace; read when the caller does not
/// pass one. Public so tests and callers can point [`read_namespace`] elsewhere.
pub const NAMESPACE_FILE: &str = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

/// Upper bound on one GET. In-cluster kube configs set no read timeout (they
/// serve watches); a pod waiting forever on a wedged API server is worse than
/// failing its task, and our reads are small single objects.
const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// The object kinds read here; names the kind in errors and gives the RBAC
/// resource an operator must grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    ConfigMap,
    Secret,
    Pod,
}

impl Kind {
    /// Plural REST resource, as written in a Role's `resources:` list.
    pub fn resource(self) -> &'static str {
        match self {
            Kind::ConfigMap => "configmaps",
            Kind::Secret => "secrets",
            Kind::Pod => "pods",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::ConfigMap => "ConfigMap",
            Kind::Secret => "Secret",
            Kind::Pod => "Pod",
        })
    }
}

/// Why a Kubernetes read failed. Every variant names the object (or file) and
/// step; none carries a secret value or a credential.
#[derive(Debug, thiserror::Error)]
pub enum K8sError {
    #[error("cannot read the pod namespace from {}", path.display())]
    NamespaceFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read the pod namespace from {}: file is empty", path.display())]
    NamespaceEmpty { path: PathBuf },
    #[error("cannot load Kubernetes client config (in-cluster service account, then kubeconfig)")]
    Config(#[source] kube::config::InferConfigError),
    #[error("cannot build the Kubernetes client")]
    Client(#[source] kube::Error),
    #[error(
        "get {} {name:?} in namespace {namespace:?} is forbidden for this pod's service account: \
         grant get on {} ({message})",
        .kind.resource(), .kind.resource()
    )]
    Forbidden {
        kind: Kind,
        namespace: String,
        name: String,
        /// The API server's own wording; it names the service account.
        message: String,
    },
    #[error(
        "get {} {name:?} in namespace {namespace:?}: the API server rejected this pod's \
         credentials (401 Unauthorized); check the service-account token is mounted and current",
        .kind.resource()
    )]
    Unauthorized {
        kind: Kind,
        namespace: String,
        name: String,
    },
    #[error("get {} {name:?} in namespace {namespace:?}: API server unreachable", .kind.resource())]
    Unavailable {
        kind: Kind,
        namespace: String,
        name: String,
        source: kube::Error,
    },
    #[error("get {} {name:?} in namespace {namespace:?}: API error {code} {reason}: {message}", .kind.resource())]
    Api {
        kind: Kind,
        namespace: String,
        name: String,
        code: u16,
        reason: String,
        message: String,
    },
    #[error("get {} {name:?} in namespace {namespace:?}: request failed", .kind.resource())]
    Request {
        kind: Kind,
        namespace: String,
        name: String,
        source: kube::Error,
    },
    #[error("get {} {name:?} in namespace {namespace:?}: decoding the response: {detail}", .kind.resource())]
    Decode {
        kind: Kind,
        namespace: String,
        name: String,
        /// For Secrets only the position: serde's text may quote the data.
        detail: String,
    },
    #[error("Secret {name:?} in namespace {namespace:?} has no key {key:?}")]
    SecretKeyMissing {
        namespace: String,
        name: String,
        key: String,
    },
    #[error("Secret {name:?} in namespace {namespace:?}: key {key:?} is not valid UTF-8")]
    SecretKeyNotUtf8 {
        namespace: String,
        name: String,
        key: String,
    },
}

/// Reads the pod's namespace from `path` (normally [`NAMESPACE_FILE`]).
pub fn read_namespace(path: &Path) -> Result<String, K8sError> {
    let text = std::fs::read_to_string(path).map_err(|source| K8sError::NamespaceFile {
        path: path.to_path_buf(),
        source,
    })?;
    let ns = text.trim();
    if ns.is_empty() {
        return Err(K8sError::NamespaceEmpty {
            path: path.to_path_buf(),
        });
    }
    Ok(ns.to_string())
}

/// A Secret's decoded contents. Values stay bytes (service-account JSON, keys)
/// and are never printed: `Debug` shows key names only.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret {
    namespace: String,
    name: String,
    data: BTreeMap<String, Vec<u8>>,
}

impl Secret {
    /// Builds a Secret from already-decoded data (also for other crates' tests).
    pub fn new(
        namespace: impl Into<String>,
        name: impl Into<String>,
        data: BTreeMap<String, Vec<u8>>,
    ) -> Self {
        Secret {
            namespace: namespace.into(),
            name: name.into(),
            data,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    pub fn data(&self) -> &BTreeMap<String, Vec<u8>> {
        &self.data
    }

    /// The raw value of `key`; an error names the secret and key, never a value.
    pub fn get_bytes(&self, key: &str) -> Result<&[u8], K8sError> {
        self.data
            .get(key)
            .map(Vec::as_slice)
            .ok_or_else(|| K8sError::SecretKeyMissing {
                namespace: self.namespace.clone(),
                name: self.name.clone(),
                key: key.to_string(),
            })
    }

    /// The value of `key` as text (access keys, tokens).
    pub fn get_str(&self, key: &str) -> Result<&str, K8sError> {
        std::str::from_utf8(self.get_bytes(key)?).map_err(|_| K8sError::SecretKeyNotUtf8 {
            namespace: self.namespace.clone(),
            name: self.name.clone(),
            key: key.to_string(),
        })
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Redacted;
        impl fmt::Debug for Redacted {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("<redacted>")
            }
        }
        struct Keys<'a>(&'a BTreeMap<String, Vec<u8>>);
        impl fmt::Debug for Keys<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.keys().map(|k| (k, Redacted)))
                    .finish()
            }
        }
        f.debug_struct("Secret")
            .field("namespace", &self.namespace)
            .field("name", &self.name)
            .field("data", &Keys(&self.data))
            .finish()
    }
}

/// A client bound to the pod's namespace: every read here is namespaced, and
/// the pod's service account is only granted rights there.
#[derive(Clone)]
pub struct K8s {
    client: kube::Client,
    namespace: String,
}

impl fmt::Debug for K8s {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("K8s")
            .field("namespace", &self.namespace)
            .finish_non_exhaustive()
    }
}

impl K8s {
    /// Connects as the pod's service account, falling back to a kubeconfig
    /// (local runs). In-cluster comes first because a user image may ship a
    /// `~/.kube/config` that must not override the pod's own identity.
    /// `namespace` defaults to the one in [`NAMESPACE_FILE`].
    pub async fn in_cluster(namespace: Option<String>) -> Result<K8s, K8sError> {
        let namespace = match namespace {
            Some(ns) => ns,
            None => read_namespace(Path::new(NAMESPACE_FILE))?,
        };
        let mut config = match kube::Config::incluster() {
            Ok(config) => config,
            Err(_) => kube::Config::infer().await.map_err(K8sError::Config)?,
        };
        config.read_timeout.get_or_insert(READ_TIMEOUT);
        let client = kube::Client::try_from(config).map_err(K8sError::Client)?;
        Ok(K8s { client, namespace })
    }

    /// Wraps an existing client (tests point one at a fake API server).
    pub fn from_client(client: kube::Client, namespace: impl Into<String>) -> K8s {
        K8s {
            client,
            namespace: namespace.into(),
        }
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// ConfigMap `name`'s `data`; `None` when it does not exist (e.g. the
    /// optional `kfp-launcher` ConfigMap).
    pub async fn config_map(
        &self,
        name: &str,
    ) -> Result<Option<BTreeMap<String, String>>, K8sError> {
        let cm: Option<ConfigMap> = self.get(Kind::ConfigMap, name).await?;
        Ok(cm.map(|cm| cm.data.unwrap_or_default()))
    }

    /// Secret `name`, `data` decoded from base64 and `stringData` merged over
    /// it (the API server folds `stringData` into `data`, but fixtures may not).
    pub async fn secret(&self, name: &str) -> Result<Option<Secret>, K8sError> {
        let secret: Option<K8sSecret> = self.get(Kind::Secret, name).await?;
        Ok(secret.map(|s| {
            let mut data: BTreeMap<String, Vec<u8>> = s
                .data
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| (k, v.0))
                .collect();
            for (k, v) in s.string_data.unwrap_or_default() {
                data.insert(k, v.into_bytes());
            }
            Secret::new(self.namespace.clone(), name, data)
        }))
    }

    /// The pod `name` (normally this pod: annotations, labels, statuses).
    pub async fn pod(&self, name: &str) -> Result<Option<Pod>, K8sError> {
        self.get(Kind::Pod, name).await
    }

    /// One namespaced GET. Uses `request_text` rather than `Api::get` because
    /// kube's typed path logs the whole body at warn on a decode failure,
    /// which for a Secret would print its data.
    async fn get<K>(&self, kind: Kind, name: &str) -> Result<Option<K>, K8sError>
    where
        K: DeserializeOwned,
    {
        let ns = self.namespace.clone();
        let req = Request::new(format!("/api/v1/namespaces/{ns}/{}", kind.resource()))
            .get(name, &GetParams::default())
            .map_err(|e| K8sError::Request {
                kind,
                namespace: ns.clone(),
                name: name.to_string(),
                source: kube::Error::BuildRequest(e),
            })?;
        let text = match self.client.request_text(req).await {
            Ok(text) => text,
            Err(kube::Error::Api(status)) if status.is_not_found() => return Ok(None),
            Err(e) => return Err(classify(kind, ns, name, e)),
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| K8sError::Decode {
                kind,
                namespace: ns,
                name: name.to_string(),
                detail: if kind == Kind::Secret {
                    format!(
                        "{:?} error at line {} column {}",
                        e.classify(),
                        e.line(),
                        e.column()
                    )
                } else {
                    e.to_string()
                },
            })
    }
}

/// Maps a kube error to what the operator must do about it.
fn classify(kind: Kind, namespace: String, name: &str, e: kube::Error) -> K8sError {
    let name = name.to_string();
    match e {
        kube::Error::Api(status) => match status.code {
            401 => K8sError::Unauthorized {
                kind,
                namespace,
                name,
            },
            403 => K8sError::Forbidden {
                kind,
                namespace,
                name,
                message: status.message,
            },
            code => K8sError::Api {
                kind,
                namespace,
                name,
                code,
                reason: status.reason,
                message: status.message,
            },
        },
        e @ (kube::Error::HyperError(_) | kube::Error::Service(_)) => K8sError::Unavailable {
            kind,
            namespace,
            name,
            source: e,
        },
        e => K8sError::Request {
            kind,
            namespace,
            name,
            source: e,
        },
    }
}

#[cfg(test)]
mod tests;
