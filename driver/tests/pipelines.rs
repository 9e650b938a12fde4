//! DAG and CONTAINER drivers on whole pipelines compiled by the KFP SDK
//! (`../shared/fixtures/kfp/ir`): every driver reads the records earlier
//! drivers and (stand-in) launchers wrote. Each test runs on the in-memory
//! SQLite store and on the real MLMD engine (`make test`, with-mlmd.sh);
//! without MLMD or the fixtures a test skips loudly, or fails under
//! `KFP_REQUIRE_SERVICES=1`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

use std::collections::BTreeMap;

use harness::{fixture, on_every_backend, Backend, Harness};
use kfp_common::proto::ml_pipelines::ExecutorInput;
use kfp_driver::outputs::Condition;
use serde_json::{json, Value as Json};

fn input(ei: &ExecutorInput, name: &str) -> Json {
    ei.inputs
        .as_ref()
        .and_then(|i| i.parameter_values.get(name))
        .map(kfp_common::executor_io::to_json)
        .unwrap_or(Json::Null)
}

fn outputs(pairs: &[(&str, Json)]) -> Result<BTreeMap<String, Json>, String> {
    Ok(pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect())
}

/// Every DAG of the run except the root ends COMPLETE (the root is never
/// updated, as upstream), and no execution is left RUNNING.
async fn assert_all_finished(h: &Harness<'_, impl Backend>) {
    for (id, (task, state)) in h.states().await {
        if id == h.root_id {
            assert_eq!(state, "RUNNING", "the root DAG stays RUNNING (as upstream)");
            continue;
        }
        assert_ne!(state, "RUNNING", "execution {id} ({task}) left RUNNING");
    }
}

async fn collected_parameters_through_a_nested_pipeline_and_a_loop(store: &impl Backend) {
    let Some(p) = fixture("critical__collected_parameters.yaml") else {
        return;
    };
    let behaviour = |task: &str, ei: &ExecutorInput| match task {
        "split-ids" => {
            let ids = input(ei, "ids");
            let list: Vec<Json> = ids.as_str().unwrap().split(',').map(|s| json!(s)).collect();
            outputs(&[("Output", Json::Array(list))])
        }
        "prepend-id" => outputs(&[(
            "Output",
            json!(format!(
                "model_id_{}",
                input(ei, "content").as_str().unwrap()
            )),
        )]),
        _ => outputs(&[("Output", json!("completed"))]),
    };
    let mut h = Harness::new(store, &p, &behaviour);
    h.run(json!({})).await.unwrap();

    // The loop ran once per item, each iteration with its own item.
    assert_eq!(
        h.decisions["collecting-parameters/for-loop-1"].iteration_count,
        Some(3)
    );
    for (i, id) in ["s1", "s2", "s3"].iter().enumerate() {
        assert_eq!(
            h.input(
                &format!("collecting-parameters/for-loop-1[{i}]/prepend-id"),
                "content"
            ),
            json!(id)
        );
        assert_eq!(
            h.input(
                &format!("collecting-parameters/for-loop-1[{i}]/consume-single-id"),
                "id"
            ),
            json!(format!("model_id_{id}"))
        );
    }
    // dsl.Collected inside the nested pipeline, and its output outside it.
    let collected = json!(["model_id_s1", "model_id_s2", "model_id_s3"]);
    assert_eq!(
        h.input("collecting-parameters/consume-ids", "ids"),
        collected
    );
    assert_eq!(h.input("consume-ids", "ids"), collected);
    assert_all_finished(&h).await;
    // O(1) metadata round trips per driver, whatever the nesting (counted
    // on MLMD, the backend with round trips).
    assert_eq!(h.round_trips.is_empty(), store.round_trips().is_none());
    for (task, n) in &h.round_trips {
        assert!(*n <= 8, "driver of {task} made {n} MLMD round trips");
    }
}

async fn conditions_pick_branches_and_skipped_tasks_do_not_block_their_dag(store: &impl Backend) {
    let Some(p) = fixture("critical__flip_coin.yaml") else {
        return;
    };
    let behaviour = |task: &str, ei: &ExecutorInput| {
        let component_outputs = |v: Json| outputs(&[("Output", v)]);
        match task {
            t if t.starts_with("flip-coin") => component_outputs(json!("heads")),
            t if t.starts_with("random-num") => component_outputs(json!(7)),
            _ => {
                let _ = ei;
                outputs(&[])
            }
        }
    };
    let mut h = Harness::new(store, &p, &behaviour);
    h.run(json!({})).await.unwrap();
    let conditions: BTreeMap<&String, Option<Condition>> =
        h.decisions.iter().map(|(k, o)| (k, o.condition)).collect();
    assert!(
        conditions.values().any(|c| *c == Some(Condition::True)),
        "{conditions:?}"
    );
    assert!(
        conditions.values().any(|c| *c == Some(Condition::False)),
        "{conditions:?}"
    );
    assert_all_finished(&h).await;
}

async fn oneof_parameters_take_the_branch_that_ran(store: &impl Backend) {
    let Some(p) = fixture("if_elif_else_with_oneof_parameters.yaml") else {
        return;
    };
    let behaviour = |task: &str, ei: &ExecutorInput| match task {
        "flip-three-sided-die" => outputs(&[("Output", json!("tails"))]),
        "special-print-and-return" => outputs(&[("output_key", input(ei, "text"))]),
        t if t.starts_with("print-and-return") => outputs(&[("Output", input(ei, "text"))]),
        _ => outputs(&[]),
    };
    let mut h = Harness::new(store, &p, &behaviour);
    // The root task would hit the cache entry of the branch task it echoes.
    h.cache_disabled = true;
    h.run(json!({})).await.unwrap();
    // Exactly one branch of If/Elif/Else ran...
    let branches: Vec<&String> = h
        .launches
        .iter()
        .filter(|l| l.task.starts_with("roll-die-pipeline/") && l.task.contains("print-and-return"))
        .map(|l| &l.task)
        .collect();
    assert_eq!(branches.len(), 1, "{branches:?}");
    // ...and the OneOf output outside the nested pipeline is its output.
    let branch_text = h.input(branches[0], "text");
    assert!(branch_text.is_string(), "{branch_text}");
    assert_eq!(h.input("print-and-return", "text"), branch_text);
    assert_all_finished(&h).await;
}

async fn artifacts_flow_between_tasks_with_their_mlmd_ids(store: &impl Backend) {
    let Some(p) = fixture("artifacts_simple.yaml") else {
        return;
    };
    let behaviour = |_: &str, _: &ExecutorInput| outputs(&[]);
    let mut h = Harness::new(store, &p, &behaviour);
    h.run(json!({})).await.unwrap();
    let consumers: Vec<_> = h
        .launches
        .iter()
        .filter(|l| {
            l.executor_input
                .inputs
                .as_ref()
                .is_some_and(|i| !i.artifacts.is_empty())
        })
        .collect();
    assert!(!consumers.is_empty(), "no task received an artifact");
    for l in consumers {
        for (name, list) in &l.executor_input.inputs.as_ref().unwrap().artifacts {
            assert!(!list.artifacts.is_empty(), "{}: {name} empty", l.task);
            for a in &list.artifacts {
                assert!(
                    a.name.parse::<i64>().is_ok(),
                    "artifact name is its MLMD id: {a:?}"
                );
                assert!(a.uri.contains(&h.run_id), "{a:?}");
            }
        }
    }
    assert_all_finished(&h).await;
}

/// An optional pipeline input artifact no run can give (a RuntimeConfig
/// has parameters only): the task wired to it runs without it, as the SDK
/// passes its function None.
async fn an_optional_pipeline_input_artifact_not_given_is_absent(store: &impl Backend) {
    let Some(p) = fixture("components_with_optional_artifacts.yaml") else {
        return;
    };
    let behaviour = |_: &str, _: &ExecutorInput| outputs(&[]);
    let mut h = Harness::new(store, &p, &behaviour);
    // The stand-in cluster runs no importer, so `inner-pipeline` (fed by
    // one) cannot start; every other task runs.
    let e = h.run(json!({})).await.unwrap_err();
    assert!(
        e.contains("task inner-pipeline:") && e.contains("\"importer\""),
        "{e}"
    );
    let printer = h.launched("custom-artifact-printer");
    let inputs = printer.executor_input.inputs.clone().unwrap_or_default();
    assert!(!inputs.artifacts.contains_key("artifact"), "{inputs:?}");
}

async fn a_second_run_hits_the_cache_and_reuses_the_outputs(store: &impl Backend) {
    let Some(p) = fixture("critical__parameter_cache.yaml") else {
        return;
    };
    let behaviour = |_: &str, _: &ExecutorInput| outputs(&[("Output", json!("cached value"))]);
    let mut first = Harness::new(store, &p, &behaviour);
    first.namespace = format!("ns-{}", first.run_id);
    first.run(json!({})).await.unwrap();
    let launched_first = first.launches.len();
    assert!(launched_first > 0);

    let mut second = Harness::new(store, &p, &behaviour);
    second.namespace = first.namespace.clone();
    second.run(json!({})).await.unwrap();
    let cached: Vec<_> = second
        .decisions
        .iter()
        .filter(|(_, o)| o.cached_decision == Some(true))
        .map(|(k, _)| k.clone())
        .collect();
    assert!(
        !cached.is_empty(),
        "nothing hit the cache: {:?}",
        second.decisions
    );
    assert!(second.launches.len() < launched_first);
    assert_all_finished(&second).await;

    // Another namespace does not see the entries.
    let mut other = Harness::new(store, &p, &behaviour);
    other.namespace = format!("other-{}", other.run_id);
    other.run(json!({})).await.unwrap();
    assert_eq!(other.launches.len(), launched_first);
}

async fn a_hit_whose_outputs_are_gone_is_a_miss(store: &impl Backend) {
    let Some(p) = fixture("critical__artifact_cache.yaml") else {
        return;
    };
    let behaviour = |_: &str, _: &ExecutorInput| outputs(&[]);
    let mut first = Harness::new(store, &p, &behaviour);
    first.namespace = format!("ns-{}", first.run_id);
    first.run(json!({})).await.unwrap();
    assert!(!first.launches.is_empty());

    // Same inputs, but every cached output was deleted: nothing is reused.
    let mut second = Harness::new(store, &p, &behaviour);
    second.namespace = first.namespace.clone();
    second.outputs_gone = true;
    second.run(json!({})).await.unwrap();
    assert!(
        second
            .decisions
            .values()
            .all(|o| o.cached_decision != Some(true)),
        "{:?}",
        second.decisions
    );
    assert_eq!(second.launches.len(), first.launches.len());

    // With the outputs in place the same run hits.
    let mut third = Harness::new(store, &p, &behaviour);
    third.namespace = first.namespace.clone();
    third.run(json!({})).await.unwrap();
    assert!(
        third
            .decisions
            .values()
            .any(|o| o.cached_decision == Some(true)),
        "{:?}",
        third.decisions
    );
    assert_all_finished(&third).await;
}

async fn an_exit_handler_sees_the_final_status_of_the_failed_group(store: &impl Backend) {
    let Some(p) = fixture("pipeline_with_task_final_status.yaml") else {
        return;
    };
    let behaviour = |task: &str, _: &ExecutorInput| match task {
        "fail-op" => Err("user code exited 1".to_owned()),
        _ => outputs(&[]),
    };
    let mut h = Harness::new(store, &p, &behaviour);
    h.run(json!({"parameterValues": {"message": "Hello"}}))
        .await
        .unwrap();
    let status = h.input("exit-op", "status");
    assert_eq!(status["state"], json!("FAILED"), "{status}");
    assert_eq!(
        status["pipelineTaskName"],
        json!("exit-handler-1"),
        "{status}"
    );
    assert_eq!(
        status["pipelineJobResourceName"],
        json!(format!("{}-wf", p.name()))
    );
    assert_eq!(h.input("exit-op", "user_input"), json!("Hello"));
    // The failed group is FAILED, not left RUNNING.
    let states = h.states().await;
    assert!(
        states
            .values()
            .any(|(task, state)| task == "exit-handler-1" && state == "FAILED"),
        "{states:?}"
    );
}

async fn unset_optional_inputs_of_a_nested_pipeline_stay_unset(store: &impl Backend) {
    let Some(p) = fixture("parallel_and_nested__nested_pipeline_opt_inputs_nil_compiled.yaml")
    else {
        return;
    };
    let behaviour = |_: &str, _: &ExecutorInput| outputs(&[]);
    let mut h = Harness::new(store, &p, &behaviour);
    h.run(json!({})).await.unwrap();
    for task in ["component-bool", "component-int", "component-str"] {
        let launched = h.launched(&format!("nested-pipeline/{task}"));
        let inputs = launched.executor_input.inputs.clone().unwrap_or_default();
        assert!(
            !inputs.parameter_values.contains_key("componentInput"),
            "{task}: an optional input whose value is null is left to the launcher: {inputs:?}"
        );
    }
    assert_all_finished(&h).await;
}

/// Every artifact a task receives carries its MLMD type as `schemaTitle`
/// (with the version its consumer declares): the KFP executor builds each
/// element of a `dsl.Collected` list (`Input[List[Dataset]]`) from the
/// title alone, whether the list comes straight from a loop, through a
/// nested pipeline's input, or out of a DAG's outputs.
async fn collected_artifacts_carry_their_type(store: &impl Backend) {
    for (name, params) in [
        ("artifacts_simple.yaml", json!({})),
        (
            "artifacts_complex.yaml",
            json!({"parameterValues": {"threshold": 2}}),
        ),
    ] {
        let Some(p) = fixture(name) else {
            return;
        };
        let behaviour = |_: &str, _: &ExecutorInput| outputs(&[]);
        let mut h = Harness::new(store, &p, &behaviour);
        // `double` and `double-2` are the same container with the same
        // input: a cache hit would hand both lists one artifact, which a DAG
        // execution cannot record twice (not what this test is about).
        h.cache_disabled = true;
        h.run(params).await.unwrap();
        let mut lists = 0;
        for l in &h.launches {
            let Some(inputs) = &l.executor_input.inputs else {
                continue;
            };
            for (input, list) in &inputs.artifacts {
                lists += 1;
                for a in &list.artifacts {
                    assert_eq!(
                        a.r#type.as_ref().map(|t| serde_json::to_value(t).unwrap()),
                        Some(json!({"schemaTitle": "system.Dataset", "schemaVersion": "0.0.1"})),
                        "{name}: {} input {input}: {a:?}",
                        l.task
                    );
                }
            }
        }
        assert!(lists > 0, "{name}: no task received an artifact");
        assert_all_finished(&h).await;
    }
}

async fn collected_artifacts_reach_the_consumer_as_one_list(store: &impl Backend) {
    let Some(p) = fixture("local_execution__pipeline_with_collected_artifacts.yaml") else {
        return;
    };
    let behaviour = |task: &str, _: &ExecutorInput| match task {
        "read-and-join" => outputs(&[("Output", json!("joined"))]),
        _ => outputs(&[]),
    };
    let mut h = Harness::new(store, &p, &behaviour);
    h.run(json!({})).await.unwrap();
    assert_eq!(h.decisions["for-loop-2"].iteration_count, Some(3));
    let join = h.launched("read-and-join");
    let list = &join.executor_input.inputs.as_ref().unwrap().artifacts["artifacts"].artifacts;
    assert_eq!(list.len(), 3, "one artifact per iteration: {list:?}");
    let mut ids: Vec<i64> = list.iter().map(|a| a.name.parse().unwrap()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3, "three distinct MLMD artifacts");
    // In iteration order: each the output of that iteration's task.
    for (i, a) in list.iter().enumerate() {
        let producer = h.launched(&format!("for-loop-2[{i}]/write-artifact"));
        let provisioned =
            &producer.executor_input.outputs.as_ref().unwrap().artifacts["out"].artifacts[0].uri;
        assert_eq!(&a.uri, provisioned, "iteration {i}");
    }
    assert_all_finished(&h).await;
}

/// A loop nested in a loop over the same pipeline input: each outer
/// iteration passes the whole list on to the inner loop (the items input
/// stays in the iteration's inputs when the body is wired to it), so every
/// inner iteration runs with its item.
async fn a_loop_in_a_loop_over_the_same_list_gets_the_list(store: &impl Backend) {
    let Some(p) = fixture("pipeline_with_parallelfor_parallelism.yaml") else {
        return;
    };
    let behaviour = |task: &str, _: &ExecutorInput| {
        if task.contains("list-dict-maker") {
            outputs(&[("Output", json!([{"a": 1, "b": 2}, {"a": 2, "b": 3}]))])
        } else {
            outputs(&[])
        }
    };
    let mut h = Harness::new(store, &p, &behaviour);
    // Every outer iteration prints the same items: count launches, not hits.
    h.cache_disabled = true;
    h.run(json!({"parameterValues": {"loop_parameter": ["a", "b", "c"]}}))
        .await
        .unwrap();
    let mut printed: Vec<Json> = h
        .launches
        .iter()
        .filter(|l| l.task.ends_with("/print-text-2"))
        .map(|l| input(&l.executor_input, "msg"))
        .collect();
    printed.sort_by_key(|m| m.to_string());
    let expected: Vec<Json> = ["a", "a", "a", "b", "b", "b", "c", "c", "c"]
        .into_iter()
        .map(Json::from)
        .collect();
    assert_eq!(printed, expected, "3 outer x 3 inner iterations");
    assert_all_finished(&h).await;
}

async fn oneof_artifacts_come_from_the_branch_that_ran(store: &impl Backend) {
    let Some(p) = fixture("critical__if_else_with_oneof_artifacts.yaml") else {
        return;
    };
    let behaviour = |task: &str, _: &ExecutorInput| match task {
        "flip-coin" => outputs(&[("Output", json!("tails"))]),
        _ => outputs(&[]),
    };
    let mut h = Harness::new(store, &p, &behaviour);
    // The root's print-artifact would hit the cache entry of the nested one
    // (same component, same input artifact): it must run to be observed.
    h.cache_disabled = true;
    h.run(json!({})).await.unwrap();
    let printed = h.launched("print-artifact");
    let list = &printed.executor_input.inputs.as_ref().unwrap().artifacts["a"].artifacts;
    assert_eq!(list.len(), 1, "{list:?}");
    let ran: Vec<&String> = h
        .launches
        .iter()
        .filter(|l| l.task.contains("param-to-artifact"))
        .map(|l| &l.task)
        .collect();
    assert_eq!(ran.len(), 1, "only one branch ran: {ran:?}");
    let producer = h.launched(ran[0]);
    let provisioned =
        &producer.executor_input.outputs.as_ref().unwrap().artifacts["a"].artifacts[0].uri;
    assert_eq!(&list[0].uri, provisioned);
    assert_all_finished(&h).await;
}

async fn cache_entries_through_the_kfp_api_task_service(store: &impl Backend) {
    use kfp_common::{
        cache::{api::fake::FakeTaskService, ApiTaskCache},
        metadata::{keys, value},
        proto::api::Task,
    };
    let Some(p) = fixture("critical__parameter_cache.yaml") else {
        return;
    };
    let fake = FakeTaskService::start().await.unwrap();
    let api = ApiTaskCache::connect(
        &fake.address().ip().to_string(),
        fake.address().port(),
        None,
    )
    .await
    .unwrap();
    let behaviour = |_: &str, _: &ExecutorInput| outputs(&[("Output", json!("v"))]);
    let mut first = Harness::new(store, &p, &behaviour);
    first.api = Some(&api);
    first.run(json!({})).await.unwrap();
    assert!(!first.launches.is_empty());
    // What the launcher stores after each success (its own tests cover
    // CreateTaskV1): an entry per cached task of the first run.
    for launch in &first.launches {
        let e = store
            .get_executions(&[launch.execution_id])
            .await
            .unwrap()
            .remove(0);
        let Some(fp) = e
            .custom_properties
            .get(keys::CACHE_FINGERPRINT)
            .and_then(value::as_str)
        else {
            continue;
        };
        fake.insert(Task {
            pipeline_name: format!("pipeline/{}", p.name()),
            namespace: first.namespace.clone(),
            run_id: first.run_id.clone(),
            mlmd_execution_id: launch.execution_id.to_string(),
            fingerprint: fp.to_owned(),
            ..Default::default()
        });
    }
    let lookups = fake.calls(kfp_common::cache::api::fake::FakeRpc::ListTasks);
    assert!(lookups > 0, "the first run looked its tasks up");

    let mut second = Harness::new(store, &p, &behaviour);
    second.api = Some(&api);
    second.namespace = first.namespace.clone();
    second.run(json!({})).await.unwrap();
    assert!(
        second.launches.is_empty(),
        "every task hit: {:?}",
        second.decisions
    );
    let filter = fake.last_list_request().unwrap().filter;
    for wanted in [
        "fingerprint".to_owned(),
        format!("pipeline/{}", p.name()),
        first.namespace.clone(),
    ] {
        assert!(filter.contains(&wanted), "{filter}");
    }
    assert_all_finished(&second).await;
}

/// One of this repository's SDK-compiled pipelines (`e2e/pipelines/whole`).
fn whole(name: &str) -> kfp_common::ir::Pipeline {
    harness::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../e2e/pipelines/whole")
            .join(name),
    )
}

/// `ignore_upstream_failure()` consumers of a task that fails before writing
/// any output: each runs, with its inputs' defaults (left to the launcher
/// for a container, set by the DAG driver for a nested pipeline); one whose
/// producers completed gets their values.
async fn ignore_upstream_failure_consumers_run_with_their_defaults(store: &impl Backend) {
    let p = whole("upstream_failure.yaml");
    let behaviour = |task: &str, ei: &ExecutorInput| match task {
        "breaks" => Err("failing on purpose before any output".to_owned()),
        "echo" => outputs(&[("Output", input(ei, "text"))]),
        _ => outputs(&[("Output", json!("done"))]),
    };
    let mut h = Harness::new(store, &p, &behaviour);
    h.run(json!({"parameterValues": {"msg": "boom"}}))
        .await
        .unwrap();
    let inputs = |label: &str| h.launched(label).executor_input.inputs.clone().unwrap();
    let received = inputs("received");
    assert!(
        received.parameter_values.is_empty() && received.artifacts.is_empty(),
        "nothing from the failed producer; the launcher applies the defaults: {received:?}"
    );
    assert_eq!(
        h.input("received-nested/received", "text"),
        json!("nested-fallback")
    );
    assert_eq!(h.input("received-2", "text"), json!("boom"));
    assert_eq!(h.input("received-2", "count"), json!(5));
    let data = &inputs("received-2").artifacts["data"].artifacts;
    let made = &h
        .launched("make-data")
        .executor_input
        .outputs
        .clone()
        .unwrap()
        .artifacts["data"]
        .artifacts[0]
        .uri;
    assert_eq!(data.len(), 1);
    assert_eq!(&data[0].uri, made);
    let states: BTreeMap<String, String> = h.states().await.into_values().collect();
    assert_eq!(states["breaks"], "FAILED");
    for task in ["received", "received-2", "received-nested"] {
        assert_eq!(states[task], "COMPLETE", "{task}: {states:?}");
    }
}

/// `dsl.Collected` over a loop nested in a loop: a `List[List[int]]`, one
/// list per outer iteration in iteration order; a Collected inside the
/// outer loop gets its own iteration's flat list; artifacts one flat list.
async fn collected_over_nested_loops_keeps_one_list_per_loop_level(store: &impl Backend) {
    let p = whole("nested_collected.yaml");
    fn number(ei: &ExecutorInput, name: &str) -> i64 {
        input(ei, name).as_f64().unwrap() as i64
    }
    let behaviour = |task: &str, ei: &ExecutorInput| match task {
        "mul" => outputs(&[("Output", json!(number(ei, "x") * number(ei, "y")))]),
        "total" | "total-2" => {
            let values = input(ei, "values");
            let sum: f64 = values
                .as_array()
                .unwrap_or_else(|| panic!("{task}: not a list: {values}"))
                .iter()
                .map(|v| {
                    v.as_f64()
                        .unwrap_or_else(|| panic!("{task}: nested: {values}"))
                })
                .sum();
            outputs(&[("Output", json!(sum as i64))])
        }
        _ => outputs(&[("Output", json!("done"))]),
    };
    let mut h = Harness::new(store, &p, &behaviour);
    h.run(json!({})).await.unwrap();
    assert_eq!(
        h.input("grid", "rows"),
        json!([[10, 20], [20, 40], [30, 60]]),
        "one list per outer iteration, not upstream's flat list"
    );
    for i in 0..3 {
        assert_eq!(
            h.input(&format!("for-loop-2[{i}]/total"), "values"),
            json!([10 * (i + 1), 20 * (i + 1)])
        );
    }
    assert_eq!(h.input("total-2", "values"), json!([30, 60, 90]));
    let joined = &h
        .launched("join-items")
        .executor_input
        .inputs
        .clone()
        .unwrap()
        .artifacts["items"]
        .artifacts;
    let mut expected = Vec::new();
    for i in 0..3 {
        for j in 0..2 {
            let w = h.launched(&format!("for-loop-2[{i}]/for-loop-4[{j}]/write-product"));
            expected.push(
                w.executor_input.outputs.clone().unwrap().artifacts["item"].artifacts[0]
                    .uri
                    .clone(),
            );
        }
    }
    let got: Vec<String> = joined.iter().map(|a| a.uri.clone()).collect();
    assert_eq!(got, expected, "one flat list, outer iteration first");
    assert_all_finished(&h).await;
}

on_every_backend!(
    ignore_upstream_failure_consumers_run_with_their_defaults,
    collected_over_nested_loops_keeps_one_list_per_loop_level,
    collected_artifacts_carry_their_type,
    collected_parameters_through_a_nested_pipeline_and_a_loop,
    conditions_pick_branches_and_skipped_tasks_do_not_block_their_dag,
    oneof_parameters_take_the_branch_that_ran,
    a_loop_in_a_loop_over_the_same_list_gets_the_list,
    artifacts_flow_between_tasks_with_their_mlmd_ids,
    a_second_run_hits_the_cache_and_reuses_the_outputs,
    a_hit_whose_outputs_are_gone_is_a_miss,
    an_exit_handler_sees_the_final_status_of_the_failed_group,
    an_optional_pipeline_input_artifact_not_given_is_absent,
    unset_optional_inputs_of_a_nested_pipeline_stay_unset,
    collected_artifacts_reach_the_consumer_as_one_list,
    oneof_artifacts_come_from_the_branch_that_ran,
    cache_entries_through_the_kfp_api_task_service,
);
