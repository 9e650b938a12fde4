//! A driver run on its connections: [`drive`] is what a `driver` process
//! does after parsing its flags, and what `driver serve` does per request.
//! [`Clients`] holds the connections: a process makes them for its one run;
//! the server keeps them across requests (one MLMD channel per address, with
//! the execution and artifact type ids it has looked up; one Kubernetes
//! client), so a request costs no connect, no TLS handshake and no type
//! lookup after the first.

use std::{
    collections::HashMap,
    future::Future,
    sync::{Arc, Mutex, PoisonError},
};

use kfp_common::{
    cache::ApiTaskCache,
    flags::{CacheTarget, Connection, Endpoint},
    k8s::{read_namespace, K8s, NAMESPACE_FILE},
    metadata::grpc::MlmdStore,
    store::providers::LauncherConfig,
};

use crate::{
    args::{DriverArgs, DriverType},
    container::{container_driver, CacheLookup, Env},
    outputs::Outputs,
};

/// Outside a pod, the `kfp-launcher` ConfigMap's `data` can come from this
/// file (a JSON object of strings): drivers run by hand or by a harness
/// then place a run's artifacts exactly as the namespace's ConfigMap would.
pub const LAUNCHER_CONFIG_FILE: &str = "KFP_LAUNCHER_CONFIG_FILE";

/// How to reach the Kubernetes API.
#[derive(Debug, Clone)]
pub enum KubeAccess {
    /// As the pod's service account, when `KUBERNETES_SERVICE_HOST` is set;
    /// outside a pod there is no API server to ask.
    InCluster,
    /// This client (tests: a fake API server).
    Client(K8s),
}

/// The connections driver runs share (see the module doc).
#[derive(Debug)]
pub struct Clients {
    kube: KubeAccess,
    mlmd: Mutex<HashMap<MlmdKey, Arc<MlmdStore>>>,
    api: Mutex<HashMap<MlmdKey, Arc<ApiTaskCache>>>,
    /// The in-cluster client once made (its HTTP pool, the cluster CA).
    in_cluster: Mutex<Option<K8s>>,
}

/// What makes two runs' MLMD (or API server) connections the same one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct MlmdKey {
    address: String,
    port: String,
    tls: bool,
    ca_cert_path: String,
}

impl MlmdKey {
    fn of(c: &Connection, address: &str, port: &str) -> Self {
        Self {
            address: address.to_owned(),
            port: port.to_owned(),
            tls: c.metadata_tls_enabled,
            ca_cert_path: c.ca_cert_path.clone(),
        }
    }
}

impl Clients {
    pub fn new(kube: KubeAccess) -> Self {
        Self {
            kube,
            mlmd: Mutex::default(),
            api: Mutex::default(),
            in_cluster: Mutex::default(),
        }
    }

    /// The MLMD store of `c`, connected on first use.
    pub async fn mlmd(&self, c: &Connection) -> anyhow::Result<Arc<MlmdStore>> {
        let key = MlmdKey::of(c, &c.mlmd_server_address, &c.mlmd_server_port);
        Ok(cached(&self.mlmd, key, || async {
            c.connect_mlmd().await.map(Arc::new)
        })
        .await?)
    }

    /// MLMD connections made so far (one per address the requests named).
    pub fn mlmd_connections(&self) -> usize {
        lock(&self.mlmd).len()
    }

    /// The KFP API server's cache service at `api`, connected on first use.
    async fn api_cache(&self, c: &Connection, api: &Endpoint) -> anyhow::Result<Arc<ApiTaskCache>> {
        let key = MlmdKey::of(c, &api.address, &api.port.to_string());
        Ok(cached(&self.api, key, || async {
            c.connect_api_cache(api).await.map(Arc::new)
        })
        .await?)
    }

    /// A Kubernetes client reading in `namespace`; `None` outside a pod.
    pub async fn kube(&self, namespace: &str) -> Result<Option<K8s>, kfp_common::k8s::K8sError> {
        match &self.kube {
            KubeAccess::Client(k8s) => Ok(Some(k8s.in_namespace(namespace))),
            KubeAccess::InCluster => {
                if std::env::var_os("KUBERNETES_SERVICE_HOST").is_none() {
                    return Ok(None);
                }
                if let Some(k8s) = lock(&self.in_cluster).as_ref() {
                    return Ok(Some(k8s.in_namespace(namespace)));
                }
                let k8s = K8s::in_cluster(Some(namespace.to_owned())).await?;
                *lock(&self.in_cluster) = Some(k8s.clone());
                Ok(Some(k8s))
            }
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The client under `key`, or a new one from `connect` (not kept when it
/// fails: the next run tries again). Two runs that both find none both
/// connect, and the second one's is kept: rare, and harmless.
async fn cached<T, E, F, Fut>(
    map: &Mutex<HashMap<MlmdKey, Arc<T>>>,
    key: MlmdKey,
    connect: F,
) -> Result<Arc<T>, E>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<Arc<T>, E>>,
{
    if let Some(client) = lock(map).get(&key) {
        return Ok(client.clone());
    }
    let client = connect().await?;
    lock(map).insert(key, client.clone());
    Ok(client)
}

/// The run's namespace: `--namespace`, else the pod's service-account file.
fn namespace(parsed: &DriverArgs) -> anyhow::Result<String> {
    Ok(if parsed.namespace.is_empty() {
        read_namespace(std::path::Path::new(NAMESPACE_FILE))?
    } else {
        parsed.namespace.clone()
    })
}

/// Run the driver `parsed` describes on `clients`' connections. A
/// CONTAINER driver's error that comes after its execution exists carries
/// the outputs decided so far ([`crate::container::ContainerError::recorded`]).
pub async fn drive(parsed: &DriverArgs, clients: &Clients) -> anyhow::Result<Outputs> {
    // The flags' JSON first, as Go's driver does: a malformed --component,
    // --task, --container or --runtime_config is an error naming it at once,
    // not after a minute of retries against an unreachable MLMD.
    match parsed.driver_type {
        DriverType::RootDag => drop(crate::root::check_flags(parsed)?),
        DriverType::Dag => drop(crate::task::Specs::parse(parsed)?),
        DriverType::Container => drop(crate::container::Flags::parse(parsed)?),
    }
    match parsed.driver_type {
        DriverType::RootDag => root_main(parsed, clients).await,
        DriverType::Dag | DriverType::Container => task_main(parsed, clients).await,
    }
}

/// DAG and CONTAINER drivers.
async fn task_main(parsed: &DriverArgs, clients: &Clients) -> anyhow::Result<Outputs> {
    let store = clients.mlmd(&parsed.connection).await?;
    let store = &*store;
    let namespace = namespace(parsed)?;
    let before = store.round_trips();
    // Platform ops, the run's times and Secrets for cache checks come from
    // the API server; outside a pod there is none.
    // Most tasks never use it, so a pod without a service-account token
    // (automountServiceAccountToken: false) must not fail here: the few
    // that do say so when they need it.
    let kube = match clients.kube(&namespace).await {
        Ok(k8s) => k8s,
        Err(e) => {
            tracing::warn!(error = %kfp_common::error_chain(&e), "no Kubernetes API client: platform ops, Workflow times and cache-output checks that need one will fail or be skipped");
            None
        }
    };
    let outputs = if parsed.driver_type == DriverType::Dag {
        crate::dag::dag_driver(store, parsed, kube.as_ref()).await?
    } else {
        let api;
        let cache = match parsed.connection.cache_target()? {
            CacheTarget::Disabled => CacheLookup::Disabled,
            CacheTarget::Mlmd => CacheLookup::Mlmd,
            CacheTarget::Api(endpoint) => {
                api = clients.api_cache(&parsed.connection, &endpoint).await?;
                CacheLookup::Api(&api)
            }
        };
        let check = crate::stale::StoreCheck::new(match &kube {
            Some(k8s) => crate::stale::Secrets::Kube(k8s),
            None => crate::stale::Secrets::None,
        })
        .trusting(&parsed.connection.ca_cert_path);
        let env = Env {
            store,
            cache,
            outputs_check: &check,
            namespace,
            kube: kube.as_ref(),
            pvcs: None,
            pod_name: own_pod_name(),
        };
        container_driver(&env, parsed).await?
    };
    tracing::info!(
        execution = ?outputs.execution_id,
        mlmd_round_trips = store.round_trips() - before,
        "{} driver done",
        parsed.driver_type.as_str()
    );
    Ok(outputs)
}

async fn root_main(parsed: &DriverArgs, clients: &Clients) -> anyhow::Result<Outputs> {
    let namespace = namespace(parsed)?;
    let store = clients.mlmd(&parsed.connection).await?;
    let before = store.round_trips();
    // The namespace's kfp-launcher ConfigMap (absence is not an error).
    let config = if let Some(k8s) = clients.kube(&namespace).await? {
        match k8s.config_map("kfp-launcher").await? {
            Some(data) => LauncherConfig::from_config_map_data(&data)?,
            None => LauncherConfig::default(),
        }
    } else if let Some(file) = std::env::var_os(LAUNCHER_CONFIG_FILE) {
        launcher_config_file(std::path::Path::new(&file))?
    } else {
        tracing::warn!("not in a pod: no kfp-launcher ConfigMap, built-in pipeline root");
        LauncherConfig::default()
    };
    let outputs = crate::root::root_dag(&*store, parsed, &namespace, &config).await?;
    tracing::info!(execution = ?outputs.execution_id, mlmd_round_trips = store.round_trips() - before, "root DAG recorded");
    Ok(outputs)
}

fn launcher_config_file(path: &std::path::Path) -> anyhow::Result<LauncherConfig> {
    use anyhow::Context;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{LAUNCHER_CONFIG_FILE}: reading {}", path.display()))?;
    let data: std::collections::BTreeMap<String, String> = serde_json::from_str(&text)
        .with_context(|| {
            format!(
                "{LAUNCHER_CONFIG_FILE}: {} is not a JSON object of strings (the ConfigMap's data)",
                path.display()
            )
        })?;
    LauncherConfig::from_config_map_data(&data)
        .with_context(|| format!("{LAUNCHER_CONFIG_FILE}: {}", path.display()))
}

/// This pod's name: `KFP_POD_NAME` (set by the compiler from
/// `metadata.name`), else the hostname, as upstream.
fn own_pod_name() -> Option<String> {
    std::env::var(crate::pvc::ENV_POD_NAME)
        .ok()
        .filter(|n| !n.trim().is_empty())
        .or_else(|| {
            ["/proc/sys/kernel/hostname", "/etc/hostname"]
                .iter()
                .find_map(|f| std::fs::read_to_string(f).ok())
        })
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
}
