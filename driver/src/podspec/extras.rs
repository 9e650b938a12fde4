//! Platform-spec fields newer than the pinned `kfp-kubernetes==2.17.3`
//! proto (kfp master, #13651 and the PSS work): `initContainers[]` and
//! `securityContext.runAsNonRoot`. Read from the same JSON as the
//! generated `KubernetesExecutorConfig`, which silently drops them.

use std::collections::{BTreeMap, BTreeSet};

use k8s_openapi::api::core::v1::{Container, EnvVar, PodSpec, ResourceRequirements, VolumeMount};

use super::{modelcar, quantity, security, PatchError};
use crate::args::DriverArgs;

/// The init container the compiler injects to copy the launcher (§7.3).
const LAUNCHER_INIT: &str = "kfp-launcher";
const PREFIX: &str = "kubernetes_config.initContainers";

/// The fields of a `KubernetesExecutorConfig` JSON this module reads.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct KubernetesExtras {
    #[serde(alias = "init_containers")]
    pub init_containers: Vec<InitContainerSpec>,
    #[serde(alias = "security_context")]
    pub security_context: Option<ExtraSecurityContext>,
}

/// `securityContext.runAsNonRoot` (field 6 upstream).
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ExtraSecurityContext {
    #[serde(alias = "run_as_non_root")]
    pub run_as_non_root: Option<bool>,
}

/// `kfp_kubernetes.InitContainer`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct InitContainerSpec {
    pub name: String,
    pub image: String,
    pub command: Vec<String>,
    pub args: Vec<String>,
    pub env: Vec<NameValue>,
    #[serde(alias = "volume_mounts")]
    pub volume_mounts: Vec<InitVolumeMount>,
    #[serde(alias = "restart_policy")]
    pub restart_policy: Option<String>,
    pub resources: Option<InitResources>,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default)]
pub struct NameValue {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct InitVolumeMount {
    #[serde(alias = "volume_name")]
    pub volume_name: String,
    #[serde(alias = "mount_path")]
    pub mount_path: String,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default)]
pub struct InitResources {
    pub requests: BTreeMap<String, String>,
    pub limits: BTreeMap<String, String>,
}

impl KubernetesExtras {
    /// Parses `--kubernetes_config`; "" (no platform spec) is empty. The
    /// error never quotes the JSON: it may hold secret names (§2.3).
    pub fn from_json(json: &str) -> Result<Self, PatchError> {
        if json.trim().is_empty() {
            return Ok(Self::default());
        }
        serde_json::from_str(json).map_err(|e| {
            PatchError::invalid(
                "--kubernetes_config",
                format!(
                    "not a KubernetesExecutorConfig (line {}, column {})",
                    e.line(),
                    e.column()
                ),
            )
        })
    }
}

/// Appends the user's init containers, hardened and with the admin's run-as
/// defaults, after checking what Kubernetes would reject less clearly.
pub(super) fn add_init_containers(
    pod: &mut PodSpec,
    extras: &KubernetesExtras,
    args: &DriverArgs,
) -> Result<(), PatchError> {
    let mut taken: BTreeSet<String> = pod
        .containers
        .iter()
        .chain(pod.init_containers.iter().flatten())
        .map(|c| c.name.clone())
        .collect();
    taken.insert(LAUNCHER_INIT.to_owned());
    for (i, spec) in extras.init_containers.iter().enumerate() {
        let field = format!("{PREFIX}[{i}]");
        if spec.name.is_empty() || spec.image.is_empty() {
            return Err(PatchError::invalid(field, "name and image are required"));
        }
        if !taken.insert(spec.name.clone()) {
            return Err(PatchError::invalid(
                format!("{field}.name"),
                format!("{:?} clashes with another container of the pod", spec.name),
            ));
        }
        let container = init_container(spec, &field, args)?;
        pod.init_containers
            .get_or_insert_with(Vec::new)
            .push(container);
    }
    Ok(())
}

fn init_container(
    spec: &InitContainerSpec,
    field: &str,
    args: &DriverArgs,
) -> Result<Container, PatchError> {
    if let Some(policy) = spec.restart_policy.as_deref().filter(|p| !p.is_empty()) {
        if policy != "Always" {
            return Err(PatchError::invalid(
                format!("{field}.restartPolicy"),
                format!("{policy:?}: only \"Always\" (a native sidecar) is supported"),
            ));
        }
    }
    let mut security = modelcar::hardened();
    if let Some(admin) = security::admin_context(args) {
        security.run_as_user = admin.run_as_user;
        security.run_as_group = admin.run_as_group;
        security.run_as_non_root = admin.run_as_non_root;
    }
    Ok(Container {
        name: spec.name.clone(),
        image: Some(spec.image.clone()),
        command: (!spec.command.is_empty()).then(|| spec.command.clone()),
        args: (!spec.args.is_empty()).then(|| spec.args.clone()),
        env: (!spec.env.is_empty()).then(|| {
            spec.env
                .iter()
                .map(|e| EnvVar {
                    name: e.name.clone(),
                    value: Some(e.value.clone()),
                    value_from: None,
                })
                .collect()
        }),
        volume_mounts: volume_mounts(spec, field)?,
        resources: resources(spec, field)?,
        restart_policy: spec.restart_policy.clone().filter(|p| !p.is_empty()),
        security_context: Some(security),
        ..Container::default()
    })
}

fn volume_mounts(
    spec: &InitContainerSpec,
    field: &str,
) -> Result<Option<Vec<VolumeMount>>, PatchError> {
    let mut out = Vec::new();
    for (j, m) in spec.volume_mounts.iter().enumerate() {
        if m.volume_name.is_empty() || !m.mount_path.starts_with('/') {
            return Err(PatchError::invalid(
                format!("{field}.volumeMounts[{j}]"),
                "needs a volume name and an absolute mount path",
            ));
        }
        out.push(VolumeMount {
            name: m.volume_name.clone(),
            mount_path: m.mount_path.clone(),
            ..VolumeMount::default()
        });
    }
    Ok((!out.is_empty()).then_some(out))
}

fn resources(
    spec: &InitContainerSpec,
    field: &str,
) -> Result<Option<ResourceRequirements>, PatchError> {
    let Some(r) = spec.resources.as_ref() else {
        return Ok(None);
    };
    let parse = |map: &BTreeMap<String, String>, which: &str| {
        map.iter()
            .map(|(k, v)| {
                Ok((
                    k.clone(),
                    quantity::parse(v, &format!("{field}.resources.{which}.{k}"))?,
                ))
            })
            .collect::<Result<BTreeMap<_, _>, PatchError>>()
    };
    let requests = parse(&r.requests, "requests")?;
    let limits = parse(&r.limits, "limits")?;
    Ok(Some(ResourceRequirements {
        requests: (!requests.is_empty()).then_some(requests),
        limits: (!limits.is_empty()).then_some(limits),
        ..ResourceRequirements::default()
    }))
}
