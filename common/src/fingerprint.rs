//! The cache fingerprint, byte-compatible with KFP's Go driver (contract §5.1),
//! so caches are shared with Go components (e.g. during a migration).
//!
//! Go builds the `CacheKey` proto, writes it with protojson, parses that into
//! a generic value (every number a float64) and `json.Marshal`s it: compact,
//! object keys sorted at every level, Go float formatting, HTML-safe
//! escaping. The fingerprint is the lowercase hex SHA-256 of those bytes.
//! A custom `cacheKey` replaces all of that by
//! `sha256(componentRef.name ‖ 0x00 ‖ cacheKey)` (the name and NUL omitted
//! when the name is empty).

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::gojson::GoJson;

/// Errors of [`canonical_json`].
#[derive(Debug, thiserror::Error)]
pub enum FingerprintError {
    #[error("cache key is not JSON")]
    Json(#[source] serde_json::Error),
    #[error("cache key must be a JSON object, found {found}")]
    NotAnObject { found: &'static str },
}

/// The bytes Go hashes for a cache key given as (protojson) JSON text.
pub fn canonical_json(cache_key: &str) -> Result<String, FingerprintError> {
    let value: Value = serde_json::from_str(cache_key).map_err(FingerprintError::Json)?;
    if !value.is_object() {
        return Err(FingerprintError::NotAnObject {
            found: kind(&value),
        });
    }
    Ok(canonical_value(value))
}

/// The canonical bytes of any JSON value, a whole key or one part of it
/// (`driver fingerprint --explain` compares keys part by part).
pub fn canonical_value(mut value: Value) -> String {
    numbers_as_floats(&mut value);
    GoJson::ENCODING_JSON.to_string(&value)
}

/// The fingerprint of a cache key given as JSON text.
pub fn fingerprint(cache_key: &str) -> Result<String, FingerprintError> {
    Ok(of_canonical(&canonical_json(cache_key)?))
}

/// The fingerprint of bytes [`canonical_json`] made.
pub fn of_canonical(canonical: &str) -> String {
    sha256_hex(canonical.as_bytes())
}

/// The fingerprint of a custom `cachingOptions.cacheKey`.
pub fn custom_key_fingerprint(component_name: &str, cache_key: &str) -> String {
    let mut h = Sha256::new();
    if !component_name.is_empty() {
        h.update(component_name.as_bytes());
        h.update([0u8]);
    }
    h.update(cache_key.as_bytes());
    hex(&h.finalize())
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Go parses JSON numbers into float64: a large integer loses digits the
/// same way here, and every number is written with Go's float formatting.
fn numbers_as_floats(value: &mut Value) {
    match value {
        Value::Number(n) => {
            if let Some(f) = n.as_f64().and_then(serde_json::Number::from_f64) {
                *n = f;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(numbers_as_floats),
        Value::Object(map) => map.values_mut().for_each(numbers_as_floats),
        _ => {}
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cache key with every field kind, and below the fingerprint KFP's Go
    /// driver computes for it.
    const KEY: &str = r#"{"inputArtifactNames":{"dataset_one":{"artifactNames":["1"]},"dataset_two":{"artifactNames":["2"]}},"inputParameterValues":{"message":"Some string value","num_steps":5},"outputArtifactsSpec":{"model":{"name":"model","type":{"instanceSchema":"title: kfp.Model\ntype: object\nproperties:\n  framework:\n    type: string\n  framework_version:\n    type: string\n"},"metadata":{"name":"model"}},"metrics":{"name":"metrics","type":{"schemaTitle":"kfp.Metrics"},"metadata":{"name":"metrics"}}},"outputParametersSpec":{"output_parameter_one":"STRING","output_parameter_two":"INT"},"containerSpec":{"cmdArgs":["sh","ec","test"],"image":"python:3.11"}}"#;

    #[test]
    fn matches_the_go_driver() {
        assert_eq!(
            fingerprint(KEY).unwrap(),
            "b498530c9016917298999ec0b01f364a180f8a3862bea0fa672a383ca3f22e4e"
        );
    }

    #[test]
    fn keys_are_sorted_and_output_is_compact() {
        let got =
            canonical_json(r#"{ "b": {"z": 1, "a": [2, {"y": 0, "x": 1}]}, "a": "s" }"#).unwrap();
        assert_eq!(got, r#"{"a":"s","b":{"a":[2,{"x":1,"y":0}],"z":1}}"#);
    }

    #[test]
    fn strings_are_escaped_as_encoding_json_does() {
        let got =
            canonical_json(r#"{"s": "<a href=\"x\">&amp;</a>\u2028\u2029\t\u0001é"}"#).unwrap();
        assert_eq!(
            got,
            r#"{"s":"\u003ca href=\"x\"\u003e\u0026amp;\u003c/a\u003e\u2028\u2029\t\u0001é"}"#
        );
    }

    #[test]
    fn numbers_are_float64_with_go_formatting() {
        let got = canonical_json(
            r#"{"int": 5, "neg": -3, "frac": 0.1, "whole": 2.0, "big": 1e21, "small": 1e-7,
                "edge": 0.000001, "huge_int": 12345678901234567891, "zero": 0}"#,
        )
        .unwrap();
        assert_eq!(
            got,
            r#"{"big":1e+21,"edge":0.000001,"frac":0.1,"huge_int":12345678901234567000,"int":5,"neg":-3,"small":1e-7,"whole":2,"zero":0}"#
        );
    }

    #[test]
    fn custom_keys_hash_name_nul_key() {
        let with_name = custom_key_fingerprint("comp-train", "v1");
        assert_eq!(with_name, sha256_hex(b"comp-train\0v1"));
        assert_eq!(custom_key_fingerprint("", "v1"), sha256_hex(b"v1"));
        assert_ne!(with_name, custom_key_fingerprint("comp-other", "v1"));
    }

    #[test]
    fn bad_input_is_named() {
        assert!(matches!(
            canonical_json("[1]"),
            Err(FingerprintError::NotAnObject { found: "an array" })
        ));
        assert!(matches!(
            canonical_json("{"),
            Err(FingerprintError::Json(_))
        ));
    }

    /// Found by fuzzing (fuzz/fuzz_targets/fingerprint.rs): a number with
    /// more digits than a double holds must be read as Go reads it, the
    /// nearest double, so the key hashes as KFP's driver hashes it and
    /// canonical text is canonical again.
    #[test]
    fn long_numbers_are_read_correctly_rounded() {
        let digits = "22222222222222222222222222222222222222222222220";
        let key = format!(r#"{{"inputParameterValues": {{"n": {digits}}}}}"#);
        let canonical = canonical_json(&key).unwrap();
        let nearest: f64 = digits.parse().unwrap();
        let expected = format!(
            r#"{{"inputParameterValues":{{"n":{}}}}}"#,
            crate::gojson::GoJson::ENCODING_JSON.to_string(&serde_json::json!(nearest))
        );
        assert_eq!(canonical, expected);
        assert_eq!(canonical_json(&canonical).unwrap(), canonical);
        for text in [
            "0.1000000000000000055511151231257827",
            "9007199254740993",
            "1e-400",
            "2.2250738585072011e-308",
        ] {
            let key = format!(r#"{{"x": {text}}}"#);
            let once = canonical_json(&key).unwrap();
            assert_eq!(canonical_json(&once).unwrap(), once, "{text}");
        }
    }
}
