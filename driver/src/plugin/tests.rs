#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::{args, outputs::Condition, rewrite::rewrite_workflow};
use kfp_common::test_util::{self, Component};
use serde_json::json;

/// Argo's substitution, roughly: every `{{…}}` becomes `1`.
fn substitute(v: &Value) -> Value {
    match v {
        Value::String(s) if s.contains("{{") => Value::String("1".into()),
        Value::Array(a) => Value::Array(a.iter().map(substitute).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), substitute(v))).collect())
        }
        other => other.clone(),
    }
}

/// What the driver makes of a command line, but the output files and the
/// namespace (which a plugin request gets from its workflow).
fn meaning(argv: &[String]) -> String {
    match args::parse(argv) {
        Ok(mut a) => {
            for f in [
                &mut a.execution_id_path,
                &mut a.iteration_count_path,
                &mut a.cached_decision_path,
                &mut a.condition_path,
                &mut a.pod_spec_patch_path,
                &mut a.namespace,
            ] {
                f.clear();
            }
            a.present
                .retain(|f| !(f.ends_with("_path") && *f != "ca_cert_path") && *f != "namespace");
            format!("{a:?}")
        }
        Err(e) => format!("error: {e}"),
    }
}

/// Every driver template KFP compiled, rewritten and sent as a plugin
/// request, is the same driver call as the container's command line.
#[test]
fn every_compiled_driver_means_the_same_as_a_request() {
    if !test_util::available(&[Component::ArgoFixtures]) {
        return;
    }
    let dir = test_util::argo_fixtures().unwrap();
    let mut calls = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let before: Value = serde_yaml::from_str(&text).unwrap();
        let Some(after) = rewrite_workflow(&text).unwrap() else {
            continue;
        };
        let after: Value = serde_yaml::from_str(&after).unwrap();
        let originals = before["spec"]["templates"].as_array().unwrap();
        for (original, plugin) in originals
            .iter()
            .zip(after["spec"]["templates"].as_array().unwrap())
        {
            if plugin.get("plugin").is_none() {
                continue;
            }
            let argv: Vec<String> = substitute(&original["container"]["args"])
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap().to_owned())
                .collect();
            let request = json!({
                "workflow": {"metadata": {"name": "wf", "namespace": "1", "uid": "u"}},
                "template": substitute(plugin),
            });
            let call = parse(request.to_string().as_bytes())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .unwrap();
            assert_eq!(meaning(&call.argv), meaning(&argv), "{}", path.display());
            assert!(call.argv.contains(&"--namespace=1".to_owned()));
            let names: Vec<&str> = call.outputs.iter().map(|(n, _)| n.as_str()).collect();
            let declared: Vec<&str> = original["outputs"]["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["name"].as_str().unwrap())
                .collect();
            assert_eq!(names, declared);
            calls += 1;
        }
    }
    assert!(calls > 200, "{calls} driver templates");
}

fn request(args: Value, outputs: Value) -> Vec<u8> {
    json!({
        "workflow": {"metadata": {"name": "wf", "namespace": "ns", "uid": "u"}},
        "template": {
            "name": "system-container-driver",
            "outputs": outputs,
            "plugin": {"driver-plugin": {"args": args}},
        },
    })
    .to_string()
    .into_bytes()
}

#[test]
fn args_become_flags_and_the_namespace_is_the_workflows() {
    let call = parse(&request(
        json!({"type": "CONTAINER", "cache_disabled": true, "default_run_as_user": 1000, "task_name": "t"}),
        json!({"parameters": [{"name": "pod-spec-patch"}, {"name": "cached-decision", "default": "false"}, {"name": "condition", "valueFrom": {"default": "maybe"}}]}),
    ))
    .unwrap()
    .unwrap();
    assert_eq!(
        call.argv,
        [
            "--cache_disabled=true",
            "--default_run_as_user=1000",
            "--task_name=t",
            "--type=CONTAINER",
            "--namespace=ns"
        ]
    );
    assert_eq!(
        call.outputs,
        [
            ("pod-spec-patch".to_owned(), Some(String::new())),
            ("cached-decision".to_owned(), Some("false".to_owned())),
            ("condition".to_owned(), Some("maybe".to_owned())),
        ]
    );
    let parsed = args::parse(&call.argv).unwrap();
    assert!(parsed.connection.cache_disabled);
    assert_eq!(parsed.default_run_as_user, Some(1000));
    assert_eq!(parsed.namespace, "ns");
}

#[test]
fn what_a_request_may_not_do_is_an_error_naming_it() {
    let outputs = json!({"parameters": []});
    for (args, what) in [
        (
            json!({"condition_path": "/etc/passwd"}),
            "argument \"condition_path\": names a file in the plugin's container",
        ),
        (
            json!({"component": "@/var/run/argo/token"}),
            "argument \"component\": a @FILE",
        ),
        (
            json!({"namespace": "other"}),
            "argument \"namespace\": \"other\" is not the workflow's namespace \"ns\"",
        ),
        (
            json!({"iteration_index": 1.5}),
            "argument \"iteration_index\": expected a string, a boolean or an integer, found 1.5",
        ),
        (
            json!({"task": {"x": 1}}),
            "argument \"task\": expected a string",
        ),
        (
            json!({"component=@/var/run/argo/token": "x"}),
            "argument \"component=@/var/run/argo/token\": is not a driver flag",
        ),
        (
            json!({"frobnicate": "x"}),
            "argument \"frobnicate\": is not a driver flag",
        ),
    ] {
        let e = parse(&request(args, outputs.clone())).unwrap_err();
        assert!(
            e.to_string()
                .starts_with(&format!("template \"system-container-driver\": {what}")),
            "{e}"
        );
    }
    let e = parse(&request(
        json!({}),
        json!({"parameters": [{"name": "exit-code"}]}),
    ))
    .unwrap_err();
    assert!(
        e.to_string()
            .contains("output parameter \"exit-code\" is none the driver produces"),
        "{e}"
    );
    assert!(matches!(parse(b"[1]").unwrap_err(), PluginError::Body(_)));
    let other = json!({"template": {"name": "x", "plugin": {"hello": {}}}});
    assert!(parse(other.to_string().as_bytes()).unwrap().is_none());
    let container = json!({"template": {"name": "x", "container": {"image": "i"}}});
    assert!(parse(container.to_string().as_bytes()).unwrap().is_none());
}

#[test]
fn replies_carry_the_files_texts_or_argos_defaults() {
    let call = parse(&request(
        json!({"type": "DAG"}),
        json!({"parameters": [{"name": "execution-id"}, {"name": "iteration-count", "valueFrom": {"default": "0"}}, {"name": "condition", "valueFrom": {"default": "true"}}]}),
    ))
    .unwrap()
    .unwrap();
    let decided = Outputs {
        execution_id: Some(42),
        condition: Some(Condition::None),
        ..Default::default()
    };
    let ok = serde_json::to_value(reply(&call, Ok(&decided))).unwrap();
    assert_eq!(
        ok,
        json!({"node": {"phase": "Succeeded", "outputs": {"parameters": [
            {"name": "execution-id", "value": "42"},
            {"name": "iteration-count", "value": "0"},
            {"name": "condition", "value": "nil"},
        ]}}})
    );
    let failed = serde_json::to_value(reply(&call, Err(("MLMD is down", None)))).unwrap();
    assert_eq!(
        failed,
        json!({"node": {"phase": "Failed", "message": "MLMD is down"}})
    );
    let recorded = serde_json::to_value(reply(&call, Err(("boom", Some(&decided))))).unwrap();
    assert_eq!(recorded["node"]["phase"], "Failed");
    assert_eq!(recorded["node"]["outputs"]["parameters"][0]["value"], "42");
}
