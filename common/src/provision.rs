//! Output provisioning of a triggered container task (contract §2.9): where
//! its artifacts will be written and where its output parameters are read.

use std::collections::BTreeMap;

use kfp_proto::ml_pipelines::{
    executor_input::{OutputParameter, Outputs},
    ArtifactList, ArtifactTypeSchema, ComponentSpec, RuntimeArtifact,
};

use crate::uri::local_path;

/// Name of the synthetic artifact holding the user process's logs.
pub const EXECUTOR_LOGS: &str = "executor-logs";
/// Where output parameter files live in the user container.
pub const OUTPUT_PARAMETERS_DIR: &str = "/tmp/kfp/outputs";
/// Executor output file when the task root has no local path.
pub const FALLBACK_OUTPUT_FILE: &str = "/tmp/kfp_outputs/output_metadata.json";

/// `<run root without ?query>/<task name>/<salt>`.
pub fn task_root(run_root: &str, task_name: &str, salt: &str) -> String {
    let base = run_root
        .split('?')
        .next()
        .unwrap_or(run_root)
        .trim_end_matches('/');
    format!("{base}/{task_name}/{salt}")
}

/// `ExecutorInput.outputs` of a task whose outputs go under `task_root`.
/// `publish_logs` adds the `executor-logs` artifact (`system.Artifact`).
pub fn provision_outputs(
    component: &ComponentSpec,
    task_root: &str,
    publish_logs: bool,
) -> Outputs {
    let defs = component.output_definitions.clone().unwrap_or_default();
    let mut artifacts: BTreeMap<String, ArtifactList> = defs
        .artifacts
        .iter()
        .map(|(name, spec)| {
            let artifact = RuntimeArtifact {
                name: name.clone(),
                uri: format!("{task_root}/{name}"),
                r#type: spec.artifact_type.clone(),
                metadata: spec.metadata.clone(),
                ..Default::default()
            };
            (
                name.clone(),
                ArtifactList {
                    artifacts: vec![artifact],
                },
            )
        })
        .collect();
    if publish_logs {
        let logs = RuntimeArtifact {
            name: EXECUTOR_LOGS.into(),
            uri: format!("{task_root}/{EXECUTOR_LOGS}"),
            r#type: Some(ArtifactTypeSchema {
                kind: Some(
                    kfp_proto::ml_pipelines::artifact_type_schema::Kind::SchemaTitle(
                        "system.Artifact".into(),
                    ),
                ),
                ..Default::default()
            }),
            ..Default::default()
        };
        artifacts.insert(
            EXECUTOR_LOGS.into(),
            ArtifactList {
                artifacts: vec![logs],
            },
        );
    }
    let parameters = defs
        .parameters
        .keys()
        .map(|name| {
            (
                name.clone(),
                OutputParameter {
                    output_file: format!("{OUTPUT_PARAMETERS_DIR}/{name}"),
                },
            )
        })
        .collect();
    let output_file = match local_path(task_root) {
        Some(p) => p.join("output_metadata.json").display().to_string(),
        None => FALLBACK_OUTPUT_FILE.into(),
    };
    Outputs {
        parameters,
        artifacts,
        output_file,
    }
}

/// The executor-logs URI of one attempt: `<uri>-<retry index>` (§3.8), so a
/// retried pod never overwrites the logs of the attempt before it.
pub fn qualify_logs_uri(outputs: &mut Outputs, retry_index: u32) {
    if let Some(list) = outputs.artifacts.get_mut(EXECUTOR_LOGS) {
        for a in &mut list.artifacts {
            a.uri = format!("{}-{retry_index}", a.uri);
            if let Some(p) = &mut a.custom_path {
                *p = format!("{p}-{retry_index}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn provisions_like_the_go_driver() {
        let c: ComponentSpec = serde_json::from_value(json!({"outputDefinitions": {
            "artifacts": {"model": {"artifactType": {"schemaTitle": "system.Model", "schemaVersion": "0.0.1"}}},
            "parameters": {"Output": {"parameterType": "NUMBER_INTEGER"}}
        }}))
        .unwrap();
        let root = task_root(
            "minio://mlpipeline/v2/artifacts/p/run-1/?region=x",
            "train",
            "salt",
        );
        assert_eq!(root, "minio://mlpipeline/v2/artifacts/p/run-1/train/salt");
        let mut out = provision_outputs(&c, &root, true);
        assert_eq!(
            out.artifacts["model"].artifacts[0].uri,
            format!("{root}/model")
        );
        assert_eq!(
            out.parameters["Output"].output_file,
            "/tmp/kfp/outputs/Output"
        );
        assert_eq!(
            out.output_file,
            "/minio/mlpipeline/v2/artifacts/p/run-1/train/salt/output_metadata.json"
        );
        qualify_logs_uri(&mut out, 2);
        assert_eq!(
            out.artifacts[EXECUTOR_LOGS].artifacts[0].uri,
            format!("{root}/executor-logs-2")
        );
        let out = provision_outputs(&c, "mem://b/x", false);
        assert!(!out.artifacts.contains_key(EXECUTOR_LOGS));
        assert_eq!(out.output_file, FALLBACK_OUTPUT_FILE);
    }
}
