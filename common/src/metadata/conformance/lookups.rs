//! Checks of the queries the driver makes to decide what to run: a DAG's
//! children, a task's latest execution (retries), a cache hit.

use kfp_proto::ml_metadata::{self as mlmd, execution::State};

use super::fixtures::{
    check_execution, create, id_of, must, new_dag, new_run, new_task, props, unique,
};
use crate::metadata::{keys, types, value, Id, MetadataBackend, Properties, RunContexts};

register![
    child_executions_filter_by_parent_and_run,
    latest_task_execution_across_runs,
    cached_execution_is_scoped,
];

/// `child_executions`: the run's executions whose `parent_dag_id` int equals
/// the id; not grandchildren, not another run's executions with the same
/// parent id, not a string-valued `parent_dag_id`.
async fn child_executions_filter_by_parent_and_run<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let other_run = must(
        "get_or_create_run (other run)",
        backend
            .get_or_create_run(
                run.pipeline.name.as_deref().unwrap_or_default(),
                &unique("run"),
                Properties::new(),
            )
            .await,
    );
    let root = new_dag(backend, &run, State::Running, Properties::new()).await;
    let root_id = id_of(&root);
    let child = |parent: mlmd::Value| props([(keys::PARENT_DAG_ID, parent)]);
    let c1 = new_dag(backend, &run, State::Running, child(value::int(root_id))).await;
    let c2 = new_task(backend, &run, State::Complete, child(value::int(root_id))).await;
    let grandchild = new_task(backend, &run, State::Running, child(value::int(id_of(&c1)))).await;
    let _string_parent = new_task(
        backend,
        &run,
        State::Running,
        child(value::string(root_id.to_string())),
    )
    .await;
    let elsewhere = new_task(
        backend,
        &other_run,
        State::Running,
        child(value::int(root_id)),
    )
    .await;

    let children = |run: RunContexts, parent: Id| async move {
        let mut got: Vec<_> = must(
            "child_executions",
            backend.child_executions(&run, parent).await,
        )
        .iter()
        .map(id_of)
        .collect();
        got.sort_unstable();
        got
    };
    assert_eq!(
        children(run.clone(), root_id).await,
        vec![id_of(&c1), id_of(&c2)],
        "the root's children in its run: int parent_dag_id only, no grandchildren"
    );
    assert_eq!(
        children(run.clone(), id_of(&c1)).await,
        vec![id_of(&grandchild)],
        "a DAG's children"
    );
    assert_eq!(
        children(other_run.clone(), root_id).await,
        vec![id_of(&elsewhere)],
        "another run's children are its own"
    );
    assert!(
        children(run.clone(), id_of(&c2)).await.is_empty(),
        "a container execution has no children"
    );
    let listed = must(
        "child_executions",
        backend.child_executions(&run, id_of(&c1)).await,
    );
    check_execution(
        &listed[0],
        types::CONTAINER_EXECUTION,
        State::Running,
        &child(value::int(id_of(&c1))),
    );
}

/// `latest_task_execution`: over all runs of a pipeline, the highest id among
/// the executions of that task whose state is one of the states asked.
async fn latest_task_execution_across_runs<B: MetadataBackend>(backend: &B) {
    let pipeline = unique("pipeline");
    let other_pipeline = unique("pipeline");
    let run = |pipeline: String| async move {
        must(
            "get_or_create_run",
            backend
                .get_or_create_run(&pipeline, &unique("run"), Properties::new())
                .await,
        )
    };
    let run1 = run(pipeline.clone()).await;
    let run2 = run(pipeline.clone()).await;
    let other = run(other_pipeline.clone()).await;
    let task = |name: &str| props([(keys::TASK_NAME, value::string(name))]);
    let container = types::CONTAINER_EXECUTION;

    // An older COMPLETE train: not the latest.
    let _t1 = create(backend, &run1, container, State::Complete, task("train")).await;
    let t2 = create(backend, &run1, container, State::Failed, task("train")).await;
    let t4 = create(backend, &run2, container, State::Running, task("train")).await;
    // Created RUNNING after t4, then published COMPLETE: the lookup sees the
    // current state, so t3 is the latest COMPLETE and no longer a RUNNING one.
    let t3 = create(backend, &run2, container, State::Running, task("train")).await;
    let mut t3_done = t3.clone();
    t3_done.last_known_state = Some(State::Complete as i32);
    must(
        "publish_execution",
        backend.publish_execution(&run2, &t3_done, &[]).await,
    );
    let t5 = create(backend, &run2, container, State::Cached, task("train")).await;
    let e1 = create(backend, &run2, container, State::Complete, task("eval")).await;
    let o1 = create(backend, &other, container, State::Complete, task("train")).await;

    let latest = |pipeline: String, task: &'static str, states: Vec<State>| async move {
        must(
            "latest_task_execution",
            backend
                .latest_task_execution(&pipeline, task, &states)
                .await,
        )
        .map(|e| id_of(&e))
    };
    let p = || pipeline.clone();
    assert_eq!(
        latest(p(), "train", vec![State::Complete]).await,
        Some(id_of(&t3)),
        "the latest COMPLETE train across runs, ignoring other pipelines"
    );
    assert_eq!(
        latest(p(), "train", vec![State::Complete, State::Cached]).await,
        Some(id_of(&t5)),
        "COMPLETE or CACHED"
    );
    assert_eq!(
        latest(p(), "train", vec![State::Failed]).await,
        Some(id_of(&t2)),
        "FAILED"
    );
    assert_eq!(
        latest(p(), "train", vec![State::Running]).await,
        Some(id_of(&t4)),
        "RUNNING: a published execution no longer matches its old state"
    );
    assert_eq!(
        latest(p(), "eval", vec![State::Complete]).await,
        Some(id_of(&e1)),
        "another task"
    );
    assert_eq!(
        latest(p(), "missing", vec![State::Complete]).await,
        None,
        "an unknown task"
    );
    assert_eq!(
        latest(p(), "train", vec![State::Canceled]).await,
        None,
        "no execution in that state"
    );
    assert_eq!(latest(p(), "train", vec![]).await, None, "no states asked");
    assert_eq!(
        latest(unique("pipeline"), "train", vec![State::Complete]).await,
        None,
        "an unknown pipeline"
    );
    let found = must(
        "latest_task_execution",
        backend
            .latest_task_execution(&other_pipeline, "train", &[State::Complete])
            .await,
    );
    let found = found.unwrap_or_else(|| panic!("the other pipeline's train is found"));
    assert_eq!(found.id, o1.id, "the other pipeline's own execution");
    check_execution(&found, container, State::Complete, &task("train"));
}

/// `cached_execution`: the newest COMPLETE execution of the pipeline (any
/// run) with the fingerprint and namespace; other namespaces, states,
/// fingerprints and pipelines do not match.
async fn cached_execution_is_scoped<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let fingerprint = unique("fp");
    let with = |namespace: &str, fp: &str| {
        props([
            (keys::CACHE_FINGERPRINT, value::string(fp)),
            (keys::NAMESPACE, value::string(namespace)),
        ])
    };
    // Entries in creation order: only the second should be found.
    let entries = [
        (State::Complete, "ns", fingerprint.as_str()),
        (State::Complete, "ns", fingerprint.as_str()),
        (State::Failed, "ns", fingerprint.as_str()),
        (State::Complete, "other", fingerprint.as_str()),
        (State::Complete, "ns", "another"),
    ];
    let mut created = Vec::new();
    for (state, namespace, fp) in entries {
        created.push(new_task(backend, &run, state, with(namespace, fp)).await);
    }
    let (older, newer) = (&created[0], &created[1]);
    assert!(id_of(newer) > id_of(older));
    let found = must(
        "cached_execution",
        backend.cached_execution(&run, "ns", &fingerprint).await,
    );
    assert_eq!(
        found.and_then(|e| e.id),
        newer.id,
        "the newest COMPLETE entry"
    );
    // Another run of the same pipeline sees it too.
    let again = must(
        "get_or_create_run (second run)",
        backend
            .get_or_create_run(
                run.pipeline.name.as_deref().unwrap_or_default(),
                &unique("run"),
                Properties::new(),
            )
            .await,
    );
    let found = must(
        "cached_execution (other run)",
        backend.cached_execution(&again, "ns", &fingerprint).await,
    );
    assert_eq!(
        found.and_then(|e| e.id),
        newer.id,
        "entries are per pipeline"
    );
    for (namespace, fp) in [("nobody", fingerprint.as_str()), ("ns", "missing")] {
        let none = must(
            "cached_execution (no match)",
            backend.cached_execution(&run, namespace, fp).await,
        );
        assert!(none.is_none(), "{namespace}/{fp} matches nothing");
    }
    let other_pipeline = new_run(backend).await;
    let none = must(
        "cached_execution (other pipeline)",
        backend
            .cached_execution(&other_pipeline, "ns", &fingerprint)
            .await,
    );
    assert!(none.is_none(), "another pipeline's entries are not seen");
}
