#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use kfp_common::test_util::{self, Component};

fn templates(workflow: &Value) -> &Vec<Value> {
    workflow["spec"]["templates"].as_array().unwrap()
}

/// Every Argo workflow KFP compiled: each driver template becomes a plugin
/// template with the same name, metadata, inputs and output names, and
/// args that say everything its flags said but the output files; nothing
/// else of the workflow changes.
#[test]
fn every_compiled_workflow_gets_plugin_drivers_and_nothing_else_changes() {
    if !test_util::available(&[Component::ArgoFixtures]) {
        return;
    }
    let dir = test_util::argo_fixtures().unwrap();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() > 100, "{} fixtures", files.len());
    let mut drivers = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let what = file.display();
        let before: Value = serde_yaml::from_str(&text).unwrap();
        let rewritten = rewrite_workflow(&text)
            .unwrap_or_else(|e| panic!("{what}: {}", kfp_common::error_chain(&e)))
            .unwrap_or_else(|| panic!("{what}: no driver template"));
        let after: Value = serde_yaml::from_str(&rewritten).unwrap();

        // Everything but the templates is the same, and so are the
        // templates that are not drivers, in the same order.
        let without_templates = |w: &Value| {
            let mut w = w.clone();
            w["spec"].as_object_mut().unwrap().remove("templates");
            w
        };
        assert_eq!(
            without_templates(&before),
            without_templates(&after),
            "{what}"
        );
        assert_eq!(templates(&before).len(), templates(&after).len(), "{what}");
        for (b, a) in templates(&before).iter().zip(templates(&after)) {
            if !is_driver(b) {
                assert_eq!(b, a, "{what}");
                continue;
            }
            drivers += 1;
            let name = b["name"].as_str().unwrap();
            assert_eq!(a["name"], b["name"], "{what}");
            assert_eq!(a["metadata"], b["metadata"], "{what} {name}");
            assert_eq!(a["inputs"], b["inputs"], "{what} {name}");
            let names = |t: &Value| -> Vec<Value> {
                t["outputs"]["parameters"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p["name"].clone())
                    .collect()
            };
            assert_eq!(names(a), names(b), "{what} {name}");
            // Each keeps its default and says where its value comes from,
            // in one way, as Argo's validation wants.
            for (pa, pb) in a["outputs"]["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .zip(b["outputs"]["parameters"].as_array().unwrap())
            {
                assert_eq!(
                    pa["valueFrom"]["default"], pb["valueFrom"]["default"],
                    "{what} {name}"
                );
                assert_eq!(
                    pa["valueFrom"]["jsonPath"],
                    format!("$.{}", pa["name"].as_str().unwrap())
                );
                assert_eq!(
                    pa["valueFrom"].as_object().unwrap().len(),
                    1 + pb["valueFrom"].get("default").is_some() as usize
                );
            }
            for field in ["container", "securityContext", "volumes"] {
                assert!(a.get(field).is_none(), "{what} {name}: {field} left");
            }
            let args = a["plugin"][PLUGIN]["args"].as_object().unwrap();
            // Every flag but the output files, under its own name.
            let flags: Vec<&str> = b["container"]["args"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|a| a.as_str()?.strip_prefix("--"))
                .map(|f| f.split('=').next().unwrap())
                .filter(|f| !f.ends_with("_path") || *f == "ca_cert_path")
                .collect();
            let mut keys: Vec<&str> = args.keys().map(String::as_str).collect();
            keys.retain(|k| *k != "namespace");
            let mut expected = flags.clone();
            expected.sort_unstable();
            keys.sort_unstable();
            assert_eq!(keys, expected, "{what} {name}");
            assert_eq!(args["namespace"], "{{workflow.namespace}}");
            assert!(args["cache_disabled"].is_boolean(), "{what} {name}");
            assert!(args["metadata_tls_enabled"].is_boolean(), "{what} {name}");
            let plain = serde_json::to_string(args).unwrap();
            assert!(
                !plain.contains("outputs.parameters"),
                "{what} {name}: {plain}"
            );
        }
    }
    assert_eq!(
        drivers,
        2 * files.len(),
        "a DAG and a container driver in each"
    );
}

#[test]
fn a_workflow_without_drivers_passes_through() {
    let text = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  templates:\n  - name: main\n    container: {image: busybox}\n";
    assert!(rewrite_workflow(text).unwrap().is_none());
    let err = rewrite_workflow("kind: Workflow\nspec: {}\n").unwrap_err();
    assert!(matches!(err, RewriteError::NoTemplates), "{err:?}");
}

#[test]
fn json_stays_json_with_typed_args() {
    let text = driver_workflow(&[
        "--type",
        "DAG",
        "--cache_disabled",
        "--metadata_tls_enabled=false",
        "--ml_pipeline_tls_enabled={{inputs.parameters.tls}}",
        "--iteration_index",
        "{{inputs.parameters.iteration-index}}",
        "--execution_id_path",
        "{{outputs.parameters.execution-id.path}}",
        "--ca_cert_path",
        "/kfp/certs/ca.crt",
    ]);
    let out = rewrite_workflow(&text).unwrap().unwrap();
    assert!(out.starts_with('{'), "{out}");
    let w: Value = serde_json::from_str(&out).unwrap();
    let t = &templates(&w)[0];
    assert_eq!(
        t["plugin"][PLUGIN]["args"],
        serde_json::json!({
            "type": "DAG",
            "cache_disabled": true,
            "metadata_tls_enabled": false,
            "ml_pipeline_tls_enabled": "{{inputs.parameters.tls}}",
            "iteration_index": "{{inputs.parameters.iteration-index}}",
            "ca_cert_path": "/kfp/certs/ca.crt",
            "namespace": "{{workflow.namespace}}",
        })
    );
    assert_eq!(
        t["outputs"],
        serde_json::json!({"parameters": [
            {"name": "execution-id", "valueFrom": {"jsonPath": "$.execution-id"}},
            {"name": "cached-decision", "default": "false", "valueFrom": {"default": "false", "jsonPath": "$.cached-decision"}},
        ]})
    );
}

#[test]
fn a_driver_template_not_understood_is_an_error_naming_it() {
    for (args, what) in [
        (
            &["--type", "DAG", "--frobnicate", "x"][..],
            "--frobnicate is not a driver flag",
        ),
        (&["--type"][..], "--type has no value"),
        (&["DAG"][..], "argument \"DAG\" is not a flag"),
        (
            &["--type", "DAG", "--type", "CONTAINER"][..],
            "--type is given twice",
        ),
    ] {
        let err = rewrite_workflow(&driver_workflow(args)).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("driver template \"system-dag-driver\": {what}")
        );
    }
    let mut w: Value = serde_json::from_str(&driver_workflow(&["--type", "DAG"])).unwrap();
    w["spec"]["templates"][0]["retryStrategy"] = serde_json::json!({"limit": 2});
    let err = rewrite_workflow(&w.to_string()).unwrap_err();
    assert!(err.to_string().contains("\"retryStrategy\""), "{err}");
}

/// A Workflow is outside input too (the webhook gets whatever is applied):
/// aliases that expand to gigabytes are refused before they are built.
#[test]
fn a_billion_laughs_is_refused() {
    let text = format!(
        "a: &a [{}]\nb: &b [{}]\nc: [{}]\n",
        vec!["0"; 1000].join(","),
        vec!["*a"; 1000].join(","),
        vec!["*b"; 100].join(",")
    );
    let e = rewrite_workflow(&text).unwrap_err();
    assert!(
        kfp_common::error_chain(&e).contains("billion laughs"),
        "{e}"
    );
}
