#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Barrier};

use kfp_proto::ml_metadata::value::Value as V;

use super::*;
use crate::metadata::{conformance, value};

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(future)
}

fn count(store: &SqliteStore, sql: &str) -> i64 {
    let conn = store.conn.lock().unwrap();
    conn.query_row(sql, [], |row| row.get(0)).unwrap()
}

#[tokio::test]
async fn conformance_in_memory() {
    let store = SqliteStore::open_in_memory().unwrap();
    let registered = conformance::checks::<SqliteStore>().len();
    assert_eq!(conformance::run_all(&store).await.len(), registered);
    // Unique names per call: the suite runs again on the same store.
    assert_eq!(conformance::run_all(&store).await.len(), registered);
}

#[tokio::test]
async fn conformance_on_a_file_and_data_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("metadata.sqlite");
    let store = SqliteStore::open(&path).unwrap();
    conformance::run_all(&store).await;

    let props = Properties::from([(keys::NAMESPACE.to_owned(), value::string("local"))]);
    let run = store
        .get_or_create_run("pipe", "run-1", props.clone())
        .await
        .unwrap();
    let input = store
        .record_artifact(NewArtifact {
            type_name: "system.Dataset".into(),
            uri: "/tmp/in".into(),
            custom_properties: Properties::new(),
        })
        .await
        .unwrap();
    let output = store
        .record_artifact(NewArtifact {
            type_name: "system.Model".into(),
            uri: "/tmp/out".into(),
            custom_properties: Properties::from([("accuracy".to_owned(), value::double(0.9))]),
        })
        .await
        .unwrap();
    let mut execution = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.into(),
                state: Some(State::Running),
                custom_properties: Properties::from([(
                    keys::TASK_NAME.to_owned(),
                    value::string("train"),
                )]),
                inputs: vec![("data".into(), input.id.unwrap())],
                ..Default::default()
            },
        )
        .await
        .unwrap();
    execution.last_known_state = Some(State::Complete as i32);
    store
        .publish_execution(&run, &execution, &[("model".into(), output.id.unwrap())])
        .await
        .unwrap();
    let execution = store
        .get_executions(&[execution.id.unwrap()])
        .await
        .unwrap()
        .remove(0);
    drop(store);

    let store = SqliteStore::open(&path).unwrap();
    let again = store.get_run("pipe", "run-1").await.unwrap().unwrap();
    assert_eq!(again, run, "contexts survive reopening");
    let got = store
        .get_executions(&[execution.id.unwrap()])
        .await
        .unwrap();
    assert_eq!(got, vec![execution.clone()], "executions survive reopening");
    let latest = store
        .latest_task_execution("pipe", "train", &[State::Complete])
        .await
        .unwrap();
    assert_eq!(latest, Some(execution.clone()));
    let inputs = store
        .linked_artifacts(&[execution.id.unwrap()], Direction::Input)
        .await
        .unwrap();
    assert_eq!(inputs.len(), 1);
    assert_eq!(
        (inputs[0].key.as_str(), &inputs[0].artifact),
        ("data", &input)
    );
    let outputs = store
        .linked_artifacts(&[execution.id.unwrap()], Direction::Output)
        .await
        .unwrap();
    assert_eq!(outputs.len(), 1);
    assert_eq!(
        (outputs[0].key.as_str(), &outputs[0].artifact),
        ("model", &output)
    );

    // Type ids are stable: a new record of a known type reuses its id.
    let model = store
        .record_artifact(NewArtifact {
            type_name: "system.Model".into(),
            uri: "/tmp/out2".into(),
            custom_properties: Properties::new(),
        })
        .await
        .unwrap();
    assert_eq!(model.type_id, output.type_id);

    conformance::run_all(&store).await;

    let conn = store.conn.lock().unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, schema::SCHEMA_VERSION);
    let fk: bool = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert!(fk, "foreign keys are enforced");
}

/// Two local runs sharing a home: two stores on one file, writing at once.
/// The busy timeout makes each wait for the other's transaction.
#[test]
fn two_stores_on_one_file_both_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("metadata.sqlite");
    let stores = [
        Arc::new(SqliteStore::open(&path).unwrap()),
        Arc::new(SqliteStore::open(&path).unwrap()),
    ];
    const WRITES: usize = 40;
    let barrier = Arc::new(Barrier::new(stores.len()));
    let handles: Vec<_> = stores
        .iter()
        .enumerate()
        .map(|(i, store)| {
            let store = Arc::clone(store);
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                block_on(async move {
                    barrier.wait();
                    let mut run_ids = Vec::new();
                    for n in 0..WRITES {
                        let run = store
                            .get_or_create_run("shared", "run", Properties::new())
                            .await
                            .unwrap();
                        run_ids.push((run.pipeline.id, run.run.id));
                        let artifact = store
                            .record_artifact(NewArtifact {
                                type_name: format!("type-{}", n % 3),
                                uri: format!("/tmp/{i}/{n}"),
                                custom_properties: Properties::new(),
                            })
                            .await
                            .unwrap();
                        let execution = store
                            .create_execution(
                                &run,
                                NewExecution {
                                    type_name: types::CONTAINER_EXECUTION.into(),
                                    state: Some(State::Running),
                                    custom_properties: Properties::from([(
                                        keys::PARENT_DAG_ID.to_owned(),
                                        value::int(1_000 + i as i64),
                                    )]),
                                    inputs: vec![("in".into(), artifact.id.unwrap())],
                                    ..Default::default()
                                },
                            )
                            .await
                            .unwrap();
                        store
                            .publish_execution(&run, &execution, &[])
                            .await
                            .unwrap();
                    }
                    run_ids
                })
            })
        })
        .collect();
    let run_ids: Vec<_> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    assert!(
        run_ids.windows(2).all(|w| w[0] == w[1]),
        "both stores get the same run contexts"
    );

    // Each store sees what the other wrote.
    block_on(async {
        let run = stores[0].get_run("shared", "run").await.unwrap().unwrap();
        for (reader, parent) in [(&stores[0], 1_001), (&stores[1], 1_000)] {
            let children = reader.child_executions(&run, parent).await.unwrap();
            assert_eq!(children.len(), WRITES);
        }
    });
    assert_eq!(
        count(&stores[0], "SELECT count(*) FROM type WHERE kind = 1"),
        3,
        "a type name registered by both stores has one id"
    );
}

#[tokio::test]
async fn publish_links_once() {
    let store = SqliteStore::open_in_memory().unwrap();
    let run = store
        .get_or_create_run("p", "r", Properties::new())
        .await
        .unwrap();
    let artifact = store
        .record_artifact(NewArtifact {
            type_name: "system.Model".into(),
            uri: "/m".into(),
            custom_properties: Properties::new(),
        })
        .await
        .unwrap();
    let execution = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.into(),
                state: Some(State::Running),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let outputs = [("model".to_owned(), artifact.id.unwrap())];
    for _ in 0..2 {
        store
            .publish_execution(&run, &execution, &outputs)
            .await
            .unwrap();
        assert_eq!(count(&store, "SELECT count(*) FROM event"), 1);
        assert_eq!(count(&store, "SELECT count(*) FROM event_path"), 1);
        assert_eq!(count(&store, "SELECT count(*) FROM attribution"), 2);
        assert_eq!(count(&store, "SELECT count(*) FROM association"), 2);
        assert_eq!(count(&store, "SELECT count(*) FROM parent_context"), 1);
    }

    // The same artifact under another output name is an error (MLMD: AlreadyExists).
    let got = store
        .publish_execution(&run, &execution, &[("other".into(), artifact.id.unwrap())])
        .await;
    assert!(
        matches!(
            got,
            Err(MetadataError::InvalidArgument {
                operation: "publish_execution",
                ..
            })
        ),
        "{got:?}"
    );
}

#[tokio::test]
async fn a_run_belongs_to_one_pipeline() {
    let store = SqliteStore::open_in_memory().unwrap();
    store
        .get_or_create_run("p", "r", Properties::new())
        .await
        .unwrap();
    let got = store.get_or_create_run("q", "r", Properties::new()).await;
    assert!(
        matches!(
            got,
            Err(MetadataError::InvalidArgument {
                operation: "get_or_create_run",
                ..
            })
        ),
        "{got:?}"
    );
    let got = store.get_or_create_run("", "r", Properties::new()).await;
    assert!(
        matches!(got, Err(MetadataError::InvalidArgument { .. })),
        "{got:?}"
    );
}

#[tokio::test]
async fn every_value_kind_round_trips() {
    let store = SqliteStore::open_in_memory().unwrap();
    let any = pbjson_types::Any {
        type_url: "type.googleapis.com/google.protobuf.Empty".into(),
        value: vec![1, 2, 3].into(),
    };
    let custom = Properties::from([
        ("unset".to_owned(), mlmd::Value { value: None }),
        ("int".to_owned(), value::int(i64::MIN)),
        ("double".to_owned(), value::double(-0.1)),
        ("inf".to_owned(), value::double(f64::INFINITY)),
        ("string".to_owned(), value::string("")),
        (
            "bool".to_owned(),
            mlmd::Value {
                value: Some(V::BoolValue(true)),
            },
        ),
        (
            "proto".to_owned(),
            mlmd::Value {
                value: Some(V::ProtoValue(any)),
            },
        ),
        (
            "struct".to_owned(),
            value::structure(pbjson_types::Struct::from_iter([(
                "list".to_owned(),
                pbjson_types::Value::from(vec![pbjson_types::Value::from(1.0)]),
            )])),
        ),
    ]);
    let mut with_nan = custom.clone();
    with_nan.insert("nan".into(), value::double(f64::NAN));
    let artifact = store
        .record_artifact(NewArtifact {
            type_name: "system.Artifact".into(),
            uri: "/a".into(),
            custom_properties: with_nan,
        })
        .await
        .unwrap();
    let mut got = artifact.custom_properties;
    let nan = got.remove("nan").unwrap();
    assert!(
        matches!(nan.value, Some(V::DoubleValue(d)) if d.is_nan()),
        "{nan:?}"
    );
    assert_eq!(got, custom);
}

#[test]
fn refuses_files_it_did_not_write() {
    let dir = tempfile::tempdir().unwrap();

    let foreign = dir.path().join("foreign.sqlite");
    let conn = Connection::open(&foreign).unwrap();
    conn.execute_batch("CREATE TABLE Execution (id INTEGER PRIMARY KEY)")
        .unwrap();
    drop(conn);
    let got = SqliteStore::open(&foreign);
    assert!(
        matches!(
            got,
            Err(MetadataError::Backend {
                operation: "open",
                ..
            })
        ),
        "{got:?}"
    );

    let newer = dir.path().join("newer.sqlite");
    drop(SqliteStore::open(&newer).unwrap());
    let conn = Connection::open(&newer).unwrap();
    conn.pragma_update(None, "user_version", schema::SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    let got = SqliteStore::open(&newer);
    let err = got.expect_err("a newer schema is refused");
    assert!(
        std::error::Error::source(&err).is_some_and(|s| s.to_string().contains("newer")),
        "{err:?}"
    );

    let missing_dir = dir.path().join("no/such/dir/metadata.sqlite");
    assert!(SqliteStore::open(&missing_dir).is_err());
}
