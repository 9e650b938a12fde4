use super::*;
use crate::executor_io::from_json;
use serde_json::json;

fn task(j: serde_json::Value) -> PipelineTaskSpec {
    serde_json::from_value(j).unwrap()
}
fn component(j: serde_json::Value) -> ComponentSpec {
    serde_json::from_value(j).unwrap()
}
fn params(j: serde_json::Value) -> BTreeMap<String, Value> {
    j.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), from_json(v.clone())))
        .collect()
}
fn as_json(inputs: &Inputs) -> serde_json::Value {
    serde_json::Value::Object(
        inputs
            .parameter_values
            .iter()
            .map(|(k, v)| (k.clone(), to_json(v)))
            .collect(),
    )
}

struct Fixture {
    task: PipelineTaskSpec,
    component: ComponentSpec,
    parent: BTreeMap<String, Value>,
    parent_artifacts: BTreeMap<String, Vec<RuntimeArtifact>>,
    producers: BTreeMap<String, ProducerOutputs>,
    runtime: RuntimeValues,
    is_dag: bool,
}

impl Fixture {
    fn new(task_json: serde_json::Value, component_json: serde_json::Value) -> Self {
        Self {
            task: task(task_json),
            component: component(component_json),
            parent: BTreeMap::new(),
            parent_artifacts: BTreeMap::new(),
            producers: BTreeMap::new(),
            runtime: RuntimeValues {
                job_name: "my-run".into(),
                job_resource_name: "wf-abc".into(),
                job_uuid: "uuid-1".into(),
                task_name: "t".into(),
                task_uuid: "42".into(),
                ..Default::default()
            },
            is_dag: false,
        }
    }
    fn resolve(&self) -> Result<Inputs, ResolveError> {
        resolve_inputs(&Scope {
            task_key: "t",
            task: &self.task,
            component: &self.component,
            parent_parameters: &self.parent,
            parent_artifacts: &self.parent_artifacts,
            producers: &self.producers,
            runtime: &self.runtime,
            is_dag: self.is_dag,
            selector: None,
        })
    }
}

#[test]
fn component_inputs_constants_and_runtime_placeholders() {
    let mut f = Fixture::new(
        json!({"inputs": {"parameters": {
            "a": {"componentInputParameter": "x"},
            "b": {"runtimeValue": {"constant": 3.0}},
            "c": {"runtimeValue": {"constant": "{{$.pipeline_job_uuid}}"}},
            "d": {"runtimeValue": {"constant": "{{$.pipeline_task_uuid}}"}},
            "e": {"runtimeValue": {"constant": "{{$.workspace_path}}/data"}},
            "s": {"runtimeValue": {"constant": 5}}
        }}}),
        json!({"inputDefinitions": {"parameters": {
            "a": {"parameterType": "STRING"}, "b": {"parameterType": "NUMBER_INTEGER"},
            "c": {"parameterType": "STRING"}, "d": {"parameterType": "STRING"},
            "e": {"parameterType": "STRING"}, "s": {"parameterType": "STRING"}
        }}}),
    );
    f.parent = params(json!({"x": "hello"}));
    let got = f.resolve().unwrap();
    assert_eq!(
        as_json(&got),
        json!({"a": "hello", "b": 3, "c": "uuid-1", "d": "42", "e": "/kfp-workspace/data", "s": "5"})
    );
}

#[test]
fn upstream_outputs_and_final_status() {
    let mut f = Fixture::new(
        json!({"dependentTasks": ["prod"], "inputs": {
            "parameters": {
                "p": {"taskOutputParameter": {"producerTask": "prod", "outputParameterKey": "Output"}},
                "status": {"taskFinalStatus": {"producerTask": "prod"}}
            },
            "artifacts": {"data": {"taskOutputArtifact": {"producerTask": "prod", "outputArtifactKey": "ds"}}}
        }}),
        json!({"inputDefinitions": {
            "parameters": {"p": {"parameterType": "NUMBER_DOUBLE"}, "status": {"parameterType": "TASK_FINAL_STATUS"}},
            "artifacts": {"data": {"artifactType": {"schemaTitle": "system.Dataset"}}}
        }}),
    );
    assert_eq!(producer_tasks(&f.task), vec!["prod"]);
    f.producers.insert(
        "prod".into(),
        ProducerOutputs {
            state: "COMPLETE".into(),
            task_name: "prod".into(),
            parameters: params(json!({"Output": 2.5})),
            artifacts: [(
                "ds".to_string(),
                vec![RuntimeArtifact {
                    name: "7".into(),
                    uri: "minio://b/k".into(),
                    ..Default::default()
                }],
            )]
            .into_iter()
            .collect(),
        },
    );
    let got = f.resolve().unwrap();
    assert_eq!(
        as_json(&got),
        json!({"p": 2.5, "status": {"state": "COMPLETE", "pipelineTaskName": "prod", "pipelineJobResourceName": "wf-abc", "error": {}}})
    );
    assert_eq!(got.artifacts["data"].artifacts[0].name, "7");
    f.producers.clear();
    let e = f.resolve().unwrap_err().to_string();
    assert!(e.contains("upstream task \"prod\""), "{e}");
}

#[test]
fn optional_nulls_defaults_and_required() {
    let comp = json!({"inputDefinitions": {"parameters": {
        "opt": {"parameterType": "STRING", "isOptional": true},
        "withdef": {"parameterType": "NUMBER_INTEGER", "defaultValue": 7.0, "isOptional": true},
        "req": {"parameterType": "STRING"}
    }}});
    let mut f = Fixture::new(
        json!({"inputs": {"parameters": {"opt": {"componentInputParameter": "o"}}}}),
        comp.clone(),
    );
    f.parent = params(json!({"o": null}));
    let e = f.resolve().unwrap_err();
    assert_eq!(
        e,
        ResolveError::Input {
            task: "t".into(),
            input: "req".into(),
            message: "required input has no value and no default".into()
        }
    );

    let mut f = Fixture::new(
        json!({"inputs": {"parameters": {"opt": {"componentInputParameter": "o"}, "req": {"runtimeValue": {"constant": "r"}}}}}),
        comp.clone(),
    );
    f.parent = params(json!({"o": null}));
    // null optional input is left out; the launcher applies defaults later
    assert_eq!(as_json(&f.resolve().unwrap()), json!({"req": "r"}));

    // nested pipeline (DAG task): unwired optionals get default or null
    f.is_dag = true;
    assert_eq!(
        as_json(&f.resolve().unwrap()),
        json!({"req": "r", "withdef": 7})
    );
    let mut g = Fixture::new(
        json!({"inputs": {"parameters": {"req": {"runtimeValue": {"constant": "r"}}}}}),
        comp.clone(),
    );
    g.is_dag = true;
    assert_eq!(
        as_json(&g.resolve().unwrap()),
        json!({"req": "r", "withdef": 7, "opt": null})
    );

    let mut ei = ExecutorInput {
        inputs: Some(
            f.resolve()
                .map(|mut i| {
                    i.parameter_values.remove("withdef");
                    i
                })
                .unwrap(),
        ),
        outputs: None,
    };
    apply_parameter_defaults(&f.component, &mut ei);
    assert_eq!(
        to_json(&ei.inputs.unwrap().parameter_values["withdef"]),
        json!(7)
    );
}

#[test]
fn type_mismatch_and_literals() {
    let mut f = Fixture::new(
        json!({"inputs": {"parameters": {"n": {"componentInputParameter": "x"}}}}),
        json!({"inputDefinitions": {"parameters": {"n": {"parameterType": "NUMBER_INTEGER", "literals": [1.0, 2.0]}}}}),
    );
    f.parent = params(json!({"x": "three"}));
    let e = f.resolve().unwrap_err().to_string();
    assert!(e.contains("allowed literals"), "{e}");
    f.parent = params(json!({"x": 2}));
    assert_eq!(as_json(&f.resolve().unwrap()), json!({"n": 2}));
    f.component = component(
        json!({"inputDefinitions": {"parameters": {"n": {"parameterType": "NUMBER_INTEGER"}}}}),
    );
    f.parent = params(json!({"x": "three"}));
    let e = f.resolve().unwrap_err().to_string();
    assert!(e.contains("does not match type NUMBER_INTEGER"), "{e}");
    for (bad, says) in [
        (json!(1.5), "not a whole number"),
        (json!(1e23), "beyond"),
        (json!(-9007199254740993.0_f64), "beyond"),
    ] {
        f.parent = params(json!({ "x": bad }));
        let e = f.resolve().unwrap_err().to_string();
        assert!(e.contains(says) && e.contains("\"n\""), "{bad}: {e}");
    }
    f.parent = params(json!({"x": -9007199254740991_i64}));
    assert_eq!(
        as_json(&f.resolve().unwrap()),
        json!({"n": -9007199254740991_i64})
    );
    f.parent = params(json!({"x": [1]}));
    f.component =
        component(json!({"inputDefinitions": {"parameters": {"n": {"parameterType": "STRING"}}}}));
    assert_eq!(as_json(&f.resolve().unwrap()), json!({"n": "[1]"}));
}

#[test]
fn missing_parent_input_names_it() {
    let f = Fixture::new(
        json!({"inputs": {"parameters": {"a": {"componentInputParameter": "nope"}}, "artifacts": {}}}),
        json!({"inputDefinitions": {"parameters": {"a": {"parameterType": "STRING"}}}}),
    );
    let e = f.resolve().unwrap_err().to_string();
    assert_eq!(
        e,
        "task t: input \"a\": parent DAG does not have input parameter \"nope\""
    );
}

/// An optional pipeline (or nested pipeline) input artifact that was not
/// given: an optional consumer input is absent (the SDK passes None), a
/// required one an error naming the task and input.
#[test]
fn an_optional_input_artifact_the_parent_lacks_is_absent() {
    let spec =
        json!({"inputs": {"artifacts": {"artifact": {"componentInputArtifact": "dataset1"}}}});
    let def = |optional: bool| {
        json!({"inputDefinitions": {"artifacts": {"artifact": {
            "artifactType": {"schemaTitle": "system.Dataset", "schemaVersion": "0.0.1"},
            "isOptional": optional
        }}}})
    };
    let inputs = Fixture::new(spec.clone(), def(true)).resolve().unwrap();
    assert!(inputs.artifacts.is_empty(), "{inputs:?}");
    let e = Fixture::new(spec, def(false))
        .resolve()
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "task t: input \"artifact\": parent DAG does not have input artifact \"dataset1\", and the input is not optional"
    );
}

#[test]
fn an_upstream_null_into_a_string_input_is_the_empty_string() {
    // An `Optional[str]` output that returned None, into a `str` input:
    // upstream passes "" (§2.7.3); any other type refuses null.
    let mut f = Fixture::new(
        json!({"inputs": {"parameters": {
            "s": {"taskOutputParameter": {"producerTask": "prod", "outputParameterKey": "Output"}},
            "n": {"taskOutputParameter": {"producerTask": "prod", "outputParameterKey": "Output"}}
        }}}),
        json!({"inputDefinitions": {"parameters": {
            "s": {"parameterType": "STRING"}, "n": {"parameterType": "NUMBER_INTEGER", "isOptional": false}
        }}}),
    );
    f.producers.insert(
        "prod".into(),
        ProducerOutputs {
            parameters: params(json!({"Output": null})),
            ..Default::default()
        },
    );
    let err = f.resolve().unwrap_err().to_string();
    assert!(err.contains("\"n\"") && err.contains("null"), "{err}");
    f.task = task(json!({"inputs": {"parameters": {
        "s": {"taskOutputParameter": {"producerTask": "prod", "outputParameterKey": "Output"}}
    }}}));
    f.component =
        component(json!({"inputDefinitions": {"parameters": {"s": {"parameterType": "STRING"}}}}));
    assert_eq!(as_json(&f.resolve().unwrap()), json!({"s": ""}));
}

/// `ignore_upstream_failure()`: the task runs after a producer that failed
/// before writing its outputs, and each such input falls back to its
/// default (container: left to the launcher; nested pipeline: set here).
#[test]
fn outputs_a_failed_producer_never_wrote_fall_back_to_defaults_when_failures_are_ignored() {
    let task_json = |strategy: &str| {
        json!({"dependentTasks": ["prod"], "triggerPolicy": {"strategy": strategy}, "inputs": {
            "parameters": {
                "text": {"taskOutputParameter": {"producerTask": "prod", "outputParameterKey": "text"}},
                "count": {"taskOutputParameter": {"producerTask": "prod", "outputParameterKey": "count"}},
                "maybe": {"taskOutputParameter": {"producerTask": "prod", "outputParameterKey": "maybe"}}
            },
            "artifacts": {"data": {"taskOutputArtifact": {"producerTask": "prod", "outputArtifactKey": "data"}}}
        }})
    };
    let comp = json!({"inputDefinitions": {
        "parameters": {
            "text": {"parameterType": "STRING", "isOptional": true, "defaultValue": "fallback"},
            "count": {"parameterType": "NUMBER_INTEGER", "isOptional": true, "defaultValue": 7},
            "maybe": {"parameterType": "STRING", "isOptional": true}
        },
        "artifacts": {"data": {"artifactType": {"schemaTitle": "system.Dataset"}, "isOptional": true}}
    }});
    let mut f = Fixture::new(task_json("ALL_UPSTREAM_TASKS_COMPLETED"), comp.clone());
    for state in ["FAILED", "CANCELED", ""] {
        f.producers.insert(
            "prod".into(),
            ProducerOutputs {
                state: state.into(),
                ..Default::default()
            },
        );
        let got = f.resolve().unwrap();
        assert_eq!(
            as_json(&got),
            json!({}),
            "{state}: the launcher applies defaults"
        );
        assert!(got.artifacts.is_empty(), "{state}");
    }
    f.is_dag = true;
    let got = f.resolve().unwrap();
    assert_eq!(
        as_json(&got),
        json!({"text": "fallback", "count": 7, "maybe": null}),
        "a nested pipeline gets its defaults from the driver"
    );
    f.is_dag = false;

    // Values the producer did write still arrive.
    f.producers.get_mut("prod").unwrap().parameters = params(json!({"count": 3}));
    assert_eq!(as_json(&f.resolve().unwrap()), json!({"count": 3}));

    // Only a task that ignores upstream failures does without them.
    f.task = task(task_json("ALL_UPSTREAM_TASKS_SUCCEEDED"));
    let e = f.resolve().unwrap_err().to_string();
    assert!(
        e.contains("upstream task \"prod\" (not run) has no output parameter"),
        "{e}"
    );
    // A producer that completed must have written what it declares.
    f.task = task(task_json("ALL_UPSTREAM_TASKS_COMPLETED"));
    f.producers.get_mut("prod").unwrap().state = "COMPLETE".into();
    let e = f.resolve().unwrap_err().to_string();
    assert!(e.contains("(COMPLETE) has no output parameter"), "{e}");
    f.producers.get_mut("prod").unwrap().state = "CACHED".into();
    assert!(f.resolve().is_err());

    // No default to fall back to: an error naming the input and why.
    f.producers.get_mut("prod").unwrap().state = "FAILED".into();
    let mut required = comp.clone();
    required["inputDefinitions"]["parameters"]["maybe"] = json!({"parameterType": "STRING"});
    f.component = component(required);
    let e = f.resolve().unwrap_err();
    assert_eq!(
        e,
        ResolveError::Input {
            task: "t".into(),
            input: "maybe".into(),
            message: "upstream task \"prod\" (FAILED) wrote no output parameter \"maybe\", and the input has no default".into()
        }
    );
    let mut required = comp;
    required["inputDefinitions"]["artifacts"]["data"] =
        json!({"artifactType": {"schemaTitle": "system.Dataset"}});
    f.component = component(required);
    let e = f.resolve().unwrap_err().to_string();
    assert!(
        e.contains("input \"data\"")
            && e.contains("wrote no output artifact \"data\", and the input is not optional"),
        "{e}"
    );
}
