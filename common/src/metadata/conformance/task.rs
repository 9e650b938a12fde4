//! Checks of the operations a task's pod uses: open an execution by id,
//! publish it with new artifacts (repeatably), read a DAG with its children
//! and propagate states.

use kfp_proto::ml_metadata::{artifact, execution::State};

use super::fixtures::{
    create, fetch, id_of, links_of, must, new_artifact, new_dag, new_run, new_task, props, unique,
};
use crate::metadata::{
    dag, keys, types, value, Direction, MetadataBackend, MetadataError, NewArtifact, Properties,
    PublishedArtifact,
};

register![
    open_execution_finds_its_run,
    publish_creates_artifacts_once,
    dag_state_propagates,
];

/// `open_execution`: the execution and the very contexts of its run.
async fn open_execution_finds_its_run<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let execution = new_task(
        backend,
        &run,
        State::Running,
        props([(keys::TASK_NAME, value::string("train"))]),
    )
    .await;
    let (got, got_run) = must(
        "open_execution",
        backend.open_execution(id_of(&execution)).await,
    );
    assert_eq!(
        got.id, execution.id,
        "open_execution: the execution asked for"
    );
    assert_eq!(
        got.type_id, execution.type_id,
        "open_execution: its type id"
    );
    assert_eq!(
        got.custom_properties, execution.custom_properties,
        "open_execution: its custom properties"
    );
    assert_eq!(
        got_run.pipeline.id, run.pipeline.id,
        "open_execution: pipeline context"
    );
    assert_eq!(got_run.run.id, run.run.id, "open_execution: run context");
    assert!(
        got_run.pipeline.type_id.is_some() && got_run.run.type_id.is_some(),
        "open_execution: contexts carry type ids (PutExecution needs them)"
    );
    let missing = backend.open_execution(super::MISSING_ID).await;
    assert!(
        matches!(missing, Err(MetadataError::ExecutionNotFound { .. })),
        "open_execution of an unknown id: ExecutionNotFound, got {missing:?}"
    );
}

/// `publish`: new artifacts are created LIVE with their events; a repeat
/// (an answer lost, an Argo retry of the same outputs) creates nothing new.
async fn publish_creates_artifacts_once<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let execution = new_task(backend, &run, State::Running, Properties::new()).await;
    let recorded = new_artifact(backend, "system.Artifact").await;
    let uri = format!("minio://mlpipeline/v2/artifacts/{}", unique("model"));
    let custom = props([(keys::DISPLAY_NAME, value::string("model"))]);
    let outputs = vec![
        (
            "model".to_owned(),
            PublishedArtifact::New(NewArtifact {
                type_name: "system.Model".to_owned(),
                uri: uri.clone(),
                custom_properties: custom.clone(),
            }),
        ),
        (
            "executor-logs".to_owned(),
            PublishedArtifact::Recorded(id_of(&recorded)),
        ),
    ];
    let mut done = execution.clone();
    done.last_known_state = Some(State::Complete as i32);
    done.custom_properties = props([(keys::OUTPUTS, value::string("x"))]);
    let ids = must("publish", backend.publish(&run, &done, &outputs).await);
    assert_eq!(ids.len(), 2, "publish: one id per output");
    assert_eq!(
        ids[1],
        id_of(&recorded),
        "publish: a recorded artifact keeps its id"
    );
    let again = must(
        "publish (repeat)",
        backend.publish(&run, &done, &outputs).await,
    );
    assert_eq!(
        again, ids,
        "publish repeated: the same artifacts, none created twice"
    );

    let stored = fetch(backend, &execution).await;
    assert_eq!(
        stored.last_known_state,
        Some(State::Complete as i32),
        "publish: state"
    );
    assert_eq!(
        stored.custom_properties, done.custom_properties,
        "publish: properties"
    );
    let linked = links_of(backend, &execution, Direction::Output).await;
    let mut keys: Vec<(String, i64)> = linked
        .iter()
        .map(|l| (l.key.clone(), id_of(&l.artifact)))
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        vec![
            ("executor-logs".to_owned(), ids[1]),
            ("model".to_owned(), ids[0])
        ],
        "publish: one OUTPUT event per output, named after it"
    );
    let model = linked
        .iter()
        .find(|l| l.key == "model")
        .map(|l| l.artifact.clone())
        .unwrap_or_default();
    assert_eq!(model.uri.as_deref(), Some(uri.as_str()), "new artifact uri");
    assert_eq!(
        model.state,
        Some(artifact::State::Live as i32),
        "new artifact is LIVE"
    );
    assert_eq!(model.custom_properties, custom, "new artifact properties");
}

/// `dag_with_children` and `dag::propagate`: a failed child fails its DAG,
/// the change climbs until the root, which is never updated.
async fn dag_state_propagates<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let root = new_dag(backend, &run, State::Running, Properties::new()).await;
    let dag_exec = create(
        backend,
        &run,
        types::DAG_EXECUTION,
        State::Running,
        props([
            (keys::PARENT_DAG_ID, value::int(id_of(&root))),
            (keys::TOTAL_DAG_TASKS, value::int(2)),
        ]),
    )
    .await;
    let child = |state| {
        create(
            backend,
            &run,
            types::CONTAINER_EXECUTION,
            state,
            props([(keys::PARENT_DAG_ID, value::int(id_of(&dag_exec)))]),
        )
    };
    let done = child(State::Complete).await;
    let running = child(State::Running).await;
    let (got, kids) = must(
        "dag_with_children",
        backend.dag_with_children(&run, id_of(&dag_exec)).await,
    );
    assert_eq!(got.id, dag_exec.id, "dag_with_children: the DAG");
    let mut kid_ids: Vec<_> = kids.iter().map(id_of).collect();
    kid_ids.sort();
    assert_eq!(
        kid_ids,
        vec![id_of(&done), id_of(&running)],
        "dag_with_children: its children"
    );

    let none = must(
        "propagate",
        dag::propagate(backend, &run, id_of(&dag_exec)).await,
    );
    assert!(
        none.is_empty(),
        "a DAG with a running child is left alone: {none:?}"
    );
    let dag_id = id_of(&dag_exec);
    let unless = must(
        "dag_unless_running",
        backend.dag_unless_running(&run, dag_id).await,
    );
    assert!(
        unless.is_none(),
        "a running child stops the read: {unless:?}"
    );
    let quick = must(
        "propagate_after",
        dag::propagate_after(backend, &run, dag_id, State::Complete).await,
    );
    assert!(
        quick.is_empty(),
        "after a completed child, a running sibling leaves the DAG alone: {quick:?}"
    );

    let mut failed = running.clone();
    failed.last_known_state = Some(State::Failed as i32);
    must("update_execution", backend.update_execution(&failed).await);
    let changed = must(
        "propagate",
        dag::propagate(backend, &run, id_of(&dag_exec)).await,
    );
    assert_eq!(
        changed,
        vec![(id_of(&dag_exec), State::Failed)],
        "DAG failed, root untouched"
    );
    let stored = fetch(backend, &dag_exec).await;
    assert_eq!(
        stored.last_known_state,
        Some(State::Failed as i32),
        "stored DAG state"
    );
    assert_eq!(
        stored.custom_properties, dag_exec.custom_properties,
        "propagation keeps the DAG's properties"
    );
    let root_now = fetch(backend, &root).await;
    assert_eq!(
        root_now.last_known_state,
        Some(State::Running as i32),
        "root stays RUNNING"
    );
}
