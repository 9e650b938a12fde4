//! TaskConfig passthrough (contract §2.10): a component listing
//! `taskConfigPassthroughs` receives the listed pod settings in its
//! `dsl.TaskConfig` input and keeps them off its own pod unless
//! `applyToTask`; unlisted fields are then not applied at all. With no
//! passthroughs every field applies to the pod, as before the feature.

use std::collections::BTreeSet;

use k8s_openapi::api::core::v1::{
    Affinity, EnvVar, NodeAffinity, PodSpec, ResourceRequirements, Toleration, Volume, VolumeMount,
};
use kfp_common::proto::ml_pipelines::task_config_passthrough_type::TaskConfigPassthroughTypeEnum;
use kfp_common::proto::ml_pipelines::ComponentSpec;

use super::{PatchError, TaskConfig};

/// A pod setting that can be passed through (`TaskConfigPassthroughType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Passthrough {
    Resources,
    Env,
    Affinity,
    Tolerations,
    NodeSelector,
    Volumes,
}

const ALL: [Passthrough; 6] = [
    Passthrough::Resources,
    Passthrough::Env,
    Passthrough::Affinity,
    Passthrough::Tolerations,
    Passthrough::NodeSelector,
    Passthrough::Volumes,
];

/// Where each setting goes: captured into the TaskConfig, applied to the pod, both or neither.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Routing {
    capture: BTreeSet<Passthrough>,
    apply: BTreeSet<Passthrough>,
}

impl Routing {
    /// Reads `component.taskConfigPassthroughs`; an unknown or `NONE` field
    /// is an error rather than a silently ignored setting.
    pub(super) fn of(component: &ComponentSpec) -> Result<Self, PatchError> {
        let passthroughs = &component.task_config_passthroughs;
        if passthroughs.is_empty() {
            return Ok(Self {
                capture: BTreeSet::new(),
                apply: ALL.into_iter().collect(),
            });
        }
        let mut routing = Self {
            capture: BTreeSet::new(),
            apply: BTreeSet::new(),
        };
        for (i, pt) in passthroughs.iter().enumerate() {
            let field = passthrough_of(pt.field).ok_or_else(|| {
                PatchError::invalid(
                    format!("component.taskConfigPassthroughs[{i}].field"),
                    format!("unsupported passthrough field {}", pt.field),
                )
            })?;
            routing.capture.insert(field);
            if pt.apply_to_task {
                routing.apply.insert(field);
            } else {
                routing.apply.remove(&field);
            }
        }
        Ok(routing)
    }

    pub(super) fn captures(&self, field: Passthrough) -> bool {
        self.capture.contains(&field)
    }

    pub(super) fn applies(&self, field: Passthrough) -> bool {
        self.apply.contains(&field)
    }

    /// Main container env; the TaskConfig gets the list even when empty (`[]`).
    pub(super) fn env(&self, pod: &mut PodSpec, tc: &mut TaskConfig, env: Vec<EnvVar>) {
        if self.captures(Passthrough::Env) {
            tc.env
                .get_or_insert_with(Vec::new)
                .extend(env.iter().cloned());
        }
        if self.applies(Passthrough::Env) && !env.is_empty() {
            if let Some(main) = pod.containers.first_mut() {
                main.env.get_or_insert_with(Vec::new).extend(env);
            }
        }
    }

    pub(super) fn resources(
        &self,
        pod: &mut PodSpec,
        tc: &mut TaskConfig,
        resources: ResourceRequirements,
    ) {
        if self.captures(Passthrough::Resources) {
            tc.resources = resources.clone();
        }
        if self.applies(Passthrough::Resources) {
            if let Some(main) = pod.containers.first_mut() {
                main.resources = Some(resources);
            }
        }
    }

    /// Pod volumes with their mount on `main`.
    pub(super) fn volumes(
        &self,
        pod: &mut PodSpec,
        tc: &mut TaskConfig,
        items: Vec<(Volume, VolumeMount)>,
    ) {
        if items.is_empty() {
            return;
        }
        if self.captures(Passthrough::Volumes) {
            for (volume, mount) in &items {
                tc.volumes.get_or_insert_with(Vec::new).push(volume.clone());
                tc.volume_mounts
                    .get_or_insert_with(Vec::new)
                    .push(mount.clone());
            }
        }
        if self.applies(Passthrough::Volumes) {
            for (volume, mount) in items {
                pod.volumes.get_or_insert_with(Vec::new).push(volume);
                if let Some(main) = pod.containers.first_mut() {
                    main.volume_mounts.get_or_insert_with(Vec::new).push(mount);
                }
            }
        }
    }

    /// Replaces (not merges) the node selector, as upstream does.
    pub(super) fn node_selector(
        &self,
        pod: &mut PodSpec,
        tc: &mut TaskConfig,
        selector: std::collections::BTreeMap<String, String>,
    ) {
        if self.captures(Passthrough::NodeSelector) {
            tc.node_selector = Some(selector.clone());
        }
        if self.applies(Passthrough::NodeSelector) && !selector.is_empty() {
            pod.node_selector = Some(selector);
        }
    }

    pub(super) fn tolerations(
        &self,
        pod: &mut PodSpec,
        tc: &mut TaskConfig,
        tolerations: Vec<Toleration>,
    ) {
        if self.captures(Passthrough::Tolerations) && !tolerations.is_empty() {
            tc.tolerations = Some(tolerations.clone());
        }
        if self.applies(Passthrough::Tolerations) && !tolerations.is_empty() {
            pod.tolerations = Some(tolerations);
        }
    }

    pub(super) fn node_affinity(&self, pod: &mut PodSpec, tc: &mut TaskConfig, na: NodeAffinity) {
        if self.captures(Passthrough::Affinity) {
            tc.affinity
                .get_or_insert_with(Affinity::default)
                .node_affinity = Some(na.clone());
        }
        if self.applies(Passthrough::Affinity) {
            pod.affinity
                .get_or_insert_with(Affinity::default)
                .node_affinity = Some(na);
        }
    }

    /// Env from the KubernetesExecutorConfig (secrets, config maps, field paths).
    pub(super) fn extra_env(&self, pod: &mut PodSpec, tc: &mut TaskConfig, env: EnvVar) {
        if self.captures(Passthrough::Env) {
            tc.env.get_or_insert_with(Vec::new).push(env.clone());
        }
        if self.applies(Passthrough::Env) {
            if let Some(main) = pod.containers.first_mut() {
                main.env.get_or_insert_with(Vec::new).push(env);
            }
        }
    }
}

fn passthrough_of(field: i32) -> Option<Passthrough> {
    use TaskConfigPassthroughTypeEnum as T;
    match T::try_from(field).ok()? {
        T::Resources => Some(Passthrough::Resources),
        T::Env => Some(Passthrough::Env),
        T::KubernetesAffinity => Some(Passthrough::Affinity),
        T::KubernetesTolerations => Some(Passthrough::Tolerations),
        T::KubernetesNodeSelector => Some(Passthrough::NodeSelector),
        T::KubernetesVolumes => Some(Passthrough::Volumes),
        T::None => None,
    }
}
