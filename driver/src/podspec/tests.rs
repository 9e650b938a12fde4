//! Tests of the pod spec patch (contract §2.10, Appendix A): real SDK-compiled
//! fixtures compared field by field with the contract, then one test per
//! KubernetesExecutorConfig row and per error path on small synthetic specs.

use std::collections::BTreeMap;

use kfp_common::executor_io::{self, parse_executor_input};
use kfp_common::proto::kfp_kubernetes::KubernetesExecutorConfig;
use kfp_common::proto::ml_pipelines::component_spec::Implementation;
use kfp_common::proto::ml_pipelines::pipeline_deployment_config::executor_spec::Spec;
use kfp_common::proto::ml_pipelines::pipeline_deployment_config::PipelineContainerSpec;
use kfp_common::proto::ml_pipelines::task_inputs_spec::input_parameter_spec::Kind as ParamKind;
use kfp_common::proto::ml_pipelines::task_inputs_spec::InputParameterSpec;
use kfp_common::proto::ml_pipelines::value_or_runtime_parameter::Value as RuntimeValue;
use kfp_common::proto::ml_pipelines::{ComponentSpec, ExecutorInput};
use kfp_common::proto::wkt::Value;
use kfp_common::{ir::Pipeline, test_util::ir_fixtures};
use serde_json::{json, Value as Json};

use super::*;
use crate::args::{self, DriverArgs};

// === helpers ===

const RUN_NAME: &str = "wf-abc";

fn argv(extra: &[&str]) -> DriverArgs {
    let mut v: Vec<String> = [
        "--type",
        "CONTAINER",
        "--pipeline_name",
        "add-numbers",
        "--run_id",
        "8c5e-run",
        "--run_name",
        RUN_NAME,
        "--ml_pipeline_server_address",
        "ml-pipeline.kubeflow.svc.cluster.local",
        "--ml_pipeline_server_port",
        "8887",
        "--mlmd_server_address",
        "metadata-grpc-service.kubeflow.svc.cluster.local",
        "--mlmd_server_port",
        "8080",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    args::parse(&v).unwrap()
}

/// Maps componentInputParameter names and `producer.key` task outputs to
/// values; runtime constants resolve to themselves.
#[derive(Default)]
struct MapResolver {
    values: BTreeMap<String, Json>,
}

impl MapResolver {
    fn with(pairs: &[(&str, Json)]) -> Self {
        Self {
            values: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }
}

impl ParameterResolver for MapResolver {
    fn resolve(&self, spec: &InputParameterSpec, field: &str) -> Result<Option<Value>, String> {
        let key = match spec.kind.as_ref() {
            Some(ParamKind::ComponentInputParameter(name)) => name.clone(),
            Some(ParamKind::TaskOutputParameter(t)) => {
                format!("{}.{}", t.producer_task, t.output_parameter_key)
            }
            Some(ParamKind::RuntimeValue(rv)) => match rv.value.as_ref() {
                Some(RuntimeValue::Constant(v)) => return Ok(Some(v.clone())),
                _ => return Err(format!("{field}: unsupported runtime value")),
            },
            _ => return Err(format!("{field}: unsupported spec")),
        };
        match self.values.get(&key) {
            Some(Json::Null) => Ok(None),
            Some(v) => Ok(Some(executor_io::from_json(v.clone()))),
            None => Err(format!("no value for {key}")),
        }
    }
}

/// The parts of one task a container driver receives.
struct Task {
    component: ComponentSpec,
    container: PipelineContainerSpec,
    k8s: Option<KubernetesExecutorConfig>,
    extras: Option<KubernetesExtras>,
}

fn fixture(name: &str) -> Option<Pipeline> {
    let dir = ir_fixtures()?;
    Some(Pipeline::load(&dir.join(name)).unwrap())
}

/// The patch of task `name` of fixture `file` with the driver's default
/// flags, no inputs and the parameters `pairs`; `None` after a skip.
fn default_patch(file: &str, name: &str, pairs: &[(&str, Json)]) -> Option<Json> {
    let t = task(&fixture(file)?, name);
    let r = MapResolver::with(pairs);
    Some(patch(&t, &argv(&[]), &no_inputs(), &r))
}

fn task(p: &Pipeline, name: &str) -> Task {
    try_task(p, name).unwrap_or_else(|| panic!("{name} is not a container task"))
}

fn try_task(p: &Pipeline, name: &str) -> Option<Task> {
    let t = p.find_task(name).unwrap();
    let comp_name = t.task.component_ref.as_ref().unwrap().name.clone();
    let Spec::Container(container) = p.executor_of(&comp_name, t.component).ok()?.clone() else {
        return None;
    };
    let Some(Implementation::ExecutorLabel(label)) = t.component.implementation.clone() else {
        return None;
    };
    let raw = p.kubernetes_config(&label).map(|s| {
        let mut v = serde_json::to_value(s).unwrap();
        kfp_common::gojson::integral_floats_to_ints(&mut v);
        v
    });
    Some(Task {
        component: t.component.clone(),
        container,
        k8s: raw
            .as_ref()
            .map(|v| serde_json::from_value(v.clone()).unwrap()),
        extras: raw.map(|v| KubernetesExtras::from_json(&v.to_string()).unwrap()),
    })
}

fn synthetic(container: Json, k8s: Option<Json>) -> Task {
    Task {
        component: serde_json::from_value(json!({"executorLabel": "exec-t"})).unwrap(),
        container: serde_json::from_value(container).unwrap(),
        k8s: k8s
            .as_ref()
            .map(|v| serde_json::from_value(v.clone()).unwrap()),
        extras: k8s.map(|v| KubernetesExtras::from_json(&v.to_string()).unwrap()),
    }
}

fn basic_container() -> Json {
    json!({"image": "python:3.11", "command": ["sh", "-c"], "args": ["echo hi"]})
}

/// Inputs as given plus outputs shaped like §2.9's provisioning.
fn executor_input(params: Json, artifacts: Json) -> ExecutorInput {
    let doc = json!({
        "inputs": {"parameterValues": params, "artifacts": artifacts},
        "outputs": {
            "artifacts": {"executor-logs": {"artifacts": [{"name": "executor-logs",
                "type": {"schemaTitle": "system.Artifact"},
                "uri": "minio://mlpipeline/v2/artifacts/add-numbers/8c5e-run/t/5b1f/executor-logs"}]}},
            "outputFile": "/minio/mlpipeline/v2/artifacts/add-numbers/8c5e-run/t/5b1f/output_metadata.json"
        }
    });
    parse_executor_input(&doc.to_string(), "test").unwrap()
}

fn ctx<'a>(t: &'a Task, args: &'a DriverArgs, ei: &'a ExecutorInput) -> PatchContext<'a> {
    PatchContext {
        args,
        execution_id: 1234,
        executor_input: ei,
        component: &t.component,
        container: &t.container,
        kubernetes_config: t.k8s.as_ref(),
        kubernetes_extras: None,
    }
}

/// The patch as JSON, built with the task's extras as `build` would read them.
fn patch(t: &Task, args: &DriverArgs, ei: &ExecutorInput, r: &dyn ParameterResolver) -> Json {
    let spec = build_with(&ctx(t, args, ei), &extras_of(t), r)
        .unwrap()
        .pod_spec;
    serde_json::from_str(&patch_json(&spec).unwrap()).unwrap()
}

fn err(t: &Task, args: &DriverArgs, ei: &ExecutorInput, r: &MapResolver) -> String {
    build_with(&ctx(t, args, ei), &extras_of(t), r)
        .unwrap_err()
        .to_string()
}

fn extras_of(t: &Task) -> KubernetesExtras {
    t.extras.clone().unwrap_or_default()
}

fn no_inputs() -> ExecutorInput {
    executor_input(json!({}), json!({}))
}

// === fixtures ===

#[test]
fn command_is_the_launcher_flag_list_of_appendix_a() {
    let Some(p) = fixture("mounted_cabundle_secret.yaml") else {
        return;
    };
    let t = task(&p, "echo");
    let args = argv(&[
        "--ca_cert_path",
        "/kfp/certs/ca.crt",
        "--metadata_tls_enabled",
    ]);
    let ei = no_inputs();
    let spec = pod_spec_patch(&ctx(&t, &args, &ei), &MapResolver::default()).unwrap();
    let main = &spec.containers[0];
    let cmd = main.command.clone().unwrap();
    let component: Json = serde_json::from_str(&cmd[12]).unwrap();
    assert_eq!(component, json!({"executorLabel": "exec-echo"}));
    let sent: ExecutorInput = parse_executor_input(&cmd[10], "cmd").unwrap();
    assert_eq!(sent, ei);
    let expected = [
        "/kfp-launcher/launch",
        "--executor_type",
        "container",
        "--pipeline_name",
        "add-numbers",
        "--run_id",
        "8c5e-run",
        "--execution_id",
        "1234",
        "--executor_input",
        &cmd[10],
        "--component_spec",
        &cmd[12],
        "--pod_name",
        "$(KFP_POD_NAME)",
        "--pod_uid",
        "$(KFP_POD_UID)",
        "--ml_pipeline_server_address",
        "ml-pipeline.kubeflow.svc.cluster.local",
        "--ml_pipeline_server_port",
        "8887",
        "--mlmd_server_address",
        "metadata-grpc-service.kubeflow.svc.cluster.local",
        "--mlmd_server_port",
        "8080",
        "--publish_logs",
        "true",
        "--ml_pipeline_tls_enabled=false",
        "--metadata_tls_enabled=true",
        "--ca_cert_path",
        "/kfp/certs/ca.crt",
        "--cache_disabled=false",
        "--log_level",
        "1",
        "--",
    ];
    assert_eq!(cmd, expected);
    let json: Json = serde_json::from_str(&patch_json(&spec).unwrap()).unwrap();
    assert_eq!(
        json["containers"][0],
        json!({"name": "main", "image": "registry.access.redhat.com/ubi9/python-311:latest",
               "command": cmd, "args": ["echo", "hello world"], "resources": {}})
    );
    assert_eq!(
        json.as_object().unwrap().len(),
        1,
        "nothing but containers: {json}"
    );
}

#[test]
fn command_flags_follow_the_driver_flags() {
    let Some(p) = fixture("mounted_cabundle_configmap.yaml") else {
        return;
    };
    let t = task(&p, "echo");
    let args = argv(&[
        "--cache_disabled",
        "--ml_pipeline_tls_enabled=true",
        "--publish_logs",
        "false",
        "--log_level",
        "3",
    ]);
    let ei = no_inputs();
    let json = patch(&t, &args, &ei, &MapResolver::default());
    let cmd: Vec<String> =
        serde_json::from_value(json["containers"][0]["command"].clone()).unwrap();
    let tail: Vec<&str> = cmd[25..].iter().map(String::as_str).collect();
    assert_eq!(
        tail,
        [
            "--publish_logs",
            "false",
            "--ml_pipeline_tls_enabled=true",
            "--metadata_tls_enabled=false",
            "--ca_cert_path",
            "",
            "--cache_disabled=true",
            "--log_level",
            "3",
            "--"
        ]
    );
}

#[test]
fn secret_as_env_resolves_every_name_kind() {
    let Some(json) = default_patch(
        "critical__pipeline_with_secret_as_env.yaml",
        "comp",
        &[
            ("secret_parm", json!("test-secret-1")),
            ("generate-secret-name.some_output", json!("test-secret-3")),
        ],
    ) else {
        return;
    };
    let secret = |var: &str, name: &str| json!({"name": var, "valueFrom": {"secretKeyRef": {"key": if var == "USER_NAME" {"username"} else {"password"}, "name": name, "optional": false}}});
    assert_eq!(
        json["containers"][0]["env"],
        json!([
            secret("USER_NAME", "test-secret-1"),
            secret("PASSWORD_VAR1", "test-secret-2"),
            secret("PASSWORD_VAR2", "test-secret-3"),
        ])
    );
}

#[test]
fn a_null_optional_secret_name_skips_that_secret() {
    let Some(json) = default_patch(
        "critical__pipeline_with_secret_as_env.yaml",
        "comp",
        &[
            ("secret_parm", Json::Null),
            ("generate-secret-name.some_output", json!("s3")),
        ],
    ) else {
        return;
    };
    let names: Vec<&str> = json["containers"][0]["env"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["PASSWORD_VAR1", "PASSWORD_VAR2"]);
}

#[test]
fn modelcar_input_gets_prepull_volume_mount_and_sidecar() {
    let Some(p) = fixture("critical__modelcar.yaml") else {
        return;
    };
    let t = task(&p, "get-model-files-list");
    let args = argv(&["--http_proxy", "http://proxy:3128"]);
    let ei = executor_input(
        json!({}),
        json!({"input_model": {"artifacts": [{"name": "7", "type": {"schemaTitle": "system.Model"},
                                              "uri": "oci://registry.domain.local/modelcar:test"}]}}),
    );
    let json = patch(&t, &args, &ei, &MapResolver::default());
    assert_eq!(json["shareProcessNamespace"], json!(true));
    let hardened = json!({"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]},
                          "seccompProfile": {"type": "RuntimeDefault"}});
    let init = &json["initContainers"][0];
    assert_eq!(init["name"], "oci-prepull-0");
    assert_eq!(init["image"], "registry.domain.local/modelcar:test");
    assert_eq!(init["securityContext"], hardened);
    assert_eq!(
        init["env"][0],
        json!({"name": "http_proxy", "value": "http://proxy:3128"})
    );
    let script = init["command"][2].as_str().unwrap();
    assert!(
        script.contains("[ -d /models ]") && script.contains("$$(ls -A /models)"),
        "{script}"
    );
    assert_eq!(json["volumes"], json!([{"name": "oci-0", "emptyDir": {}}]));
    let mount = json!({"name": "oci-0", "mountPath": "/oci/registry.domain.local_modelcar:test",
                       "subPath": "registry.domain.local_modelcar:test"});
    assert_eq!(json["containers"][0]["volumeMounts"], json!([mount]));
    let sidecar = &json["containers"][1];
    assert_eq!(sidecar["name"], "oci-0");
    assert_eq!(sidecar["imagePullPolicy"], "IfNotPresent");
    assert_eq!(sidecar["volumeMounts"], json!([mount]));
    assert_eq!(sidecar["securityContext"], hardened);
    let script = sidecar["command"][2].as_str().unwrap();
    assert!(script.contains(
        "ln -s /proc/$$$$/root/models \"/oci/registry.domain.local_modelcar:test/models\""
    ));
    assert!(script.contains("/oci/registry.domain.local_modelcar:test/launcher-complete"));
}

#[test]
fn modelcars_are_numbered_by_sorted_input_and_index() {
    let t = synthetic(basic_container(), None);
    let args = argv(&[]);
    let art = |u: &str| json!({"uri": u});
    let ei = executor_input(
        json!({}),
        json!({"b": {"artifacts": [art("oci://r/b:1")]},
               "a": {"artifacts": [art("s3://x/y"), art("oci://r/a:2")]}}),
    );
    let json = patch(&t, &args, &ei, &MapResolver::default());
    assert_eq!(json["initContainers"][0]["image"], "r/a:2");
    assert_eq!(json["initContainers"][1]["image"], "r/b:1");
    assert_eq!(json["containers"].as_array().unwrap().len(), 3);
}

#[test]
fn workspace_placeholder_mounts_the_run_workspace_pvc() {
    let Some(p) = fixture("critical__pipeline_with_workspace.yaml") else {
        return;
    };
    let t = task(&p, "write-to-workspace");
    let args = argv(&[]);
    let ei = executor_input(json!({"workspace_path": "{{$.workspace_path}}"}), json!({}));
    let r = MapResolver::default();
    let json = patch(&t, &args, &ei, &r);
    assert_eq!(
        json["volumes"],
        json!([{"name": "kfp-workspace", "persistentVolumeClaim": {"claimName": "wf-abc-kfp-workspace"}}])
    );
    assert_eq!(
        json["containers"][0]["volumeMounts"],
        json!([{"name": "kfp-workspace", "mountPath": "/kfp-workspace"}])
    );
    assert_eq!(
        pvc_names(&ctx(&t, &args, &ei), &r).unwrap(),
        ["wf-abc-kfp-workspace"]
    );
}

#[test]
fn workspace_paths_and_workspace_artifacts_also_count() {
    let Some(p) = fixture("critical__pipeline_with_workspace.yaml") else {
        return;
    };
    let t = task(&p, "read-from-workspace");
    let args = argv(&[]);
    let r = MapResolver::default();
    let by_path = executor_input(
        json!({"file_path": "/kfp-workspace/data/hello.txt"}),
        json!({}),
    );
    assert_eq!(
        patch(&t, &args, &by_path, &r)["volumes"][0]["name"],
        "kfp-workspace"
    );
    let by_artifact = executor_input(
        json!({}),
        json!({"data": {"artifacts": [{"uri": "minio://b/k", "metadata": {"_kfp_workspace": true}}]}}),
    );
    assert_eq!(
        patch(&t, &args, &by_artifact, &r)["volumes"][0]["name"],
        "kfp-workspace"
    );
    let unrelated = executor_input(json!({"file_path": "/data/x"}), json!({}));
    assert!(patch(&t, &args, &unrelated, &r).get("volumes").is_none());
    assert!(pvc_names(&ctx(&t, &args, &unrelated), &r)
        .unwrap()
        .is_empty());
}

#[test]
fn workspace_without_run_name_is_an_error() {
    let t = synthetic(basic_container(), None);
    let args = args::parse(&["--type".into(), "CONTAINER".into()]).unwrap();
    let ei = executor_input(json!({"p": "{{$.workspace_path}}"}), json!({}));
    let r = MapResolver::default();
    assert!(err(&t, &args, &ei, &r).contains("--run_name"));
    assert!(pvc_names(&ctx(&t, &args, &ei), &r).is_err());
}

#[test]
fn user_mounts_in_the_workspace_are_refused() {
    let ei = executor_input(json!({"p": "{{$.workspace_path}}"}), json!({}));
    let args = argv(&[]);
    let r = MapResolver::default();
    for config in [
        json!({"emptyDirMounts": [{"volumeName": "scratch", "mountPath": "/kfp-workspace/sub"}]}),
        json!({"emptyDirMounts": [{"volumeName": "scratch", "mountPath": "/kfp-workspace"}]}),
        json!({"emptyDirMounts": [{"volumeName": "kfp-workspace", "mountPath": "/elsewhere"}]}),
    ] {
        let t = synthetic(basic_container(), Some(config.clone()));
        let e = err(&t, &args, &ei, &r);
        assert!(e.contains("conflicts with the workspace"), "{config}: {e}");
    }
    let ok = synthetic(
        basic_container(),
        Some(
            json!({"emptyDirMounts": [{"volumeName": "scratch", "mountPath": "/kfp-workspace2"}]}),
        ),
    );
    pod_spec_patch(&ctx(&ok, &args, &ei), &r).unwrap();
}

#[test]
fn gpu_accelerator_and_toleration() {
    let Some(json) = default_patch(
        "gpu-scheduling__nvidia_gpu_scheduling_check.yaml",
        "verify-gpu-scheduled",
        &[],
    ) else {
        return;
    };
    assert_eq!(
        json["containers"][0]["resources"],
        json!({"limits": {"nvidia.com/gpu": "1"}})
    );
    assert_eq!(
        json["tolerations"],
        json!([{"effect": "NoSchedule", "key": "nvidia.com/gpu", "operator": "Exists"}])
    );
}

#[test]
fn string_resource_fields_win_over_deprecated_doubles() {
    let Some(p) = fixture("local_execution__local_execution_pipeline_with_k8s_only_methods.yaml")
    else {
        return;
    };
    let t = task(&p, "echo");
    let args = argv(&[]);
    let ei = executor_input(json!({"message": "hello"}), json!({}));
    let json = patch(&t, &args, &ei, &MapResolver::default());
    assert_eq!(
        json["containers"][0]["resources"],
        json!({"limits": {"cpu": "1000m", "memory": "256Mi", "nvidia.com/gpu": "1"}})
    );
}

#[test]
fn resource_placeholders_take_the_input_values() {
    let Some(p) = fixture("pipeline_with_string_machine_fields_task_output.yaml") else {
        return;
    };
    let t = task(&p, "sum-numbers");
    let args = argv(&[]);
    let ei = executor_input(
        json!({"a": 1, "b": 2,
               "pipelinechannel--accelerator-limit-Output": "1",
               "pipelinechannel--accelerator-type-Output": "nvidia.com/gpu",
               "pipelinechannel--cpu-limit-Output": "500m",
               "pipelinechannel--memory-limit-Output": "1Gi"}),
        json!({}),
    );
    let json = patch(&t, &args, &ei, &MapResolver::default());
    assert_eq!(
        json["containers"][0]["resources"],
        json!({"limits": {"cpu": "500m", "memory": "1Gi", "nvidia.com/gpu": "1"}})
    );
    let missing = executor_input(json!({"a": 1, "b": 2}), json!({}));
    let e = err(&t, &args, &missing, &MapResolver::default());
    assert!(e.contains("pipelinechannel--"), "{e}");
}

#[test]
fn if_present_expands_to_then_else_or_nothing() {
    let Some(p) = fixture("essential__placeholder_with_if_placeholder_none_input_value.yaml")
    else {
        return;
    };
    let t = task(&p, "component-with-optional-inputs");
    let args = argv(&[]);
    let r = MapResolver::default();
    let args_of = |params: Json| {
        let ei = executor_input(params, json!({}));
        patch(&t, &args, &ei, &r)["containers"][0]["args"].clone()
    };
    assert_eq!(
        args_of(json!({"required_input": "input0"})),
        json!(["echo", "--arg0", "input0", "--arg2", "default value"])
    );
    assert_eq!(
        args_of(
            json!({"required_input": "input0", "optional_input_1": "x", "optional_input_2": null})
        ),
        json!([
            "echo",
            "--arg0",
            "input0",
            "--arg1",
            "x",
            "--arg2",
            "default value"
        ])
    );
    assert_eq!(
        args_of(json!({"required_input": "r", "optional_input_2": 7})),
        json!(["echo", "--arg0", "r", "--arg2", "7"])
    );
}

#[test]
fn concat_and_output_placeholders_are_left_to_the_launcher() {
    // KFP's driver passes any element naming an output through untouched;
    // ours fills in the inputs it knows and leaves the launcher the rest
    // (the user's argv is the same: placeholder tests in kfp-common).
    let Some(p) = fixture("container_with_concat_placeholder.yaml") else {
        return;
    };
    let t = task(&p, "container-with-concat-placeholder");
    let args = argv(&[]);
    let ei = executor_input(json!({"text1": "abc"}), json!({}));
    let json = patch(&t, &args, &ei, &MapResolver::default());
    assert_eq!(
        json["containers"][0]["args"],
        json!([
            "my_program",
            "{\"Concat\":[\"prefix-\",\"abc\",\"{{$.outputs.artifacts['text2'].uri}}\"]}",
            "--output_path",
            "{{$.outputs.parameters['output_path'].output_file}}"
        ])
    );
}

#[test]
fn pvc_mount_by_component_input_and_by_task_output() {
    let Some(p) = fixture("pvc_mount.yaml") else {
        return;
    };
    let t = task(&p, "producer");
    let (args, ei) = (argv(&[]), no_inputs());
    let r = MapResolver::with(&[("pvc_name", json!("my-pvc"))]);
    let json = patch(&t, &args, &ei, &r);
    assert_eq!(
        json["volumes"],
        json!([{"name": "my-pvc", "persistentVolumeClaim": {"claimName": "my-pvc"}}])
    );
    assert_eq!(
        json["containers"][0]["volumeMounts"],
        json!([{"name": "my-pvc", "mountPath": "/data"}])
    );
    assert_eq!(pvc_names(&ctx(&t, &args, &ei), &r).unwrap(), ["my-pvc"]);

    let Some(p) = fixture("pipeline_with_volume.yaml") else {
        return;
    };
    let t = task(&p, "consumer");
    let r = MapResolver::with(&[("createpvc.name", json!("uuid-my-pvc"))]);
    assert_eq!(
        pvc_names(&ctx(&t, &args, &ei), &r).unwrap(),
        ["uuid-my-pvc"]
    );
    assert_eq!(
        patch(&t, &args, &ei, &r)["volumes"][0]["name"],
        "uuid-my-pvc"
    );
}

#[test]
fn field_path_as_env() {
    let Some(json) = default_patch(
        "create_pod_metadata_complex.yaml",
        "validate-pod-metadata-2",
        &[],
    ) else {
        return;
    };
    assert_eq!(
        json["containers"][0]["env"][0],
        json!({"name": "POD_TASK_ANNOTATION_1",
               "valueFrom": {"fieldRef": {"fieldPath": "metadata.annotations['task-annotation-1']"}}})
    );
    assert_eq!(json["containers"][0]["env"].as_array().unwrap().len(), 2);
}

#[test]
fn secret_as_volume() {
    let Some(json) = default_patch(
        "pipeline_with_secret_as_volume.yaml",
        "comp",
        &[("secret_param", json!("test-secret-1"))],
    ) else {
        return;
    };
    assert_eq!(
        json["volumes"],
        json!([{"name": "test-secret-1", "secret": {"secretName": "test-secret-1", "optional": false}}])
    );
    assert_eq!(
        json["containers"][0]["volumeMounts"],
        json!([{"name": "test-secret-1", "mountPath": "/mnt/my_vol"}])
    );
}

#[test]
fn container_env_then_proxy_variables() {
    let Some(p) = fixture("essential__component_with_env_variable.yaml") else {
        return;
    };
    let t = task(&p, "read-env-var");
    let args = argv(&["--https_proxy", "http://p:1", "--no_proxy", "localhost"]);
    let ei = executor_input(json!({"var_name": "KFP_TEST_ENV_VAR"}), json!({}));
    let json = patch(&t, &args, &ei, &MapResolver::default());
    assert_eq!(
        json["containers"][0]["env"],
        json!([
            {"name": "KFP_TEST_ENV_VAR", "value": "env_var_value"},
            {"name": "https_proxy", "value": "http://p:1"},
            {"name": "HTTPS_PROXY", "value": "http://p:1"},
            {"name": "no_proxy", "value": "localhost"},
            {"name": "NO_PROXY", "value": "localhost"},
        ])
    );
}

#[test]
fn every_fixture_container_task_gets_a_patch() {
    let Some(dir) = ir_fixtures() else { return };
    let mut built = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let p = Pipeline::load(&path).unwrap();
        for t in p.tasks() {
            let Some(task_ref) = try_task(&p, &t.path_string()) else {
                continue;
            };
            if task_ref.container.image.starts_with("argostub/") {
                continue;
            }
            // Every declared or passed input present, so every placeholder
            // resolves; "1" is a valid name, image and quantity alike.
            let declared = task_ref
                .component
                .input_definitions
                .iter()
                .flat_map(|d| d.parameters.keys());
            let passed = t.task.inputs.iter().flat_map(|i| i.parameters.keys());
            let params: serde_json::Map<String, Json> = declared
                .chain(passed)
                .map(|k| (k.clone(), json!("1")))
                .collect();
            let ei = executor_input(Json::Object(params), json!({}));
            let r = AnyResolver;
            let args = argv(&[]);
            let result = build_with(&ctx(&task_ref, &args, &ei), &extras_of(&task_ref), &r);
            let out =
                result.unwrap_or_else(|e| panic!("{}: {}: {e}", path.display(), t.path_string()));
            assert_eq!(out.pod_spec.containers[0].name, "main");
            built += 1;
        }
    }
    assert!(built > 100, "only {built} patches");
}

/// Resolves every name parameter to a plausible name.
struct AnyResolver;

impl ParameterResolver for AnyResolver {
    fn resolve(&self, _: &InputParameterSpec, _: &str) -> Result<Option<Value>, String> {
        Ok(Some(executor_io::from_json(json!("some-name"))))
    }
}

// === KubernetesExecutorConfig rows ===

fn k8s_patch(config: Json, r: &MapResolver) -> Json {
    let t = synthetic(basic_container(), Some(config));
    patch(&t, &argv(&[]), &no_inputs(), r)
}

fn k8s_err(config: Json, r: &MapResolver) -> String {
    let t = synthetic(basic_container(), Some(config));
    err(&t, &argv(&[]), &no_inputs(), r)
}

#[test]
fn image_pull_policy_is_validated() {
    let r = MapResolver::default();
    let json = k8s_patch(json!({"imagePullPolicy": "Always"}), &r);
    assert_eq!(json["containers"][0]["imagePullPolicy"], "Always");
    let e = k8s_err(json!({"imagePullPolicy": "Sometimes"}), &r);
    assert!(e.starts_with("kubernetes_config.imagePullPolicy: "), "{e}");
}

#[test]
fn node_selector_labels_or_json() {
    let r = MapResolver::with(&[
        ("sel", json!({"disk": "ssd"})),
        ("sel_text", json!("{\"zone\": \"a\"}")),
        ("none", Json::Null),
    ]);
    let json = k8s_patch(
        json!({"nodeSelector": {"labels": {"accelerator": "a100"}}}),
        &r,
    );
    assert_eq!(json["nodeSelector"], json!({"accelerator": "a100"}));
    let json = k8s_patch(
        json!({"nodeSelector": {"labels": {"x": "y"}, "nodeSelectorJson": {"componentInputParameter": "sel"}}}),
        &r,
    );
    assert_eq!(json["nodeSelector"], json!({"disk": "ssd"}));
    let json = k8s_patch(
        json!({"nodeSelector": {"nodeSelectorJson": {"componentInputParameter": "sel_text"}}}),
        &r,
    );
    assert_eq!(json["nodeSelector"], json!({"zone": "a"}));
    let json = k8s_patch(
        json!({"nodeSelector": {"nodeSelectorJson": {"componentInputParameter": "none"}}}),
        &r,
    );
    assert!(json.get("nodeSelector").is_none());
}

#[test]
fn tolerations_fields_and_json() {
    let r = MapResolver::with(&[
        (
            "one",
            json!({"key": "k1", "operator": "Equal", "value": "v1", "effect": "NoSchedule"}),
        ),
        (
            "many",
            json!([{"key": "k2", "operator": "Exists"}, {"key": "k3", "tolerationSeconds": 30}]),
        ),
        ("empty", json!({})),
        ("none", Json::Null),
    ]);
    let json = k8s_patch(
        json!({"tolerations": [
            {"key": "k0", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": "3600"},
            {"tolerationJson": {"componentInputParameter": "one"}},
            {"tolerationJson": {"componentInputParameter": "many"}},
            {"tolerationJson": {"componentInputParameter": "empty"}},
            {"tolerationJson": {"componentInputParameter": "none"}},
        ]}),
        &r,
    );
    assert_eq!(
        json["tolerations"],
        json!([
            {"key": "k0", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 3600},
            {"key": "k1", "operator": "Equal", "value": "v1", "effect": "NoSchedule"},
            {"key": "k2", "operator": "Exists"},
            {"key": "k3", "tolerationSeconds": 30},
        ])
    );
    let r = MapResolver::with(&[("bad", json!(5))]);
    let e = k8s_err(
        json!({"tolerations": [{"tolerationJson": {"componentInputParameter": "bad"}}]}),
        &r,
    );
    assert!(
        e.starts_with("kubernetes_config.tolerations[0].tolerationJson: "),
        "{e}"
    );
}

#[test]
fn config_maps_as_volume_and_env() {
    let r = MapResolver::with(&[("cm", json!("cm-b"))]);
    let json = k8s_patch(
        json!({
            "configMapAsVolume": [{"configMapName": "cm-a", "mountPath": "/cfg", "optional": true}],
            "configMapAsEnv": [{"configMapNameParameter": {"componentInputParameter": "cm"},
                                "keyToEnv": [{"configMapKey": "k", "envVar": "K"}]}],
        }),
        &r,
    );
    assert_eq!(
        json["volumes"],
        json!([{"name": "cm-a", "configMap": {"name": "cm-a", "optional": true}}])
    );
    assert_eq!(
        json["containers"][0]["volumeMounts"],
        json!([{"name": "cm-a", "mountPath": "/cfg"}])
    );
    assert_eq!(
        json["containers"][0]["env"],
        json!([{"name": "K", "valueFrom": {"configMapKeyRef": {"key": "k", "name": "cm-b"}}}])
    );
}

#[test]
fn image_pull_secrets_and_deadline() {
    let r = MapResolver::with(&[("sec", json!("regcred-2"))]);
    let json = k8s_patch(
        json!({
            "imagePullSecret": [{"secretName": "regcred"},
                                {"secretNameParameter": {"componentInputParameter": "sec"}}],
            "activeDeadlineSeconds": "120",
        }),
        &r,
    );
    assert_eq!(
        json["imagePullSecrets"],
        json!([{"name": "regcred"}, {"name": "regcred-2"}])
    );
    assert_eq!(json["activeDeadlineSeconds"], json!(120));
}

#[test]
fn generic_ephemeral_volume_and_empty_dir() {
    let json = k8s_patch(
        json!({
            "genericEphemeralVolume": [{
                "volumeName": "eph", "mountPath": "/eph", "accessModes": ["ReadWriteOnce"],
                "size": "5Gi", "storageClassName": "fast",
                "metadata": {"labels": {"l": "1"}, "annotations": {"a": "2"}}},
                {"volumeName": "eph2", "mountPath": "/eph2", "size": "1Gi", "defaultStorageClass": true}],
            "emptyDirMounts": [{"volumeName": "shm", "mountPath": "/dev/shm", "medium": "Memory", "sizeLimit": "1Gi"}],
        }),
        &MapResolver::default(),
    );
    assert_eq!(
        json["volumes"],
        json!([
            {"name": "eph", "ephemeral": {"volumeClaimTemplate": {
                "metadata": {"labels": {"l": "1"}, "annotations": {"a": "2"}},
                "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "5Gi"}},
                         "storageClassName": "fast"}}}},
            {"name": "eph2", "ephemeral": {"volumeClaimTemplate": {
                "metadata": {}, "spec": {"resources": {"requests": {"storage": "1Gi"}}}}}},
            {"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}},
        ])
    );
    let mounts: Vec<&str> = json["containers"][0]["volumeMounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["mountPath"].as_str().unwrap())
        .collect();
    assert_eq!(mounts, ["/eph", "/eph2", "/dev/shm"]);
    let e = k8s_err(
        json!({"genericEphemeralVolume": [{"volumeName": "v", "mountPath": "/v", "size": "lots"}]}),
        &MapResolver::default(),
    );
    assert!(
        e.starts_with("kubernetes_config.genericEphemeralVolume[0].size: "),
        "{e}"
    );
    let e = k8s_err(
        json!({"genericEphemeralVolume": [{"volumeName": "v", "mountPath": "/v", "size": "1Gi", "accessModes": ["RWX"]}]}),
        &MapResolver::default(),
    );
    assert!(e.contains("accessModes[0]"), "{e}");
}

#[test]
fn node_affinity_weight_means_preferred() {
    let r = MapResolver::with(&[(
        "na",
        json!({"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": "zone", "operator": "In", "values": ["b"]}]}]}}),
    )]);
    let json = k8s_patch(
        json!({"nodeAffinity": [
            {"matchExpressions": [{"key": "gpu", "operator": "In", "values": ["a100"]}]},
            {"matchFields": [{"key": "metadata.name", "operator": "NotIn", "values": ["n1"]}], "weight": 10},
            {},
            {"nodeAffinityJson": {"componentInputParameter": "na"}},
        ]}),
        &r,
    );
    assert_eq!(
        json["affinity"],
        json!({"nodeAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
                {"matchExpressions": [{"key": "gpu", "operator": "In", "values": ["a100"]}]},
                {"matchExpressions": [{"key": "zone", "operator": "In", "values": ["b"]}]}]},
            "preferredDuringSchedulingIgnoredDuringExecution": [
                {"weight": 10, "preference": {"matchFields": [
                    {"key": "metadata.name", "operator": "NotIn", "values": ["n1"]}]}}]}})
    );
}

#[test]
fn admin_defaults_win_over_the_user_security_context() {
    let t = synthetic(
        basic_container(),
        Some(json!({"securityContext": {"runAsUser": "1000", "runAsGroup": "2000"}})),
    );
    let args = argv(&[
        "--default_run_as_user",
        "1234",
        "--default_run_as_non_root",
        "true",
    ]);
    let json = patch(&t, &args, &no_inputs(), &MapResolver::default());
    assert_eq!(
        json["containers"][0]["securityContext"],
        json!({"runAsUser": 1234, "runAsGroup": 2000, "runAsNonRoot": true,
               "capabilities": {"drop": ["ALL"]}})
    );
    // Without a platform spec the admin defaults still apply, without the drop.
    let plain = synthetic(basic_container(), None);
    let json = patch(&plain, &args, &no_inputs(), &MapResolver::default());
    assert_eq!(
        json["containers"][0]["securityContext"],
        json!({"runAsUser": 1234, "runAsNonRoot": true})
    );
}

#[test]
fn root_user_with_run_as_non_root_is_refused() {
    let r = MapResolver::default();
    let e = k8s_err(
        json!({"securityContext": {"runAsUser": "0", "runAsNonRoot": true}}),
        &r,
    );
    assert!(
        e.starts_with("kubernetes_config.securityContext.runAsUser: "),
        "{e}"
    );
    let t = synthetic(
        basic_container(),
        Some(json!({"securityContext": {"runAsUser": "0"}})),
    );
    let args = argv(&["--default_run_as_non_root", "true"]);
    assert!(err(&t, &args, &no_inputs(), &r).contains("runAsNonRoot"));
    let json = k8s_patch(json!({"securityContext": {"runAsUser": "0"}}), &r);
    assert_eq!(
        json["containers"][0]["securityContext"]["runAsUser"],
        json!(0)
    );
}

#[test]
fn host_users_default_is_set_on_the_pod() {
    let t = synthetic(basic_container(), None);
    let args = argv(&["--default_host_users", "false"]);
    let json = patch(&t, &args, &no_inputs(), &MapResolver::default());
    assert_eq!(json["hostUsers"], json!(false));
}

#[test]
fn init_containers_are_hardened_and_checked() {
    let config = json!({
        "emptyDirMounts": [{"volumeName": "data", "mountPath": "/data"}],
        "initContainers": [{
            "name": "fetch", "image": "busybox", "command": ["sh", "-c"], "args": ["echo"],
            "env": [{"name": "A", "value": "1"}],
            "volumeMounts": [{"volumeName": "data", "mountPath": "/data"}],
            "restartPolicy": "Always",
            "resources": {"requests": {"cpu": "100m"}, "limits": {"memory": "64Mi"}}}]
    });
    let t = synthetic(basic_container(), Some(config));
    let args = argv(&["--default_run_as_user", "1000"]);
    let json = patch(&t, &args, &no_inputs(), &MapResolver::default());
    assert_eq!(
        json["initContainers"],
        json!([{
            "name": "fetch", "image": "busybox", "command": ["sh", "-c"], "args": ["echo"],
            "env": [{"name": "A", "value": "1"}],
            "volumeMounts": [{"name": "data", "mountPath": "/data"}],
            "restartPolicy": "Always",
            "resources": {"requests": {"cpu": "100m"}, "limits": {"memory": "64Mi"}},
            "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]},
                                "seccompProfile": {"type": "RuntimeDefault"}, "runAsUser": 1000}}])
    );
    let r = MapResolver::default();
    for (bad, needle) in [
        (
            json!({"name": "kfp-launcher", "image": "x"}),
            "initContainers[0].name",
        ),
        (
            json!({"name": "main", "image": "x"}),
            "initContainers[0].name",
        ),
        (
            json!({"name": "x", "image": "x", "restartPolicy": "OnFailure"}),
            "restartPolicy",
        ),
        (
            json!({"name": "x", "image": "x", "volumeMounts": [{"volumeName": "v", "mountPath": "rel"}]}),
            "volumeMounts[0]",
        ),
        (json!({"name": "x"}), "initContainers[0]"),
    ] {
        let e = k8s_err(json!({"initContainers": [bad]}), &r);
        assert!(e.contains(needle), "{e}");
    }
    let e = k8s_err(
        json!({"initContainers": [{"name": "a", "image": "x"}, {"name": "a", "image": "y"}]}),
        &r,
    );
    assert!(e.contains("initContainers[1].name"), "{e}");
}

#[test]
fn build_reads_the_newer_fields_from_the_kubernetes_config_flag() {
    let config = json!({"initContainers": [{"name": "warm", "image": "busybox"}],
                        "securityContext": {"runAsNonRoot": true}});
    let t = synthetic(basic_container(), Some(config.clone()));
    let args = argv(&["--kubernetes_config", &config.to_string()]);
    let ei = no_inputs();
    let spec = pod_spec_patch(&ctx(&t, &args, &ei), &MapResolver::default()).unwrap();
    let json = serde_json::to_value(&spec).unwrap();
    assert_eq!(json["initContainers"][0]["name"], "warm");
    assert_eq!(
        json["containers"][0]["securityContext"]["runAsNonRoot"],
        json!(true)
    );
    // No platform spec given: the flag is not consulted.
    let none = PatchContext {
        kubernetes_config: None,
        ..ctx(&t, &args, &ei)
    };
    let spec = pod_spec_patch(&none, &MapResolver::default()).unwrap();
    assert!(spec.init_containers.is_none());
    // Extras in the context win over the flag.
    let explicit =
        KubernetesExtras::from_json(r#"{"initContainers": [{"name": "other", "image": "x"}]}"#)
            .unwrap();
    let given = PatchContext {
        kubernetes_extras: Some(&explicit),
        ..ctx(&t, &args, &ei)
    };
    let spec = pod_spec_patch(&given, &MapResolver::default()).unwrap();
    assert_eq!(spec.init_containers.unwrap()[0].name, "other");
}

// === resolution and error paths ===

#[test]
fn names_that_resolve_badly_are_errors_without_the_value() {
    let cfg = |name: &str| {
        json!({"secretAsVolume": [{"mountPath": "/s",
            "secretNameParameter": {"componentInputParameter": name}}]})
    };
    let r = MapResolver::with(&[("num", json!(3)), ("empty", json!(""))]);
    let e = k8s_err(cfg("num"), &r);
    assert_eq!(
        e,
        "kubernetes_config.secretAsVolume[0].secretNameParameter: resolved to a non-string value"
    );
    let e = k8s_err(cfg("empty"), &r);
    assert!(e.ends_with("resolved to an empty name"), "{e}");
    let e = k8s_err(cfg("absent"), &r);
    assert!(
        e.starts_with("kubernetes_config.secretAsVolume[0].secretNameParameter: cannot resolve"),
        "{e}"
    );
    let e = k8s_err(json!({"secretAsVolume": [{"mountPath": "/s"}]}), &r);
    assert!(e.contains("neither a name nor secretNameParameter"), "{e}");
}

#[test]
fn pvc_names_are_deduplicated_sorted_and_skip_nulls() {
    let t = synthetic(
        basic_container(),
        Some(json!({"pvcMount": [
            {"mountPath": "/b", "pvcNameParameter": {"componentInputParameter": "b"}},
            {"mountPath": "/a", "constant": "pvc-a"},
            {"mountPath": "/b2", "pvcNameParameter": {"componentInputParameter": "b"}},
            {"mountPath": "/n", "pvcNameParameter": {"componentInputParameter": "n"}},
        ]})),
    );
    let r = MapResolver::with(&[("b", json!("pvc-b")), ("n", Json::Null)]);
    let args = argv(&[]);
    let ei = executor_input(json!({"x": "/kfp-workspace/f"}), json!({}));
    assert_eq!(
        pvc_names(&ctx(&t, &args, &ei), &r).unwrap(),
        ["pvc-a", "pvc-b", "wf-abc-kfp-workspace"]
    );
    let e = k8s_err(json!({"pvcMount": [{"mountPath": "/x"}]}), &r);
    assert!(e.starts_with("kubernetes_config.pvcMount[0]"), "{e}");
    let e = k8s_err(json!({"pvcMount": [{"constant": "p"}]}), &r);
    assert!(
        e.starts_with("kubernetes_config.pvcMount[0].mountPath"),
        "{e}"
    );
}

#[test]
fn arg_placeholders_use_go_formatting() {
    let t = synthetic(
        json!({"image": "img", "command": ["prog"], "args": [
            "{{$.inputs.parameters['s']}}", "n={{$.inputs.parameters['i']}}",
            "{{$.inputs.parameters['f']}}", "{{$.inputs.parameters['tiny']}}",
            "{{$.inputs.parameters['big']}}", "{{$.inputs.parameters['b']}}",
            "{{$.inputs.parameters['l']}}", "{{$.inputs.parameters['st']}}",
            "[{{$.inputs.parameters['z']}}]", "{{$}}", "{{$.inputs.artifacts['a'].path}}"]}),
        None,
    );
    let ei = executor_input(
        json!({"s": "text", "i": 3, "f": 1.5, "tiny": 1e-7, "big": 1.5e22, "b": true,
               "l": [1, "<a>"], "st": {"k": 2.5}, "z": null}),
        json!({}),
    );
    let json = patch(&t, &argv(&[]), &ei, &MapResolver::default());
    assert_eq!(
        json["containers"][0]["args"],
        json!([
            "prog",
            "text",
            "n=3",
            "1.5",
            "1e-07",
            "1.5e+22",
            "true",
            "[1,\"\\u003ca\\u003e\"]",
            "{\"k\":2.5}",
            "[]",
            "{{$}}",
            "{{$.inputs.artifacts['a'].path}}"
        ])
    );
}

#[test]
fn unknown_parameters_are_named_in_the_error() {
    let t = synthetic(
        json!({"image": "img", "command": ["prog"], "args": ["--x", "{{$.inputs.parameters['nope']}}"]}),
        None,
    );
    let e = err(&t, &argv(&[]), &no_inputs(), &MapResolver::default());
    assert_eq!(
        e,
        "container.args[1]: input parameter \"nope\" is not among the task's inputs"
    );
    let t = synthetic(json!({"image": "{{$.inputs.parameters['img']}}"}), None);
    let e = err(&t, &argv(&[]), &no_inputs(), &MapResolver::default());
    assert_eq!(
        e,
        "container.image: input parameter \"img\" is not among the task's inputs"
    );
    let ei = executor_input(json!({"img": "python:3.12"}), json!({}));
    let json = patch(&t, &argv(&[]), &ei, &MapResolver::default());
    assert_eq!(json["containers"][0]["image"], "python:3.12");
}

#[test]
fn structured_if_present_branches_are_decided_by_the_driver() {
    // `IfPresentPlaceholder("suffix", then=ConcatPlaceholder([...]))` and
    // `then=[ConcatPlaceholder([...])]`, as the SDK compiles them: KFP's
    // driver rejects both; the branch is evaluated like the launcher's.
    let single = r#"{"IfPresent": {"InputName": "suffix", "Then": {"Concat": ["--suffix=", "{{$.inputs.parameters['suffix']}}"]}, "Else": {"Concat": ["--text=", "{{$.inputs.parameters['text']}}"]}}}"#;
    let list = r#"{"IfPresent": {"InputName": "suffix", "Then": ["-s", {"Concat": ["<", "{{$.inputs.parameters['suffix']}}", ">"]}]}}"#;
    let nested = r#"{"Concat": ["{{$.inputs.parameters['text']}}", {"IfPresent": {"InputName": "suffix", "Then": {"Concat": ["-", "{{$.inputs.parameters['suffix']}}"]}}}]}"#;
    let t = synthetic(
        json!({"image": "img", "command": ["prog"], "args": [single, list, nested]}),
        None,
    );
    let args = |params| {
        let ei = executor_input(params, json!({}));
        let json = patch(&t, &argv(&[]), &ei, &MapResolver::default());
        serde_json::from_value::<Vec<String>>(json["containers"][0]["args"].clone()).unwrap()
    };
    assert_eq!(
        args(json!({"text": "hi", "suffix": "x"})),
        ["prog", "--suffix=x", "-s", "<x>", "hi-x"]
    );
    assert_eq!(args(json!({"text": "hi"})), ["prog", "--text=hi", "hi"]);
    assert_eq!(
        args(json!({"text": "hi", "suffix": null})),
        ["prog", "--text=hi", "hi"],
        "null is absent"
    );
}

#[test]
fn concat_the_launcher_must_finish_stays_a_structure() {
    // An artifact path is the launcher's to resolve: the Concat reaches it
    // with the known input filled in as string content, so a value with
    // quotes cannot break or reshape the structure.
    let element = r#"{"Concat": ["{{$.inputs.parameters['text']}}", "=", "{{$.inputs.artifacts['a'].path}}"]}"#;
    let t = synthetic(
        json!({"image": "img", "command": ["prog"], "args": [element]}),
        None,
    );
    let ei = executor_input(json!({"text": "say \"hi\"\n"}), json!({}));
    let json = patch(&t, &argv(&[]), &ei, &MapResolver::default());
    let last = json["containers"][0]["args"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    let parsed: serde_json::Value = serde_json::from_str(last.as_str().unwrap()).unwrap();
    assert_eq!(
        parsed,
        json!({"Concat": ["say \"hi\"\n", "=", "{{$.inputs.artifacts['a'].path}}"]})
    );
}

#[test]
fn mlmd_cache_store_reaches_the_launcher() {
    let t = synthetic(json!({"image": "img", "command": ["prog"]}), None);
    let launcher = |extra: &[&str]| -> Vec<String> {
        let json = patch(&t, &argv(extra), &no_inputs(), &MapResolver::default());
        serde_json::from_value(json["containers"][0]["command"].clone()).unwrap()
    };
    let default = launcher(&[]);
    assert!(
        !default.iter().any(|a| a == "--cache_store"),
        "upstream's line"
    );
    let mlmd = launcher(&["--cache_store", "mlmd"]);
    let at = mlmd.iter().position(|a| a == "--cache_store").unwrap();
    assert_eq!(mlmd[at + 1], "mlmd");
    assert_eq!(mlmd.last().unwrap(), "--", "before the user command");
}

#[test]
fn malformed_if_present_is_an_error() {
    for element in [
        r#"{"IfPresent": {"InputName": "x", "Then": [{"nested": 1}]}}"#,
        r#"{"IfPresent": {"InputName": "x", "Then": 3}}"#,
        r#"{"IfPresent": {"InputName": "x""#,
    ] {
        let t = synthetic(
            json!({"image": "img", "command": ["prog"], "args": [element]}),
            None,
        );
        let ei = executor_input(json!({"x": "v"}), json!({}));
        let e = err(&t, &argv(&[]), &ei, &MapResolver::default());
        assert!(e.starts_with("container.args[0]: "), "{e}");
    }
}

#[test]
fn deprecated_doubles_and_bad_quantities() {
    let t = synthetic(
        json!({"image": "img", "resources": {"cpuLimit": 0.5, "memoryLimit": 2, "cpuRequest": 1,
                                             "memoryRequest": 0.268435456}}),
        None,
    );
    let json = patch(&t, &argv(&[]), &no_inputs(), &MapResolver::default());
    assert_eq!(
        json["containers"][0]["resources"],
        json!({"limits": {"cpu": "0.5", "memory": "2G"}, "requests": {"cpu": "1", "memory": "0.268435456G"}})
    );
    let t = synthetic(
        json!({"image": "img", "resources": {"resourceCpuLimit": "lots"}}),
        None,
    );
    let e = err(&t, &argv(&[]), &no_inputs(), &MapResolver::default());
    assert!(
        e.starts_with("container.resources.resourceCpuLimit: "),
        "{e}"
    );
    let t = synthetic(
        json!({"image": "img", "resources": {"accelerator": {"type": "tpu"}}}),
        None,
    );
    let json = patch(&t, &argv(&[]), &no_inputs(), &MapResolver::default());
    assert_eq!(json["containers"][0]["resources"], json!({}));
}

// === TaskConfig passthrough ===

#[test]
fn passthrough_captures_fields_and_keeps_them_off_the_pod() {
    let mut t = synthetic(
        json!({"image": "img", "env": [{"name": "E", "value": "1"}],
               "resources": {"resourceCpuLimit": "2"}}),
        Some(json!({
            "tolerations": [{"key": "k", "operator": "Exists"}],
            "nodeSelector": {"labels": {"n": "1"}},
            "emptyDirMounts": [{"volumeName": "tmp", "mountPath": "/tmp2"}],
        })),
    );
    t.component = serde_json::from_value(json!({
        "executorLabel": "exec-t",
        "inputDefinitions": {"parameters": {"cfg": {"parameterType": "TASK_CONFIG"}}},
        "taskConfigPassthroughs": [
            {"field": "ENV"},
            {"field": "KUBERNETES_TOLERATIONS", "applyToTask": true},
        ],
    }))
    .unwrap();
    let args = argv(&[]);
    let ei = no_inputs();
    let out = build_with(
        &ctx(&t, &args, &ei),
        &extras_of(&t),
        &MapResolver::default(),
    )
    .unwrap();
    let pod = serde_json::to_value(&out.pod_spec).unwrap();
    assert!(pod["containers"][0].get("env").is_none(), "{pod}");
    assert!(
        pod.get("nodeSelector").is_none(),
        "not listed, so not applied: {pod}"
    );
    assert_eq!(pod["containers"][0]["resources"], json!({}));
    assert_eq!(
        pod["tolerations"],
        json!([{"key": "k", "operator": "Exists"}])
    );
    assert_eq!(
        pod["volumes"][0]["name"], "tmp",
        "emptyDir is never passed through"
    );
    let expected = json!({
        "affinity": null, "tolerations": [{"key": "k", "operator": "Exists"}], "nodeSelector": null,
        "env": [{"name": "E", "value": "1"}], "volumes": null, "volumeMounts": null, "resources": {},
    });
    assert_eq!(serde_json::to_value(&out.task_config).unwrap(), expected);
    let cmd = out.pod_spec.containers[0].command.clone().unwrap();
    let sent: Json = serde_json::from_str(&cmd[10]).unwrap();
    assert_eq!(sent["inputs"]["parameterValues"]["cfg"], expected);
}

#[test]
fn unsupported_passthrough_field_is_an_error() {
    let mut t = synthetic(basic_container(), None);
    t.component = serde_json::from_value(json!({
        "executorLabel": "exec-t", "taskConfigPassthroughs": [{"field": "NONE"}]
    }))
    .unwrap();
    let e = err(&t, &argv(&[]), &no_inputs(), &MapResolver::default());
    assert!(
        e.starts_with("component.taskConfigPassthroughs[0].field"),
        "{e}"
    );
}

#[test]
fn extras_parse_errors_do_not_quote_the_config() {
    let e = KubernetesExtras::from_json(
        r#"{"secretAsEnv": [{"secretName": "top-secret"}], "initContainers": 3}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(!e.contains("top-secret"), "{e}");
    assert_eq!(
        KubernetesExtras::from_json("").unwrap(),
        KubernetesExtras::default()
    );
}
