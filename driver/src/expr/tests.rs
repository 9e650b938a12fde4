use std::collections::BTreeSet;

use kfp_common::proto::ml_pipelines::{ArtifactList, ArtifactTypeSchema, RuntimeArtifact};
use kfp_common::{ir::Pipeline, test_util::ir_fixtures};
use serde_json::json;

use super::*;

fn value(json: serde_json::Value) -> wkt::Value {
    kfp_common::executor_io::from_json(json)
}

/// Inputs whose `parameter_values` are the given JSON values.
fn inputs(params: &[(&str, serde_json::Value)]) -> Inputs {
    Inputs {
        parameter_values: params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), value(v.clone())))
            .collect(),
        ..Inputs::default()
    }
}

fn cond(expression: &str, params: &[(&str, serde_json::Value)]) -> Result<bool, ExprError> {
    condition(expression, &inputs(params))
}

#[track_caller]
fn assert_cond(expression: &str, params: &[(&str, serde_json::Value)], want: bool) {
    match cond(expression, params) {
        Ok(got) => assert_eq!(got, want, "{expression} with {params:?}"),
        Err(e) => panic!("{expression} with {params:?}: {e}"),
    }
}

#[track_caller]
fn assert_select(expression: &str, input: serde_json::Value, want: serde_json::Value) {
    match select(expression, &value(input.clone())) {
        Ok(got) => assert_eq!(got, value(want), "{expression} on {input}"),
        Err(e) => panic!("{expression} on {input}: {e}"),
    }
}

// === conditions as the SDK writes them ===

const COIN: &str = "inputs.parameter_values['pipelinechannel--flip-coin-Output'] == 'heads'";
const COIN_PARAM: &str = "pipelinechannel--flip-coin-Output";
const NUM: &str = "int(inputs.parameter_values['pipelinechannel--x']) > 5";

#[test]
fn string_equality_and_negation() {
    assert_cond(COIN, &[(COIN_PARAM, json!("heads"))], true);
    assert_cond(COIN, &[(COIN_PARAM, json!("tails"))], false);
    let not = format!("!({COIN})");
    assert_cond(&not, &[(COIN_PARAM, json!("heads"))], false);
    assert_cond(&not, &[(COIN_PARAM, json!("tails"))], true);
    let die =
        "!(inputs.parameter_values['d'] == 'heads') && !(inputs.parameter_values['d'] == 'tails')";
    assert_cond(die, &[("d", json!("edge"))], true);
    assert_cond(die, &[("d", json!("tails"))], false);
    let ne = "inputs.parameter_values['p'] != 'Hello'";
    assert_cond(ne, &[("p", json!("Hello"))], false);
    assert_cond(ne, &[("p", json!("World"))], true);
    // two inputs compared with each other
    let both = "inputs.parameter_values['a'] == inputs.parameter_values['b']";
    assert_cond(both, &[("a", json!("x")), ("b", json!("x"))], true);
    assert_cond(both, &[("a", json!("x")), ("b", json!("y"))], false);
}

#[test]
fn a_string_is_never_equal_to_a_number() {
    // `== '123'`: the SDK quotes the literal; no coercion either way
    let e = "inputs.parameter_values['x'] == '123'";
    assert_cond(e, &[("x", json!("123"))], true);
    assert_cond(e, &[("x", json!(123))], false);
    assert_cond(
        "inputs.parameter_values['x'] == 123",
        &[("x", json!("123"))],
        false,
    );
}

#[test]
fn int_of_a_double_truncates() {
    // google.protobuf.Value numbers are doubles
    assert_cond(NUM, &[("pipelinechannel--x", json!(7))], true);
    assert_cond(NUM, &[("pipelinechannel--x", json!(5))], false);
    assert_cond(NUM, &[("pipelinechannel--x", json!(5.9))], false);
    assert_cond(NUM, &[("pipelinechannel--x", json!(6.1))], true);
    assert_cond(
        "int(inputs.parameter_values['x']) == -5",
        &[("x", json!(-5.9))],
        true,
    );
    let range = "!(int(inputs.parameter_values['x']) < 5000) && !(int(inputs.parameter_values['x']) > 5000)";
    assert_cond(range, &[("x", json!(5000))], true);
    assert_cond(range, &[("x", json!(4999))], false);
    let two = "int(inputs.parameter_values['item']) >= int(inputs.parameter_values['threshold'])";
    assert_cond(two, &[("item", json!(3)), ("threshold", json!(2))], true);
    assert_cond(two, &[("item", json!(1)), ("threshold", json!(2))], false);
}

#[test]
fn int_of_a_numeric_string_parses_it() {
    assert_cond(NUM, &[("pipelinechannel--x", json!("42"))], true);
    assert_cond(NUM, &[("pipelinechannel--x", json!("-42"))], false);
    assert_cond(NUM, &[("pipelinechannel--x", json!("+6"))], true);
    // like Go's strconv.ParseInt(s, 10, 64)
    for bad in ["4.5", " 42", "0x10", "", "seven"] {
        let err = cond(NUM, &[("pipelinechannel--x", json!(bad))]).unwrap_err();
        assert!(matches!(err, ExprError::Evaluate { .. }), "{bad:?}: {err}");
    }
}

#[test]
fn int_out_of_range_is_an_error() {
    for big in [json!(1e19), json!(-1e19), json!("9223372036854775808")] {
        let err = cond(NUM, &[("pipelinechannel--x", big.clone())]).unwrap_err();
        assert!(matches!(err, ExprError::Evaluate { .. }), "{big}: {err}");
    }
}

#[test]
fn numbers_compare_across_types() {
    // cel-go: heterogeneous numeric equality and ordering at runtime
    assert_cond(
        "inputs.parameter_values['x'] == 5",
        &[("x", json!(5))],
        true,
    );
    assert_cond(
        "inputs.parameter_values['x'] == 5",
        &[("x", json!(5.5))],
        false,
    );
    assert_cond(
        "inputs.parameter_values['x'] > 5",
        &[("x", json!(5.5))],
        true,
    );
    assert_cond(
        "inputs.parameter_values['x'] <= 5u",
        &[("x", json!(5))],
        true,
    );
    assert_cond(
        "inputs.parameter_values['x'] == 5.0",
        &[("x", json!(5))],
        true,
    );
    assert_cond(
        "double(inputs.parameter_values['x']) > 0.5",
        &[("x", json!("0.75"))],
        true,
    );
    // but arithmetic does not mix
    let err = cond(
        "inputs.parameter_values['x'] + 1 == 2.0",
        &[("x", json!(1))],
    )
    .unwrap_err();
    assert!(matches!(err, ExprError::Evaluate { .. }), "{err}");
}

#[test]
fn bool_equality() {
    let e = "inputs.parameter_values['pipelinechannel--pick_a'] == true";
    assert_cond(e, &[("pipelinechannel--pick_a", json!(true))], true);
    assert_cond(e, &[("pipelinechannel--pick_a", json!(false))], false);
    assert_cond(e, &[("pipelinechannel--pick_a", json!("true"))], false);
    let not = format!("!({e})");
    assert_cond(&not, &[("pipelinechannel--pick_a", json!(false))], true);
    // a bool parameter as the whole condition
    assert_cond("inputs.parameter_values['b']", &[("b", json!(true))], true);
}

#[test]
fn null_lists_and_structs() {
    assert_cond(
        "inputs.parameter_values['n'] == null",
        &[("n", json!(null))],
        true,
    );
    assert_cond(
        "inputs.parameter_values['n'] == ''",
        &[("n", json!(null))],
        false,
    );
    let l = &[("l", json!([1, "a", [true]]))];
    assert_cond("inputs.parameter_values['l'][1] == 'a'", l, true);
    assert_cond("inputs.parameter_values['l'][2][0]", l, true);
    assert_cond("size(inputs.parameter_values['l']) == 3", l, true);
    assert_cond("1 in inputs.parameter_values['l']", l, true);
    let s = &[("s", json!({"k": "v", "n": {"m": 2}}))];
    assert_cond("inputs.parameter_values['s']['k'] == 'v'", s, true);
    assert_cond("inputs.parameter_values['s'].n.m == 2", s, true);
    assert_cond("has(inputs.parameter_values['s'].k)", s, true);
    assert_cond("has(inputs.parameter_values['s'].z)", s, false);
    assert_cond(
        "inputs.parameter_values['s'] == {'k': 'v', 'n': {'m': 2}}",
        s,
        true,
    );
}

#[test]
fn standard_library_and_macros() {
    let p = &[("s", json!("hello world")), ("l", json!([1, 5, 9]))];
    assert_cond("inputs.parameter_values['s'].startsWith('hello')", p, true);
    assert_cond("inputs.parameter_values['s'].contains('lo w')", p, true);
    assert_cond("inputs.parameter_values['s'].matches('^h.*d$')", p, true);
    assert_cond("size(inputs.parameter_values['s']) == 11", p, true);
    assert_cond("inputs.parameter_values['l'].exists(x, x > 8)", p, true);
    assert_cond("inputs.parameter_values['l'].all(x, x > 1)", p, false);
    assert_cond("'s' in inputs.parameter_values", p, true);
    assert_cond("size(inputs.parameter_values) == 2", p, true);
}

#[test]
fn errors_are_absorbed_by_logical_operators_as_in_cel_go() {
    let e = "inputs.parameter_values['missing'] == 'x' || true";
    assert_cond(e, &[], true);
    let e = "inputs.parameter_values['missing'] == 'x' && false";
    assert_cond(e, &[], false);
}

#[test]
fn parse_json_in_a_condition() {
    let p = &[("j", json!(r#"{"a": 3, "b": [1, "x"]}"#))];
    assert_cond("parseJson(inputs.parameter_values['j'])['a'] == 3", p, true);
    // numbers are doubles, as with Go's json.Unmarshal (`double / int` has
    // no overload, in cel-go as here)
    assert_cond(
        "parseJson(inputs.parameter_values['j']).a / 2.0 == 1.5",
        p,
        true,
    );
    assert!(cond("parseJson(inputs.parameter_values['j']).a / 2 == 1", p).is_err());
    assert_cond(
        "parseJson(inputs.parameter_values['j']).b[1] == 'x'",
        p,
        true,
    );
    assert_cond("parseJson('null') == null", &[], true);
    assert_cond("parseJson(' [true] ')[0]", &[], true);
    for bad in ["{", "[1] x", "", "{'a': 1}", "1e400"] {
        let e = format!("parseJson({}) == null", serde_json::to_string(bad).unwrap());
        let err = cond(&e, &[]).unwrap_err();
        assert!(matches!(err, ExprError::Evaluate { .. }), "{bad}: {err}");
        assert!(err.to_string().contains("parseJson"), "{err}");
    }
}

#[test]
fn artifacts_parameters_and_outputs_are_bound() {
    let artifact = RuntimeArtifact {
        name: "123".into(),
        r#type: Some(ArtifactTypeSchema {
            kind: Some(artifact_type_schema::Kind::SchemaTitle(
                "system.Model".into(),
            )),
            schema_version: "0.0.1".into(),
        }),
        uri: "s3://b/m".into(),
        metadata: Some(wkt::Struct {
            fields: [("accuracy".to_owned(), value(json!(0.9)))].into(),
        }),
        ..RuntimeArtifact::default()
    };
    let mut inputs = inputs(&[]);
    inputs.artifacts.insert(
        "model".into(),
        ArtifactList {
            artifacts: vec![artifact, RuntimeArtifact::default()],
        },
    );
    inputs.parameters.insert(
        "old".into(),
        PbValue {
            value: Some(pb_value::Value::IntValue(4)),
        },
    );
    for e in [
        "inputs.artifacts['model'].artifacts[0].uri == 's3://b/m'",
        "inputs.artifacts['model'].artifacts[0].name == '123'",
        "inputs.artifacts['model'].artifacts[0].type.schema_title == 'system.Model'",
        "inputs.artifacts['model'].artifacts[0].type.schema_version == '0.0.1'",
        "inputs.artifacts['model'].artifacts[0].metadata.accuracy > 0.5",
        "inputs.artifacts['model'].artifacts[0].custom_path == ''",
        "size(inputs.artifacts['model'].artifacts) == 2",
        // unset fields read as their defaults
        "inputs.artifacts['model'].artifacts[1].uri == ''",
        "size(inputs.artifacts['model'].artifacts[1].metadata) == 0",
        "inputs.artifacts['model'].artifacts[1].type.schema_title == ''",
        "inputs.parameters['old'].int_value == 4",
        "inputs.parameters['old'].string_value == ''",
        "size(inputs.parameter_values) == 0",
        "outputs.output_file == ''",
        "size(outputs.parameters) == 0 && size(outputs.artifacts) == 0",
    ] {
        match condition(e, &inputs) {
            Ok(got) => assert!(got, "{e}"),
            Err(err) => panic!("{err}"),
        }
    }
}

#[test]
fn a_missing_parameter_is_an_error() {
    let err = cond(COIN, &[("other", json!("heads"))]).unwrap_err();
    assert!(matches!(err, ExprError::Evaluate { .. }), "{err}");
    assert_eq!(err.expression(), COIN);
    assert!(err.to_string().contains(COIN_PARAM), "{err}");
    let err = cond("nope == 1", &[]).unwrap_err();
    assert!(matches!(err, ExprError::Evaluate { .. }), "{err}");
}

#[test]
fn a_non_bool_result_is_an_error() {
    for e in ["inputs.parameter_values['x']", "1", "'true'", "null"] {
        let err = cond(e, &[("x", json!("heads"))]).unwrap_err();
        assert!(matches!(err, ExprError::ResultType { .. }), "{e}: {err}");
        assert!(err.to_string().contains(e), "{err}");
    }
}

#[test]
fn a_syntax_error_is_a_compile_error() {
    for e in ["inputs.parameter_values['x'] ==", "(", "", "{'a': 1}.?a"] {
        let err = cond(e, &[]).unwrap_err();
        assert!(matches!(err, ExprError::Compile { .. }), "{e}: {err}");
    }
}

// === selectors ===

#[test]
fn selector_parse_json_of_a_struct() {
    let item = json!({"a": 1, "b": "x", "c": [1, 2], "d": {"e": null}});
    assert_select(r#"parseJson(string_value)["a"]"#, item.clone(), json!(1));
    assert_select(r#"parseJson(string_value)["b"]"#, item.clone(), json!("x"));
    assert_select(
        r#"parseJson(string_value)["c"]"#,
        item.clone(),
        json!([1, 2]),
    );
    assert_select(
        r#"parseJson(string_value)["d"]"#,
        item.clone(),
        json!({"e": null}),
    );
    assert_select(
        r#"parseJson(string_value)["d"]["e"]"#,
        item.clone(),
        json!(null),
    );
    assert_select(r#"struct_value["b"]"#, item.clone(), json!("x"));
    assert_select("struct_value", item.clone(), item.clone());
    let err = select(r#"parseJson(string_value)["z"]"#, &value(item)).unwrap_err();
    assert!(matches!(err, ExprError::Evaluate { .. }), "{err}");
}

#[test]
fn selector_on_a_list_and_a_json_string() {
    let list = json!([1, "a", {"k": true}]);
    assert_select("list_value[1]", list.clone(), json!("a"));
    assert_select("parseJson(string_value)[2].k", list.clone(), json!(true));
    assert_select("size(list_value)", list, json!(3));
    // a JSON string parameter (an upstream output written as text)
    assert_select(
        r#"parseJson(string_value)["a"]"#,
        json!(r#"{"a": [1]}"#),
        json!([1]),
    );
    assert_select("parseJson(string_value)[0]", json!("[\"x\"]"), json!("x"));
}

#[test]
fn selector_string_value_is_the_text_form() {
    assert_select("string_value", json!("abc"), json!("abc"));
    assert_select("string_value", json!(3), json!("3"));
    assert_select("string_value", json!(2.5), json!("2.5"));
    assert_select("string_value", json!(-0.000001), json!("-0.000001"));
    assert_select("string_value", json!(1e21), json!("1000000000000000000000"));
    assert_select("string_value", json!(true), json!("true"));
    assert_select("string_value", json!(null), json!(""));
    // compact, sorted keys, whole numbers as integers, HTML-escaped as
    // encoding/json.Marshal writes protojson's output
    assert_select(
        "string_value",
        json!({"b": [1.0, 2.5, null], "a": "<x&y>"}),
        json!(r#"{"a":"\u003cx\u0026y\u003e","b":[1,2.5,null]}"#),
    );
    assert_select("string_value", json!([]), json!("[]"));
}

#[test]
fn selector_only_binds_the_kind_that_is_set() {
    assert_select("int(number_value) + 1", json!(3), json!(4));
    assert_select("number_value * 2.0", json!(1.25), json!(2.5));
    assert_select("bool_value", json!(false), json!(false));
    assert_select("null_value == null", json!(null), json!(true));
    assert_select("null_value", json!(null), json!(null));
    for (e, v) in [
        ("number_value", json!("3")),
        ("bool_value", json!(1)),
        ("struct_value", json!([1])),
        ("list_value", json!({})),
        ("null_value", json!("")),
    ] {
        let err = select(e, &value(v.clone())).unwrap_err();
        assert!(
            matches!(err, ExprError::Evaluate { .. }),
            "{e} on {v}: {err}"
        );
    }
}

#[test]
fn selector_results_convert_back_to_values() {
    let v = json!("x");
    assert_select("1", v.clone(), json!(1));
    assert_select("2u", v.clone(), json!(2));
    assert_select("-1.5", v.clone(), json!(-1.5));
    assert_select(
        "[1, 'a', true, null, [2]]",
        v.clone(),
        json!([1, "a", true, null, [2]]),
    );
    assert_select("{'k': {'n': 1}}", v.clone(), json!({"k": {"n": 1}}));
    assert_select("b'hi!'", v.clone(), json!("aGkh"));
    assert_select("b'hi'", v.clone(), json!("aGk="));
    assert_select("b'h'", v.clone(), json!("aA=="));
    assert_select("b''", v.clone(), json!(""));
    let err = select("{1: 2}", &value(v)).unwrap_err();
    assert!(matches!(err, ExprError::ResultType { .. }), "{err}");
}

#[test]
fn selector_input_errors() {
    let none = wkt::Value { kind: None };
    let err = select("string_value", &none).unwrap_err();
    assert!(matches!(err, ExprError::Input { .. }), "{err}");
    // protojson cannot write NaN inside a list; alone it is Go's "NaN"
    let nan_list = wkt::Value {
        kind: Some(Kind::ListValue(wkt::ListValue {
            values: vec![wkt::Value {
                kind: Some(Kind::NumberValue(f64::NAN)),
            }],
        })),
    };
    let err = select("string_value", &nan_list).unwrap_err();
    assert!(matches!(err, ExprError::Input { .. }), "{err}");
    let inf = wkt::Value {
        kind: Some(Kind::NumberValue(f64::NEG_INFINITY)),
    };
    assert_eq!(select("string_value", &inf).unwrap(), value(json!("-Inf")));
    let err = select("string_value ==", &value(json!(1))).unwrap_err();
    assert!(matches!(err, ExprError::Compile { .. }), "{err}");
}

// === every expression the SDK wrote into the fixtures ===

/// The names an SDK condition reads, `inputs.parameter_values['NAME']`.
fn parameter_names(expression: &str) -> Vec<&str> {
    const PREFIX: &str = "parameter_values['";
    let mut names = Vec::new();
    let mut rest = expression;
    while let Some(start) = rest.find(PREFIX) {
        rest = &rest[start + PREFIX.len()..];
        if let Some(end) = rest.find("']") {
            names.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    names
}

/// A value of the kind the expression compares the parameter with: a
/// number under `int(...)`, a bool before `== true`, else a string (the
/// SDK's `==` on strings and the coin flips' "heads").
fn plausible_value(expression: &str, name: &str) -> serde_json::Value {
    let reference = format!("inputs.parameter_values['{name}']");
    if expression.contains(&format!("int({reference})")) {
        json!(7)
    } else if expression.contains(&format!("{reference} == true")) {
        json!(true)
    } else {
        json!("heads")
    }
}

struct FixtureExpressions {
    conditions: BTreeSet<String>,
    selectors: BTreeSet<String>,
}

fn fixture_expressions() -> Option<FixtureExpressions> {
    let dir = ir_fixtures()?;
    let mut found = FixtureExpressions {
        conditions: BTreeSet::new(),
        selectors: BTreeSet::new(),
    };
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        let pipeline = Pipeline::load(&path).unwrap_or_else(|e| panic!("{e}"));
        for task in pipeline.tasks() {
            if let Some(policy) = &task.task.trigger_policy {
                if !policy.condition.is_empty() {
                    found.conditions.insert(policy.condition.clone());
                }
            }
            let parameters = task.task.inputs.iter().flat_map(|i| i.parameters.values());
            for p in parameters {
                if !p.parameter_expression_selector.is_empty() {
                    found
                        .selectors
                        .insert(p.parameter_expression_selector.clone());
                }
            }
        }
    }
    Some(found)
}

#[test]
fn every_fixture_condition_evaluates_to_a_bool() {
    let Some(found) = fixture_expressions() else {
        return;
    };
    assert!(found.conditions.len() >= 30, "{:?}", found.conditions);
    for expression in &found.conditions {
        let names = parameter_names(expression);
        assert!(!names.is_empty(), "{expression}");
        let params: Vec<_> = names
            .iter()
            .map(|n| (*n, plausible_value(expression, n)))
            .collect();
        if let Err(e) = cond(expression, &params) {
            panic!("{e}");
        }
    }
}

#[test]
fn fixture_conditions_take_both_branches() {
    let Some(found) = fixture_expressions() else {
        return;
    };
    // Each `== 'heads'` condition is true for heads and false for tails.
    let coin: Vec<_> = found
        .conditions
        .iter()
        .filter(|e| e.ends_with("== 'heads'") && !e.starts_with('!'))
        .collect();
    assert!(!coin.is_empty());
    for expression in coin {
        let [name] = parameter_names(expression)[..] else {
            panic!("{expression}");
        };
        assert_cond(expression, &[(name, json!("heads"))], true);
        assert_cond(expression, &[(name, json!("tails"))], false);
    }
}

#[test]
fn every_fixture_selector_selects_its_key() {
    let Some(found) = fixture_expressions() else {
        return;
    };
    assert!(!found.selectors.is_empty());
    for expression in &found.selectors {
        let key = expression
            .strip_prefix("parseJson(string_value)[\"")
            .and_then(|r| r.strip_suffix("\"]"))
            .unwrap_or_else(|| panic!("unexpected selector {expression}"));
        let item = json!({key: 7, "other": "x"});
        assert_select(expression, item, json!(7));
    }
}

/// Found at the end of issue 17's fuzzing: expressions nested tens of
/// thousands deep crashed the driver with a stack overflow (SIGSEGV, no
/// error); the fuzzer's inputs were too short (4,096 bytes) to reach them.
/// Every one is now a clean error naming the expression, or its result.
#[test]
fn deeply_nested_expressions_are_errors_not_crashes() {
    let chain = "a.".repeat(30_000) + "b";
    let maps = "{1:".repeat(20_000) + "1" + &"}".repeat(20_000);
    let parens = "(".repeat(40_000) + "true" + &")".repeat(40_000);
    // An undeclared `a`, a map that is no bool, parentheses past the
    // parser's recursion limit: errors naming them.
    for expression in [&chain, &maps, &parens] {
        let err = cond(expression, &[]).unwrap_err();
        let text: String = err.to_string().chars().take(200).collect();
        assert_eq!(err.expression(), expression.as_str(), "{text}");
        let err = select(expression, &value(json!("x"))).unwrap_err();
        assert_eq!(err.expression(), expression.as_str());
    }
    // Nesting within the limits still evaluates.
    let nested = "(".repeat(20) + "true" + &")".repeat(20);
    assert!(cond(&nested, &[]).unwrap());
}

#[test]
fn an_expression_longer_than_cel_allows_is_refused() {
    let long = format!("{} == 1", "1 + ".repeat(MAX_EXPRESSION_CHARS / 4));
    let err = cond(&long, &[]).unwrap_err();
    assert!(
        matches!(err, ExprError::Compile { .. }) && err.to_string().contains("100000"),
        "{err}"
    );
    assert!(err.expression().len() < 200, "not the whole expression");
}
