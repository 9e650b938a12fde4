//! Resolving a `dsl.Collected` input costs a constant number of MLMD round
//! trips whatever the ParallelFor width (upstream walks the DAG once per
//! input, #14337). The pipeline is the SDK's
//! `critical__collected_parameters`: a nested pipeline whose loop collects
//! `prepend-id` outputs, consumed inside and outside the nested pipeline.
//! Width 10 runs every driver; wider loops get their iterations recorded
//! directly (the records the iteration DAG drivers and launchers write), so
//! the test stays fast. Prints the figures `BENCHMARKS.md` quotes
//! (`make bench-driver`); asserts only the round-trip bound. MLMD only:
//! round trips are the engine's.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

use std::collections::BTreeMap;

use harness::{connect, fixture, mlmd, Harness};
use kfp_common::{ir::Pipeline, metadata::grpc::MlmdStore};
use kfp_common::{
    metadata::{keys, types, value, MetadataBackend, NewExecution, PublishedArtifact},
    proto::{
        ml_metadata::execution::State,
        ml_pipelines::{component_spec::Implementation, ExecutorInput},
        wkt::Struct,
    },
};
use serde_json::{json, Value as Json};

const BOUND: u64 = 8;

fn behaviour(task: &str, ei: &ExecutorInput) -> Result<BTreeMap<String, Json>, String> {
    let input = |name: &str| {
        ei.inputs
            .as_ref()
            .and_then(|i| i.parameter_values.get(name))
            .map(kfp_common::executor_io::to_json)
            .unwrap_or(Json::Null)
    };
    let out = match task {
        "split-ids" => Json::Array(
            input("ids")
                .as_str()
                .unwrap()
                .split(',')
                .map(|s| json!(s))
                .collect(),
        ),
        "prepend-id" => json!(format!("model_id_{}", input("content").as_str().unwrap())),
        _ => json!("completed"),
    };
    Ok([("Output".to_owned(), out)].into())
}

/// Record iteration `i` of loop DAG `loop_id` as the iteration driver and
/// the `prepend-id` launcher would: the iteration DAG, and its task
/// COMPLETE with its output.
async fn record_iteration(
    store: &MlmdStore,
    run: &kfp_common::metadata::RunContexts,
    loop_dag: &kfp_common::proto::ml_metadata::Execution,
    i: i64,
    item: &str,
) -> i64 {
    let mut props = loop_dag.custom_properties.clone();
    props.remove(keys::ITERATION_COUNT);
    props.insert(keys::ITERATION_INDEX.into(), value::int(i));
    props.insert(keys::PARENT_DAG_ID.into(), value::int(loop_dag.id.unwrap()));
    let iteration = store
        .create_execution(
            run,
            NewExecution {
                type_name: types::DAG_EXECUTION.into(),
                state: Some(State::Running),
                custom_properties: props,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let task_props = [
        (keys::TASK_NAME, value::string("prepend-id")),
        (keys::DISPLAY_NAME, value::string("prepend-id")),
        (keys::PARENT_DAG_ID, value::int(iteration.id.unwrap())),
        (
            keys::INPUTS,
            value::structure(Struct {
                fields: [(
                    "content".to_owned(),
                    kfp_common::executor_io::from_json(json!(item)),
                )]
                .into(),
            }),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let mut task = store
        .create_execution(
            run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.into(),
                state: Some(State::Running),
                custom_properties: task_props,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    task.last_known_state = Some(State::Complete as i32);
    task.custom_properties.insert(
        keys::OUTPUTS.into(),
        value::structure(Struct {
            fields: [(
                "Output".to_owned(),
                kfp_common::executor_io::from_json(json!(format!("model_id_{item}"))),
            )]
            .into(),
        }),
    );
    store
        .publish(run, &task, &[] as &[(String, PublishedArtifact)])
        .await
        .unwrap();
    iteration.id.unwrap()
}

/// Round trips and driver wall time of the Collected consumer, and of a
/// task inside the last iteration (which reads its siblings only).
/// Round trips and wall ms of the Collected consumer's driver and of a task
/// inside the last iteration, and the Collected consumer's command line.
type Width = ((u64, u128), (u64, u128), Vec<String>);

async fn width(mlmd: &MlmdStore, p: &Pipeline, n: usize) -> Width {
    let behaviour = behaviour;
    let mut h = Harness::new(mlmd, p, &behaviour);
    h.root(json!({})).await.unwrap();
    let root_component = p.root().unwrap().clone();
    let Some(Implementation::Dag(root_dag)) = &root_component.implementation else {
        panic!()
    };
    let outer_task = root_dag.tasks["collecting-parameters"].clone();
    let outer_component = p
        .component_of("collecting-parameters", &outer_task)
        .unwrap()
        .clone();
    let outer = h
        .dag(
            "collecting-parameters",
            "collecting-parameters",
            &serde_json::to_string(&outer_task).unwrap(),
            &serde_json::to_string(&outer_component).unwrap(),
            h.root_id,
            -1,
        )
        .await
        .unwrap();
    let outer_id = outer.execution_id.unwrap();
    let Some(Implementation::Dag(outer_dag)) = &outer_component.implementation else {
        panic!()
    };
    let ids: Vec<String> = (0..n).map(|i| format!("s{i}")).collect();
    // split-ids with the ids of this width (a stand-in for the component input).
    let split = outer_dag.tasks["split-ids"].clone();
    let split_component = p.component_of("split-ids", &split).unwrap().clone();
    let mut split_task = split.clone();
    split_task.inputs.as_mut().unwrap().parameters.insert(
        "ids".into(),
        serde_json::from_value(json!({"runtimeValue": {"constant": ids.join(",")}})).unwrap(),
    );
    h.container(
        "collecting-parameters/split-ids",
        "split-ids",
        &split_task,
        &split_component,
        outer_id,
    )
    .await
    .unwrap();

    let loop_task = outer_dag.tasks["for-loop-1"].clone();
    let loop_component = p.component_of("for-loop-1", &loop_task).unwrap().clone();
    let looped = h
        .dag(
            "collecting-parameters/for-loop-1",
            "for-loop-1",
            &serde_json::to_string(&loop_task).unwrap(),
            &serde_json::to_string(&loop_component).unwrap(),
            outer_id,
            -1,
        )
        .await
        .unwrap();
    assert_eq!(looped.iteration_count, Some(n as i64));
    let loop_id = looped.execution_id.unwrap();

    let store = connect().await;
    let (loop_dag, run) = store.open_execution(loop_id).await.unwrap();
    let Some(Implementation::Dag(loop_dag_spec)) = &loop_component.implementation else {
        panic!()
    };
    let mut last_iteration = 0;
    if n <= 10 {
        // Every iteration through the real drivers.
        for i in 0..n as i64 {
            let it = h
                .dag(
                    &format!("for-loop-1[{i}]"),
                    "for-loop-1",
                    &serde_json::to_string(&loop_task).unwrap(),
                    &serde_json::to_string(&loop_component).unwrap(),
                    loop_id,
                    i,
                )
                .await
                .unwrap();
            let prepend = loop_dag_spec.tasks["prepend-id"].clone();
            let prepend_component = p.component_of("prepend-id", &prepend).unwrap().clone();
            h.container(
                &format!("for-loop-1[{i}]/prepend-id"),
                "prepend-id",
                &prepend,
                &prepend_component,
                it.execution_id.unwrap(),
            )
            .await
            .unwrap();
            last_iteration = it.execution_id.unwrap();
        }
    } else {
        for (i, item) in ids.iter().enumerate() {
            last_iteration = record_iteration(&store, &run, &loop_dag, i as i64, item).await;
        }
    }

    // A task inside one iteration, consuming its sibling's output.
    let single = loop_dag_spec.tasks["consume-single-id"].clone();
    let single_component = p
        .component_of("consume-single-id", &single)
        .unwrap()
        .clone();
    h.container(
        "inner",
        "consume-single-id",
        &single,
        &single_component,
        last_iteration,
    )
    .await
    .unwrap();
    assert_eq!(
        h.input("inner", "id"),
        json!(format!("model_id_s{}", n - 1))
    );
    let inner = (h.round_trips["inner"], h.wall["inner"].as_millis());

    // The consumer of the collected outputs, inside the nested pipeline.
    let consume = outer_dag.tasks["consume-ids"].clone();
    let consume_component = p.component_of("consume-ids", &consume).unwrap().clone();
    h.container(
        "collecting-parameters/consume-ids",
        "consume-ids",
        &consume,
        &consume_component,
        outer_id,
    )
    .await
    .unwrap();
    let wall = h.wall["collecting-parameters/consume-ids"].as_millis();
    let received = h.input("collecting-parameters/consume-ids", "ids");
    let expected: Vec<Json> = ids
        .iter()
        .map(|id| json!(format!("model_id_{id}")))
        .collect();
    assert_eq!(received, Json::Array(expected), "width {n}");
    (
        (h.round_trips["collecting-parameters/consume-ids"], wall),
        inner,
        h.command("collecting-parameters/consume-ids").to_vec(),
    )
}

#[tokio::test]
async fn collected_input_costs_constant_round_trips_at_widths_10_100_1000() {
    let (Some(mlmd), Some(p)) = (mlmd().await, fixture("critical__collected_parameters.yaml"))
    else {
        return;
    };
    for n in [10, 100, 1000] {
        let ((rpcs, wall), (inner_rpcs, inner_wall), _) = width(&mlmd, &p, n).await;
        println!(
            "driver-scale: width {n}: collected {rpcs} {wall} inner {inner_rpcs} {inner_wall}"
        );
        assert!(rpcs <= BOUND, "width {n}: {rpcs} round trips > {BOUND}");
        assert!(
            inner_rpcs <= BOUND,
            "width {n}: inner task {inner_rpcs} round trips > {BOUND}"
        );
    }
}

/// Load (`make bench-load`, not `make test`): `KFP_BENCH_DRIVERS` (50) real
/// `driver` processes started at once, each resolving the Collected input
/// at width `KFP_BENCH_WIDTH` (1000) against one MLMD engine, as that many
/// driver pods of concurrent runs would. Prints one `driver-load:` line:
/// total and per-driver wall, failures, round trips and retries per driver.
#[tokio::test]
#[ignore = "a benchmark: make bench-load"]
async fn concurrent_drivers_resolve_a_collected_input() {
    let (Some(mlmd), Some(p)) = (mlmd().await, fixture("critical__collected_parameters.yaml"))
    else {
        return;
    };
    let number = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (drivers, n) = (
        number("KFP_BENCH_DRIVERS", 50),
        number("KFP_BENCH_WIDTH", 1000),
    );
    let (_, _, mut command) = width(&mlmd, &p, n).await;
    let (host, port) = (
        std::env::var("KFP_MLMD_HOST").unwrap(),
        std::env::var("KFP_MLMD_PORT").unwrap(),
    );
    for (flag, value) in [
        ("--mlmd_server_address", host),
        ("--mlmd_server_port", port),
    ] {
        let at = command.iter().position(|a| a == flag).unwrap();
        command[at + 1] = value;
    }
    let started = std::time::Instant::now();
    let children: Vec<_> = (0..drivers)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_driver"))
                .args(&command)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let ended: Vec<(std::time::Duration, bool, String)> = std::thread::scope(|scope| {
        let waits: Vec<_> = children
            .into_iter()
            .map(|child| {
                scope.spawn(move || {
                    let out = child.wait_with_output().unwrap();
                    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
                    (started.elapsed(), out.status.success(), stderr)
                })
            })
            .collect();
        waits.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let total = started.elapsed();
    let mut walls: Vec<u128> = ended.iter().map(|(d, _, _)| d.as_millis()).collect();
    walls.sort_unstable();
    let failed = ended.iter().filter(|(_, ok, _)| !ok).count();
    let field = |text: &str, key: &str| -> Option<u64> {
        let rest = &text[text.find(key)? + key.len()..];
        let digits: String = rest
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    };
    let mut trips: Vec<u64> = ended
        .iter()
        .filter_map(|(_, _, e)| field(e, "mlmd_round_trips"))
        .collect();
    trips.sort_unstable();
    let retries: usize = ended
        .iter()
        .map(|(_, _, e)| e.matches("retrying").count())
        .sum();
    for (_, ok, stderr) in &ended {
        if !ok {
            eprintln!("a driver failed:\n{stderr}");
        }
    }
    let pct = |q: f64| walls[((walls.len() - 1) as f64 * q).round() as usize];
    println!(
        "driver-load: drivers {drivers} width {n} total_ms {} p50_ms {} p99_ms {} max_ms {} failed {failed} trips {} {} {} retries {retries}",
        total.as_millis(),
        pct(0.5),
        pct(0.99),
        walls[walls.len() - 1],
        trips.first().unwrap_or(&0),
        trips.get(trips.len() / 2).unwrap_or(&0),
        trips.last().unwrap_or(&0),
    );
    assert_eq!(failed, 0, "every driver succeeds");
    assert!(
        trips.len() == drivers && trips.iter().all(|&t| t <= BOUND),
        "round trips per driver stay bounded under load: {trips:?}"
    );
}
