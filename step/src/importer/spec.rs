//! What an importer task imports, from its command line alone (no I/O):
//! the task, the output name, the artifact's type and metadata, where its
//! URI comes from; then, given the parent DAG, the artifact itself.
//!
//! Everything that can be wrong with the input is found here, before the
//! importer writes anything to ML Metadata, so bad input leaves no
//! half-published execution behind.

use std::fmt;

use kfp_common::{
    artifact,
    metadata::{keys, value, NewArtifact, Properties},
    proto::{
        ml_metadata as mlmd,
        ml_pipelines::{
            pipeline_deployment_config::ImporterSpec,
            task_inputs_spec::input_parameter_spec::Kind as ParamKind, value as ir_value,
            value_or_runtime_parameter::Value as UriValue, ComponentSpec, PipelineTaskSpec,
            RuntimeArtifact,
        },
        wkt::value::Kind,
    },
    store::{bucket::parse_bucket_config, session::SessionInfo},
    uri::local_path,
};

use crate::args::LauncherArgs;

/// The only artifact type an `oci://` URI may be imported as (Modelcar).
pub const OCI_TYPE: &str = "system.Model";

/// A flag, or a field of one, that cannot be used; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InputError {
    /// The flag, without `--`.
    pub flag: &'static str,
    /// The field within the flag's JSON (`artifactUri.runtimeParameter`),
    /// empty for the flag as a whole.
    pub field: String,
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "--{}: {}", self.flag, self.reason)
        } else {
            write!(f, "--{} {}: {}", self.flag, self.field, self.reason)
        }
    }
}

fn bad(flag: &'static str, field: impl Into<String>, reason: impl Into<String>) -> InputError {
    InputError {
        flag,
        field: field.into(),
        reason: reason.into(),
    }
}

/// Where the artifact's URI comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UriSource {
    /// `artifactUri.constant`, or (beyond upstream) a task input that is a
    /// `runtimeValue.constant` string.
    Constant(String),
    /// `artifactUri.runtimeParameter` `parameter`, whose task input is the
    /// parent DAG's input `dag_input` (`componentInputParameter`): the
    /// value is in the DAG execution's `inputs` custom property.
    DagInput {
        parameter: String,
        dag_input: String,
    },
}

/// One importer task, as its command line describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub pipeline_name: String,
    pub run_id: String,
    pub parent_dag_id: i64,
    /// The task's `taskInfo.name`: the execution's `task_name`.
    pub task_name: String,
    /// The component's single output artifact: the OUTPUT event's key.
    pub output_name: String,
    /// MLMD type name, from `typeSchema`.
    pub type_name: String,
    pub uri: UriSource,
    /// `importer_spec.metadata`, converted as the launcher converts output
    /// metadata (contract §4.4).
    pub metadata: Properties,
    pub reimport: bool,
    pub download_to_workspace: bool,
    /// `--ca_cert_path`: a private CA the workspace download's store
    /// client trusts; empty for none.
    pub ca_cert_path: String,
}

impl Plan {
    /// Read and check the importer's flags.
    pub fn parse(args: &LauncherArgs) -> Result<Plan, InputError> {
        if args.pipeline_name.is_empty() {
            return Err(bad("pipeline_name", "", "is required in importer mode"));
        }
        if args.run_id.is_empty() {
            return Err(bad("run_id", "", "is required in importer mode"));
        }
        if args.parent_dag_id == 0 {
            return Err(bad(
                "parent_dag_id",
                "",
                "must be a non-zero DAG execution id",
            ));
        }
        let importer: ImporterSpec = json_flag("importer_spec", &args.importer_spec)?;
        let task: PipelineTaskSpec = json_flag("task_spec", &args.task_spec)?;
        let component: ComponentSpec = json_flag("component_spec", &args.component_spec)?;

        let task_name = task
            .task_info
            .as_ref()
            .map(|i| i.name.clone())
            .unwrap_or_default();
        if task_name.is_empty() {
            return Err(bad("task_spec", "taskInfo.name", "is empty"));
        }
        let outputs = component
            .output_definitions
            .as_ref()
            .map(|o| o.artifacts.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default();
        let [output_name] = &outputs[..] else {
            return Err(bad(
                "component_spec",
                "outputDefinitions.artifacts",
                format!(
                    "an importer has exactly one output artifact, found {}: {outputs:?}",
                    outputs.len()
                ),
            ));
        };
        let uri = uri_source(&importer, &task)?;
        let type_name = artifact::type_name(importer.type_schema.as_ref(), output_name)
            .map_err(|e| bad("importer_spec", "typeSchema", e.to_string()))?;
        let metadata = metadata_properties(&importer, output_name)?;
        Ok(Plan {
            pipeline_name: args.pipeline_name.clone(),
            run_id: args.run_id.clone(),
            parent_dag_id: args.parent_dag_id,
            task_name,
            output_name: output_name.clone(),
            type_name,
            uri,
            metadata,
            reimport: importer.reimport,
            download_to_workspace: importer.download_to_workspace,
            ca_cert_path: args.connection.ca_cert_path.clone(),
        })
    }

    /// The artifact's URI; a runtime parameter is read from the parent DAG
    /// execution's `inputs`.
    pub fn resolve_uri(&self, dag: &mlmd::Execution) -> Result<String, InputError> {
        let (uri, field) = match &self.uri {
            UriSource::Constant(uri) => (uri.clone(), "artifactUri.constant".to_owned()),
            UriSource::DagInput {
                parameter,
                dag_input,
            } => {
                let field = format!("artifactUri.runtimeParameter {parameter:?}");
                let inputs = dag
                    .custom_properties
                    .get(keys::INPUTS)
                    .and_then(value::as_struct);
                let found = inputs.and_then(|s| s.fields.get(dag_input));
                let uri = match found.and_then(|v| v.kind.as_ref()) {
                    Some(Kind::StringValue(s)) => s.clone(),
                    None => {
                        return Err(bad(
                            "importer_spec",
                            field,
                            format!(
                                "the task's input {parameter:?} is the parent DAG's input \
                                 {dag_input:?}, which DAG execution {} (--parent_dag_id) has no \
                                 value for",
                                self.parent_dag_id
                            ),
                        ))
                    }
                    Some(other) => {
                        return Err(bad(
                            "importer_spec",
                            field,
                            format!(
                                "the parent DAG's input {dag_input:?} (DAG execution {}) is \
                                 {other:?}, not a string URI",
                                self.parent_dag_id
                            ),
                        ))
                    }
                };
                (uri, field)
            }
        };
        if uri.is_empty() {
            return Err(bad("importer_spec", field, "the artifact URI is empty"));
        }
        Ok(uri)
    }

    /// The artifact to import from `uri`, as upstream builds it: the
    /// converted metadata plus `store_session_info` (environment
    /// credentials of the URI's scheme), none for `oci://`, which only a
    /// `system.Model` outside the workspace may use. `field` names where
    /// the URI came from, for messages.
    pub fn artifact(&self, uri: &str) -> Result<NewArtifact, InputError> {
        let field = match &self.uri {
            UriSource::Constant(_) => "artifactUri.constant".to_owned(),
            UriSource::DagInput { parameter, .. } => {
                format!("artifactUri.runtimeParameter {parameter:?}")
            }
        };
        let mut custom_properties = self.metadata.clone();
        if uri.starts_with("oci://") {
            if self.download_to_workspace {
                return Err(bad(
                    "importer_spec",
                    "downloadToWorkspace",
                    format!("{uri}: importer workspace download does not support OCI registries"),
                ));
            }
            if self.type_name != OCI_TYPE {
                return Err(bad(
                    "importer_spec",
                    field,
                    format!(
                        "{uri}: the {} artifact type does not support OCI registries (only {OCI_TYPE})",
                        self.type_name
                    ),
                ));
            }
        } else {
            let bucket = parse_bucket_config(uri).map_err(|e| {
                bad(
                    "importer_spec",
                    field.clone(),
                    format!("no provider scheme found in artifact URI {uri:?}: {e}"),
                )
            })?;
            let provider = bucket.provider().map(|p| p.as_str()).unwrap_or_default();
            let session = SessionInfo {
                provider: provider.to_owned(),
                params: [("fromEnv".to_owned(), "true".to_owned())].into(),
            };
            custom_properties.insert(
                keys::STORE_SESSION_INFO.to_owned(),
                value::string(session.to_json()),
            );
            if self.download_to_workspace && local_path(uri).is_none() {
                return Err(bad(
                    "importer_spec",
                    "downloadToWorkspace",
                    format!("{uri}: no workspace path for this scheme (gs://, s3:// and minio:// have one)"),
                ));
            }
        }
        Ok(NewArtifact {
            type_name: self.type_name.clone(),
            uri: uri.to_owned(),
            custom_properties,
        })
    }
}

fn json_flag<T: serde::de::DeserializeOwned>(
    flag: &'static str,
    text: &str,
) -> Result<T, InputError> {
    if text.trim().is_empty() {
        return Err(bad(flag, "", "is required in importer mode (JSON)"));
    }
    kfp_common::executor_io::from_json_text(text.as_bytes())
        .map_err(|e| bad(flag, "", format!("is not valid JSON for it: {e}")))
}

fn uri_source(importer: &ImporterSpec, task: &PipelineTaskSpec) -> Result<UriSource, InputError> {
    let value = importer
        .artifact_uri
        .as_ref()
        .and_then(|u| u.value.as_ref());
    #[allow(deprecated)]
    let constant = match value {
        None => return Err(bad("importer_spec", "artifactUri", "is missing")),
        Some(UriValue::Constant(v)) => match &v.kind {
            Some(Kind::StringValue(s)) => s.clone(),
            other => {
                return Err(bad(
                    "importer_spec",
                    "artifactUri.constant",
                    format!("is not a string: {other:?}"),
                ))
            }
        },
        Some(UriValue::ConstantValue(v)) => match &v.value {
            Some(ir_value::Value::StringValue(s)) => s.clone(),
            other => {
                return Err(bad(
                    "importer_spec",
                    "artifactUri.constantValue",
                    format!("is not a string: {other:?}"),
                ))
            }
        },
        Some(UriValue::RuntimeParameter(parameter)) => {
            return runtime_parameter(parameter, task);
        }
    };
    if constant.is_empty() {
        return Err(bad("importer_spec", "artifactUri.constant", "is empty"));
    }
    Ok(UriSource::Constant(constant))
}

fn runtime_parameter(parameter: &str, task: &PipelineTaskSpec) -> Result<UriSource, InputError> {
    let field = format!("inputs.parameters[{parameter:?}]");
    if parameter.is_empty() {
        return Err(bad(
            "importer_spec",
            "artifactUri.runtimeParameter",
            "is empty",
        ));
    }
    let input = task
        .inputs
        .as_ref()
        .and_then(|i| i.parameters.get(parameter))
        .ok_or_else(|| {
            bad(
                "task_spec",
                field.clone(),
                format!(
                    "is missing: the importer's artifactUri.runtimeParameter {parameter:?} names it"
                ),
            )
        })?;
    match &input.kind {
        Some(ParamKind::ComponentInputParameter(dag_input)) if !dag_input.is_empty() => {
            Ok(UriSource::DagInput {
                parameter: parameter.to_owned(),
                dag_input: dag_input.clone(),
            })
        }
        Some(ParamKind::RuntimeValue(v)) => match v.value.as_ref() {
            Some(UriValue::Constant(c)) => match &c.kind {
                Some(Kind::StringValue(s)) if !s.is_empty() => Ok(UriSource::Constant(s.clone())),
                other => Err(bad(
                    "task_spec",
                    format!("{field}.runtimeValue.constant"),
                    format!("is not a non-empty string URI: {other:?}"),
                )),
            },
            other => Err(bad(
                "task_spec",
                format!("{field}.runtimeValue"),
                format!("is not a constant: {other:?}"),
            )),
        },
        other => Err(bad(
            "task_spec",
            field,
            format!(
                "the artifact URI must come from the parent DAG's inputs \
                 (componentInputParameter) or be a constant, found {other:?}"
            ),
        )),
    }
}

/// `importer_spec.metadata` converted like output metadata (string →
/// string, number → double, bool → int, list/struct → wrapped struct, null
/// → error), without the launcher's `display_name`/`store_session_info`
/// defaults: upstream's importer adds neither from the metadata.
fn metadata_properties(importer: &ImporterSpec, output: &str) -> Result<Properties, InputError> {
    let Some(meta) = &importer.metadata else {
        return Ok(Properties::new());
    };
    let runtime = RuntimeArtifact {
        metadata: Some(meta.clone()),
        ..Default::default()
    };
    let mut props = artifact::output_properties(&runtime, output, "").map_err(|e| match e {
        artifact::ArtifactError::NullMetadata { key, .. } => bad(
            "importer_spec",
            format!("metadata.{key}"),
            "is null (metadata values must not be null)",
        ),
        other => bad("importer_spec", "metadata", other.to_string()),
    })?;
    for key in [keys::DISPLAY_NAME, keys::STORE_SESSION_INFO] {
        if !meta.fields.contains_key(key) {
            props.remove(key);
        }
    }
    Ok(props)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests;
