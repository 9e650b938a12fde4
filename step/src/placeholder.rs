//! Placeholder substitution in the user command line (contract §3.5).
//!
//! Beyond the Go launcher: every element including the program gets every
//! placeholder (upstream only replaces `{{$}}` in the program), `Concat` and
//! `IfPresent` structures are evaluated, and `{{$.outputs.output_file}}`,
//! `.metadata`, `.metadata['k']` and the list-of-artifacts forms the SDK emits
//! are supported. A null value or an unknown name is an error that names the
//! placeholder, never a silent empty string.

use std::{collections::BTreeMap, path::Path};

use kfp_common::{
    executor_io::{parameter_text, to_json},
    gojson::GoJson,
    proto::{
        ml_pipelines::{ArtifactList, ExecutorInput, RuntimeArtifact},
        wkt,
    },
    uri::{artifact_local_path, PathMap, WORKSPACE_PATH},
};
use serde_json::Value as Json;

/// Why a command line could not be resolved.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PlaceholderError {
    #[error("placeholder {placeholder}: {message}")]
    Invalid {
        placeholder: String,
        message: String,
    },
    #[error("command element {index}: invalid {kind} structure: {message}")]
    Structure {
        index: usize,
        kind: &'static str,
        message: String,
    },
}

/// What placeholders are resolved against.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// ExecutorInput with parameter defaults applied.
    pub input: &'a ExecutorInput,
    /// The inputs as resolved, before defaults: `IfPresent` asks whether an
    /// input was provided, as the Go driver does before the launcher adds
    /// defaults (an optional input with a default is not "present").
    pub provided: &'a ExecutorInput,
    /// `{{$}}`: the same ExecutorInput as Go protojson writes it.
    pub input_json: &'a str,
    /// Where the user process sees KFP paths.
    pub paths: &'a PathMap,
    /// Extra `{{$.name}}` values (`pipeline_job_name`, `pipeline_task_name`, ...).
    pub runtime: &'a BTreeMap<String, String>,
}

/// Resolve a whole command line (program first). `Concat`/`IfPresent`
/// elements may expand to zero or more arguments.
pub fn resolve_command(
    command: &[String],
    ctx: &Context<'_>,
) -> Result<Vec<String>, PlaceholderError> {
    let mut out = Vec::with_capacity(command.len());
    for (index, element) in command.iter().enumerate() {
        let trimmed = element.trim_start();
        if trimmed.starts_with("{\"Concat\"") || trimmed.starts_with("{\"IfPresent\"") {
            let structure: Json =
                serde_json::from_str(trimmed).map_err(|e| PlaceholderError::Structure {
                    index,
                    kind: "placeholder",
                    message: e.to_string(),
                })?;
            out.extend(expand(&structure, ctx, index, true)?);
        } else {
            out.push(substitute(element, ctx)?);
        }
    }
    Ok(out)
}

/// Evaluate a Concat/IfPresent structure to its final elements, scalar
/// placeholders in its leaves resolved (once: a value containing `{{$` is not
/// re-scanned). `top` allows lists (an IfPresent branch at top level may
/// expand to several arguments; inside Concat it must be one string).
fn expand(
    node: &Json,
    ctx: &Context<'_>,
    index: usize,
    top: bool,
) -> Result<Vec<String>, PlaceholderError> {
    let err = |kind, message: String| PlaceholderError::Structure {
        index,
        kind,
        message,
    };
    match node {
        Json::String(s) => Ok(vec![substitute(s, ctx)?]),
        Json::Array(items) if top => {
            let mut out = Vec::new();
            for item in items {
                out.extend(expand(item, ctx, index, false)?);
            }
            Ok(out)
        }
        Json::Object(map) if map.len() == 1 => {
            if let Some(items) = map.get("Concat") {
                let Json::Array(items) = items else {
                    return Err(err("Concat", "expected a list".into()));
                };
                let mut joined = String::new();
                for item in items {
                    joined.extend(expand(item, ctx, index, false)?);
                }
                Ok(vec![joined])
            } else if let Some(inner) = map.get("IfPresent") {
                let name = inner
                    .get("InputName")
                    .and_then(Json::as_str)
                    .ok_or_else(|| err("IfPresent", "missing InputName".into()))?;
                let branch = if is_present(ctx.provided, name) {
                    inner.get("Then")
                } else {
                    inner.get("Else")
                };
                match branch {
                    None | Some(Json::Null) => Ok(vec![]),
                    Some(Json::Array(_)) if !top => Err(err(
                        "IfPresent",
                        "a list branch is not allowed inside Concat".into(),
                    )),
                    Some(b) => expand(b, ctx, index, top),
                }
            } else {
                Err(err("placeholder", format!("unknown structure {node}")))
            }
        }
        other => Err(err("placeholder", format!("unexpected element {other}"))),
    }
}

/// An input is present when it is a non-null parameter or a non-empty artifact list.
fn is_present(input: &ExecutorInput, name: &str) -> bool {
    let Some(inputs) = &input.inputs else {
        return false;
    };
    let param = inputs
        .parameter_values
        .get(name)
        .is_some_and(|v| parameter_text(v).is_some());
    let artifact = inputs
        .artifacts
        .get(name)
        .is_some_and(|l| !l.artifacts.is_empty());
    param || artifact
}

/// Replace every `{{$...}}` in one element.
fn substitute(element: &str, ctx: &Context<'_>) -> Result<String, PlaceholderError> {
    let mut out = String::with_capacity(element.len());
    let mut rest = element;
    while let Some(start) = rest.find("{{$") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find("}}") else {
            return Err(PlaceholderError::Invalid {
                placeholder: after.to_owned(),
                message: "unterminated placeholder (no closing }})".into(),
            });
        };
        let placeholder = &after[..end + 2];
        out.push_str(&resolve_one(&placeholder[2..end], placeholder, ctx)?);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Parsed placeholder expression.
#[derive(Debug, PartialEq)]
enum Expr<'s> {
    Whole,
    Runtime(&'s str),
    InputParameter(&'s str),
    OutputParameterFile(&'s str),
    OutputFile,
    Artifact {
        output: bool,
        name: &'s str,
        field: Field<'s>,
    },
}

#[derive(Debug, PartialEq)]
enum Field<'s> {
    List,
    Uri,
    Path,
    Metadata,
    MetadataKey(&'s str),
}

/// `['name']` (or `["name"]`) at the start of `s`: the name and the rest.
fn bracketed(s: &str) -> Option<(&str, &str)> {
    let s = s.strip_prefix('[')?;
    let quote = s.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let s = &s[1..];
    let close = s.find(quote)?;
    let rest = s[close + 1..].strip_prefix(']')?;
    Some((&s[..close], rest))
}

fn parse(expr: &str) -> Option<Expr<'_>> {
    if expr == "$" {
        return Some(Expr::Whole);
    }
    let path = expr.strip_prefix("$.")?;
    if path == "outputs.output_file" {
        return Some(Expr::OutputFile);
    }
    if let Some(rest) = path.strip_prefix("inputs.parameters") {
        let (name, rest) = bracketed(rest)?;
        return rest.is_empty().then_some(Expr::InputParameter(name));
    }
    if let Some(rest) = path.strip_prefix("outputs.parameters") {
        let (name, rest) = bracketed(rest)?;
        return (rest == ".output_file").then_some(Expr::OutputParameterFile(name));
    }
    let (output, rest) = if let Some(r) = path.strip_prefix("inputs.artifacts") {
        (false, r)
    } else if let Some(r) = path.strip_prefix("outputs.artifacts") {
        (true, r)
    } else {
        // `{{$.pipeline_job_name}}` and friends: a bare identifier.
        return path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
            .then_some(Expr::Runtime(path));
    };
    let (name, rest) = bracketed(rest)?;
    let field = match rest {
        "" => Field::List,
        ".uri" => Field::Uri,
        ".path" => Field::Path,
        ".metadata" => Field::Metadata,
        r => {
            let (key, tail) = bracketed(r.strip_prefix(".metadata")?)?;
            if !tail.is_empty() {
                return None;
            }
            Field::MetadataKey(key)
        }
    };
    Some(Expr::Artifact {
        output,
        name,
        field,
    })
}

fn resolve_one(
    expr: &str,
    placeholder: &str,
    ctx: &Context<'_>,
) -> Result<String, PlaceholderError> {
    let fail = |message: String| PlaceholderError::Invalid {
        placeholder: placeholder.to_owned(),
        message,
    };
    let parsed = parse(expr).ok_or_else(|| fail("unknown placeholder".into()))?;
    let inputs = ctx.input.inputs.clone().unwrap_or_default();
    let outputs = ctx.input.outputs.clone().unwrap_or_default();
    match parsed {
        Expr::Whole => Ok(ctx.input_json.to_owned()),
        Expr::Runtime("workspace_path") => Ok(WORKSPACE_PATH.to_owned()),
        Expr::Runtime(name) => ctx
            .runtime
            .get(name)
            .cloned()
            .ok_or_else(|| fail(format!("no value for `{name}` in this context"))),
        Expr::InputParameter(name) => {
            let value = inputs.parameter_values.get(name).ok_or_else(|| {
                fail(format!(
                    "no input parameter {name:?}; inputs are: {}",
                    keys(&inputs.parameter_values)
                ))
            })?;
            parameter_text(value).ok_or_else(|| fail(format!("input parameter {name:?} is null")))
        }
        Expr::OutputParameterFile(name) => outputs
            .parameters
            .get(name)
            .map(|p| {
                ctx.paths
                    .user(Path::new(&p.output_file))
                    .display()
                    .to_string()
            })
            .ok_or_else(|| {
                fail(format!(
                    "no output parameter {name:?}; outputs are: {}",
                    keys(&outputs.parameters)
                ))
            }),
        Expr::OutputFile => {
            if outputs.output_file.is_empty() {
                return Err(fail("ExecutorInput has no outputs.outputFile".into()));
            }
            Ok(ctx
                .paths
                .user(Path::new(&outputs.output_file))
                .display()
                .to_string())
        }
        Expr::Artifact {
            output,
            name,
            field,
        } => {
            let lists = if output {
                &outputs.artifacts
            } else {
                &inputs.artifacts
            };
            let list: &ArtifactList = lists.get(name).ok_or_else(|| {
                fail(format!(
                    "no {} artifact {name:?}; they are: {}",
                    if output { "output" } else { "input" },
                    keys(lists)
                ))
            })?;
            let first = || -> Result<&RuntimeArtifact, PlaceholderError> {
                list.artifacts
                    .first()
                    .ok_or_else(|| fail(format!("artifact list {name:?} is empty")))
            };
            match field {
                // Every artifact of the list, as the SDK's list placeholders expect.
                Field::List => {
                    let json = serde_json::to_value(&list.artifacts).unwrap_or(Json::Null);
                    Ok(GoJson::PROTOJSON.to_string(&json))
                }
                Field::Uri => Ok(first()?.uri.clone()),
                Field::Path => {
                    let artifact = first()?;
                    artifact_local_path(artifact)
                        .map(|p| ctx.paths.user(&p).display().to_string())
                        .ok_or_else(|| fail(format!("URI {:?} has no local path", artifact.uri)))
                }
                Field::Metadata => {
                    let json = first()?
                        .metadata
                        .as_ref()
                        .map(|m| to_json(&struct_value(m)))
                        .unwrap_or_else(|| Json::Object(Default::default()));
                    Ok(GoJson::PROTOJSON.to_string(&json))
                }
                Field::MetadataKey(key) => {
                    let value = first()?
                        .metadata
                        .as_ref()
                        .and_then(|m| m.fields.get(key))
                        .ok_or_else(|| {
                            fail(format!("artifact {name:?} has no metadata key {key:?}"))
                        })?;
                    parameter_text(value)
                        .ok_or_else(|| fail(format!("metadata key {key:?} is null")))
                }
            }
        }
    }
}

fn struct_value(s: &wkt::Struct) -> wkt::Value {
    wkt::Value {
        kind: Some(wkt::value::Kind::StructValue(s.clone())),
    }
}

fn keys<V>(map: &BTreeMap<String, V>) -> String {
    if map.is_empty() {
        "(none)".into()
    } else {
        map.keys()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests;
