//! Where an execution's input parameters came from: the custom property
//! [`keys::PARAMETER_PRODUCERS`].
//!
//! MLMD records artifacts with events, but a parameter is only a value in
//! the consumer's `inputs` struct (contract §4.3): nothing says which
//! upstream execution produced it. A task fed only parameters (a report of
//! counts, a trainer given a tuned learning rate) would end every lineage.
//! Whoever resolves an input from an upstream output parameter therefore
//! records the producing execution here, and a lineage walk follows it like
//! an artifact's OUTPUT event.
//!
//! The value is a struct: input name → list of `{"execution_id": N,
//! "task": "<task_name>", "output": "<output parameter key>"}`. A list,
//! because a `dsl.Collected` input has one producer per iteration. Readers
//! skip entries they cannot parse: the property is advisory, never required.

use std::collections::BTreeMap;

use kfp_proto::ml_metadata as mlmd;
use pbjson_types::{value::Kind, ListValue, Struct, Value};

use super::{keys, value, Id, Properties};

const EXECUTION_ID: &str = "execution_id";
const TASK: &str = "task";
const OUTPUT: &str = "output";

/// One upstream output parameter an input was resolved from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ParameterProducer {
    /// MLMD id of the execution that produced the value.
    pub execution_id: Id,
    /// Its `task_name`.
    pub task: String,
    /// Its output parameter key.
    pub output: String,
}

/// Input parameter name → its producers, as the property holds them.
pub type ParameterProducers = BTreeMap<String, Vec<ParameterProducer>>;

/// The property value for `producers` (to insert under
/// [`keys::PARAMETER_PRODUCERS`]); `None` when there are none, so that an
/// execution fed only by pipeline inputs carries no empty struct.
pub fn to_value(producers: &ParameterProducers) -> Option<mlmd::Value> {
    if producers.values().all(Vec::is_empty) {
        return None;
    }
    let fields = producers
        .iter()
        .filter(|(_, list)| !list.is_empty())
        .map(|(input, list)| {
            let values = list.iter().map(entry).collect();
            (input.clone(), kind(Kind::ListValue(ListValue { values })))
        })
        .collect();
    Some(value::structure(Struct { fields }))
}

/// The producers recorded on an execution; empty when the property is
/// absent. Malformed entries are skipped.
pub fn read(custom_properties: &Properties) -> ParameterProducers {
    let Some(recorded) = custom_properties
        .get(keys::PARAMETER_PRODUCERS)
        .and_then(value::as_struct)
    else {
        return ParameterProducers::new();
    };
    recorded
        .fields
        .iter()
        .filter_map(|(input, list)| {
            let Some(Kind::ListValue(list)) = &list.kind else {
                return None;
            };
            let parsed: Vec<ParameterProducer> = list.values.iter().filter_map(parse).collect();
            (!parsed.is_empty()).then(|| (input.clone(), parsed))
        })
        .collect()
}

fn entry(p: &ParameterProducer) -> Value {
    let fields = [
        (EXECUTION_ID, Kind::NumberValue(p.execution_id as f64)),
        (TASK, Kind::StringValue(p.task.clone())),
        (OUTPUT, Kind::StringValue(p.output.clone())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), kind(v)))
    .collect();
    kind(Kind::StructValue(Struct { fields }))
}

fn parse(v: &Value) -> Option<ParameterProducer> {
    let Some(Kind::StructValue(s)) = &v.kind else {
        return None;
    };
    let string = |key: &str| match s.fields.get(key).and_then(|v| v.kind.as_ref()) {
        Some(Kind::StringValue(text)) => Some(text.clone()),
        _ => None,
    };
    // Ids travel as JSON numbers (f64): exact below 2^53, far above any MLMD id.
    let execution_id = match s.fields.get(EXECUTION_ID).and_then(|v| v.kind.as_ref()) {
        Some(Kind::NumberValue(n)) if n.fract() == 0.0 && *n >= 1.0 => *n as Id,
        _ => return None,
    };
    Some(ParameterProducer {
        execution_id,
        task: string(TASK)?,
        output: string(OUTPUT)?,
    })
}

fn kind(kind: Kind) -> Value {
    Value { kind: Some(kind) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn producer(id: Id, task: &str, output: &str) -> ParameterProducer {
        ParameterProducer {
            execution_id: id,
            task: task.to_owned(),
            output: output.to_owned(),
        }
    }

    #[test]
    fn round_trips_through_the_property() {
        let producers = ParameterProducers::from([
            (
                "words".to_owned(),
                vec![producer(8, "count-words", "words")],
            ),
            (
                "sizes".to_owned(),
                vec![
                    producer(11, "measure", "size"),
                    producer(12, "measure", "size"),
                ],
            ),
        ]);
        let value = to_value(&producers).expect("a value");
        let props = Properties::from([(keys::PARAMETER_PRODUCERS.to_owned(), value)]);
        assert_eq!(read(&props), producers);
    }

    #[test]
    fn nothing_to_record_is_no_property() {
        assert_eq!(to_value(&ParameterProducers::new()), None);
        assert_eq!(
            to_value(&ParameterProducers::from([("x".to_owned(), vec![])])),
            None
        );
        assert!(read(&Properties::new()).is_empty());
    }

    #[test]
    fn malformed_entries_are_skipped() {
        let good = entry(&producer(3, "t", "o"));
        let bad_id = entry(&producer(3, "t", "o"));
        let mut bad_id = bad_id;
        if let Some(Kind::StructValue(s)) = &mut bad_id.kind {
            s.fields
                .insert(EXECUTION_ID.to_owned(), kind(Kind::NumberValue(2.5)));
        }
        let fields = [
            (
                "a".to_owned(),
                kind(Kind::ListValue(ListValue {
                    values: vec![good, bad_id, kind(Kind::StringValue("x".into()))],
                })),
            ),
            ("b".to_owned(), kind(Kind::StringValue("not a list".into()))),
        ]
        .into_iter()
        .collect();
        let props = Properties::from([(
            keys::PARAMETER_PRODUCERS.to_owned(),
            value::structure(Struct { fields }),
        )]);
        assert_eq!(
            read(&props),
            ParameterProducers::from([("a".to_owned(), vec![producer(3, "t", "o")])])
        );
    }
}
