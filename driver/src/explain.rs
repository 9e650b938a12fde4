//! `driver fingerprint --explain`: what a cache key is made of, part by
//! part, and with `--against` which parts differ between two keys — what a
//! user wants to know when a step did not hit the cache. The CONTAINER
//! driver logs each task's key (`cache key` log line), so two runs' keys can
//! be compared without a cluster.

use kfp_common::fingerprint;
use serde_json::Value as Json;

/// One part of a cache key: `inputParameterValues.message`,
/// `containerSpec.image`, ... with its canonical JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub path: String,
    pub canonical: String,
}

/// The parts of a key: each entry of the map-valued fields (inputs and
/// outputs by name), each field of `containerSpec`, and any other field
/// whole. Sorted by path.
pub fn parts(key: &Json) -> Result<Vec<Part>, String> {
    let Json::Object(fields) = key else {
        return Err("a cache key is a JSON object".into());
    };
    let mut out = Vec::new();
    for (field, value) in fields {
        match value {
            Json::Object(entries) if !entries.is_empty() => {
                for (name, v) in entries {
                    out.push(Part {
                        path: format!("{field}.{name}"),
                        canonical: fingerprint::canonical_value(v.clone()),
                    });
                }
            }
            other => out.push(Part {
                path: field.clone(),
                canonical: fingerprint::canonical_value(other.clone()),
            }),
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// How one part compares between two keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    Same(String),
    Differs(String, String),
    OnlyInFirst(String),
    OnlyInSecond(String),
}

/// Part-by-part comparison of two keys, by path.
pub fn diff(a: &Json, b: &Json) -> Result<Vec<(String, Difference)>, String> {
    let a = parts(a)?;
    let b = parts(b)?;
    let mut paths: Vec<&String> = a.iter().chain(&b).map(|p| &p.path).collect();
    paths.sort();
    paths.dedup();
    let find = |parts: &[Part], path: &str| {
        parts
            .iter()
            .find(|p| p.path == path)
            .map(|p| p.canonical.clone())
    };
    Ok(paths
        .into_iter()
        .map(|path| {
            let d = match (find(&a, path), find(&b, path)) {
                (Some(x), Some(y)) if x == y => Difference::Same(x),
                (Some(x), Some(y)) => Difference::Differs(x, y),
                (Some(x), None) => Difference::OnlyInFirst(x),
                (None, Some(y)) => Difference::OnlyInSecond(y),
                (None, None) => Difference::Same(String::new()),
            };
            (path.clone(), d)
        })
        .collect())
}

/// A value for a terminal line: short ones whole, long ones cut with their
/// length, so a 40 KiB command line does not drown the table.
pub fn shorten(canonical: &str) -> String {
    const MAX: usize = 72;
    if canonical.chars().count() <= MAX {
        return canonical.to_owned();
    }
    let head: String = canonical.chars().take(MAX - 12).collect();
    format!(
        "{head}… ({} bytes, sha256 {})",
        canonical.len(),
        &fingerprint::of_canonical(canonical)[..12]
    )
}

/// The `--explain` report of one key, or of two keys compared.
pub fn report(first: &Json, second: Option<&Json>) -> Result<String, String> {
    let mut out = String::new();
    match second {
        None => {
            for p in parts(first)? {
                out.push_str(&format!("{:<50} {}\n", p.path, shorten(&p.canonical)));
            }
        }
        Some(second) => {
            let mut differ = 0;
            for (path, d) in diff(first, second)? {
                let line = match d {
                    Difference::Same(_) => format!("  same     {path}"),
                    Difference::Differs(x, y) => {
                        differ += 1;
                        format!(
                            "  DIFFERS  {path}\n             first:  {}\n             second: {}",
                            shorten(&x),
                            shorten(&y)
                        )
                    }
                    Difference::OnlyInFirst(x) => {
                        differ += 1;
                        format!("  ONLY 1st {path} = {}", shorten(&x))
                    }
                    Difference::OnlyInSecond(y) => {
                        differ += 1;
                        format!("  ONLY 2nd {path} = {}", shorten(&y))
                    }
                };
                out.push_str(&line);
                out.push('\n');
            }
            out.push_str(&format!(
                "{differ} part(s) differ{}\n",
                if differ == 0 {
                    ": the keys are equal"
                } else {
                    ""
                }
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn key(message: &str, image: &str) -> Json {
        json!({
            "inputArtifactNames": {"data": {"artifactNames": ["12"]}},
            "inputParameterValues": {"message": message, "n": 5},
            "outputParametersSpec": {"Output": "STRING"},
            "containerSpec": {"image": image, "cmdArgs": ["sh", "-c", "echo"]}
        })
    }

    #[test]
    fn parts_split_maps_by_name() {
        let p = parts(&key("hi", "python:3.11")).unwrap();
        let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "containerSpec.cmdArgs",
                "containerSpec.image",
                "inputArtifactNames.data",
                "inputParameterValues.message",
                "inputParameterValues.n",
                "outputParametersSpec.Output"
            ]
        );
        assert_eq!(p[3].canonical, "\"hi\"");
        assert_eq!(p[2].canonical, r#"{"artifactNames":["12"]}"#);
    }

    #[test]
    fn diff_names_exactly_the_parts_that_changed() {
        let a = key("hi", "python:3.11");
        let mut b = key("hello", "python:3.11");
        b["inputParameterValues"]["extra"] = json!(true);
        let d = diff(&a, &b).unwrap();
        let changed: Vec<&str> = d
            .iter()
            .filter(|(_, d)| !matches!(d, Difference::Same(_)))
            .map(|(p, _)| p.as_str())
            .collect();
        assert_eq!(
            changed,
            ["inputParameterValues.extra", "inputParameterValues.message"]
        );
        let text = report(&a, Some(&b)).unwrap();
        assert!(
            text.contains("DIFFERS  inputParameterValues.message"),
            "{text}"
        );
        assert!(text.contains("2 part(s) differ"), "{text}");
        let same = report(&a, Some(&a)).unwrap();
        assert!(
            same.contains("0 part(s) differ: the keys are equal"),
            "{same}"
        );
    }

    #[test]
    fn long_values_are_cut_with_their_hash() {
        let long = format!("\"{}\"", "x".repeat(500));
        let s = shorten(&long);
        assert!(s.len() < 120, "{s}");
        assert!(s.contains("502 bytes"), "{s}");
    }

    #[test]
    fn non_objects_are_refused() {
        assert!(parts(&json!([1])).is_err());
    }
}
