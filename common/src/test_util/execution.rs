//! What tests read back from an MLMD execution a step published.

use crate::metadata::value;
use crate::proto::ml_metadata::{execution::State, Execution};

/// Custom property `key` as a string; `""` when absent or not a string.
pub fn str_prop<'a>(e: &'a Execution, key: &str) -> &'a str {
    value::str_property(&e.custom_properties, key)
}

/// Custom property `key` as an integer.
pub fn int_prop(e: &Execution, key: &str) -> Option<i64> {
    e.custom_properties.get(key).and_then(value::as_int)
}

/// The execution's last known state.
///
/// # Panics
///
/// When it has none: every execution a step writes has one.
pub fn state(e: &Execution) -> State {
    e.last_known_state
        .and_then(|s| State::try_from(s).ok())
        .unwrap_or_else(|| panic!("execution {:?} has no known state", e.id))
}
