//! Argo's executor-plugin protocol, as `driver serve` speaks it: the
//! `driver-plugin` template of a `template.execute` request as the driver's
//! command line, and the driver's outputs as the reply's parameters
//! (`../shared/spec/driver-plugin.md`).
//!
//! The args are the driver's flags under their snake_case names (what
//! [`crate::rewrite`] writes and KFP's proposal has): strings, JSON booleans
//! and integers, each given to the same flag parser a `driver` process
//! uses, so a value means the same in both. What a request may not do is
//! name files in the plugin's container: the output-file flags (the reply
//! carries the outputs) and a `@FILE` component.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{outputs::Outputs, rewrite::PLUGIN};

/// `ExecuteTemplateArgs`: the workflow's identity and the template, with
/// its inputs substituted.
#[derive(Debug, Deserialize)]
pub struct Request {
    #[serde(default)]
    pub workflow: WorkflowRef,
    pub template: Value,
}

#[derive(Debug, Default, Deserialize)]
pub struct WorkflowRef {
    #[serde(default)]
    pub metadata: WorkflowMeta,
}

#[derive(Debug, Default, Deserialize)]
pub struct WorkflowMeta {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub namespace: String,
    #[serde(default)]
    pub uid: String,
}

/// `ExecuteTemplateReply`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Reply {
    pub node: Node,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Node {
    /// `Succeeded` or `Failed`.
    pub phase: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outputs: Option<NodeOutputs>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct NodeOutputs {
    pub parameters: Vec<Parameter>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub value: String,
}

/// What a request asks of the driver.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The template's name, for logs.
    pub template: String,
    /// The workflow's name, for logs.
    pub workflow: String,
    /// The same request again (Argo's agent re-sends a template it gave up
    /// waiting for): the workflow's uid and a digest of the template as
    /// sent, substituted inputs included.
    pub key: String,
    /// The driver's command line (without the program name).
    pub argv: Vec<String>,
    /// The output parameters to reply, with the value each takes when the
    /// driver decided none (Argo's `default` for an absent file).
    pub outputs: Vec<(String, Option<String>)>,
}

/// A request the driver cannot run, naming what in it is wrong.
#[derive(Debug, thiserror::Error)]
pub enum PluginError {
    #[error("the request is not an ExecuteTemplateArgs JSON object")]
    Body(#[source] serde_json::Error),
    #[error("template {template:?}: plugin.{PLUGIN}.args is not an object")]
    Args { template: String },
    #[error("template {template:?}: argument {arg:?}: {reason}")]
    Arg {
        template: String,
        arg: String,
        reason: String,
    },
    #[error("template {template:?}: output parameter {name:?} is none the driver produces (execution-id, iteration-count, cached-decision, condition, pod-spec-patch)")]
    Output { template: String, name: String },
}

/// Flags whose value is a file the driver would read or write in the
/// plugin's container at the request's word (`ca_cert_path` excepted: the
/// plugin's sidecar mounts the CA the driver pods did).
fn names_a_file(arg: &str) -> bool {
    arg.ends_with("_path") && arg != "ca_cert_path"
}

/// The default Argo reads for a driver's absent output file, as KFP's
/// compiler declares them (`valueFrom.default`).
fn compiled_default(parameter: &str) -> Option<&'static str> {
    match parameter {
        "iteration-count" => Some("0"),
        "condition" => Some("true"),
        "cached-decision" => Some("false"),
        "pod-spec-patch" => Some(""),
        _ => None,
    }
}

/// The driver call of a request, or `None` for a template that is not a
/// `driver-plugin` one (the agent then asks its next plugin: HTTP 404).
pub fn parse(body: &[u8]) -> Result<Option<Call>, PluginError> {
    let request: Request = serde_json::from_slice(body).map_err(PluginError::Body)?;
    let Some(plugin) = request.template.get("plugin").and_then(|p| p.get(PLUGIN)) else {
        return Ok(None);
    };
    let template = request
        .template
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let args = match plugin.get("args") {
        Some(Value::Object(args)) => args,
        None => &Map::new(),
        Some(_) => return Err(PluginError::Args { template }),
    };
    let arg_error = |arg: &str, reason: String| PluginError::Arg {
        template: template.clone(),
        arg: arg.to_owned(),
        reason,
    };
    let mut argv = Vec::with_capacity(args.len());
    let mut namespace = None;
    let flags = crate::args::flags();
    for (name, value) in args {
        // A key is a flag's name: one with `=` in it would smuggle a value
        // past the checks below into the flag parser.
        if !flags.iter().any(|f| f.name == name) {
            return Err(arg_error(name, "is not a driver flag".into()));
        }
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) if n.is_i64() || n.is_u64() => n.to_string(),
            other => {
                return Err(arg_error(
                    name,
                    format!("expected a string, a boolean or an integer, found {other}"),
                ))
            }
        };
        if names_a_file(name) {
            return Err(arg_error(
                name,
                "names a file in the plugin's container; a plugin replies its outputs instead"
                    .into(),
            ));
        }
        if name == "component" && text.starts_with('@') {
            return Err(arg_error(
                name,
                "a @FILE in the plugin's container; give the ComponentSpec JSON".into(),
            ));
        }
        if name == "namespace" {
            namespace = Some(text.clone());
        }
        argv.push(format!("--{name}={text}"));
    }
    // The workflow's namespace is the one the agent's token is good for; a
    // template cannot make the driver act in another.
    let workflow_ns = &request.workflow.metadata.namespace;
    match namespace {
        Some(ns) if !workflow_ns.is_empty() && ns != *workflow_ns => {
            return Err(arg_error(
                "namespace",
                format!("{ns:?} is not the workflow's namespace {workflow_ns:?}"),
            ))
        }
        None if !workflow_ns.is_empty() => argv.push(format!("--namespace={workflow_ns}")),
        _ => {}
    }
    let outputs = declared_outputs(&request.template).map_err(|name| PluginError::Output {
        template: template.clone(),
        name,
    })?;
    let key = {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(request.template.to_string().as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("{}/{hex}", request.workflow.metadata.uid)
    };
    Ok(Some(Call {
        template,
        workflow: request.workflow.metadata.name,
        key,
        argv,
        outputs,
    }))
}

/// The template's output parameters and their defaults (its own `default`,
/// else a `valueFrom.default`, else the compiler's); every output the
/// driver has when the template declares none.
fn declared_outputs(template: &Value) -> Result<Vec<(String, Option<String>)>, String> {
    let Some(parameters) = template
        .pointer("/outputs/parameters")
        .and_then(Value::as_array)
    else {
        return Ok(Outputs::default()
            .values()
            .iter()
            .map(|v| (v.parameter.to_owned(), None))
            .collect());
    };
    parameters
        .iter()
        .map(|p| {
            let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
            if !Outputs::default()
                .values()
                .iter()
                .any(|v| v.parameter == name)
            {
                return Err(name.to_owned());
            }
            let default = p
                .get("default")
                .or_else(|| p.pointer("/valueFrom/default"))
                .and_then(Value::as_str)
                .or(compiled_default(name))
                .map(str::to_owned);
            Ok((name.to_owned(), default))
        })
        .collect()
}

/// The reply to `call`: `Succeeded` with the outputs, or `Failed` with the
/// message and the outputs decided before the failure (an execution that
/// exists is `FAILED` in MLMD by then, as with a driver process).
pub fn reply(call: &Call, result: Result<&Outputs, (&str, Option<&Outputs>)>) -> Reply {
    let (phase, message, outputs) = match result {
        Ok(outputs) => ("Succeeded", String::new(), Some(outputs)),
        Err((message, outputs)) => ("Failed", message.to_owned(), outputs),
    };
    // A driver that failed before its execution existed decided nothing.
    let values = outputs.map(Outputs::values);
    let parameters: Vec<Parameter> = call
        .outputs
        .iter()
        .filter(|_| outputs.is_some())
        .filter_map(|(name, default)| {
            let decided = values
                .iter()
                .flatten()
                .find(|v| v.parameter == name)
                .and_then(|v| v.text.clone());
            Some(Parameter {
                name: name.clone(),
                value: decided.or_else(|| default.clone())?,
            })
        })
        .collect();
    Reply {
        node: Node {
            phase: phase.into(),
            message,
            outputs: (!parameters.is_empty()).then_some(NodeOutputs { parameters }),
        },
    }
}

#[cfg(test)]
mod tests;
