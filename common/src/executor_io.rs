//! ExecutorInput / ExecutorOutput JSON and parameter values (contract §3.5, §3.6, §3.8).
//!
//! Written strictly the way Go protojson writes them (whole numbers as
//! integers); read leniently (unknown keys ignored: the SDK echoes back
//! non-proto keys such as `custom_path`).

use std::path::{Path, PathBuf};

use kfp_proto::ml_pipelines::{parameter_type::ParameterTypeEnum, ExecutorInput, ExecutorOutput};
use pbjson_types::{value::Kind, Value};

use crate::gojson::{self, GoJson};

/// Errors reading executor I/O or output parameter files.
#[derive(Debug, thiserror::Error)]
pub enum ExecutorIoError {
    #[error("cannot serialize ExecutorInput")]
    Serialize(#[source] serde_json::Error),
    #[error("{what} is not valid JSON for {proto}")]
    Parse {
        what: String,
        proto: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("cannot read executor output file {path}")]
    ReadOutput {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("output parameter {name:?}: cannot read its file {path}")]
    ReadParameter {
        name: String,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("output parameter {name:?} ({path}): {message}")]
    BadParameter {
        name: String,
        path: PathBuf,
        message: String,
    },
}

/// `{{$}}`: ExecutorInput as Go protojson writes it, so that `3` stays `3`.
pub fn executor_input_json(input: &ExecutorInput) -> Result<String, ExecutorIoError> {
    let mut value = serde_json::to_value(input).map_err(ExecutorIoError::Serialize)?;
    gojson::integral_floats_to_ints(&mut value);
    Ok(GoJson::PROTOJSON.to_string(&value))
}

/// Parse ExecutorInput JSON (the `--executor_input` flag); `what` names the source.
pub fn parse_executor_input(json: &str, what: &str) -> Result<ExecutorInput, ExecutorIoError> {
    from_json_text(json.as_bytes()).map_err(|source| ExecutorIoError::Parse {
        what: what.to_owned(),
        proto: "ExecutorInput",
        source,
    })
}

/// A proto message from JSON text as Go's protojson reads it. One
/// difference matters: pbjson refuses a `google.protobuf.Value` number
/// written as an integer of 2^53 or more (`1000040000000000000`), which Go
/// reads as the double it is, and writes that way itself (a double below
/// 1e21 prints without an exponent). Such integers become doubles first.
/// Found by fuzzing (fuzz/fuzz_targets/executor_io.rs). Every message KFP's
/// Go side writes for us goes through this (ExecutorInput, ExecutorOutput,
/// the driver's and launcher's spec flags, the run's RuntimeConfig); none
/// has a 64-bit integer field whose precision this could cost.
pub fn from_json_text<T: serde::de::DeserializeOwned>(text: &[u8]) -> Result<T, serde_json::Error> {
    let mut value: serde_json::Value = serde_json::from_slice(text)?;
    big_integers_as_doubles(&mut value);
    serde_json::from_value(value)
}

fn big_integers_as_doubles(value: &mut serde_json::Value) {
    use serde_json::Value as J;
    const EXACT: u64 = 1 << f64::MANTISSA_DIGITS;
    match value {
        J::Number(n) => {
            let big = n.as_u64().is_some_and(|u| u >= EXACT)
                || n.as_i64().is_some_and(|i| i.unsigned_abs() >= EXACT);
            if big {
                if let Some(d) = n.as_f64().and_then(serde_json::Number::from_f64) {
                    *n = d;
                }
            }
        }
        J::Array(items) => items.iter_mut().for_each(big_integers_as_doubles),
        J::Object(map) => map.values_mut().for_each(big_integers_as_doubles),
        _ => {}
    }
}

/// Read the executor output file if it exists (absent = empty output).
pub fn read_executor_output(path: &Path) -> Result<ExecutorOutput, ExecutorIoError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ExecutorOutput::default()),
        Err(source) => {
            return Err(ExecutorIoError::ReadOutput {
                path: path.to_owned(),
                source,
            })
        }
    };
    from_json_text(&bytes).map_err(|source| ExecutorIoError::Parse {
        what: format!("executor output file {}", path.display()),
        proto: "ExecutorOutput",
        source,
    })
}

/// The text a parameter placeholder is replaced with (contract §3.5): strings
/// raw, numbers in plain decimal (`5`, `0.1`, `1e21` as 22 digits), bools,
/// lists and structs as compact HTML-escaped JSON. `None` for null or unset,
/// which callers must turn into an error, never an empty string.
pub fn parameter_text(value: &Value) -> Option<String> {
    match value.kind.as_ref()? {
        Kind::NullValue(_) => None,
        Kind::StringValue(s) => Some(s.clone()),
        Kind::NumberValue(n) => Some(format!("{n}")),
        Kind::BoolValue(b) => Some(b.to_string()),
        Kind::ListValue(_) | Kind::StructValue(_) => {
            Some(GoJson::ENCODING_JSON.to_string(&to_json(value)))
        }
    }
}

/// A `google.protobuf.Value` as a generic JSON value, whole numbers as integers.
pub fn to_json(value: &Value) -> serde_json::Value {
    let mut json = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    gojson::integral_floats_to_ints(&mut json);
    json
}

/// A generic JSON value as a `google.protobuf.Value`.
pub fn from_json(json: serde_json::Value) -> Value {
    let kind = match json {
        serde_json::Value::Null => Kind::NullValue(0),
        serde_json::Value::Bool(b) => Kind::BoolValue(b),
        serde_json::Value::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Kind::StringValue(s),
        serde_json::Value::Array(items) => Kind::ListValue(pbjson_types::ListValue {
            values: items.into_iter().map(from_json).collect(),
        }),
        serde_json::Value::Object(map) => Kind::StructValue(pbjson_types::Struct {
            fields: map.into_iter().map(|(k, v)| (k, from_json(v))).collect(),
        }),
    };
    Value { kind: Some(kind) }
}

/// Parse an output parameter file's text by its declared type (contract §3.8).
pub fn parse_output_parameter(ty: ParameterTypeEnum, text: &str) -> Result<Value, String> {
    let kind = match ty {
        ParameterTypeEnum::String => Kind::StringValue(text.to_owned()),
        ParameterTypeEnum::NumberInteger => {
            let t = text.trim();
            let i: i64 = t
                .parse()
                .map_err(|_| format!("{t:?} is not a base-10 integer (type NUMBER_INTEGER)"))?;
            Kind::NumberValue(i as f64)
        }
        ParameterTypeEnum::NumberDouble => {
            let t = text.trim();
            let f: f64 = t
                .parse()
                .map_err(|_| format!("{t:?} is not a number (type NUMBER_DOUBLE)"))?;
            Kind::NumberValue(f)
        }
        ParameterTypeEnum::Boolean => match text.trim() {
            "1" | "t" | "T" | "TRUE" | "true" | "True" => Kind::BoolValue(true),
            "0" | "f" | "F" | "FALSE" | "false" | "False" => Kind::BoolValue(false),
            t => return Err(format!("{t:?} is not a boolean (type BOOLEAN)")),
        },
        ParameterTypeEnum::List | ParameterTypeEnum::Struct => {
            let json: serde_json::Value = serde_json::from_str(text)
                .map_err(|e| format!("not valid JSON ({e}) for type {}", ty.as_str_name()))?;
            let ok = match ty {
                ParameterTypeEnum::List => json.is_array(),
                _ => json.is_object(),
            };
            if !ok {
                return Err(format!(
                    "JSON is not a {} (type {})",
                    if ty == ParameterTypeEnum::List {
                        "list"
                    } else {
                        "object"
                    },
                    ty.as_str_name()
                ));
            }
            return Ok(from_json(json));
        }
        other => {
            return Err(format!(
                "output parameters of type {} are not supported",
                other.as_str_name()
            ))
        }
    };
    Ok(Value { kind: Some(kind) })
}

/// Read and parse one output parameter file.
pub fn read_output_parameter(
    name: &str,
    ty: ParameterTypeEnum,
    path: &Path,
) -> Result<Value, ExecutorIoError> {
    let text = std::fs::read_to_string(path).map_err(|source| ExecutorIoError::ReadParameter {
        name: name.to_owned(),
        path: path.to_owned(),
        source,
    })?;
    parse_output_parameter(ty, &text).map_err(|message| ExecutorIoError::BadParameter {
        name: name.to_owned(),
        path: path.to_owned(),
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn executor_input_writes_whole_numbers_as_integers() {
        let ei: ExecutorInput = serde_json::from_value(json!({
            "inputs": {"parameterValues": {"a": 3.0, "b": 2.5, "c": [1.0, {"d": 4.0}], "s": "x"}},
            "outputs": {"outputFile": "/tmp/kfp_outputs/output_metadata.json"}
        }))
        .unwrap();
        let text = executor_input_json(&ei).unwrap();
        assert!(text.contains(r#""a":3"#), "{text}");
        assert!(text.contains(r#""b":2.5"#), "{text}");
        assert!(text.contains(r#""c":[1,{"d":4}]"#), "{text}");
        assert!(!text.contains("3.0"), "{text}");
        // and it reads back
        assert_eq!(parse_executor_input(&text, "x").unwrap(), ei);
    }

    #[test]
    fn parameter_text_formats_like_the_go_launcher() {
        let v = |j| from_json(j);
        assert_eq!(parameter_text(&v(json!("raw <s>"))).unwrap(), "raw <s>");
        assert_eq!(parameter_text(&v(json!(5))).unwrap(), "5");
        assert_eq!(parameter_text(&v(json!(0.1))).unwrap(), "0.1");
        assert_eq!(
            parameter_text(&v(json!(1e21))).unwrap(),
            "1000000000000000000000"
        );
        assert_eq!(parameter_text(&v(json!(true))).unwrap(), "true");
        assert_eq!(
            parameter_text(&v(json!([1, "a<b"]))).unwrap(),
            r#"[1,"a\u003cb"]"#
        );
        assert_eq!(
            parameter_text(&v(json!({"b": 1, "a": 2.5}))).unwrap(),
            r#"{"a":2.5,"b":1}"#
        );
        assert_eq!(parameter_text(&v(json!(null))), None);
        assert_eq!(parameter_text(&Value { kind: None }), None);
    }

    #[test]
    fn output_parameters_by_type() {
        use ParameterTypeEnum as T;
        let ok = |t, s: &str| to_json(&parse_output_parameter(t, s).unwrap());
        assert_eq!(ok(T::String, " a b \n"), json!(" a b \n"));
        assert_eq!(ok(T::NumberInteger, " 42\n"), json!(42));
        assert!(parse_output_parameter(T::NumberInteger, "1.0").is_err());
        assert_eq!(ok(T::NumberDouble, "2.5\n"), json!(2.5));
        assert_eq!(ok(T::Boolean, "True\n"), json!(true));
        assert_eq!(ok(T::Boolean, "0"), json!(false));
        assert!(parse_output_parameter(T::Boolean, "yes").is_err());
        assert_eq!(ok(T::List, "[1, \"a\"]"), json!([1, "a"]));
        assert!(parse_output_parameter(T::List, "{}").is_err());
        assert_eq!(ok(T::Struct, "{\"a\": 1}"), json!({"a": 1}));
        assert!(parse_output_parameter(T::Struct, "[").is_err());
        assert!(parse_output_parameter(T::TaskFinalStatus, "{}").is_err());
    }

    #[test]
    fn executor_output_is_read_leniently() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("output_metadata.json");
        assert_eq!(read_executor_output(&p).unwrap(), ExecutorOutput::default());
        std::fs::write(&p, r#"{"parameterValues":{"Output":3},"artifacts":{"m":{"artifacts":[{"name":"m","uri":"minio://b/k","metadata":{"accuracy":0.9},"custom_path":"/x","unknown":1}]}},"extra":true}"#).unwrap();
        let out = read_executor_output(&p).unwrap();
        assert_eq!(to_json(&out.parameter_values["Output"]), json!(3));
        assert_eq!(
            out.artifacts["m"].artifacts[0].custom_path.as_deref(),
            Some("/x")
        );
        std::fs::write(&p, "{not json").unwrap();
        let e = read_executor_output(&p).unwrap_err().to_string();
        assert!(e.contains("output_metadata.json"), "{e}");
    }

    /// Found by fuzzing: a number Go writes as a long integer (a double of
    /// 2^53 or more below 1e21) reads back, in ExecutorInput and in what a
    /// step writes, as Go reads it; printing and reading again is stable.
    #[test]
    fn long_integral_numbers_read_as_go_reads_them() {
        let text = r#"{"inputs": {"parameterValues": {"d": 1000040000000000003.0, "n": -9007199254740993, "m": 18446744073709551615}}}"#;
        let input = parse_executor_input(text, "test").unwrap();
        let printed = executor_input_json(&input).unwrap();
        assert!(printed.contains("1000040000000000000"), "{printed}");
        let again = parse_executor_input(&printed, "printed").unwrap();
        assert_eq!(again, input);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("output_metadata.json");
        std::fs::write(
            &path,
            r#"{"parameterValues": {"big": 36893488147419103232}, "artifacts": {}}"#,
        )
        .unwrap();
        read_executor_output(&path).unwrap();
    }
}
