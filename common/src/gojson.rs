//! JSON bytes as Go writes them.
//!
//! Three places need Go's exact output: `{{$}}` (protojson: whole numbers as
//! `3`, never `3.0`, or the SDK executor rejects an `int` input), list/struct
//! placeholder text (HTML-escaped like `encoding/json`), and the cache
//! fingerprint (sorted keys, HTML escaping, Go float formatting; contract §5.1).

use serde_json::Value;

/// Options of the writer.
#[derive(Debug, Clone, Copy, Default)]
pub struct GoJson {
    /// Escape `<`, `>`, `&`, U+2028 and U+2029 as `encoding/json` does.
    pub html_escape: bool,
}

impl GoJson {
    /// `encoding/json.Marshal` of a generic value: sorted keys, HTML escaping.
    pub const ENCODING_JSON: GoJson = GoJson { html_escape: true };
    /// protojson as far as consumers can tell: no HTML escaping.
    pub const PROTOJSON: GoJson = GoJson { html_escape: false };

    /// Compact JSON text of `value` (object keys in sorted order, since
    /// `serde_json::Map` is a `BTreeMap` here).
    pub fn to_string(self, value: &Value) -> String {
        let mut out = String::new();
        self.write(value, &mut out);
        out
    }

    fn write(self, value: &Value, out: &mut String) {
        match value {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
                (Some(i), _, _) => out.push_str(&i.to_string()),
                (_, Some(u), _) => out.push_str(&u.to_string()),
                (_, _, Some(f)) => out.push_str(&format_float(f)),
                _ => out.push_str(&n.to_string()),
            },
            Value::String(s) => self.write_str(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    self.write(item, out);
                }
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    self.write_str(k, out);
                    out.push(':');
                    self.write(v, out);
                }
                out.push('}');
            }
        }
    }

    fn write_str(self, s: &str, out: &mut String) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                // Go 1.22+ encoding/json writes these two short forms too.
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '<' | '>' | '&' | '\u{2028}' | '\u{2029}' if self.html_escape => {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                }
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

/// A float64 as Go's `encoding/json` (and protojson) write it: shortest
/// round-trip digits, plain notation for 1e-6 <= |f| < 1e21, else exponent
/// form with at least one exponent digit and an explicit sign (`1e+21`, `1e-7`).
pub fn format_float(f: f64) -> String {
    if !f.is_finite() {
        // Go refuses these; protojson writes the strings "NaN"/"Infinity".
        return if f.is_nan() {
            "\"NaN\"".into()
        } else if f > 0.0 {
            "\"Infinity\"".into()
        } else {
            "\"-Infinity\"".into()
        };
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let s = format!("{f:e}");
        match s.split_once('e') {
            Some((mantissa, exp)) if !exp.starts_with('-') => format!("{mantissa}e+{exp}"),
            _ => s,
        }
    } else {
        // Rust's Display is shortest round-trip without exponent; `-0` stays `-0`.
        format!("{f}")
    }
}

/// Rewrite every number that is a whole float (`3.0`) as an integer, the way
/// Go protojson prints `google.protobuf.Value` numbers; pbjson would write `3.0`.
pub fn integral_floats_to_ints(value: &mut Value) {
    match value {
        Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64() {
                // Beyond 2^53 an f64 is not an exact integer anyway; Go writes
                // those in exponent form, so leave them to `format_float`.
                if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
                    *value = Value::from(f as i64);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral_floats_to_ints),
        Value::Object(map) => map.values_mut().for_each(integral_floats_to_ints),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn floats_like_go() {
        let cases = [
            (3.0, "3"),
            (0.1, "0.1"),
            (-2.5, "-2.5"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (1.5e21, "1.5e+21"),
            (1e-6, "0.000001"),
            (1e-7, "1e-7"),
            (1.234e-10, "1.234e-10"),
            (0.0, "0"),
            (123456789.125, "123456789.125"),
        ];
        for (f, want) in cases {
            assert_eq!(format_float(f), want, "{f}");
        }
    }

    #[test]
    fn html_escaping_and_sorted_keys() {
        let v =
            json!({"b": "<a&b>", "a": [1, 2.5, true, null], "c": "\u{2028}\"\\\n\u{8}\u{c}\u{1}"});
        assert_eq!(
            GoJson::ENCODING_JSON.to_string(&v),
            r#"{"a":[1,2.5,true,null],"b":"\u003ca\u0026b\u003e","c":"\u2028\"\\\n\b\f\u0001"}"#
        );
        assert_eq!(
            GoJson::PROTOJSON.to_string(&json!({"x": "<>"})),
            r#"{"x":"<>"}"#
        );
    }

    #[test]
    fn whole_floats_become_ints() {
        let mut v = json!({"a": 3.0, "b": [1.0, 2.5], "c": {"d": -7.0}, "e": 1e300});
        integral_floats_to_ints(&mut v);
        assert_eq!(
            GoJson::PROTOJSON.to_string(&v),
            r#"{"a":3,"b":[1,2.5],"c":{"d":-7},"e":1e+300}"#
        );
    }
}
