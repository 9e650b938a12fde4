//! `driver rewrite-workflow`: a Workflow KFP's API server compiled, with its
//! driver container templates replaced by Argo executor-plugin templates
//! (`plugin: {driver-plugin: {args}}`) that `driver serve` answers, so that
//! a task costs an HTTP call in the workflow's agent pod instead of a
//! driver pod (issue 18; `../shared/spec/driver-plugin.md`).
//!
//! Only the driver templates change, and only what a plugin template cannot
//! have: the container (its flags become `args`, with KFP's proposed
//! snake_case keys and types), the pod's security context and volumes. The
//! template keeps its name, metadata, inputs and output parameter names, so
//! the DAG and every other template are untouched. The output files'
//! `*_path` flags go: `driver serve` answers with the parameters instead,
//! each with the default Argo would have read for an absent file. A CA the
//! driver pod mounted (`--ca_cert_path`) must then be mounted in the
//! plugin's sidecar at the same path.

use kfp_common::goflag::{parse_bool, parse_int, Kind};
use serde_json::{Map, Value};

/// The plugin's name in the Workflow (`plugin: {driver-plugin: …}`) and in
/// its ExecutorPlugin ConfigMap.
pub const PLUGIN: &str = "driver-plugin";

/// The annotation KFP's compiler puts on its driver templates.
const ROLE_ANNOTATION: &str = "pipelines.kubeflow.org/runtime-role";

/// Driver flags whose plugin argument is a JSON boolean (the rest are
/// strings, but for [`INT_ARGS`]), as KFP's proposal has them.
const BOOL_ARGS: &[&str] = &[
    "ml_pipeline_tls_enabled",
    "metadata_tls_enabled",
    "cache_disabled",
];

/// Driver flags whose plugin argument is a JSON integer.
const INT_ARGS: &[&str] = &["default_run_as_user", "default_run_as_group"];

/// Template fields a driver template may have besides those a plugin
/// template keeps; they describe the driver's pod, which no longer exists.
const POD_FIELDS: &[&str] = &["container", "securityContext", "volumes"];

/// Template fields kept as they are.
const KEPT_FIELDS: &[&str] = &["name", "metadata", "inputs", "outputs"];

/// Why a Workflow cannot be rewritten. Each names the template and what in
/// it is not understood: a driver template changed by a KFP version this
/// does not know must not be turned into something that behaves otherwise.
#[derive(Debug, thiserror::Error)]
pub enum RewriteError {
    #[error("the workflow is neither YAML nor JSON")]
    Parse(#[source] serde_yaml::Error),
    #[error("the workflow has no spec.templates list")]
    NoTemplates,
    #[error("driver template {template:?}: {what}")]
    Template { template: String, what: String },
    #[error("writing the rewritten workflow")]
    Write(#[source] serde_yaml::Error),
}

/// The rewritten Workflow in the format it came in (JSON stays JSON,
/// indented; YAML stays YAML), or `None` when it has no driver template:
/// the caller then passes the input on byte for byte.
pub fn rewrite_workflow(text: &str) -> Result<Option<String>, RewriteError> {
    let json = text.trim_start().starts_with('{');
    let mut workflow: Value = kfp_common::yaml::from_str(text).map_err(RewriteError::Parse)?;
    if !rewrite_templates(&mut workflow)? {
        return Ok(None);
    }
    Ok(Some(if json {
        let mut out = serde_json::to_string_pretty(&workflow).unwrap_or_default();
        out.push('\n');
        out
    } else {
        serde_yaml::to_string(&workflow).map_err(RewriteError::Write)?
    }))
}

/// Replace the driver templates of `workflow` in place (the webhook's
/// Workflow is already decoded); whether there was any.
pub fn rewrite_templates(workflow: &mut Value) -> Result<bool, RewriteError> {
    let templates = workflow
        .pointer_mut("/spec/templates")
        .and_then(Value::as_array_mut)
        .ok_or(RewriteError::NoTemplates)?;
    let mut changed = false;
    for template in templates.iter_mut() {
        if is_driver(template) {
            *template = plugin_template(template)?;
            changed = true;
        }
    }
    Ok(changed)
}

/// A template KFP compiled for its driver: annotated so (KFP ≥ 2.5), or
/// named so by older compilers.
fn is_driver(template: &Value) -> bool {
    let annotated = template
        .pointer("/metadata/annotations")
        .and_then(|a| a.get(ROLE_ANNOTATION))
        .and_then(Value::as_str)
        == Some("driver");
    let named = template
        .get("name")
        .and_then(Value::as_str)
        .is_some_and(|n| {
            n.starts_with("system-dag-driver") || n.starts_with("system-container-driver")
        });
    annotated || named
}

/// The plugin template that replaces a driver `template`.
fn plugin_template(template: &Value) -> Result<Value, RewriteError> {
    let name = template
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let fail = |what: String| RewriteError::Template {
        template: name.clone(),
        what,
    };
    let fields = template
        .as_object()
        .ok_or_else(|| fail("is not an object".into()))?;
    if let Some(other) = fields
        .keys()
        .find(|k| !KEPT_FIELDS.contains(&k.as_str()) && !POD_FIELDS.contains(&k.as_str()))
    {
        return Err(fail(format!(
            "has {other:?}, which a plugin template cannot carry over"
        )));
    }
    let container = fields
        .get("container")
        .ok_or_else(|| fail("has no container".into()))?;
    let args = container
        .get("args")
        .and_then(Value::as_array)
        .ok_or_else(|| fail("its container has no args list".into()))?
        .iter()
        .map(|a| a.as_str().map(str::to_owned))
        .collect::<Option<Vec<String>>>()
        .ok_or_else(|| fail("its container has an argument that is not a string".into()))?;

    let mut plugin_args = plugin_args(&args).map_err(fail)?;
    plugin_args.insert(
        "namespace".into(),
        Value::String("{{workflow.namespace}}".into()),
    );

    let mut out = Map::new();
    for key in ["name", "metadata", "inputs"] {
        if let Some(v) = fields.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    if let Some(outputs) = fields.get("outputs") {
        out.insert("outputs".into(), plugin_outputs(outputs).map_err(fail)?);
    }
    out.insert(
        "plugin".into(),
        serde_json::json!({ PLUGIN: { "args": plugin_args } }),
    );
    Ok(Value::Object(out))
}

/// The driver's command line as the plugin's `args`: each flag under its
/// name, booleans and the two integers typed (when not an Argo expression),
/// the output-file flags left out.
pub fn plugin_args(argv: &[String]) -> Result<Map<String, Value>, String> {
    let table = crate::args::flags();
    let mut out = Map::new();
    let mut rest = argv.iter();
    while let Some(arg) = rest.next() {
        let Some(flag) = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-')) else {
            return Err(format!("argument {arg:?} is not a flag"));
        };
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_owned())),
            None => (flag, None),
        };
        let known = table
            .iter()
            .find(|f| f.name == name)
            .ok_or_else(|| format!("--{name} is not a driver flag"))?;
        let value = match (inline, known.kind) {
            (Some(v), _) => v,
            // Go's bare boolean.
            (None, Kind::Bool) => "true".to_owned(),
            (None, _) => rest
                .next()
                .cloned()
                .ok_or_else(|| format!("--{name} has no value"))?,
        };
        if name.ends_with("_path") && name != "ca_cert_path" {
            continue;
        }
        let typed = if BOOL_ARGS.contains(&name) {
            parse_bool(&value).map_or(Value::String(value), Value::Bool)
        } else if INT_ARGS.contains(&name) {
            parse_int(&value).map_or(Value::String(value), Value::from)
        } else {
            Value::String(value)
        };
        if out.insert(name.to_owned(), typed).is_some() {
            return Err(format!("--{name} is given twice"));
        }
    }
    Ok(out)
}

/// The output parameters without the file they were read from (a plugin's
/// come in its reply). Argo's validation wants each output parameter to say
/// where its value comes from, in exactly one way (`validateOutputParameter`
/// rejects a bare name, and the workflow with it); for a plugin template it
/// checks nothing further. So, as in KFP's proposal, `valueFrom` keeps its
/// `default` (what `driver serve` answers when the driver decided no value)
/// and names the reply's field, `jsonPath: $.<name>`, instead of the file.
fn plugin_outputs(outputs: &Value) -> Result<Value, String> {
    let Some(parameters) = outputs.get("parameters").and_then(Value::as_array) else {
        return Err("its outputs have no parameters list".into());
    };
    if let Some(other) = outputs
        .as_object()
        .and_then(|o| o.keys().find(|k| *k != "parameters"))
    {
        return Err(format!("its outputs have {other:?}"));
    }
    let parameters: Vec<Value> = parameters
        .iter()
        .map(|p| {
            let mut kept = Map::new();
            for key in ["name", "default", "description"] {
                if let Some(v) = p.get(key) {
                    kept.insert(key.into(), v.clone());
                }
            }
            let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
            let mut from = Map::new();
            if let Some(default) = p.pointer("/valueFrom/default") {
                from.insert("default".into(), default.clone());
            }
            from.insert("jsonPath".into(), format!("$.{name}").into());
            kept.insert("valueFrom".into(), Value::Object(from));
            Value::Object(kept)
        })
        .collect();
    Ok(serde_json::json!({ "parameters": parameters }))
}

/// A Workflow with one DAG driver template whose container has `args`
/// (tests of the rewrite and of the webhook).
#[cfg(test)]
pub(crate) fn driver_workflow(args: &[&str]) -> String {
    serde_json::json!({
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "spec": {"templates": [{
            "name": "system-dag-driver",
            "metadata": {"annotations": {ROLE_ANNOTATION: "driver"}},
            "inputs": {"parameters": [{"name": "component"}]},
            "outputs": {"parameters": [
                {"name": "execution-id", "valueFrom": {"path": "/tmp/outputs/execution-id"}},
                {"name": "cached-decision", "default": "false", "valueFrom": {"default": "false", "path": "/tmp/outputs/cached-decision"}},
            ]},
            "container": {"image": "driver", "command": ["driver"], "args": args},
        }]},
    })
    .to_string()
}

#[cfg(test)]
mod tests;
