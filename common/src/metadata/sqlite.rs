//! Embedded metadata store for local runs: one SQLite file under the local home.
//!
//! It holds what the real MLMD engine holds for KFP (contract §4): types by
//! name, contexts with the run → pipeline parent link, executions, artifacts,
//! events with their paths, attributions and associations. Semantics follow
//! the MLMD engine (ml-metadata 1.17.1) where KFP can observe them:
//!
//! * one event per (artifact, execution, type) — MLMD's `UniqueEvent`; the
//!   engine answers AlreadyExists to a second one, so an input list naming the
//!   same artifact twice is refused here too, and a repeated publish skips the
//!   OUTPUT events it already wrote (an Argo retry adds nothing);
//! * updating an execution replaces all its custom properties (no update mask);
//! * names are unique per type (contexts, named executions).
//!
//! Every write is one `BEGIN IMMEDIATE` transaction, so two local runs sharing
//! a home serialize on the file (WAL, busy timeout) instead of failing.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    path::Path,
    sync::{Mutex, PoisonError},
    time::Duration,
};

use kfp_proto::ml_metadata::{self as mlmd, artifact, event, execution::State};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::{
    event_path, keys, types, ArtifactEvent, Direction, Id, LinkedArtifact, MetadataBackend,
    MetadataError, NewArtifact, NewExecution, Properties, PublishedArtifact, Result, RunContexts,
};

mod lineage;
mod properties;
mod rows;
mod schema;
#[cfg(test)]
mod tests;

use properties::Owner;
use rows::{
    artifact_exists, associate, context_id, create_context, existing_execution, get_or_create_type,
    insert_event, now_ms, read_artifact, read_context, run_context_ids, type_id,
};
use schema::{KIND_ARTIFACT, KIND_CONTEXT, KIND_EXECUTION};

/// How long a write waits for another process's transaction on the same file.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The embedded metadata store. One connection behind a mutex: calls are
/// short local transactions, and the trait needs `Send + Sync`.
pub struct SqliteStore {
    conn: Mutex<Connection>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").finish_non_exhaustive()
    }
}

// === impl SqliteStore ===

impl SqliteStore {
    /// Open the store at `path`, creating the file and its tables if needed.
    /// The parent directory must exist. Refuses a file that is not a
    /// kfp-runtime store or has a newer schema.
    pub fn open(path: &Path) -> Result<Self> {
        Connection::open(path)
            .map_err(StoreError::from)
            .and_then(Self::init)
            .map_err(|e| e.into_metadata("open"))
    }

    /// A private store that lives as long as the value (tests, dry runs).
    pub fn open_in_memory() -> Result<Self> {
        Connection::open_in_memory()
            .map_err(StoreError::from)
            .and_then(Self::init)
            .map_err(|e| e.into_metadata("open_in_memory"))
    }

    fn init(mut conn: Connection) -> Result<Self, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        schema::migrate(&mut conn)?;
        // Persistent for the file; readers then never block the writer. An
        // in-memory database answers "memory", which is fine.
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    /// Run `f` in one write transaction (`BEGIN IMMEDIATE`: takes the file's
    /// write lock up front, so a read-then-write never hits a busy upgrade).
    fn write<T>(
        &self,
        operation: &'static str,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T> {
        self.transaction(TransactionBehavior::Immediate, f)
            .map_err(|e| e.into_metadata(operation))
    }

    /// Run `f` in one read transaction (a consistent snapshot).
    fn read<T>(
        &self,
        operation: &'static str,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T> {
        self.transaction(TransactionBehavior::Deferred, f)
            .map_err(|e| e.into_metadata(operation))
    }

    fn transaction<T>(
        &self,
        behavior: TransactionBehavior,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        // A panic while the lock was held left no transaction open (dropping
        // a `Transaction` rolls back), so a poisoned connection is still good.
        let mut conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let tx = conn.transaction_with_behavior(behavior)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

impl MetadataBackend for SqliteStore {
    async fn get_or_create_run(
        &self,
        pipeline_name: &str,
        run_id: &str,
        run_properties: Properties,
    ) -> Result<RunContexts> {
        self.write("get_or_create_run", |tx| {
            get_or_create_run(tx, pipeline_name, run_id, &run_properties)
        })
    }

    async fn get_run(&self, pipeline_name: &str, run_id: &str) -> Result<Option<RunContexts>> {
        self.read("get_run", |tx| get_run(tx, pipeline_name, run_id))
    }

    async fn create_execution(
        &self,
        run: &RunContexts,
        execution: NewExecution,
    ) -> Result<mlmd::Execution> {
        self.write("create_execution", |tx| {
            create_execution(tx, run, &execution)
        })
    }

    async fn get_executions(&self, ids: &[Id]) -> Result<Vec<mlmd::Execution>> {
        self.read("get_executions", |tx| {
            ids.iter().map(|&id| existing_execution(tx, id)).collect()
        })
    }

    async fn update_execution(&self, execution: &mlmd::Execution) -> Result<()> {
        self.write("update_execution", |tx| {
            update_execution(tx, execution, "update_execution").map(drop)
        })
    }

    async fn record_artifact(&self, artifact: NewArtifact) -> Result<mlmd::Artifact> {
        self.write("record_artifact", |tx| record_artifact(tx, &artifact))
    }

    async fn publish_execution(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
        outputs: &[(String, Id)],
    ) -> Result<()> {
        self.write("publish_execution", |tx| {
            publish_execution(tx, run, execution, outputs)
        })
    }

    async fn open_execution(&self, id: Id) -> Result<(mlmd::Execution, RunContexts)> {
        self.read("open_execution", |tx| open_execution(tx, id))
    }

    async fn publish(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
        outputs: &[(String, PublishedArtifact)],
    ) -> Result<Vec<Id>> {
        self.write("publish", |tx| publish(tx, run, execution, outputs))
    }

    async fn run_executions(
        &self,
        run: &RunContexts,
        states: &[State],
    ) -> Result<Vec<mlmd::Execution>> {
        self.read("run_executions", |tx| {
            let run_id = run
                .run
                .id
                .ok_or_else(|| invalid("run_executions", "run context has no id"))?;
            let ids = tx
                .prepare_cached(
                    "SELECT e.id, e.last_known_state FROM execution e \
                     JOIN association a ON a.execution_id = e.id \
                     WHERE a.context_id = ?1 ORDER BY e.id",
                )?
                .query_map([run_id], |row| {
                    Ok((row.get::<_, Id>(0)?, row.get::<_, Option<i32>>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            ids.into_iter()
                .filter(|(_, state)| {
                    states.is_empty() || states.iter().any(|s| Some(*s as i32) == *state)
                })
                .map(|(id, _)| existing_execution(tx, id))
                .collect()
        })
    }

    async fn dag_with_children(
        &self,
        run: &RunContexts,
        dag_id: Id,
    ) -> Result<(mlmd::Execution, Vec<mlmd::Execution>)> {
        self.read("dag_with_children", |tx| {
            let dag = existing_execution(tx, dag_id)?;
            Ok((dag, child_executions(tx, run, dag_id)?))
        })
    }

    async fn child_executions(
        &self,
        run: &RunContexts,
        parent_dag_id: Id,
    ) -> Result<Vec<mlmd::Execution>> {
        self.read("child_executions", |tx| {
            child_executions(tx, run, parent_dag_id)
        })
    }

    async fn latest_task_execution(
        &self,
        pipeline_name: &str,
        task_name: &str,
        states: &[State],
    ) -> Result<Option<mlmd::Execution>> {
        self.read("latest_task_execution", |tx| {
            latest_task_execution(tx, pipeline_name, task_name, states)
        })
    }

    async fn cached_execution(
        &self,
        run: &RunContexts,
        namespace: &str,
        fingerprint: &str,
    ) -> Result<Option<mlmd::Execution>> {
        self.read("cached_execution", |tx| {
            let pipeline_name = run.pipeline.name.as_deref().unwrap_or_default();
            cached_execution(tx, pipeline_name, namespace, fingerprint)
        })
    }

    async fn linked_artifacts(
        &self,
        execution_ids: &[Id],
        direction: Direction,
    ) -> Result<Vec<LinkedArtifact>> {
        self.read("linked_artifacts", |tx| {
            linked_artifacts(tx, execution_ids, direction)
        })
    }

    async fn reusable_artifact(
        &self,
        run: &RunContexts,
        artifact: &NewArtifact,
    ) -> Result<Option<mlmd::Artifact>> {
        self.read("reusable_artifact", |tx| {
            reusable_artifact(tx, run, artifact)
        })
    }

    async fn artifacts_by_uri(&self, uri: &str) -> Result<Vec<mlmd::Artifact>> {
        self.read("artifacts_by_uri", |tx| lineage::artifacts_by_uri(tx, uri))
    }

    async fn artifact_events(
        &self,
        artifact_ids: &[Id],
        direction: Direction,
    ) -> Result<Vec<ArtifactEvent>> {
        self.read("artifact_events", |tx| {
            // The artifact's side: which executions, under their first key.
            let events =
                lineage::events(tx, lineage::EventsOf::Artifacts, artifact_ids, direction)?;
            Ok(events.into_iter().map(|(e, _)| e).collect())
        })
    }

    async fn execution_runs(&self, execution_ids: &[Id]) -> Result<BTreeMap<Id, RunContexts>> {
        self.read("execution_runs", |tx| {
            lineage::execution_runs(tx, execution_ids)
        })
    }
}

// === operations ===

fn get_or_create_run(
    tx: &Transaction<'_>,
    pipeline_name: &str,
    run_id: &str,
    run_properties: &Properties,
) -> Result<RunContexts, StoreError> {
    const OP: &str = "get_or_create_run";
    if pipeline_name.is_empty() || run_id.is_empty() {
        return Err(invalid(OP, "pipeline name and run id must not be empty"));
    }
    let pipeline_type = get_or_create_type(tx, KIND_CONTEXT, types::PIPELINE)?;
    let run_type = get_or_create_type(tx, KIND_CONTEXT, types::PIPELINE_RUN)?;
    let now = now_ms();
    let pipeline = match context_id(tx, pipeline_type, pipeline_name)? {
        Some(id) => id,
        None => create_context(tx, pipeline_type, pipeline_name, &Properties::new(), now)?,
    };
    // Properties only at creation: later callers' maps are ignored (§4.2).
    let run = match context_id(tx, run_type, run_id)? {
        Some(id) => id,
        None => create_context(tx, run_type, run_id, run_properties, now)?,
    };
    let parents = tx
        .prepare_cached("SELECT parent_context_id FROM parent_context WHERE context_id = ?1")?
        .query_map([run], |row| row.get::<_, Id>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    match parents.as_slice() {
        [] => {
            tx.prepare_cached(
                "INSERT INTO parent_context (context_id, parent_context_id) VALUES (?1, ?2)",
            )?
            .execute([run, pipeline])?;
        }
        [parent] if *parent == pipeline => {}
        _ => {
            return Err(invalid(
                OP,
                format!(
                    "run {run_id:?} already belongs to a pipeline other than {pipeline_name:?}"
                ),
            ))
        }
    }
    Ok(RunContexts {
        pipeline: read_context(tx, pipeline)?,
        run: read_context(tx, run)?,
    })
}

fn get_run(
    tx: &Transaction<'_>,
    pipeline_name: &str,
    run_id: &str,
) -> Result<Option<RunContexts>, StoreError> {
    let (Some(pipeline_type), Some(run_type)) = (
        type_id(tx, KIND_CONTEXT, types::PIPELINE)?,
        type_id(tx, KIND_CONTEXT, types::PIPELINE_RUN)?,
    ) else {
        return Ok(None);
    };
    let (Some(pipeline), Some(run)) = (
        context_id(tx, pipeline_type, pipeline_name)?,
        context_id(tx, run_type, run_id)?,
    ) else {
        return Ok(None);
    };
    Ok(Some(RunContexts {
        pipeline: read_context(tx, pipeline)?,
        run: read_context(tx, run)?,
    }))
}

fn create_execution(
    tx: &Transaction<'_>,
    run: &RunContexts,
    new: &NewExecution,
) -> Result<mlmd::Execution, StoreError> {
    const OP: &str = "create_execution";
    let contexts = run_context_ids(tx, run, OP)?;
    if new.type_name.is_empty() {
        return Err(invalid(OP, "execution type name must not be empty"));
    }
    let type_id = get_or_create_type(tx, KIND_EXECUTION, &new.type_name)?;
    if let Some(name) = &new.name {
        let existing = tx
            .prepare_cached("SELECT id FROM execution WHERE type_id = ?1 AND name = ?2")?
            .query_row(params![type_id, name], |row| row.get::<_, Id>(0))
            .optional()?;
        if let Some(id) = existing {
            return existing_execution(tx, id);
        }
    }
    for (_, artifact_id) in &new.inputs {
        if !artifact_exists(tx, *artifact_id)? {
            return Err(MetadataError::ArtifactNotFound { id: *artifact_id }.into());
        }
    }
    let now = now_ms();
    tx.prepare_cached(
        "INSERT INTO execution (type_id, name, last_known_state, create_time_since_epoch, \
         last_update_time_since_epoch) VALUES (?1, ?2, ?3, ?4, ?4)",
    )?
    .execute(params![type_id, new.name, new.state.map(|s| s as i32), now])?;
    let id = tx.last_insert_rowid();
    properties::replace(tx, Owner::Execution, id, &new.custom_properties)?;
    for context in contexts {
        associate(tx, context, id)?;
    }
    for (artifact_id, steps) in event_path::input_paths(&new.inputs) {
        insert_event(tx, artifact_id, id, event::Type::Input, &steps, now)?;
    }
    existing_execution(tx, id)
}

/// Write an execution's state and custom properties (all of them). Returns its id.
fn update_execution(
    tx: &Transaction<'_>,
    execution: &mlmd::Execution,
    op: &'static str,
) -> Result<Id, StoreError> {
    let id = execution
        .id
        .ok_or_else(|| invalid(op, "execution has no id"))?;
    if !execution.properties.is_empty() {
        return Err(invalid(
            op,
            "KFP types declare no properties: use custom_properties",
        ));
    }
    let stored_type = tx
        .prepare_cached("SELECT type_id FROM execution WHERE id = ?1")?
        .query_row([id], |row| row.get::<_, Id>(0))
        .optional()?
        .ok_or(MetadataError::ExecutionNotFound { id })?;
    if let Some(asked) = execution.type_id.filter(|&t| t != stored_type) {
        return Err(invalid(
            op,
            format!("execution {id} has type id {stored_type}, not {asked}"),
        ));
    }
    tx.prepare_cached(
        "UPDATE execution SET last_known_state = ?2, last_update_time_since_epoch = ?3 \
         WHERE id = ?1",
    )?
    .execute(params![id, execution.last_known_state, now_ms()])?;
    properties::replace(tx, Owner::Execution, id, &execution.custom_properties)?;
    Ok(id)
}

fn record_artifact(tx: &Transaction<'_>, new: &NewArtifact) -> Result<mlmd::Artifact, StoreError> {
    if new.type_name.is_empty() {
        return Err(invalid(
            "record_artifact",
            "artifact type name must not be empty",
        ));
    }
    let type_id = get_or_create_type(tx, KIND_ARTIFACT, &new.type_name)?;
    tx.prepare_cached(
        "INSERT INTO artifact (type_id, uri, state, create_time_since_epoch, \
         last_update_time_since_epoch) VALUES (?1, ?2, ?3, ?4, ?4)",
    )?
    .execute(params![
        type_id,
        new.uri,
        artifact::State::Live as i32,
        now_ms()
    ])?;
    let id = tx.last_insert_rowid();
    properties::replace(tx, Owner::Artifact, id, &new.custom_properties)?;
    read_artifact(tx, id)
}

fn publish_execution(
    tx: &Transaction<'_>,
    run: &RunContexts,
    execution: &mlmd::Execution,
    outputs: &[(String, Id)],
) -> Result<(), StoreError> {
    const OP: &str = "publish_execution";
    let contexts = run_context_ids(tx, run, OP)?;
    let mut seen = HashSet::new();
    for (name, artifact_id) in outputs {
        if !seen.insert(*artifact_id) {
            return Err(invalid(
                OP,
                format!(
                    "artifact {artifact_id} is output {name:?} and an earlier output: MLMD \
                     keeps one OUTPUT event per artifact and execution"
                ),
            ));
        }
        if !artifact_exists(tx, *artifact_id)? {
            return Err(MetadataError::ArtifactNotFound { id: *artifact_id }.into());
        }
    }
    let id = update_execution(tx, execution, OP)?;
    for &context in &contexts {
        associate(tx, context, id)?;
    }
    let now = now_ms();
    for (name, artifact_id) in outputs {
        let existing = tx
            .prepare_cached(
                "SELECT p.step_key FROM event e \
                 LEFT JOIN event_path p ON p.event_id = e.id AND p.position = 0 \
                 WHERE e.artifact_id = ?1 AND e.execution_id = ?2 AND e.type = ?3",
            )?
            .query_row(
                params![artifact_id, id, event::Type::Output as i32],
                |row| row.get::<_, Option<String>>(0),
            )
            .optional()?;
        match existing {
            None => {
                let path = [event_path::Step::Key(name.clone())];
                insert_event(tx, *artifact_id, id, event::Type::Output, &path, now)?
            }
            // An earlier publish of the same outputs (Argo retry): nothing to add.
            Some(Some(key)) if key == *name => {}
            Some(key) => {
                return Err(invalid(
                    OP,
                    format!(
                        "artifact {artifact_id} is already output {:?} of execution {id}, \
                         not {name:?}",
                        key.unwrap_or_default()
                    ),
                ))
            }
        }
        for &context in &contexts {
            tx.prepare_cached(
                "INSERT INTO attribution (context_id, artifact_id) VALUES (?1, ?2) \
                 ON CONFLICT DO NOTHING",
            )?
            .execute([context, *artifact_id])?;
        }
    }
    Ok(())
}

fn open_execution(
    tx: &Transaction<'_>,
    id: Id,
) -> Result<(mlmd::Execution, RunContexts), StoreError> {
    let execution = existing_execution(tx, id)?;
    let contexts = tx
        .prepare_cached("SELECT context_id FROM association WHERE execution_id = ?1")?
        .query_map([id], |row| row.get::<_, Id>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let (mut pipeline, mut run) = (None, None);
    for context in contexts {
        let context = read_context(tx, context)?;
        match context.r#type.as_deref() {
            Some(types::PIPELINE) => pipeline = Some(context),
            Some(types::PIPELINE_RUN) => run = Some(context),
            _ => {}
        }
    }
    match (pipeline, run) {
        (Some(pipeline), Some(run)) => Ok((execution, RunContexts { pipeline, run })),
        _ => Err(invalid(
            "open_execution",
            format!(
                "execution {id} is not associated with a {} and a {} context",
                types::PIPELINE,
                types::PIPELINE_RUN
            ),
        )),
    }
}

/// New artifacts and the publish in one transaction; a new artifact whose
/// URI already is this execution's output of the same name is reused.
fn publish(
    tx: &Transaction<'_>,
    run: &RunContexts,
    execution: &mlmd::Execution,
    outputs: &[(String, PublishedArtifact)],
) -> Result<Vec<Id>, StoreError> {
    const OP: &str = "publish";
    let id = execution
        .id
        .ok_or_else(|| invalid(OP, "execution has no id"))?;
    let mut ids = Vec::with_capacity(outputs.len());
    for (name, out) in outputs {
        let artifact_id = match out {
            PublishedArtifact::Recorded(artifact_id) => *artifact_id,
            PublishedArtifact::New(new) => {
                let earlier = tx
                    .prepare_cached(
                        "SELECT a.id FROM event e \
                         JOIN event_path p ON p.event_id = e.id AND p.position = 0 \
                         JOIN artifact a ON a.id = e.artifact_id \
                         WHERE e.execution_id = ?1 AND e.type = ?2 AND p.step_key = ?3 \
                         AND a.uri = ?4",
                    )?
                    .query_row(
                        params![id, event::Type::Output as i32, name, new.uri],
                        |row| row.get::<_, Id>(0),
                    )
                    .optional()?;
                match earlier {
                    Some(artifact_id) => artifact_id,
                    None => record_artifact(tx, new)?.id.unwrap_or_default(),
                }
            }
        };
        ids.push(artifact_id);
    }
    let pairs: Vec<(String, Id)> = outputs
        .iter()
        .map(|(name, _)| name.clone())
        .zip(ids.iter().copied())
        .collect();
    publish_execution(tx, run, execution, &pairs)?;
    Ok(ids)
}

fn child_executions(
    tx: &Transaction<'_>,
    run: &RunContexts,
    parent_dag_id: Id,
) -> Result<Vec<mlmd::Execution>, StoreError> {
    let run_id = run
        .run
        .id
        .ok_or_else(|| invalid("child_executions", "run context has no id"))?;
    // MLMD's `custom_properties.parent_dag_id.int_value = <id>` over the run context.
    let ids = tx
        .prepare_cached(
            "SELECT e.id FROM execution e \
             JOIN association a ON a.execution_id = e.id \
             JOIN execution_property p ON p.execution_id = e.id \
             WHERE a.context_id = ?1 AND p.name = ?2 AND p.value_kind = 1 AND p.int_value = ?3 \
             ORDER BY e.id",
        )?
        .query_map(params![run_id, keys::PARENT_DAG_ID, parent_dag_id], |row| {
            row.get::<_, Id>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.into_iter()
        .map(|id| existing_execution(tx, id))
        .collect()
}

fn latest_task_execution(
    tx: &Transaction<'_>,
    pipeline_name: &str,
    task_name: &str,
    states: &[State],
) -> Result<Option<mlmd::Execution>, StoreError> {
    if states.is_empty() {
        return Ok(None);
    }
    let states: Vec<i32> = states.iter().map(|&s| s as i32).collect();
    let states = serde_json::to_string(&states).map_err(StoreError::encode)?;
    let id = tx
        .prepare_cached(
            "SELECT e.id FROM execution e \
             JOIN association a ON a.execution_id = e.id \
             JOIN context c ON c.id = a.context_id \
             JOIN type t ON t.id = c.type_id \
             JOIN execution_property p ON p.execution_id = e.id \
             WHERE t.kind = ?1 AND t.name = ?2 AND c.name = ?3 \
               AND p.name = ?4 AND p.value_kind = 3 AND p.string_value = ?5 \
               AND e.last_known_state IN (SELECT value FROM json_each(?6)) \
             ORDER BY e.id DESC LIMIT 1",
        )?
        .query_row(
            params![
                KIND_CONTEXT,
                types::PIPELINE,
                pipeline_name,
                keys::TASK_NAME,
                task_name,
                states
            ],
            |row| row.get::<_, Id>(0),
        )
        .optional()?;
    id.map(|id| existing_execution(tx, id)).transpose()
}

fn cached_execution(
    tx: &Transaction<'_>,
    pipeline_name: &str,
    namespace: &str,
    fingerprint: &str,
) -> Result<Option<mlmd::Execution>, StoreError> {
    let id = tx
        .prepare_cached(
            "SELECT e.id FROM execution e \
             JOIN association a ON a.execution_id = e.id \
             JOIN context c ON c.id = a.context_id \
             JOIN type t ON t.id = c.type_id \
             JOIN execution_property f ON f.execution_id = e.id \
             JOIN execution_property n ON n.execution_id = e.id \
             WHERE t.kind = ?1 AND t.name = ?2 AND c.name = ?3 \
               AND f.name = ?4 AND f.value_kind = 3 AND f.string_value = ?5 \
               AND n.name = ?6 AND n.value_kind = 3 AND n.string_value = ?7 \
               AND e.last_known_state = ?8 \
             ORDER BY e.id DESC LIMIT 1",
        )?
        .query_row(
            params![
                KIND_CONTEXT,
                types::PIPELINE,
                pipeline_name,
                keys::CACHE_FINGERPRINT,
                fingerprint,
                keys::NAMESPACE,
                namespace,
                State::Complete as i32
            ],
            |row| row.get::<_, Id>(0),
        )
        .optional()?;
    id.map(|id| existing_execution(tx, id)).transpose()
}

fn linked_artifacts(
    tx: &Transaction<'_>,
    execution_ids: &[Id],
    direction: Direction,
) -> Result<Vec<LinkedArtifact>, StoreError> {
    let events = lineage::events(tx, lineage::EventsOf::Executions, execution_ids, direction)?;
    // One item per use of an artifact (see `event_path`).
    let events = event_path::expand(
        events,
        |e| e.execution_id,
        |e, key| ArtifactEvent { key, ..e.clone() },
    );
    let mut artifacts: HashMap<Id, mlmd::Artifact> = HashMap::new();
    let mut linked = Vec::with_capacity(events.len());
    for e in events {
        let artifact = match artifacts.get(&e.artifact_id) {
            Some(artifact) => artifact.clone(),
            None => {
                let artifact = read_artifact(tx, e.artifact_id)?;
                artifacts.insert(e.artifact_id, artifact.clone());
                artifact
            }
        };
        linked.push(LinkedArtifact {
            execution_id: e.execution_id,
            key: e.key,
            direction: e.direction,
            artifact,
        });
    }
    Ok(linked)
}

/// The oldest LIVE artifact of the pipeline context with the URI, type and
/// exactly the custom properties asked for.
fn reusable_artifact(
    tx: &Transaction<'_>,
    run: &RunContexts,
    wanted: &NewArtifact,
) -> Result<Option<mlmd::Artifact>, StoreError> {
    const OP: &str = "reusable_artifact";
    let pipeline_id = run
        .pipeline
        .id
        .ok_or_else(|| invalid(OP, "pipeline context has no id"))?;
    if wanted.type_name.is_empty() {
        return Err(invalid(OP, "artifact type name must not be empty"));
    }
    let ids = tx
        .prepare_cached(
            "SELECT a.id FROM artifact a \
             JOIN attribution at ON at.artifact_id = a.id \
             JOIN type t ON t.id = a.type_id \
             WHERE at.context_id = ?1 AND a.uri = ?2 AND t.kind = ?3 AND t.name = ?4 \
               AND a.state = ?5 \
             ORDER BY a.id",
        )?
        .query_map(
            params![
                pipeline_id,
                wanted.uri,
                KIND_ARTIFACT,
                wanted.type_name,
                artifact::State::Live as i32
            ],
            |row| row.get::<_, Id>(0),
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for id in ids {
        let candidate = read_artifact(tx, id)?;
        if candidate.custom_properties == wanted.custom_properties {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}

// === errors ===

/// What the inner functions fail with; turned into a [`MetadataError`] that
/// names the trait method at the boundary.
#[derive(Debug)]
enum StoreError {
    Sql(rusqlite::Error),
    Encode(serde_json::Error),
    /// The file or a row is not what this code wrote.
    Invalid(String),
    Metadata(MetadataError),
}

impl StoreError {
    fn encode(e: serde_json::Error) -> Self {
        Self::Encode(e)
    }

    fn into_metadata(self, operation: &'static str) -> MetadataError {
        let source: Box<dyn std::error::Error + Send + Sync> = match self {
            Self::Metadata(e) => return e,
            Self::Sql(e) => Box::new(e),
            Self::Encode(e) => Box::new(e),
            Self::Invalid(message) => message.into(),
        };
        MetadataError::Backend { operation, source }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Sql(e)
    }
}

impl From<MetadataError> for StoreError {
    fn from(e: MetadataError) -> Self {
        Self::Metadata(e)
    }
}

fn invalid(operation: &'static str, message: impl Into<String>) -> StoreError {
    StoreError::Metadata(MetadataError::InvalidArgument {
        operation,
        message: message.into(),
    })
}
