//! The reads of a lineage walk: artifacts by URI, events by artifact (or
//! by execution, for `linked_artifacts`), the runs of executions. Each is
//! one query whatever the number of ids (ids travel as one JSON array
//! through `json_each`).

use std::collections::{BTreeMap, HashMap};

use kfp_proto::ml_metadata::{self as mlmd, event};
use rusqlite::{params, Transaction};

use super::{
    rows::{read_artifact, read_context},
    schema::KIND_CONTEXT,
    StoreError,
};
use crate::metadata::{event_path::Step, types, ArtifactEvent, Direction, Id, RunContexts};

pub(super) fn artifacts_by_uri(
    tx: &Transaction<'_>,
    uri: &str,
) -> Result<Vec<mlmd::Artifact>, StoreError> {
    let ids = tx
        .prepare_cached("SELECT id FROM artifact WHERE uri = ?1 ORDER BY id")?
        .query_map([uri], |row| row.get::<_, Id>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.into_iter().map(|id| read_artifact(tx, id)).collect()
}

/// Whose events to read.
#[derive(Debug, Clone, Copy)]
pub(super) enum EventsOf {
    /// Of executions, in event order (`linked_artifacts`).
    Executions,
    /// Of artifacts, by execution, artifact, INPUT before OUTPUT
    /// (`artifact_events`).
    Artifacts,
}

/// The INPUT/OUTPUT events of the ids, in one query, each with its whole
/// path (the event's `key` is the path's first one).
pub(super) fn events(
    tx: &Transaction<'_>,
    of: EventsOf,
    ids: &[Id],
    direction: Direction,
) -> Result<Vec<(ArtifactEvent, Vec<Step>)>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let input = event::Type::Input as i32;
    let output = event::Type::Output as i32;
    let ids = serde_json::to_string(ids).map_err(StoreError::encode)?;
    // Whole statements (not spliced) so each is prepared and cached once.
    let sql = match of {
        EventsOf::Executions => {
            "SELECT e.id, e.artifact_id, e.execution_id, e.type, \
             p.is_index_step, p.step_index, p.step_key FROM event e \
             LEFT JOIN event_path p ON p.event_id = e.id \
             WHERE e.type IN (?1, ?2) AND e.execution_id IN (SELECT value FROM json_each(?3)) \
             ORDER BY e.id, p.position"
        }
        // INPUT (3) sorts before OUTPUT (4). The artifact's side names each
        // execution once, by its first key: one path row per event.
        EventsOf::Artifacts => {
            "SELECT e.id, e.artifact_id, e.execution_id, e.type, \
             p.is_index_step, p.step_index, p.step_key FROM event e \
             LEFT JOIN event_path p ON p.event_id = e.id AND p.position = 0 \
             WHERE e.type IN (?1, ?2) AND e.artifact_id IN (SELECT value FROM json_each(?3)) \
             ORDER BY e.execution_id, e.artifact_id, e.type"
        }
    };
    let rows = tx
        .prepare_cached(sql)?
        .query_map(params![input, output, ids], |row| {
            let step = match (
                row.get::<_, Option<bool>>(4)?,
                row.get::<_, Option<i64>>(5)?,
                row.get::<_, Option<String>>(6)?,
            ) {
                (Some(true), Some(i), _) => Some(Step::Index(i)),
                (Some(false), _, Some(k)) => Some(Step::Key(k)),
                _ => None,
            };
            Ok((
                row.get::<_, Id>(0)?,
                row.get::<_, Id>(1)?,
                row.get::<_, Id>(2)?,
                row.get::<_, i32>(3)?,
                step,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out: Vec<(Id, ArtifactEvent, Vec<Step>)> = Vec::new();
    for (event_id, artifact_id, execution_id, ty, step) in rows {
        let event = if ty == input {
            Direction::Input
        } else {
            Direction::Output
        };
        if !direction.admits(event) {
            continue;
        }
        if out.last().is_none_or(|(id, _, _)| *id != event_id) {
            out.push((
                event_id,
                ArtifactEvent {
                    artifact_id,
                    execution_id,
                    key: String::new(),
                    direction: event,
                },
                Vec::new(),
            ));
        }
        if let (Some(step), Some((_, e, steps))) = (step, out.last_mut()) {
            if let (Step::Key(k), true) = (&step, steps.is_empty()) {
                e.key = k.clone();
            }
            steps.push(step);
        }
    }
    Ok(out.into_iter().map(|(_, e, steps)| (e, steps)).collect())
}

pub(super) fn execution_runs(
    tx: &Transaction<'_>,
    execution_ids: &[Id],
) -> Result<BTreeMap<Id, RunContexts>, StoreError> {
    if execution_ids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let ids = serde_json::to_string(execution_ids).map_err(StoreError::encode)?;
    let rows = tx
        .prepare_cached(
            "SELECT a.execution_id, a.context_id, t.name FROM association a \
             JOIN context c ON c.id = a.context_id \
             JOIN type t ON t.id = c.type_id \
             WHERE t.kind = ?1 AND t.name IN (?2, ?3) \
               AND a.execution_id IN (SELECT value FROM json_each(?4))",
        )?
        .query_map(
            params![KIND_CONTEXT, types::PIPELINE, types::PIPELINE_RUN, ids],
            |row| {
                Ok((
                    row.get::<_, Id>(0)?,
                    row.get::<_, Id>(1)?,
                    row.get::<_, String>(2)?,
                ))
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // Executions of one run share its two contexts: read each once.
    let mut contexts: HashMap<Id, mlmd::Context> = HashMap::new();
    let mut halves: BTreeMap<Id, (Option<Id>, Option<Id>)> = BTreeMap::new();
    for (execution_id, context_id, type_name) in rows {
        if let std::collections::hash_map::Entry::Vacant(slot) = contexts.entry(context_id) {
            slot.insert(read_context(tx, context_id)?);
        }
        let slot = halves.entry(execution_id).or_default();
        if type_name == types::PIPELINE {
            slot.0 = Some(context_id);
        } else {
            slot.1 = Some(context_id);
        }
    }
    Ok(halves
        .into_iter()
        .filter_map(|(execution_id, pair)| {
            let (Some(pipeline), Some(run)) = pair else {
                return None;
            };
            Some((
                execution_id,
                RunContexts {
                    pipeline: contexts.get(&pipeline)?.clone(),
                    run: contexts.get(&run)?.clone(),
                },
            ))
        })
        .collect())
}
