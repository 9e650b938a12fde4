#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `launcher local run PIPELINE.yaml` without `--task`: whole pipelines
//! through the real binary, the driver library and one launcher process per
//! task, on the embedded store. The SDK-compiled pipelines of
//! `e2e/pipelines/whole/` run their lightweight Python steps with the real
//! KFP SDK executor (`KFP_VENV`, set by `make test`).

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

use kfp_common::{
    metadata::{keys, sqlite::SqliteStore, value, MetadataBackend},
    proto::ml_metadata::execution::State,
};
use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A run with `--json`: the summary, and the process output.
fn run(home: &Path, pipeline: &Path, extra: &[&str], venv: Option<&Path>) -> (Value, Output) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_launcher"));
    cmd.args(["local", "run"])
        .arg(pipeline)
        .arg("--home")
        .arg(home)
        .arg("--json")
        .args(extra);
    if let Some(v) = venv {
        cmd.env(
            "PATH",
            format!(
                "{}:{}",
                v.join("bin").display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("PIP_NO_INDEX", "1");
    }
    let out = cmd.output().unwrap();
    let summary = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (summary, out)
}

/// KFP's fixture `name` run whole, its steps on the installed SDK
/// ([`kfp_common::test_util::fixture_on_kfp_venv`]); `None` after a skip.
fn run_fixture(name: &str, extra: &[&str]) -> Option<(Value, Output)> {
    let dir = kfp_common::test_util::ir_fixtures()?;
    let scratch = tempfile::tempdir().unwrap();
    let (path, venv) = kfp_common::test_util::fixture_on_kfp_venv(
        &dir.join(format!("{name}.yaml")),
        scratch.path(),
    )?;
    Some(run(&scratch.path().join("home"), &path, extra, Some(&venv)))
}

/// `e2e/pipelines/whole/<name>.yaml` run whole in a fresh home on the
/// installed SDK, which must succeed; its summary, or `None` after a skip.
fn run_whole(name: &str) -> Option<Value> {
    let venv = venv()?;
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join(format!("e2e/pipelines/whole/{name}.yaml"));
    let (summary, out) = run(home.path(), &pipeline, &[], Some(&venv));
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{name}: {:#}\n{log}",
        summary["tasks"]
    );
    Some(summary)
}

fn states(summary: &Value) -> Vec<(String, String)> {
    summary["tasks"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, t)| (k.clone(), t["state"].as_str().unwrap().to_owned()))
        .collect()
}

fn state<'a>(summary: &'a Value, task: &str) -> &'a str {
    summary["tasks"][task]["state"]
        .as_str()
        .unwrap_or_else(|| panic!("no task {task} in {:#}", summary["tasks"]))
}

fn output<'a>(summary: &'a Value, task: &str) -> &'a Value {
    &summary["tasks"][task]["outputs"]["parameters"]["Output"]
}

fn venv() -> Option<PathBuf> {
    kfp_common::test_util::kfp_venv()
}

/// Task outputs used only as resource fields (`set_cpu_limit(task.output)`
/// and the like, pipeline_with_string_machine_fields_task_output): the SDK
/// leaves the producers out of `dependentTasks`, and the consumer still
/// waits for them, so the run ends whole.
#[test]
fn producers_of_resource_fields_run_first() {
    let Some((summary, out)) = run_fixture("pipeline_with_string_machine_fields_task_output", &[])
    else {
        return;
    };
    assert!(
        out.status.success(),
        "{:#}\n{}",
        summary["tasks"],
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(state(&summary, "sum-numbers"), "COMPLETE");
}

#[tokio::test]
async fn shell_pipeline_runs_whole_then_from_cache() {
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("examples/word_count.yaml");
    let args = ["--param", "message=one two three", "--param", "repeat=2"];
    let (first, out) = run(home.path(), &pipeline, &args, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        states(&first),
        [
            ("count-words".into(), "COMPLETE".into()),
            ("make-text".into(), "COMPLETE".into()),
            ("report".into(), "COMPLETE".into()),
        ]
    );
    let counted = &first["tasks"]["count-words"]["outputs"]["parameters"];
    assert_eq!(counted["words"], 6);
    assert_eq!(counted["lines"], 2);
    let summary = &first["tasks"]["report"]["outputs"]["artifacts"]["summary"][0];
    let local = PathBuf::from(summary["local"].as_str().unwrap());
    assert!(std::fs::read_to_string(local)
        .unwrap()
        .contains("**6** words"));

    // The same run again is all cache hits, with the first run's outputs.
    let (second, out) = run(home.path(), &pipeline, &args, None);
    assert!(out.status.success());
    for (task, s) in states(&second) {
        assert_eq!(s, "CACHED", "{task}");
    }
    assert_eq!(
        second["tasks"]["report"]["outputs"]["artifacts"]["summary"][0]["uri"],
        summary["uri"]
    );
    // Different input: a miss where the fingerprint changes.
    let (third, _) = run(
        home.path(),
        &pipeline,
        &[
            "--param",
            "message=four",
            "--param",
            "repeat=2",
            "--no-cache",
        ],
        None,
    );
    assert_eq!(state(&third, "make-text"), "COMPLETE");
    assert_eq!(
        third["tasks"]["count-words"]["outputs"]["parameters"]["words"],
        2
    );

    // Lineage: the root DAG carries the run's terminal state (upstream
    // leaves it RUNNING), children point at it.
    let store = SqliteStore::open(&home.path().join("metadata.sqlite")).unwrap();
    let run_id = first["run_id"].as_str().unwrap();
    let run = store.get_run("word-count", run_id).await.unwrap().unwrap();
    let executions = store.run_executions(&run, &[]).await.unwrap();
    let root = executions
        .iter()
        .find(|e| e.name.as_deref() == Some(&format!("run/{run_id}")))
        .unwrap();
    assert_eq!(root.last_known_state, Some(State::Complete as i32));
    let session = run
        .run
        .custom_properties
        .get(keys::STORE_SESSION_INFO)
        .and_then(value::as_str)
        .unwrap();
    assert!(session.contains("\"local\""), "{session}");
    assert_eq!(executions.len(), 4, "root DAG and three tasks");
}

#[test]
fn bad_input_names_the_parameter_and_records_nothing() {
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("e2e/pipelines/whole/everything.yaml");
    let out = Command::new(env!("CARGO_BIN_EXE_launcher"))
        .args(["local", "run"])
        .arg(&pipeline)
        .arg("--home")
        .arg(home.path())
        .args(["--param", "nope=1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--param nope"), "{err}");
    assert!(!home.path().join("runs").exists(), "nothing ran");

    // A pipeline input without a default must be given.
    let fixture =
        workspace().join("../shared/fixtures/kfp/ir/pipeline_with_parallelfor_parallelism.yaml");
    if kfp_common::test_util::ir_fixtures().is_some() {
        let out = Command::new(env!("CARGO_BIN_EXE_launcher"))
            .args(["local", "run"])
            .arg(&fixture)
            .arg("--home")
            .arg(home.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--param loop_parameter=VALUE"), "{err}");
    }
}

/// Every feature of `e2e/pipelines/whole.py`'s `everything`, then the same
/// run again from the cache.
#[tokio::test]
async fn sdk_pipeline_with_every_feature_runs_whole() {
    let Some(venv) = venv() else { return };
    let home = tempfile::tempdir().unwrap();
    // The importer's URI, in the home's local bucket.
    let imported = home
        .path()
        .join("objects/minio/mlpipeline/e2e-imports/hello.txt");
    std::fs::create_dir_all(imported.parent().unwrap()).unwrap();
    std::fs::write(&imported, "hello import\n").unwrap();
    let pipeline = workspace().join("e2e/pipelines/whole/everything.yaml");
    let (first, out) = run(home.path(), &pipeline, &["--parallelism", "2"], Some(&venv));
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:#}\n{log}", first["tasks"]);

    let described: Value =
        serde_json::from_str(output(&first, "describe").as_str().unwrap()).unwrap();
    assert_eq!(
        described,
        serde_json::json!({"s": "text", "i": 3, "f": 0.5, "b": true, "d": {"k": 1}, "l": ["x", "y"]})
    );
    // Dataset -> Model -> Metrics.
    assert_eq!(output(&first, "train"), 2.0);
    let data = &first["tasks"]["make-data"]["outputs"]["artifacts"]["data"][0];
    assert!(data["digest"].as_str().unwrap().starts_with("sha256:"));
    assert_eq!(state(&first, "evaluate"), "COMPLETE");
    // Concat / IfPresent / OutputPath, with and without the optional input;
    // IfPresent branches that are a Concat, alone or in a list.
    assert_eq!(
        first["tasks"]["shout"]["outputs"]["parameters"]["out"],
        "text-! +! [!]"
    );
    assert_eq!(
        first["tasks"]["shout-2"]["outputs"]["parameters"]["out"],
        "text +none"
    );
    // ParallelFor with Collected parameters and artifacts, in order.
    for i in 0..3 {
        assert_eq!(
            output(&first, &format!("for-loop-2/iteration-{i}/square")),
            (i + 1) * (i + 1)
        );
    }
    assert_eq!(output(&first, "total"), 14);
    assert_eq!(output(&first, "join-items"), "1,2,3");
    // A nested pipeline with If / Elif / Else: one branch ran.
    assert_eq!(output(&first, "inner/grade"), "high");
    assert_eq!(
        output(&first, "inner/condition-branches-1/condition-2/label"),
        "grade:high"
    );
    for skipped in ["condition-3", "condition-4"] {
        assert_eq!(
            state(&first, &format!("inner/condition-branches-1/{skipped}")),
            "SKIPPED"
        );
    }
    // The importer, and its artifact read downstream.
    assert_eq!(state(&first, "importer"), "COMPLETE");
    assert_eq!(output(&first, "read-imported"), "hello import");
    // A retry: the first attempt failed, the second published COMPLETE
    // without the first attempt's error.
    assert_eq!(output(&first, "flaky"), "text on attempt 1");
    assert!(
        first["tasks"]["flaky"].get("error").is_none(),
        "{:#}",
        first["tasks"]["flaky"]
    );

    // Again: every cacheable task is a hit; the one with caching off runs.
    let (second, out) = run(home.path(), &pipeline, &[], Some(&venv));
    assert!(out.status.success());
    for (task, s) in states(&second) {
        let expected = match task.as_str() {
            "stamp" | "importer" => "COMPLETE",
            t if t.ends_with("condition-3") || t.ends_with("condition-4") => "SKIPPED",
            "for-loop-2"
            | "inner"
            | "inner/condition-branches-1"
            | "inner/condition-branches-1/condition-2" => "COMPLETE",
            _ => "CACHED",
        };
        assert_eq!(s, expected, "{task}");
    }
    assert_ne!(output(&first, "stamp"), output(&second, "stamp"));
    assert_eq!(output(&second, "total"), 14);

    // The custom cache key makes the fingerprint (contract §5.1):
    // sha256(componentRef.name, NUL, key).
    let store = SqliteStore::open(&home.path().join("metadata.sqlite")).unwrap();
    let echo = store
        .latest_task_execution("everything", "echo", &[State::Complete])
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        echo.custom_properties
            .get(keys::CACHE_FINGERPRINT)
            .and_then(value::as_str),
        Some(
            format!(
                "{:x}",
                <sha2::Sha256 as sha2::Digest>::digest(b"comp-echo\0everything-echo-v1")
            )
            .as_str()
        )
    );
}

/// A failing task inside an exit handler: its group fails, the exit task
/// still runs and sees FAILED, an independent branch completes, and the
/// run exits non-zero.
#[tokio::test]
async fn exit_handler_runs_after_a_failure() {
    let Some(venv) = venv() else { return };
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("e2e/pipelines/whole/exit_handler.yaml");
    let (summary, out) = run(home.path(), &pipeline, &[], Some(&venv));
    assert_eq!(out.status.code(), Some(1), "{:#}", summary["tasks"]);
    assert_eq!(state(&summary, "exit-handler-1/echo"), "COMPLETE");
    assert_eq!(state(&summary, "exit-handler-1/fail"), "FAILED");
    assert_eq!(state(&summary, "exit-handler-1"), "FAILED");
    assert_eq!(state(&summary, "echo-2"), "COMPLETE");
    assert_eq!(state(&summary, "report"), "COMPLETE");
    assert!(
        output(&summary, "report")
            .as_str()
            .unwrap()
            .starts_with("FAILED exit-handler-1"),
        "{}",
        output(&summary, "report")
    );
    // Where to look: the failed task's log holds its message.
    let log = summary["tasks"]["exit-handler-1/fail"]["log"]
        .as_str()
        .unwrap();
    assert!(std::fs::read_to_string(log)
        .unwrap()
        .contains("failing on purpose: boom"));
}

/// `ignore_upstream_failure()` consumers of a task that fails before writing
/// its outputs (a str, an int, a Dataset): the SDK executor runs each with
/// its defaults, a nested pipeline's task with the pipeline's default; a
/// consumer of tasks that completed gets their values.
#[tokio::test]
async fn ignore_upstream_failure_consumers_run_with_their_defaults() {
    let Some(venv) = venv() else { return };
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("e2e/pipelines/whole/upstream_failure.yaml");
    let (summary, out) = run(home.path(), &pipeline, &[], Some(&venv));
    let log = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{:#}\n{log}", summary["tasks"]);
    assert_eq!(state(&summary, "breaks"), "FAILED");
    for task in [
        "received",
        "received-nested",
        "received-nested/received",
        "received-2",
    ] {
        assert_eq!(
            state(&summary, task),
            "COMPLETE",
            "{task}: {:#}\n{log}",
            summary["tasks"]
        );
    }
    let received = |task: &str| -> Value {
        serde_json::from_str(output(&summary, task).as_str().unwrap()).unwrap()
    };
    assert_eq!(
        received("received"),
        serde_json::json!({"text": "fallback", "count": 7, "data": null})
    );
    assert_eq!(
        received("received-nested/received"),
        serde_json::json!({"text": "nested-fallback", "count": 7, "data": null})
    );
    assert_eq!(
        received("received-2"),
        serde_json::json!({"text": "boom", "count": 5, "data": "0,1\n1,3\n"})
    );

    // The consumer alone (`--task`): the producer's latest run failed, so it
    // falls back to its defaults again.
    let (single, out) = run(home.path(), &pipeline, &["--task", "received"], Some(&venv));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(state(&single, "received"), "COMPLETE");
    let alone: Value = serde_json::from_str(output(&single, "received").as_str().unwrap()).unwrap();
    assert_eq!(
        alone,
        serde_json::json!({"text": "fallback", "count": 7, "data": null})
    );
}

/// `dsl.Collected` over a ParallelFor nested in a ParallelFor: the
/// `List[List[int]]` consumer gets one list per outer iteration (upstream
/// flattens it and the step fails), a Collected inside the outer loop its
/// own iteration's list, and the artifacts arrive as one list in order.
#[test]
fn collected_over_nested_loops_keeps_one_list_per_loop_level() {
    let Some(venv) = venv() else { return };
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("e2e/pipelines/whole/nested_collected.yaml");
    let (summary, out) = run(home.path(), &pipeline, &["--parallelism", "4"], Some(&venv));
    assert!(
        out.status.success(),
        "{:#}\n{}",
        summary["tasks"],
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Value = serde_json::from_str(output(&summary, "grid").as_str().unwrap()).unwrap();
    assert_eq!(rows, serde_json::json!([[10, 20], [20, 40], [30, 60]]));
    for i in 0..3 {
        assert_eq!(
            output(&summary, &format!("for-loop-2/iteration-{i}/total")),
            30 * (i + 1)
        );
    }
    assert_eq!(output(&summary, "total-2"), 180);
    assert_eq!(output(&summary, "join-items"), "10,20,20,40,30,60");
}

/// An optional pipeline input artifact no run can give
/// (components_with_optional_artifacts): its consumer runs and the SDK
/// passes its function None. (`inner-pipeline` imports a gs:// URI, which
/// needs Google Cloud Storage: only the consumers count.)
#[test]
fn an_optional_pipeline_input_artifact_not_given_reaches_the_step_as_none() {
    let Some((summary, out)) = run_fixture("components_with_optional_artifacts", &[]) else {
        return;
    };
    for task in [
        "custom-artifact-printer",
        "inner-pipeline-2/python-artifact-printer",
    ] {
        assert_eq!(
            state(&summary, task),
            "COMPLETE",
            "{task}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// SDK-compiled pipelines no one here wrote (`../shared/fixtures/kfp/ir`),
/// those whose steps need only a shell or Python here: whole, exit 0, every
/// task that ran COMPLETE. (The others need an image's programs, or pin an
/// SDK version other than the one installed here.)
#[test]
fn fixture_pipelines_run_whole() {
    let dir = workspace().join("../shared/fixtures/kfp/ir");
    if kfp_common::test_util::ir_fixtures().is_none() {
        return;
    }
    for (name, tasks) in [
        ("critical__container_component_with_no_inputs", 1),
        ("critical__producer_consumer_param_pipeline", 2),
        ("essential__pipeline_with_after", 3),
        ("essential__pipeline_with_nested_conditions_yaml", 0),
        (
            "essential__placeholder_with_if_placeholder_none_input_value",
            1,
        ),
        ("hello_world", 1),
        ("pipeline_with_only_display_name", 1),
        ("pipeline_with_task_final_status_yaml", 3),
    ] {
        let home = tempfile::tempdir().unwrap();
        let (summary, out) = run(
            home.path(),
            &dir.join(format!("{name}.yaml")),
            &["--isolation", "none"],
            None,
        );
        assert!(
            out.status.success(),
            "{name}: {:#}\n{}",
            summary["tasks"],
            String::from_utf8_lossy(&out.stderr)
        );
        let states = states(&summary);
        if tasks > 0 {
            assert_eq!(states.len(), tasks, "{name}: {states:?}");
        }
        assert!(
            states.iter().any(|(_, s)| s == "COMPLETE"),
            "{name}: something ran: {states:?}"
        );
        for (task, s) in &states {
            assert!(s == "COMPLETE" || s == "SKIPPED", "{name}/{task}: {s}");
        }
    }
    // The exit task ran after its group.
    let home = tempfile::tempdir().unwrap();
    let (summary, _) = run(
        home.path(),
        &dir.join("pipeline_with_task_final_status_yaml.yaml"),
        &["--isolation", "none"],
        None,
    );
    assert_eq!(state(&summary, "exit-op"), "COMPLETE");
}

/// A `dsl.Collected` list of artifacts reaches `add` typed (schemaTitle
/// from MLMD, not `instanceSchema: ""`, which the KFP executor cannot build
/// list elements from), straight from a loop (artifacts_simple) and through
/// a nested pipeline's inputs and DAG outputs (artifacts_complex), run with
/// the installed kfp. (artifacts_simple's `add-container` reads the
/// gs:// URIs from /gcs/, which only a GCS pipeline root gives.)
#[test]
fn collected_artifacts_reach_the_kfp_executor_typed() {
    for (name, must) in [
        ("artifacts_simple", Some("add")),
        ("artifacts_complex", None),
    ] {
        let Some((summary, out)) = run_fixture(name, &[]) else {
            return;
        };
        let stderr = String::from_utf8_lossy(&out.stderr);
        if let Some(task) = must {
            assert_eq!(state(&summary, task), "COMPLETE", "{name}/{task}: {stderr}");
            continue;
        }
        assert!(
            out.status.success(),
            "{name}: {:#}\n{stderr}",
            summary["tasks"]
        );
        for (task, s) in states(&summary) {
            assert!(s == "COMPLETE" || s == "SKIPPED", "{name}/{task}: {s}");
        }
    }
}

/// SIGTERM to the walk mid-step: the step is stopped and published FAILED
/// (never left RUNNING), the task after it does not start, and the run
/// exits non-zero well before the step would have ended.
#[tokio::test]
async fn a_stopped_run_leaves_nothing_running() {
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("e2e/pipelines/whole/stoppable.yaml");
    let child = Command::new(env!("CARGO_BIN_EXE_launcher"))
        .args(["local", "run"])
        .arg(&pipeline)
        .arg("--home")
        .arg(home.path())
        .args(["--json", "--isolation", "none"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the launcher pre-published the step (its pod name is set).
    let store_path = home.path().join("metadata.sqlite");
    let started = std::time::Instant::now();
    loop {
        assert!(started.elapsed().as_secs() < 20, "the step never started");
        if let Ok(store) = SqliteStore::open(&store_path) {
            let running = store
                .latest_task_execution("stoppable", "nap", &[State::Running])
                .await
                .ok()
                .flatten();
            let pod = running.as_ref().and_then(|e| {
                e.custom_properties
                    .get(keys::POD_NAME)
                    .and_then(value::as_str)
                    .map(str::to_owned)
            });
            if pod.is_some_and(|p| !p.is_empty()) {
                break;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        started.elapsed().as_secs() < 25,
        "stopped well before the 30 s step ended"
    );
    assert_ne!(out.status.code(), Some(0));
    let summary: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(state(&summary, "nap"), "FAILED", "{:#}", summary["tasks"]);
    assert_eq!(state(&summary, "nap-2"), "NOT_RUN");
    let store = SqliteStore::open(&store_path).unwrap();
    let run = store
        .get_run("stoppable", summary["run_id"].as_str().unwrap())
        .await
        .unwrap()
        .unwrap();
    for e in store.run_executions(&run, &[]).await.unwrap() {
        assert_ne!(
            e.last_known_state,
            Some(State::Running as i32),
            "{:?} left RUNNING",
            e.custom_properties.get(keys::TASK_NAME)
        );
    }
}

/// ParallelFor with `parallelism=2` over 6 items, with room for 8 steps at
/// once: iterations overlap, but never more than 2 (each step records when
/// it began and ended).
/// With the steps' mount namespaces too (`auto`, where this machine allows
/// them): steps do not wait for each other's mounts.
#[test]
fn parallel_for_honours_its_parallelism_limit() {
    for isolation in ["none", "auto"] {
        parallelism_limit_with(isolation);
    }
}

fn parallelism_limit_with(isolation: &str) {
    let home = tempfile::tempdir().unwrap();
    let pipeline = workspace().join("e2e/pipelines/whole/loop_limit.yaml");
    let (summary, out) = run(
        home.path(),
        &pipeline,
        &["--parallelism", "8", "--isolation", isolation],
        None,
    );
    assert!(out.status.success(), "{isolation}: {:#}", summary["tasks"]);
    let time = |i: usize, name: &str| -> u128 {
        let v = &summary["tasks"][format!("for-loop-2/iteration-{i}/timed")]["outputs"]
            ["parameters"][name];
        v.as_str()
            .unwrap_or_else(|| panic!("iteration {i} {name}: {v}"))
            .trim()
            .parse()
            .unwrap()
    };
    let spans: Vec<(u128, u128)> = (0..6)
        .map(|i| (time(i, "began"), time(i, "ended")))
        .collect();
    let most = spans
        .iter()
        .map(|(t, _)| spans.iter().filter(|(b, e)| b <= t && t < e).count())
        .max()
        .unwrap();
    assert_eq!(
        most, 2,
        "{isolation}: at most parallelismLimit at once, and they do overlap: {spans:?}"
    );
}

/// ParallelFor over a list of artifacts (a nested pipeline's Collected
/// output), which KFP fails ("ArtifactIterator is not implemented"): one
/// iteration per artifact, in the list's order; an empty list, none.
#[test]
fn parallel_for_over_artifacts() {
    let Some(summary) = run_whole("artifact_loop") else {
        return;
    };
    assert_eq!(output(&summary, "join-texts"), "item 3,item 1,item 2");
    let states = states(&summary);
    let iterations: Vec<_> = states
        .iter()
        .filter(|(t, _)| t.ends_with("/read-text"))
        .collect();
    assert_eq!(iterations.len(), 3, "{states:?}");
    assert!(
        iterations.iter().all(|(_, s)| s == "COMPLETE"),
        "{states:?}"
    );
    assert!(
        states.iter().all(|(_, s)| s == "COMPLETE"),
        "the empty loop ends too: {states:?}"
    );
}

/// An importer with `download_to_workspace` of the run's own output: it
/// reads the home (not a cluster's Secret), its pod mounts the run's
/// workspace, the consumer on the installed SDK reads the workspace copy,
/// and one reading the URI's usual path (an SDK before 2.15, as KFP's own
/// workspace test pipeline pins) finds it there too.
#[test]
fn an_import_into_the_workspace_of_the_runs_own_output() {
    let Some(summary) = run_whole("workspace_import") else {
        return;
    };
    assert_eq!(output(&summary, "import-stage/read-text"), "item 5");
    assert_eq!(
        summary["tasks"]["import-stage/read-usual-path"]["outputs"]["parameters"]["text"],
        "item 5"
    );
    assert!(
        states(&summary).iter().all(|(_, s)| s == "COMPLETE"),
        "{:#}",
        summary["tasks"]
    );
}

/// One artifact as two inputs of a task, and twice in a Collected list (a
/// loop's third iteration is a cache hit of its first): recorded as one
/// INPUT event each, every use delivered in order.
#[test]
fn one_artifact_as_several_inputs() {
    let Some(summary) = run_whole("same_artifact_twice") else {
        return;
    };
    assert_eq!(output(&summary, "pair"), "item 1|item 1");
    assert_eq!(
        state(&summary, "for-loop-2/iteration-2/make-text-2"),
        "CACHED",
        "the repeat comes from the cache"
    );
    assert_eq!(output(&summary, "join-items"), "item 7,item 8,item 7");
}

/// A ParallelFor over a pipeline input nested in a ParallelFor over the
/// same input (pipeline_with_parallelfor_parallelism): every outer
/// iteration passes the list on to its inner loop; the run ends whole (a
/// step equal to an earlier one of the run may end CACHED).
#[test]
fn a_loop_in_a_loop_over_the_same_input_runs_whole() {
    let Some((summary, out)) = run_fixture(
        "pipeline_with_parallelfor_parallelism",
        &["--param", r#"loop_parameter=["a","b","c"]"#],
    ) else {
        return;
    };
    assert!(
        out.status.success(),
        "{:#}\n{}",
        summary["tasks"],
        String::from_utf8_lossy(&out.stderr)
    );
    let states = states(&summary);
    for (task, s) in &states {
        assert!(
            matches!(s.as_str(), "COMPLETE" | "CACHED" | "SKIPPED"),
            "{task}: {s}"
        );
    }
    let inner = states
        .iter()
        .filter(|(t, _)| t.starts_with("for-loop-1/") && t.ends_with("/print-text-2"))
        .count();
    assert_eq!(inner, 9, "3 outer x 3 inner iterations: {states:?}");
}

/// SIGKILL of the walk itself (no chance to clean up): its step gets
/// SIGTERM from the kernel (a parent-death signal), stops the user process
/// and publishes the task FAILED; nothing the run started keeps running.
#[tokio::test]
async fn a_killed_run_leaves_no_step_running() {
    let home = tempfile::tempdir().unwrap();
    let pidfile = home.path().join("user.pid");
    let ir = home.path().join("killed.yaml");
    std::fs::write(
        &ir,
        format!(
            "pipelineInfo: {{name: killed}}\n\
             components: {{comp-t: {{executorLabel: exec-t}}}}\n\
             deploymentSpec: {{executors: {{exec-t: {{container: {{image: alpine, \
             command: [sh, -c, 'echo $$ > {}; exec sleep 300']}}}}}}}}\n\
             root: {{dag: {{tasks: {{t: {{componentRef: {{name: comp-t}}, taskInfo: {{name: t}}}}}}}}}}\n",
            pidfile.display()
        ),
    )
    .unwrap();
    let mut walk = Command::new(env!("CARGO_BIN_EXE_launcher"))
        .args(["local", "run"])
        .arg(&ir)
        .arg("--home")
        .arg(home.path())
        .args(["--json", "--isolation", "none"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let user: i32 = loop {
        assert!(started.elapsed().as_secs() < 20, "the step never started");
        if let Some(pid) = std::fs::read_to_string(&pidfile)
            .ok()
            .and_then(|t| t.trim().parse().ok())
        {
            break pid;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    walk.kill().unwrap();
    walk.wait().unwrap();
    // The user process goes (sleep 300 would outlive this test by far).
    let gone = |pid: i32| {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map_or(true, |s| s.split_whitespace().nth(2) == Some("Z"))
    };
    let waited = std::time::Instant::now();
    while !gone(user) {
        assert!(
            waited.elapsed().as_secs() < 30,
            "user process {user} outlived its killed run"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // And its step published the task FAILED on the way out.
    let store = SqliteStore::open(&home.path().join("metadata.sqlite")).unwrap();
    let waited = std::time::Instant::now();
    loop {
        let failed = store
            .latest_task_execution("killed", "t", &[State::Failed])
            .await
            .unwrap();
        if failed.is_some() {
            break;
        }
        assert!(
            waited.elapsed().as_secs() < 30,
            "the killed run's step was not published FAILED"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // Its root DAG had no one left to close it: the next run in the home
    // does, and says so.
    let quick = home.path().join("quick.yaml");
    std::fs::write(
        &quick,
        "pipelineInfo: {name: quick}\ncomponents: {comp-t: {executorLabel: exec-t}}\n\
         deploymentSpec: {executors: {exec-t: {container: {image: alpine, command: [\"true\"]}}}}\n\
         root: {dag: {tasks: {t: {componentRef: {name: comp-t}, taskInfo: {name: t}}}}}\n",
    )
    .unwrap();
    let (summary, out) = run(home.path(), &quick, &["--isolation", "none"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("note: run") && stderr.contains("is gone"),
        "{stderr}"
    );
    assert_eq!(state(&summary, "t"), "COMPLETE");
    let killed = store
        .latest_task_execution("killed", "t", &[State::Failed])
        .await
        .unwrap()
        .unwrap();
    let (_, run) = store.open_execution(killed.id.unwrap()).await.unwrap();
    for e in store.run_executions(&run, &[]).await.unwrap() {
        assert_eq!(
            e.last_known_state,
            Some(State::Failed as i32),
            "execution {:?} of the killed run",
            e.id
        );
    }
}

/// A parameter too long for one command-line argument (Linux's 128 KiB,
/// MAX_ARG_STRLEN) fails the task that would have to carry it with a
/// message that says so, not "Argument list too long".
#[test]
fn a_parameter_too_long_for_a_command_line_is_named() {
    let home = tempfile::tempdir().unwrap();
    let ir = home.path().join("big.yaml");
    std::fs::write(
        &ir,
        "pipelineInfo: {name: big}\n\
         components:\n  comp-t:\n    executorLabel: exec-t\n    \
         inputDefinitions: {parameters: {s: {parameterType: STRING}}}\n\
         deploymentSpec: {executors: {exec-t: {container: {image: x, command: [echo, \"{{$.inputs.parameters['s']}}\"]}}}}\n\
         root:\n  dag: {tasks: {t: {componentRef: {name: comp-t}, taskInfo: {name: t}, \
         inputs: {parameters: {s: {componentInputParameter: s}}}}}}\n  \
         inputDefinitions: {parameters: {s: {parameterType: STRING}}}\n",
    )
    .unwrap();
    let big = format!("s={}", "a".repeat(131_030));
    let (summary, out) = run(
        home.path(),
        &ir,
        &["--param", &big, "--isolation", "none"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(state(&summary, "t"), "FAILED");
    let error = summary["tasks"]["t"]["error"].as_str().unwrap_or_default();
    assert!(
        error.contains("MAX_ARG_STRLEN") && error.contains("as an artifact"),
        "{error}"
    );
}
