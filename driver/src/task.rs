//! What DAG and CONTAINER drivers share (contract §2.5–2.7): the specs from
//! the command line, the run-level placeholder values, input resolution
//! against the run's records, and the trigger condition.

use std::collections::BTreeMap;

use kfp_common::{
    artifact::runtime_artifact,
    metadata::{keys, value, Id, MetadataBackend, NewExecution, Properties},
    proto::{
        ml_metadata::{self as mlmd, execution::State},
        ml_pipelines::{
            executor_input::Inputs, pipeline_task_spec::Iterator as TaskIterator, ComponentSpec,
            PipelineTaskSpec, RuntimeArtifact,
        },
        wkt::{value::Kind, ListValue, Struct, Value},
    },
    resolve::{self, ResolveError, RuntimeValues, Scope},
};

use crate::{
    args::DriverArgs,
    expr,
    run::{Artifacts, RunError, RunView},
    upstream::{Needs, Upstream, UpstreamError},
};

/// Errors shared by DAG and CONTAINER drivers; each names the task.
#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    #[error("--{flag}: {reason}")]
    Flag { flag: &'static str, reason: String },
    #[error("task {task}")]
    Run {
        task: String,
        #[source]
        source: RunError,
    },
    #[error("task {task}")]
    Upstream {
        task: String,
        #[source]
        source: UpstreamError,
    },
    #[error(transparent)]
    Resolve(#[from] ResolveError),
    #[error("task {task}: condition {expression:?}: {reason}")]
    Condition {
        task: String,
        expression: String,
        reason: String,
    },
    #[error("task {task}: input artifact {input:?}: its name {name:?} is not an MLMD artifact id")]
    Artifact {
        task: String,
        input: String,
        name: String,
    },
    #[error("task {task}: ParallelFor: {reason}")]
    Iterator { task: String, reason: String },
}

/// The specs of a non-root driver invocation.
#[derive(Debug)]
pub struct Specs {
    pub component: ComponentSpec,
    pub task: PipelineTaskSpec,
}

impl Specs {
    pub fn parse(args: &DriverArgs) -> Result<Self, TaskError> {
        let component_json = args.component_json().map_err(|e| TaskError::Flag {
            flag: "component",
            reason: e.to_string(),
        })?;
        let component: ComponentSpec =
            kfp_common::executor_io::from_json_text(component_json.as_bytes()).map_err(|e| {
                TaskError::Flag {
                    flag: "component",
                    reason: format!("is not a ComponentSpec: {e}"),
                }
            })?;
        if args.task.trim().is_empty() {
            return Err(TaskError::Flag {
                flag: "task",
                reason: "is required".into(),
            });
        }
        let task: PipelineTaskSpec = kfp_common::executor_io::from_json_text(args.task.as_bytes())
            .map_err(|e| TaskError::Flag {
                flag: "task",
                reason: format!("is not a PipelineTaskSpec: {e}"),
            })?;
        if task.task_info.as_ref().is_none_or(|i| i.name.is_empty()) {
            return Err(TaskError::Flag {
                flag: "task",
                reason: "has no taskInfo.name".into(),
            });
        }
        if args.dag_execution_id == 0 {
            return Err(TaskError::Flag {
                flag: "dag_execution_id",
                reason: "is required (the parent DAG execution)".into(),
            });
        }
        Ok(Self { component, task })
    }

    /// `taskInfo.name`: the display name.
    pub fn display_name(&self) -> &str {
        self.task
            .task_info
            .as_ref()
            .map(|i| i.name.as_str())
            .unwrap_or_default()
    }

    /// `--task_name`, else `taskInfo.name`.
    pub fn task_name<'a>(&'a self, args: &'a DriverArgs) -> &'a str {
        if args.task_name.is_empty() {
            self.display_name()
        } else {
            &args.task_name
        }
    }
}

/// Run-level placeholder values (§2.7.3).
pub fn runtime_values(
    args: &DriverArgs,
    task_name: &str,
    dag_id: Id,
    times: &JobTimes,
) -> RuntimeValues {
    RuntimeValues {
        job_name: args.run_display_name.clone(),
        job_resource_name: args.run_name.clone(),
        job_uuid: args.run_id.clone(),
        task_name: task_name.to_owned(),
        task_uuid: dag_id.to_string(),
        create_time_utc: times.create.clone(),
        schedule_time_utc: times.schedule.clone(),
    }
}

const CREATE_TIME: &str = "{{$.pipeline_job_create_time_utc}}";
const SCHEDULE_TIME: &str = "{{$.pipeline_job_schedule_time_utc}}";

/// `{{$.pipeline_job_create_time_utc}}` and `…schedule_time_utc}}` (RFC 3339).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobTimes {
    pub create: String,
    pub schedule: String,
}

/// The run's create and schedule times, read only when one of the task's
/// inputs is exactly such a placeholder (§2.3 step 4): create time from
/// `--pipeline_job_create_time_utc` or the Argo Workflow's
/// `creationTimestamp`; schedule time from its `workflowEpoch` label, else
/// the create time. A failed Workflow read is tolerated when only the
/// schedule time is needed.
pub async fn job_times(
    args: &DriverArgs,
    task: &PipelineTaskSpec,
    kube: Option<&kfp_common::k8s::K8s>,
) -> Result<JobTimes, TaskError> {
    let constants: Vec<&str> = task
        .inputs
        .iter()
        .flat_map(|i| i.parameters.values())
        .filter_map(|p| match &p.kind {
            Some(kfp_common::proto::ml_pipelines::task_inputs_spec::input_parameter_spec::Kind::RuntimeValue(rv)) => match &rv.value {
                Some(kfp_common::proto::ml_pipelines::value_or_runtime_parameter::Value::Constant(Value { kind: Some(Kind::StringValue(s)) })) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let wants_create = constants.contains(&CREATE_TIME);
    let wants_schedule = constants.contains(&SCHEDULE_TIME);
    let mut times = JobTimes {
        create: args.pipeline_job_create_time_utc.clone(),
        schedule: String::new(),
    };
    if !wants_create && !wants_schedule {
        return Ok(times);
    }
    let flag_err = |reason: String| TaskError::Flag {
        flag: "run_name",
        reason,
    };
    let workflow = match kube {
        Some(k8s) => match k8s.workflow(&args.run_name).await {
            Ok(w) => w,
            Err(e) if !(wants_create && times.create.is_empty()) => {
                tracing::warn!(error = %kfp_common::error_chain(&e), "reading the run's Workflow; schedule time = create time");
                None
            }
            Err(e) => {
                return Err(flag_err(format!(
                    "reading Workflow {:?} for the run's create time: {}",
                    args.run_name,
                    kfp_common::error_chain(&e)
                )))
            }
        },
        None => None,
    };
    if times.create.is_empty() {
        times.create = workflow
            .as_ref()
            .and_then(|w| w.creation_timestamp.clone())
            .unwrap_or_default();
    }
    if wants_create && times.create.is_empty() {
        return Err(flag_err(format!(
            "an input is {CREATE_TIME} but neither --pipeline_job_create_time_utc nor Workflow {:?} gives the run's create time",
            args.run_name
        )));
    }
    times.schedule = match workflow.as_ref().and_then(|w| w.workflow_epoch()) {
        Some(Ok(epoch)) => rfc3339(epoch).map_err(flag_err)?,
        Some(Err(reason)) => return Err(flag_err(reason)),
        None => times.create.clone(),
    };
    Ok(times)
}

/// A task's resolved inputs, with what they were read from.
#[derive(Debug)]
pub struct Resolved {
    pub inputs: Inputs,
    pub artifacts: Artifacts,
}

/// The parent DAG's input parameters (its `inputs` custom property).
pub fn dag_parameters(dag: &mlmd::Execution) -> BTreeMap<String, Value> {
    value::struct_fields(&dag.custom_properties, keys::INPUTS)
}

fn component_input_artifacts(artifacts: &Artifacts) -> BTreeMap<String, Vec<RuntimeArtifact>> {
    artifacts
        .dag_inputs
        .iter()
        .map(|(k, list)| (k.clone(), list.iter().map(runtime_artifact).collect()))
        .collect()
}

/// Resolve a task's inputs (§2.7) against the run: one read of the
/// artifacts whatever the number of inputs.
pub async fn resolve_inputs<M: MetadataBackend>(
    store: &M,
    view: &RunView,
    args: &DriverArgs,
    specs: &Specs,
    is_dag: bool,
    times: &JobTimes,
) -> Result<Resolved, TaskError> {
    let task_name = specs.task_name(args).to_owned();
    let dag_id = view.dag_id();
    let mut upstream =
        Upstream::locate(view, dag_id, &Needs::of(&specs.task)).map_err(|source| {
            TaskError::Upstream {
                task: task_name.clone(),
                source,
            }
        })?;
    let artifacts = Artifacts::read(store, dag_id, &upstream.artifact_executions())
        .await
        .map_err(|source| TaskError::Run {
            task: task_name.clone(),
            source,
        })?;
    let producers = upstream
        .producers(view, &artifacts)
        .map_err(|source| TaskError::Upstream {
            task: task_name.clone(),
            source,
        })?;
    let parent_parameters = dag_parameters(&view.dag);
    let parent_artifacts = component_input_artifacts(&artifacts);
    let runtime = runtime_values(args, &task_name, dag_id, times);
    let inputs = resolve::resolve_inputs(&Scope {
        task_key: &task_name,
        task: &specs.task,
        component: &specs.component,
        parent_parameters: &parent_parameters,
        parent_artifacts: &parent_artifacts,
        producers: &producers,
        runtime: &runtime,
        is_dag,
        selector: Some(select),
    })?;
    Ok(Resolved { inputs, artifacts })
}

fn select(expression: &str, value: &Value) -> Result<Value, String> {
    expr::select(expression, value).map_err(|e| e.to_string())
}

/// An iteration DAG's inputs (§2.7.1): all of the loop DAG's inputs, with
/// the items replaced by the one item of this iteration.
pub async fn iteration_inputs<M: MetadataBackend>(
    store: &M,
    view: &RunView,
    specs: &Specs,
    index: i64,
    task_name: &str,
) -> Result<Resolved, TaskError> {
    let err = |reason: String| TaskError::Iterator {
        task: task_name.to_owned(),
        reason,
    };
    let artifacts = Artifacts::read(store, view.dag_id(), &[])
        .await
        .map_err(|source| TaskError::Run {
            task: task_name.to_owned(),
            source,
        })?;
    let mut parameters = dag_parameters(&view.dag);
    let mut artifacts_in = component_input_artifacts(&artifacts);
    match &specs.task.iterator {
        Some(TaskIterator::ParameterIterator(iterator)) => {
            let items_key = iterator
                .items
                .as_ref()
                .and_then(|i| match &i.kind {
                    Some(kfp_common::proto::ml_pipelines::parameter_iterator_spec::items_spec::Kind::InputParameter(p)) => Some(p.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| iterator.item_input.clone());
            let items_value = take_items(
                &mut parameters,
                &items_key,
                &specs.component,
                Input::Parameter,
            )
            .ok_or_else(|| {
                err(format!(
                    "the loop DAG has no input {items_key:?} holding the items"
                ))
            })?;
            let items =
                item_list(&items_value).map_err(|m| err(format!("input {items_key:?}: {m}")))?;
            let item = nth(&items, index).map_err(err)?;
            parameters.insert(iterator.item_input.clone(), item.clone());
        }
        Some(TaskIterator::ArtifactIterator(iterator)) => {
            let items_key = artifact_items_input(iterator).map_err(err)?;
            let items = take_items(
                &mut artifacts_in,
                items_key,
                &specs.component,
                Input::Artifact,
            )
            .ok_or_else(|| {
                err(format!(
                    "the loop DAG has no input artifact {items_key:?} holding the items"
                ))
            })?;
            let item = nth(&items, index).map_err(err)?;
            artifacts_in.insert(iterator.item_input.clone(), vec![item.clone()]);
        }
        None => {
            return Err(err(
                "--iteration_index is set but the task has no iterator".into()
            ))
        }
    }
    let inputs = Inputs {
        parameter_values: parameters,
        artifacts: artifacts_in
            .into_iter()
            .map(|(k, artifacts)| {
                (
                    k,
                    kfp_common::proto::ml_pipelines::ArtifactList { artifacts },
                )
            })
            .collect(),
        ..Default::default()
    };
    Ok(Resolved { inputs, artifacts })
}

/// Which kind of loop DAG input a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Input {
    Parameter,
    Artifact,
}

/// The loop's items, taken out of an iteration's inputs (§2.7.1: the
/// iteration gets the one item instead), but left in when a task of the
/// loop body is wired to them too: a loop nested in a loop over the same
/// pipeline input (`ParallelFor(p)` inside `ParallelFor(p)`) passes the
/// whole list on by that name, which upstream's unconditional delete loses
/// ("parent DAG does not have input parameter").
fn take_items<T: Clone>(
    inputs: &mut BTreeMap<String, T>,
    items_key: &str,
    component: &ComponentSpec,
    kind: Input,
) -> Option<T> {
    if body_uses(component, items_key, kind) {
        inputs.get(items_key).cloned()
    } else {
        inputs.remove(items_key)
    }
}

/// Whether a task of the DAG `component` takes its input `name` (a
/// `componentInputParameter` / `componentInputArtifact`).
fn body_uses(component: &ComponentSpec, name: &str, kind: Input) -> bool {
    use kfp_common::proto::ml_pipelines::{
        component_spec::Implementation,
        task_inputs_spec::{input_artifact_spec, input_parameter_spec},
    };
    let Some(Implementation::Dag(dag)) = &component.implementation else {
        return false;
    };
    dag.tasks.values().filter_map(|t| t.inputs.as_ref()).any(|i| match kind {
        Input::Parameter => i.parameters.values().any(|p| {
            matches!(&p.kind, Some(input_parameter_spec::Kind::ComponentInputParameter(c)) if c == name)
        }),
        Input::Artifact => i.artifacts.values().any(|a| {
            matches!(&a.kind, Some(input_artifact_spec::Kind::ComponentInputArtifact(c)) if c == name)
        }),
    })
}

/// Item `index` of a loop's items, or why there is none.
fn nth<T>(items: &[T], index: i64) -> Result<&T, String> {
    usize::try_from(index)
        .ok()
        .and_then(|i| items.get(i))
        .ok_or_else(|| {
            format!(
                "--iteration_index {index} is out of range: {} items",
                items.len()
            )
        })
}

/// The loop DAG input artifact an artifact iterator walks.
pub fn artifact_items_input(
    iterator: &kfp_common::proto::ml_pipelines::ArtifactIteratorSpec,
) -> Result<&str, String> {
    iterator
        .items
        .as_ref()
        .map(|i| i.input_artifact.as_str())
        .filter(|name| !name.is_empty())
        .ok_or_else(|| "ParallelFor over artifacts names no input artifact".into())
}

/// Items of a ParallelFor: a list, or a string holding a JSON list.
pub fn item_list(v: &Value) -> Result<Vec<Value>, String> {
    match &v.kind {
        Some(Kind::ListValue(ListValue { values })) => Ok(values.clone()),
        Some(Kind::StringValue(s)) => match serde_json::from_str::<serde_json::Value>(s) {
            Ok(serde_json::Value::Array(items)) => Ok(items
                .into_iter()
                .map(kfp_common::executor_io::from_json)
                .collect()),
            _ => Err(format!("{s:?} is not a JSON list")),
        },
        _ => Err("the items are neither a list nor a string holding a JSON list".into()),
    }
}

/// Evaluate the trigger condition; `None` when the task has none.
pub fn condition(
    specs: &Specs,
    task_name: &str,
    inputs: &Inputs,
) -> Result<Option<bool>, TaskError> {
    let Some(expression) = specs
        .task
        .trigger_policy
        .as_ref()
        .map(|t| t.condition.as_str())
        .filter(|c| !c.is_empty())
    else {
        return Ok(None);
    };
    expr::condition(expression, inputs)
        .map(Some)
        .map_err(|e| TaskError::Condition {
            task: task_name.to_owned(),
            expression: expression.to_owned(),
            reason: e.to_string(),
        })
}

/// The `inputs` custom property of an execution.
pub fn inputs_property(inputs: &Inputs) -> mlmd::Value {
    value::structure(Struct {
        fields: inputs
            .parameter_values
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    })
}

/// The execution a DAG or CONTAINER driver records: `CANCELED` when the
/// condition is false (KFP's "not triggered"), else `RUNNING`; the common
/// custom properties (§4.3) plus `extra`; INPUT events per input artifact.
pub fn new_execution(
    type_name: &str,
    specs: &Specs,
    task_name: &str,
    parent_dag_id: Id,
    inputs: &Inputs,
    triggered: bool,
    extra: Properties,
) -> Result<NewExecution, TaskError> {
    let mut properties: Properties = [
        (keys::TASK_NAME, value::string(task_name)),
        (keys::DISPLAY_NAME, value::string(specs.display_name())),
        (keys::PARENT_DAG_ID, value::int(parent_dag_id)),
        (keys::INPUTS, inputs_property(inputs)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    properties.extend(extra);
    Ok(NewExecution {
        type_name: type_name.to_owned(),
        name: None,
        state: Some(if triggered {
            State::Running
        } else {
            State::Canceled
        }),
        custom_properties: properties,
        inputs: input_events(task_name, inputs)?,
    })
}

/// Unix seconds as RFC 3339 UTC, as Go's `time.Unix(s, 0).UTC().Format(time.RFC3339)`.
pub fn rfc3339(epoch: i64) -> Result<String, String> {
    k8s_openapi::jiff::Timestamp::from_second(epoch)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .map_err(|e| format!("workflowEpoch {epoch}: {e}"))
}

/// INPUT events of an execution: (input name, MLMD id) per input artifact.
pub fn input_events(task: &str, inputs: &Inputs) -> Result<Vec<(String, Id)>, TaskError> {
    let mut events = Vec::new();
    for (name, list) in &inputs.artifacts {
        for a in &list.artifacts {
            let id: Id = a.name.parse().map_err(|_| TaskError::Artifact {
                task: task.to_owned(),
                input: name.clone(),
                name: a.name.clone(),
            })?;
            events.push((name.clone(), id));
        }
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn args(create: &str) -> DriverArgs {
        let mut argv: Vec<String> = ["--type", "CONTAINER", "--run_name", "wf-1"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        if !create.is_empty() {
            argv.extend([
                "--pipeline_job_create_time_utc".to_owned(),
                create.to_owned(),
            ]);
        }
        crate::args::parse(&argv).unwrap()
    }

    fn task_with(constant: &str) -> PipelineTaskSpec {
        serde_json::from_value(serde_json::json!({
            "taskInfo": {"name": "t"},
            "inputs": {"parameters": {"when": {"runtimeValue": {"constant": constant}}}}
        }))
        .unwrap()
    }

    #[tokio::test]
    async fn job_times_only_when_asked_and_from_the_flag() {
        // No placeholder: nothing read, nothing required.
        let t = job_times(&args(""), &task_with("plain"), None)
            .await
            .unwrap();
        assert_eq!(t.create, "");
        // The flag gives the create time; the schedule time follows it.
        let t = job_times(
            &args("2026-11-29T07:00:00Z"),
            &task_with(SCHEDULE_TIME),
            None,
        )
        .await
        .unwrap();
        assert_eq!(t.create, "2026-11-29T07:00:00Z");
        assert_eq!(t.schedule, "2026-11-29T07:00:00Z");
        // Asked for and nowhere to be found: an error naming the flags.
        let e = job_times(&args(""), &task_with(CREATE_TIME), None)
            .await
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("--pipeline_job_create_time_utc") && e.contains("wf-1"),
            "{e}"
        );
    }

    #[test]
    fn epoch_seconds_format_as_go_rfc3339() {
        assert_eq!(rfc3339(0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_796_540_400).unwrap(), "2026-12-06T07:00:00Z");
    }

    /// What Go writes for a component default of 1e18 (a double below
    /// 1e21 prints as an integer): the spec flags read it as Go does.
    #[test]
    fn spec_flags_read_long_integral_numbers_as_go_does() {
        let argv: Vec<String> = [
            "--type",
            "CONTAINER",
            "--dag_execution_id",
            "3",
            "--component",
            r#"{"inputDefinitions": {"parameters": {"x": {"parameterType": "NUMBER_DOUBLE", "defaultValue": 1000000000000000000}}}}"#,
            "--task",
            r#"{"taskInfo": {"name": "t"}}"#,
        ]
        .map(String::from)
        .to_vec();
        let parsed = crate::args::parse(&argv).unwrap();
        let specs = Specs::parse(&parsed).unwrap();
        let default = &specs.component.input_definitions.unwrap().parameters["x"].default_value;
        assert_eq!(
            default.as_ref().and_then(|v| v.kind.clone()),
            Some(kfp_common::proto::wkt::value::Kind::NumberValue(1e18))
        );
    }
}
