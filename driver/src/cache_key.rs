//! A task's cache key (contract §5.1), built as the protojson of
//! `ml_pipelines.CacheKey` (`api/v2alpha1/cache_key.proto`, which the pinned
//! PyPI packages do not ship) and fingerprinted by
//! [`kfp_common::fingerprint`] exactly as KFP's Go driver does.

use kfp_common::{
    executor_io::to_json,
    fingerprint::{self, FingerprintError},
    proto::ml_pipelines::{
        parameter_type::ParameterTypeEnum, pipeline_deployment_config::PipelineContainerSpec,
        ComponentSpec, ExecutorInput, PipelineTaskSpec,
    },
};
use serde_json::{json, Map, Value as Json};

/// The `CacheKey` JSON of a task (zero-valued fields omitted, as protojson).
pub fn cache_key(
    executor_input: &ExecutorInput,
    component: &ComponentSpec,
    container: &PipelineContainerSpec,
    pvc_names: &[String],
) -> Result<Json, serde_json::Error> {
    let mut key = Map::new();
    let inputs = executor_input.inputs.clone().unwrap_or_default();
    let outputs = executor_input.outputs.clone().unwrap_or_default();

    let artifact_names: Map<String, Json> = inputs
        .artifacts
        .iter()
        .map(|(name, list)| {
            let names: Vec<&str> = list.artifacts.iter().map(|a| a.name.as_str()).collect();
            let entry = if names.is_empty() {
                json!({})
            } else {
                json!({ "artifactNames": names })
            };
            (name.clone(), entry)
        })
        .collect();
    insert_nonempty(&mut key, "inputArtifactNames", artifact_names);

    let parameters: Map<String, Json> = inputs
        .parameter_values
        .iter()
        .map(|(name, v)| (name.clone(), to_json(v)))
        .collect();
    insert_nonempty(&mut key, "inputParameterValues", parameters);

    let mut artifacts_spec = Map::new();
    for (name, list) in &outputs.artifacts {
        if let Some(first) = list.artifacts.first() {
            let mut artifact = first.clone();
            artifact.uri.clear();
            artifacts_spec.insert(name.clone(), serde_json::to_value(&artifact)?);
        }
    }
    insert_nonempty(&mut key, "outputArtifactsSpec", artifacts_spec);

    let parameters_spec: Map<String, Json> = component
        .output_definitions
        .as_ref()
        .map(|d| {
            d.parameters
                .iter()
                .map(|(name, spec)| {
                    let ty = ParameterTypeEnum::try_from(spec.parameter_type)
                        .unwrap_or(ParameterTypeEnum::Unspecified);
                    (name.clone(), Json::String(ty.as_str_name().to_owned()))
                })
                .collect()
        })
        .unwrap_or_default();
    insert_nonempty(&mut key, "outputParametersSpec", parameters_spec);

    let mut container_spec = Map::new();
    if !container.image.is_empty() {
        container_spec.insert("image".into(), Json::String(container.image.clone()));
    }
    let cmd_args: Vec<Json> = container
        .command
        .iter()
        .chain(&container.args)
        .map(|s| Json::String(s.clone()))
        .collect();
    if !cmd_args.is_empty() {
        container_spec.insert("cmdArgs".into(), Json::Array(cmd_args));
    }
    let mut pvcs: Vec<&String> = pvc_names.iter().collect();
    pvcs.sort();
    pvcs.dedup();
    if !pvcs.is_empty() {
        container_spec.insert("pvcNames".into(), json!(pvcs));
    }
    insert_nonempty(&mut key, "containerSpec", container_spec);
    Ok(Json::Object(key))
}

fn insert_nonempty(key: &mut Map<String, Json>, name: &str, map: Map<String, Json>) {
    if !map.is_empty() {
        key.insert(name.to_owned(), Json::Object(map));
    }
}

/// The fingerprint of a task: a custom `cacheKey` if the task has one,
/// else the SHA-256 of the canonical `CacheKey` JSON.
pub fn task_fingerprint(task: &PipelineTaskSpec, key: &Json) -> Result<String, FingerprintError> {
    let custom = task
        .caching_options
        .as_ref()
        .map(|c| c.cache_key.as_str())
        .unwrap_or_default();
    if !custom.is_empty() {
        let component = task
            .component_ref
            .as_ref()
            .map(|c| c.name.as_str())
            .unwrap_or_default();
        return Ok(fingerprint::custom_key_fingerprint(component, custom));
    }
    fingerprint::fingerprint(&key.to_string())
}

/// What Go's `protojson.Unmarshal` into `CacheKey` would refuse: a field
/// the message does not have, or a value of the wrong kind, named by its
/// path. `driver fingerprint` checks a key it is given with this, so a
/// fingerprint is never printed for something KFP's driver could not have
/// hashed.
pub fn check(key: &Json) -> Result<(), String> {
    let object = |v: &Json, at: &str| -> Result<Map<String, Json>, String> {
        v.as_object()
            .cloned()
            .ok_or_else(|| format!("{at}: expected a JSON object, found {v}"))
    };
    let strings = |v: &Json, at: &str| -> Result<(), String> {
        match v.as_array() {
            Some(items) if items.iter().all(Json::is_string) => Ok(()),
            _ => Err(format!("{at}: expected a list of strings, found {v}")),
        }
    };
    for (field, value) in object(key, "the cache key")? {
        match field.as_str() {
            "inputArtifactNames" | "input_artifact_names" => {
                for (name, list) in object(&value, &field)? {
                    for (k, v) in object(&list, &format!("{field}.{name}"))? {
                        match k.as_str() {
                            "artifactNames" | "artifact_names" => {
                                strings(&v, &format!("{field}.{name}.{k}"))?
                            }
                            other => {
                                return Err(format!("{field}.{name}: unknown field {other:?}"))
                            }
                        }
                    }
                }
            }
            "inputParameters"
            | "input_parameters"
            | "outputArtifactsSpec"
            | "output_artifacts_spec" => {
                for (name, v) in object(&value, &field)? {
                    object(&v, &format!("{field}.{name}"))?;
                }
            }
            "inputParameterValues" | "input_parameter_values" => {
                object(&value, &field)?;
            }
            // Type names as strings (Go's driver writes the v1 names, INT…).
            "outputParametersSpec" | "output_parameters_spec" => {
                for (name, v) in object(&value, &field)? {
                    if !v.is_string() {
                        return Err(format!("{field}.{name}: expected a string, found {v}"));
                    }
                }
            }
            "containerSpec" | "container_spec" => {
                for (k, v) in object(&value, &field)? {
                    match k.as_str() {
                        "image" if v.is_string() => {}
                        "image" => {
                            return Err(format!("{field}.image: expected a string, found {v}"))
                        }
                        "cmdArgs" | "cmd_args" => strings(&v, &format!("{field}.{k}"))?,
                        other => return Err(format!("{field}: unknown field {other:?}")),
                    }
                }
            }
            other => {
                return Err(format!(
                    "unknown field {other:?} (CacheKey has inputArtifactNames, inputParameters, \
                     outputArtifactsSpec, outputParametersSpec, containerSpec, \
                     inputParameterValues)"
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_go_would_refuse_are_refused_naming_the_field() {
        check(&json!({"inputParameterValues": {"n": 1}, "containerSpec": {"image": "x", "cmdArgs": ["a"]},
            "outputParametersSpec": {"Output": "STRING"}, "inputArtifactNames": {"d": {"artifactNames": ["1"]}}}))
            .unwrap();
        for (bad, says) in [
            (
                json!({"inputParameterValue": {}}),
                "unknown field \"inputParameterValue\"",
            ),
            (
                json!({"containerSpec": {"image": 3}}),
                "containerSpec.image",
            ),
            (
                json!({"containerSpec": {"cmdArgs": "sh"}}),
                "containerSpec.cmdArgs",
            ),
            (
                json!({"containerSpec": {"env": []}}),
                "unknown field \"env\"",
            ),
            (
                json!({"outputParametersSpec": {"o": 3}}),
                "outputParametersSpec.o",
            ),
            (
                json!({"inputArtifactNames": {"d": {"names": []}}}),
                "inputArtifactNames.d",
            ),
            (json!([]), "expected a JSON object"),
        ] {
            let e = check(&bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }
}
