//! The pod spec patch of a CONTAINER task (contract §2.10): a `v1.PodSpec`
//! that Argo merges (strategic merge, containers by name) onto the compiled
//! `system-container-impl` template (§7.3), so the `main` container runs
//! `/kfp-launcher/launch <flags> -- <user command line>`.
//!
//! Everything here is a pure function of the resolved task: no MLMD, no
//! Kubernetes API. Names taken from `KubernetesExecutorConfig` parameters are
//! resolved through a [`ParameterResolver`] the caller implements over its
//! input resolution, so the same code serves the pod patch and the cache key
//! ([`pvc_names`]).

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{
    Affinity, Container, EnvVar, PodSpec, ResourceRequirements, Toleration, Volume, VolumeMount,
};
use kfp_common::gojson::GoJson;
use kfp_common::placeholder::{driver as placeholder, PlaceholderError};
use kfp_common::proto::kfp_kubernetes::KubernetesExecutorConfig;
use kfp_common::proto::ml_pipelines::pipeline_deployment_config::PipelineContainerSpec;
use kfp_common::proto::ml_pipelines::task_inputs_spec::InputParameterSpec;
use kfp_common::proto::ml_pipelines::{
    parameter_type::ParameterTypeEnum, ComponentSpec, ExecutorInput,
};
use kfp_common::proto::wkt::Value;

use crate::args::DriverArgs;

mod extras;
mod k8s_config;
mod launcher;
mod modelcar;
mod quantity;
mod resources;
mod routing;
mod security;
#[cfg(test)]
mod tests;

pub use extras::{InitContainerSpec, KubernetesExtras};
pub use modelcar::workspace_mount;
pub use routing::Passthrough;

/// The argo template names the user container `main`; the patch must too,
/// or strategic merge adds a second container.
pub const MAIN_CONTAINER: &str = "main";
/// Where the compiler's init container copies the launcher (contract §3.2).
pub const LAUNCHER_PATH: &str = "/kfp-launcher/launch";
/// Name of the workspace volume and of the suffix of its PVC (§2.10).
pub const WORKSPACE_VOLUME: &str = "kfp-workspace";

/// Everything the patch depends on, already resolved by the driver.
#[derive(Debug, Clone, Copy)]
pub struct PatchContext<'a> {
    /// Server addresses, TLS flags, admin defaults, run name, ... (§2.1).
    pub args: &'a DriverArgs,
    /// The MLMD execution the launcher publishes into.
    pub execution_id: i64,
    /// Resolved inputs plus provisioned outputs (§2.7, §2.9).
    pub executor_input: &'a ExecutorInput,
    pub component: &'a ComponentSpec,
    pub container: &'a PipelineContainerSpec,
    /// `None` when `--kubernetes_config` was empty: nothing of §2.10's table applies.
    pub kubernetes_config: Option<&'a KubernetesExecutorConfig>,
    /// Fields of the platform spec newer than the pinned `kfp-kubernetes`
    /// proto (init containers, `securityContext.runAsNonRoot`), parsed from
    /// the same JSON ([`KubernetesExtras::from_json`]). `None` with a config:
    /// [`build`] parses them from `args.kubernetes_config` itself.
    pub kubernetes_extras: Option<&'a KubernetesExtras>,
}

/// Resolves a `TaskInputsSpec.InputParameterSpec` used by
/// KubernetesExecutorConfig name parameters (componentInputParameter /
/// taskOutputParameter / runtimeValue constant) like a task input.
/// `Ok(None)` = resolved null of an optional input: skip that item.
pub trait ParameterResolver {
    /// `field` names the config field being resolved, for messages.
    fn resolve(&self, spec: &InputParameterSpec, field: &str) -> Result<Option<Value>, String>;
}

/// Why no patch could be built. Messages name the IR field, input or
/// argument at fault; resolved secret names and values are never echoed.
#[derive(Debug, thiserror::Error)]
pub enum PatchError {
    /// A placeholder in the command line or a pod field cannot be resolved
    /// (its message names the field).
    #[error(transparent)]
    Placeholder(#[from] PlaceholderError),
    /// A configured value cannot be used (bad quantity, policy, path, ...).
    #[error("{field}: {reason}")]
    Invalid { field: String, reason: String },
    /// The caller's resolver failed on a `*NameParameter` / `*Json` spec.
    #[error("{field}: cannot resolve the input parameter: {reason}")]
    Resolve { field: String, reason: String },
    /// A `*Json` parameter is not the Kubernetes object it should be.
    #[error("{field}: not a valid {kind}")]
    Json {
        field: String,
        kind: &'static str,
        #[source]
        source: serde_json::Error,
    },
    /// JSON encoding of a proto or of the patch itself.
    #[error("cannot serialize {what}")]
    Serialize {
        what: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl PatchError {
    pub(crate) fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        PatchError::Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

/// What `dsl.TaskConfig` inputs receive (KFP's Go `TaskConfig`, kept aligned
/// with the SDK): the pod settings of the fields a component passes through.
/// Serialised like Go's `encoding/json` of that struct: every key present,
/// `null` where nothing was captured.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct TaskConfig {
    pub affinity: Option<Affinity>,
    pub tolerations: Option<Vec<Toleration>>,
    #[serde(rename = "nodeSelector")]
    pub node_selector: Option<BTreeMap<String, String>>,
    pub env: Option<Vec<EnvVar>>,
    pub volumes: Option<Vec<Volume>>,
    #[serde(rename = "volumeMounts")]
    pub volume_mounts: Option<Vec<VolumeMount>>,
    pub resources: ResourceRequirements,
}

/// A patch and the TaskConfig captured while building it.
#[derive(Debug, Clone, PartialEq)]
pub struct PodSpecPatch {
    pub pod_spec: PodSpec,
    pub task_config: TaskConfig,
    /// The ExecutorInput the launcher receives: the context's, plus the
    /// TaskConfig struct in every `TASK_CONFIG` input parameter.
    pub executor_input: ExecutorInput,
}

/// The pod spec patch of §2.10 (see [`build`] for the TaskConfig too).
pub fn pod_spec_patch(
    ctx: &PatchContext<'_>,
    resolver: &dyn ParameterResolver,
) -> Result<PodSpec, PatchError> {
    build(ctx, resolver).map(|p| p.pod_spec)
}

/// [`build_with`] the context's extras, or, when it has none, the newer
/// platform-spec fields read from the raw `--kubernetes_config` JSON (the
/// generated proto drops them).
pub fn build(
    ctx: &PatchContext<'_>,
    resolver: &dyn ParameterResolver,
) -> Result<PodSpecPatch, PatchError> {
    let extras = match (ctx.kubernetes_extras, ctx.kubernetes_config) {
        (Some(extras), _) => extras.clone(),
        (None, Some(_)) => KubernetesExtras::from_json(&ctx.args.kubernetes_config)?,
        (None, None) => KubernetesExtras::default(),
    };
    build_with(ctx, &extras, resolver)
}

/// Builds the patch in upstream's order: main container (image, args, env,
/// resources, admin defaults), Modelcar inputs, workspace, the
/// KubernetesExecutorConfig table with `extras`; then fills `TASK_CONFIG`
/// inputs and writes the launcher command last, so `--executor_input`
/// carries them (§2.6 step 10).
pub fn build_with(
    ctx: &PatchContext<'_>,
    extras: &KubernetesExtras,
    resolver: &dyn ParameterResolver,
) -> Result<PodSpecPatch, PatchError> {
    let routing = routing::Routing::of(ctx.component)?;
    let mut task_config = TaskConfig::default();
    let with_defaults = inputs_with_defaults(ctx);
    let inputs = placeholder::Inputs {
        provided: ctx.executor_input,
        with_defaults: &with_defaults,
    };
    let mut pod = PodSpec {
        containers: vec![main_container(ctx, &inputs)?],
        ..PodSpec::default()
    };
    let user_env = launcher::user_env(ctx);
    let resources = resources::requirements(ctx.container, &inputs)?;
    routing.env(&mut pod, &mut task_config, user_env);
    routing.resources(&mut pod, &mut task_config, resources);
    security::apply_admin_defaults(&mut pod, ctx.args);
    modelcar::add_modelcars(&mut pod, ctx.executor_input);
    if modelcar::needs_workspace(ctx.executor_input) {
        let (volume, mount) = modelcar::workspace_mount(&ctx.args.run_name)?;
        routing.volumes(&mut pod, &mut task_config, vec![(volume, mount)]);
    }
    if let Some(config) = ctx.kubernetes_config {
        let k8s = k8s_config::Apply {
            config,
            resolver,
            routing: &routing,
        };
        k8s.apply(&mut pod, &mut task_config)?;
    }
    let user_security = ctx.kubernetes_config.and_then(|c| c.security_context);
    security::apply_user_security(&mut pod, user_security, extras)?;
    extras::add_init_containers(&mut pod, extras, ctx.args)?;
    if modelcar::needs_workspace(ctx.executor_input) {
        modelcar::check_workspace_conflicts(&pod)?;
    }
    if let Some(host_users) = ctx.args.default_host_users {
        pod.host_users = Some(host_users);
    }
    let executor_input = with_task_config(ctx, &task_config)?;
    let command = launcher::command(ctx, &executor_input)?;
    if let Some(main) = pod.containers.first_mut() {
        main.command = Some(command);
    }
    Ok(PodSpecPatch {
        pod_spec: pod,
        task_config,
        executor_input,
    })
}

/// The patch as Argo receives it: compact JSON with Go's HTML escaping
/// (`encoding/json`), so the bytes look like the Go driver's.
pub fn patch_json(spec: &PodSpec) -> Result<String, PatchError> {
    let value = serde_json::to_value(spec).map_err(|e| PatchError::Serialize {
        what: "pod spec patch",
        source: Box::new(e),
    })?;
    Ok(GoJson::ENCODING_JSON.to_string(&value))
}

/// PVC names that enter the cache key (§2.6 step 5, §5.1
/// containerSpec.pvcNames): PVC mounts resolved to names, plus
/// `<run_name>-kfp-workspace` if the task uses the workspace; deduplicated
/// and sorted.
pub fn pvc_names(
    ctx: &PatchContext<'_>,
    resolver: &dyn ParameterResolver,
) -> Result<Vec<String>, PatchError> {
    let mut names = Vec::new();
    if let Some(config) = ctx.kubernetes_config {
        for mount in k8s_config::pvc_mounts(config, resolver)? {
            names.push(mount.name);
        }
    }
    if modelcar::needs_workspace(ctx.executor_input) {
        names.push(modelcar::workspace_pvc_name(&ctx.args.run_name)?);
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// The inputs a placeholder reads: those resolved plus the component's
/// defaults, as the launcher will apply them (§3.5), so the driver's pass
/// and the launcher's agree on an optional input the task left out.
fn inputs_with_defaults(ctx: &PatchContext<'_>) -> ExecutorInput {
    let mut input = ctx.executor_input.clone();
    kfp_common::resolve::apply_parameter_defaults(ctx.component, &mut input);
    input
}

/// `main`: image, user command line (pre-processed), no command yet.
fn main_container(
    ctx: &PatchContext<'_>,
    inputs: &placeholder::Inputs<'_>,
) -> Result<Container, PatchError> {
    let image = placeholder::pod_field(&ctx.container.image, inputs, "container.image")?;
    let args = launcher::user_args(ctx.container, inputs)?;
    Ok(Container {
        name: MAIN_CONTAINER.to_owned(),
        image: Some(image),
        args: Some(args),
        resources: Some(ResourceRequirements::default()),
        ..Container::default()
    })
}

/// The ExecutorInput with the TaskConfig struct in each `TASK_CONFIG`
/// input parameter (upstream fills them only after the patch is known).
fn with_task_config(
    ctx: &PatchContext<'_>,
    task_config: &TaskConfig,
) -> Result<ExecutorInput, PatchError> {
    let mut input = ctx.executor_input.clone();
    let names: Vec<&String> = ctx
        .component
        .input_definitions
        .iter()
        .flat_map(|d| d.parameters.iter())
        .filter(|(_, spec)| spec.parameter_type == ParameterTypeEnum::TaskConfig as i32)
        .map(|(name, _)| name)
        .collect();
    if names.is_empty() {
        return Ok(input);
    }
    let json = serde_json::to_value(task_config).map_err(|e| PatchError::Serialize {
        what: "TaskConfig",
        source: Box::new(e),
    })?;
    let value = kfp_common::executor_io::from_json(json);
    let inputs = input.inputs.get_or_insert_with(Default::default);
    for name in names {
        inputs.parameter_values.insert(name.clone(), value.clone());
    }
    Ok(input)
}
