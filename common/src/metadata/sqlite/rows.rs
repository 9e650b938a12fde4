//! Reading and writing single rows: types, contexts, executions, artifacts,
//! links and events.

use std::time::{SystemTime, UNIX_EPOCH};

use kfp_proto::ml_metadata::{self as mlmd, event};
use rusqlite::{params, OptionalExtension, Transaction};

use super::{
    invalid,
    properties::{self, Owner},
    StoreError,
};
use crate::metadata::{event_path::Step, Id, MetadataError, Properties, RunContexts};

pub(super) fn type_id(
    tx: &Transaction<'_>,
    kind: i64,
    name: &str,
) -> Result<Option<Id>, StoreError> {
    Ok(tx
        .prepare_cached("SELECT id FROM type WHERE kind = ?1 AND name = ?2")?
        .query_row(params![kind, name], |row| row.get(0))
        .optional()?)
}

/// Types are registered schemaless, by name; ids never change (§4.1).
pub(super) fn get_or_create_type(
    tx: &Transaction<'_>,
    kind: i64,
    name: &str,
) -> Result<Id, StoreError> {
    if let Some(id) = type_id(tx, kind, name)? {
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO type (kind, name) VALUES (?1, ?2)")?
        .execute(params![kind, name])?;
    Ok(tx.last_insert_rowid())
}

pub(super) fn context_id(
    tx: &Transaction<'_>,
    type_id: Id,
    name: &str,
) -> Result<Option<Id>, StoreError> {
    Ok(tx
        .prepare_cached("SELECT id FROM context WHERE type_id = ?1 AND name = ?2")?
        .query_row(params![type_id, name], |row| row.get(0))
        .optional()?)
}

pub(super) fn create_context(
    tx: &Transaction<'_>,
    type_id: Id,
    name: &str,
    custom_properties: &Properties,
    now: i64,
) -> Result<Id, StoreError> {
    tx.prepare_cached(
        "INSERT INTO context (type_id, name, create_time_since_epoch, \
         last_update_time_since_epoch) VALUES (?1, ?2, ?3, ?3)",
    )?
    .execute(params![type_id, name, now])?;
    let id = tx.last_insert_rowid();
    properties::replace(tx, Owner::Context, id, custom_properties)?;
    Ok(id)
}

pub(super) fn read_context(tx: &Transaction<'_>, id: Id) -> Result<mlmd::Context, StoreError> {
    let mut context = tx
        .prepare_cached(
            "SELECT c.type_id, t.name, c.name, c.create_time_since_epoch, \
             c.last_update_time_since_epoch \
             FROM context c JOIN type t ON t.id = c.type_id WHERE c.id = ?1",
        )?
        .query_row([id], |row| {
            Ok(mlmd::Context {
                id: Some(id),
                type_id: Some(row.get(0)?),
                r#type: Some(row.get(1)?),
                name: Some(row.get(2)?),
                create_time_since_epoch: Some(row.get(3)?),
                last_update_time_since_epoch: Some(row.get(4)?),
                ..Default::default()
            })
        })?;
    context.custom_properties = properties::read(tx, Owner::Context, id)?;
    Ok(context)
}

/// The ids of the run's two contexts, which must exist: MLMD refuses
/// contexts it cannot resolve (§4.7).
pub(super) fn run_context_ids(
    tx: &Transaction<'_>,
    run: &RunContexts,
    op: &'static str,
) -> Result<[Id; 2], StoreError> {
    let mut ids = [0; 2];
    for (slot, context) in ids.iter_mut().zip([&run.pipeline, &run.run]) {
        let id = context
            .id
            .ok_or_else(|| invalid(op, "run context has no id"))?;
        let exists = tx
            .prepare_cached("SELECT 1 FROM context WHERE id = ?1")?
            .exists([id])?;
        if !exists {
            return Err(invalid(op, format!("context {id} not found")));
        }
        *slot = id;
    }
    Ok(ids)
}

pub(super) fn read_execution(
    tx: &Transaction<'_>,
    id: Id,
) -> Result<Option<mlmd::Execution>, StoreError> {
    let execution = tx
        .prepare_cached(
            "SELECT e.type_id, t.name, e.name, e.last_known_state, e.create_time_since_epoch, \
             e.last_update_time_since_epoch \
             FROM execution e JOIN type t ON t.id = e.type_id WHERE e.id = ?1",
        )?
        .query_row([id], |row| {
            Ok(mlmd::Execution {
                id: Some(id),
                type_id: Some(row.get(0)?),
                r#type: Some(row.get(1)?),
                name: row.get(2)?,
                last_known_state: row.get(3)?,
                create_time_since_epoch: Some(row.get(4)?),
                last_update_time_since_epoch: Some(row.get(5)?),
                ..Default::default()
            })
        })
        .optional()?;
    let Some(mut execution) = execution else {
        return Ok(None);
    };
    execution.custom_properties = properties::read(tx, Owner::Execution, id)?;
    Ok(Some(execution))
}

pub(super) fn existing_execution(
    tx: &Transaction<'_>,
    id: Id,
) -> Result<mlmd::Execution, StoreError> {
    read_execution(tx, id)?.ok_or_else(|| MetadataError::ExecutionNotFound { id }.into())
}

pub(super) fn artifact_exists(tx: &Transaction<'_>, id: Id) -> Result<bool, StoreError> {
    Ok(tx
        .prepare_cached("SELECT 1 FROM artifact WHERE id = ?1")?
        .exists([id])?)
}

pub(super) fn read_artifact(tx: &Transaction<'_>, id: Id) -> Result<mlmd::Artifact, StoreError> {
    let artifact = tx
        .prepare_cached(
            "SELECT a.type_id, t.name, a.uri, a.state, a.create_time_since_epoch, \
             a.last_update_time_since_epoch \
             FROM artifact a JOIN type t ON t.id = a.type_id WHERE a.id = ?1",
        )?
        .query_row([id], |row| {
            Ok(mlmd::Artifact {
                id: Some(id),
                type_id: Some(row.get(0)?),
                r#type: Some(row.get(1)?),
                uri: row.get(2)?,
                state: row.get(3)?,
                create_time_since_epoch: Some(row.get(4)?),
                last_update_time_since_epoch: Some(row.get(5)?),
                ..Default::default()
            })
        })
        .optional()?;
    let mut artifact = artifact.ok_or(MetadataError::ArtifactNotFound { id })?;
    artifact.custom_properties = properties::read(tx, Owner::Artifact, id)?;
    Ok(artifact)
}

pub(super) fn associate(
    tx: &Transaction<'_>,
    context_id: Id,
    execution_id: Id,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO association (context_id, execution_id) VALUES (?1, ?2) \
         ON CONFLICT DO NOTHING",
    )?
    .execute([context_id, execution_id])?;
    Ok(())
}

/// An event with its path: KFP's `[{key: <name>}]` (§4.5), or the longer
/// one of an artifact used as several inputs (`event_path`).
pub(super) fn insert_event(
    tx: &Transaction<'_>,
    artifact_id: Id,
    execution_id: Id,
    event_type: event::Type,
    path: &[Step],
    now: i64,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO event (artifact_id, execution_id, type, milliseconds_since_epoch) \
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![artifact_id, execution_id, event_type as i32, now])?;
    let event_id = tx.last_insert_rowid();
    let mut insert = tx.prepare_cached(
        "INSERT INTO event_path (event_id, position, is_index_step, step_index, step_key) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, step) in path.iter().enumerate() {
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        match step {
            Step::Key(k) => insert.execute(params![event_id, position, 0, None::<i64>, k])?,
            Step::Index(i) => insert.execute(params![event_id, position, 1, i, None::<String>])?,
        };
    }
    Ok(())
}

pub(super) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
