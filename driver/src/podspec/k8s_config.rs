//! `KubernetesExecutorConfig` → pod (contract §2.10 table), in upstream's
//! order. Every name may be a literal or a `*NameParameter` resolved like a
//! task input; a resolved null (optional input left out) skips the item.
//!
//! The literal names (`secretName`, ...) and PvcMount's oneof are deprecated
//! in the proto but the SDK still writes them, often alone: they are read.
#![allow(deprecated)]

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{
    ConfigMapKeySelector, ConfigMapVolumeSource, EmptyDirVolumeSource, EnvVar, EnvVarSource,
    EphemeralVolumeSource, LocalObjectReference, NodeAffinity, NodeSelector,
    NodeSelectorRequirement, NodeSelectorTerm, ObjectFieldSelector, PersistentVolumeClaimSpec,
    PersistentVolumeClaimTemplate, PersistentVolumeClaimVolumeSource, PodSpec,
    PreferredSchedulingTerm, SecretKeySelector, SecretVolumeSource, Toleration, Volume,
    VolumeMount, VolumeResourceRequirements,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kfp_common::executor_io;
use kfp_common::proto::kfp_kubernetes::{
    pvc_mount::PvcReference, KubernetesExecutorConfig, NodeAffinityTerm, PodMetadata,
    SelectorRequirement,
};
use kfp_common::proto::ml_pipelines::task_inputs_spec::input_parameter_spec::Kind as ParamKind;
use kfp_common::proto::ml_pipelines::task_inputs_spec::InputParameterSpec;
use kfp_common::proto::wkt::value::Kind;

use super::routing::Routing;
use super::{quantity, ParameterResolver, PatchError, TaskConfig};

const PREFIX: &str = "kubernetes_config";

/// A PVC mount resolved to its claim name.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ResolvedPvc {
    pub name: String,
    pub volume: Volume,
    pub mount: VolumeMount,
}

/// `pvcMount[]`: the claim name comes from `pvcNameParameter`, or from the
/// deprecated oneof the SDK still writes beside it.
pub(super) fn pvc_mounts(
    config: &KubernetesExecutorConfig,
    resolver: &dyn ParameterResolver,
) -> Result<Vec<ResolvedPvc>, PatchError> {
    let mut out = Vec::new();
    for (i, pvc) in config.pvc_mount.iter().enumerate() {
        let field = format!("{PREFIX}.pvcMount[{i}]");
        let legacy = legacy_pvc_spec(pvc.pvc_reference.as_ref());
        let spec = pvc.pvc_name_parameter.as_ref().or(legacy.as_ref());
        let Some(spec) = spec else {
            return Err(PatchError::invalid(field, "no PVC name (pvcNameParameter)"));
        };
        let Some(name) = resolve_name(resolver, Some(spec), "", &field, "pvcNameParameter")? else {
            continue;
        };
        if pvc.mount_path.is_empty() {
            return Err(PatchError::invalid(format!("{field}.mountPath"), "empty"));
        }
        out.push(ResolvedPvc {
            volume: Volume {
                name: name.clone(),
                persistent_volume_claim: Some(PersistentVolumeClaimVolumeSource {
                    claim_name: name.clone(),
                    ..Default::default()
                }),
                ..Default::default()
            },
            mount: VolumeMount {
                name: name.clone(),
                mount_path: pvc.mount_path.clone(),
                sub_path: non_empty(&pvc.sub_path),
                ..Default::default()
            },
            name,
        });
    }
    Ok(out)
}

fn legacy_pvc_spec(reference: Option<&PvcReference>) -> Option<InputParameterSpec> {
    let kind = match reference? {
        PvcReference::Constant(c) if !c.is_empty() => {
            ParamKind::RuntimeValue(kfp_common::proto::ml_pipelines::ValueOrRuntimeParameter {
                value: Some(
                    kfp_common::proto::ml_pipelines::value_or_runtime_parameter::Value::Constant(
                        executor_io::from_json(serde_json::Value::String(c.clone())),
                    ),
                ),
            })
        }
        PvcReference::TaskOutputParameter(t) => ParamKind::TaskOutputParameter(t.clone()),
        PvcReference::ComponentInputParameter(c) if !c.is_empty() => {
            ParamKind::ComponentInputParameter(c.clone())
        }
        _ => return None,
    };
    Some(InputParameterSpec {
        kind: Some(kind),
        ..Default::default()
    })
}

/// The table of §2.10 applied to `pod` (and to the TaskConfig for
/// passed-through fields).
pub(super) struct Apply<'a> {
    pub config: &'a KubernetesExecutorConfig,
    pub resolver: &'a dyn ParameterResolver,
    pub routing: &'a Routing,
}

impl Apply<'_> {
    pub(super) fn apply(&self, pod: &mut PodSpec, tc: &mut TaskConfig) -> Result<(), PatchError> {
        let pvcs = pvc_mounts(self.config, self.resolver)?;
        self.routing.volumes(
            pod,
            tc,
            pvcs.into_iter().map(|p| (p.volume, p.mount)).collect(),
        );
        self.image_pull_policy(pod)?;
        self.node_selector(pod, tc)?;
        self.tolerations(pod, tc)?;
        self.secret_volumes(pod, tc)?;
        self.secret_env(pod, tc)?;
        self.config_map_volumes(pod, tc)?;
        self.config_map_env(pod, tc)?;
        self.image_pull_secrets(pod)?;
        self.field_path_env(pod, tc);
        if self.config.active_deadline_seconds > 0 {
            pod.active_deadline_seconds = Some(self.config.active_deadline_seconds);
        }
        self.ephemeral_volumes(pod)?;
        self.empty_dirs(pod)?;
        self.node_affinity(pod, tc)
    }

    fn image_pull_policy(&self, pod: &mut PodSpec) -> Result<(), PatchError> {
        let policy = &self.config.image_pull_policy;
        if policy.is_empty() {
            return Ok(());
        }
        if !["Always", "Never", "IfNotPresent"].contains(&policy.as_str()) {
            return Err(PatchError::invalid(
                format!("{PREFIX}.imagePullPolicy"),
                format!("unsupported value {policy:?}: must be Always, Never or IfNotPresent"),
            ));
        }
        if let Some(main) = pod.containers.first_mut() {
            main.image_pull_policy = Some(policy.clone());
        }
        Ok(())
    }

    /// `nodeSelectorJson` wins over `labels`.
    fn node_selector(&self, pod: &mut PodSpec, tc: &mut TaskConfig) -> Result<(), PatchError> {
        let Some(ns) = self.config.node_selector.as_ref() else {
            return Ok(());
        };
        let selector = match ns.node_selector_json.as_ref() {
            Some(spec) => {
                let field = format!("{PREFIX}.nodeSelector.nodeSelectorJson");
                match resolve_json(self.resolver, spec, &field)? {
                    None => return Ok(()),
                    Some(json) => {
                        from_json::<BTreeMap<String, String>>(json, &field, "node selector")?
                    }
                }
            }
            None => ns.labels.clone(),
        };
        self.routing.node_selector(pod, tc, selector);
        Ok(())
    }

    fn tolerations(&self, pod: &mut PodSpec, tc: &mut TaskConfig) -> Result<(), PatchError> {
        if self.config.tolerations.is_empty() {
            return Ok(());
        }
        let mut out = Vec::new();
        for (i, t) in self.config.tolerations.iter().enumerate() {
            let field = format!("{PREFIX}.tolerations[{i}]");
            match t.toleration_json.as_ref() {
                Some(spec) => out.extend(self.toleration_json(spec, &field)?),
                None => out.push(Toleration {
                    key: non_empty(&t.key),
                    operator: non_empty(&t.operator),
                    value: non_empty(&t.value),
                    effect: non_empty(&t.effect),
                    toleration_seconds: t.toleration_seconds,
                }),
            }
        }
        self.routing.tolerations(pod, tc, out);
        Ok(())
    }

    /// One toleration (a struct) or several (a list); empty ones are ignored.
    fn toleration_json(
        &self,
        spec: &InputParameterSpec,
        field: &str,
    ) -> Result<Vec<Toleration>, PatchError> {
        let field = format!("{field}.tolerationJson");
        match resolve_json(self.resolver, spec, &field)? {
            None => Ok(Vec::new()),
            Some(serde_json::Value::Object(map)) if map.is_empty() => Ok(Vec::new()),
            Some(json @ serde_json::Value::Object(_)) => {
                Ok(vec![from_json::<Toleration>(json, &field, "toleration")?])
            }
            Some(json @ serde_json::Value::Array(_)) => from_json(json, &field, "toleration list"),
            Some(_) => Err(PatchError::invalid(
                field,
                "must be a toleration struct or a list of them",
            )),
        }
    }

    fn secret_volumes(&self, pod: &mut PodSpec, tc: &mut TaskConfig) -> Result<(), PatchError> {
        let mut items = Vec::new();
        let list = &self.config.secret_as_volume;
        let named = self.named("secretAsVolume", "secretNameParameter", list, |s| {
            (&s.secret_name, s.secret_name_parameter.as_ref())
        })?;
        for (name, s) in named {
            let volume = Volume {
                name: name.clone(),
                secret: Some(SecretVolumeSource {
                    secret_name: Some(name.clone()),
                    optional: Some(s.optional.unwrap_or(false)),
                    ..Default::default()
                }),
                ..Default::default()
            };
            items.push((volume, mount(&name, &s.mount_path)));
        }
        self.routing.volumes(pod, tc, items);
        Ok(())
    }

    fn secret_env(&self, pod: &mut PodSpec, tc: &mut TaskConfig) -> Result<(), PatchError> {
        let list = &self.config.secret_as_env;
        let named = self.named("secretAsEnv", "secretNameParameter", list, |s| {
            (&s.secret_name, s.secret_name_parameter.as_ref())
        })?;
        for (name, s) in named {
            for key in &s.key_to_env {
                let source = EnvVarSource {
                    secret_key_ref: Some(SecretKeySelector {
                        key: key.secret_key.clone(),
                        name: name.clone(),
                        optional: s.optional,
                    }),
                    ..Default::default()
                };
                self.routing
                    .extra_env(pod, tc, env_from(&key.env_var, source));
            }
        }
        Ok(())
    }

    fn config_map_volumes(&self, pod: &mut PodSpec, tc: &mut TaskConfig) -> Result<(), PatchError> {
        let mut items = Vec::new();
        let list = &self.config.config_map_as_volume;
        let named = self.named("configMapAsVolume", "configMapNameParameter", list, |c| {
            (&c.config_map_name, c.config_map_name_parameter.as_ref())
        })?;
        for (name, c) in named {
            let volume = Volume {
                name: name.clone(),
                config_map: Some(ConfigMapVolumeSource {
                    name: name.clone(),
                    optional: Some(c.optional.unwrap_or(false)),
                    ..Default::default()
                }),
                ..Default::default()
            };
            items.push((volume, mount(&name, &c.mount_path)));
        }
        self.routing.volumes(pod, tc, items);
        Ok(())
    }

    fn config_map_env(&self, pod: &mut PodSpec, tc: &mut TaskConfig) -> Result<(), PatchError> {
        let list = &self.config.config_map_as_env;
        let named = self.named("configMapAsEnv", "configMapNameParameter", list, |c| {
            (&c.config_map_name, c.config_map_name_parameter.as_ref())
        })?;
        for (name, c) in named {
            for key in &c.key_to_env {
                let source = EnvVarSource {
                    config_map_key_ref: Some(ConfigMapKeySelector {
                        key: key.config_map_key.clone(),
                        name: name.clone(),
                        optional: c.optional,
                    }),
                    ..Default::default()
                };
                self.routing
                    .extra_env(pod, tc, env_from(&key.env_var, source));
            }
        }
        Ok(())
    }

    /// The items of `list` (its JSON name) with the names they resolve to
    /// from their literal or `param`, leaving out those whose optional
    /// input resolved to null.
    fn named<'c, T>(
        &self,
        list: &str,
        param: &str,
        items: &'c [T],
        name_of: impl Fn(&T) -> (&str, Option<&InputParameterSpec>),
    ) -> Result<Vec<(String, &'c T)>, PatchError> {
        let mut named = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let field = format!("{PREFIX}.{list}[{i}]");
            let (literal, spec) = name_of(item);
            if let Some(name) = resolve_name(self.resolver, spec, literal, &field, param)? {
                named.push((name, item));
            }
        }
        Ok(named)
    }

    fn image_pull_secrets(&self, pod: &mut PodSpec) -> Result<(), PatchError> {
        let list = &self.config.image_pull_secret;
        let named = self.named("imagePullSecret", "secretNameParameter", list, |s| {
            (&s.secret_name, s.secret_name_parameter.as_ref())
        })?;
        for (name, _) in named {
            pod.image_pull_secrets
                .get_or_insert_with(Vec::new)
                .push(LocalObjectReference { name });
        }
        Ok(())
    }

    fn field_path_env(&self, pod: &mut PodSpec, tc: &mut TaskConfig) {
        for f in &self.config.field_path_as_env {
            let source = EnvVarSource {
                field_ref: Some(ObjectFieldSelector {
                    field_path: f.field_path.clone(),
                    ..Default::default()
                }),
                ..Default::default()
            };
            self.routing.extra_env(pod, tc, env_from(&f.name, source));
        }
    }

    /// Generic ephemeral volumes are never passed through (upstream).
    fn ephemeral_volumes(&self, pod: &mut PodSpec) -> Result<(), PatchError> {
        for (i, e) in self.config.generic_ephemeral_volume.iter().enumerate() {
            let field = format!("{PREFIX}.genericEphemeralVolume[{i}]");
            for (j, mode) in e.access_modes.iter().enumerate() {
                if !ACCESS_MODES.contains(&mode.as_str()) {
                    return Err(PatchError::invalid(
                        format!("{field}.accessModes[{j}]"),
                        format!("unknown access mode {mode:?}"),
                    ));
                }
            }
            let size = quantity::parse(&e.size, &format!("{field}.size"))?;
            let spec = PersistentVolumeClaimSpec {
                access_modes: (!e.access_modes.is_empty()).then(|| e.access_modes.clone()),
                resources: Some(VolumeResourceRequirements {
                    requests: Some(BTreeMap::from([("storage".to_owned(), size)])),
                    ..Default::default()
                }),
                storage_class_name: (!e.default_storage_class)
                    .then(|| e.storage_class_name.clone()),
                ..Default::default()
            };
            let volume = Volume {
                name: e.volume_name.clone(),
                ephemeral: Some(EphemeralVolumeSource {
                    volume_claim_template: Some(PersistentVolumeClaimTemplate {
                        metadata: Some(object_meta(e.metadata.as_ref())),
                        spec,
                    }),
                }),
                ..Default::default()
            };
            push_volume(pod, volume, mount(&e.volume_name, &e.mount_path));
        }
        Ok(())
    }

    /// emptyDir mounts are never passed through (upstream).
    fn empty_dirs(&self, pod: &mut PodSpec) -> Result<(), PatchError> {
        for (i, e) in self.config.empty_dir_mounts.iter().enumerate() {
            let field = format!("{PREFIX}.emptyDirMounts[{i}].sizeLimit");
            let size_limit = match e.size_limit.as_deref() {
                Some(s) if !s.is_empty() => Some(quantity::parse(s, &field)?),
                _ => None,
            };
            let volume = Volume {
                name: e.volume_name.clone(),
                empty_dir: Some(EmptyDirVolumeSource {
                    medium: e.medium.as_deref().and_then(non_empty),
                    size_limit,
                    ..Default::default()
                }),
                ..Default::default()
            };
            push_volume(pod, volume, mount(&e.volume_name, &e.mount_path));
        }
        Ok(())
    }

    /// Terms with a weight are preferred, others required; JSON terms add
    /// both kinds; empty terms are skipped.
    fn node_affinity(&self, pod: &mut PodSpec, tc: &mut TaskConfig) -> Result<(), PatchError> {
        let mut required = Vec::new();
        let mut preferred = Vec::new();
        for (i, term) in self.config.node_affinity.iter().enumerate() {
            let field = format!("{PREFIX}.nodeAffinity[{i}]");
            if let Some(spec) = term.node_affinity_json.as_ref() {
                let field = format!("{field}.nodeAffinityJson");
                let Some(json) = resolve_json(self.resolver, spec, &field)? else {
                    continue;
                };
                let na: NodeAffinity = from_json(json, &field, "node affinity")?;
                if let Some(sel) = na.required_during_scheduling_ignored_during_execution {
                    required.extend(sel.node_selector_terms);
                }
                preferred.extend(
                    na.preferred_during_scheduling_ignored_during_execution
                        .unwrap_or_default(),
                );
            } else if !term.match_expressions.is_empty() || !term.match_fields.is_empty() {
                let selector = selector_term(term);
                match term.weight {
                    Some(weight) => preferred.push(PreferredSchedulingTerm {
                        weight,
                        preference: selector,
                    }),
                    None => required.push(selector),
                }
            }
        }
        if required.is_empty() && preferred.is_empty() {
            return Ok(());
        }
        let na = NodeAffinity {
            required_during_scheduling_ignored_during_execution: (!required.is_empty()).then_some(
                NodeSelector {
                    node_selector_terms: required,
                },
            ),
            preferred_during_scheduling_ignored_during_execution: (!preferred.is_empty())
                .then_some(preferred),
        };
        self.routing.node_affinity(pod, tc, na);
        Ok(())
    }
}

const ACCESS_MODES: [&str; 4] = [
    "ReadWriteOnce",
    "ReadOnlyMany",
    "ReadWriteMany",
    "ReadWriteOncePod",
];

fn selector_term(term: &NodeAffinityTerm) -> NodeSelectorTerm {
    let requirements = |reqs: &[SelectorRequirement]| {
        (!reqs.is_empty()).then(|| {
            reqs.iter()
                .map(|r| NodeSelectorRequirement {
                    key: r.key.clone(),
                    operator: r.operator.clone(),
                    values: (!r.values.is_empty()).then(|| r.values.clone()),
                })
                .collect()
        })
    };
    NodeSelectorTerm {
        match_expressions: requirements(&term.match_expressions),
        match_fields: requirements(&term.match_fields),
    }
}

fn object_meta(metadata: Option<&PodMetadata>) -> ObjectMeta {
    let labels = metadata.map(|m| m.labels.clone()).filter(|m| !m.is_empty());
    let annotations = metadata
        .map(|m| m.annotations.clone())
        .filter(|m| !m.is_empty());
    ObjectMeta {
        labels,
        annotations,
        ..Default::default()
    }
}

/// Volumes that are not subject to TaskConfig passthrough.
fn push_volume(pod: &mut PodSpec, volume: Volume, mount: VolumeMount) {
    pod.volumes.get_or_insert_with(Vec::new).push(volume);
    if let Some(main) = pod.containers.first_mut() {
        main.volume_mounts.get_or_insert_with(Vec::new).push(mount);
    }
}

fn mount(name: &str, path: &str) -> VolumeMount {
    VolumeMount {
        name: name.to_owned(),
        mount_path: path.to_owned(),
        ..Default::default()
    }
}

fn env_from(name: &str, source: EnvVarSource) -> EnvVar {
    EnvVar {
        name: name.to_owned(),
        value: None,
        value_from: Some(source),
    }
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// A name from `<param>` (resolved) or the deprecated literal. `None` when an
/// optional input resolved to null. The resolved value is not echoed: it may
/// be a secret's name.
fn resolve_name(
    resolver: &dyn ParameterResolver,
    spec: Option<&InputParameterSpec>,
    literal: &str,
    field: &str,
    param: &str,
) -> Result<Option<String>, PatchError> {
    let Some(spec) = spec else {
        if literal.is_empty() {
            return Err(PatchError::invalid(
                field,
                format!("neither a name nor {param}"),
            ));
        }
        return Ok(Some(literal.to_owned()));
    };
    let field = format!("{field}.{param}");
    match resolve(resolver, spec, &field)?.and_then(|v| v.kind) {
        None | Some(Kind::NullValue(_)) => Ok(None),
        Some(Kind::StringValue(s)) if !s.is_empty() => Ok(Some(s)),
        Some(Kind::StringValue(_)) => Err(PatchError::invalid(field, "resolved to an empty name")),
        Some(_) => Err(PatchError::invalid(field, "resolved to a non-string value")),
    }
}

fn resolve(
    resolver: &dyn ParameterResolver,
    spec: &InputParameterSpec,
    field: &str,
) -> Result<Option<kfp_common::proto::wkt::Value>, PatchError> {
    resolver
        .resolve(spec, field)
        .map_err(|reason| PatchError::Resolve {
            field: field.to_owned(),
            reason,
        })
}

/// A `*Json` parameter as JSON: a struct or list as is, a string parsed as
/// JSON (how a `str` pipeline input carries it); `None` for null.
fn resolve_json(
    resolver: &dyn ParameterResolver,
    spec: &InputParameterSpec,
    field: &str,
) -> Result<Option<serde_json::Value>, PatchError> {
    let Some(value) = resolve(resolver, spec, field)? else {
        return Ok(None);
    };
    match &value.kind {
        None | Some(Kind::NullValue(_)) => Ok(None),
        Some(Kind::StringValue(s)) => {
            serde_json::from_str(s)
                .map(Some)
                .map_err(|source| PatchError::Json {
                    field: field.to_owned(),
                    kind: "JSON document",
                    source,
                })
        }
        Some(_) => Ok(Some(executor_io::to_json(&value))),
    }
}

fn from_json<T: serde::de::DeserializeOwned>(
    json: serde_json::Value,
    field: &str,
    kind: &'static str,
) -> Result<T, PatchError> {
    serde_json::from_value(json).map_err(|source| PatchError::Json {
        field: field.to_owned(),
        kind,
        source,
    })
}
