//! Close-out against the real MLMD engine: executions whose pods died are
//! closed FAILED with the pod's fate, live ones are left to their
//! launchers, and DAG states follow. Run under `make test` (with-mlmd.sh);
//! without `KFP_MLMD_*` the test skips loudly, or fails under
//! `KFP_REQUIRE_SERVICES=1`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{collections::HashMap, sync::Mutex};

use kfp_common::{
    metadata::{
        grpc::MlmdStore, keys, types, value, MetadataBackend, NewExecution, Properties, RunContexts,
    },
    proto::ml_metadata::{self as mlmd, execution::State},
};
use kfp_publisher::closeout::{close_out, Options, PodFate, Pods};

#[derive(Default)]
struct FakePods(Mutex<HashMap<String, PodFate>>);

impl Pods for FakePods {
    async fn fate(&self, name: &str) -> Result<PodFate, String> {
        Ok(self
            .0
            .lock()
            .unwrap()
            .get(name)
            .cloned()
            .unwrap_or(PodFate::Gone))
    }
}

/// A new run of pipeline `closeout`.
async fn new_run(store: &MlmdStore) -> RunContexts {
    let run_id = uuid::Uuid::new_v4().to_string();
    store
        .get_or_create_run("closeout", &run_id, Properties::new())
        .await
        .unwrap()
}

fn execution(type_name: &str, state: State, p: Properties) -> NewExecution {
    NewExecution {
        type_name: type_name.to_owned(),
        state: Some(state),
        custom_properties: p,
        ..Default::default()
    }
}

fn props(entries: &[(&str, mlmd::Value)]) -> Properties {
    entries
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

#[tokio::test]
async fn dead_pods_are_closed_and_dags_follow() {
    let Some(store) = kfp_common::test_util::mlmd_store().await else {
        return;
    };
    let run = new_run(&store).await;
    let create = |type_name: &str, p: Properties| {
        store.create_execution(&run, execution(type_name, State::Running, p))
    };
    let root = create(types::DAG_EXECUTION, Properties::new())
        .await
        .unwrap();
    let dag = create(
        types::DAG_EXECUTION,
        props(&[
            (keys::PARENT_DAG_ID, value::int(root.id.unwrap())),
            (keys::TOTAL_DAG_TASKS, value::int(3)),
        ]),
    )
    .await
    .unwrap();
    let task = |name: &'static str, pod: &'static str| {
        create(
            types::CONTAINER_EXECUTION,
            props(&[
                (keys::TASK_NAME, value::string(name)),
                (keys::PARENT_DAG_ID, value::int(dag.id.unwrap())),
                (keys::POD_NAME, value::string(pod)),
            ]),
        )
    };
    let gone = task("gone", "gone-pod").await.unwrap();
    let alive = task("alive", "alive-pod").await.unwrap();
    let unstarted = task("unstarted", "").await.unwrap();
    let pods = FakePods::default();
    pods.0
        .lock()
        .unwrap()
        .insert("alive-pod".into(), PodFate::Alive);

    let closed = close_out(&store, &pods, &run, &Options::default())
        .await
        .unwrap();
    assert_eq!(
        closed.iter().map(|c| c.execution_id).collect::<Vec<_>>(),
        vec![gone.id.unwrap()],
        "only the execution whose pod is gone: {closed:?}"
    );
    let get = |e: &mlmd::Execution| {
        let id = e.id.unwrap();
        let store = &store;
        async move { store.get_executions(&[id]).await.unwrap().remove(0) }
    };
    let g = get(&gone).await;
    assert_eq!(g.last_known_state, Some(State::Failed as i32));
    assert_eq!(
        g.custom_properties.get("error").and_then(value::as_str),
        Some("closed out: pod gone-pod no longer exists")
    );
    assert_eq!(
        g.custom_properties.get(keys::TASK_NAME),
        gone.custom_properties.get(keys::TASK_NAME),
        "other properties kept"
    );
    assert_eq!(
        get(&alive).await.last_known_state,
        Some(State::Running as i32)
    );
    assert_eq!(
        get(&unstarted).await.last_known_state,
        Some(State::Running as i32)
    );
    assert_eq!(
        get(&dag).await.last_known_state,
        Some(State::Failed as i32),
        "a failed child fails the DAG"
    );

    // The live pod is OOM-killed later; the run is then over.
    pods.0.lock().unwrap().insert(
        "alive-pod".into(),
        PodFate::Ended {
            phase: "Failed".into(),
            reason: "OOMKilled".into(),
            exit_code: Some(137),
        },
    );
    let options = Options {
        include_unstarted: true,
        ..Default::default()
    };
    let closed = close_out(&store, &pods, &run, &options).await.unwrap();
    let mut ids: Vec<_> = closed.iter().map(|c| c.execution_id).collect();
    ids.sort();
    assert_eq!(ids, vec![alive.id.unwrap(), unstarted.id.unwrap()]);
    let a = get(&alive).await;
    assert_eq!(
        a.custom_properties.get("error").and_then(value::as_str),
        Some("closed out: pod alive-pod ended (Failed, OOMKilled, exit code 137)")
    );
    assert_eq!(
        a.custom_properties.get("exit_code").and_then(value::as_int),
        Some(137)
    );
    assert_eq!(
        get(&root).await.last_known_state,
        Some(State::Running as i32),
        "root untouched"
    );

    // Nothing left to close: a second pass is a no-op.
    let again = close_out(&store, &pods, &run, &options).await.unwrap();
    assert!(again.is_empty(), "{again:?}");
}

/// A launcher killed between its publish and the DAG's write leaves a DAG
/// whose children all ended; a driver that failed before creating its
/// task's execution leaves one that can never end. Close-out settles the
/// first from its children, and closes the second once the run is over
/// (found by the reliability matrix, e2e/chaos).
#[tokio::test]
async fn dags_left_running_are_settled() {
    let Some(store) = kfp_common::test_util::mlmd_store().await else {
        return;
    };
    let run = new_run(&store).await;
    let create = |type_name: &str, state: State, p: Properties| {
        store.create_execution(&run, execution(type_name, state, p))
    };
    let root = create(types::DAG_EXECUTION, State::Running, Properties::new())
        .await
        .unwrap();
    let dag = |name: &'static str| {
        create(
            types::DAG_EXECUTION,
            State::Running,
            props(&[
                (keys::TASK_NAME, value::string(name)),
                (keys::PARENT_DAG_ID, value::int(root.id.unwrap())),
                (keys::TOTAL_DAG_TASKS, value::int(1)),
            ]),
        )
    };
    let finished = dag("finished").await.unwrap();
    let orphaned = dag("orphaned").await.unwrap();
    create(
        types::CONTAINER_EXECUTION,
        State::Complete,
        props(&[
            (keys::TASK_NAME, value::string("done")),
            (keys::PARENT_DAG_ID, value::int(finished.id.unwrap())),
            (keys::POD_NAME, value::string("done-pod")),
        ]),
    )
    .await
    .unwrap();
    let state = |id: i64| {
        let store = &store;
        async move {
            let e = store.get_executions(&[id]).await.unwrap().remove(0);
            let error = e
                .custom_properties
                .get("error")
                .and_then(value::as_str)
                .map(str::to_owned);
            (State::try_from(e.last_known_state.unwrap()).unwrap(), error)
        }
    };

    // While the run may go on, only the DAG whose children ended moves.
    let closed = close_out(&store, &FakePods::default(), &run, &Options::default())
        .await
        .unwrap();
    assert!(closed.is_empty(), "{closed:?}");
    assert_eq!(state(finished.id.unwrap()).await, (State::Complete, None));
    assert_eq!(state(orphaned.id.unwrap()).await.0, State::Running);

    let over = Options {
        include_unstarted: true,
        ..Default::default()
    };
    let closed = close_out(&store, &FakePods::default(), &run, &over)
        .await
        .unwrap();
    assert_eq!(
        closed
            .iter()
            .map(|c| c.task_name.as_str())
            .collect::<Vec<_>>(),
        ["orphaned"]
    );
    assert_eq!(
        state(orphaned.id.unwrap()).await,
        (
            State::Failed,
            Some("closed out: the run ended before this DAG's tasks did".into())
        )
    );
    assert_eq!(
        state(root.id.unwrap()).await.0,
        State::Running,
        "the root DAG is the API server's"
    );
    let again = close_out(&store, &FakePods::default(), &run, &over)
        .await
        .unwrap();
    assert!(again.is_empty(), "{again:?}");
}
