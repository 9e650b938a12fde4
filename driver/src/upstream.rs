//! Outputs of upstream tasks (contract §2.7.5), found in memory in the run's
//! executions ([`RunView`]) instead of upstream's recursive MLMD walk per
//! input: a producer task is a child of the current DAG with that
//! `task_name`; a producer DAG maps the output through its recorded
//! selectors (`parameter_producer_task`, `artifact_producer_task`; OneOf takes
//! the first sub-task that completed); a ParallelFor loop DAG collects the
//! output of every iteration (`dsl.Collected`), in iteration order, one list
//! level per loop level (the SDK declares a `Collected` over a loop nested
//! in a loop `List[List[T]]`; upstream flattens it).
//!
//! A task that ignores upstream failures (`ALL_UPSTREAM_TASKS_COMPLETED`)
//! runs after producers that failed or never ran; an output such a producer
//! never wrote is then left out ([`Upstream::absent`]) so the input's
//! default applies, where upstream fails or passes a null.

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
    /// Nothing was written where the output should be (no execution, no
    /// iteration, no value): what a producer that did not complete leaves
    /// behind, as opposed to records that contradict each other.
    pub absent: bool,
}

impl UpstreamError {
    /// Records that contradict each other (or the IR).
    fn broken(producer: &str, key: &str, message: String) -> Self {
        Self {
            producer: producer.to_owned(),
            key: key.to_owned(),
            message,
            absent: false,
        }
    }

    /// Nothing recorded where the output should be.
    fn absent(producer: &str, key: &str, message: String) -> Self {
        Self {
            absent: true,
            ..Self::broken(producer, key, message)
        }
    }
}

/// Parameter or artifact output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputKind {
    Parameter,
    Artifact,
}

/// Where an output lives: one container (or importer) execution's output, or
/// the outputs of every iteration of a loop, in iteration order (an entry is
/// itself `Collected` when the producer in the iteration is a nested loop).
#[derive(Debug, Clone, PartialEq)]
pub enum Located {
    One { execution: Id, key: String },
    Collected(Vec<Located>),
}

impl Located {
    /// Every (execution, output key) it reaches, depth first: iteration
    /// order, outer loop first.
    pub fn leaves(&self) -> Vec<(Id, &str)> {
        let mut out = Vec::new();
        self.push_leaves(&mut out);
        out
    }

    fn push_leaves<'a>(&'a self, out: &mut Vec<(Id, &'a str)>) {
        match self {
            Located::One { execution, key } => out.push((*execution, key)),
            Located::Collected(all) => all.iter().for_each(|l| l.push_leaves(out)),
        }
    }

    /// The executions whose OUTPUT artifacts are needed.
    pub fn executions(&self) -> Vec<Id> {
        self.leaves().into_iter().map(|(id, _)| id).collect()
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
    let found = view.children_named(dag_id, task);
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(UpstreamError::absent(task, key, format!(
            "no execution of task {task:?} in DAG execution {dag_id}: it has not run (yet), or no such task exists"
        ))),
        more => retried(view, more).ok_or_else(|| {
            UpstreamError::broken(task, key, format!(
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
    if depth > MAX_DEPTH {
        return Err(UpstreamError::broken(
            producer,
            key,
            "selector chain too deep (a cycle in the records?)".into(),
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

/// A ParallelFor loop DAG: the output of every iteration, in iteration
/// order; an iteration whose producer is itself a loop contributes its
/// list as one entry (a nested list), never spliced in.
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
                return Err(UpstreamError::absent(
                    producer,
                    key,
                    format!("loop DAG execution {loop_id} has no iteration {i} of {count}"),
                ))
            }
            more => retried(view, more).ok_or_else(|| {
                UpstreamError::broken(
                    producer,
                    key,
                    format!(
                        "loop DAG execution {loop_id} has iteration {i} recorded {} times",
                        more.len()
                    ),
                )
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
        all.push(locate_in(view, sub, producer, &sub_key, kind, depth + 1)?);
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
    let err = |message: String| UpstreamError::broken(producer, key, message);
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
            let sub = child(view, dag_id, task, sub_key).map_err(|e| UpstreamError {
                producer: producer.to_owned(),
                key: key.to_owned(),
                ..e
            })?;
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
                UpstreamError::absent(
                    producer,
                    key,
                    format!(
                        "DAG execution {dag_id}: none of the OneOf branches {:?} completed",
                        several.iter().map(|(t, _)| t).collect::<Vec<_>>()
                    ),
                )
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

/// The value of a located output parameter: a list when collected, a list
/// of lists when collected over nested loops.
pub fn parameter_value(
    view: &RunView,
    located: &Located,
    producer: &str,
    key: &str,
) -> Result<Value, UpstreamError> {
    match located {
        Located::One { execution, key: k } => view
            .execution(*execution)
            .and_then(|e| e.custom_properties.get(keys::OUTPUTS))
            .and_then(value::as_struct)
            .and_then(|s| s.fields.get(k))
            .cloned()
            .ok_or_else(|| {
                UpstreamError::absent(
                    producer,
                    key,
                    format!(
                        "execution {execution} has no output parameter {k:?}{}",
                        unfinished(view, *execution)
                    ),
                )
            }),
        Located::Collected(all) => Ok(Value {
            kind: Some(Kind::ListValue(ListValue {
                values: all
                    .iter()
                    .map(|l| parameter_value(view, l, producer, key))
                    .collect::<Result<_, _>>()?,
            })),
        }),
    }
}

/// Why a producer's output may be missing, for messages: a producer still
/// running has not written it yet, so this task started before it ended
/// (the SDK leaves some producers out of `dependentTasks`, and the
/// orchestrator waits for those only); empty for a producer that ended.
fn unfinished(view: &RunView, execution: Id) -> String {
    match view.execution(execution) {
        Some(e) if matches!(state(e), Some(State::Running | State::New)) => format!(
            " (it is {}: the producer has not finished, so this task started before it ended)",
            state_name(e)
        ),
        _ => String::new(),
    }
}

/// The artifacts of a located output, as a downstream task receives them:
/// one flat list even over nested loops (iteration order, outer loop first),
/// since an `ArtifactList` cannot nest and the SDK types a `Collected`
/// artifact over nested loops `List[Artifact]`.
pub fn artifact_list(
    view: &RunView,
    artifacts: &Artifacts,
    located: &Located,
    producer: &str,
    key: &str,
) -> Result<Vec<RuntimeArtifact>, UpstreamError> {
    let mut out = Vec::new();
    for (id, k) in located.leaves() {
        let found = artifacts.outputs.get(&(id, k.to_owned())).ok_or_else(|| {
            UpstreamError::absent(
                producer,
                key,
                format!(
                    "execution {id} has no output artifact {k:?}{}",
                    unfinished(view, id)
                ),
            )
        })?;
        let workspace = view
            .execution(id)
            .is_some_and(|e| e.r#type.as_deref() == Some(types::IMPORTER_WORKSPACE_EXECUTION));
        out.extend(found.iter().map(|a| task_output_artifact(a, workspace)));
    }
    Ok(out)
}

/// A task output as its consumer receives it (§2.7.5 step 3, §4.4): typed
/// by its MLMD type name ([`runtime_artifact`]); upstream's untyped
/// `instanceSchema: ""` only for a record without one, since the SDK cannot
/// build the elements of a `Collected` list from it.
fn task_output_artifact(a: &mlmd::Artifact, workspace: bool) -> RuntimeArtifact {
    let mut artifact = runtime_artifact(a);
    artifact.r#type.get_or_insert_with(|| ArtifactTypeSchema {
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
    /// The task runs whatever its upstream tasks' end (ignore_upstream_failure,
    /// `ALL_UPSTREAM_TASKS_COMPLETED`): an output a producer that did not
    /// complete never wrote is absent, not an error.
    pub tolerate_unfinished: bool,
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
        let mut needs = Needs {
            tolerate_unfinished: kfp_common::resolve::tolerates_unfinished_upstream(task),
            ..Default::default()
        };
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
    /// MLMD state name of every producer of an output; empty when it has no
    /// execution (it never ran).
    states: BTreeMap<String, String>,
    /// Outputs a producer that did not complete never wrote, left out for a
    /// task that tolerates it: (producer, output key, why).
    absent: Vec<(String, String, String)>,
    tolerate_unfinished: bool,
}

/// Whether a producer in state `state` ran to completion.
fn completed(state: &str) -> bool {
    matches!(state, "COMPLETE" | "CACHED")
}

impl Upstream {
    pub fn locate(view: &RunView, dag_id: Id, needs: &Needs) -> Result<Self, UpstreamError> {
        let mut states = BTreeMap::new();
        for (producer, key, _) in &needs.outputs {
            if states.contains_key(producer) {
                continue;
            }
            let state = match child(view, dag_id, producer, key) {
                Ok(exec) => state_name(exec),
                Err(e) if e.absent && needs.tolerate_unfinished => String::new(),
                Err(e) => return Err(e),
            };
            states.insert(producer.clone(), state);
        }
        let mut upstream = Self {
            located: Vec::new(),
            final_status: Vec::new(),
            states,
            absent: Vec::new(),
            tolerate_unfinished: needs.tolerate_unfinished,
        };
        for (producer, key, kind) in &needs.outputs {
            match locate(view, dag_id, producer, key, *kind) {
                Ok(l) => upstream
                    .located
                    .push((producer.clone(), key.clone(), *kind, l)),
                Err(e) => upstream.tolerate(e)?,
            }
        }
        for producer in &needs.final_status {
            let exec = child(view, dag_id, producer, "(final status)")?;
            let task_name = string_property(exec, keys::TASK_NAME).unwrap_or(producer);
            upstream
                .final_status
                .push((producer.clone(), state_name(exec), task_name.to_owned()));
        }
        Ok(upstream)
    }

    /// Leave out an output its producer never wrote, when the task runs
    /// whatever its upstream tasks' end and that producer did not complete
    /// (failed, canceled, never ran). Anything else is the error it is: a
    /// producer that completed must have written every output it declares.
    fn tolerate(&mut self, e: UpstreamError) -> Result<(), UpstreamError> {
        let state = self.states.get(&e.producer).map(String::as_str);
        if !(e.absent && self.tolerate_unfinished && state.is_some_and(|s| !completed(s))) {
            return Err(e);
        }
        let state = state.filter(|s| !s.is_empty()).unwrap_or("not run");
        tracing::info!(
            producer = %e.producer,
            output = %e.key,
            state,
            "upstream output absent (the task ignores upstream failures): {}",
            e.message
        );
        self.absent.push((e.producer, e.key, e.message));
        Ok(())
    }

    /// Outputs left out because their producer did not complete:
    /// (producer, output key, why).
    pub fn absent(&self) -> &[(String, String, String)] {
        &self.absent
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

    /// The producers' outputs in the shape input resolution takes; every
    /// producer of an output has an entry with its state, even when none of
    /// its outputs was written.
    pub fn producers(
        &mut self,
        view: &RunView,
        artifacts: &Artifacts,
    ) -> Result<BTreeMap<String, ProducerOutputs>, UpstreamError> {
        let mut out: BTreeMap<String, ProducerOutputs> = BTreeMap::new();
        for (producer, state) in &self.states {
            out.insert(
                producer.clone(),
                ProducerOutputs {
                    state: state.clone(),
                    task_name: producer.clone(),
                    ..Default::default()
                },
            );
        }
        let located = std::mem::take(&mut self.located);
        for (producer, key, kind, l) in &located {
            let found = match kind {
                OutputKind::Parameter => parameter_value(view, l, producer, key).map(|v| {
                    out.entry(producer.clone())
                        .or_default()
                        .parameters
                        .insert(key.clone(), v);
                }),
                OutputKind::Artifact => {
                    artifact_list(view, artifacts, l, producer, key).map(|list| {
                        out.entry(producer.clone())
                            .or_default()
                            .artifacts
                            .insert(key.clone(), list);
                    })
                }
            };
            if let Err(e) = found {
                self.tolerate(e)?;
            }
        }
        self.located = located;
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
        let one = |execution| Located::One {
            execution,
            key: "Output".into(),
        };
        assert_eq!(located, Located::Collected(vec![one(20), one(21)]));
        let value = parameter_value(&v, &located, "loop", "out").unwrap();
        assert_eq!(
            kfp_common::executor_io::to_json(&value),
            serde_json::json!(["a", "b"])
        );
    }

    /// `parameter_producer_task` of a DAG: its output `out` is `task`'s `key`.
    fn param_selector(task: &str, key: &str) -> kfp_common::proto::ml_metadata::Value {
        value::structure(kfp_common::proto::wkt::Struct {
            fields: [(
                "out".to_owned(),
                kfp_common::proto::wkt::Value {
                    kind: Some(Kind::StringValue(format!(
                        r#"{{"valueFromParameter":{{"producerSubtask":"{task}","outputParameterKey":"{key}"}}}}"#
                    ))),
                },
            )]
            .into(),
        })
    }

    fn outputs(v: serde_json::Value) -> kfp_common::proto::ml_metadata::Value {
        match kfp_common::executor_io::from_json(v).kind {
            Some(Kind::StructValue(s)) => value::structure(s),
            other => panic!("not an object: {other:?}"),
        }
    }

    /// A loop DAG `task` under `parent` with `count` iterations whose output
    /// `out` is `sub`'s `key`; the iteration DAGs get ids `first..`.
    fn a_loop(
        id: Id,
        parent: Id,
        task: &str,
        first: Id,
        count: i64,
        sub: &str,
        key: &str,
    ) -> Vec<mlmd::Execution> {
        let d = types::DAG_EXECUTION;
        let mut all = vec![with(
            with(
                exec(id, d, parent, task, State::Complete),
                keys::ITERATION_COUNT,
                value::int(count),
            ),
            keys::PARAMETER_PRODUCER_TASK,
            param_selector(sub, key),
        )];
        for i in 0..count {
            all.push(with(
                with(
                    exec(first + i, d, id, task, State::Complete),
                    keys::ITERATION_INDEX,
                    value::int(i),
                ),
                keys::PARAMETER_PRODUCER_TASK,
                param_selector(sub, key),
            ));
        }
        all
    }

    #[test]
    fn collected_over_nested_loops_keeps_one_list_per_loop_level() {
        // for-outer (2 iterations) > for-inner (3 iterations) > step.
        let c = types::CONTAINER_EXECUTION;
        let mut records = a_loop(2, 1, "for-outer", 10, 2, "for-inner", "out");
        for (outer, iteration) in [(0, 10), (1, 11)] {
            let inner = 20 + outer;
            let first = 100 + 10 * outer;
            records.extend(a_loop(
                inner,
                iteration,
                "for-inner",
                first,
                3,
                "step",
                "Output",
            ));
            for i in 0..3 {
                records.push(with(
                    exec(200 + 10 * outer + i, c, first + i, "step", State::Complete),
                    keys::OUTPUTS,
                    outputs(serde_json::json!({"Output": 10 * (outer + 1) + i})),
                ));
            }
        }
        let v = view(records);
        let located = locate(&v, 1, "for-outer", "out", OutputKind::Parameter).unwrap();
        assert_eq!(
            located.executions(),
            vec![200, 201, 202, 210, 211, 212],
            "iteration order, outer first"
        );
        let got = parameter_value(&v, &located, "for-outer", "out").unwrap();
        assert_eq!(
            kfp_common::executor_io::to_json(&got),
            serde_json::json!([[10, 11, 12], [20, 21, 22]]),
            "a List[List[int]], not upstream's flat list"
        );

        // Artifacts cannot nest: one flat list, in the same order.
        let artifact = |id: Id| mlmd::Artifact {
            id: Some(id),
            uri: Some(format!("minio://b/{id}")),
            ..Default::default()
        };
        let mut artifacts = Artifacts {
            dag_inputs: Default::default(),
            outputs: Default::default(),
        };
        for id in located.executions() {
            artifacts
                .outputs
                .insert((id, "Output".into()), vec![artifact(id + 1000)]);
        }
        let list = artifact_list(&v, &artifacts, &located, "for-outer", "out").unwrap();
        let uris: Vec<&str> = list.iter().map(|a| a.uri.as_str()).collect();
        assert_eq!(
            uris,
            [
                "minio://b/1200",
                "minio://b/1201",
                "minio://b/1202",
                "minio://b/1210",
                "minio://b/1211",
                "minio://b/1212"
            ]
        );
    }

    fn needs(outputs: &[(&str, &str, OutputKind)], tolerate_unfinished: bool) -> Needs {
        Needs {
            outputs: outputs
                .iter()
                .map(|(p, k, kind)| (p.to_string(), k.to_string(), *kind))
                .collect(),
            final_status: Vec::new(),
            tolerate_unfinished,
        }
    }

    fn no_artifacts() -> Artifacts {
        Artifacts {
            dag_inputs: Default::default(),
            outputs: Default::default(),
        }
    }

    /// A consumer started beside its producer (the SDK left the producer
    /// out of `dependentTasks`): the error says the producer is still
    /// running, not only that its output is missing.
    #[test]
    fn an_output_of_a_running_producer_says_it_has_not_finished() {
        let c = types::CONTAINER_EXECUTION;
        let v = view(vec![exec(2, c, 1, "accelerator-limit", State::Running)]);
        let mut up = Upstream::locate(
            &v,
            1,
            &needs(
                &[("accelerator-limit", "Output", OutputKind::Parameter)],
                false,
            ),
        )
        .unwrap();
        let e = up.producers(&v, &no_artifacts()).unwrap_err();
        assert_eq!(
            e.message,
            "execution 2 has no output parameter \"Output\" (it is RUNNING: the producer has not finished, so this task started before it ended)"
        );
    }

    #[test]
    fn outputs_of_a_producer_that_did_not_complete_are_absent_only_when_tolerated() {
        let c = types::CONTAINER_EXECUTION;
        let v = view(vec![
            exec(10, c, 1, "breaks", State::Failed),
            with(
                exec(11, c, 1, "fine", State::Complete),
                keys::OUTPUTS,
                outputs(serde_json::json!({"Output": "ok"})),
            ),
        ]);
        let wanted = [
            ("breaks", "text", OutputKind::Parameter),
            ("breaks", "data", OutputKind::Artifact),
            ("never-ran", "Output", OutputKind::Parameter),
            ("fine", "Output", OutputKind::Parameter),
        ];
        let mut up = Upstream::locate(&v, 1, &needs(&wanted, true)).unwrap();
        let got = up.producers(&v, &no_artifacts()).unwrap();
        assert_eq!(got["breaks"].state, "FAILED");
        assert!(got["breaks"].parameters.is_empty() && got["breaks"].artifacts.is_empty());
        assert_eq!(got["never-ran"].state, "", "no execution: never ran");
        assert_eq!(
            kfp_common::executor_io::to_json(&got["fine"].parameters["Output"]),
            serde_json::json!("ok")
        );
        let mut absent: Vec<(&str, &str)> = up
            .absent()
            .iter()
            .map(|(p, k, _)| (p.as_str(), k.as_str()))
            .collect();
        absent.sort_unstable();
        assert_eq!(
            absent,
            [
                ("breaks", "data"),
                ("breaks", "text"),
                ("never-ran", "Output")
            ]
        );

        // A task that needs its upstream tasks to succeed: the same records
        // are an error naming the producer, output and execution.
        let mut up = Upstream::locate(&v, 1, &needs(&wanted[..1], false)).unwrap();
        let e = up.producers(&v, &no_artifacts()).unwrap_err();
        assert_eq!((e.producer.as_str(), e.key.as_str()), ("breaks", "text"));
        assert!(e.message.contains("execution 10"), "{e}");
        let e = Upstream::locate(&v, 1, &needs(&wanted[2..3], false)).unwrap_err();
        assert!(e.message.contains("has not run"), "{e}");

        // A producer that completed without a declared output stays an error,
        // tolerated or not.
        let mut up = Upstream::locate(
            &v,
            1,
            &needs(&[("fine", "nope", OutputKind::Parameter)], true),
        )
        .unwrap();
        let e = up.producers(&v, &no_artifacts()).unwrap_err();
        assert!(
            e.message
                .contains("execution 11 has no output parameter \"nope\""),
            "{e}"
        );
        let mut up = Upstream::locate(
            &v,
            1,
            &needs(&[("fine", "nope", OutputKind::Artifact)], true),
        )
        .unwrap();
        let e = up.producers(&v, &no_artifacts()).unwrap_err();
        assert!(e.message.contains("no output artifact"), "{e}");
    }

    #[test]
    fn a_failed_iteration_makes_a_tolerated_collected_output_absent() {
        let c = types::CONTAINER_EXECUTION;
        let mut records = a_loop(2, 1, "for-loop", 10, 2, "step", "Output");
        records[0].last_known_state = Some(State::Failed as i32);
        records.push(with(
            exec(20, c, 10, "step", State::Complete),
            keys::OUTPUTS,
            outputs(serde_json::json!({"Output": 1})),
        ));
        records.push(exec(21, c, 11, "step", State::Failed));
        let v = view(records);
        let wanted = [("for-loop", "out", OutputKind::Parameter)];
        let mut up = Upstream::locate(&v, 1, &needs(&wanted, true)).unwrap();
        let got = up.producers(&v, &no_artifacts()).unwrap();
        assert!(got["for-loop"].parameters.is_empty(), "{got:?}");
        assert_eq!(got["for-loop"].state, "FAILED");
        let mut up = Upstream::locate(&v, 1, &needs(&wanted, false)).unwrap();
        let e = up.producers(&v, &no_artifacts()).unwrap_err();
        assert!(e.message.contains("execution 21"), "{e}");
    }
}
