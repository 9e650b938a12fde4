//! Input-parameter placeholders the driver resolves itself, because the
//! launcher never sees these fields (image, resources) or sees them only
//! after the driver (args, contract §2.10).

use kfp_common::executor_io;
use kfp_common::gojson::GoJson;
use kfp_common::proto::ml_pipelines::ExecutorInput;
use kfp_common::proto::wkt::{value::Kind, Value};

use super::PatchError;

const OPEN: &str = "{{$.inputs.parameters['";
const CLOSE: &str = "']}}";
/// Upstream's pod-field pattern `\$.inputs.parameters\['(.+?)'\]`: no braces needed.
const CHANNEL: &str = "$.inputs.parameters['";

/// The task's value of input parameter `name`, if it has one.
pub(super) fn input<'a>(input: &'a ExecutorInput, name: &str) -> Option<&'a Value> {
    input.inputs.as_ref()?.parameter_values.get(name)
}

/// A pod field (image, resource quantities, accelerator) that may name an
/// input parameter anywhere in it: the whole field becomes that input's text.
/// Upstream takes only string values (others become ""); numbers and bools
/// are written as in args here, so `set_cpu_limit(<int output>)` works.
pub(super) fn pod_field(text: &str, ei: &ExecutorInput, field: &str) -> Result<String, PatchError> {
    let Some(name) = channel_name(text) else {
        return Ok(text.to_owned());
    };
    match input(ei, name) {
        Some(value) => Ok(value_text(value)),
        None => Err(PatchError::UnknownParameter {
            field: field.to_owned(),
            name: name.to_owned(),
        }),
    }
}

/// First `$.inputs.parameters['<name>']` in `text` (name at least one char).
fn channel_name(text: &str) -> Option<&str> {
    let start = text.find(CHANNEL)? + CHANNEL.len();
    let rest = &text[start..];
    let first = rest.chars().next()?;
    let end = rest[first.len_utf8()..].find("']")? + first.len_utf8();
    Some(&rest[..end])
}

/// Replaces every `{{$.inputs.parameters['<name>']}}` in `text` by the
/// input's text; an unknown name is an error (the launcher would fail later
/// with a less helpful message).
pub(super) fn substitute(
    text: &str,
    ei: &ExecutorInput,
    field: &str,
) -> Result<String, PatchError> {
    substitute_with(text, ei, field, true)
}

/// [`substitute`] for a `{"Concat": …}` element, which the launcher
/// resolves as a structure (upstream passes Concat to the user verbatim,
/// contract §2.10; resolving it is ours): known inputs are substituted as
/// JSON string content (escaped, so a value cannot break or reshape the
/// structure), unknown ones are left for the launcher — an `IfPresent` of an
/// absent input must keep its placeholder to be dropped there.
pub(super) fn substitute_known(text: &str, ei: &ExecutorInput, field: &str) -> String {
    substitute_with(text, ei, field, false).unwrap_or_else(|_| text.to_owned())
}

fn substitute_with(
    text: &str,
    ei: &ExecutorInput,
    field: &str,
    strict: bool,
) -> Result<String, PatchError> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(OPEN) {
        let after = &rest[at + OPEN.len()..];
        let Some(end) = after.find(CLOSE) else { break };
        let name = &after[..end];
        let whole = &rest[..at + OPEN.len() + end + CLOSE.len()];
        match input(ei, name) {
            Some(value) => {
                out.push_str(&rest[..at]);
                let text = value_text(value);
                if strict {
                    out.push_str(&text);
                } else {
                    // Inside a JSON string of the Concat structure.
                    let quoted = serde_json::Value::String(text).to_string();
                    out.push_str(&quoted[1..quoted.len() - 1]);
                }
            }
            None if !strict => out.push_str(whole),
            None => {
                return Err(PatchError::UnknownParameter {
                    field: field.to_owned(),
                    name: name.to_owned(),
                })
            }
        }
        rest = &after[end + CLOSE.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The driver's text of a parameter value (Go `pbValueToString`): strings
/// raw, whole numbers `%d`, other numbers `%g`, bools, lists and structs as
/// compact `encoding/json`, null as "". The launcher formats numbers
/// differently (§3.5), but for args the driver runs first and wins.
pub(super) fn value_text(value: &Value) -> String {
    match &value.kind {
        None | Some(Kind::NullValue(_)) => String::new(),
        Some(Kind::StringValue(s)) => s.clone(),
        Some(Kind::BoolValue(b)) => b.to_string(),
        Some(Kind::NumberValue(n)) => number_text(*n),
        Some(Kind::ListValue(_)) | Some(Kind::StructValue(_)) => {
            GoJson::ENCODING_JSON.to_string(&executor_io::to_json(value))
        }
    }
}

/// `%d` when the float is a whole int64, else Go's `%g`.
pub(super) fn number_text(n: f64) -> String {
    // 2^63 is excluded: Go's int64 conversion overflows there.
    if n.fract() == 0.0 && n.abs() < 9.223_372_036_854_775e18 {
        return format!("{}", n as i64);
    }
    go_g(n)
}

/// Go's `%g` (= `%v`) of a float64: shortest round-trip digits, exponent
/// form (`1e+06`, `1.5e-05`: signed, at least two exponent digits) when the
/// decimal exponent is < -4 or >= 6 (strconv's rule for shortest precision).
pub(super) fn go_g(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{f:e}");
    let Some((mantissa, exp)) = sci.split_once('e') else {
        return sci;
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}e{sign}{:02}", exp.abs());
    }
    format!("{f}")
}
