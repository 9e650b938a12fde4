//! Input resolution of a task (contract §2.7): what the driver computes for
//! `ExecutorInput.inputs`, and what a local single-step run computes from the
//! same IR. The caller fetches what the task refers to (parent DAG inputs,
//! the outputs of each producer task, already mapped through nested DAGs and
//! OneOf) in as few round trips as its backend allows; resolution itself is
//! pure, so it is tested by value and shared by every caller.

use std::collections::BTreeMap;

use kfp_proto::ml_pipelines::{
    component_inputs_spec::ParameterSpec,
    executor_input::Inputs,
    parameter_type::ParameterTypeEnum,
    pipeline_task_spec::trigger_policy::TriggerStrategy,
    task_inputs_spec::{input_artifact_spec, input_parameter_spec},
    value_or_runtime_parameter, ArtifactList, ComponentSpec, ExecutorInput, PipelineTaskSpec,
    RuntimeArtifact,
};
use pbjson_types::{value::Kind, Struct, Value};

use crate::{
    artifact::declared_versions, executor_io::to_json, gojson::GoJson, uri::WORKSPACE_PATH,
};

/// What one upstream (producer) task left behind.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProducerOutputs {
    /// MLMD state name (`COMPLETE`, `FAILED`, `CACHED`, ...), for
    /// `taskFinalStatus` and to tell a producer that did not complete (whose
    /// missing outputs a task that ignores upstream failures does without);
    /// empty when the producer has no execution (it never ran).
    pub state: String,
    /// Its `task_name`.
    pub task_name: String,
    pub parameters: BTreeMap<String, Value>,
    pub artifacts: BTreeMap<String, Vec<RuntimeArtifact>>,
}

impl ProducerOutputs {
    /// Whether the producer ran to completion: only then must every output
    /// it declares exist.
    pub fn completed(&self) -> bool {
        matches!(self.state.as_str(), "COMPLETE" | "CACHED")
    }
}

/// Whether `task` runs once its upstream tasks ended, whatever their end
/// (`ignore_upstream_failure()`, `ALL_UPSTREAM_TASKS_COMPLETED`): it may then
/// run after a producer that failed before writing its outputs, and the SDK
/// only allows that when every such input has a default to fall back to.
pub fn tolerates_unfinished_upstream(task: &PipelineTaskSpec) -> bool {
    task.trigger_policy
        .as_ref()
        .is_some_and(|p| p.strategy == TriggerStrategy::AllUpstreamTasksCompleted as i32)
}

/// Run-level values that runtime-constant placeholders resolve to (§2.7.3).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuntimeValues {
    /// `{{$.pipeline_job_name}}`: the run's display name.
    pub job_name: String,
    /// `{{$.pipeline_job_resource_name}}`: the run (Workflow) name.
    pub job_resource_name: String,
    /// `{{$.pipeline_job_uuid}}`: the run id.
    pub job_uuid: String,
    /// `{{$.pipeline_task_name}}`.
    pub task_name: String,
    /// `{{$.pipeline_task_uuid}}`: upstream uses the parent DAG execution id.
    pub task_uuid: String,
    /// `{{$.pipeline_job_create_time_utc}}` (RFC 3339).
    pub create_time_utc: String,
    /// `{{$.pipeline_job_schedule_time_utc}}` (RFC 3339).
    pub schedule_time_utc: String,
}

/// Everything one resolution reads.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// Task key in its DAG, for messages.
    pub task_key: &'a str,
    pub task: &'a PipelineTaskSpec,
    pub component: &'a ComponentSpec,
    /// The parent DAG's resolved input parameters.
    pub parent_parameters: &'a BTreeMap<String, Value>,
    /// The parent DAG's input artifacts.
    pub parent_artifacts: &'a BTreeMap<String, Vec<RuntimeArtifact>>,
    /// Outputs of the producer tasks this task refers to, by task key.
    pub producers: &'a BTreeMap<String, ProducerOutputs>,
    pub runtime: &'a RuntimeValues,
    /// A DAG task (nested pipeline): unwired optional inputs get their
    /// default or null here (§2.7.2) instead of being left to the launcher.
    pub is_dag: bool,
    /// Evaluates a `parameterExpressionSelector` (CEL, §2.8) on a resolved
    /// value; `None` refuses inputs that have one (no CEL in this binary).
    pub selector: Option<Selector>,
}

/// `(expression, value) → selected value`, or why not.
pub type Selector = fn(&str, &Value) -> Result<Value, String>;

/// Why an input could not be resolved; each names the task and the input.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ResolveError {
    #[error("task {task}: input {input:?}: {message}")]
    Input {
        task: String,
        input: String,
        message: String,
    },
}

/// The task whose final status a `taskFinalStatus` input is: upstream
/// takes `dependentTasks[0]`; the spec's own field names the same task.
pub fn final_status_producer(
    task: &PipelineTaskSpec,
    spec: &input_parameter_spec::TaskFinalStatus,
) -> String {
    task.dependent_tasks
        .first()
        .cloned()
        .unwrap_or_else(|| spec.producer_task.clone())
}

/// Producer task keys the task's inputs refer to (what the caller must fetch).
pub fn producer_tasks(task: &PipelineTaskSpec) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let Some(inputs) = &task.inputs else {
        return out;
    };
    for p in inputs.parameters.values() {
        match &p.kind {
            Some(input_parameter_spec::Kind::TaskOutputParameter(t)) => {
                out.push(t.producer_task.clone())
            }
            Some(input_parameter_spec::Kind::TaskFinalStatus(t)) => {
                out.push(final_status_producer(task, t))
            }
            _ => {}
        }
    }
    for a in inputs.artifacts.values() {
        if let Some(input_artifact_spec::Kind::TaskOutputArtifact(t)) = &a.kind {
            out.push(t.producer_task.clone());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn parameter_type(spec: &ParameterSpec) -> ParameterTypeEnum {
    ParameterTypeEnum::try_from(spec.parameter_type).unwrap_or(ParameterTypeEnum::Unspecified)
}

fn is_null(v: &Value) -> bool {
    matches!(v.kind, None | Some(Kind::NullValue(_)))
}

fn null() -> Value {
    Value {
        kind: Some(Kind::NullValue(0)),
    }
}

fn string(s: impl Into<String>) -> Value {
    Value {
        kind: Some(Kind::StringValue(s.into())),
    }
}

/// Resolve `ExecutorInput.inputs` of a task.
pub fn resolve_inputs(scope: &Scope<'_>) -> Result<Inputs, ResolveError> {
    let err = |input: &str, message: String| ResolveError::Input {
        task: scope.task_key.to_owned(),
        input: input.to_owned(),
        message,
    };
    let defs = scope
        .component
        .input_definitions
        .clone()
        .unwrap_or_default();
    let task_inputs = scope.task.inputs.clone().unwrap_or_default();
    let mut parameters: BTreeMap<String, Value> = BTreeMap::new();
    // Inputs set to null on purpose (optional, unwired, nested DAG): they pass validation.
    let mut nil_by_driver: Vec<String> = Vec::new();

    for (name, spec) in &task_inputs.parameters {
        let def = defs.parameters.get(name);
        if def.is_some_and(|d| parameter_type(d) == ParameterTypeEnum::TaskConfig) {
            continue;
        }
        let optional = def.is_some_and(|d| d.is_optional);
        let value = match &spec.kind {
            Some(input_parameter_spec::Kind::ComponentInputParameter(p)) => {
                let v = scope.parent_parameters.get(p).ok_or_else(|| {
                    err(
                        name,
                        format!("parent DAG does not have input parameter {p:?}"),
                    )
                })?;
                if is_null(v) {
                    if optional {
                        continue;
                    }
                    return Err(err(
                        name,
                        format!("parent input {p:?} is null and the input is not optional"),
                    ));
                }
                v.clone()
            }
            Some(input_parameter_spec::Kind::RuntimeValue(rv)) => match &rv.value {
                Some(value_or_runtime_parameter::Value::Constant(c)) => {
                    runtime_constant(c, scope.runtime)
                }
                Some(value_or_runtime_parameter::Value::RuntimeParameter(p)) => {
                    return Err(err(
                        name,
                        format!("runtimeParameter {p:?} is not supported (as upstream)"),
                    ))
                }
                _ => return Err(err(name, "runtimeValue has no constant".into())),
            },
            Some(input_parameter_spec::Kind::TaskOutputParameter(t)) => {
                let producer = producer_of(scope, name, &t.producer_task)?;
                match producer.parameters.get(&t.output_parameter_key) {
                    Some(v) => v.clone(),
                    None if unfinished(scope, producer) => {
                        // The producer failed (or never ran) before writing
                        // it: the input is absent and its default applies,
                        // as the SDK intends for ignore_upstream_failure().
                        let fallback = def.and_then(|d| d.default_value.as_ref());
                        match (fallback, optional, scope.is_dag) {
                            // A DAG's inputs are final here (no launcher
                            // applies defaults to a nested pipeline).
                            (Some(d), _, true) => {
                                parameters.insert(name.clone(), d.clone());
                            }
                            (None, true, true) => {
                                parameters.insert(name.clone(), null());
                                nil_by_driver.push(name.clone());
                            }
                            // The launcher applies the default (§3.5).
                            (Some(_), _, false) | (None, true, false) => {}
                            (None, false, _) => {
                                return Err(err(
                                    name,
                                    format!(
                                        "upstream task {:?} ({}) wrote no output parameter {:?}, and the input has no default",
                                        t.producer_task,
                                        producer.state_or_not_run(),
                                        t.output_parameter_key
                                    ),
                                ))
                            }
                        }
                        continue;
                    }
                    None => {
                        return Err(err(
                            name,
                            format!(
                                "upstream task {:?} ({}) has no output parameter {:?}",
                                t.producer_task,
                                producer.state_or_not_run(),
                                t.output_parameter_key
                            ),
                        ))
                    }
                }
            }
            Some(input_parameter_spec::Kind::TaskFinalStatus(t)) => {
                let key = final_status_producer(scope.task, t);
                let producer = scope.producers.get(&key).ok_or_else(|| {
                    err(name, format!("no execution of upstream task {key:?} found"))
                })?;
                final_status(producer, &scope.runtime.job_resource_name)
            }
            None => return Err(err(name, "input parameter spec has no kind".into())),
        };
        let value = if spec.parameter_expression_selector.is_empty() {
            value
        } else {
            let expression = &spec.parameter_expression_selector;
            let select = scope.selector.ok_or_else(|| {
                err(
                    name,
                    format!("parameterExpressionSelector {expression:?} needs CEL, which only the driver has"),
                )
            })?;
            select(expression, &value).map_err(|m| {
                err(
                    name,
                    format!("parameterExpressionSelector {expression:?}: {m}"),
                )
            })?
        };
        if let Some(d) = def {
            if !d.literals.is_empty() && !d.literals.contains(&value) {
                return Err(err(
                    name,
                    format!(
                        "value {} is not one of the allowed literals {}",
                        GoJson::PROTOJSON.to_string(&to_json(&value)),
                        GoJson::PROTOJSON.to_string(&serde_json::Value::Array(
                            d.literals.iter().map(to_json).collect()
                        ))
                    ),
                ));
            }
        }
        parameters.insert(name.clone(), value);
    }

    if scope.is_dag {
        for (name, def) in &defs.parameters {
            if def.is_optional && !task_inputs.parameters.contains_key(name) {
                match &def.default_value {
                    Some(d) => {
                        parameters.insert(name.clone(), d.clone());
                    }
                    None => {
                        parameters.insert(name.clone(), null());
                        nil_by_driver.push(name.clone());
                    }
                }
            }
        }
    }

    // Iterator bookkeeping names are not component inputs (§2.7.3).
    let iterator_item = match &scope.task.iterator {
        Some(kfp_proto::ml_pipelines::pipeline_task_spec::Iterator::ParameterIterator(p)) => {
            Some(p.item_input.clone())
        }
        _ => None,
    };
    for (name, def) in &defs.parameters {
        if iterator_item.as_deref() == Some(name.as_str()) {
            continue;
        }
        let ty = parameter_type(def);
        if ty == ParameterTypeEnum::TaskConfig {
            continue;
        }
        let Some(value) = parameters.get_mut(name) else {
            if !def.is_optional && def.default_value.is_none() {
                return Err(err(
                    name,
                    "required input has no value and no default".into(),
                ));
            }
            continue;
        };
        if nil_by_driver.contains(name) {
            continue;
        }
        check_type(value, ty).map_err(|m| err(name, m))?;
    }

    let mut artifacts: BTreeMap<String, ArtifactList> = BTreeMap::new();
    for (name, spec) in &task_inputs.artifacts {
        let list = match &spec.kind {
            Some(input_artifact_spec::Kind::ComponentInputArtifact(a)) => {
                match scope.parent_artifacts.get(a) {
                    Some(list) => list.clone(),
                    // An optional input of the pipeline (or of a nested
                    // one) that was not given: a run cannot pass artifacts
                    // (RuntimeConfig has parameters only), so the parent
                    // has none, and an optional consumer input is absent,
                    // which the SDK passes the function as its default
                    // (None), as an unwired optional artifact.
                    None if defs.artifacts.get(name).is_some_and(|d| d.is_optional) => continue,
                    None => {
                        return Err(err(
                            name,
                            format!("parent DAG does not have input artifact {a:?}, and the input is not optional"),
                        ))
                    }
                }
            }
            Some(input_artifact_spec::Kind::TaskOutputArtifact(t)) => {
                let producer = producer_of(scope, name, &t.producer_task)?;
                match producer.artifacts.get(&t.output_artifact_key) {
                    Some(list) => list.clone(),
                    None if unfinished(scope, producer) => {
                        // Absent, as an unwired optional artifact: the SDK
                        // passes the function its default (None).
                        let optional = defs.artifacts.get(name).is_some_and(|d| d.is_optional);
                        if optional || scope.is_dag {
                            continue;
                        }
                        return Err(err(
                            name,
                            format!(
                                "upstream task {:?} ({}) wrote no output artifact {:?}, and the input is not optional",
                                t.producer_task,
                                producer.state_or_not_run(),
                                t.output_artifact_key
                            ),
                        ));
                    }
                    None => {
                        return Err(err(
                            name,
                            format!(
                                "upstream task {:?} ({}) has no output artifact {:?}",
                                t.producer_task,
                                producer.state_or_not_run(),
                                t.output_artifact_key
                            ),
                        ))
                    }
                }
            }
            None => return Err(err(name, "input artifact spec has no kind".into())),
        };
        let declared = defs
            .artifacts
            .get(name)
            .and_then(|d| d.artifact_type.as_ref());
        artifacts.insert(
            name.clone(),
            ArtifactList {
                artifacts: declared_versions(list, declared),
            },
        );
    }
    for (name, def) in &defs.artifacts {
        if !def.is_optional && !artifacts.contains_key(name) && !scope.is_dag {
            return Err(err(name, "required input artifact is not wired".into()));
        }
    }

    Ok(Inputs {
        parameter_values: parameters,
        artifacts,
        ..Default::default()
    })
}

/// A missing output of `producer` is absent rather than an error: the task
/// runs whatever its upstream tasks' end, and this one did not complete.
/// A producer that completed and lacks a declared output stays an error.
fn unfinished(scope: &Scope<'_>, producer: &ProducerOutputs) -> bool {
    tolerates_unfinished_upstream(scope.task) && !producer.completed()
}

impl ProducerOutputs {
    /// Its state for messages.
    fn state_or_not_run(&self) -> &str {
        if self.state.is_empty() {
            "not run"
        } else {
            &self.state
        }
    }
}

/// The fetched outputs of an upstream task an input refers to.
fn producer_of<'s>(
    scope: &'s Scope<'_>,
    input: &str,
    producer: &str,
) -> Result<&'s ProducerOutputs, ResolveError> {
    scope
        .producers
        .get(producer)
        .ok_or_else(|| ResolveError::Input {
            task: scope.task_key.to_owned(),
            input: input.to_owned(),
            message: format!("no outputs of upstream task {producer:?} found"),
        })
}

/// A runtime constant, with job/task placeholders resolved (§2.7.3).
fn runtime_constant(c: &Value, rt: &RuntimeValues) -> Value {
    let Some(Kind::StringValue(s)) = &c.kind else {
        return c.clone();
    };
    if s.contains("{{$.workspace_path}}") {
        return string(s.replace("{{$.workspace_path}}", WORKSPACE_PATH));
    }
    let exact = match s.as_str() {
        "{{$.pipeline_job_name}}" => &rt.job_name,
        "{{$.pipeline_job_resource_name}}" => &rt.job_resource_name,
        "{{$.pipeline_job_uuid}}" => &rt.job_uuid,
        "{{$.pipeline_task_name}}" => &rt.task_name,
        "{{$.pipeline_task_uuid}}" => &rt.task_uuid,
        "{{$.pipeline_job_create_time_utc}}" => &rt.create_time_utc,
        "{{$.pipeline_job_schedule_time_utc}}" => &rt.schedule_time_utc,
        _ => return c.clone(),
    };
    string(exact.clone())
}

/// `PipelineTaskFinalStatus` as the struct the SDK receives.
fn final_status(producer: &ProducerOutputs, job_resource_name: &str) -> Value {
    let fields = [
        ("state", string(producer.state.clone())),
        ("pipelineTaskName", string(producer.task_name.clone())),
        ("pipelineJobResourceName", string(job_resource_name)),
        (
            "error",
            Value {
                kind: Some(Kind::StructValue(Struct::default())),
            },
        ),
    ];
    Value {
        kind: Some(Kind::StructValue(Struct {
            fields: fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        })),
    }
}

/// 2^53 − 1: parameters travel as JSON numbers (doubles); beyond this not
/// every whole number exists.
const MAX_EXACT_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Validate, and for STRING convert, a value against its declared type.
fn check_type(value: &mut Value, ty: ParameterTypeEnum) -> Result<(), String> {
    use ParameterTypeEnum as T;
    let kind = value.kind.clone();
    let ok = match (&kind, ty) {
        // Upstream turns null into "" for a STRING input (§2.7.3).
        (None | Some(Kind::NullValue(_)), T::String) => {
            *value = string("");
            true
        }
        (None | Some(Kind::NullValue(_)), _) => {
            return Err(format!("value is null, expected {}", ty.as_str_name()))
        }
        (_, T::Unspecified) => true,
        (Some(Kind::StringValue(_)), T::String) => true,
        (Some(other), T::String) => {
            // Upstream converts to text: numbers 'f' -1, bools, lists/structs as JSON.
            let text = match other {
                Kind::NumberValue(n) => format!("{n}"),
                Kind::BoolValue(b) => b.to_string(),
                _ => GoJson::PROTOJSON.to_string(&to_json(value)),
            };
            *value = string(text);
            true
        }
        // An integer input takes a whole number a double holds exactly: 1.5
        // or 1e+23 would reach the step as something else than was given.
        (Some(Kind::NumberValue(n)), T::NumberInteger) => {
            if n.fract() != 0.0 || !n.is_finite() {
                return Err(format!(
                    "value {n} is not a whole number ({})",
                    ty.as_str_name()
                ));
            }
            if n.abs() > MAX_EXACT_INTEGER {
                return Err(format!(
                    "value {n} is beyond ±{MAX_EXACT_INTEGER:.0}, the largest whole number a \
                     pipeline parameter carries exactly ({})",
                    ty.as_str_name()
                ));
            }
            true
        }
        (Some(Kind::NumberValue(_)), T::NumberDouble) => true,
        (Some(Kind::BoolValue(_)), T::Boolean) => true,
        (Some(Kind::ListValue(_)), T::List) => true,
        (Some(Kind::StructValue(_)), T::Struct | T::TaskFinalStatus | T::TaskConfig) => true,
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "value {} does not match type {}",
            GoJson::PROTOJSON.to_string(&to_json(value)),
            ty.as_str_name()
        ))
    }
}

/// `executorInputWithDefault` (§3.5): every component input parameter with a
/// default and no value gets the default. The launcher does this before it
/// substitutes placeholders and hands `{{$}}` to the user process.
pub fn apply_parameter_defaults(component: &ComponentSpec, input: &mut ExecutorInput) {
    let Some(defs) = &component.input_definitions else {
        return;
    };
    let inputs = input.inputs.get_or_insert_with(Default::default);
    for (name, def) in &defs.parameters {
        if let Some(default) = &def.default_value {
            inputs
                .parameter_values
                .entry(name.clone())
                .or_insert_with(|| default.clone());
        }
    }
}

#[cfg(test)]
mod tests;
