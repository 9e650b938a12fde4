//! Outputs of upstream tasks (contract §2.7.5), found in memory in the run's
//! executions ([`RunView`]) instead of upstream's recursive MLMD walk per
//! input: a producer task is a child of the current DAG with that
//! `task_name`; a producer DAG maps the output through its recorded
//! selectors (`parameter_producer_task`, `artifact_producer_task`; OneOf takes
//! the first sub-task that completed); a ParallelFor loop DAG collects the
//! output of every iteration (`dsl.Collected`), in iteration order.

use std::collections::BTreeMap;

use kfp_common::{
    artifact::runtime_artifact,
    metadata::{keys, types, value, Id},
    proto::{
        ml_metadata::{self as mlmd, execution::State},
        ml_pipelines::{
            artifact_type_schema,
            dag_outputs_spec::{
                dag_output_parameter_spec, DagOutputArtifactSpec, DagOutputParameterSpec,
            },
            task_inputs_spec::{input_artifact_spec, input_parameter_spec},
            ArtifactTypeSchema, PipelineTaskSpec, RuntimeArtifact,
        },
        wkt::{value::Kind, ListValue, Value},
    },
    resolve::ProducerOutputs,
};

use crate::run::{int_property, state, state_name, string_property, Artifacts, RunView};

/// Why an upstream output could not be found; names the producer and output.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("upstream task {producer:?}, output {key:?}: {message}")]
pub struct UpstreamError {
    pub producer: String,
    pub key: String,
    pub message: String,
}

/// Parameter or artifact output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputKind {
    Parameter,
    Artifact,
}

/// Where an output lives: one container (or importer) execution's output, or
/// the outputs of every iteration of a loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Located {
    One { execution: Id, key: String },
    Collected(Vec<(Id, String)>),
}

impl Located {
    /// The executions whose OUTPUT artifacts are needed.
    pub fn executions(&self) -> Vec<Id> {
        match self {
            Located::One { execution, .. } => vec![*execution],
            Located::Collected(all) => all.iter().map(|(id, _)| *id).collect(),
        }
    }
}

/// Depth bound of selector chains and nested loops: the IR cannot nest
/// deeper than this in practice, and malformed records must not loop.
const MAX_DEPTH: usize = 64;

/// Find output `key` of task `producer` in DAG `dag_id`.
pub fn locate(
    view: &RunView,
    dag_id: Id,
    producer: &str,
    key: &str,
    kind: OutputKind,
) -> Result<Located, UpstreamError> {
    let exec = child(view, dag_id, producer, key)?;
    locate_in(view, exec, producer, key, kind, 0)
}

/// The unique child of `dag_id` named `task`.
pub fn child<'v>(
    view: &'v RunView,
    dag_id: Id,
    task: &str,
    key: &str,
) -> Result<&'v mlmd::Execution, UpstreamError> {
    let err = |message: String| UpstreamError {
        producer: task.to_owned(),
        key: key.to_owned(),
        message,
    };
    let found = view.children_named(dag_id, task);
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(err(format!(
            "no execution of task {task:?} in DAG execution {dag_id}: it has not run (yet), or no such task exists"
        ))),
        more => retried(view, more).ok_or_else(|| {
            err(format!(
                "two tasks have the same task name {task:?} in DAG execution {dag_id} (executions {:?})",
                more.iter().filter_map(|e| e.id).collect::<Vec<_>>()
            ))
        }),
    }
}

/// Several executions of one task: an Argo retry of its driver (a driver pod
/// that died after recording) leaves one execution per attempt. The attempt
/// that went on is the one that finished (container: the only COMPLETE or
/// CACHED one) or, for a DAG, the only one with children. Anything else is
/// ambiguous, as upstream treats every duplicate.
fn retried<'v>(view: &RunView, found: &[&'v mlmd::Execution]) -> Option<&'v mlmd::Execution> {
    let unique = |matching: Vec<&'v mlmd::Execution>| match matching.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let finished: Vec<&mlmd::Execution> = found
        .iter()
        .copied()
        .filter(|e| matches!(state(e), Some(State::Complete | State::Cached)))
        .collect();
    unique(finished).or_else(|| {
        unique(
            found
                .iter()
                .copied()
                .filter(|e| {
                    e.r#type.as_deref() == Some(types::DAG_EXECUTION)
                        && e.id.is_some_and(|id| !view.children(id).is_empty())
                })
                .collect(),
        )
    })
}

fn locate_in(
    view: &RunView,
    exec: &mlmd::Execution,
    producer: &str,
    key: &str,
    kind: OutputKind,
    depth: usize,
) -> Result<Located, UpstreamError> {
    let err = |message: String| UpstreamError {
        producer: producer.to_owned(),
        key: key.to_owned(),
        message,
    };
    if depth > MAX_DEPTH {
        return Err(err(
            "selector chain too deep (a cycle in the records?)".into()
        ));
    }
    let id = exec.id.unwrap_or_default();
    if exec.r#type.as_deref() != Some(types::DAG_EXECUTION) {
        return Ok(Located::One {
            execution: id,
            key: key.to_owned(),
        });
    }
    if let Some(count) = int_property(exec, keys::ITERATION_COUNT) {
        return collect(view, exec, count, producer, key, kind, depth);
    }
    let (sub, sub_key) = selected(view, exec, producer, key, kind)?;
    locate_in(view, sub, producer, &sub_key, kind, depth + 1)
}

/// A ParallelFor loop DAG: the output of every iteration, flattened.
fn collect(
    view: &RunView,
    loop_dag: &mlmd::Execution,
    count: i64,
    producer: &str,
    key: &str,
    kind: OutputKind,
    depth: usize,
) -> Result<Located, UpstreamError> {
    let loop_id = loop_dag.id.unwrap_or_default();
    let err = |message: String| UpstreamError {
        producer: producer.to_owned(),
        key: key.to_owned(),
        message,
    };
    // One iteration DAG per index; an index recorded twice (an Argo retry of
    // its driver) resolves to the attempt that went on.
    let mut by_index: std::collections::BTreeMap<i64, Vec<&mlmd::Execution>> = Default::default();
    for e in view.children(loop_id) {
        if let Some(i) = int_property(e, keys::ITERATION_INDEX) {
            by_index.entry(i).or_default().push(e);
        }
    }
    let mut iterations = Vec::new();
    for i in 0..count {
        let attempts = by_index.get(&i).map(Vec::as_slice).unwrap_or_default();
        let iteration = match attempts {
            [one] => *one,
            [] => {
                return Err(err(format!(
                    "loop DAG execution {loop_id} has no iteration {i} of {count}"
                )))
            }
            more => retried(view, more).ok_or_else(|| {
                err(format!(
                    "loop DAG execution {loop_id} has iteration {i} recorded {} times",
                    more.len()
                ))
            })?,
        };
        iterations.push(iteration);
    }
    let mut all = Vec::new();
    for iteration in iterations {
        let (sub, sub_key) = match selected(view, iteration, producer, key, kind) {
            Ok(found) => found,
            // An iteration whose producing sub-task did not run (a condition
            // inside the loop) contributes nothing.
            Err(_) if !has_selector(iteration, key, kind) => continue,
            Err(e) => return Err(e),
        };
        // A condition inside the loop that did not trigger in this iteration.
        if sub.r#type.as_deref() == Some(types::DAG_EXECUTION)
            && state(sub) == Some(State::Canceled)
        {
            continue;
        }
        match locate_in(view, sub, producer, &sub_key, kind, depth + 1)? {
            Located::One { execution, key } => all.push((execution, key)),
            Located::Collected(more) => all.extend(more),
        }
    }
    Ok(Located::Collected(all))
}

fn has_selector(dag: &mlmd::Execution, key: &str, kind: OutputKind) -> bool {
    match kind {
        OutputKind::Parameter => parameter_selectors(dag, key).is_ok_and(|s| !s.is_empty()),
        OutputKind::Artifact => artifact_selectors(dag, key).is_ok_and(|s| !s.is_empty()),
    }
}

/// Map a DAG's output through its selectors to (sub-task execution, its key).
fn selected<'v>(
    view: &'v RunView,
    dag: &mlmd::Execution,
    producer: &str,
    key: &str,
    kind: OutputKind,
) -> Result<(&'v mlmd::Execution, String), UpstreamError> {
    let dag_id = dag.id.unwrap_or_default();
    let err = |message: String| UpstreamError {
        producer: producer.to_owned(),
        key: key.to_owned(),
        message,
    };
    let selectors = match kind {
        OutputKind::Parameter => parameter_selectors(dag, key),
        OutputKind::Artifact => artifact_selectors(dag, key),
    }
    .map_err(|m| err(format!("DAG execution {dag_id}: {m}")))?;
    match selectors.as_slice() {
        [] => Err(err(format!(
            "DAG execution {dag_id} has no output {key:?} (no producer sub-task recorded)"
        ))),
        [(task, sub_key)] => {
            let sub = child(view, dag_id, task, sub_key).map_err(|e| err(e.message))?;
            Ok((sub, sub_key.clone()))
        }
        // OneOf: the first branch that ran to completion.
        several => several
            .iter()
            .find_map(|(task, sub_key)| {
                let sub = child(view, dag_id, task, sub_key).ok()?;
                matches!(state(sub), Some(State::Complete | State::Cached))
                    .then(|| (sub, sub_key.clone()))
            })
            .ok_or_else(|| {
                err(format!(
                    "DAG execution {dag_id}: none of the OneOf branches {:?} completed",
                    several.iter().map(|(t, _)| t).collect::<Vec<_>>()
                ))
            }),
    }
}

/// `(producer sub-task, its output key)` of a DAG output parameter.
fn parameter_selectors(dag: &mlmd::Execution, key: &str) -> Result<Vec<(String, String)>, String> {
    let Some(map) = dag
        .custom_properties
        .get(keys::PARAMETER_PRODUCER_TASK)
        .and_then(value::as_struct)
    else {
        return Ok(Vec::new());
    };
    let Some(spec) = map.fields.get(key) else {
        return Ok(Vec::new());
    };
    let Some(Kind::StringValue(json)) = &spec.kind else {
        return Err(format!(
            "{}[{key:?}] is not a string",
            keys::PARAMETER_PRODUCER_TASK
        ));
    };
    let spec: DagOutputParameterSpec = serde_json::from_str(json).map_err(|e| {
        format!(
            "{}[{key:?}] is not a DagOutputParameterSpec: {e}",
            keys::PARAMETER_PRODUCER_TASK
        )
    })?;
    Ok(match spec.kind {
        Some(dag_output_parameter_spec::Kind::ValueFromParameter(s)) => {
            vec![(s.producer_subtask, s.output_parameter_key)]
        }
        Some(dag_output_parameter_spec::Kind::ValueFromOneof(s)) => s
            .parameter_selectors
            .into_iter()
            .map(|s| (s.producer_subtask, s.output_parameter_key))
            .collect(),
        None => Vec::new(),
    })
}

/// `(producer sub-task, its output key)` of a DAG output artifact.
fn artifact_selectors(dag: &mlmd::Execution, key: &str) -> Result<Vec<(String, String)>, String> {
    let Some(json) = string_property(dag, keys::ARTIFACT_PRODUCER_TASK) else {
        return Ok(Vec::new());
    };
    if json.is_empty() {
        return Ok(Vec::new());
    }
    let map: BTreeMap<String, DagOutputArtifactSpec> = serde_json::from_str(json).map_err(|e| {
        format!(
            "{} is not a map of DagOutputArtifactSpec: {e}",
            keys::ARTIFACT_PRODUCER_TASK
        )
    })?;
    Ok(map
        .get(key)
        .map(|spec| {
            spec.artifact_selectors
                .iter()
                .map(|s| (s.producer_subtask.clone(), s.output_artifact_key.clone()))
                .collect()
        })
        .unwrap_or_default())
}

/// The value of a located output parameter (a list when collected).
pub fn parameter_value(
    view: &RunView,
    located: &Located,
    producer: &str,
    key: &str,
) -> Result<Value, UpstreamError> {
    let one = |id: Id, k: &str| -> Result<Value, UpstreamError> {
        view.execution(id)
            .and_then(|e| e.custom_properties.get(keys::OUTPUTS))
            .and_then(value::as_struct)
            .and_then(|s| s.fields.get(k))
            .cloned()
            .ok_or_else(|| UpstreamError {
                producer: producer.to_owned(),
                key: key.to_owned(),
                message: format!("execution {id} has no output parameter {k:?}"),
            })
    };
    match located {
        Located::One { execution, key } => one(*execution, key),
        Located::Collected(all) => Ok(Value {
            kind: Some(Kind::ListValue(ListValue {
                values: all
                    .iter()
                    .map(|(id, k)| one(*id, k))
                    .collect::<Result<_, _>>()?,
            })),
        }),
    }
}

/// The artifacts of a located output, as a downstream task receives them.
pub fn artifact_list(
    view: &RunView,
    artifacts: &Artifacts,
    located: &Located,
    producer: &str,
    key: &str,
) -> Result<Vec<RuntimeArtifact>, UpstreamError> {
    let pairs: Vec<(Id, String)> = match located {
        Located::One { execution, key } => vec![(*execution, key.clone())],
        Located::Collected(all) => all.clone(),
    };
    let mut out = Vec::new();
    for (id, k) in pairs {
        let found = artifacts
            .outputs
            .get(&(id, k.clone()))
            .ok_or_else(|| UpstreamError {
                producer: producer.to_owned(),
                key: key.to_owned(),
                message: format!("execution {id} has no output artifact {k:?}"),
            })?;
        let workspace = view
            .execution(id)
            .is_some_and(|e| e.r#type.as_deref() == Some(types::IMPORTER_WORKSPACE_EXECUTION));
        out.extend(found.iter().map(|a| task_output_artifact(a, workspace)));
    }
    Ok(out)
}

/// A task output as its consumer receives it (§2.7.5 step 3, §4.4).
fn task_output_artifact(a: &mlmd::Artifact, workspace: bool) -> RuntimeArtifact {
    let mut artifact = runtime_artifact(a);
    artifact.r#type = Some(ArtifactTypeSchema {
        kind: Some(artifact_type_schema::Kind::InstanceSchema(String::new())),
        ..Default::default()
    });
    if workspace {
        artifact
            .metadata
            .get_or_insert_with(Default::default)
            .fields
            .insert(
                "_kfp_workspace".to_owned(),
                Value {
                    kind: Some(Kind::BoolValue(true)),
                },
            );
    }
    artifact
}

/// What a task's inputs need from upstream tasks.
#[derive(Debug, Default)]
pub struct Needs {
    /// (producer task, output key, kind).
    pub outputs: Vec<(String, String, OutputKind)>,
    /// Producers whose final status is an input.
    pub final_status: Vec<String>,
}

impl Needs {
    /// Every producer task named.
    pub fn producers(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .outputs
            .iter()
            .map(|(p, _, _)| p.clone())
            .chain(self.final_status.iter().cloned())
            .collect();
        all.sort();
        all.dedup();
        all
    }

    pub fn of(task: &PipelineTaskSpec) -> Self {
        let mut needs = Needs::default();
        let Some(inputs) = &task.inputs else {
            return needs;
        };
        for p in inputs.parameters.values() {
            match &p.kind {
                Some(input_parameter_spec::Kind::TaskOutputParameter(t)) => needs.outputs.push((
                    t.producer_task.clone(),
                    t.output_parameter_key.clone(),
                    OutputKind::Parameter,
                )),
                Some(input_parameter_spec::Kind::TaskFinalStatus(t)) => needs
                    .final_status
                    .push(kfp_common::resolve::final_status_producer(task, t)),
                _ => {}
            }
        }
        for a in inputs.artifacts.values() {
            if let Some(input_artifact_spec::Kind::TaskOutputArtifact(t)) = &a.kind {
                needs.outputs.push((
                    t.producer_task.clone(),
                    t.output_artifact_key.clone(),
                    OutputKind::Artifact,
                ));
            }
        }
        needs
    }
}

/// Upstream outputs of one task, found in two steps: [`Upstream::locate`]
/// (in memory), then, after the caller read the artifacts of
/// [`Upstream::artifact_executions`], [`Upstream::producers`].
#[derive(Debug)]
pub struct Upstream {
    located: Vec<(String, String, OutputKind, Located)>,
    final_status: Vec<(String, String, String)>,
}

impl Upstream {
    pub fn locate(view: &RunView, dag_id: Id, needs: &Needs) -> Result<Self, UpstreamError> {
        let mut located = Vec::new();
        for (producer, key, kind) in &needs.outputs {
            let l = locate(view, dag_id, producer, key, *kind)?;
            located.push((producer.clone(), key.clone(), *kind, l));
        }
        let mut final_status = Vec::new();
        for producer in &needs.final_status {
            let exec = child(view, dag_id, producer, "(final status)")?;
            let task_name = string_property(exec, keys::TASK_NAME).unwrap_or(producer);
            final_status.push((producer.clone(), state_name(exec), task_name.to_owned()));
        }
        Ok(Self {
            located,
            final_status,
        })
    }

    /// Executions whose OUTPUT artifacts the task needs.
    pub fn artifact_executions(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = self
            .located
            .iter()
            .filter(|(_, _, kind, _)| *kind == OutputKind::Artifact)
            .flat_map(|(_, _, _, l)| l.executions())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The producers' outputs in the shape input resolution takes.
    pub fn producers(
        &self,
        view: &RunView,
        artifacts: &Artifacts,
    ) -> Result<BTreeMap<String, ProducerOutputs>, UpstreamError> {
        let mut out: BTreeMap<String, ProducerOutputs> = BTreeMap::new();
        for (producer, key, kind, located) in &self.located {
            let entry = out.entry(producer.clone()).or_default();
            match kind {
                OutputKind::Parameter => {
                    let v = parameter_value(view, located, producer, key)?;
                    entry.parameters.insert(key.clone(), v);
                }
                OutputKind::Artifact => {
                    let list = artifact_list(view, artifacts, located, producer, key)?;
                    entry.artifacts.insert(key.clone(), list);
                }
            }
        }
        for (producer, state, task_name) in &self.final_status {
            let entry = out.entry(producer.clone()).or_default();
            entry.state = state.clone();
            entry.task_name = task_name.clone();
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use kfp_common::metadata::{value, RunContexts};

    fn exec(id: Id, ty: &str, parent: Id, task: &str, state: State) -> mlmd::Execution {
        mlmd::Execution {
            id: Some(id),
            r#type: Some(ty.to_owned()),
            last_known_state: Some(state as i32),
            custom_properties: [
                (keys::PARENT_DAG_ID.to_owned(), value::int(parent)),
                (keys::TASK_NAME.to_owned(), value::string(task)),
            ]
            .into(),
            ..Default::default()
        }
    }

    fn view(executions: Vec<mlmd::Execution>) -> RunView {
        let contexts = RunContexts {
            pipeline: Default::default(),
            run: Default::default(),
        };
        let dag = exec(1, types::DAG_EXECUTION, 0, "", State::Running);
        RunView::new(contexts, dag, executions)
    }

    #[test]
    fn a_retried_driver_resolves_to_the_attempt_that_went_on() {
        let c = types::CONTAINER_EXECUTION;
        let v = view(vec![
            exec(10, c, 1, "train", State::Running),
            exec(11, c, 1, "train", State::Complete),
        ]);
        assert_eq!(child(&v, 1, "train", "m").unwrap().id, Some(11));

        // Two finished attempts: ambiguous, as upstream.
        let v = view(vec![
            exec(10, c, 1, "train", State::Complete),
            exec(11, c, 1, "train", State::Complete),
        ]);
        let e = child(&v, 1, "train", "m").unwrap_err();
        assert!(
            e.message.contains("two tasks have the same task name"),
            "{e}"
        );

        // A DAG: the attempt whose children ran.
        let d = types::DAG_EXECUTION;
        let v = view(vec![
            exec(20, d, 1, "inner", State::Running),
            exec(21, d, 1, "inner", State::Running),
            exec(22, c, 21, "step", State::Complete),
        ]);
        assert_eq!(child(&v, 1, "inner", "o").unwrap().id, Some(21));
    }

    fn with(
        mut e: mlmd::Execution,
        key: &str,
        v: kfp_common::proto::ml_metadata::Value,
    ) -> mlmd::Execution {
        e.custom_properties.insert(key.to_owned(), v);
        e
    }

    #[test]
    fn collected_skips_untriggered_iterations_and_resolves_retried_ones() {
        let d = types::DAG_EXECUTION;
        let c = types::CONTAINER_EXECUTION;
        let selectors = value::structure(kfp_common::proto::wkt::Struct {
            fields: [(
                "out".to_owned(),
                kfp_common::proto::wkt::Value {
                    kind: Some(Kind::StringValue(
                        r#"{"valueFromParameter":{"producerSubtask":"step","outputParameterKey":"Output"}}"#.into(),
                    )),
                },
            )]
            .into(),
        });
        let output = |v: &str| {
            value::structure(kfp_common::proto::wkt::Struct {
                fields: [(
                    "Output".to_owned(),
                    kfp_common::proto::wkt::Value {
                        kind: Some(Kind::StringValue(v.into())),
                    },
                )]
                .into(),
            })
        };
        let iteration = |id, i| {
            with(
                with(
                    exec(id, d, 2, "loop", State::Running),
                    keys::ITERATION_INDEX,
                    value::int(i),
                ),
                keys::PARAMETER_PRODUCER_TASK,
                selectors.clone(),
            )
        };
        let v = view(vec![
            with(
                with(
                    exec(2, d, 1, "loop", State::Running),
                    keys::ITERATION_COUNT,
                    value::int(3),
                ),
                keys::PARAMETER_PRODUCER_TASK,
                selectors.clone(),
            ),
            iteration(10, 0),
            with(
                exec(20, c, 10, "step", State::Complete),
                keys::OUTPUTS,
                output("a"),
            ),
            // Iteration 1 recorded twice; only the second attempt ran.
            iteration(11, 1),
            iteration(12, 1),
            with(
                exec(21, c, 12, "step", State::Complete),
                keys::OUTPUTS,
                output("b"),
            ),
            // Iteration 2: its step is a condition branch that did not trigger.
            iteration(13, 2),
            exec(22, d, 13, "step", State::Canceled),
        ]);
        let located = locate(&v, 1, "loop", "out", OutputKind::Parameter).unwrap();
        assert_eq!(
            located,
            Located::Collected(vec![(20, "Output".into()), (21, "Output".into())])
        );
        let value = parameter_value(&v, &located, "loop", "out").unwrap();
        assert_eq!(
            kfp_common::executor_io::to_json(&value),
            serde_json::json!(["a", "b"])
        );
    }
}
