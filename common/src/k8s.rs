//! The few Kubernetes calls the binaries need (contract §6.6).
//!
//! Driver, launcher and publisher only ever touch a handful of objects in the
//! pod's own namespace: they `get` ConfigMap `kfp-launcher`, object-store
//! Secrets, their own Pod and (driver, for time placeholders, §2.3 step 4) the
//! run's Argo Workflow; the driver's platform ops (§2.11) create, get and
//! delete PersistentVolumeClaims. That does not earn `kube` (1.8 MiB in every
//! pod's launcher): this is a thin HTTPS client over the `reqwest` the object
//! stores already use, with the pod's service-account token and CA, and it
//! turns API failures into errors an operator can act on (which verb on which
//! object, which RBAC grant is missing) without ever putting secret values in
//! an error or a log line. Only the in-cluster configuration is read: outside
//! a pod nothing here is needed (local runs take credentials from the
//! environment).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use k8s_openapi::api::core::v1::{ConfigMap, PersistentVolumeClaim, Pod, Secret as K8sSecret};
use serde::de::DeserializeOwned;

/// Where the kubelet mounts the pod's namespace; read when the caller does not
/// pass one. Public so tests and callers can point [`read_namespace`] elsewhere.
pub const NAMESPACE_FILE: &str = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

/// The service account's token (re-read per request: bound tokens rotate).
pub const TOKEN_FILE: &str = "/var/run/secrets/kubernetes.io/serviceaccount/token";

/// The cluster CA the API server's certificate chains to.
pub const CA_FILE: &str = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";

/// Upper bound on one call: a pod waiting forever on a wedged API server is
/// worse than failing its task, and every call here is one small object.
const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// The Argo Workflow label holding a scheduled run's epoch (unix seconds),
/// the pipeline job's schedule time (contract §2.3 step 4).
pub const WORKFLOW_EPOCH_LABEL: &str = "pipelines.kubeflow.org/workflowEpoch";

/// The object kinds used here; names the kind in errors and gives the RBAC
/// resource an operator must grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    ConfigMap,
    Secret,
    Pod,
    PersistentVolumeClaim,
    /// Argo's `workflows.argoproj.io/v1alpha1`.
    Workflow,
}

impl Kind {
    /// Plural REST resource, as written in a Role's `resources:` list.
    pub fn resource(self) -> &'static str {
        match self {
            Kind::ConfigMap => "configmaps",
            Kind::Secret => "secrets",
            Kind::Pod => "pods",
            Kind::PersistentVolumeClaim => "persistentvolumeclaims",
            Kind::Workflow => "workflows",
        }
    }

    /// The resource with its API group (`workflows.argoproj.io`), as RBAC
    /// and `kubectl` name it; the bare resource for the core group.
    pub fn qualified_resource(self) -> &'static str {
        match self {
            Kind::Workflow => "workflows.argoproj.io",
            other => other.resource(),
        }
    }

    /// The URL prefix of the kind's group and version.
    fn api_prefix(self) -> &'static str {
        match self {
            Kind::Workflow => "apis/argoproj.io/v1alpha1",
            _ => "api/v1",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::ConfigMap => "ConfigMap",
            Kind::Secret => "Secret",
            Kind::Pod => "Pod",
            Kind::PersistentVolumeClaim => "PersistentVolumeClaim",
            Kind::Workflow => "Workflow",
        })
    }
}

/// What a call does to its object, as RBAC names the verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Get,
    Create,
    Delete,
}

impl fmt::Display for Verb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verb::Get => "get",
            Verb::Create => "create",
            Verb::Delete => "delete",
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
        "{verb} {} {name:?} in namespace {namespace:?} is forbidden for this pod's service \
         account: grant {verb} on {} ({message})",
        .kind.qualified_resource(), .kind.qualified_resource()
    )]
    Forbidden {
        verb: Verb,
        kind: Kind,
        namespace: String,
        name: String,
        /// The API server's own wording; it names the service account.
        message: String,
    },
    #[error(
        "{verb} {} {name:?} in namespace {namespace:?}: the API server rejected this pod's \
         credentials (401 Unauthorized); check the service-account token is mounted and current",
        .kind.qualified_resource()
    )]
    Unauthorized {
        verb: Verb,
        kind: Kind,
        namespace: String,
        name: String,
    },
    #[error(
        "{verb} {} {name:?} in namespace {namespace:?}: it already exists ({message})",
        .kind.qualified_resource()
    )]
    AlreadyExists {
        verb: Verb,
        kind: Kind,
        namespace: String,
        name: String,
        message: String,
    },
    #[error("{verb} {} {name:?} in namespace {namespace:?}: API server unreachable", .kind.qualified_resource())]
    Unavailable {
        verb: Verb,
        kind: Kind,
        namespace: String,
        name: String,
        source: reqwest::Error,
    },
    #[error("{verb} {} {name:?} in namespace {namespace:?}: API error {code} {reason}: {message}", .kind.qualified_resource())]
    Api {
        verb: Verb,
        kind: Kind,
        namespace: String,
        name: String,
        code: u16,
        reason: String,
        message: String,
    },
    #[error("{verb} {} {name:?} in namespace {namespace:?}: request failed", .kind.qualified_resource())]
    Request {
        verb: Verb,
        kind: Kind,
        namespace: String,
        name: String,
        source: reqwest::Error,
    },
    #[error("{verb} {} {name:?} in namespace {namespace:?}: encoding the request: {detail}", .kind.qualified_resource())]
    Encode {
        verb: Verb,
        kind: Kind,
        namespace: String,
        name: String,
        detail: String,
    },
    #[error("{verb} {} {name:?} in namespace {namespace:?}: decoding the response: {detail}", .kind.qualified_resource())]
    Decode {
        verb: Verb,
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

    /// The same client (its connections, CA and token file) reading in
    /// `namespace`: `driver serve` keeps one client for all its requests.
    pub fn in_namespace(&self, namespace: impl Into<String>) -> K8s {
        K8s {
            namespace: namespace.into(),
            ..self.clone()
        }
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

    /// The PersistentVolumeClaim `name`; `None` when it does not exist.
    pub async fn pvc(&self, name: &str) -> Result<Option<PersistentVolumeClaim>, K8sError> {
        self.get(Kind::PersistentVolumeClaim, name).await
    }

    /// Create `pvc` in the namespace (its `metadata.namespace` is ignored)
    /// and answer the object as stored. A PVC of that name already there is
    /// [`K8sError::AlreadyExists`]. Never retried: a create whose answer was
    /// lost may have landed.
    pub async fn create_pvc(
        &self,
        pvc: &PersistentVolumeClaim,
    ) -> Result<PersistentVolumeClaim, K8sError> {
        let name = pvc.metadata.name.as_deref().unwrap_or_default();
        let verb = Verb::Create;
        let kind = Kind::PersistentVolumeClaim;
        let body = serde_json::to_vec(pvc).map_err(|e| K8sError::Encode {
            verb,
            kind,
            namespace: self.namespace.clone(),
            name: name.to_owned(),
            detail: e.to_string(),
        })?;
        let text = self.send(verb, kind, name, Some(body)).await?;
        // A create has no "absent" answer: 404 (no such namespace) is an
        // error, classified by `send`.
        let text = text.ok_or_else(|| K8sError::Api {
            verb,
            kind,
            namespace: self.namespace.clone(),
            name: name.to_owned(),
            code: 404,
            reason: "NotFound".into(),
            message: format!("namespace {:?} not found", self.namespace),
        })?;
        self.decode(verb, kind, name, &text)
    }

    /// Delete the PersistentVolumeClaim `name`: `true` when it was deleted
    /// (or is being deleted), `false` when there was none.
    pub async fn delete_pvc(&self, name: &str) -> Result<bool, K8sError> {
        Ok(self
            .send(Verb::Delete, Kind::PersistentVolumeClaim, name, None)
            .await?
            .is_some())
    }

    /// The Argo Workflow `name` (the run's `--run_name`): what the driver
    /// needs of it for the pipeline job's create and schedule times
    /// (contract §2.3 step 4); `None` when it does not exist.
    pub async fn workflow(&self, name: &str) -> Result<Option<WorkflowMeta>, K8sError> {
        #[derive(serde::Deserialize)]
        struct Object {
            #[serde(default)]
            metadata: Meta,
        }
        #[derive(serde::Deserialize, Default)]
        #[serde(rename_all = "camelCase")]
        struct Meta {
            #[serde(default)]
            name: Option<String>,
            #[serde(default)]
            creation_timestamp: Option<String>,
            #[serde(default)]
            labels: Option<BTreeMap<String, String>>,
        }
        let o: Option<Object> = self.get(Kind::Workflow, name).await?;
        Ok(o.map(|o| WorkflowMeta {
            name: o.metadata.name.unwrap_or_else(|| name.to_owned()),
            creation_timestamp: o.metadata.creation_timestamp,
            labels: o.metadata.labels.unwrap_or_default(),
        }))
    }

    /// One namespaced GET; 404 is `None`. The body is never logged (for a
    /// Secret it holds the data).
    async fn get<K>(&self, kind: Kind, name: &str) -> Result<Option<K>, K8sError>
    where
        K: DeserializeOwned,
    {
        match self.send(Verb::Get, kind, name, None).await? {
            Some(text) => self.decode(Verb::Get, kind, name, &text).map(Some),
            None => Ok(None),
        }
    }

    /// One namespaced call: `Get`/`Delete` of the object `name`, `Create`
    /// (POST of `body`) to the kind's collection. Answers the body of a 2xx
    /// response; `None` for 404 (no such object), except that a create
    /// answers the error, since its target is the namespace itself.
    async fn send(
        &self,
        verb: Verb,
        kind: Kind,
        name: &str,
        body: Option<Vec<u8>>,
    ) -> Result<Option<String>, K8sError> {
        let ns = self.namespace.clone();
        let collection = format!(
            "{}/{}/namespaces/{}/{}",
            self.base,
            kind.api_prefix(),
            path_segment(&ns),
            kind.resource(),
        );
        let mut req = match verb {
            Verb::Get => self
                .http
                .get(format!("{collection}/{}", path_segment(name))),
            Verb::Delete => self
                .http
                .delete(format!("{collection}/{}", path_segment(name))),
            Verb::Create => self
                .http
                .post(collection)
                .header("content-type", "application/json")
                .body(body.unwrap_or_default()),
        }
        .header("accept", "application/json");
        if let Some(file) = &self.token {
            let token = std::fs::read_to_string(file).map_err(|e| K8sError::Config {
                reason: format!("reading the service-account token {}: {e}", file.display()),
            })?;
            req = req.bearer_auth(token.trim());
        }
        let failed = |source: reqwest::Error| {
            if source.is_connect() || source.is_timeout() {
                K8sError::Unavailable {
                    verb,
                    kind,
                    namespace: ns.clone(),
                    name: name.to_string(),
                    source,
                }
            } else {
                K8sError::Request {
                    verb,
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
        if code == 404 && verb != Verb::Create {
            return Ok(None);
        }
        if !(200..300).contains(&code) {
            return Err(classify(verb, kind, ns, name, code, &text));
        }
        Ok(Some(text))
    }

    /// Decode an answer; for Secrets the error keeps only the position,
    /// since serde's text may quote the data.
    fn decode<K: DeserializeOwned>(
        &self,
        verb: Verb,
        kind: Kind,
        name: &str,
        text: &str,
    ) -> Result<K, K8sError> {
        serde_json::from_str(text).map_err(|e| K8sError::Decode {
            verb,
            kind,
            namespace: self.namespace.clone(),
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

/// What the driver reads of the run's Argo Workflow (contract §2.3 step 4).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkflowMeta {
    pub name: String,
    /// `metadata.creationTimestamp` as the API server wrote it (RFC 3339,
    /// UTC, whole seconds); `None` if absent.
    pub creation_timestamp: Option<String>,
    pub labels: BTreeMap<String, String>,
}

impl WorkflowMeta {
    /// The [`WORKFLOW_EPOCH_LABEL`] of a scheduled run, in unix seconds;
    /// `None` when absent, `Err` (with the text) when not an integer.
    pub fn workflow_epoch(&self) -> Option<Result<i64, String>> {
        self.labels.get(WORKFLOW_EPOCH_LABEL).map(|v| {
            v.trim()
                .parse()
                .map_err(|_| format!("label {WORKFLOW_EPOCH_LABEL}={v:?} is not unix seconds"))
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
fn classify(
    verb: Verb,
    kind: Kind,
    namespace: String,
    name: &str,
    code: u16,
    body: &str,
) -> K8sError {
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
            verb,
            kind,
            namespace,
            name,
        },
        403 => K8sError::Forbidden {
            verb,
            kind,
            namespace,
            name,
            message: status.message,
        },
        409 if verb == Verb::Create => K8sError::AlreadyExists {
            verb,
            kind,
            namespace,
            name,
            message: status.message,
        },
        code => K8sError::Api {
            verb,
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
