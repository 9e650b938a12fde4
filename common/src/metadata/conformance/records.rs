//! Checks of the basic records every caller writes and reads: run contexts,
//! executions by name and by id, artifacts, and updates.

use kfp_proto::ml_metadata::execution::State;

use super::fixtures::{
    check_artifact, check_context, check_execution, fetch, id_of, ids, must, new_artifact, new_dag,
    new_run, new_task, props, run_name, unique,
};
use crate::metadata::{keys, types, value, MetadataBackend, NewArtifact, NewExecution, Properties};

register![
    run_contexts_are_idempotent,
    named_executions_are_idempotent,
    get_executions_keeps_order,
    record_artifact_is_live,
    update_replaces_custom_properties,
];

/// `get_or_create_run`: contexts of the right types and names, properties from
/// the first creation only, the same ids on every later call, one pipeline
/// context shared by the runs of a pipeline; `get_run` finds them.
async fn run_contexts_are_idempotent<B: MetadataBackend>(backend: &B) {
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
async fn named_executions_are_idempotent<B: MetadataBackend>(backend: &B) {
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
async fn get_executions_keeps_order<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let dag = new_dag(backend, &run, State::Running, Properties::new()).await;
    let task_props = props([(keys::TASK_NAME, value::string("t"))]);
    let task = new_task(backend, &run, State::Complete, task_props.clone()).await;
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
async fn record_artifact_is_live<B: MetadataBackend>(backend: &B) {
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

/// `update_execution` replaces the state and the whole custom property map
/// (MLMD without an update mask): removed keys are gone.
async fn update_replaces_custom_properties<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let created = new_task(
        backend,
        &run,
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
