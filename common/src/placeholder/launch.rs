//! The launcher's pass (contract §3.5): everything left in the command
//! line, program included (upstream only replaces `{{$}}` in the program),
//! with `{{$.outputs.output_file}}`, `.metadata`, `.metadata['k']` and the
//! list-of-artifacts forms the SDK emits.

use std::{collections::BTreeMap, path::Path};

use serde_json::Value as Json;

use super::{
    element,
    expr::{parse, substitute_each, Expr, Field},
    is_present,
    text::value_text,
    Pass, Piece, PlaceholderError,
};
use crate::{
    executor_io::{parameter_text, to_json},
    gojson::GoJson,
    proto::{
        ml_pipelines::{ArtifactList, ExecutorInput, RuntimeArtifact},
        wkt,
    },
    uri::{artifact_local_path, PathMap, WORKSPACE_PATH},
};

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
    for (index, el) in command.iter().enumerate() {
        out.extend(element(el, ctx, &format!("command element {index}"))?);
    }
    Ok(out)
}

impl Pass for Context<'_> {
    /// Among the inputs as provided: a default is not presence, as in KFP's
    /// driver.
    fn is_present(&self, name: &str) -> bool {
        is_present(self.provided, name)
    }

    fn leaf(&self, text: &str, _at: &str) -> Result<Piece, PlaceholderError> {
        substitute(text, self).map(Piece::Done)
    }
}

/// Replace every `{{$...}}` in one element.
fn substitute(element: &str, ctx: &Context<'_>) -> Result<String, PlaceholderError> {
    let (text, _) = substitute_each(element, |expr, placeholder| {
        resolve_one(expr, placeholder, ctx).map(Some)
    })?;
    Ok(text)
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
            // The driver's text, not the Go launcher's (`1e-07`, not
            // `0.0000001`): in a pod the driver substitutes these, so a
            // single-step run writes what a cluster would.
            match parameter_text(value) {
                Some(_) => Ok(value_text(value)),
                None => Err(fail(format!("input parameter {name:?} is null"))),
            }
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
