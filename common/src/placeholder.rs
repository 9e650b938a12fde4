//! Placeholders in a container's command line (contract §2.10, §3.5): one
//! implementation of their syntax, run in two passes.
//!
//! In a pod the driver runs first: [`driver`] substitutes input parameters
//! (formatted as KFP's Go driver does, since in a cluster its text is what
//! the user process gets), decides every `IfPresent`, joins every `Concat`
//! it can complete, and leaves the rest (`{{$}}`, artifacts, outputs) for
//! the launcher. The launcher's pass, [`resolve_command`], resolves
//! everything that is left; on its own (a single-step local run) it resolves
//! a raw command line the same way, so both paths read one grammar.
//!
//! Beyond KFP: structured `IfPresent` branches (`Then: {"Concat": …}` or a
//! list holding one) are evaluated in both passes (KFP's driver rejects them;
//! `kfp.local` accepts them), `Concat` is interpreted (KFP hands it to the
//! user verbatim), and a null value or unknown name in the launcher's pass is
//! an error naming the placeholder, never a silent empty string.

use serde_json::Value as Json;

use crate::proto::{ml_pipelines::ExecutorInput, wkt::value::Kind};

pub mod driver;
mod expr;
mod launch;
pub mod text;

pub use launch::{resolve_command, Context};

/// Why a command line could not be resolved.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PlaceholderError {
    #[error("placeholder {placeholder}: {message}")]
    Invalid {
        placeholder: String,
        message: String,
    },
    /// `at` names the element: `command element 3`, `container.args[1]`.
    #[error("{at}: invalid {kind} structure: {message}")]
    Structure {
        at: String,
        kind: &'static str,
        message: String,
    },
    #[error("{at}: input parameter {name:?} is not among the task's inputs")]
    UnknownParameter { at: String, name: String },
}

/// A structure's result so far: final text, or (driver pass) a node that
/// still holds placeholders only the launcher can resolve.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Done(String),
    Open(Json),
}

impl Piece {
    fn into_json(self) -> Json {
        match self {
            Piece::Done(s) => Json::String(s),
            Piece::Open(j) => j,
        }
    }

    /// A command-line element: text, or the open structure as the JSON the
    /// launcher parses again (a bare string needs no wrapping).
    fn into_element(self) -> String {
        match self {
            Piece::Done(s) | Piece::Open(Json::String(s)) => s,
            Piece::Open(j) => j.to_string(),
        }
    }
}

/// What differs between the passes: who is present, and how a leaf string's
/// `{{$…}}` placeholders are substituted.
trait Pass {
    fn is_present(&self, name: &str) -> bool;
    fn leaf(&self, text: &str, at: &str) -> Result<Piece, PlaceholderError>;
    /// Final text: a leaf's, or a `Concat`'s joined.
    fn done(&self, text: String) -> Piece {
        Piece::Done(text)
    }
}

/// `IfPresent`'s test: a non-null parameter or a non-empty artifact list.
fn is_present(input: &ExecutorInput, name: &str) -> bool {
    let Some(inputs) = &input.inputs else {
        return false;
    };
    let param = inputs
        .parameter_values
        .get(name)
        .is_some_and(|v| !matches!(v.kind, None | Some(Kind::NullValue(_))));
    let artifact = inputs
        .artifacts
        .get(name)
        .is_some_and(|l| !l.artifacts.is_empty());
    param || artifact
}

/// Whether a command-line element is a `Concat`/`IfPresent` structure (the
/// SDK writes them as JSON objects with that single key).
fn is_structure(element: &str) -> bool {
    let trimmed = element.trim_start();
    trimmed.starts_with("{\"Concat\"") || trimmed.starts_with("{\"IfPresent\"")
}

/// One element of a command line: a structure expands to zero or more
/// elements, a plain string to one.
fn element(element: &str, pass: &impl Pass, at: &str) -> Result<Vec<String>, PlaceholderError> {
    if !is_structure(element) {
        return Ok(vec![pass.leaf(element, at)?.into_element()]);
    }
    let structure: Json =
        serde_json::from_str(element.trim_start()).map_err(|e| PlaceholderError::Structure {
            at: at.to_owned(),
            kind: "placeholder",
            message: e.to_string(),
        })?;
    Ok(expand(&structure, pass, at, true)?
        .into_iter()
        .map(Piece::into_element)
        .collect())
}

/// Evaluate a Concat/IfPresent structure to its pieces, scalar placeholders
/// in its leaves substituted once (a value containing `{{$` is not
/// re-scanned). `top` allows lists: an IfPresent branch at top level may
/// expand to several arguments; inside Concat it must be one string, as in
/// the SDK's resolver.
fn expand(
    node: &Json,
    pass: &impl Pass,
    at: &str,
    top: bool,
) -> Result<Vec<Piece>, PlaceholderError> {
    let err = |kind, message: String| PlaceholderError::Structure {
        at: at.to_owned(),
        kind,
        message,
    };
    match node {
        Json::String(s) => Ok(vec![pass.leaf(s, at)?]),
        Json::Array(items) if top => {
            let mut out = Vec::new();
            for item in items {
                out.extend(expand(item, pass, at, false)?);
            }
            Ok(out)
        }
        Json::Object(map) if map.len() == 1 => {
            if let Some(items) = map.get("Concat") {
                let Json::Array(items) = items else {
                    return Err(err("Concat", "expected a list".into()));
                };
                let mut parts = Vec::new();
                for item in items {
                    parts.extend(expand(item, pass, at, false)?);
                }
                Ok(vec![concat(parts, pass)])
            } else if let Some(inner) = map.get("IfPresent") {
                let name = inner
                    .get("InputName")
                    .and_then(Json::as_str)
                    .ok_or_else(|| err("IfPresent", "missing InputName".into()))?;
                let branch = if pass.is_present(name) {
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
                    Some(b) => expand(b, pass, at, top),
                }
            } else {
                Err(err("placeholder", format!("unknown structure {node}")))
            }
        }
        other => Err(err("placeholder", format!("unexpected element {other}"))),
    }
}

/// A Concat of its parts: their text when all are done, else the structure
/// again with what is known filled in (as string content, so a value cannot
/// reshape it).
fn concat(parts: Vec<Piece>, pass: &impl Pass) -> Piece {
    if parts.iter().all(|p| matches!(p, Piece::Done(_))) {
        return pass.done(parts.into_iter().map(Piece::into_element).collect());
    }
    let items = parts.into_iter().map(Piece::into_json).collect();
    Piece::Open(serde_json::json!({ "Concat": Json::Array(items) }))
}

#[cfg(test)]
mod tests;
