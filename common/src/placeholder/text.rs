//! The text of a parameter value as KFP's Go driver writes it into a pod
//! (Go `pbValueToString`). The launcher's own pass formats numbers as the Go
//! launcher does ([`crate::executor_io::parameter_text`]); in a cluster the
//! driver's pass runs first, so its text is what users see.

use crate::{
    executor_io,
    gojson::GoJson,
    proto::wkt::{value::Kind, Value},
};

/// Strings raw, whole numbers `%d`, other numbers `%g`, bools, lists and
/// structs as compact `encoding/json`, null as "".
pub fn value_text(value: &Value) -> String {
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
pub fn number_text(n: f64) -> String {
    // 2^63 is excluded: Go's int64 conversion overflows there.
    if n.fract() == 0.0 && n.abs() < 9.223_372_036_854_775e18 {
        return format!("{}", n as i64);
    }
    go_g(n)
}

/// Go's `%g` (= `%v`) of a float64: shortest round-trip digits, exponent
/// form (`1e+06`, `1.5e-05`: signed, at least two exponent digits) when the
/// decimal exponent is < -4 or >= 6 (strconv's rule for shortest precision).
pub fn go_g(f: f64) -> String {
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
