//! The DAG driver (contract §2.5): a nested pipeline, condition branch,
//! exit-handler group or ParallelFor loop (and each loop iteration, when
//! `--iteration_index ≥ 0`). Records the DAG execution with what its
//! children need: inputs (parameters and INPUT artifact events), output
//! selectors, the number of children expected, and for a loop the number of
//! iterations.

use std::collections::BTreeMap;

use kfp_common::{
    metadata::{dag, keys, types, value, Id, MetadataBackend, MetadataError, Properties},
    proto::{
        ml_pipelines::{
            component_spec, parameter_iterator_spec::items_spec,
            pipeline_task_spec::Iterator as TaskIterator, ComponentSpec, DagSpec,
        },
        wkt::Value,
    },
};

use crate::{
    args::DriverArgs,
    outputs::{Condition, Outputs},
    run::RunView,
    task::{self, Specs, TaskError},
    upstream::Needs,
};

#[derive(Debug, thiserror::Error)]
pub enum DagError {
    #[error("DAG driver")]
    Task(#[from] TaskError),
    #[error("DAG driver: task {task}: recording its DAG execution in ML Metadata")]
    Record {
        task: String,
        #[source]
        source: MetadataError,
    },
    #[error("DAG driver: task {task}: {reason}")]
    Spec { task: String, reason: String },
}

/// Run the DAG driver.
/// `kube` is the namespace's Kubernetes API (only in a pod), for the run's
/// create and schedule times when an input asks for them.
pub async fn dag_driver<M: MetadataBackend>(
    store: &M,
    args: &DriverArgs,
    kube: Option<&kfp_common::k8s::K8s>,
) -> Result<Outputs, DagError> {
    // The flag defaults to `{}` (as upstream's); anything else is a container.
    if !matches!(args.container.trim(), "" | "{}") {
        return Err(TaskError::Flag {
            flag: "container",
            reason: "must be empty for a DAG task".into(),
        }
        .into());
    }
    let specs = Specs::parse(args)?;
    let task_name = specs.task_name(args).to_owned();
    let iteration = args.iteration_index >= 0;
    // An iteration reads only its loop DAG (§2.7.1).
    let needs = if iteration {
        Needs::default()
    } else {
        Needs::of(&specs.task)
    };
    let view = RunView::read(store, args.dag_execution_id, &needs, false)
        .await
        .map_err(|source| TaskError::Run {
            task: task_name.clone(),
            source,
        })?;
    let resolved = if iteration {
        task::iteration_inputs(store, &view, &specs, args.iteration_index, &task_name).await?
    } else {
        let times = task::job_times(args, &specs.task, kube).await?;
        task::resolve_inputs(store, &view, args, &specs, true, &times).await?
    };
    let mut inputs = resolved.inputs;
    let condition = task::condition(&specs, &task_name, &inputs)?;
    let triggered = condition != Some(false);

    // A loop (not one of its iterations): how many iterations there are.
    let mut iteration_count = None;
    if let (Some(TaskIterator::ParameterIterator(iterator)), false, true) =
        (&specs.task.iterator, iteration, triggered)
    {
        let spec_err = |reason: String| DagError::Spec {
            task: task_name.clone(),
            reason,
        };
        let items = match iterator.items.as_ref().and_then(|i| i.kind.as_ref()) {
            Some(items_spec::Kind::InputParameter(p)) => {
                inputs.parameter_values.get(p).cloned().ok_or_else(|| {
                    spec_err(format!("ParallelFor items input {p:?} has no value"))
                })?
            }
            Some(items_spec::Kind::Raw(raw)) => {
                // Stored parsed, as upstream: the loop DAG's inputs hold a list.
                let text = Value {
                    kind: Some(kfp_common::proto::wkt::value::Kind::StringValue(
                        raw.clone(),
                    )),
                };
                let parsed = task::item_list(&text)
                    .map_err(|m| spec_err(format!("ParallelFor raw items: {m}")))?;
                let items = Value {
                    kind: Some(kfp_common::proto::wkt::value::Kind::ListValue(
                        kfp_common::proto::wkt::ListValue { values: parsed },
                    )),
                };
                inputs
                    .parameter_values
                    .insert(iterator.item_input.clone(), items.clone());
                items
            }
            None => return Err(spec_err("ParallelFor has no items".into())),
        };
        let items =
            task::item_list(&items).map_err(|m| spec_err(format!("ParallelFor items: {m}")))?;
        iteration_count = Some(items.len() as i64);
    } else if let (Some(TaskIterator::ArtifactIterator(iterator)), false, true) =
        (&specs.task.iterator, iteration, triggered)
    {
        // Beyond upstream, which fails here ("ArtifactIterator is not
        // implemented"): one iteration per artifact of the list, in order.
        let name = task::artifact_items_input(iterator).map_err(|reason| DagError::Spec {
            task: task_name.clone(),
            reason,
        })?;
        let items = inputs.artifacts.get(name).ok_or_else(|| DagError::Spec {
            task: task_name.clone(),
            reason: format!("ParallelFor items input artifact {name:?} has no value"),
        })?;
        iteration_count = Some(items.artifacts.len() as i64);
    }

    let mut properties = Properties::new();
    if iteration {
        properties.insert(
            keys::ITERATION_INDEX.into(),
            value::int(args.iteration_index),
        );
    }
    if let Some(n) = iteration_count {
        properties.insert(keys::ITERATION_COUNT.into(), value::int(n));
    }
    properties.extend(
        output_selectors(&specs.component).map_err(|reason| DagError::Spec {
            task: task_name.clone(),
            reason,
        })?,
    );
    let total = dag_spec(&specs.component)
        .map(|d| d.tasks.len() as i64)
        .unwrap_or_default();
    properties.insert(keys::TOTAL_DAG_TASKS.into(), value::int(total));

    let record = |source| DagError::Record {
        task: task_name.clone(),
        source,
    };
    let new = task::new_execution(
        types::DAG_EXECUTION,
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
        .map_err(record)?;
    let id: Id = execution.id.unwrap_or_default();
    let outputs = Outputs {
        execution_id: Some(id),
        iteration_count: Some(iteration_count.unwrap_or(0)),
        condition: Some(Condition::of(condition)),
        ..Default::default()
    };
    // Beyond upstream: a DAG that will never run, or a loop with no
    // iterations, is finished now; its parent must not wait for it forever.
    let finished = if !triggered {
        Some(view.dag_id())
    } else if iteration_count == Some(0) {
        Some(id)
    } else {
        None
    };
    if let Some(from) = finished {
        // Beyond upstream, so only logged: failing here would make Argo
        // retry the driver into a duplicate execution.
        if let Err(e) = dag::propagate(store, &view.contexts, from).await {
            tracing::warn!(execution = id, error = %kfp_common::error_chain(&e), "could not update the DAG states");
        }
    }
    tracing::info!(execution = id, task = %task_name, ?condition, ?iteration_count, "DAG execution recorded");
    Ok(outputs)
}

/// `parameter_producer_task` (struct of protojson strings) and
/// `artifact_producer_task` (Go json with proto field names) of a DAG
/// component's outputs (§4.3), as upstream writes them.
pub fn output_selectors(component: &ComponentSpec) -> Result<Properties, String> {
    let mut out = Properties::new();
    let Some(outputs) = dag_spec(component).and_then(|d| d.outputs.as_ref()) else {
        return Ok(out);
    };
    if !outputs.parameters.is_empty() {
        let mut fields = std::collections::HashMap::new();
        for (name, spec) in &outputs.parameters {
            let json = serde_json::to_string(spec)
                .map_err(|e| format!("DAG output parameter {name:?}: {e}"))?;
            fields.insert(
                name.clone(),
                Value {
                    kind: Some(kfp_common::proto::wkt::value::Kind::StringValue(json)),
                },
            );
        }
        out.insert(
            keys::PARAMETER_PRODUCER_TASK.into(),
            value::structure(kfp_common::proto::wkt::Struct { fields }),
        );
    }
    if !outputs.artifacts.is_empty() {
        let mut map = BTreeMap::new();
        for (name, spec) in &outputs.artifacts {
            let json = serde_json::to_value(spec)
                .map_err(|e| format!("DAG output artifact {name:?}: {e}"))?;
            map.insert(name.clone(), snake_case_keys(json));
        }
        let json = serde_json::to_string(&map).map_err(|e| format!("DAG output artifacts: {e}"))?;
        out.insert(keys::ARTIFACT_PRODUCER_TASK.into(), value::string(json));
    }
    Ok(out)
}

fn dag_spec(component: &ComponentSpec) -> Option<&DagSpec> {
    match &component.implementation {
        Some(component_spec::Implementation::Dag(d)) => Some(d),
        _ => None,
    }
}

/// Go's `json.Marshal` of a generated proto struct uses the proto field
/// names (`artifact_selectors`), not protojson's camelCase.
fn snake_case_keys(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(map) => serde_json::Value::Object(
            map.into_iter()
                .map(|(k, v)| (to_snake(&k), snake_case_keys(v)))
                .collect(),
        ),
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.into_iter().map(snake_case_keys).collect())
        }
        other => other,
    }
}

fn to_snake(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
