//! Checks of the events that tie artifacts to executions: INPUT events at
//! creation, OUTPUT events at publish, and reading them back by direction.

use kfp_proto::ml_metadata::execution::State;

use super::fixtures::{
    check_execution, fetch, id_of, keys_and_ids, links_of, model_producer, must, new_artifact,
    new_artifacts, new_run, new_task, props,
};
use super::MISSING_ID;
use crate::metadata::{keys, types, value, Direction, Id, MetadataBackend, NewExecution};

register![
    input_events_keep_order,
    an_artifact_in_several_inputs_reads_back_as_each,
    publish_is_idempotent,
    linked_artifacts_filter_direction_and_keep_order,
];

/// A RUNNING container execution with `inputs`, and its INPUT links read
/// back, checked to be every input in order.
async fn consumer_reads_back<B: MetadataBackend>(
    backend: &B,
    run: &crate::metadata::RunContexts,
    inputs: &[(String, Id)],
    what: &str,
) -> (
    kfp_proto::ml_metadata::Execution,
    Vec<crate::metadata::LinkedArtifact>,
) {
    let consumer = must(
        &format!("create_execution ({what})"),
        backend
            .create_execution(
                run,
                NewExecution {
                    type_name: types::CONTAINER_EXECUTION.to_owned(),
                    state: Some(State::Running),
                    inputs: inputs.to_vec(),
                    ..Default::default()
                },
            )
            .await,
    );
    let linked = links_of(backend, &consumer, Direction::Input).await;
    assert_eq!(
        keys_and_ids(&linked),
        inputs
            .iter()
            .map(|(k, id)| (id_of(&consumer), k.clone(), *id))
            .collect::<Vec<_>>(),
        "{what}: every input, in list order"
    );
    (consumer, linked)
}

/// INPUT events, one per `(name, artifact)` in list order: a `dsl.Collected`
/// input repeats its name; readers see the artifact with its type name.
async fn input_events_keep_order<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let xs: Vec<_> = new_artifacts(backend, ["system.Dataset"; 3]).await;
    let model = new_artifact(backend, "system.Model").await;
    let inputs = vec![
        ("xs".to_owned(), id_of(&xs[0])),
        ("model".to_owned(), id_of(&model)),
        ("xs".to_owned(), id_of(&xs[1])),
        ("xs".to_owned(), id_of(&xs[2])),
    ];
    let (consumer, linked) = consumer_reads_back(
        backend,
        &run,
        &inputs,
        "one INPUT event per input, duplicate names kept",
    )
    .await;
    for (link, expected) in linked.iter().zip([&xs[0], &model, &xs[1], &xs[2]]) {
        assert_eq!(
            &link.artifact, expected,
            "a linked artifact reads back as recorded (input {:?})",
            link.key
        );
    }
    let outputs = links_of(backend, &consumer, Direction::Output).await;
    assert!(
        outputs.is_empty(),
        "an unpublished execution has no OUTPUT events, got {outputs:?}"
    );
}

/// MLMD keeps one event per (artifact, execution, type) and refuses a
/// second, so an artifact that is several inputs (two inputs fed by one
/// cached producer; a Collected list with a repeat) is one INPUT event that
/// reads back as every use, in input order (`event_path`), on the engine
/// as on SQLite.
async fn an_artifact_in_several_inputs_reads_back_as_each<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let x = new_artifact(backend, "system.Dataset").await;
    let y = new_artifact(backend, "system.Dataset").await;
    let inputs = vec![
        ("a".to_owned(), id_of(&x)),
        ("xs".to_owned(), id_of(&y)),
        ("xs".to_owned(), id_of(&x)),
        ("b".to_owned(), id_of(&x)),
        ("xs".to_owned(), id_of(&y)),
    ];
    let (consumer, _) =
        consumer_reads_back(backend, &run, &inputs, "an artifact in several inputs").await;
    let seen = must(
        "artifact_events",
        backend
            .artifact_events(&[id_of(&x)], Direction::Input)
            .await,
    );
    assert_eq!(
        seen.iter()
            .map(|e| (e.execution_id, e.key.as_str()))
            .collect::<Vec<_>>(),
        vec![(id_of(&consumer), "a")],
        "from the artifact's side one event per execution, under its first name"
    );
}

/// `publish_execution` writes state and properties, one OUTPUT event per
/// output and is idempotent: publishing again (an Argo retry) adds nothing.
/// A cache hit publishes a new execution with the original artifacts.
async fn publish_is_idempotent<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let task = new_task(
        backend,
        &run,
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
        let linked = links_of(backend, &task, Direction::Output).await;
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
    let hit = new_task(
        backend,
        &run,
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
    let linked = links_of(backend, &hit, Direction::Output).await;
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

/// `linked_artifacts`: events of one direction only, in event order, with
/// `steps[0].key` as the artifact's name within each execution.
async fn linked_artifacts_filter_direction_and_keep_order<B: MetadataBackend>(backend: &B) {
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

    let outputs = links_of(backend, &producer, Direction::Output).await;
    assert_eq!(
        keys_and_ids(&outputs),
        vec![
            (id_of(&producer), "model".to_owned(), id_of(&model)),
            (id_of(&producer), "metrics".to_owned(), id_of(&metrics)),
        ],
        "the producer's OUTPUT events"
    );
    let inputs = links_of(backend, &producer, Direction::Input).await;
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
