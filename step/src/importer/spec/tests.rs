use super::*;
use crate::args;
use serde_json::json;

const COMPONENT: &str = r#"{"executorLabel":"exec-importer","inputDefinitions":{"parameters":{"uri":{"parameterType":"STRING"}}},"outputDefinitions":{"artifacts":{"artifact":{"artifactType":{"schemaTitle":"system.Dataset","schemaVersion":"0.0.1"}}}}}"#;

fn argv(importer: &serde_json::Value, task: &serde_json::Value, component: &str) -> Vec<String> {
    [
        "--executor_type",
        "importer",
        "--task_spec",
        &task.to_string(),
        "--component_spec",
        component,
        "--importer_spec",
        &importer.to_string(),
        "--pipeline_name",
        "pipeline-with-importer",
        "--run_id",
        "run-1",
        "--parent_dag_id",
        "7",
        "--pod_name",
        "pod",
        "--pod_uid",
        "uid",
        "--mlmd_server_address",
        "mlmd",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn task(uri_input: serde_json::Value) -> serde_json::Value {
    json!({
        "componentRef": {"name": "comp-importer"},
        "inputs": {"parameters": {"uri": uri_input}},
        "taskInfo": {"name": "importer"}
    })
}

fn plan(importer: serde_json::Value, task: serde_json::Value) -> Result<Plan, InputError> {
    let a = args::parse(&argv(&importer, &task, COMPONENT)).unwrap();
    a.validate().unwrap();
    Plan::parse(&a)
}

fn dataset(uri: serde_json::Value) -> serde_json::Value {
    json!({
        "artifactUri": uri,
        "typeSchema": {"schemaTitle": "system.Dataset", "schemaVersion": "0.0.1"}
    })
}

fn dag(inputs: serde_json::Value) -> mlmd::Execution {
    let s = match kfp_common::executor_io::from_json(inputs).kind {
        Some(Kind::StructValue(s)) => s,
        _ => unreachable!(),
    };
    mlmd::Execution {
        id: Some(7),
        custom_properties: [(keys::INPUTS.to_owned(), value::structure(s))].into(),
        ..Default::default()
    }
}

#[test]
fn constant_uri_with_metadata() {
    let mut spec = dataset(json!({"constant": "gs://ml-pipeline-playground/shakespeare1.txt"}));
    spec["metadata"] = json!({"key": "value", "n": 2, "ok": true, "tags": ["a"]});
    let p = plan(
        spec,
        task(json!({"runtimeValue": {"constant": "gs://ml-pipeline-playground/shakespeare1.txt"}})),
    )
    .unwrap();
    assert_eq!(p.task_name, "importer");
    assert_eq!(p.output_name, "artifact");
    assert_eq!(p.type_name, "system.Dataset");
    assert!(!p.reimport && !p.download_to_workspace);
    let uri = p.resolve_uri(&mlmd::Execution::default()).unwrap();
    assert_eq!(uri, "gs://ml-pipeline-playground/shakespeare1.txt");
    let a = p.artifact(&uri).unwrap();
    assert_eq!(a.type_name, "system.Dataset");
    let props = &a.custom_properties;
    assert_eq!(props["key"], value::string("value"));
    assert_eq!(props["n"], value::double(2.0));
    assert_eq!(props["ok"], value::int(1));
    assert!(value::as_struct(&props["tags"]).is_some());
    assert_eq!(
        props[keys::STORE_SESSION_INFO],
        value::string(r#"{"Provider":"gs","Params":{"fromEnv":"true"}}"#)
    );
    assert!(
        !props.contains_key(keys::DISPLAY_NAME),
        "upstream's importer adds no display_name"
    );
    assert_eq!(props.len(), 5);
}

#[test]
fn runtime_parameter_comes_from_the_parent_dag() {
    let spec = json!({
        "artifactUri": {"runtimeParameter": "uri"},
        "reimport": true,
        "downloadToWorkspace": true,
        "typeSchema": {"schemaTitle": "system.Dataset"}
    });
    let p = plan(
        spec,
        task(json!({"componentInputParameter": "pipelinechannel--dataset2"})),
    )
    .unwrap();
    assert!(p.reimport && p.download_to_workspace);
    assert_eq!(
        p.uri,
        UriSource::DagInput {
            parameter: "uri".into(),
            dag_input: "pipelinechannel--dataset2".into()
        }
    );
    let uri = p
        .resolve_uri(&dag(
            json!({"pipelinechannel--dataset2": "minio://b/x/data"}),
        ))
        .unwrap();
    assert_eq!(uri, "minio://b/x/data");
    let a = p.artifact(&uri).unwrap();
    assert_eq!(
        a.custom_properties[keys::STORE_SESSION_INFO],
        value::string(r#"{"Provider":"minio","Params":{"fromEnv":"true"}}"#)
    );

    for (inputs, says) in [
        (json!({"other": "x"}), "has no value"),
        (json!({"pipelinechannel--dataset2": 3}), "not a string"),
        (json!({"pipelinechannel--dataset2": ""}), "is empty"),
    ] {
        let e = p.resolve_uri(&dag(inputs)).unwrap_err();
        assert_eq!(e.flag, "importer_spec");
        let text = e.to_string();
        assert!(text.contains("runtimeParameter \"uri\""), "{text}");
        assert!(text.contains(says), "{text}");
    }
    let e = p.resolve_uri(&mlmd::Execution::default()).unwrap_err();
    assert!(e.to_string().contains("--parent_dag_id"), "{e}");
}

#[test]
fn bad_input_names_the_flag_and_field() {
    let cases: Vec<(Vec<String>, &str, &str)> = vec![
        (
            argv(&json!({}), &task(json!({})), COMPONENT),
            "importer_spec",
            "artifactUri",
        ),
        (
            argv(
                &dataset(json!({"runtimeParameter": "uri"})),
                &json!({"taskInfo": {"name": "importer"}}),
                COMPONENT,
            ),
            "task_spec",
            "inputs.parameters[\"uri\"]",
        ),
        (
            argv(
                &dataset(json!({"runtimeParameter": "uri"})),
                &task(
                    json!({"taskOutputParameter": {"producerTask": "t", "outputParameterKey": "o"}}),
                ),
                COMPONENT,
            ),
            "task_spec",
            "inputs.parameters[\"uri\"]",
        ),
        (
            argv(
                &dataset(json!({"constant": 5})),
                &task(json!({})),
                COMPONENT,
            ),
            "importer_spec",
            "artifactUri.constant",
        ),
        (
            argv(
                &dataset(json!({"constant": ""})),
                &task(json!({})),
                COMPONENT,
            ),
            "importer_spec",
            "artifactUri.constant",
        ),
        (
            argv(
                &json!({"artifactUri": {"constant": "gs://b/k"}}),
                &task(json!({})),
                COMPONENT,
            ),
            "importer_spec",
            "typeSchema",
        ),
        (
            argv(
                &json!({"artifactUri": {"constant": "gs://b/k"}, "typeSchema": {"schemaTitle": "system.Dataset"}, "metadata": {"n": null}}),
                &task(json!({})),
                COMPONENT,
            ),
            "importer_spec",
            "metadata.n",
        ),
        (
            argv(
                &dataset(json!({"constant": "gs://b/k"})),
                &json!({"taskInfo": {"name": ""}}),
                COMPONENT,
            ),
            "task_spec",
            "taskInfo.name",
        ),
        (
            argv(
                &dataset(json!({"constant": "gs://b/k"})),
                &task(json!({})),
                r#"{"outputDefinitions":{"artifacts":{"a":{},"b":{}}}}"#,
            ),
            "component_spec",
            "outputDefinitions.artifacts",
        ),
        (
            argv(
                &dataset(json!({"constant": "gs://b/k"})),
                &task(json!({})),
                "{not json",
            ),
            "component_spec",
            "",
        ),
    ];
    for (argv, flag, field) in cases {
        let a = args::parse(&argv).unwrap();
        let e = Plan::parse(&a).unwrap_err();
        assert_eq!((e.flag, e.field.as_str()), (flag, field), "{e}");
        assert!(e.to_string().starts_with(&format!("--{flag}")), "{e}");
    }

    let mut a = args::parse(&argv(&json!({}), &task(json!({})), COMPONENT)).unwrap();
    a.importer_spec.clear();
    let e = Plan::parse(&a).unwrap_err();
    assert_eq!(e.flag, "importer_spec");
    assert!(e.to_string().contains("required"), "{e}");
    a.run_id.clear();
    assert_eq!(Plan::parse(&a).unwrap_err().flag, "run_id");
}

#[test]
fn oci_only_for_models_outside_the_workspace() {
    let model = |workspace: bool| {
        json!({
            "artifactUri": {"constant": "oci://registry.domain.local/modelcar:test"},
            "downloadToWorkspace": workspace,
            "typeSchema": {"schemaTitle": "system.Model"}
        })
    };
    let component = COMPONENT.replace("system.Dataset", "system.Model");
    let parse = |spec: &serde_json::Value, component: &str| {
        Plan::parse(&args::parse(&argv(spec, &task(json!({})), component)).unwrap()).unwrap()
    };
    let p = parse(&model(false), &component);
    let a = p
        .artifact("oci://registry.domain.local/modelcar:test")
        .unwrap();
    assert!(
        a.custom_properties.is_empty(),
        "no store session for OCI: {a:?}"
    );

    let e = parse(&model(true), &component)
        .artifact("oci://registry.domain.local/modelcar:test")
        .unwrap_err();
    assert_eq!(e.field, "downloadToWorkspace");
    assert!(e.to_string().contains("OCI"), "{e}");

    let e = parse(
        &dataset(json!({"constant": "oci://registry.domain.local/modelcar:test"})),
        COMPONENT,
    )
    .artifact("oci://registry.domain.local/modelcar:test")
    .unwrap_err();
    assert_eq!(e.field, "artifactUri.constant");
    assert!(
        e.to_string()
            .contains("system.Dataset artifact type does not support OCI"),
        "{e}"
    );
}

#[test]
fn unsupported_schemes() {
    let p = Plan::parse(
        &args::parse(&argv(
            &dataset(json!({"constant": "https://example.com/x"})),
            &task(json!({})),
            COMPONENT,
        ))
        .unwrap(),
    )
    .unwrap();
    let e = p.artifact("https://example.com/x").unwrap_err();
    assert!(e.to_string().contains("no provider scheme"), "{e}");

    let mut ws = dataset(json!({"constant": "mem://b/x"}));
    ws["downloadToWorkspace"] = json!(true);
    let p = Plan::parse(&args::parse(&argv(&ws, &task(json!({})), COMPONENT)).unwrap()).unwrap();
    let e = p.artifact("mem://b/x").unwrap_err();
    assert_eq!(e.field, "downloadToWorkspace");
}
