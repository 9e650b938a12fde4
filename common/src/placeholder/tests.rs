use std::collections::BTreeMap;

use serde_json::json;

use super::expr::{parse, Expr, Field};
use super::text::{go_g, number_text};
use super::*;
use crate::proto::ml_pipelines::ExecutorInput;
use crate::uri::PathMap;

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

/// What a [`Context`] borrows besides the inputs.
struct Held<'a> {
    input: &'a ExecutorInput,
    provided: &'a ExecutorInput,
    json: String,
    paths: PathMap,
    runtime: BTreeMap<String, String>,
}

impl<'a> Held<'a> {
    fn new(input: &'a ExecutorInput, provided: &'a ExecutorInput) -> Self {
        Held {
            input,
            provided,
            json: crate::executor_io::executor_input_json(input).unwrap(),
            paths: PathMap::identity(),
            runtime: BTreeMap::new(),
        }
    }

    fn ctx(&self) -> Context<'_> {
        Context {
            input: self.input,
            provided: self.provided,
            input_json: &self.json,
            paths: &self.paths,
            runtime: &self.runtime,
        }
    }
}

/// [`input`] as if the task had not been given `name`.
fn input_without(name: &str) -> ExecutorInput {
    let mut ei = input();
    ei.inputs.as_mut().unwrap().parameter_values.remove(name);
    ei
}

fn run(cmd: &[&str]) -> Result<Vec<String>, PlaceholderError> {
    run_with(cmd, &PathMap::identity())
}

fn run_with(cmd: &[&str], paths: &PathMap) -> Result<Vec<String>, PlaceholderError> {
    let ei = input();
    let json = crate::executor_io::executor_input_json(&ei).unwrap();
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
        volumes: Vec::new(),
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
        crate::executor_io::from_json(json!("{{$.inputs.parameters['text']}}")),
    );
    let held = Held::new(&ei, &ei);
    let ctx = held.ctx();
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
        matches!(&e, PlaceholderError::Structure { at, .. } if at == "command element 0"),
        "{e}"
    );
    let e = run(&["ok", r#"{"IfPresent": "#]).unwrap_err();
    assert!(
        matches!(&e, PlaceholderError::Structure { at, .. } if at == "command element 1"),
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
    let provided = input_without("text");
    let held = Held::new(&with_default, &provided);
    let ctx = held.ctx();
    let cmd = [
        r#"{"IfPresent": {"InputName": "text", "Then": ["--text"], "Else": ["--no-text"]}}"#
            .to_string(),
    ];
    assert_eq!(resolve_command(&cmd, &ctx).unwrap(), ["--no-text"]);
}

#[test]
fn go_g_matches_fmt() {
    for (f, s) in [
        (1.5, "1.5"),
        (0.0001, "0.0001"),
        (0.00001, "1e-05"),
        (123456.5, "123456.5"),
        (1234567.5, "1.2345675e+06"),
        (1e21, "1e+21"),
        (-2.5e-10, "-2.5e-10"),
        (f64::INFINITY, "+Inf"),
    ] {
        assert_eq!(go_g(f), s);
    }
    assert_eq!(number_text(-7.0), "-7");
    assert_eq!(number_text(1e20), "1e+20");
}

/// The driver's pass then the launcher's gives what the launcher's pass
/// alone gives (values whose text both format alike): the cluster path and a
/// single-step run hand the user the same argv.
#[test]
fn driver_then_launcher_equals_launcher_alone() {
    let with_default = input();
    let provided = input_without("text");
    let held = Held::new(&with_default, &provided);
    let ctx = held.ctx();
    let inputs = driver::Inputs {
        provided: &provided,
        with_defaults: &with_default,
    };
    let leaves = [
        "x",
        "{{$.inputs.parameters['text']}}",
        "{{$.inputs.parameters['n']}}",
        "{{$.inputs.artifacts['data'].uri}}",
        "{{$.outputs.parameters['Output'].output_file}}",
    ];
    let names = ["text", "n", "data", "missing", "nothing"];
    let mut cases = Vec::new();
    for a in leaves {
        for b in leaves {
            let (qa, qb) = (json!(a), json!(b));
            cases.push(format!(r#"{{"Concat": [{qa}, "-", {qb}]}}"#));
            for name in names {
                cases.push(format!(
                    r#"{{"IfPresent": {{"InputName": "{name}", "Then": [{qa}, {{"Concat": [{qb}, "."]}}], "Else": {{"Concat": [{qa}, {qb}]}}}}}}"#
                ));
                cases.push(format!(
                    r#"{{"Concat": [{qa}, {{"IfPresent": {{"InputName": "{name}", "Then": {{"Concat": ["=", {qb}]}}, "Else": {qb}}}}}]}}"#
                ));
            }
        }
    }
    assert!(cases.len() > 200);
    for case in cases {
        let alone = resolve_command(std::slice::from_ref(&case), &ctx).unwrap();
        let first = driver::command_line([("arg".to_string(), case.as_str())], &inputs).unwrap();
        let both = resolve_command(&first, &ctx).unwrap();
        assert_eq!(both, alone, "{case}\n driver gave {first:?}");
    }
}

#[test]
fn driver_pass_leaves_the_launcher_only_what_it_must() {
    let ei = input();
    let inputs = driver::Inputs {
        provided: &ei,
        with_defaults: &ei,
    };
    let out = driver::command_line(
        [
            ("a".to_string(), "{{$}}"),
            ("b".to_string(), "--n={{$.inputs.parameters['n']}}"),
            ("c".to_string(), r#"{"Concat": ["{{$.inputs.parameters['f']}}", "/", "{{$.outputs.artifacts['model'].path}}"]}"#),
            ("d".to_string(), r#"{"IfPresent": {"InputName": "nothing", "Then": ["never"]}}"#),
        ],
        &inputs,
    )
    .unwrap();
    assert_eq!(
        out,
        [
            "{{$}}",
            "--n=3",
            r#"{"Concat":["0.5","/","{{$.outputs.artifacts['model'].path}}"]}"#,
        ]
    );
    let e = driver::command_line(
        [(
            "container.args[4]".to_string(),
            "{{$.inputs.parameters['nope']}}",
        )],
        &inputs,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "container.args[4]: input parameter \"nope\" is not among the task's inputs"
    );
}

/// Found by the SDK oracle: text the driver resolves must not read as a
/// placeholder when the launcher scans it; such an element reaches the
/// launcher as written.
#[test]
fn driver_text_that_would_read_as_a_placeholder_goes_to_the_launcher_as_written() {
    let mut ei = input();
    let params = &mut ei.inputs.as_mut().unwrap().parameter_values;
    params.insert("brace".into(), crate::executor_io::from_json(json!("}{")));
    params.insert(
        "tricky".into(),
        crate::executor_io::from_json(json!("{{$.inputs.parameters['n']}}")),
    );
    let held = Held::new(&ei, &ei);
    let ctx = held.ctx();
    let inputs = driver::Inputs {
        provided: &ei,
        with_defaults: &ei,
    };
    for (element, want) in [
        (
            r#"{"Concat": [{"Concat": ["{{$.inputs.parameters['brace']}}", "{$"]}, "x"]}"#,
            "}{{$x",
        ),
        (
            "{{$.inputs.parameters['tricky']}}",
            "{{$.inputs.parameters['n']}}",
        ),
        (
            r#"{"Concat": ["{{$.inputs.parameters['tricky']}}"]}"#,
            "{{$.inputs.parameters['n']}}",
        ),
    ] {
        let first = driver::command_line([("arg".to_string(), element)], &inputs).unwrap();
        assert_eq!(first, [element], "as written");
        assert_eq!(resolve_command(&first, &ctx).unwrap(), [want]);
    }
}

/// Found by the SDK oracle: only `{{$}}` and `{{$.…}}` are placeholders;
/// other text that starts like one stays the user's.
#[test]
fn text_that_only_starts_like_a_placeholder_is_kept() {
    assert_eq!(
        run(&["{{${{$.inputs.parameters['text']}}", "a{{$b", "{{$"]).unwrap(),
        ["{{$hi there", "a{{$b", "{{$"]
    );
}
