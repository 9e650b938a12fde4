use super::*;
use serde_json::json;

fn input() -> ExecutorInput {
    serde_json::from_value(json!({
        "inputs": {
            "parameterValues": {"text": "hi there", "n": 3, "f": 0.5, "flag": true,
                                "items": [1, "a<b"], "cfg": {"k": "v"}, "nothing": null},
            "artifacts": {
                "data": {"artifacts": [
                    {"name": "7", "uri": "minio://mlpipeline/v2/artifacts/p/r/prod/u/data",
                     "metadata": {"rows": 10, "kind": "csv"}},
                    {"name": "8", "uri": "s3://b/other"}]},
                "mem": {"artifacts": [{"name": "9", "uri": "mem://x"}]}
            }
        },
        "outputs": {
            "parameters": {"Output": {"outputFile": "/tmp/kfp/outputs/Output"}},
            "artifacts": {"model": {"artifacts": [
                {"name": "model", "uri": "minio://mlpipeline/v2/artifacts/p/r/t/u/model",
                 "type": {"schemaTitle": "system.Model"}}]}},
            "outputFile": "/minio/mlpipeline/v2/artifacts/p/r/t/u/output_metadata.json"
        }
    }))
    .unwrap()
}

fn run(cmd: &[&str]) -> Result<Vec<String>, PlaceholderError> {
    run_with(cmd, &PathMap::identity())
}

fn run_with(cmd: &[&str], paths: &PathMap) -> Result<Vec<String>, PlaceholderError> {
    let ei = input();
    let json = kfp_common::executor_io::executor_input_json(&ei).unwrap();
    let runtime = [("pipeline_job_name".to_string(), "job-1".to_string())]
        .into_iter()
        .collect();
    let ctx = Context {
        input: &ei,
        provided: &ei,
        input_json: &json,
        paths,
        runtime: &runtime,
    };
    let cmd: Vec<String> = cmd.iter().map(|s| s.to_string()).collect();
    resolve_command(&cmd, &ctx)
}

#[test]
fn scalar_parameters_with_go_formatting() {
    let out = run(&[
        "echo",
        "{{$.inputs.parameters['text']}}",
        "n={{$.inputs.parameters['n']}} f={{$.inputs.parameters['f']}}",
        "{{$.inputs.parameters['flag']}}",
        "{{$.inputs.parameters['items']}}",
        "{{$.inputs.parameters[\"cfg\"]}}",
    ])
    .unwrap();
    assert_eq!(
        out,
        [
            "echo",
            "hi there",
            "n=3 f=0.5",
            "true",
            r#"[1,"a\u003cb"]"#,
            r#"{"k":"v"}"#
        ]
    );
}

#[test]
fn whole_executor_input_in_program_and_args() {
    let out = run(&[
        "{{$.inputs.parameters['text']}}",
        "--executor_input",
        "{{$}}",
    ])
    .unwrap();
    assert_eq!(out[0], "hi there", "the program gets placeholders too");
    let v: serde_json::Value = serde_json::from_str(&out[2]).unwrap();
    assert_eq!(v["inputs"]["parameterValues"]["n"], json!(3));
    assert!(!out[2].contains("3.0"));
}

#[test]
fn artifacts_uri_path_metadata_and_lists() {
    let out = run(&[
        "{{$.inputs.artifacts['data'].uri}}",
        "{{$.inputs.artifacts['data'].path}}",
        "{{$.outputs.artifacts['model'].path}}",
        "{{$.outputs.artifacts['model'].uri}}",
        "{{$.inputs.artifacts['data'].metadata}}",
        "{{$.inputs.artifacts['data'].metadata['rows']}}",
        "{{$.outputs.parameters['Output'].output_file}}",
        "{{$.outputs.output_file}}",
    ])
    .unwrap();
    assert_eq!(out[0], "minio://mlpipeline/v2/artifacts/p/r/prod/u/data");
    assert_eq!(out[1], "/minio/mlpipeline/v2/artifacts/p/r/prod/u/data");
    assert_eq!(out[2], "/minio/mlpipeline/v2/artifacts/p/r/t/u/model");
    assert_eq!(out[3], "minio://mlpipeline/v2/artifacts/p/r/t/u/model");
    assert_eq!(out[4], r#"{"kind":"csv","rows":10}"#);
    assert_eq!(out[5], "10");
    assert_eq!(out[6], "/tmp/kfp/outputs/Output");
    assert_eq!(
        out[7],
        "/minio/mlpipeline/v2/artifacts/p/r/t/u/output_metadata.json"
    );
    let list = run(&["{{$.inputs.artifacts['data']}}"]).unwrap();
    let v: serde_json::Value = serde_json::from_str(&list[0]).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2, "every artifact of the list");
}

#[test]
fn paths_follow_the_path_map() {
    let map = PathMap {
        user_root: "/scratch/r1".into(),
        host_root: "/scratch/r1".into(),
    };
    let out = run_with(
        &[
            "{{$.outputs.artifacts['model'].path}}",
            "{{$.outputs.parameters['Output'].output_file}}",
        ],
        &map,
    )
    .unwrap();
    assert_eq!(
        out[0],
        "/scratch/r1/minio/mlpipeline/v2/artifacts/p/r/t/u/model"
    );
    assert_eq!(out[1], "/scratch/r1/tmp/kfp/outputs/Output");
}

#[test]
fn concat_and_if_present() {
    let out = run(&[
        "prog",
        r#"{"Concat": ["prefix-", "{{$.inputs.parameters['text']}}", "-", "{{$.inputs.parameters['n']}}"]}"#,
        r#"{"IfPresent": {"InputName": "text", "Then": ["--text", "{{$.inputs.parameters['text']}}"], "Else": ["--none"]}}"#,
        r#"{"IfPresent": {"InputName": "missing", "Then": ["--x"], "Else": ["--default", "d"]}}"#,
        r#"{"IfPresent": {"InputName": "nothing", "Then": "--null-is-absent"}}"#,
        r#"{"IfPresent": {"InputName": "data", "Then": {"Concat": ["--data=", "{{$.inputs.artifacts['data'].uri}}"]}}}"#,
        r#"{"Concat": ["a", {"IfPresent": {"InputName": "flag", "Then": "-yes", "Else": "-no"}}]}"#,
    ])
    .unwrap();
    assert_eq!(
        out,
        [
            "prog",
            "prefix-hi there-3",
            "--text",
            "hi there",
            "--default",
            "d",
            "--data=minio://mlpipeline/v2/artifacts/p/r/prod/u/data",
            "a-yes"
        ]
    );
}

#[test]
fn values_are_not_rescanned() {
    let mut ei = input();
    ei.inputs.as_mut().unwrap().parameter_values.insert(
        "tricky".into(),
        kfp_common::executor_io::from_json(json!("{{$.inputs.parameters['text']}}")),
    );
    let json = kfp_common::executor_io::executor_input_json(&ei).unwrap();
    let runtime = BTreeMap::new();
    let paths = PathMap::identity();
    let ctx = Context {
        input: &ei,
        provided: &ei,
        input_json: &json,
        paths: &paths,
        runtime: &runtime,
    };
    let out = resolve_command(&["{{$.inputs.parameters['tricky']}}".into()], &ctx).unwrap();
    assert_eq!(out, ["{{$.inputs.parameters['text']}}"]);
}

#[test]
fn runtime_values() {
    assert_eq!(
        run(&["{{$.pipeline_job_name}}", "{{$.workspace_path}}"]).unwrap(),
        ["job-1", "/kfp-workspace"]
    );
    let e = run(&["{{$.pipeline_task_uuid}}"]).unwrap_err().to_string();
    assert!(e.contains("pipeline_task_uuid"), "{e}");
}

#[test]
fn errors_name_the_placeholder() {
    let cases = [
        (
            "{{$.inputs.parameters['nope']}}",
            "no input parameter \"nope\"",
        ),
        ("{{$.inputs.parameters['nothing']}}", "is null"),
        ("{{$.outputs.artifacts['nope'].path}}", "no output artifact"),
        ("{{$.inputs.artifacts['mem'].path}}", "has no local path"),
        (
            "{{$.inputs.artifacts['data'].metadata['nope']}}",
            "no metadata key",
        ),
        ("{{$.inputs.parameters[text]}}", "unknown placeholder"),
        ("{{$.bogus.thing}}", "unknown placeholder"),
        ("x {{$.inputs.parameters['text']", "unterminated"),
    ];
    for (cmd, want) in cases {
        let e = run(&[cmd]).unwrap_err().to_string();
        assert!(e.contains(want), "{cmd}: {e}");
        assert!(e.contains("placeholder"), "{cmd}: {e}");
    }
    let e =
        run(&[r#"{"Concat": ["a", {"IfPresent": {"InputName": "text", "Then": ["x", "y"]}}]}"#])
            .unwrap_err();
    assert!(e.to_string().contains("inside Concat"), "{e}");
    let e = run(&[r#"{"Concat": [1]}"#]).unwrap_err();
    assert!(
        matches!(e, PlaceholderError::Structure { index: 0, .. }),
        "{e}"
    );
    let e = run(&["ok", r#"{"IfPresent": "#]).unwrap_err();
    assert!(
        matches!(e, PlaceholderError::Structure { index: 1, .. }),
        "{e}"
    );
}

#[test]
fn parses_every_form() {
    assert_eq!(parse("$"), Some(Expr::Whole));
    assert_eq!(
        parse("$.inputs.parameters['a b']"),
        Some(Expr::InputParameter("a b"))
    );
    assert_eq!(
        parse("$.outputs.parameters['o'].output_file"),
        Some(Expr::OutputParameterFile("o"))
    );
    assert_eq!(parse("$.outputs.parameters['o']"), None);
    assert_eq!(
        parse("$.outputs.artifacts['m'].metadata['k']"),
        Some(Expr::Artifact {
            output: true,
            name: "m",
            field: Field::MetadataKey("k")
        })
    );
    assert_eq!(parse("$.inputs.artifacts['m'].size"), None);
}

#[test]
fn if_present_ignores_defaults() {
    let with_default = input();
    let mut provided = input();
    provided
        .inputs
        .as_mut()
        .unwrap()
        .parameter_values
        .remove("text");
    let json = kfp_common::executor_io::executor_input_json(&with_default).unwrap();
    let runtime = BTreeMap::new();
    let paths = PathMap::identity();
    let ctx = Context {
        input: &with_default,
        provided: &provided,
        input_json: &json,
        paths: &paths,
        runtime: &runtime,
    };
    let cmd = [
        r#"{"IfPresent": {"InputName": "text", "Then": ["--text"], "Else": ["--no-text"]}}"#
            .to_string(),
    ];
    assert_eq!(resolve_command(&cmd, &ctx).unwrap(), ["--no-text"]);
}
