//! What the checks share: unique names, records created in one call, and
//! the asserts on a context, an execution and an artifact that every backend
//! must return alike.

use kfp_proto::ml_metadata::{self as mlmd, artifact, execution::State};

use crate::metadata::{
    keys, types, value, Direction, Id, LinkedArtifact, MetadataBackend, NewArtifact, NewExecution,
    Properties, RunContexts,
};

/// The value of a backend call, or a panic naming the call.
#[track_caller]
pub(super) fn must<T>(what: &str, result: crate::metadata::Result<T>) -> T {
    match result {
        Ok(v) => v,
        Err(e) => panic!("{what} failed: {e} ({e:?})"),
    }
}

pub(super) fn unique(prefix: &str) -> String {
    format!("conformance-{prefix}-{}", uuid::Uuid::new_v4())
}

pub(super) fn props<const N: usize>(entries: [(&str, mlmd::Value); N]) -> Properties {
    entries
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
}

#[track_caller]
pub(super) fn id_of<T: HasId>(record: &T) -> Id {
    match record.id() {
        Some(id) => id,
        None => panic!("a record returned by the backend has an id"),
    }
}

pub(super) trait HasId {
    fn id(&self) -> Option<Id>;
}
impl HasId for mlmd::Execution {
    fn id(&self) -> Option<Id> {
        self.id
    }
}
impl HasId for mlmd::Artifact {
    fn id(&self) -> Option<Id> {
        self.id
    }
}

pub(super) fn ids(run: &RunContexts) -> (Option<Id>, Option<Id>) {
    (run.pipeline.id, run.run.id)
}

pub(super) fn run_name(run: &RunContexts) -> &str {
    run.run.name.as_deref().unwrap_or_default()
}

pub(super) fn keys_and_ids(linked: &[LinkedArtifact]) -> Vec<(Id, String, Id)> {
    linked
        .iter()
        .map(|l| (l.execution_id, l.key.clone(), id_of(&l.artifact)))
        .collect()
}

pub(super) async fn new_run<B: MetadataBackend>(backend: &B) -> RunContexts {
    must(
        "get_or_create_run",
        backend
            .get_or_create_run(&unique("pipeline"), &unique("run"), Properties::new())
            .await,
    )
}

pub(super) async fn create<B: MetadataBackend>(
    backend: &B,
    run: &RunContexts,
    type_name: &str,
    state: State,
    custom_properties: Properties,
) -> mlmd::Execution {
    must(
        "create_execution",
        backend
            .create_execution(
                run,
                NewExecution {
                    type_name: type_name.to_owned(),
                    state: Some(state),
                    custom_properties,
                    ..Default::default()
                },
            )
            .await,
    )
}

/// A RUNNING `system.ContainerExecution` under `marker` (an id of
/// [`unique_parent_id`], so [`check_nothing_under`] finds what a failed
/// write left) with `inputs`.
pub(super) fn marked_task(marker: Id, inputs: Vec<(String, Id)>) -> NewExecution {
    NewExecution {
        type_name: types::CONTAINER_EXECUTION.to_owned(),
        state: Some(State::Running),
        custom_properties: props([(keys::PARENT_DAG_ID, value::int(marker))]),
        inputs,
        ..Default::default()
    }
}

/// A `system.ContainerExecution` of `run`.
pub(super) async fn new_task<B: MetadataBackend>(
    backend: &B,
    run: &RunContexts,
    state: State,
    custom_properties: Properties,
) -> mlmd::Execution {
    create(
        backend,
        run,
        types::CONTAINER_EXECUTION,
        state,
        custom_properties,
    )
    .await
}

/// A `system.DAGExecution` of `run`.
pub(super) async fn new_dag<B: MetadataBackend>(
    backend: &B,
    run: &RunContexts,
    state: State,
    custom_properties: Properties,
) -> mlmd::Execution {
    create(backend, run, types::DAG_EXECUTION, state, custom_properties).await
}

/// The artifacts linked to one execution in `direction`, in event order.
pub(super) async fn links_of<B: MetadataBackend>(
    backend: &B,
    execution: &mlmd::Execution,
    direction: Direction,
) -> Vec<LinkedArtifact> {
    must(
        &format!("linked_artifacts ({direction:?})"),
        backend
            .linked_artifacts(&[id_of(execution)], direction)
            .await,
    )
}

/// A COMPLETE container execution of `run` with two outputs, `model`
/// (`system.Model`) and `metrics` (`system.Metrics`): what the event checks
/// read from both sides.
pub(super) async fn model_producer<B: MetadataBackend>(
    backend: &B,
    run: &RunContexts,
) -> (mlmd::Execution, mlmd::Artifact, mlmd::Artifact) {
    let producer = new_task(backend, run, State::Running, Properties::new()).await;
    let model = new_artifact(backend, "system.Model").await;
    let metrics = new_artifact(backend, "system.Metrics").await;
    complete(
        backend,
        run,
        &producer,
        &[("model", &model), ("metrics", &metrics)],
    )
    .await;
    (producer, model, metrics)
}

/// Publish `execution` COMPLETE with `outputs` as its OUTPUT events.
pub(super) async fn complete<B: MetadataBackend>(
    backend: &B,
    run: &RunContexts,
    execution: &mlmd::Execution,
    outputs: &[(&str, &mlmd::Artifact)],
) {
    let mut done = execution.clone();
    done.last_known_state = Some(State::Complete as i32);
    let outputs: Vec<(String, Id)> = outputs
        .iter()
        .map(|(name, artifact)| ((*name).to_owned(), id_of(*artifact)))
        .collect();
    must(
        "publish_execution",
        backend.publish_execution(run, &done, &outputs).await,
    );
}

pub(super) async fn fetch<B: MetadataBackend>(
    backend: &B,
    execution: &mlmd::Execution,
) -> mlmd::Execution {
    let mut got = must(
        "get_executions",
        backend.get_executions(&[id_of(execution)]).await,
    );
    assert_eq!(
        got.len(),
        1,
        "get_executions of one id returns one execution"
    );
    got.remove(0)
}

pub(super) async fn new_artifact<B: MetadataBackend>(
    backend: &B,
    type_name: &str,
) -> mlmd::Artifact {
    let uri = format!("minio://mlpipeline/v2/artifacts/{}", unique("artifact"));
    let custom = props([(keys::DISPLAY_NAME, value::string("out"))]);
    let artifact = must(
        "record_artifact",
        backend
            .record_artifact(NewArtifact {
                type_name: type_name.to_owned(),
                uri: uri.clone(),
                custom_properties: custom.clone(),
            })
            .await,
    );
    check_artifact(&artifact, type_name, &uri, &custom);
    artifact
}

pub(super) async fn new_artifacts<B: MetadataBackend, const N: usize>(
    backend: &B,
    type_names: [&str; N],
) -> Vec<mlmd::Artifact> {
    let mut out = Vec::with_capacity(N);
    for type_name in type_names {
        out.push(new_artifact(backend, type_name).await);
    }
    out
}

/// An int no execution of `run` has as `parent_dag_id`: the id of a fresh
/// execution (ids are never reused), to find what a failed write left behind.
pub(super) async fn unique_parent_id<B: MetadataBackend>(backend: &B, run: &RunContexts) -> Id {
    let marker = new_dag(backend, run, State::Running, Properties::new()).await;
    id_of(&marker)
}

/// No execution of `run` has `marker` (from [`unique_parent_id`]) as its
/// parent: what a write that failed (`after`) must leave behind.
pub(super) async fn check_nothing_under<B: MetadataBackend>(
    backend: &B,
    run: &RunContexts,
    marker: Id,
    after: &str,
) {
    let created = must(
        &format!("child_executions (after {after})"),
        backend.child_executions(run, marker).await,
    );
    assert!(
        created.is_empty(),
        "{after} leaves no execution behind, got {created:?}"
    );
}

#[track_caller]
pub(super) fn check_context(context: &mlmd::Context, type_name: &str, name: &str) {
    assert!(context.id.is_some(), "context {name} has an id");
    assert!(context.type_id.is_some(), "context {name} has a type id");
    assert_eq!(
        context.r#type.as_deref(),
        Some(type_name),
        "context {name} has its type name"
    );
    assert_eq!(
        context.name.as_deref(),
        Some(name),
        "the context has its name"
    );
    assert!(
        context.create_time_since_epoch.unwrap_or_default() > 0,
        "context {name} has a creation time"
    );
}

#[track_caller]
pub(super) fn check_execution(
    execution: &mlmd::Execution,
    type_name: &str,
    state: State,
    custom_properties: &Properties,
) {
    let id = id_of(execution);
    assert!(execution.type_id.is_some(), "execution {id} has a type id");
    assert_eq!(
        execution.r#type.as_deref(),
        Some(type_name),
        "execution {id} has its type name"
    );
    assert_eq!(
        execution.last_known_state,
        Some(state as i32),
        "execution {id} is {}",
        state.as_str_name()
    );
    assert_eq!(
        &execution.custom_properties, custom_properties,
        "execution {id} has exactly these custom properties"
    );
    let created = execution.create_time_since_epoch.unwrap_or_default();
    assert!(created > 0, "execution {id} has a creation time");
    assert!(
        execution.last_update_time_since_epoch.unwrap_or_default() >= created,
        "execution {id} was last updated at or after its creation"
    );
}

#[track_caller]
pub(super) fn check_artifact(
    artifact: &mlmd::Artifact,
    type_name: &str,
    uri: &str,
    custom_properties: &Properties,
) {
    let id = id_of(artifact);
    assert!(artifact.type_id.is_some(), "artifact {id} has a type id");
    assert_eq!(
        artifact.r#type.as_deref(),
        Some(type_name),
        "artifact {id} has its type name"
    );
    assert_eq!(
        artifact.uri.as_deref(),
        Some(uri),
        "artifact {id} has its uri"
    );
    assert_eq!(
        artifact.state,
        Some(artifact::State::Live as i32),
        "artifact {id} is LIVE"
    );
    assert!(artifact.name.is_none(), "artifact {id} has no name (§4.4)");
    assert_eq!(
        &artifact.custom_properties, custom_properties,
        "artifact {id} has exactly these custom properties"
    );
    assert!(
        artifact.create_time_since_epoch.unwrap_or_default() > 0,
        "artifact {id} has a creation time"
    );
}
