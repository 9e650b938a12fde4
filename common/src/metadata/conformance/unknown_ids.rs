//! Checks that a call naming an unknown execution or artifact fails with the
//! id, and that a failed write changes nothing.

use kfp_proto::ml_metadata::execution::State;

use super::fixtures::{
    check_execution, check_nothing_under, fetch, id_of, links_of, marked_task, new_artifact,
    new_run, new_task, unique_parent_id,
};
use super::MISSING_ID;
use crate::metadata::{types, Direction, MetadataBackend, MetadataError, Properties};

register![unknown_ids_are_errors,];

/// Unknown ids: `ExecutionNotFound` / `ArtifactNotFound` carrying the id, and
/// a failed write changes nothing.
async fn unknown_ids_are_errors<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let known = new_task(backend, &run, State::Running, Properties::new()).await;

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
            marked_task(marker, vec![("x".to_owned(), MISSING_ID)]),
        )
        .await;
    assert!(
        matches!(got, Err(MetadataError::ArtifactNotFound { id }) if id == MISSING_ID),
        "create_execution with an unknown input artifact: ArtifactNotFound, got {got:?}"
    );
    check_nothing_under(backend, &run, marker, "a failed create_execution").await;

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
    let linked = links_of(backend, &known, Direction::Output).await;
    assert!(
        linked.is_empty(),
        "a failed publish writes nothing (all or nothing), got {linked:?}"
    );
}
