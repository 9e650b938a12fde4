//! Checks of the reads a lineage walk (`launcher local lineage`) relies on:
//! an artifact by URI, the events of many artifacts in one call, the runs of
//! many executions in one call, and the parameter-producer property.

use kfp_proto::ml_metadata::{self as mlmd, execution::State};

use super::fixtures::{
    complete, fetch, id_of, model_producer, must, new_artifact, new_run, new_task, props, unique,
};
use super::MISSING_ID;
use crate::metadata::{
    keys,
    producers::{self, ParameterProducer, ParameterProducers},
    types, value, ArtifactEvent, Direction, Id, MetadataBackend, NewArtifact, NewExecution,
    Properties,
};

register![
    artifacts_by_uri_finds_every_record,
    artifact_events_and_runs_span_runs,
    parameter_producers_read_back,
];

/// `artifacts_by_uri`: every record of the URI in id order, with type name
/// and custom properties; nothing for an unknown URI.
async fn artifacts_by_uri_finds_every_record<B: MetadataBackend>(backend: &B) {
    let model = new_artifact(backend, "system.Model").await;
    let uri = model.uri.clone().unwrap_or_default();
    let again = must(
        "record_artifact (same uri)",
        backend
            .record_artifact(NewArtifact {
                type_name: "system.Dataset".to_owned(),
                uri: uri.clone(),
                custom_properties: props([("rows", value::int(3))]),
            })
            .await,
    );
    new_artifact(backend, "system.Model").await;
    let found = must("artifacts_by_uri", backend.artifacts_by_uri(&uri).await);
    assert_eq!(
        found,
        vec![model, again],
        "both records of the uri, in id order, as recorded"
    );
    let none = must(
        "artifacts_by_uri (unknown)",
        backend.artifacts_by_uri(&unique("minio://nowhere/")).await,
    );
    assert!(none.is_empty(), "an unknown uri has no artifacts: {none:?}");
}

/// `artifact_events`: a producer's OUTPUT and a consumer's INPUT events of
/// many artifacts in one call, filtered by direction, sorted by execution
/// then artifact, each with its key; `execution_runs`: the run of each
/// execution although the two run in different runs of the pipeline.
async fn artifact_events_and_runs_span_runs<B: MetadataBackend>(backend: &B) {
    let first = new_run(backend).await;
    let pipeline = first.pipeline.name.clone().unwrap_or_default();
    let second = must(
        "get_or_create_run (second run)",
        backend
            .get_or_create_run(&pipeline, &unique("run"), Properties::new())
            .await,
    );
    let (producer, model, metrics) = model_producer(backend, &first).await;
    let consumer = must(
        "create_execution (consumer)",
        backend
            .create_execution(
                &second,
                NewExecution {
                    type_name: types::CONTAINER_EXECUTION.to_owned(),
                    state: Some(State::Running),
                    inputs: vec![("input_model".to_owned(), id_of(&model))],
                    ..Default::default()
                },
            )
            .await,
    );
    let report = new_artifact(backend, "system.Markdown").await;
    complete(backend, &second, &consumer, &[("report", &report)]).await;

    let event = |e: &mlmd::Execution, a: &mlmd::Artifact, key: &str, direction| ArtifactEvent {
        artifact_id: id_of(a),
        execution_id: id_of(e),
        key: key.to_owned(),
        direction,
    };
    let all = [id_of(&report), id_of(&metrics), id_of(&model), MISSING_ID];
    let got = must(
        "artifact_events (output)",
        backend.artifact_events(&all, Direction::Output).await,
    );
    assert_eq!(
        got,
        vec![
            event(&producer, &model, "model", Direction::Output),
            event(&producer, &metrics, "metrics", Direction::Output),
            event(&consumer, &report, "report", Direction::Output),
        ],
        "the producers of three artifacts in one call, by execution then artifact"
    );
    let got = must(
        "artifact_events (input)",
        backend.artifact_events(&all, Direction::Input).await,
    );
    assert_eq!(
        got,
        vec![event(&consumer, &model, "input_model", Direction::Input)],
        "the consumers, each with the name the artifact has there"
    );
    let got = must(
        "artifact_events (any)",
        backend
            .artifact_events(&[id_of(&model)], Direction::Any)
            .await,
    );
    assert_eq!(
        got,
        vec![
            event(&producer, &model, "model", Direction::Output),
            event(&consumer, &model, "input_model", Direction::Input),
        ],
        "both directions of one artifact"
    );
    let none = must(
        "artifact_events (no ids)",
        backend.artifact_events(&[], Direction::Any).await,
    );
    assert!(none.is_empty(), "no artifacts, no events");

    let runs = must(
        "execution_runs",
        backend
            .execution_runs(&[id_of(&consumer), MISSING_ID, id_of(&producer)])
            .await,
    );
    let names = |id: Id| {
        runs.get(&id).map(|r| {
            (
                r.pipeline.id,
                r.pipeline.name.clone(),
                r.pipeline.r#type.clone(),
                r.run.id,
                r.run.name.clone(),
                r.run.r#type.clone(),
            )
        })
    };
    for (execution, run) in [(&producer, &first), (&consumer, &second)] {
        assert_eq!(
            names(id_of(execution)),
            Some((
                run.pipeline.id,
                run.pipeline.name.clone(),
                Some(types::PIPELINE.to_owned()),
                run.run.id,
                run.run.name.clone(),
                Some(types::PIPELINE_RUN.to_owned()),
            )),
            "execution {} belongs to run {:?}",
            id_of(execution),
            run.run.name
        );
    }
    assert_eq!(runs.len(), 2, "an unknown id has no run: {runs:?}");
    let none = must("execution_runs (no ids)", backend.execution_runs(&[]).await);
    assert!(none.is_empty(), "no executions, no runs");
}

/// The `parameter_producers` property reads back as written: a struct of
/// lists of structs with numbers and strings.
async fn parameter_producers_read_back<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let recorded = ParameterProducers::from([
        (
            "words".to_owned(),
            vec![ParameterProducer {
                execution_id: 41,
                task: "count-words".to_owned(),
                output: "words".to_owned(),
            }],
        ),
        (
            "sizes".to_owned(),
            vec![
                ParameterProducer {
                    execution_id: 7,
                    task: "measure".to_owned(),
                    output: "size".to_owned(),
                },
                ParameterProducer {
                    execution_id: 9,
                    task: "measure".to_owned(),
                    output: "size".to_owned(),
                },
            ],
        ),
    ]);
    let Some(property) = producers::to_value(&recorded) else {
        panic!("producers make a property");
    };
    let execution = new_task(
        backend,
        &run,
        State::Running,
        props([(keys::PARAMETER_PRODUCERS, property)]),
    )
    .await;
    let got = fetch(backend, &execution).await;
    assert_eq!(
        producers::read(&got.custom_properties),
        recorded,
        "parameter producers read back as recorded"
    );
}
