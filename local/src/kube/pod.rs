//! A task's pod as this machine runs it: what the kubelet would make of the
//! pod spec patch the driver wrote (the same `podspec` code as in a
//! cluster), with this machine standing in for the API server.
//!
//! * `env[].valueFrom`: `fieldRef` resolves against the pod (below),
//!   `secretKeyRef` / `configMapKeyRef` against `--secret` /
//!   `--config-map`; a missing object or key fails the task, naming both,
//!   unless the reference is `optional` (then the variable is unset);
//! * `volumes` mounted by the main container become bind mounts of the
//!   step's mount namespace: a PVC is its directory in the home, a Secret or
//!   ConfigMap a read-only copy of its keys, an `emptyDir` or generic
//!   ephemeral volume a fresh directory (copies and fresh directories live
//!   under the run's scratch and go when the task ends).
//!
//! The pod the fields describe: `metadata.name` and `metadata.uid` are the
//! walk's `KFP_POD_NAME` / `KFP_POD_UID`, `metadata.namespace` is `local`,
//! labels and annotations are the task's `podMetadata` (`add_pod_label`,
//! `add_pod_annotation`) plus what KFP and Argo put on every step pod,
//! `spec.nodeName` is this machine's host name, `spec.serviceAccountName`
//! KFP's `pipeline-runner`, and `status.podIP` / `status.hostIP` (and their
//! plural forms) `127.0.0.1`: the step shares this machine's network.

use std::{
    collections::BTreeMap,
    path::{Component, Path, PathBuf},
};

use k8s_openapi::api::core::v1::{Container, EnvVar, PodSpec, Volume, VolumeMount};

use super::{LocalPvcs, SourceKind, Sources};
use crate::isolation::BindMount;

/// KFP's service account of step pods (`pipeline-runner`).
pub const SERVICE_ACCOUNT: &str = "pipeline-runner";
/// Pod and host IP of a local step: it shares this machine's network.
pub const LOCAL_IP: &str = "127.0.0.1";

/// Why a task's pod cannot be run here; every variant names the task.
#[derive(Debug, thiserror::Error)]
pub enum PodError {
    #[error("task {task}: {kind} {name:?} is not given: pass {flag} {name}=DIR|FILE (needed for {what})", flag = kind.flag())]
    NotGiven {
        task: String,
        kind: SourceKind,
        name: String,
        what: String,
    },
    #[error("task {task}: {kind} {name:?} ({flag} {name}={}) has no key {key:?} (needed for {what})", path.display(), flag = kind.flag())]
    MissingKey {
        task: String,
        kind: SourceKind,
        name: String,
        path: PathBuf,
        key: String,
        what: String,
    },
    #[error("task {task}: environment variable {env}: fieldRef {field_path:?} is not a field a kubelet gives to environment variables")]
    FieldPath {
        task: String,
        env: String,
        field_path: String,
    },
    #[error("task {task}: volume {volume:?} at {mount_path}: PVC {claim:?} does not exist locally (no task created it with CreatePVC in this home)")]
    NoPvc {
        task: String,
        volume: String,
        claim: String,
        mount_path: String,
    },
    #[error("task {task}: mount {volume:?} at {mount_path}: {reason}")]
    BadMount {
        task: String,
        volume: String,
        mount_path: String,
        reason: String,
    },
    #[error("task {task}: volume {volume:?} must be mounted at {mount_path}, which needs a private mount namespace, and {why}; run as root (or with CAP_SYS_ADMIN) with --isolation auto or namespace")]
    NeedsNamespace {
        task: String,
        volume: String,
        mount_path: String,
        why: String,
    },
    #[error("task {task}: preparing volume {volume:?} in {}", path.display())]
    Prepare {
        task: String,
        volume: String,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// What is known of a step pod beyond its spec: the object around it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PodMeta {
    pub name: String,
    pub uid: String,
    pub namespace: String,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    pub node_name: String,
}

/// Labels and annotations of a step pod: the task's `podMetadata` from its
/// Kubernetes executor config (`add_pod_label`, `add_pod_annotation`), over
/// those KFP's compiler and Argo put on every step pod.
pub fn pod_metadata(
    kubernetes_config: &str,
    run_name: &str,
    run_id: &str,
) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let v2 = ("pipelines.kubeflow.org/v2_component", "true");
    let mut labels: BTreeMap<String, String> = [
        v2,
        ("workflows.argoproj.io/workflow", run_name),
        ("pipeline/runid", run_id),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let mut annotations = BTreeMap::from([(v2.0.to_owned(), v2.1.to_owned())]);
    let config: serde_json::Value = serde_json::from_str(kubernetes_config).unwrap_or_default();
    let strings = |v: &serde_json::Value| {
        v.as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
            .collect::<Vec<_>>()
    };
    labels.extend(strings(&config["podMetadata"]["labels"]));
    annotations.extend(strings(&config["podMetadata"]["annotations"]));
    (labels, annotations)
}

/// This machine's host name (`spec.nodeName`), `localhost` if unknown.
pub fn node_name() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

/// The value the kubelet gives an env var with `fieldRef: {fieldPath}`;
/// `None` for a path it refuses in env (the API server would reject the pod).
/// A label or annotation the pod lacks is `""`, as the kubelet gives it.
pub fn field_value(field_path: &str, pod: &PodMeta) -> Option<String> {
    if let Some((path, key)) = subscripted(field_path) {
        let map = match path {
            "metadata.labels" => &pod.labels,
            "metadata.annotations" => &pod.annotations,
            _ => return None,
        };
        return Some(map.get(key).cloned().unwrap_or_default());
    }
    Some(match field_path {
        "metadata.name" => pod.name.clone(),
        "metadata.namespace" => pod.namespace.clone(),
        "metadata.uid" => pod.uid.clone(),
        "spec.nodeName" => pod.node_name.clone(),
        "spec.serviceAccountName" => SERVICE_ACCOUNT.to_owned(),
        "status.podIP" | "status.podIPs" | "status.hostIP" | "status.hostIPs" => {
            LOCAL_IP.to_owned()
        }
        _ => return None,
    })
}

/// `metadata.labels['key']` → (`metadata.labels`, `key`), as the
/// kubelet's `SplitMaybeSubscriptedPath` reads it.
fn subscripted(field_path: &str) -> Option<(&str, &str)> {
    let inner = field_path.strip_suffix("']")?;
    let (path, key) = inner.split_once("['")?;
    Some((path, key))
}

/// The main container of a patch: `main`, else the first.
pub fn main_container(spec: &PodSpec) -> Option<&Container> {
    spec.containers
        .iter()
        .find(|c| c.name == kfp_driver::podspec::MAIN_CONTAINER)
        .or(spec.containers.first())
}

/// The main container's environment as the kubelet would set it, in order
/// (a later entry of the same name wins, as in a pod).
pub fn resolve_env(
    task: &str,
    main: &Container,
    pod: &PodMeta,
    sources: &Sources,
) -> Result<Vec<(String, String)>, PodError> {
    let mut out = Vec::new();
    for EnvVar {
        name,
        value,
        value_from,
    } in main.env.iter().flatten()
    {
        let Some(from) = value_from else {
            out.push((name.clone(), value.clone().unwrap_or_default()));
            continue;
        };
        let what = || format!("environment variable {name}");
        if let Some(field) = &from.field_ref {
            let v = field_value(&field.field_path, pod).ok_or_else(|| PodError::FieldPath {
                task: task.to_owned(),
                env: name.clone(),
                field_path: field.field_path.clone(),
            })?;
            out.push((name.clone(), v));
        } else if let Some((kind, object, key, optional)) = from
            .secret_key_ref
            .as_ref()
            .map(|r| (SourceKind::Secret, &r.name, &r.key, r.optional))
            .or_else(|| {
                from.config_map_key_ref
                    .as_ref()
                    .map(|r| (SourceKind::ConfigMap, &r.name, &r.key, r.optional))
            })
        {
            let v = key_value(task, sources, kind, object, key, optional, what)?;
            out.extend(v.map(|v| (name.clone(), v)));
        } else {
            tracing::warn!(
                task,
                "environment variable {name}: its valueFrom has no local source; not set"
            );
        }
    }
    Ok(out)
}

/// A key's value; `None` when an optional object or key is missing.
fn key_value(
    task: &str,
    sources: &Sources,
    kind: SourceKind,
    name: &str,
    key: &str,
    optional: Option<bool>,
    what: impl Fn() -> String,
) -> Result<Option<String>, PodError> {
    let optional = optional.unwrap_or(false);
    let Some(source) = sources.get(kind, name) else {
        return if optional {
            Ok(None)
        } else {
            Err(PodError::NotGiven {
                task: task.to_owned(),
                kind,
                name: name.to_owned(),
                what: what(),
            })
        };
    };
    match source.data.get(key) {
        Some(v) => Ok(Some(String::from_utf8_lossy(v).into_owned())),
        None if optional => Ok(None),
        None => Err(PodError::MissingKey {
            task: task.to_owned(),
            kind,
            name: name.to_owned(),
            path: source.path.clone(),
            key: key.to_owned(),
            what: what(),
        }),
    }
}

/// Where a task's volumes come from.
#[derive(Debug, Clone, Copy)]
pub struct VolumeContext<'a> {
    pub sources: &'a Sources,
    pub pvcs: &'a LocalPvcs,
    /// The run's workspace PVC (`<run_name>-kfp-workspace`), which Argo
    /// creates for the run: created on first use, removed with the run.
    pub workspace_claim: &'a str,
    /// Copies and fresh directories of this task go under here.
    pub dir: &'a Path,
    /// `Err(why)` when this run has no mount namespace to mount them in.
    pub can_mount: Result<(), &'a str>,
}

/// The main container's volume mounts as bind mounts, shallowest first (a
/// mount inside another one must come after it, as the kubelet orders them).
pub fn volumes(
    task: &str,
    spec: &PodSpec,
    main: &Container,
    ctx: VolumeContext<'_>,
) -> Result<Vec<BindMount>, PodError> {
    let mut out = Vec::new();
    for mount in main.volume_mounts.iter().flatten() {
        let Some(volume) = spec.volumes.iter().flatten().find(|v| v.name == mount.name) else {
            return Err(bad_mount(task, mount, "the pod has no volume of that name"));
        };
        let Some((source, read_only)) = volume_source(task, volume, mount, ctx)? else {
            continue;
        };
        if let Err(why) = ctx.can_mount {
            return Err(PodError::NeedsNamespace {
                task: task.to_owned(),
                volume: mount.name.clone(),
                mount_path: mount.mount_path.clone(),
                why: why.to_owned(),
            });
        }
        if !Path::new(&mount.mount_path).is_absolute() {
            return Err(bad_mount(task, mount, "the mount path is not absolute"));
        }
        let source = match mount.sub_path.as_deref().filter(|s| !s.is_empty()) {
            None => source,
            Some(sub) => {
                let sub = Path::new(sub);
                if !sub.components().all(|c| matches!(c, Component::Normal(_))) {
                    return Err(bad_mount(
                        task,
                        mount,
                        "subPath must be a relative path within the volume",
                    ));
                }
                let source = source.join(sub);
                if !read_only {
                    mkdir(task, &mount.name, &source)?;
                }
                source
            }
        };
        out.push(BindMount {
            source,
            target: PathBuf::from(&mount.mount_path),
            read_only: read_only || mount.read_only == Some(true),
        });
    }
    out.sort_by_key(|b| b.target.components().count());
    Ok(out)
}

/// Where a volume's content is on this machine and whether it is read-only;
/// `None` for a kind with no local meaning (warned and left out).
fn volume_source(
    task: &str,
    volume: &Volume,
    mount: &VolumeMount,
    ctx: VolumeContext<'_>,
) -> Result<Option<(PathBuf, bool)>, PodError> {
    let own_dir = || {
        let dir = ctx.dir.join(&volume.name);
        mkdir(task, &volume.name, &dir).map(|()| dir)
    };
    if let Some(pvc) = &volume.persistent_volume_claim {
        let claim = &pvc.claim_name;
        let Some(dir) = ctx.pvcs.dir(claim) else {
            return Err(bad_mount(
                task,
                mount,
                &format!("{claim:?} is not a PVC name"),
            ));
        };
        if claim == ctx.workspace_claim {
            mkdir(task, &volume.name, &dir)?;
        } else if !dir.is_dir() {
            return Err(PodError::NoPvc {
                task: task.to_owned(),
                volume: volume.name.clone(),
                claim: claim.clone(),
                mount_path: mount.mount_path.clone(),
            });
        }
        return Ok(Some((dir, pvc.read_only == Some(true))));
    }
    let keyed = match (&volume.secret, &volume.config_map) {
        (Some(s), _) => Some((
            SourceKind::Secret,
            s.secret_name.clone().unwrap_or_default(),
            s.optional,
        )),
        (None, Some(c)) => Some((SourceKind::ConfigMap, c.name.clone(), c.optional)),
        (None, None) => None,
    };
    if let Some((kind, name, optional)) = keyed {
        let dir = own_dir()?;
        match ctx.sources.get(kind, &name) {
            Some(source) => {
                for (key, value) in &source.data {
                    let file = dir.join(key);
                    std::fs::write(&file, value)
                        .map_err(|e| prepare(task, &volume.name, &file, e))?;
                }
            }
            None if optional == Some(true) => {}
            None => {
                return Err(PodError::NotGiven {
                    task: task.to_owned(),
                    kind,
                    name,
                    what: format!("volume {:?} at {}", volume.name, mount.mount_path),
                })
            }
        }
        return Ok(Some((dir, true)));
    }
    if volume.empty_dir.is_some() || volume.ephemeral.is_some() {
        return Ok(Some((own_dir()?, false)));
    }
    tracing::warn!(
        task,
        "volume {:?} at {}: this kind of volume has no local source; not mounted",
        volume.name,
        mount.mount_path
    );
    Ok(None)
}

fn mkdir(task: &str, volume: &str, dir: &Path) -> Result<(), PodError> {
    std::fs::create_dir_all(dir).map_err(|e| prepare(task, volume, dir, e))
}

fn prepare(task: &str, volume: &str, path: &Path, source: std::io::Error) -> PodError {
    PodError::Prepare {
        task: task.to_owned(),
        volume: volume.to_owned(),
        path: path.to_owned(),
        source,
    }
}

fn bad_mount(task: &str, mount: &VolumeMount, reason: &str) -> PodError {
    PodError::BadMount {
        task: task.to_owned(),
        volume: mount.name.clone(),
        mount_path: mount.mount_path.clone(),
        reason: reason.to_owned(),
    }
}

#[cfg(test)]
mod tests;
