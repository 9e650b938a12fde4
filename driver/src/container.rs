//! The CONTAINER driver (contract §2.6): resolves the task's inputs,
//! evaluates its condition, provisions its outputs, looks the cache up,
//! records the execution, and either publishes a cache hit or writes the pod
//! spec patch that wraps the user container with the launcher.
//!
//! Beyond upstream: a cached output is reused only if its objects still
//! exist (a stale hit is a miss, logged as such), and cache hits and tasks
//! that did not trigger propagate their parent DAG's state, so no DAG is
//! left `RUNNING` because its last child was cached or skipped.

use std::future::Future;

use kfp_common::{
    cache::ApiTaskCache,
    metadata::{
        dag, keys, types, value, Direction, Id, MetadataBackend, MetadataError, Properties,
    },
    proto::{
        kfp_kubernetes::KubernetesExecutorConfig,
        ml_metadata::{self as mlmd, execution::State},
        ml_pipelines::{
            pipeline_deployment_config::PipelineContainerSpec,
            task_inputs_spec::{input_parameter_spec, InputParameterSpec},
            value_or_runtime_parameter, ExecutorInput,
        },
        wkt::{value::Kind, Value},
    },
    provision::{provision_outputs, task_root},
};

use crate::{
    args::DriverArgs,
    cache_key,
    outputs::{Condition, Outputs},
    podspec::{self, ParameterResolver, PatchContext},
    run::RunView,
    task::{self, dag_parameters, Specs, TaskError},
    upstream::{self, OutputKind},
};

#[derive(Debug, thiserror::Error)]
pub enum ContainerError {
    #[error("CONTAINER driver")]
    Task(#[from] TaskError),
    #[error("CONTAINER driver: task {task}: {reason}")]
    Spec { task: String, reason: String },
    #[error("CONTAINER driver: task {task}: cache lookup of fingerprint {fingerprint}: {reason}")]
    Cache {
        task: String,
        fingerprint: String,
        reason: String,
    },
    #[error("CONTAINER driver: task {task}: {step} in ML Metadata")]
    Metadata {
        task: String,
        step: &'static str,
        #[source]
        source: MetadataError,
    },
    #[error("CONTAINER driver: task {task}: pod spec patch")]
    Patch {
        task: String,
        #[source]
        source: podspec::PatchError,
    },
    /// Failed after the execution was recorded: the output files are still
    /// written (§2.2), so Argo and a reader see which execution it was.
    #[error("{}", kfp_common::error_chain(.error.as_ref()))]
    Recorded {
        outputs: Box<Outputs>,
        error: Box<ContainerError>,
    },
}

impl ContainerError {
    /// The outputs decided before the failure, if an execution exists.
    pub fn recorded(&self) -> Option<&Outputs> {
        match self {
            ContainerError::Recorded { outputs, .. } => Some(outputs),
            _ => None,
        }
    }
}

/// Where cache entries are looked up (`--cache_store`).
#[derive(Debug)]
pub enum CacheLookup<'a> {
    /// `--cache_disabled`: no fingerprint, no lookup.
    Disabled,
    /// The KFP API server's `TaskService` (upstream).
    Api(&'a ApiTaskCache),
    /// The newest `COMPLETE` execution with the fingerprint (no API server).
    Mlmd,
}

/// Whether the objects of a cached output artifact still exist.
pub trait OutputCheck: Sync {
    /// `Ok(false)` when gone; `Err` when it cannot be told (logged, and
    /// the hit is then trusted as upstream trusts every hit).
    fn exists(
        &self,
        artifact: &mlmd::Artifact,
    ) -> impl Future<Output = Result<bool, String>> + Send;
}

/// No check (upstream's behaviour): every recorded output is trusted.
#[derive(Debug, Clone, Copy)]
pub struct TrustRecords;

impl OutputCheck for TrustRecords {
    async fn exists(&self, _artifact: &mlmd::Artifact) -> Result<bool, String> {
        Ok(true)
    }
}

/// What the container driver needs besides the command line.
#[derive(Debug)]
pub struct Env<'a, M, O> {
    pub store: &'a M,
    pub cache: CacheLookup<'a>,
    pub outputs_check: &'a O,
    /// The run's namespace (cache scope).
    pub namespace: String,
    /// The Kubernetes API of the run's namespace, for platform ops
    /// (createpvc/deletepvc); `None` outside a cluster.
    pub kube: Option<&'a kfp_common::k8s::K8s>,
    /// Where platform ops keep PVCs when not in `kube` (a local run's
    /// directories); `None`: `kube`'s API, if any.
    pub pvcs: Option<&'a dyn crate::pvc::PvcApi>,
    /// This pod's name (`KFP_POD_NAME`, else the hostname), which platform
    /// ops record; read by the binary, so the library reads no environment.
    pub pod_name: Option<String>,
}

/// The CONTAINER driver's JSON flags, decoded: done before anything
/// connects (the binary checks them first), so a malformed flag is an error
/// naming it at once, not after MLMD's retries.
pub struct Flags {
    pub specs: Specs,
    pub container: PipelineContainerSpec,
    pub kubernetes_config: Option<KubernetesExecutorConfig>,
    pub kubernetes_extras: Option<podspec::KubernetesExtras>,
}

impl Flags {
    pub fn parse(args: &DriverArgs) -> Result<Self, ContainerError> {
        let specs = Specs::parse(args)?;
        let task_name = specs.task_name(args).to_owned();
        let spec_err = |reason: String| ContainerError::Spec {
            task: task_name.clone(),
            reason,
        };
        let container: PipelineContainerSpec =
            kfp_common::executor_io::from_json_text(args.container.as_bytes()).map_err(|e| {
                spec_err(format!("--container is not a PipelineContainerSpec: {e}"))
            })?;
        let kubernetes_config: Option<KubernetesExecutorConfig> =
            if args.kubernetes_config.trim().is_empty() {
                None
            } else {
                // The content may name secrets: not echoed (as upstream).
                Some(serde_json::from_str(&args.kubernetes_config).map_err(|e| {
                    spec_err(format!(
                    "--kubernetes_config is not a KubernetesExecutorConfig (line {}, column {})",
                    e.line(),
                    e.column()
                ))
                })?)
            };
        let kubernetes_extras = match kubernetes_config {
            Some(_) => Some(
                podspec::KubernetesExtras::from_json(&args.kubernetes_config).map_err(
                    |source| ContainerError::Patch {
                        task: task_name.clone(),
                        source,
                    },
                )?,
            ),
            None => None,
        };
        Ok(Self {
            specs,
            container,
            kubernetes_config,
            kubernetes_extras,
        })
    }
}

/// Run the CONTAINER driver.
pub async fn container_driver<M: MetadataBackend, O: OutputCheck>(
    env: &Env<'_, M, O>,
    args: &DriverArgs,
) -> Result<Outputs, ContainerError> {
    let store = env.store;
    let Flags {
        specs,
        container,
        kubernetes_config,
        kubernetes_extras,
    } = Flags::parse(args)?;
    let task_name = specs.task_name(args).to_owned();
    let spec_err = |reason: String| ContainerError::Spec {
        task: task_name.clone(),
        reason,
    };

    // Platform-spec names may come from upstream outputs, found lazily.
    let whole_run = args.kubernetes_config.contains("taskOutputParameter");
    let needs = upstream::Needs::of(&specs.task);
    let view = RunView::read(store, args.dag_execution_id, &needs, whole_run)
        .await
        .map_err(|source| TaskError::Run {
            task: task_name.clone(),
            source,
        })?;
    let times = task::job_times(args, &specs.task, env.kube).await?;
    let resolved = task::resolve_inputs(store, &view, args, &specs, false, &times).await?;
    let inputs = resolved.inputs;
    let condition = task::condition(&specs, &task_name, &inputs)?;
    let triggered = condition != Some(false);
    if crate::pvc::is_platform_op(&container.image) {
        return crate::pvc::platform_op(
            env,
            args,
            &crate::pvc::Op {
                specs: &specs,
                task_name: &task_name,
                container: &container,
                view: &view,
                inputs,
                condition,
            },
        )
        .await;
    }

    let mut executor_input = ExecutorInput {
        inputs: Some(inputs.clone()),
        outputs: None,
    };
    if triggered {
        let root = view.pipeline_root();
        if root.is_empty() {
            return Err(spec_err(format!(
                "run context {:?} has no pipeline_root (was the ROOT_DAG driver run?)",
                view.contexts.run.name.clone().unwrap_or_default()
            )));
        }
        let salt = uuid::Uuid::new_v4().to_string();
        executor_input.outputs = Some(provision_outputs(
            &specs.component,
            &task_root(root, &task_name, &salt),
            args.publish_logs,
        ));
    }

    let resolver = Resolver {
        view: &view,
        parameters: dag_parameters(&view.dag),
    };
    let patch_context = |execution_id| PatchContext {
        args,
        execution_id,
        executor_input: &executor_input,
        component: &specs.component,
        container: &container,
        kubernetes_config: kubernetes_config.as_ref(),
        kubernetes_extras: kubernetes_extras.as_ref(),
    };

    // Fingerprint and lookup (§5.1): only for triggered tasks with caching on.
    let caching = triggered
        && !matches!(env.cache, CacheLookup::Disabled)
        && !args.connection.cache_disabled
        && specs
            .task
            .caching_options
            .as_ref()
            .is_some_and(|c| c.enable_cache);
    let mut fingerprint = None;
    let mut hit: Option<(mlmd::Execution, Vec<(String, mlmd::Artifact)>)> = None;
    if caching {
        let pvcs = podspec::pvc_names(&patch_context(0), &resolver).map_err(|source| {
            ContainerError::Patch {
                task: task_name.clone(),
                source,
            }
        })?;
        let key = cache_key::cache_key(&executor_input, &specs.component, &container, &pvcs)
            .map_err(|e| spec_err(format!("building the cache key: {e}")))?;
        // Logged whole: `driver fingerprint --explain --cache-key A --against B`
        // tells why two runs of a task did not share a cache entry.
        tracing::info!(task = %task_name, cache_key = %key, "cache key");
        let fp = cache_key::task_fingerprint(&specs.task, &key)
            .map_err(|e| spec_err(format!("fingerprinting the cache key: {e}")))?;
        hit = lookup(env, args, &view.contexts, &task_name, &fp, &executor_input).await?;
        fingerprint = Some(fp);
    }

    let mut properties: Properties = [
        (keys::POD_NAME, value::string("")),
        (keys::POD_UID, value::string("")),
        (keys::NAMESPACE, value::string("")),
        (keys::IMAGE, value::string("")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    if args.iteration_index >= 0 {
        properties.insert(
            keys::ITERATION_INDEX.into(),
            value::int(args.iteration_index),
        );
    }
    if let Some(fp) = &fingerprint {
        properties.insert(keys::CACHE_FINGERPRINT.into(), value::string(fp.clone()));
    }
    if let Some((cached, _)) = &hit {
        properties.insert(
            keys::CACHED_EXECUTION_ID.into(),
            value::string(cached.id.unwrap_or_default().to_string()),
        );
    }
    let metadata = |step, source| ContainerError::Metadata {
        task: task_name.clone(),
        step,
        source,
    };
    let new = task::new_execution(
        types::CONTAINER_EXECUTION,
        &specs,
        &task_name,
        view.dag_id(),
        &inputs,
        triggered,
        properties,
    )?;
    let execution = store
        .create_execution(&view.contexts, new)
        .await
        .map_err(|e| metadata("recording the execution", e))?;
    let id: Id = execution.id.unwrap_or_default();
    let mut outputs = Outputs {
        execution_id: Some(id),
        condition: Some(Condition::of(condition)),
        ..Default::default()
    };

    let recorded = |outputs: &Outputs, e: ContainerError| ContainerError::Recorded {
        outputs: Box::new(outputs.clone()),
        error: Box::new(e),
    };
    if !triggered {
        propagate(store, &view, id).await;
        tracing::info!(execution = id, task = %task_name, "condition false: not triggered");
        return Ok(outputs);
    }

    if let Some((cached, artifacts)) = hit {
        let mut done = execution.clone();
        done.last_known_state = Some(State::Cached as i32);
        if let Some(outputs) = cached.custom_properties.get(keys::OUTPUTS) {
            done.custom_properties
                .insert(keys::OUTPUTS.into(), outputs.clone());
        }
        let published: Vec<(String, kfp_common::metadata::PublishedArtifact)> = artifacts
            .iter()
            .map(|(name, a)| {
                (
                    name.clone(),
                    kfp_common::metadata::PublishedArtifact::Recorded(a.id.unwrap_or_default()),
                )
            })
            .collect();
        if let Err(e) = store.publish(&view.contexts, &done, &published).await {
            // Nobody will run this task: it must not stay RUNNING.
            fail(store, &view, &execution, &kfp_common::error_chain(&e)).await;
            return Err(recorded(&outputs, metadata("publishing the cache hit", e)));
        }
        outputs.cached_decision = Some(true);
        propagate(store, &view, id).await;
        tracing::info!(
            execution = id,
            cached_execution = cached.id.unwrap_or_default(),
            task = %task_name,
            "cache hit"
        );
        outputs.cached_decision = Some(true);
        return Ok(outputs);
    }

    let patch = podspec::pod_spec_patch(&patch_context(id), &resolver)
        .and_then(|spec| podspec::patch_json(&spec));
    let json = match patch {
        Ok(json) => json,
        Err(source) => {
            // The pod will never start: the execution must not stay RUNNING.
            fail(store, &view, &execution, &kfp_common::error_chain(&source)).await;
            return Err(recorded(
                &outputs,
                ContainerError::Patch {
                    task: task_name.clone(),
                    source,
                },
            ));
        }
    };
    tracing::info!(execution = id, task = %task_name, fingerprint = ?fingerprint, "pod spec patch written");
    outputs.cached_decision = Some(false);
    outputs.pod_spec_patch = Some(json);
    Ok(outputs)
}

/// Mark a recorded execution FAILED with `error` and update its parent DAG,
/// best effort: the caller is already failing with the reason.
async fn fail<M: MetadataBackend>(
    store: &M,
    view: &RunView,
    execution: &mlmd::Execution,
    error: &str,
) {
    let id = execution.id.unwrap_or_default();
    let mut failed = execution.clone();
    failed.last_known_state = Some(State::Failed as i32);
    failed
        .custom_properties
        .insert("error".into(), value::string(error));
    match store.update_execution(&failed).await {
        Ok(()) => propagate(store, view, id).await,
        Err(e) => {
            tracing::warn!(execution = id, error = %kfp_common::error_chain(&e), "could not mark the execution FAILED")
        }
    }
}

/// Update the parent DAG's state after `id` finished. Beyond upstream, so a
/// failure here is only logged: the task's own outcome is recorded, and
/// failing the driver would make Argo retry it into a duplicate execution;
/// the launcher of any later sibling propagates again.
async fn propagate<M: MetadataBackend>(store: &M, view: &RunView, id: Id) {
    if let Err(e) = dag::propagate(store, &view.contexts, view.dag_id()).await {
        tracing::warn!(execution = id, dag = view.dag_id(), error = %kfp_common::error_chain(&e), "could not update the parent DAG's state");
    }
}

/// Look the fingerprint up; a hit answers the cached execution and its
/// output artifacts (by output name, only names this task provisions).
pub(crate) async fn lookup<M: MetadataBackend, O: OutputCheck>(
    env: &Env<'_, M, O>,
    args: &DriverArgs,
    contexts: &kfp_common::metadata::RunContexts,
    task_name: &str,
    fingerprint: &str,
    executor_input: &ExecutorInput,
) -> Result<Option<(mlmd::Execution, Vec<(String, mlmd::Artifact)>)>, ContainerError> {
    let cache_err = |reason: String| ContainerError::Cache {
        task: task_name.to_owned(),
        fingerprint: fingerprint.to_owned(),
        reason,
    };
    let cached = match env.cache {
        CacheLookup::Disabled => return Ok(None),
        CacheLookup::Api(api) => {
            let Some(id) = api
                .lookup(&args.pipeline_name, &env.namespace, fingerprint)
                .await
                .map_err(|e| cache_err(kfp_common::error_chain(&e)))?
            else {
                return Ok(None);
            };
            match env.store.get_executions(&[id]).await {
                Ok(mut found) => found.pop(),
                // The entry outlived its execution (MLMD pruned or reset).
                Err(kfp_common::metadata::MetadataError::ExecutionNotFound { .. }) => {
                    tracing::warn!(cached_execution = id, "stale cache hit: the cached execution is gone from ML Metadata; running the task");
                    None
                }
                Err(e) => {
                    return Err(cache_err(format!(
                        "reading cached execution {id}: {}",
                        kfp_common::error_chain(&e)
                    )))
                }
            }
        }
        CacheLookup::Mlmd => env
            .store
            .cached_execution(contexts, &env.namespace, fingerprint)
            .await
            .map_err(|e| cache_err(kfp_common::error_chain(&e)))?,
    };
    let Some(cached) = cached else {
        return Ok(None);
    };
    let cached_id = cached.id.unwrap_or_default();
    let wanted = executor_input
        .outputs
        .as_ref()
        .map(|o| o.artifacts.keys().cloned().collect::<Vec<_>>())
        .unwrap_or_default();
    let linked = env
        .store
        .linked_artifacts(&[cached_id], Direction::Output)
        .await
        .map_err(|e| {
            cache_err(format!(
                "reading the outputs of cached execution {cached_id}: {}",
                kfp_common::error_chain(&e)
            ))
        })?;
    let artifacts: Vec<(String, mlmd::Artifact)> = linked
        .into_iter()
        .filter(|l| wanted.contains(&l.key))
        .map(|l| (l.key, l.artifact))
        .collect();
    for name in &wanted {
        // executor-logs belong to one attempt; upstream requires the rest.
        if name != kfp_common::provision::EXECUTOR_LOGS && !artifacts.iter().any(|(k, _)| k == name)
        {
            tracing::warn!(cached_execution = cached_id, output = %name, "stale cache hit: the cached execution has no such output; running the task");
            return Ok(None);
        }
    }
    for (name, artifact) in &artifacts {
        match env.outputs_check.exists(artifact).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::warn!(
                    cached_execution = cached_id,
                    output = %name,
                    uri = artifact.uri.as_deref().unwrap_or_default(),
                    "stale cache hit: the cached output is gone; running the task"
                );
                return Ok(None);
            }
            Err(reason) => tracing::warn!(
                cached_execution = cached_id,
                output = %name,
                %reason,
                "could not check the cached output; trusting the record"
            ),
        }
    }
    Ok(Some((cached, artifacts)))
}

/// Resolves KubernetesExecutorConfig name parameters like task inputs.
struct Resolver<'v> {
    view: &'v RunView,
    parameters: std::collections::BTreeMap<String, Value>,
}

impl ParameterResolver for Resolver<'_> {
    fn resolve(&self, spec: &InputParameterSpec, field: &str) -> Result<Option<Value>, String> {
        let v = match &spec.kind {
            Some(input_parameter_spec::Kind::ComponentInputParameter(p)) => {
                self.parameters.get(p).cloned().ok_or_else(|| {
                    format!("{field}: parent DAG does not have input parameter {p:?}")
                })?
            }
            Some(input_parameter_spec::Kind::RuntimeValue(rv)) => match &rv.value {
                Some(value_or_runtime_parameter::Value::Constant(c)) => c.clone(),
                _ => return Err(format!("{field}: runtimeValue has no constant")),
            },
            Some(input_parameter_spec::Kind::TaskOutputParameter(t)) => {
                let located = upstream::locate(
                    self.view,
                    self.view.dag_id(),
                    &t.producer_task,
                    &t.output_parameter_key,
                    OutputKind::Parameter,
                )
                .map_err(|e| format!("{field}: {e}"))?;
                upstream::parameter_value(
                    self.view,
                    &located,
                    &t.producer_task,
                    &t.output_parameter_key,
                )
                .map_err(|e| format!("{field}: {e}"))?
            }
            _ => return Err(format!("{field}: unsupported input parameter kind")),
        };
        Ok(match v.kind {
            None | Some(Kind::NullValue(_)) => None,
            _ => Some(v),
        })
    }
}
