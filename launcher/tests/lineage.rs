//! `launcher local lineage`: the word-count example run step by step and
//! traced back from its report, lineage graphs built through the metadata
//! trait (diamonds, depth, width, the depth bound), the errors that name
//! their argument, and the same walk against the real ML Metadata engine
//! when `KFP_MLMD_HOST`/`KFP_MLMD_PORT` are set (run under
//! `e2e/services/with-mlmd.sh`; without them those tests skip loudly).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use kfp_common::{
    artifact::{DIGEST, SIZE_BYTES},
    metadata::{
        conformance, keys,
        producers::{self, ParameterProducer, ParameterProducers},
        sqlite::SqliteStore,
        types, value, Id, MetadataBackend, NewArtifact, NewExecution, Properties, RunContexts,
    },
    proto::ml_metadata::{self as mlmd, execution::State},
};
use kfp_local::lineage::{
    self, parse_args, walk, Lineage, LineageError, NodeRef, Target, MAX_DEPTH,
};
use serde_json::{json, Value};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// One step of the word-count example through the binary; its `--json` summary.
fn run_step(home: &Path, task: &str, params: &[&str]) -> Value {
    let pipeline = workspace().join("examples/word_count.yaml");
    let mut command = Command::new(env!("CARGO_BIN_EXE_launcher"));
    command
        .args(["local", "run"])
        .arg(&pipeline)
        .args(["--task", task, "--isolation", "none", "--json", "--home"])
        .arg(home);
    for p in params {
        command.args(["--param", p]);
    }
    let out = command.output().expect("run launcher");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "local run --task {task}: {stderr}");
    let summary: Value = serde_json::from_slice(&out.stdout).expect("one JSON summary");
    summary["tasks"][task].clone()
}

/// `launcher local lineage ARGS…` through the library; what it printed.
async fn lineage_text(args: &[&str]) -> Result<String, LineageError> {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let parsed = parse_args(&args).expect("arguments parse");
    let mut out = Vec::new();
    lineage::run(&parsed, &mut out).await?;
    Ok(String::from_utf8(out).expect("UTF-8"))
}

async fn lineage_json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let text = lineage_text(&all).await.expect("lineage");
    assert_eq!(text.lines().count(), 1, "one JSON line: {text}");
    serde_json::from_str(&text).expect("lineage --json is JSON")
}

struct WordCount {
    home: tempfile::TempDir,
    made: Value,
    counted: Value,
    reported: Value,
}

fn word_count() -> WordCount {
    let home = tempfile::tempdir().unwrap();
    let made = run_step(
        home.path(),
        "make-text",
        &["message=hello kfp world", "repeat=2"],
    );
    let counted = run_step(home.path(), "count-words", &[]);
    let reported = run_step(home.path(), "report", &[]);
    WordCount {
        home,
        made,
        counted,
        reported,
    }
}

fn id(step: &Value) -> i64 {
    step["execution_id"].as_i64().expect("execution_id")
}

/// The report takes only parameters: the lineage reaches count-words
/// through `parameter_producers`, and make-text through count-words' input
/// artifact, with parameters and digests all the way.
#[tokio::test]
async fn word_count_report_traces_back_to_every_step() {
    let w = word_count();
    let home = w.home.path().to_str().unwrap();
    let summary = &w.reported["outputs"]["artifacts"]["summary"][0];
    let text = &w.made["outputs"]["artifacts"]["text"][0];
    let uri = summary["uri"].as_str().unwrap();
    let (made, counted, reported) = (id(&w.made), id(&w.counted), id(&w.reported));

    let store = SqliteStore::open(&w.home.path().join(lineage::METADATA_FILE)).unwrap();
    let report = store.get_executions(&[reported]).await.unwrap().remove(0);
    assert!(
        report
            .custom_properties
            .contains_key(keys::PARAMETER_PRODUCERS),
        "the report's execution records where its parameters came from: local.rs must \
         record `lineage::record::parameter_producers` (see launcher/src/local/lineage/record.rs)"
    );

    let graph = lineage_json(&[uri, "--home", home]).await;
    let summary_id = graph["roots"][0]["artifact"]
        .as_i64()
        .expect("root artifact");
    assert_eq!(graph["roots"].as_array().unwrap().len(), 1, "{graph}");
    let artifact = &graph["artifacts"][summary_id.to_string()];
    assert_eq!(artifact["uri"], uri);
    assert_eq!(artifact["type"], "system.Markdown");
    assert_eq!(artifact["digest"], summary["digest"]);
    assert_eq!(artifact["size_bytes"], summary["size"]);

    let execution = |id: i64| graph["executions"][id.to_string()].clone();
    assert_eq!(execution(reported)["task_name"], "report");
    assert_eq!(
        execution(reported)["inputs"],
        json!({"words": 6, "lines": 2})
    );
    assert_eq!(execution(counted)["task_name"], "count-words");
    assert_eq!(
        execution(counted)["outputs"],
        json!({"words": 6, "lines": 2})
    );
    assert_eq!(execution(made)["task_name"], "make-text");
    assert_eq!(execution(made)["state"], "COMPLETE");
    assert_eq!(execution(made)["pipeline"], "word-count");
    assert_eq!(
        execution(made)["inputs"],
        json!({"message": "hello kfp world", "repeat": 2})
    );
    let runs: Vec<Value> = [made, counted, reported]
        .iter()
        .map(|&id| execution(id)["run"].clone())
        .collect();
    assert!(
        runs.iter().all(Value::is_string) && runs[0] != runs[1] && runs[1] != runs[2],
        "each single-step run is its own run: {runs:?}"
    );

    let text_id = graph["artifacts"]
        .as_object()
        .unwrap()
        .values()
        .find(|a| a["uri"] == text["uri"])
        .expect("make-text's text artifact")["id"]
        .as_i64()
        .unwrap();
    let text_node = &graph["artifacts"][text_id.to_string()];
    assert_eq!(text_node["digest"], text["digest"]);
    assert_eq!(text_node["size_bytes"], 32);

    let mut edges = graph["edges"].as_array().unwrap().clone();
    edges.sort_by_key(|e| e.to_string());
    let mut expected = vec![
        json!({"kind": "output", "execution": reported, "artifact": summary_id, "key": "summary"}),
        json!({"kind": "parameter", "producer": counted, "output": "lines", "execution": reported, "input": "lines"}),
        json!({"kind": "parameter", "producer": counted, "output": "words", "execution": reported, "input": "words"}),
        json!({"kind": "input", "artifact": text_id, "execution": counted, "key": "text"}),
        json!({"kind": "output", "execution": made, "artifact": text_id, "key": "text"}),
    ];
    expected.sort_by_key(|e| e.to_string());
    assert_eq!(edges, expected, "the lineage's edges");
    assert_eq!(graph["truncated"], false);

    let tree = lineage_text(&[uri, "--home", home]).await.unwrap();
    for line in [
        format!("artifact {summary_id} system.Markdown {uri}"),
        format!(
            "└── output \"summary\" of execution {reported} report · COMPLETE · run {}",
            runs[2].as_str().unwrap()
        ),
        format!("parameters \"lines\", \"words\" of execution {counted} count-words"),
        format!("input \"text\": artifact {text_id} system.Dataset"),
        format!("output \"text\" of execution {made} make-text"),
        "inputs {\"message\":\"hello kfp world\",\"repeat\":2}".to_owned(),
        format!("{} · 32 bytes", text["digest"].as_str().unwrap()),
    ] {
        assert!(tree.contains(&line), "the tree shows {line:?}:\n{tree}");
    }
}

/// From an execution id: count-words back to make-text through its input
/// artifact (no parameter producers needed), with digests and inputs, and
/// a handful of metadata calls per level.
#[tokio::test]
async fn an_execution_id_traces_back_through_artifacts() {
    let w = word_count();
    let home = w.home.path().to_str().unwrap();
    let (made, counted) = (id(&w.made), id(&w.counted));
    let text = &w.made["outputs"]["artifacts"]["text"][0];

    let graph = lineage_json(&[&counted.to_string(), "--home", home]).await;
    assert_eq!(graph["roots"], json!([{"execution": counted}]));
    let made_node = &graph["executions"][made.to_string()];
    assert_eq!(made_node["task_name"], "make-text");
    assert_eq!(
        made_node["inputs"],
        json!({"message": "hello kfp world", "repeat": 2})
    );
    let text_node = graph["artifacts"]
        .as_object()
        .unwrap()
        .values()
        .find(|a| a["uri"] == text["uri"])
        .expect("the text artifact");
    assert_eq!(text_node["digest"], text["digest"]);
    assert_eq!(text_node["metadata"]["display_name"], "text");
    assert!(
        text_node["metadata"]
            .get(keys::STORE_SESSION_INFO)
            .is_none(),
        "bookkeeping properties are left out: {text_node}"
    );

    let store = SqliteStore::open(&w.home.path().join(lineage::METADATA_FILE)).unwrap();
    let walked = walk(&store, &Target::Execution(counted), MAX_DEPTH)
        .await
        .unwrap();
    assert_eq!(walked.levels, 2, "count-words, then make-text");
    assert_eq!(walked.metadata_calls, 4 * walked.levels - 1);
}

/// Unknown URI and id: errors that name them and the store read; a missing
/// home names the file and is not created.
#[tokio::test]
async fn unknown_targets_and_missing_homes_are_named() {
    let home = tempfile::tempdir().unwrap();
    let store_path = home.path().join(lineage::METADATA_FILE);
    let h = home.path().to_str().unwrap();

    let missing = lineage_text(&["minio://b/x", "--home", h])
        .await
        .unwrap_err();
    assert!(
        matches!(&missing, LineageError::NoStore { path, .. } if *path == store_path),
        "{missing:?}"
    );
    let message = missing.to_string();
    assert!(
        message.contains(&format!("--home {h}"))
            && message.contains(&store_path.display().to_string()),
        "{message}"
    );
    assert!(!store_path.exists(), "no empty store is created");

    SqliteStore::open(&store_path).unwrap();
    for (subject, what) in [
        ("minio://b/nothing", "artifact URI \"minio://b/nothing\""),
        ("4242", "execution 4242"),
    ] {
        let unknown = lineage_text(&[subject, "--home", h])
            .await
            .unwrap_err()
            .to_string();
        let wanted = format!("{what} is not recorded in {}", store_path.display());
        assert_eq!(unknown, wanted);
    }
}

/// Nothing listens at the address: the error names `--mlmd` and it, fast.
#[tokio::test]
async fn unreachable_mlmd_is_named() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let address = format!("127.0.0.1:{port}");
    let started = std::time::Instant::now();
    let err = lineage_text(&["7", "--mlmd", &address]).await.unwrap_err();
    assert!(matches!(err, LineageError::Connect { .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with(&format!("--mlmd {address}: cannot reach ML Metadata")),
        "{err}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

// === graphs built through the trait, on both backends ===

/// What a graph builder made: the root URI and the ids to expect.
struct Built {
    root_uri: String,
    ids: Vec<Id>,
}

/// A diamond with a parameter edge: `import` → data → `split` → a, b →
/// `join` (also fed split's output parameter `n` as `k`) → model.
async fn diamond<B: MetadataBackend>(store: &B) -> Built {
    let g = Graph::new(store).await;
    let import = g
        .execution(types::IMPORTER_EXECUTION, "import", vec![], None)
        .await;
    let data = ids(g.publish(&import, &[("artifact", "system.Dataset")]).await);
    let split = g
        .execution(
            types::CONTAINER_EXECUTION,
            "split",
            vec![("src", data[0])],
            None,
        )
        .await;
    let ab = ids(g
        .publish(&split, &[("a", "system.Dataset"), ("b", "system.Dataset")])
        .await);
    let join = g
        .execution(
            types::CONTAINER_EXECUTION,
            "join",
            vec![("a", ab[0]), ("b", ab[1])],
            Some(("k", id_of(&split), "split", "n")),
        )
        .await;
    let model = g.publish(&join, &[("model", "system.Model")]).await;
    let (model_id, root_uri) = model[0].clone();
    Built {
        root_uri,
        ids: vec![
            id_of(&import),
            data[0],
            id_of(&split),
            ab[0],
            ab[1],
            id_of(&join),
            model_id,
        ],
    }
}

fn check_diamond(lineage: &Lineage, built: &Built) {
    let [import, data, split, a, b, join, model] = built.ids[..] else {
        panic!("seven ids");
    };
    assert_eq!(lineage.roots, vec![NodeRef::Artifact(model)]);
    assert_eq!(
        lineage.executions.keys().copied().collect::<Vec<_>>(),
        vec![import, split, join]
    );
    assert_eq!(
        lineage.artifacts.keys().copied().collect::<Vec<_>>(),
        vec![data, a, b, model]
    );
    let edges = serde_json::to_value(&lineage.edges).unwrap();
    assert_eq!(
        edges,
        json!([
            {"kind": "output", "execution": join, "artifact": model, "key": "model"},
            {"kind": "parameter", "producer": split, "output": "n", "execution": join, "input": "k"},
            {"kind": "input", "artifact": a, "execution": join, "key": "a"},
            {"kind": "input", "artifact": b, "execution": join, "key": "b"},
            {"kind": "output", "execution": split, "artifact": a, "key": "a"},
            {"kind": "output", "execution": split, "artifact": b, "key": "b"},
            {"kind": "input", "artifact": data, "execution": split, "key": "src"},
            {"kind": "output", "execution": import, "artifact": data, "key": "artifact"},
        ]),
        "each edge once, breadth first"
    );
    assert_eq!(lineage.levels, 3, "join; split; import");
    assert_eq!(
        lineage.metadata_calls,
        1 + 4 * lineage.levels,
        "one URI lookup, four calls per level"
    );
    let node = &lineage.executions[&import];
    assert_eq!(node.type_name, types::IMPORTER_EXECUTION);
    assert!(node.run.is_some() && node.pipeline.is_some(), "{node:?}");
    assert_eq!(
        lineage.artifacts[&data].digest.as_deref(),
        Some("sha256:artifact")
    );
    assert_eq!(lineage.artifacts[&data].size_bytes, Some(8));
}

/// `width` executions per level each read every artifact of the level
/// below and write one; one execution on top. Reads stay at four calls per
/// level whatever the width.
async fn wide<B: MetadataBackend>(store: &B, depth: usize, width: usize) -> Built {
    let g = Graph::new(store).await;
    let mut below: Vec<(Id, String)> = Vec::new();
    for level in 0..depth {
        let mut made = Vec::new();
        for i in 0..(if level + 1 == depth { 1 } else { width }) {
            let inputs: Vec<(&str, Id)> = below.iter().map(|(a, _)| ("in", *a)).collect();
            let task = format!("t{level}-{i}");
            let e = g
                .execution(types::CONTAINER_EXECUTION, &task, inputs, None)
                .await;
            made.extend(g.publish(&e, &[("out", "system.Dataset")]).await);
        }
        below = made;
    }
    let (top, root_uri) = below.remove(0);
    Built {
        root_uri,
        ids: vec![top],
    }
}

fn ids(made: Vec<(Id, String)>) -> Vec<Id> {
    made.into_iter().map(|(id, _)| id).collect()
}

#[tokio::test]
async fn sqlite_walks_a_diamond_once_per_node() {
    let store = SqliteStore::open_in_memory().unwrap();
    let built = diamond(&store).await;
    let lineage = walk(&store, &Target::Uri(built.root_uri.clone()), MAX_DEPTH)
        .await
        .unwrap();
    check_diamond(&lineage, &built);
}

#[tokio::test]
async fn sqlite_calls_grow_with_depth_not_width() {
    let store = SqliteStore::open_in_memory().unwrap();
    for width in [1, 8] {
        let built = wide(&store, 6, width).await;
        let lineage = walk(&store, &Target::Uri(built.root_uri), MAX_DEPTH)
            .await
            .unwrap();
        assert_eq!(lineage.levels, 6);
        assert_eq!(lineage.executions.len(), 1 + 5 * width);
        assert_eq!(lineage.metadata_calls, 1 + 4 * 6, "width {width}");
    }
}

/// A chain deeper than the bound: the walk stops, says so, and keeps no
/// edge to a node it did not read.
#[tokio::test]
async fn the_depth_bound_truncates_cleanly() {
    let home = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&home.path().join(lineage::METADATA_FILE)).unwrap();
    let built = wide(&store, MAX_DEPTH + 6, 1).await;
    let lineage = walk(&store, &Target::Uri(built.root_uri.clone()), MAX_DEPTH)
        .await
        .unwrap();
    assert!(lineage.truncated);
    assert_eq!(lineage.levels, MAX_DEPTH);
    assert_eq!(lineage.executions.len(), MAX_DEPTH);
    for edge in &lineage.edges {
        let (from, to) = edge.ends();
        assert!(lineage.contains(from) && lineage.contains(to), "{edge:?}");
    }
    let tree = lineage_text(&[&built.root_uri, "--home", home.path().to_str().unwrap()])
        .await
        .unwrap();
    assert!(
        tree.ends_with(&format!(
            "… stopped after {MAX_DEPTH} levels of executions; older lineage is not shown\n"
        )),
        "{}",
        &tree[tree.len().saturating_sub(300)..]
    );
    let graph = lineage_json(&[&built.root_uri, "--home", home.path().to_str().unwrap()]).await;
    assert_eq!(graph["truncated"], true);
}

/// The new trait methods (conformance) and the same walks on the real
/// engine, with the gRPC round trips they cost.
#[tokio::test]
async fn mlmd_conformance_and_walks() {
    let Some(engine) = kfp_common::test_util::mlmd() else {
        return;
    };
    let store = engine.connect().await;
    conformance::run_area(&store, conformance::Area::Lineage).await;

    let built = diamond(&store).await;
    let before = store.round_trips();
    let lineage = walk(&store, &Target::Uri(built.root_uri.clone()), MAX_DEPTH)
        .await
        .unwrap();
    let spent = store.round_trips() - before;
    check_diamond(&lineage, &built);
    println!(
        "diamond: {} levels, {spent} MLMD round trips",
        lineage.levels
    );
    assert!(
        spent <= 1 + 6 * lineage.levels as u64,
        "{spent} round trips"
    );

    for width in [1, 8] {
        let built = wide(&store, 6, width).await;
        let before = store.round_trips();
        let lineage = walk(&store, &Target::Uri(built.root_uri), MAX_DEPTH)
            .await
            .unwrap();
        let spent = store.round_trips() - before;
        println!(
            "width {width}: {} levels, {} executions, {spent} MLMD round trips",
            lineage.levels,
            lineage.executions.len()
        );
        assert_eq!(lineage.levels, 6);
        assert!(spent <= 1 + 6 * 6, "width {width}: {spent} round trips");
    }

    // The command itself against the server.
    let address = format!("{}:{}", engine.host, engine.port);
    let graph = lineage_json(&[&built.root_uri, "--mlmd", &address]).await;
    assert_eq!(graph["executions"].as_object().unwrap().len(), 3, "{graph}");
    let unknown = lineage_text(&["minio://b/none", "--mlmd", &address])
        .await
        .unwrap_err()
        .to_string();
    assert_eq!(
        unknown,
        format!("artifact URI \"minio://b/none\" is not recorded in ML Metadata at {address}")
    );
}

// === building graphs ===

/// Executions and artifacts in one run of a fresh pipeline.
struct Graph<'a, B> {
    store: &'a B,
    run: RunContexts,
    prefix: String,
}

impl<'a, B: MetadataBackend> Graph<'a, B> {
    async fn new(store: &'a B) -> Self {
        let name = format!("lineage-{}", uuid::Uuid::new_v4());
        let run = store
            .get_or_create_run(&name, &format!("run-{name}"), Properties::new())
            .await
            .unwrap();
        Self {
            store,
            run,
            prefix: format!("minio://mlpipeline/v2/artifacts/{name}"),
        }
    }

    /// A RUNNING execution with its input events and, optionally, one
    /// parameter producer (input, producer id, its task, its output).
    async fn execution(
        &self,
        type_name: &str,
        task: &str,
        inputs: Vec<(&str, Id)>,
        parameter: Option<(&str, Id, &str, &str)>,
    ) -> mlmd::Execution {
        let mut props: Properties = [
            (keys::TASK_NAME.to_owned(), value::string(task)),
            (keys::DISPLAY_NAME.to_owned(), value::string(task)),
        ]
        .into();
        if let Some((input, producer, producer_task, output)) = parameter {
            let recorded = ParameterProducers::from([(
                input.to_owned(),
                vec![ParameterProducer {
                    execution_id: producer,
                    task: producer_task.to_owned(),
                    output: output.to_owned(),
                }],
            )]);
            props.insert(
                keys::PARAMETER_PRODUCERS.to_owned(),
                producers::to_value(&recorded).unwrap(),
            );
        }
        self.store
            .create_execution(
                &self.run,
                NewExecution {
                    type_name: type_name.to_owned(),
                    state: Some(State::Running),
                    custom_properties: props,
                    inputs: inputs
                        .into_iter()
                        .map(|(k, id)| (k.to_owned(), id))
                        .collect(),
                    ..Default::default()
                },
            )
            .await
            .unwrap()
    }

    /// New artifacts (with digest and size) as the execution's outputs,
    /// the execution COMPLETE; their ids and URIs.
    async fn publish(
        &self,
        execution: &mlmd::Execution,
        outputs: &[(&str, &str)],
    ) -> Vec<(Id, String)> {
        let mut made = Vec::new();
        for (name, type_name) in outputs {
            let uri = format!("{}/{}/{name}", self.prefix, id_of(execution));
            let artifact = self
                .store
                .record_artifact(NewArtifact {
                    type_name: (*type_name).to_owned(),
                    uri: uri.clone(),
                    custom_properties: [
                        (DIGEST.to_owned(), value::string(format!("sha256:{name}"))),
                        (SIZE_BYTES.to_owned(), value::int(name.len() as i64)),
                    ]
                    .into(),
                })
                .await
                .unwrap();
            made.push((artifact.id.unwrap(), uri));
        }
        let mut done = execution.clone();
        done.last_known_state = Some(State::Complete as i32);
        let pairs: Vec<(String, Id)> = outputs
            .iter()
            .zip(&made)
            .map(|((name, _), (id, _))| ((*name).to_owned(), *id))
            .collect();
        self.store
            .publish_execution(&self.run, &done, &pairs)
            .await
            .unwrap();
        made
    }
}

fn id_of(e: &mlmd::Execution) -> Id {
    e.id.unwrap()
}
