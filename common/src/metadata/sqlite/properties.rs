//! Custom properties: `ml_metadata.Value` ↔ one row of a `*_property` table.

use kfp_proto::ml_metadata::{value::Value as V, Value};
use pbjson_types::{value::Kind, Struct};
use rusqlite::{params, Row, Transaction};

use super::StoreError;
use crate::metadata::{Id, Properties};

/// Which record a property belongs to; names its table and owner column.
#[derive(Debug, Clone, Copy)]
pub(super) enum Owner {
    Context,
    Execution,
    Artifact,
}

impl Owner {
    fn table(self) -> (&'static str, &'static str) {
        match self {
            Self::Context => ("context_property", "context_id"),
            Self::Execution => ("execution_property", "execution_id"),
            Self::Artifact => ("artifact_property", "artifact_id"),
        }
    }
}

/// The typed columns of one property row.
#[derive(Debug, Default)]
struct Columns {
    kind: i64,
    int: Option<i64>,
    double: Option<f64>,
    string: Option<String>,
    structure: Option<String>,
    proto: Option<String>,
    boolean: Option<bool>,
}

fn encode(value: &Value) -> Result<Columns, StoreError> {
    let mut c = Columns::default();
    match &value.value {
        None => {}
        Some(V::IntValue(i)) => {
            c.kind = 1;
            c.int = Some(*i);
        }
        Some(V::DoubleValue(d)) => {
            // SQLite stores NaN as NULL; `value_kind` keeps it a double.
            c.kind = 2;
            c.double = Some(*d);
        }
        Some(V::StringValue(s)) => {
            c.kind = 3;
            c.string = Some(s.clone());
        }
        Some(V::StructValue(s)) => {
            c.kind = 4;
            c.structure = Some(struct_to_json(s)?.to_string());
        }
        Some(V::ProtoValue(a)) => {
            c.kind = 5;
            c.proto = Some(serde_json::to_string(a).map_err(StoreError::encode)?);
        }
        Some(V::BoolValue(b)) => {
            c.kind = 6;
            c.boolean = Some(*b);
        }
    }
    Ok(c)
}

fn decode(row: &Row<'_>) -> Result<(String, Value), StoreError> {
    let name: String = row.get(0)?;
    let kind: i64 = row.get(1)?;
    let value = match kind {
        0 => None,
        1 => Some(V::IntValue(
            row.get::<_, Option<i64>>(2)?.unwrap_or_default(),
        )),
        2 => Some(V::DoubleValue(
            row.get::<_, Option<f64>>(3)?.unwrap_or(f64::NAN),
        )),
        3 => Some(V::StringValue(
            row.get::<_, Option<String>>(4)?.unwrap_or_default(),
        )),
        4 => {
            let json: String = row.get(5)?;
            let json = serde_json::from_str(&json).map_err(StoreError::encode)?;
            Some(V::StructValue(json_to_struct(json)?))
        }
        5 => {
            let json: String = row.get(6)?;
            Some(V::ProtoValue(
                serde_json::from_str(&json).map_err(StoreError::encode)?,
            ))
        }
        6 => Some(V::BoolValue(
            row.get::<_, Option<bool>>(7)?.unwrap_or_default(),
        )),
        other => {
            return Err(StoreError::Invalid(format!(
                "property {name:?} has unknown value kind {other}"
            )))
        }
    };
    Ok((name, Value { value }))
}

/// A `google.protobuf.Struct` as JSON. Not through pbjson's serde: it reads
/// `null` back as a `Value` without a kind instead of `NullValue`.
fn struct_to_json(s: &Struct) -> Result<serde_json::Value, StoreError> {
    s.fields
        .iter()
        .map(|(k, v)| Ok((k.clone(), value_to_json(v)?)))
        .collect::<Result<serde_json::Map<_, _>, StoreError>>()
        .map(serde_json::Value::Object)
}

fn value_to_json(v: &pbjson_types::Value) -> Result<serde_json::Value, StoreError> {
    use serde_json::Value as J;
    Ok(match &v.kind {
        None | Some(Kind::NullValue(_)) => J::Null,
        Some(Kind::BoolValue(b)) => J::Bool(*b),
        Some(Kind::StringValue(s)) => J::String(s.clone()),
        Some(Kind::NumberValue(n)) => {
            J::Number(serde_json::Number::from_f64(*n).ok_or_else(|| {
                StoreError::Invalid(format!("a struct holds the number {n}, which JSON cannot"))
            })?)
        }
        Some(Kind::ListValue(l)) => J::Array(
            l.values
                .iter()
                .map(value_to_json)
                .collect::<Result<_, _>>()?,
        ),
        Some(Kind::StructValue(s)) => struct_to_json(s)?,
    })
}

fn json_to_struct(json: serde_json::Value) -> Result<Struct, StoreError> {
    match json_to_value(json).kind {
        Some(Kind::StructValue(s)) => Ok(s),
        _ => Err(StoreError::Invalid(
            "a struct property is not a JSON object".into(),
        )),
    }
}

fn json_to_value(json: serde_json::Value) -> pbjson_types::Value {
    use serde_json::Value as J;
    let kind = match json {
        J::Null => Kind::NullValue(0),
        J::Bool(b) => Kind::BoolValue(b),
        J::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or_default()),
        J::String(s) => Kind::StringValue(s),
        J::Array(values) => Kind::ListValue(pbjson_types::ListValue {
            values: values.into_iter().map(json_to_value).collect(),
        }),
        J::Object(fields) => Kind::StructValue(Struct {
            fields: fields
                .into_iter()
                .map(|(k, v)| (k, json_to_value(v)))
                .collect(),
        }),
    };
    pbjson_types::Value { kind: Some(kind) }
}

/// Replace all custom properties of a record.
pub(super) fn replace(
    tx: &Transaction<'_>,
    owner: Owner,
    id: Id,
    properties: &Properties,
) -> Result<(), StoreError> {
    let (table, column) = owner.table();
    tx.prepare_cached(&format!("DELETE FROM {table} WHERE {column} = ?1"))?
        .execute([id])?;
    let mut insert = tx.prepare_cached(&format!(
        "INSERT INTO {table} ({column}, name, value_kind, int_value, double_value, \
         string_value, struct_value, proto_value, bool_value) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    ))?;
    for (name, value) in properties {
        let c = encode(value)?;
        insert.execute(params![
            id,
            name,
            c.kind,
            c.int,
            c.double,
            c.string,
            c.structure,
            c.proto,
            c.boolean
        ])?;
    }
    Ok(())
}

/// All custom properties of a record.
pub(super) fn read(tx: &Transaction<'_>, owner: Owner, id: Id) -> Result<Properties, StoreError> {
    let (table, column) = owner.table();
    let mut select = tx.prepare_cached(&format!(
        "SELECT name, value_kind, int_value, double_value, string_value, struct_value, \
         proto_value, bool_value FROM {table} WHERE {column} = ?1"
    ))?;
    let mut rows = select.query([id])?;
    let mut properties = Properties::new();
    while let Some(row) = rows.next()? {
        let (name, value) = decode(row)?;
        properties.insert(name, value);
    }
    Ok(properties)
}
