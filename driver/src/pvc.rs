//! Kubernetes platform ops of the CONTAINER driver (contract §2.11):
//! `argostub/createpvc` and `argostub/deletepvc` tasks, which the driver
//! carries out itself (no launcher, no pod spec patch), and whose execution
//! it therefore records from start to end: created `RUNNING` (or `CANCELED`
//! when the condition is false), then published `CACHED`, `COMPLETE` or
//! `FAILED` with the driver's own pod as the one that ran it.
//!
//! Order matters for what a failure leaves behind: bad inputs, a missing
//! Kubernetes API and an unreadable own Pod fail before anything is recorded
//! or created; once the execution exists every path publishes a terminal
//! state (an op that failed is `FAILED` with an `error` property).
//!
//! Beyond upstream:
//! * the pre-publish (pod name, uid, namespace) and the publish are one
//!   write, so no observer sees a finished op without its pod;
//! * the parent DAG's state is propagated after every terminal write;
//! * a cache hit of createpvc is reused only if its PVC still exists (a
//!   later deletepvc may have removed it): a stale hit is a miss;
//! * with `--cache_store mlmd` deletepvc never takes a hit: its own earlier
//!   `COMPLETE` executions would act as entries, which upstream never
//!   creates for it, and a hit would leave the PVC in place;
//! * a failed `CreateTaskV1` after the PVC exists is logged, not fatal: a
//!   retried driver would create a second PVC or fail on the first;
//! * an untriggered op records `CANCELED` (upstream publishes `COMPLETE`).

use std::{future::Future, pin::Pin, time::SystemTime};

use k8s_openapi::api::core::v1::PersistentVolumeClaim;
use kfp_common::{
    cache::CacheEntry,
    k8s::K8s,
    metadata::{dag, keys, types, value, Id, MetadataBackend, MetadataError, Properties},
    proto::{
        ml_metadata::{self as mlmd, execution::State},
        ml_pipelines::{
            executor_input::Inputs, pipeline_deployment_config::PipelineContainerSpec,
            ExecutorInput,
        },
        wkt::{Struct, Value},
    },
};

use crate::{
    args::DriverArgs,
    cache_key,
    container::{CacheLookup, ContainerError, Env, OutputCheck},
    outputs::{Condition, Outputs},
    run::RunView,
    task::{self, Specs},
};

pub mod inputs;

use inputs::{OpKind, Plan};

/// The environment variable naming the driver's own pod (set by the
/// compiler from `metadata.name`); the hostname when unset, as upstream.
pub const ENV_POD_NAME: &str = "KFP_POD_NAME";

/// Whether a container image names a platform op instead of a user image.
pub fn is_platform_op(image: &str) -> bool {
    image.starts_with("argostub/")
}

/// Why a [`PvcApi`] call failed; shown with its causes (`error_chain`).
pub type PvcApiError = Box<dyn std::error::Error + Send + Sync>;

/// A boxed [`PvcApi`] answer: the trait stays object safe, so the driver
/// takes any backend as `&dyn PvcApi` without a new type parameter.
pub type PvcFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, PvcApiError>> + Send + 'a>>;

/// Where platform ops create, check and delete PVCs, and find the pod that
/// carries them out. In a cluster it is the Kubernetes API ([`K8s`]); a
/// local run (`launcher local run`) answers with directories in its home,
/// so the same op code (inputs, generated names, cache, records) serves
/// both.
pub trait PvcApi: Send + Sync + std::fmt::Debug {
    /// The namespace PVCs live in (for messages).
    fn namespace(&self) -> &str;
    /// The UID of pod `name`, `None` when there is no such pod.
    fn pod_uid<'a>(&'a self, name: &'a str) -> PvcFuture<'a, Option<String>>;
    /// Whether the PVC `name` exists.
    fn exists<'a>(&'a self, name: &'a str) -> PvcFuture<'a, bool>;
    /// Create `pvc`; the created PVC's name. One of that name already there
    /// is an error.
    fn create<'a>(&'a self, pvc: &'a PersistentVolumeClaim) -> PvcFuture<'a, String>;
    /// Delete the PVC `name`: `false` when there was none.
    fn delete<'a>(&'a self, name: &'a str) -> PvcFuture<'a, bool>;
}

impl PvcApi for K8s {
    fn namespace(&self) -> &str {
        K8s::namespace(self)
    }

    fn pod_uid<'a>(&'a self, name: &'a str) -> PvcFuture<'a, Option<String>> {
        Box::pin(async move {
            let pod = self.pod(name).await?;
            Ok(pod.map(|p| p.metadata.uid.unwrap_or_default()))
        })
    }

    fn exists<'a>(&'a self, name: &'a str) -> PvcFuture<'a, bool> {
        Box::pin(async move { Ok(self.pvc(name).await?.is_some()) })
    }

    fn create<'a>(&'a self, pvc: &'a PersistentVolumeClaim) -> PvcFuture<'a, String> {
        Box::pin(async move {
            let created = self.create_pvc(pvc).await?;
            Ok(created
                .metadata
                .name
                .or_else(|| pvc.metadata.name.clone())
                .unwrap_or_default())
        })
    }

    fn delete<'a>(&'a self, name: &'a str) -> PvcFuture<'a, bool> {
        Box::pin(async move { Ok(self.delete_pvc(name).await?) })
    }
}

/// What the CONTAINER driver resolved before dispatching here.
#[derive(Debug)]
pub struct Op<'a> {
    pub specs: &'a Specs,
    pub task_name: &'a str,
    pub container: &'a PipelineContainerSpec,
    pub view: &'a RunView,
    pub inputs: Inputs,
    /// The evaluated trigger condition (`None`: the task has none).
    pub condition: Option<bool>,
}

/// The pod that carries the op out: the driver's own.
#[derive(Debug, Clone)]
struct OwnPod {
    name: String,
    uid: String,
}

/// Carry out a platform op (§2.11).
pub async fn platform_op<M: MetadataBackend, O: OutputCheck>(
    env: &Env<'_, M, O>,
    args: &DriverArgs,
    op: &Op<'_>,
) -> Result<Outputs, ContainerError> {
    let task_name = op.task_name;
    let spec_err = |reason: String| ContainerError::Spec {
        task: task_name.to_owned(),
        reason,
    };
    let image = op.container.image.as_str();
    let Some(kind) = OpKind::of(image) else {
        return Err(spec_err(format!(
            "unknown Kubernetes platform op image {image:?}: expected argostub/createpvc or \
             argostub/deletepvc"
        )));
    };
    let Some(kube) = env.pvcs.or(env.kube.map(|k| k as &dyn PvcApi)) else {
        return Err(spec_err(format!(
            "{kind} ({image}) is a Kubernetes platform op: it needs the Kubernetes API, which \
             the driver only reaches inside a pod (KUBERNETES_SERVICE_HOST is unset)"
        )));
    };
    if op.condition == Some(false) {
        return not_triggered(env, args, op).await;
    }

    let plan = inputs::plan(kind, &op.inputs, || uuid::Uuid::new_v4().to_string())
        .map_err(|e| spec_err(format!("{kind}: {e}")))?;
    let pod = own_pod(kube, env.pod_name.as_deref(), task_name).await?;
    let started = SystemTime::now();

    // Fingerprint and lookup (§5.1): as for any container task, only with
    // caching on for it; the key has no PVC names (there are no mounts).
    let caching = !matches!(env.cache, CacheLookup::Disabled)
        && !args.connection.cache_disabled
        && op
            .specs
            .task
            .caching_options
            .as_ref()
            .is_some_and(|c| c.enable_cache);
    let mut fingerprint = None;
    let mut hit = None;
    if caching {
        let executor_input = ExecutorInput {
            inputs: Some(inputs::fingerprint_inputs(&op.inputs, &plan)),
            outputs: None,
        };
        let key = cache_key::cache_key(&executor_input, &op.specs.component, op.container, &[])
            .map_err(|e| spec_err(format!("building the cache key: {e}")))?;
        let fp = cache_key::task_fingerprint(&op.specs.task, &key)
            .map_err(|e| spec_err(format!("fingerprinting the cache key: {e}")))?;
        let may_hit = kind == OpKind::CreatePvc || matches!(env.cache, CacheLookup::Api(_));
        if may_hit {
            let found = crate::container::lookup(
                env,
                args,
                &op.view.contexts,
                task_name,
                &fp,
                &executor_input,
            )
            .await?;
            hit = match found {
                Some((cached, _)) if kind == OpKind::CreatePvc => {
                    still_there(kube, cached, task_name).await
                }
                other => other.map(|(cached, _)| cached),
            };
        }
        fingerprint = Some(fp);
    }

    let mut properties = created_properties(args);
    if let Some(fp) = &fingerprint {
        properties.insert(keys::CACHE_FINGERPRINT.into(), value::string(fp.clone()));
    }
    if let Some(cached) = &hit {
        properties.insert(
            keys::CACHED_EXECUTION_ID.into(),
            value::string(cached.id.unwrap_or_default().to_string()),
        );
    }
    let execution = record(env, op, true, properties).await?;
    let id: Id = execution.id.unwrap_or_default();
    let mut outputs = Outputs {
        execution_id: Some(id),
        condition: Some(Condition::of(op.condition)),
        ..Default::default()
    };
    let mut done = execution.clone();
    done.custom_properties
        .extend(pod_properties(Some(&pod), &env.namespace));

    if let Some(cached) = hit {
        done.last_known_state = Some(State::Cached as i32);
        if let Some(o) = cached.custom_properties.get(keys::OUTPUTS) {
            done.custom_properties
                .insert(keys::OUTPUTS.into(), o.clone());
        }
        outputs.cached_decision = Some(true);
        finish(env, op, &done)
            .await
            .map_err(|e| recorded(&outputs, e))?;
        tracing::info!(
            execution = id,
            cached_execution = cached.id.unwrap_or_default(),
            task = %task_name,
            "{kind}: cache hit, nothing to do"
        );
        return Ok(outputs);
    }

    match operate(kube, &plan).await {
        Ok(output_name) => {
            done.last_known_state = Some(State::Complete as i32);
            if let Some(name) = &output_name {
                done.custom_properties
                    .insert(keys::OUTPUTS.into(), name_output(name));
            }
            outputs.cached_decision = Some(false);
            finish(env, op, &done)
                .await
                .map_err(|e| recorded(&outputs, e))?;
            if let (OpKind::CreatePvc, CacheLookup::Api(api), Some(fp)) =
                (kind, &env.cache, &fingerprint)
            {
                let entry = CacheEntry {
                    pipeline_name: args.pipeline_name.clone(),
                    namespace: env.namespace.clone(),
                    run_id: args.run_id.clone(),
                    execution_id: id,
                    fingerprint: fp.clone(),
                    created_at: started,
                    finished_at: SystemTime::now(),
                };
                if let Err(e) = api.create(&entry).await {
                    tracing::warn!(execution = id, task = %task_name, error = %kfp_common::error_chain(&e), "could not store the cache entry of the PVC; later runs will create their own");
                }
            }
            tracing::info!(execution = id, task = %task_name, pvc = ?output_name, "{kind} done");
            Ok(outputs)
        }
        Err(reason) => {
            done.last_known_state = Some(State::Failed as i32);
            done.custom_properties
                .insert("error".into(), value::string(reason.clone()));
            if let Err(e) = finish(env, op, &done).await {
                tracing::warn!(execution = id, error = %kfp_common::error_chain(&e), "could not mark the execution FAILED");
            }
            Err(recorded(&outputs, spec_err(format!("{kind}: {reason}"))))
        }
    }
}

/// The op's `system.ContainerExecution`, `triggered` or not, with
/// `properties`.
async fn record<M: MetadataBackend, O: OutputCheck>(
    env: &Env<'_, M, O>,
    op: &Op<'_>,
    triggered: bool,
    properties: Properties,
) -> Result<mlmd::Execution, ContainerError> {
    let new = task::new_execution(
        types::CONTAINER_EXECUTION,
        op.specs,
        op.task_name,
        op.view.dag_id(),
        &op.inputs,
        triggered,
        properties,
    )?;
    env.store
        .create_execution(&op.view.contexts, new)
        .await
        .map_err(|e| metadata(op.task_name, "recording the execution", e))
}

/// Condition false: a `CANCELED` execution, nothing else (§2.6 step 8).
async fn not_triggered<M: MetadataBackend, O: OutputCheck>(
    env: &Env<'_, M, O>,
    args: &DriverArgs,
    op: &Op<'_>,
) -> Result<Outputs, ContainerError> {
    let properties = created_properties(args);
    let execution = record(env, op, false, properties).await?;
    let outputs = Outputs {
        execution_id: execution.id,
        condition: Some(Condition::False),
        ..Default::default()
    };
    dag::propagate(env.store, &op.view.contexts, op.view.dag_id())
        .await
        .map_err(|e| {
            recorded(
                &outputs,
                metadata(op.task_name, "updating the parent DAG", e),
            )
        })?;
    tracing::info!(execution = ?execution.id, task = %op.task_name, "condition false: not triggered");
    Ok(outputs)
}

/// Create or delete the PVC; answers the created PVC's name (the `name`
/// output), or why the op failed.
async fn operate(kube: &dyn PvcApi, plan: &Plan) -> Result<Option<String>, String> {
    let chain = |e: &PvcApiError| kfp_common::error_chain(e.as_ref());
    match plan {
        Plan::Create(create) => {
            let created = kube
                .create(&create.pvc)
                .await
                .map_err(|e| format!("creating PVC {:?}: {}", create.name, chain(&e)))?;
            let name = Some(created)
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| create.name.clone());
            tracing::info!(pvc = %name, namespace = %kube.namespace(), "created PVC");
            Ok(Some(name))
        }
        Plan::Delete { pvc_name } => {
            let missing = || {
                format!(
                    "deleting PVC {pvc_name:?}: there is no such PVC in namespace {:?}",
                    kube.namespace()
                )
            };
            if !kube
                .exists(pvc_name)
                .await
                .map_err(|e| format!("deleting PVC {pvc_name:?}: {}", chain(&e)))?
            {
                return Err(missing());
            }
            if !kube
                .delete(pvc_name)
                .await
                .map_err(|e| format!("deleting PVC {pvc_name:?}: {}", chain(&e)))?
            {
                return Err(missing());
            }
            tracing::info!(pvc = %pvc_name, namespace = %kube.namespace(), "deleted PVC");
            Ok(None)
        }
    }
}

/// Publish a terminal state (with the pod, as a launcher's pre-publish
/// would have written it) and propagate it to the parent DAGs.
async fn finish<M: MetadataBackend, O: OutputCheck>(
    env: &Env<'_, M, O>,
    op: &Op<'_>,
    done: &mlmd::Execution,
) -> Result<(), ContainerError> {
    env.store
        .publish(&op.view.contexts, done, &[])
        .await
        .map_err(|e| metadata(op.task_name, "publishing the execution", e))?;
    dag::propagate(env.store, &op.view.contexts, op.view.dag_id())
        .await
        .map_err(|e| metadata(op.task_name, "updating the parent DAG", e))?;
    Ok(())
}

/// A createpvc cache hit whose PVC is gone is stale: `None` (a miss).
/// When the PVC cannot be checked the record is trusted, as upstream.
async fn still_there(
    kube: &dyn PvcApi,
    cached: mlmd::Execution,
    task_name: &str,
) -> Option<mlmd::Execution> {
    let cached_id = cached.id.unwrap_or_default();
    let name = cached
        .custom_properties
        .get(keys::OUTPUTS)
        .and_then(value::as_struct)
        .and_then(|s| s.fields.get("name"))
        .and_then(|v| match &v.kind {
            Some(kfp_common::proto::wkt::value::Kind::StringValue(s)) => Some(s.clone()),
            _ => None,
        });
    let Some(name) = name else {
        tracing::warn!(cached_execution = cached_id, task = %task_name, "stale cache hit: the cached createpvc has no output \"name\"; creating the PVC");
        return None;
    };
    match kube.exists(&name).await {
        Ok(true) => Some(cached),
        Ok(false) => {
            tracing::warn!(cached_execution = cached_id, task = %task_name, pvc = %name, "stale cache hit: the cached PVC is gone; creating it");
            None
        }
        Err(e) => {
            tracing::warn!(cached_execution = cached_id, task = %task_name, pvc = %name, error = %kfp_common::error_chain(e.as_ref()), "could not check the cached PVC; trusting the record");
            Some(cached)
        }
    }
}

/// The driver's own Pod (`Env::pod_name`: `KFP_POD_NAME` or the hostname),
/// read before anything is recorded: without `get pods` the op cannot
/// record which pod ran it (§6.6), and says so up front.
async fn own_pod(
    kube: &dyn PvcApi,
    name: Option<&str>,
    task_name: &str,
) -> Result<OwnPod, ContainerError> {
    let err = |reason: String| ContainerError::Spec {
        task: task_name.to_owned(),
        reason,
    };
    let name = name.map(str::to_owned).ok_or_else(|| {
        err(format!(
            "cannot tell this pod's name: {ENV_POD_NAME} is unset and the hostname unreadable"
        ))
    })?;
    let uid = kube
        .pod_uid(&name)
        .await
        .map_err(|e| {
            err(format!(
                "reading this driver's Pod {name:?}: {}",
                kfp_common::error_chain(e.as_ref())
            ))
        })?
        .ok_or_else(|| {
            err(format!(
                "this driver's Pod {name:?} (from {ENV_POD_NAME} or the hostname) does not exist \
                 in namespace {:?}",
                kube.namespace()
            ))
        })?;
    Ok(OwnPod { name, uid })
}

/// The custom properties of a new execution besides the common ones
/// (`task::new_execution` adds those), as container.rs writes them.
fn created_properties(args: &DriverArgs) -> Properties {
    let mut properties = pod_properties(None, "");
    if args.iteration_index >= 0 {
        properties.insert(
            keys::ITERATION_INDEX.into(),
            value::int(args.iteration_index),
        );
    }
    properties
}

/// `pod_name`, `pod_uid`, `namespace` and `image` (always `""`, §4.3):
/// empty at creation, the driver's own pod at publish.
fn pod_properties(pod: Option<&OwnPod>, namespace: &str) -> Properties {
    let (name, uid) = pod.map_or(("", ""), |p| (p.name.as_str(), p.uid.as_str()));
    [
        (keys::POD_NAME, value::string(name)),
        (keys::POD_UID, value::string(uid)),
        (keys::NAMESPACE, value::string(namespace)),
        (keys::IMAGE, value::string("")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

/// The `outputs` property of a createpvc: `{"name": <pvc>}`.
fn name_output(name: &str) -> mlmd::Value {
    let name: Value = kfp_common::executor_io::from_json(name.into());
    value::structure(Struct {
        fields: [("name".to_owned(), name)].into_iter().collect(),
    })
}

/// A failure after the execution exists: the output files still name it.
fn recorded(outputs: &Outputs, error: ContainerError) -> ContainerError {
    ContainerError::Recorded {
        outputs: Box::new(outputs.clone()),
        error: Box::new(error),
    }
}

fn metadata(task: &str, step: &'static str, source: MetadataError) -> ContainerError {
    ContainerError::Metadata {
        task: task.to_owned(),
        step,
        source,
    }
}

#[cfg(test)]
mod tests;
