//! The few Kubernetes reads the binaries need (contract §6.6).
//!
//! Driver, launcher and publisher only ever `get` three kinds of object in the
//! pod's own namespace: ConfigMap `kfp-launcher`, object-store Secrets and
//! their own Pod. Three GETs do not earn `kube` (1.8 MiB in every pod's
//! launcher): this is a thin HTTPS client over the `reqwest` the object stores
//! already use, with the pod's service-account token and CA, and it turns API
//! failures into errors an operator can act on (which object, which RBAC grant
//! is missing) without ever putting secret values in an error or a log line.
//! Only the in-cluster configuration is read: outside a pod nothing here is
//! needed (local runs take credentials from the environment).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use k8s_openapi::api::core::v1::{ConfigMap, Pod, Secret as K8sSecret};
use serde::de::DeserializeOwned;

/// Where the kubelet mounts the pod's namespace; read when the caller does not
/// pass one. Public so tests and callers can point [`read_namespace`] elsewhere.
pub const NAMESPACE_FILE: &str = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

/// The service account's token (re-read per request: bound tokens rotate).
pub const TOKEN_FILE: &str = "/var/run/secrets/kubernetes.io/serviceaccount/token";

/// The cluster CA the API server's certificate chains to.
pub const CA_FILE: &str = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";

/// Upper bound on one GET: a pod waiting forever on a wedged API server is
/// worse than failing its task, and our reads are small single objects.
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
    #[error("cannot configure the Kubernetes client (in-cluster service account): {reason}")]
    Config { reason: String },
    #[error("cannot build the Kubernetes client")]
    Client(#[source] reqwest::Error),
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
        source: reqwest::Error,
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
        source: reqwest::Error,
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
    http: reqwest::Client,
    /// `https://<host>:<port>`, no trailing slash.
    base: String,
    /// The bearer token's file, re-read per request; `None` for tests.
    token: Option<PathBuf>,
    namespace: String,
}

impl fmt::Debug for K8s {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("K8s")
            .field("base", &self.base)
            .field("namespace", &self.namespace)
            .finish_non_exhaustive()
    }
}

impl K8s {
    /// Connects as the pod's service account (`KUBERNETES_SERVICE_HOST` /
    /// `_PORT`, the mounted token and CA). `namespace` defaults to the one
    /// in [`NAMESPACE_FILE`]. Does not touch the network.
    pub async fn in_cluster(namespace: Option<String>) -> Result<K8s, K8sError> {
        let namespace = match namespace {
            Some(ns) => ns,
            None => read_namespace(Path::new(NAMESPACE_FILE))?,
        };
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let (Some(host), Some(port)) = (
            env("KUBERNETES_SERVICE_HOST"),
            env("KUBERNETES_SERVICE_PORT"),
        ) else {
            return Err(K8sError::Config {
                reason: "KUBERNETES_SERVICE_HOST/KUBERNETES_SERVICE_PORT are not set: not in a pod"
                    .into(),
            });
        };
        let host = if host.contains(':') {
            format!("[{host}]")
        } else {
            host
        };
        let ca = std::fs::read(CA_FILE).map_err(|e| K8sError::Config {
            reason: format!("reading the cluster CA {CA_FILE}: {e}"),
        })?;
        let ca = reqwest::Certificate::from_pem(&ca).map_err(K8sError::Client)?;
        crate::install_crypto_provider();
        let http = reqwest::Client::builder()
            .tls_certs_only([ca])
            .timeout(READ_TIMEOUT)
            .build()
            .map_err(K8sError::Client)?;
        Ok(K8s {
            http,
            base: format!("https://{host}:{port}"),
            token: Some(PathBuf::from(TOKEN_FILE)),
            namespace,
        })
    }

    /// A client of the API server at `base_url` without credentials (tests
    /// point one at a fake API server).
    pub fn from_base_url(base_url: &str, namespace: impl Into<String>) -> Result<K8s, K8sError> {
        crate::install_crypto_provider();
        let http = reqwest::Client::builder()
            .timeout(READ_TIMEOUT)
            .build()
            .map_err(K8sError::Client)?;
        Ok(K8s {
            http,
            base: base_url.trim_end_matches('/').to_owned(),
            token: None,
            namespace: namespace.into(),
        })
    }

    /// Authenticate with the bearer token in `file`, re-read per request.
    pub fn with_token_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.token = Some(file.into());
        self
    }

    /// The namespace every read is in.
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// The ConfigMap `name`; `None` when it does not exist.
    pub async fn config_map(
        &self,
        name: &str,
    ) -> Result<Option<BTreeMap<String, String>>, K8sError> {
        let cm: Option<ConfigMap> = self.get(Kind::ConfigMap, name).await?;
        Ok(cm.map(|c| c.data.unwrap_or_default()))
    }

    /// The Secret `name`, decoded; `None` when it does not exist.
    pub async fn secret(&self, name: &str) -> Result<Option<Secret>, K8sError> {
        let s: Option<K8sSecret> = self.get(Kind::Secret, name).await?;
        Ok(s.map(|s| {
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

    /// One namespaced GET; 404 is `None`. The body is never logged (for a
    /// Secret it holds the data).
    async fn get<K>(&self, kind: Kind, name: &str) -> Result<Option<K>, K8sError>
    where
        K: DeserializeOwned,
    {
        let ns = self.namespace.clone();
        let url = format!(
            "{}/api/v1/namespaces/{}/{}/{}",
            self.base,
            path_segment(&ns),
            kind.resource(),
            path_segment(name)
        );
        let mut req = self.http.get(url).header("accept", "application/json");
        if let Some(file) = &self.token {
            let token = std::fs::read_to_string(file).map_err(|e| K8sError::Config {
                reason: format!("reading the service-account token {}: {e}", file.display()),
            })?;
            req = req.bearer_auth(token.trim());
        }
        let failed = |source: reqwest::Error| {
            if source.is_connect() || source.is_timeout() {
                K8sError::Unavailable {
                    kind,
                    namespace: ns.clone(),
                    name: name.to_string(),
                    source,
                }
            } else {
                K8sError::Request {
                    kind,
                    namespace: ns.clone(),
                    name: name.to_string(),
                    source,
                }
            }
        };
        let response = req.send().await.map_err(failed)?;
        let code = response.status().as_u16();
        let text = response.text().await.map_err(failed)?;
        if code == 404 {
            return Ok(None);
        }
        if !(200..300).contains(&code) {
            return Err(classify(kind, ns, name, code, &text));
        }
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

/// Object names and namespaces are DNS labels/subdomains; anything else is
/// escaped rather than trusted into the path.
fn path_segment(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Maps a failed answer (a `metav1.Status` body) to what the operator must do.
fn classify(kind: Kind, namespace: String, name: &str, code: u16, body: &str) -> K8sError {
    #[derive(serde::Deserialize, Default)]
    struct Status {
        #[serde(default)]
        reason: String,
        #[serde(default)]
        message: String,
    }
    let status: Status = serde_json::from_str(body).unwrap_or_default();
    let name = name.to_string();
    match code {
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
    }
}

#[cfg(test)]
mod tests;
