//! The store's tables and their versioning.
//!
//! The layout follows MLMD's own schema, trimmed to what KFP writes: one type
//! table for the three kinds, contexts/executions/artifacts with their custom
//! properties in side tables (one typed column per `Value` kind, so the
//! `parent_dag_id` and `task_name` filters are indexed lookups), events with
//! their paths, and the three link tables. `UNIQUE (artifact_id, execution_id,
//! type)` on events is MLMD's `UniqueEvent` constraint.

use rusqlite::{Connection, TransactionBehavior};

use super::StoreError;

/// `PRAGMA application_id` of a kfp-runtime store ("kfpr"), so that another
/// program's SQLite file (e.g. a real MLMD store, whose table names differ
/// only in case) is refused instead of half-used.
pub(super) const APPLICATION_ID: i32 = 0x6b66_7072;

/// `PRAGMA user_version` this code reads and writes.
pub(super) const SCHEMA_VERSION: i32 = 1;

/// `type.kind` values: MLMD's `TypeKind` numbering.
pub(super) const KIND_EXECUTION: i64 = 0;
pub(super) const KIND_ARTIFACT: i64 = 1;
pub(super) const KIND_CONTEXT: i64 = 2;

const SCHEMA_V1: &str = r#"
CREATE TABLE IF NOT EXISTS type (
    id   INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (kind, name)
);

CREATE TABLE IF NOT EXISTS context (
    id                           INTEGER PRIMARY KEY,
    type_id                      INTEGER NOT NULL REFERENCES type (id),
    name                         TEXT NOT NULL,
    create_time_since_epoch      INTEGER NOT NULL,
    last_update_time_since_epoch INTEGER NOT NULL,
    UNIQUE (type_id, name)
);

CREATE TABLE IF NOT EXISTS parent_context (
    context_id        INTEGER NOT NULL REFERENCES context (id),
    parent_context_id INTEGER NOT NULL REFERENCES context (id),
    PRIMARY KEY (context_id, parent_context_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS execution (
    id                           INTEGER PRIMARY KEY,
    type_id                      INTEGER NOT NULL REFERENCES type (id),
    name                         TEXT,
    last_known_state             INTEGER,
    create_time_since_epoch      INTEGER NOT NULL,
    last_update_time_since_epoch INTEGER NOT NULL,
    UNIQUE (type_id, name)
);

CREATE TABLE IF NOT EXISTS artifact (
    id                           INTEGER PRIMARY KEY,
    type_id                      INTEGER NOT NULL REFERENCES type (id),
    uri                          TEXT,
    state                        INTEGER,
    create_time_since_epoch      INTEGER NOT NULL,
    last_update_time_since_epoch INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS artifact_uri ON artifact (uri);

CREATE TABLE IF NOT EXISTS event (
    id                       INTEGER PRIMARY KEY,
    artifact_id              INTEGER NOT NULL REFERENCES artifact (id),
    execution_id             INTEGER NOT NULL REFERENCES execution (id),
    type                     INTEGER NOT NULL,
    milliseconds_since_epoch INTEGER NOT NULL,
    UNIQUE (artifact_id, execution_id, type)
);
CREATE INDEX IF NOT EXISTS event_execution ON event (execution_id, type);

CREATE TABLE IF NOT EXISTS event_path (
    event_id      INTEGER NOT NULL REFERENCES event (id),
    position      INTEGER NOT NULL,
    is_index_step INTEGER NOT NULL,
    step_index    INTEGER,
    step_key      TEXT,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS association (
    context_id   INTEGER NOT NULL REFERENCES context (id),
    execution_id INTEGER NOT NULL REFERENCES execution (id),
    PRIMARY KEY (context_id, execution_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS association_execution ON association (execution_id);

CREATE TABLE IF NOT EXISTS attribution (
    context_id  INTEGER NOT NULL REFERENCES context (id),
    artifact_id INTEGER NOT NULL REFERENCES artifact (id),
    PRIMARY KEY (context_id, artifact_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS attribution_artifact ON attribution (artifact_id);

-- Custom properties. value_kind is the field number of the ml_metadata.Value
-- oneof (0 unset, 1 int, 2 double, 3 string, 4 struct, 5 proto, 6 bool);
-- struct_value and proto_value hold the protobuf JSON of the message.
CREATE TABLE IF NOT EXISTS context_property (
    context_id   INTEGER NOT NULL REFERENCES context (id),
    name         TEXT NOT NULL,
    value_kind   INTEGER NOT NULL,
    int_value    INTEGER,
    double_value REAL,
    string_value TEXT,
    struct_value TEXT,
    proto_value  TEXT,
    bool_value   INTEGER,
    PRIMARY KEY (context_id, name)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS execution_property (
    execution_id INTEGER NOT NULL REFERENCES execution (id),
    name         TEXT NOT NULL,
    value_kind   INTEGER NOT NULL,
    int_value    INTEGER,
    double_value REAL,
    string_value TEXT,
    struct_value TEXT,
    proto_value  TEXT,
    bool_value   INTEGER,
    PRIMARY KEY (execution_id, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS execution_property_int ON execution_property (name, int_value);
CREATE INDEX IF NOT EXISTS execution_property_string ON execution_property (name, string_value);

CREATE TABLE IF NOT EXISTS artifact_property (
    artifact_id  INTEGER NOT NULL REFERENCES artifact (id),
    name         TEXT NOT NULL,
    value_kind   INTEGER NOT NULL,
    int_value    INTEGER,
    double_value REAL,
    string_value TEXT,
    struct_value TEXT,
    proto_value  TEXT,
    bool_value   INTEGER,
    PRIMARY KEY (artifact_id, name)
) WITHOUT ROWID;
"#;

/// Create the tables of a new store, or check that an existing file is a
/// store this code can use. One immediate transaction, so two processes
/// opening a fresh file at once do not both create it.
pub(super) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let application_id: i32 = tx.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if application_id != 0 && application_id != APPLICATION_ID {
        return Err(StoreError::Invalid(format!(
            "not a kfp-runtime metadata store (application_id {application_id:#x})"
        )));
    }
    if version > SCHEMA_VERSION {
        return Err(StoreError::Invalid(format!(
            "metadata store schema version {version} is newer than this program's \
             ({SCHEMA_VERSION})"
        )));
    }
    if version == 0 {
        let tables: i64 = tx.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        if tables > 0 {
            return Err(StoreError::Invalid(
                "not a kfp-runtime metadata store (tables without a schema version)".into(),
            ));
        }
    }
    tx.execute_batch(SCHEMA_V1)?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}
