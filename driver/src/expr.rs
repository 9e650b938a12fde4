//! CEL expressions (contract §2.8): task trigger conditions and
//! `parameterExpressionSelector`s, evaluated the way KFP's Go driver does
//! with cel-go (`backend/src/v2/expression`), here with the `cel` crate.
//!
//! cel-go binds the fields of a context proto by reflection; the `cel` crate
//! has no protobuf support, so the messages are bound here as CEL maps keyed
//! by the proto *text* field names, every field present (cel-go returns the
//! default of an unset field), and `google.protobuf.Value`s as the JSON
//! values cel-go makes of them (every number a `double`).
//!
//! Known differences from cel-go, none reachable from SDK-compiled IR:
//! * cel-go type-checks at compile time; here only syntax is checked when
//!   compiling, and an unknown identifier, field or overload fails when
//!   evaluated instead (an error either way). What the checker refuses on
//!   static types alone runs here: `int(x) > 5.0` compares, `'s'.parseJson()`
//!   calls `parseJson`.
//! * `string(double)` writes plain decimals (`1000000`) where cel-go's `%g`
//!   writes `1e+06`; `duration`/`timestamp` are absent (no `chrono` feature).
//! * `parseJson` (serde_json) refuses lone UTF-16 surrogate escapes, which Go
//!   turns into U+FFFD, and nesting deeper than 128 (Go: 10000).
//! * A selector result cel-go cannot turn into a `Value` (`null`, a list or
//!   map built by a CEL literal) is converted here rather than refused.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use cel::objects::{Key, Map};
use cel::{Context, Env, ExecutionError, Program, Value as Cel};
use kfp_common::gojson::{self, GoJson};
use kfp_common::proto::ml_pipelines::{
    artifact_type_schema, executor_input::Inputs, value as pb_value, ArtifactList, RuntimeArtifact,
    Value as PbValue,
};
use kfp_common::proto::wkt::{self, value::Kind};

#[cfg(test)]
mod tests;

/// Why an expression could not give its result; each variant names the
/// expression, since a pipeline has many and the driver's error is all the
/// user sees of the failure.
#[derive(Debug, thiserror::Error)]
pub enum ExprError {
    /// Not valid CEL syntax.
    #[error("CEL expression {expression:?} does not compile: {reason}")]
    Compile { expression: String, reason: String },
    /// The value a selector reads has no text form, as in Go (a `Value` with
    /// no kind, or NaN/Infinity inside a list or struct, which protojson
    /// refuses to write).
    #[error("CEL expression {expression:?}: cannot bind its input: {reason}")]
    Input { expression: String, reason: String },
    /// Evaluation failed: a missing map key or variable, a function applied
    /// to the wrong types, an overflow, unparsable JSON in `parseJson`...
    #[error("CEL expression {expression:?}: evaluation error: {reason}")]
    Evaluate { expression: String, reason: String },
    /// The result has the wrong type: not a bool for a condition, not
    /// representable as a `google.protobuf.Value` for a selector.
    #[error("CEL expression {expression:?}: {reason}")]
    ResultType { expression: String, reason: String },
}

impl ExprError {
    /// The expression that failed.
    pub fn expression(&self) -> &str {
        match self {
            ExprError::Compile { expression, .. }
            | ExprError::Input { expression, .. }
            | ExprError::Evaluate { expression, .. }
            | ExprError::ResultType { expression, .. } => expression,
        }
    }
}

/// Evaluates a task's trigger condition (`triggerPolicy.condition`) against
/// its resolved inputs, as KFP's `Expr.Condition`: `true` runs the task,
/// `false` skips it.
///
/// The identifiers are the fields of `ExecutorInput`: `inputs`
/// (`parameter_values`, `parameters`, `artifacts`) and `outputs`, which is
/// not provisioned yet when conditions are evaluated, so always empty.
pub fn condition(expression: &str, inputs: &Inputs) -> Result<bool, ExprError> {
    on_deep_stack(expression, || condition_here(expression, inputs))
}

fn condition_here(expression: &str, inputs: &Inputs) -> Result<bool, ExprError> {
    let program = compile(expression)?;
    let mut context = context(expression)?;
    context.add_variable_from_value("inputs", inputs_to_cel(inputs));
    context.add_variable_from_value("outputs", empty_outputs());
    match evaluate(expression, &program, &context)? {
        Cel::Bool(b) => Ok(b),
        other => Err(ExprError::ResultType {
            expression: expression.to_owned(),
            reason: format!(
                "a condition must evaluate to a bool, got {} {other:?}",
                type_name(&other)
            ),
        }),
    }
}

/// Applies a `parameterExpressionSelector` to a resolved parameter value, as
/// KFP's `Expr.Select`.
///
/// The identifiers are the fields of `google.protobuf.Value` that are set
/// (`null_value`, `number_value`, `bool_value`, `struct_value`,
/// `list_value`) and always `string_value`, the value's text: a string
/// as is, a number or bool as Go formats it, a list or struct as compact
/// JSON, null as `""`. E.g. `parseJson(string_value)["key"]`.
pub fn select(expression: &str, value: &wkt::Value) -> Result<wkt::Value, ExprError> {
    on_deep_stack(expression, || select_here(expression, value))
}

fn select_here(expression: &str, value: &wkt::Value) -> Result<wkt::Value, ExprError> {
    let program = compile(expression)?;
    let text = value_text(value).map_err(|reason| ExprError::Input {
        expression: expression.to_owned(),
        reason,
    })?;
    let mut context = context(expression)?;
    match &value.kind {
        Some(Kind::NullValue(_)) => context.add_variable_from_value("null_value", Cel::Null),
        Some(Kind::NumberValue(n)) => context.add_variable_from_value("number_value", *n),
        Some(Kind::BoolValue(b)) => context.add_variable_from_value("bool_value", *b),
        Some(Kind::StructValue(s)) => {
            context.add_variable_from_value("struct_value", struct_to_cel(s))
        }
        Some(Kind::ListValue(l)) => {
            context.add_variable_from_value("list_value", list_to_cel(&l.values))
        }
        // `string_value` is bound below for every kind; `value_text` has
        // already refused a value without one.
        Some(Kind::StringValue(_)) | None => {}
    }
    context.add_variable_from_value("string_value", text);
    let result = evaluate(expression, &program, &context)?;
    cel_to_value(&result).map_err(|reason| ExprError::ResultType {
        expression: expression.to_owned(),
        reason: format!("cannot convert the result to a google.protobuf.Value: {reason}"),
    })
}

/// The environment both kinds of expression compile and run in: cel-go's
/// standard library without the optional-value syntax (`a.?b`), which cel-go
/// only parses when asked to. Built once, as it registers the whole library.
static ENV: LazyLock<Arc<Env>> =
    LazyLock::new(|| Arc::new(Env::stdlib().with_optional_support(false)));

/// cel-go's limit on an expression's length (`ParserExpressionSizeLimit`,
/// code points): what upstream refuses is refused here too.
pub const MAX_EXPRESSION_CHARS: usize = 100_000;

/// The stack an expression is compiled and evaluated on. The parser and the
/// evaluator recurse once per nesting level (`a.a.…`, `{1:{1:…}}`), about
/// 400 bytes a level in a release build: a main thread's 8 MiB overflowed
/// (SIGSEGV, no error) at 20,000 levels, and the longest expression
/// accepted nests 50,000. Reserved, not touched, unless used.
const CEL_STACK: usize = 256 << 20;

/// `work` on a thread of its own with [`CEL_STACK`]; a panic inside the CEL
/// engine becomes an error naming the expression.
fn on_deep_stack<T: Send>(
    expression: &str,
    work: impl FnOnce() -> Result<T, ExprError> + Send,
) -> Result<T, ExprError> {
    let failed = |reason: String| ExprError::Evaluate {
        expression: expression.to_owned(),
        reason,
    };
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("cel".into())
            .stack_size(CEL_STACK)
            .spawn_scoped(scope, work);
        match spawned {
            Ok(thread) => thread
                .join()
                .unwrap_or_else(|_| Err(failed("the CEL engine panicked".into()))),
            Err(e) => Err(failed(format!("cannot start a thread to evaluate it: {e}"))),
        }
    })
}

fn compile(expression: &str) -> Result<Program, ExprError> {
    let length = expression.chars().count();
    if length > MAX_EXPRESSION_CHARS {
        return Err(ExprError::Compile {
            expression: expression.chars().take(80).collect::<String>() + "…",
            reason: format!("{length} characters, more than the {MAX_EXPRESSION_CHARS} CEL allows"),
        });
    }
    ENV.compile(expression).map_err(|e| ExprError::Compile {
        expression: expression.to_owned(),
        reason: e.to_string(),
    })
}

/// A fresh evaluation context with KFP's one custom function, `parseJson`.
fn context(expression: &str) -> Result<Context<'static, 'static>, ExprError> {
    let mut context = Context::with_env(Arc::clone(&ENV));
    // Fails only if the standard library itself declared `parseJson`.
    context
        .add_function("parseJson", parse_json)
        .map_err(|e| ExprError::Evaluate {
            expression: expression.to_owned(),
            reason: e.to_string(),
        })?;
    Ok(context)
}

fn evaluate(expression: &str, program: &Program, context: &Context) -> Result<Cel, ExprError> {
    program.execute(context).map_err(|e| ExprError::Evaluate {
        expression: expression.to_owned(),
        reason: e.to_string(),
    })
}

/// `parseJson(string) -> dyn`: Go's `json.Unmarshal` into `interface{}`,
/// so every number becomes a double (`parseJson('{"a": 3}').a / 2.0 == 1.5`).
fn parse_json(text: Arc<String>) -> Result<Cel, ExecutionError> {
    serde_json::from_str::<serde_json::Value>(&text)
        .map(|json| json_to_cel(&json))
        .map_err(|e| {
            ExecutionError::function_error("parseJson", format!("failed to unmarshal JSON: {e}"))
        })
}

fn json_to_cel(json: &serde_json::Value) -> Cel {
    match json {
        serde_json::Value::Null => Cel::Null,
        serde_json::Value::Bool(b) => Cel::Bool(*b),
        // serde_json parses every number it accepts into an f64 too (huge
        // integers included); it refuses overflowing ones, as Go does.
        serde_json::Value::Number(n) => Cel::Float(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Cel::from(s.as_str()),
        serde_json::Value::Array(items) => {
            Cel::List(Arc::new(items.iter().map(json_to_cel).collect()))
        }
        serde_json::Value::Object(fields) => {
            cel_map(fields.iter().map(|(k, v)| (k, json_to_cel(v))))
        }
    }
}

// === binding: protobuf messages as CEL values ===

fn cel_map<'a>(entries: impl IntoIterator<Item = (&'a String, Cel)>) -> Cel {
    let map: HashMap<Key, Cel> = entries
        .into_iter()
        .map(|(k, v)| (Key::String(Arc::new(k.clone())), v))
        .collect();
    Cel::Map(Map { map: Arc::new(map) })
}

/// A message with fixed field names.
fn cel_message<const N: usize>(fields: [(&str, Cel); N]) -> Cel {
    let map: HashMap<Key, Cel> = fields
        .into_iter()
        .map(|(k, v)| (Key::String(Arc::new(k.to_owned())), v))
        .collect();
    Cel::Map(Map { map: Arc::new(map) })
}

/// `google.protobuf.Value` as cel-go sees it: a JSON value, numbers double;
/// a `Value` with no kind reads as null.
fn value_to_cel(value: &wkt::Value) -> Cel {
    match &value.kind {
        None | Some(Kind::NullValue(_)) => Cel::Null,
        Some(Kind::NumberValue(n)) => Cel::Float(*n),
        Some(Kind::StringValue(s)) => Cel::from(s.as_str()),
        Some(Kind::BoolValue(b)) => Cel::Bool(*b),
        Some(Kind::StructValue(s)) => struct_to_cel(s),
        Some(Kind::ListValue(l)) => list_to_cel(&l.values),
    }
}

fn struct_to_cel(s: &wkt::Struct) -> Cel {
    cel_map(s.fields.iter().map(|(k, v)| (k, value_to_cel(v))))
}

fn list_to_cel(values: &[wkt::Value]) -> Cel {
    Cel::List(Arc::new(values.iter().map(value_to_cel).collect()))
}

/// `ExecutorInput.Inputs`: `parameter_values`, the deprecated `parameters`
/// and `artifacts`.
fn inputs_to_cel(inputs: &Inputs) -> Cel {
    cel_message([
        (
            "parameter_values",
            cel_map(
                inputs
                    .parameter_values
                    .iter()
                    .map(|(k, v)| (k, value_to_cel(v))),
            ),
        ),
        (
            "parameters",
            cel_map(
                inputs
                    .parameters
                    .iter()
                    .map(|(k, v)| (k, pb_value_to_cel(v))),
            ),
        ),
        (
            "artifacts",
            cel_map(
                inputs
                    .artifacts
                    .iter()
                    .map(|(k, v)| (k, artifact_list_to_cel(v))),
            ),
        ),
    ])
}

/// `ExecutorInput.Outputs` before provisioning: every field at its default.
fn empty_outputs() -> Cel {
    cel_message([
        ("parameters", cel_map([])),
        ("artifacts", cel_map([])),
        ("output_file", Cel::from("")),
    ])
}

/// `ml_pipelines.Value` (the oneof of `int_value`, `double_value`,
/// `string_value`): the unset members read as their defaults, as in cel-go.
fn pb_value_to_cel(value: &PbValue) -> Cel {
    let (mut int, mut double, mut string) = (0, 0.0, String::new());
    match &value.value {
        Some(pb_value::Value::IntValue(i)) => int = *i,
        Some(pb_value::Value::DoubleValue(d)) => double = *d,
        Some(pb_value::Value::StringValue(s)) => string.clone_from(s),
        None => {}
    }
    cel_message([
        ("int_value", Cel::Int(int)),
        ("double_value", Cel::Float(double)),
        ("string_value", Cel::from(string)),
    ])
}

fn artifact_list_to_cel(list: &ArtifactList) -> Cel {
    let artifacts = list.artifacts.iter().map(artifact_to_cel).collect();
    cel_message([("artifacts", Cel::List(Arc::new(artifacts)))])
}

fn artifact_to_cel(a: &RuntimeArtifact) -> Cel {
    let schema = a.r#type.clone().unwrap_or_default();
    let (mut title, mut uri, mut instance) = (String::new(), String::new(), String::new());
    #[allow(deprecated)] // `schema_uri` is deprecated but still a field to read
    match schema.kind {
        Some(artifact_type_schema::Kind::SchemaTitle(s)) => title = s,
        Some(artifact_type_schema::Kind::SchemaUri(s)) => uri = s,
        Some(artifact_type_schema::Kind::InstanceSchema(s)) => instance = s,
        None => {}
    }
    let r#type = cel_message([
        ("schema_title", Cel::from(title)),
        ("schema_uri", Cel::from(uri)),
        ("instance_schema", Cel::from(instance)),
        ("schema_version", Cel::from(schema.schema_version)),
    ]);
    cel_message([
        ("name", Cel::from(a.name.as_str())),
        ("type", r#type),
        ("uri", Cel::from(a.uri.as_str())),
        (
            "properties",
            cel_map(a.properties.iter().map(|(k, v)| (k, pb_value_to_cel(v)))),
        ),
        (
            "custom_properties",
            cel_map(
                a.custom_properties
                    .iter()
                    .map(|(k, v)| (k, pb_value_to_cel(v))),
            ),
        ),
        (
            "metadata",
            a.metadata
                .as_ref()
                .map_or_else(|| cel_map([]), struct_to_cel),
        ),
        (
            "custom_path",
            Cel::from(a.custom_path.clone().unwrap_or_default()),
        ),
    ])
}

// === selector input text and result ===

/// Go's `metadata.PbValueToText`: a string as is, a number with
/// `strconv.FormatFloat(f, 'f', -1, 64)`, a bool as `true`/`false`, null as
/// `""`, a list or struct with `encoding/json.Marshal` (which calls protojson
/// and compacts its output, escaping `<`, `>`, `&` for HTML).
fn value_text(value: &wkt::Value) -> Result<String, String> {
    Ok(match &value.kind {
        None => return Err("the value has no kind set".to_owned()),
        Some(Kind::NullValue(_)) => String::new(),
        Some(Kind::StringValue(s)) => s.clone(),
        Some(Kind::NumberValue(n)) => format_float_f(*n),
        Some(Kind::BoolValue(b)) => b.to_string(),
        Some(Kind::StructValue(_)) | Some(Kind::ListValue(_)) => {
            let mut json = protojson(value)?;
            gojson::integral_floats_to_ints(&mut json);
            GoJson::ENCODING_JSON.to_string(&json)
        }
    })
}

/// `strconv.FormatFloat(f, 'f', -1, 64)`: shortest round-trip digits, never
/// an exponent (Rust's `Display` of an f64 is the same), Go's names for the
/// non-finite values.
fn format_float_f(f: f64) -> String {
    if f.is_nan() {
        "NaN".to_owned()
    } else if f.is_infinite() {
        if f > 0.0 { "+Inf" } else { "-Inf" }.to_owned()
    } else {
        format!("{f}")
    }
}

/// A `Value` as JSON, refusing what protojson refuses to write.
fn protojson(value: &wkt::Value) -> Result<serde_json::Value, String> {
    Ok(match &value.kind {
        None => return Err("google.protobuf.Value: none of the oneof fields is set".to_owned()),
        Some(Kind::NullValue(_)) => serde_json::Value::Null,
        Some(Kind::NumberValue(n)) => serde_json::Number::from_f64(*n)
            .map(serde_json::Value::Number)
            .ok_or_else(|| {
                format!(
                    "google.protobuf.Value: invalid {} value",
                    format_float_f(*n)
                )
            })?,
        Some(Kind::StringValue(s)) => serde_json::Value::String(s.clone()),
        Some(Kind::BoolValue(b)) => serde_json::Value::Bool(*b),
        Some(Kind::StructValue(s)) => serde_json::Value::Object(
            s.fields
                .iter()
                .map(|(k, v)| Ok((k.clone(), protojson(v)?)))
                .collect::<Result<_, String>>()?,
        ),
        Some(Kind::ListValue(l)) => {
            serde_json::Value::Array(l.values.iter().map(protojson).collect::<Result<_, _>>()?)
        }
    })
}

/// A selector's result as a `Value`, as Go's `structpb.NewValue`: every
/// number a double, bytes as standard base64, maps only with string keys.
fn cel_to_value(result: &Cel) -> Result<wkt::Value, String> {
    let kind = match result {
        Cel::Null => Kind::NullValue(0),
        Cel::Bool(b) => Kind::BoolValue(*b),
        Cel::Int(i) => Kind::NumberValue(*i as f64),
        Cel::UInt(u) => Kind::NumberValue(*u as f64),
        Cel::Float(f) => Kind::NumberValue(*f),
        Cel::String(s) => Kind::StringValue(s.as_str().to_owned()),
        Cel::Bytes(b) => Kind::StringValue(base64(b)),
        Cel::List(items) => Kind::ListValue(wkt::ListValue {
            values: items.iter().map(cel_to_value).collect::<Result<_, _>>()?,
        }),
        Cel::Map(map) => Kind::StructValue(wkt::Struct {
            fields: map
                .map
                .iter()
                .map(|(k, v)| match k {
                    Key::String(k) => Ok((k.as_str().to_owned(), cel_to_value(v)?)),
                    other => Err(format!("map key {other:?} is not a string")),
                })
                .collect::<Result<_, _>>()?,
        }),
        other => return Err(format!("unsupported type {}", type_name(other))),
    };
    Ok(wkt::Value { kind: Some(kind) })
}

/// Standard base64 with padding, as Go's `encoding/json` writes `[]byte`.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// cel-go's name of a value's type, for messages.
fn type_name(value: &Cel) -> String {
    match value {
        Cel::Float(_) => "double".to_owned(),
        Cel::Null => "null_type".to_owned(),
        other => other.type_of().to_string(),
    }
}
