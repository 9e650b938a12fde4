//! One suite every [`super::MetadataBackend`] passes.
//!
//! Each check creates its own pipeline and run names (a fresh UUID per call),
//! so the suite can run any number of times against one store, including a
//! real MLMD engine shared with other tests. The checks only use the trait:
//! what they assert is what driver, launcher and publisher rely on.
//!
//! Failures panic with a message naming the check and what differed.

use kfp_proto::ml_metadata::{self as mlmd, artifact, execution::State};

use super::{
    keys, types, value, Direction, Id, LinkedArtifact, MetadataBackend, MetadataError, NewArtifact,
    NewExecution, Properties, RunContexts,
};

mod importer;
mod lineage;
mod task;
pub use importer::reusable_artifact_matches_exactly;
pub use lineage::{
    artifact_events_and_runs_span_runs, artifacts_by_uri_finds_every_record,
    parameter_producers_read_back,
};
pub use task::{
    dag_state_propagates, open_execution_finds_its_run, publish_creates_artifacts_once,
};

/// An id no backend hands out in a test store (ids count up from 1).
pub const MISSING_ID: Id = i64::MAX - 1;

/// Run every check.
pub async fn run_all<B: MetadataBackend>(backend: &B) {
    run_contexts_are_idempotent(backend).await;
    named_executions_are_idempotent(backend).await;
    get_executions_keeps_order(backend).await;
    record_artifact_is_live(backend).await;
    input_events_keep_order(backend).await;
    duplicate_input_artifact_is_refused(backend).await;
    update_replaces_custom_properties(backend).await;
    publish_is_idempotent(backend).await;
    child_executions_filter_by_parent_and_run(backend).await;
    latest_task_execution_across_runs(backend).await;
    linked_artifacts_filter_direction_and_keep_order(backend).await;
    cached_execution_is_scoped(backend).await;
    unknown_ids_are_errors(backend).await;
    open_execution_finds_its_run(backend).await;
    publish_creates_artifacts_once(backend).await;
    dag_state_propagates(backend).await;
    reusable_artifact_matches_exactly(backend).await;
    artifacts_by_uri_finds_every_record(backend).await;
    artifact_events_and_runs_span_runs(backend).await;
    parameter_producers_read_back(backend).await;
}

/// `get_or_create_run`: contexts of the right types and names, properties from
/// the first creation only, the same ids on every later call, one pipeline
/// context shared by the runs of a pipeline; `get_run` finds them.
pub async fn run_contexts_are_idempotent<B: MetadataBackend>(backend: &B) {
    let pipeline = unique("pipeline");
    let run_id = unique("run");
    let first_props = props([
        (keys::NAMESPACE, value::string("kubeflow")),
        (keys::RESOURCE_NAME, value::string("run-resource")),
        (
            keys::PIPELINE_ROOT,
            value::string(format!(
                "minio://mlpipeline/v2/artifacts/{pipeline}/{run_id}"
            )),
        ),
        (
            keys::STORE_SESSION_INFO,
            value::string(r#"{"Provider":"minio"}"#),
        ),
    ]);
    let first = must(
        "get_or_create_run (first)",
        backend
            .get_or_create_run(&pipeline, &run_id, first_props.clone())
            .await,
    );
    check_context(&first.pipeline, types::PIPELINE, &pipeline);
    check_context(&first.run, types::PIPELINE_RUN, &run_id);
    assert!(
        first.pipeline.custom_properties.is_empty(),
        "the pipeline context has no custom properties, got {:?}",
        first.pipeline.custom_properties
    );
    assert_eq!(
        first.run.custom_properties, first_props,
        "the run context carries the properties given at creation"
    );

    for later_props in [
        props([(keys::NAMESPACE, value::string("other"))]),
        Properties::new(),
    ] {
        let again = must(
            "get_or_create_run (again)",
            backend
                .get_or_create_run(&pipeline, &run_id, later_props)
                .await,
        );
        assert_eq!(
            ids(&again),
            ids(&first),
            "get_or_create_run returns the same contexts again"
        );
        assert_eq!(
            again.run.custom_properties, first_props,
            "a later get_or_create_run leaves the first run properties unchanged"
        );
    }

    let found = must("get_run", backend.get_run(&pipeline, &run_id).await);
    let found = found.unwrap_or_else(|| panic!("get_run finds run {run_id} of {pipeline}"));
    assert_eq!(
        ids(&found),
        ids(&first),
        "get_run finds the created contexts"
    );
    assert_eq!(
        found.run.custom_properties, first_props,
        "get_run returns the run properties"
    );
    check_context(&found.run, types::PIPELINE_RUN, &run_id);

    let missing = must(
        "get_run (unknown run)",
        backend.get_run(&pipeline, &unique("run")).await,
    );
    assert!(missing.is_none(), "get_run of an unknown run is None");
    let missing = must(
        "get_run (unknown pipeline)",
        backend.get_run(&unique("pipeline"), &run_id).await,
    );
    assert!(
        missing.is_none(),
        "get_run under an unknown pipeline is None"
    );

    let second = must(
        "get_or_create_run (second run)",
        backend
            .get_or_create_run(&pipeline, &unique("run"), Properties::new())
            .await,
    );
    assert_eq!(
        second.pipeline.id, first.pipeline.id,
        "runs of one pipeline share its context"
    );
    assert_ne!(second.run.id, first.run.id, "each run has its own context");
    assert_eq!(
        second.run.type_id, first.run.type_id,
        "run contexts share one type"
    );
}

/// A named execution (the root DAG's `run/<run_id>`) is created once; creating
/// it again returns it unchanged (Argo retry of the root driver). Names are
/// unique per type; unnamed executions are always new.
pub async fn named_executions_are_idempotent<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let name = format!("run/{}", run_name(&run));
    let inputs = pbjson_types::Struct {
        fields: [(
            "message".to_owned(),
            pbjson_types::Value::from("hello".to_owned()),
        )]
        .into(),
    };
    let first_props = props([
        (keys::DISPLAY_NAME, value::string("")),
        (keys::TASK_NAME, value::string("")),
        (keys::INPUTS, value::structure(inputs)),
    ]);
    let first = must(
        "create_execution (named)",
        backend
            .create_execution(
                &run,
                NewExecution {
                    type_name: types::DAG_EXECUTION.to_owned(),
                    name: Some(name.clone()),
                    state: Some(State::Running),
                    custom_properties: first_props.clone(),
                    inputs: vec![],
                },
            )
            .await,
    );
    check_execution(&first, types::DAG_EXECUTION, State::Running, &first_props);
    assert_eq!(
        first.name.as_deref(),
        Some(name.as_str()),
        "the execution has its name"
    );

    let again = must(
        "create_execution (same name)",
        backend
            .create_execution(
                &run,
                NewExecution {
                    type_name: types::DAG_EXECUTION.to_owned(),
                    name: Some(name.clone()),
                    state: Some(State::Complete),
                    custom_properties: props([(keys::TASK_NAME, value::string("other"))]),
                    inputs: vec![],
                },
            )
            .await,
    );
    assert_eq!(
        again.id, first.id,
        "creating a named execution again returns the existing one"
    );
    check_execution(&again, types::DAG_EXECUTION, State::Running, &first_props);

    let other_type = must(
        "create_execution (same name, other type)",
        backend
            .create_execution(
                &run,
                NewExecution {
                    type_name: types::CONTAINER_EXECUTION.to_owned(),
                    name: Some(name.clone()),
                    state: Some(State::Running),
                    ..Default::default()
                },
            )
            .await,
    );
    assert_ne!(
        other_type.id, first.id,
        "execution names are unique per type only"
    );

    let unnamed = |task: &str| NewExecution {
        type_name: types::CONTAINER_EXECUTION.to_owned(),
        state: Some(State::Running),
        custom_properties: props([(keys::TASK_NAME, value::string(task))]),
        ..Default::default()
    };
    let a = must(
        "create_execution (unnamed)",
        backend.create_execution(&run, unnamed("a")).await,
    );
    let b = must(
        "create_execution (unnamed again)",
        backend.create_execution(&run, unnamed("a")).await,
    );
    assert_ne!(a.id, b.id, "unnamed executions are always new");
    assert!(a.name.is_none(), "an unnamed execution has no name");
}

/// `get_executions` answers in the order asked, with type names.
pub async fn get_executions_keeps_order<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let dag = create(
        backend,
        &run,
        types::DAG_EXECUTION,
        State::Running,
        Properties::new(),
    )
    .await;
    let task_props = props([(keys::TASK_NAME, value::string("t"))]);
    let task = create(
        backend,
        &run,
        types::CONTAINER_EXECUTION,
        State::Complete,
        task_props.clone(),
    )
    .await;
    let got = must(
        "get_executions",
        backend.get_executions(&[id_of(&task), id_of(&dag)]).await,
    );
    assert_eq!(
        got.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![task.id, dag.id],
        "get_executions answers in the order asked"
    );
    check_execution(
        &got[0],
        types::CONTAINER_EXECUTION,
        State::Complete,
        &task_props,
    );
    check_execution(
        &got[1],
        types::DAG_EXECUTION,
        State::Running,
        &Properties::new(),
    );
    assert_ne!(
        got[0].type_id, got[1].type_id,
        "different execution types have different ids"
    );
    let none = must("get_executions (none)", backend.get_executions(&[]).await);
    assert!(none.is_empty(), "get_executions of no ids is empty");
}

/// `record_artifact`: state LIVE, type by name (one id per name), uri and
/// custom properties of every kind KFP writes kept exactly.
pub async fn record_artifact_is_live<B: MetadataBackend>(backend: &B) {
    let confusion = pbjson_types::Struct {
        fields: [(
            "struct".to_owned(),
            pbjson_types::Value::from(pbjson_types::Struct {
                fields: [
                    (
                        "rows".to_owned(),
                        pbjson_types::Value::from(vec![
                            pbjson_types::Value::from(1.5),
                            pbjson_types::Value::from("x".to_owned()),
                            pbjson_types::Value::from(true),
                        ]),
                    ),
                    ("none".to_owned(), pbjson_types::Value::from(())),
                ]
                .into(),
            }),
        )]
        .into(),
    };
    let custom = props([
        (keys::DISPLAY_NAME, value::string("metrics")),
        ("accuracy", value::double(0.875)),
        ("epochs", value::int(-3)),
        ("confusionMatrix", value::structure(confusion)),
        ("unicode", value::string("µ → ✓")),
    ]);
    let uri = format!("minio://mlpipeline/v2/artifacts/{}/metrics", unique("p"));
    let metrics = must(
        "record_artifact",
        backend
            .record_artifact(NewArtifact {
                type_name: "system.Metrics".to_owned(),
                uri: uri.clone(),
                custom_properties: custom.clone(),
            })
            .await,
    );
    check_artifact(&metrics, "system.Metrics", &uri, &custom);
    let other = new_artifact(backend, "system.Metrics").await;
    let dataset = new_artifact(backend, "system.Dataset").await;
    assert_ne!(metrics.id, other.id, "every record is a new artifact");
    assert_eq!(
        metrics.type_id, other.type_id,
        "artifacts of one type name share the type id"
    );
    assert_ne!(
        metrics.type_id, dataset.type_id,
        "different artifact type names have different ids"
    );
}

/// INPUT events, one per `(name, artifact)` in list order: a `dsl.Collected`
/// input repeats its name; readers see the artifact with its type name.
pub async fn input_events_keep_order<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let xs: Vec<_> = new_artifacts(backend, ["system.Dataset"; 3]).await;
    let model = new_artifact(backend, "system.Model").await;
    let inputs = vec![
        ("xs".to_owned(), id_of(&xs[0])),
        ("model".to_owned(), id_of(&model)),
        ("xs".to_owned(), id_of(&xs[1])),
        ("xs".to_owned(), id_of(&xs[2])),
    ];
    let consumer = must(
        "create_execution (with inputs)",
        backend
            .create_execution(
                &run,
                NewExecution {
                    type_name: types::CONTAINER_EXECUTION.to_owned(),
                    state: Some(State::Running),
                    inputs: inputs.clone(),
                    ..Default::default()
                },
            )
            .await,
    );
    let linked = must(
        "linked_artifacts (inputs)",
        backend
            .linked_artifacts(&[id_of(&consumer)], Direction::Input)
            .await,
    );
    assert_eq!(
        keys_and_ids(&linked),
        inputs
            .iter()
            .map(|(k, id)| (id_of(&consumer), k.clone(), *id))
            .collect::<Vec<_>>(),
        "one INPUT event per input, in list order, duplicate names kept"
    );
    for (link, expected) in linked.iter().zip([&xs[0], &model, &xs[1], &xs[2]]) {
        assert_eq!(
            &link.artifact, expected,
            "a linked artifact reads back as recorded (input {:?})",
            link.key
        );
    }
    let outputs = must(
        "linked_artifacts (outputs of a consumer)",
        backend
            .linked_artifacts(&[id_of(&consumer)], Direction::Output)
            .await,
    );
    assert!(
        outputs.is_empty(),
        "an unpublished execution has no OUTPUT events, got {outputs:?}"
    );
}

/// MLMD keeps one event per (artifact, execution, type) and refuses a second:
/// an input list naming one artifact twice fails, and creates nothing.
pub async fn duplicate_input_artifact_is_refused<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let artifact = new_artifact(backend, "system.Dataset").await;
    let marker = unique_parent_id(backend, &run).await;
    let result = backend
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.to_owned(),
                state: Some(State::Running),
                custom_properties: props([(keys::PARENT_DAG_ID, value::int(marker))]),
                inputs: vec![
                    ("a".to_owned(), id_of(&artifact)),
                    ("b".to_owned(), id_of(&artifact)),
                ],
                ..Default::default()
            },
        )
        .await;
    assert!(
        result.is_err(),
        "the same artifact twice in one execution's inputs is an error, got {result:?}"
    );
    let created = must(
        "child_executions (after refused create)",
        backend.child_executions(&run, marker).await,
    );
    assert!(
        created.is_empty(),
        "a refused create_execution leaves no execution behind, got {created:?}"
    );
}

/// `update_execution` replaces the state and the whole custom property map
/// (MLMD without an update mask): removed keys are gone.
pub async fn update_replaces_custom_properties<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let created = create(
        backend,
        &run,
        types::CONTAINER_EXECUTION,
        State::Running,
        props([
            (keys::TASK_NAME, value::string("train")),
            (keys::POD_NAME, value::string("")),
            (keys::CACHE_FINGERPRINT, value::string("abc")),
        ]),
    )
    .await;
    let mut updated = created.clone();
    updated.custom_properties = props([
        (keys::TASK_NAME, value::string("train")),
        (keys::POD_NAME, value::string("train-pod-1")),
        (keys::POD_UID, value::string("uid-1")),
        ("score", value::double(0.5)),
    ]);
    must("update_execution", backend.update_execution(&updated).await);
    let got = fetch(backend, &created).await;
    check_execution(
        &got,
        types::CONTAINER_EXECUTION,
        State::Running,
        &updated.custom_properties,
    );
    assert_eq!(got.name, created.name, "update keeps the name");

    updated.last_known_state = Some(State::Failed as i32);
    updated.custom_properties = Properties::new();
    must(
        "update_execution (state, no properties)",
        backend.update_execution(&updated).await,
    );
    let got = fetch(backend, &created).await;
    check_execution(
        &got,
        types::CONTAINER_EXECUTION,
        State::Failed,
        &Properties::new(),
    );
}

/// `publish_execution` writes state and properties, one OUTPUT event per
/// output and is idempotent: publishing again (an Argo retry) adds nothing.
/// A cache hit publishes a new execution with the original artifacts.
pub async fn publish_is_idempotent<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let task = create(
        backend,
        &run,
        types::CONTAINER_EXECUTION,
        State::Running,
        props([(keys::TASK_NAME, value::string("train"))]),
    )
    .await;
    let model = new_artifact(backend, "system.Model").await;
    let metrics = new_artifact(backend, "system.Metrics").await;
    let outputs = vec![
        ("model".to_owned(), id_of(&model)),
        ("metrics".to_owned(), id_of(&metrics)),
    ];
    let mut done = task.clone();
    done.last_known_state = Some(State::Complete as i32);
    done.custom_properties.insert(
        keys::OUTPUTS.to_owned(),
        value::structure(pbjson_types::Struct {
            fields: [("Output".to_owned(), pbjson_types::Value::from(3.0))].into(),
        }),
    );
    for attempt in ["publish_execution", "publish_execution (again)"] {
        must(
            attempt,
            backend.publish_execution(&run, &done, &outputs).await,
        );
        let got = fetch(backend, &task).await;
        check_execution(
            &got,
            types::CONTAINER_EXECUTION,
            State::Complete,
            &done.custom_properties,
        );
        let linked = must(
            "linked_artifacts (outputs)",
            backend
                .linked_artifacts(&[id_of(&task)], Direction::Output)
                .await,
        );
        assert_eq!(
            keys_and_ids(&linked),
            outputs
                .iter()
                .map(|(k, id)| (id_of(&task), k.clone(), *id))
                .collect::<Vec<_>>(),
            "after {attempt}: exactly one OUTPUT event per output, in order"
        );
        assert_eq!(
            linked[0].artifact, model,
            "an output reads back as recorded"
        );
    }

    // The cache-hit path: a new execution published CACHED with old artifacts.
    let hit = create(
        backend,
        &run,
        types::CONTAINER_EXECUTION,
        State::Running,
        props([(keys::TASK_NAME, value::string("train"))]),
    )
    .await;
    let mut cached = hit.clone();
    cached.last_known_state = Some(State::Cached as i32);
    cached.custom_properties.insert(
        keys::CACHED_EXECUTION_ID.to_owned(),
        value::string(id_of(&task).to_string()),
    );
    must(
        "publish_execution (cached)",
        backend
            .publish_execution(&run, &cached, &outputs[..1])
            .await,
    );
    let linked = must(
        "linked_artifacts (cached outputs)",
        backend
            .linked_artifacts(&[id_of(&hit)], Direction::Output)
            .await,
    );
    assert_eq!(
        keys_and_ids(&linked),
        vec![(id_of(&hit), "model".to_owned(), id_of(&model))],
        "a cached execution points at the original artifact"
    );
    let got = fetch(backend, &hit).await;
    check_execution(
        &got,
        types::CONTAINER_EXECUTION,
        State::Cached,
        &cached.custom_properties,
    );
}

/// `child_executions`: the run's executions whose `parent_dag_id` int equals
/// the id; not grandchildren, not another run's executions with the same
/// parent id, not a string-valued `parent_dag_id`.
pub async fn child_executions_filter_by_parent_and_run<B: MetadataBackend>(backend: &B) {
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
    let root = create(
        backend,
        &run,
        types::DAG_EXECUTION,
        State::Running,
        Properties::new(),
    )
    .await;
    let root_id = id_of(&root);
    let child = |parent: mlmd::Value| props([(keys::PARENT_DAG_ID, parent)]);
    let c1 = create(
        backend,
        &run,
        types::DAG_EXECUTION,
        State::Running,
        child(value::int(root_id)),
    )
    .await;
    let c2 = create(
        backend,
        &run,
        types::CONTAINER_EXECUTION,
        State::Complete,
        child(value::int(root_id)),
    )
    .await;
    let grandchild = create(
        backend,
        &run,
        types::CONTAINER_EXECUTION,
        State::Running,
        child(value::int(id_of(&c1))),
    )
    .await;
    let _string_parent = create(
        backend,
        &run,
        types::CONTAINER_EXECUTION,
        State::Running,
        child(value::string(root_id.to_string())),
    )
    .await;
    let elsewhere = create(
        backend,
        &other_run,
        types::CONTAINER_EXECUTION,
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
pub async fn latest_task_execution_across_runs<B: MetadataBackend>(backend: &B) {
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

/// `linked_artifacts`: events of one direction only, in event order, with
/// `steps[0].key` as the artifact's name within each execution.
pub async fn linked_artifacts_filter_direction_and_keep_order<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let (producer, model, metrics) = model_producer(backend, &run).await;
    let consume = |inputs: Vec<(&str, Id)>| NewExecution {
        type_name: types::CONTAINER_EXECUTION.to_owned(),
        state: Some(State::Running),
        inputs: inputs
            .into_iter()
            .map(|(k, id)| (k.to_owned(), id))
            .collect(),
        ..Default::default()
    };
    let c = must(
        "create_execution (consumer c)",
        backend
            .create_execution(&run, consume(vec![("input_model", id_of(&model))]))
            .await,
    );
    let d = must(
        "create_execution (consumer d)",
        backend
            .create_execution(
                &run,
                consume(vec![("a", id_of(&metrics)), ("b", id_of(&model))]),
            )
            .await,
    );

    let outputs = must(
        "linked_artifacts (producer outputs)",
        backend
            .linked_artifacts(&[id_of(&producer)], Direction::Output)
            .await,
    );
    assert_eq!(
        keys_and_ids(&outputs),
        vec![
            (id_of(&producer), "model".to_owned(), id_of(&model)),
            (id_of(&producer), "metrics".to_owned(), id_of(&metrics)),
        ],
        "the producer's OUTPUT events"
    );
    let inputs = must(
        "linked_artifacts (producer inputs)",
        backend
            .linked_artifacts(&[id_of(&producer)], Direction::Input)
            .await,
    );
    assert!(inputs.is_empty(), "the producer has no INPUT events");

    // Asked in reverse: the answer is in event order, not in the order asked.
    let inputs = must(
        "linked_artifacts (consumer inputs)",
        backend
            .linked_artifacts(&[id_of(&d), id_of(&c)], Direction::Input)
            .await,
    );
    assert_eq!(
        keys_and_ids(&inputs),
        vec![
            (id_of(&c), "input_model".to_owned(), id_of(&model)),
            (id_of(&d), "a".to_owned(), id_of(&metrics)),
            (id_of(&d), "b".to_owned(), id_of(&model)),
        ],
        "INPUT events of both consumers in event order; one artifact, a name per execution"
    );
    assert_eq!(
        inputs[0].artifact, model,
        "the consumer sees the producer's artifact"
    );

    let both = must(
        "linked_artifacts (all outputs)",
        backend
            .linked_artifacts(&[id_of(&producer), id_of(&c), id_of(&d)], Direction::Output)
            .await,
    );
    assert_eq!(both.len(), 2, "only the producer has OUTPUT events");
    let none = must(
        "linked_artifacts (no ids)",
        backend.linked_artifacts(&[], Direction::Input).await,
    );
    assert!(none.is_empty(), "no executions, no artifacts");
    let unknown = must(
        "linked_artifacts (unknown id)",
        backend
            .linked_artifacts(&[MISSING_ID], Direction::Input)
            .await,
    );
    assert!(unknown.is_empty(), "an unknown execution has no events");

    // Both directions in one read, each link saying which it is.
    let any = must(
        "linked_artifacts (any direction)",
        backend
            .linked_artifacts(&[id_of(&producer), id_of(&c)], Direction::Any)
            .await,
    );
    let mut seen: Vec<(Id, String, Direction)> = any
        .iter()
        .map(|l| (l.execution_id, l.key.clone(), l.direction))
        .collect();
    seen.sort_by_key(|(id, key, _)| (*id, key.clone()));
    let mut expected = vec![
        (id_of(&producer), "metrics".to_owned(), Direction::Output),
        (id_of(&producer), "model".to_owned(), Direction::Output),
        (id_of(&c), "input_model".to_owned(), Direction::Input),
    ];
    expected.sort_by_key(|(id, key, _)| (*id, key.clone()));
    assert_eq!(
        seen, expected,
        "INPUT and OUTPUT links, with their direction"
    );
}

/// `cached_execution`: the newest COMPLETE execution of the pipeline (any
/// run) with the fingerprint and namespace; other namespaces, states,
/// fingerprints and pipelines do not match.
pub async fn cached_execution_is_scoped<B: MetadataBackend>(backend: &B) {
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
        created.push(
            create(
                backend,
                &run,
                types::CONTAINER_EXECUTION,
                state,
                with(namespace, fp),
            )
            .await,
        );
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

/// Unknown ids: `ExecutionNotFound` / `ArtifactNotFound` carrying the id, and
/// a failed write changes nothing.
pub async fn unknown_ids_are_errors<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let known = create(
        backend,
        &run,
        types::CONTAINER_EXECUTION,
        State::Running,
        Properties::new(),
    )
    .await;

    let got = backend.get_executions(&[id_of(&known), MISSING_ID]).await;
    assert!(
        matches!(got, Err(MetadataError::ExecutionNotFound { id }) if id == MISSING_ID),
        "get_executions with an unknown id: ExecutionNotFound, got {got:?}"
    );

    let mut missing = known.clone();
    missing.id = Some(MISSING_ID);
    let got = backend.update_execution(&missing).await;
    assert!(
        matches!(got, Err(MetadataError::ExecutionNotFound { id }) if id == MISSING_ID),
        "update_execution of an unknown id: ExecutionNotFound, got {got:?}"
    );
    let got = backend.publish_execution(&run, &missing, &[]).await;
    assert!(
        matches!(got, Err(MetadataError::ExecutionNotFound { id }) if id == MISSING_ID),
        "publish_execution of an unknown id: ExecutionNotFound, got {got:?}"
    );
    let mut no_id = known.clone();
    no_id.id = None;
    let got = backend.update_execution(&no_id).await;
    assert!(
        matches!(got, Err(MetadataError::InvalidArgument { .. })),
        "update_execution without an id: InvalidArgument (never a new execution), got {got:?}"
    );

    let marker = unique_parent_id(backend, &run).await;
    let got = backend
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.to_owned(),
                state: Some(State::Running),
                custom_properties: props([(keys::PARENT_DAG_ID, value::int(marker))]),
                inputs: vec![("x".to_owned(), MISSING_ID)],
                ..Default::default()
            },
        )
        .await;
    assert!(
        matches!(got, Err(MetadataError::ArtifactNotFound { id }) if id == MISSING_ID),
        "create_execution with an unknown input artifact: ArtifactNotFound, got {got:?}"
    );
    let created = must(
        "child_executions",
        backend.child_executions(&run, marker).await,
    );
    assert!(
        created.is_empty(),
        "a failed create_execution leaves no execution behind, got {created:?}"
    );

    let good = new_artifact(backend, "system.Model").await;
    let mut done = known.clone();
    done.last_known_state = Some(State::Complete as i32);
    let got = backend
        .publish_execution(
            &run,
            &done,
            &[
                ("model".to_owned(), id_of(&good)),
                ("x".to_owned(), MISSING_ID),
            ],
        )
        .await;
    assert!(
        matches!(got, Err(MetadataError::ArtifactNotFound { id }) if id == MISSING_ID),
        "publish_execution with an unknown output artifact: ArtifactNotFound, got {got:?}"
    );
    let after = fetch(backend, &known).await;
    check_execution(
        &after,
        types::CONTAINER_EXECUTION,
        State::Running,
        &Properties::new(),
    );
    let linked = must(
        "linked_artifacts",
        backend
            .linked_artifacts(&[id_of(&known)], Direction::Output)
            .await,
    );
    assert!(
        linked.is_empty(),
        "a failed publish writes nothing (all or nothing), got {linked:?}"
    );
}

// === helpers ===

/// The value of a backend call, or a panic naming the call.
#[track_caller]
fn must<T>(what: &str, result: super::Result<T>) -> T {
    match result {
        Ok(v) => v,
        Err(e) => panic!("{what} failed: {e} ({e:?})"),
    }
}

fn unique(prefix: &str) -> String {
    format!("conformance-{prefix}-{}", uuid::Uuid::new_v4())
}

fn props<const N: usize>(entries: [(&str, mlmd::Value); N]) -> Properties {
    entries
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
}

#[track_caller]
fn id_of<T: HasId>(record: &T) -> Id {
    match record.id() {
        Some(id) => id,
        None => panic!("a record returned by the backend has an id"),
    }
}

trait HasId {
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

fn ids(run: &RunContexts) -> (Option<Id>, Option<Id>) {
    (run.pipeline.id, run.run.id)
}

fn run_name(run: &RunContexts) -> &str {
    run.run.name.as_deref().unwrap_or_default()
}

fn keys_and_ids(linked: &[LinkedArtifact]) -> Vec<(Id, String, Id)> {
    linked
        .iter()
        .map(|l| (l.execution_id, l.key.clone(), id_of(&l.artifact)))
        .collect()
}

async fn new_run<B: MetadataBackend>(backend: &B) -> RunContexts {
    must(
        "get_or_create_run",
        backend
            .get_or_create_run(&unique("pipeline"), &unique("run"), Properties::new())
            .await,
    )
}

async fn create<B: MetadataBackend>(
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

/// A COMPLETE container execution of `run` with two outputs, `model`
/// (`system.Model`) and `metrics` (`system.Metrics`): what the event checks
/// read from both sides.
async fn model_producer<B: MetadataBackend>(
    backend: &B,
    run: &RunContexts,
) -> (mlmd::Execution, mlmd::Artifact, mlmd::Artifact) {
    let producer = create(
        backend,
        run,
        types::CONTAINER_EXECUTION,
        State::Running,
        Properties::new(),
    )
    .await;
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
async fn complete<B: MetadataBackend>(
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

async fn fetch<B: MetadataBackend>(backend: &B, execution: &mlmd::Execution) -> mlmd::Execution {
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

async fn new_artifact<B: MetadataBackend>(backend: &B, type_name: &str) -> mlmd::Artifact {
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

async fn new_artifacts<B: MetadataBackend, const N: usize>(
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
async fn unique_parent_id<B: MetadataBackend>(backend: &B, run: &RunContexts) -> Id {
    let marker = create(
        backend,
        run,
        types::DAG_EXECUTION,
        State::Running,
        Properties::new(),
    )
    .await;
    id_of(&marker)
}

#[track_caller]
fn check_context(context: &mlmd::Context, type_name: &str, name: &str) {
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
fn check_execution(
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
fn check_artifact(
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
