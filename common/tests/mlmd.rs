//! `MlmdStore` against the real ML Metadata engine.
//!
//! Run with `bash e2e/services/with-mlmd.sh cargo test -p kfp-common
//! --features mlmd,test-util --test mlmd`: the script serves MLMD on loopback
//! and exports `KFP_MLMD_*`. Without them the tests that need a server skip
//! loudly, or fail under `KFP_REQUIRE_SERVICES=1` (`make test`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use kfp_common::{
    error_chain,
    metadata::{
        conformance,
        grpc::{MlmdOptions, MlmdStore, RetryPolicy},
        keys, types, value, MetadataBackend, MetadataError, NewExecution, Properties, RunContexts,
    },
    test_util::{self, Component, MlmdAddress},
};
use kfp_proto::ml_metadata::execution::State;

/// Short bounds so failure paths finish in well under a second.
fn fast_options() -> MlmdOptions {
    MlmdOptions {
        connect_timeout: Duration::from_secs(2),
        call_timeout: Duration::from_secs(10),
        retry: RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(20),
            max_backoff: Duration::from_millis(100),
            jitter: 0.25,
            max_total: Duration::from_secs(5),
        },
        ..MlmdOptions::default()
    }
}

#[tokio::test]
async fn conformance_against_real_engine() {
    let Some(engine) = test_util::mlmd() else {
        return;
    };
    let store = engine.connect().await;
    let MlmdAddress { host, port } = engine;
    let ran = conformance::run_all(&store).await;
    assert_eq!(ran.len(), conformance::checks::<MlmdStore>().len());
    published_outputs_are_attributed(&store, &host, port).await;
    concurrent_publishes_converge(&store).await;
}

/// Two publishes of one execution racing (both read "no OUTPUT events"): the
/// loser's ALREADY_EXISTS is settled by re-reading, and one event remains.
async fn concurrent_publishes_converge(store: &MlmdStore) {
    let run = store
        .get_or_create_run(
            "race-pipeline",
            &format!("race-{}", uuid::Uuid::new_v4()),
            Properties::new(),
        )
        .await
        .expect("run");
    let execution = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.to_owned(),
                state: Some(State::Running),
                ..Default::default()
            },
        )
        .await
        .expect("execution");
    let artifact = store
        .record_artifact(kfp_common::metadata::NewArtifact {
            type_name: "system.Model".to_owned(),
            uri: "minio://mlpipeline/race/model".to_owned(),
            custom_properties: Properties::new(),
        })
        .await
        .expect("artifact");
    let mut done = execution.clone();
    done.last_known_state = Some(State::Complete as i32);
    let outputs = [("model".to_owned(), artifact.id.unwrap())];
    let (a, b) = tokio::join!(
        store.publish_execution(&run, &done, &outputs),
        store.publish_execution(&run, &done, &outputs),
    );
    a.expect("first publish");
    b.expect("second publish");
    let linked = store
        .linked_artifacts(
            &[execution.id.unwrap()],
            kfp_common::metadata::Direction::Output,
        )
        .await
        .expect("linked");
    assert_eq!(linked.len(), 1, "one OUTPUT event: {linked:?}");
}

/// What the trait cannot read back but the KFP UI relies on (§4.2): a
/// publish attributes its outputs to both run contexts and associates the
/// execution with them, although events are sent without artifact records.
async fn published_outputs_are_attributed(store: &MlmdStore, host: &str, port: u16) {
    use kfp_proto::ml_metadata::{
        metadata_store_service_client::MetadataStoreServiceClient, GetArtifactsByContextRequest,
        GetExecutionsByContextRequest,
    };
    let run_id = format!("attribution-{}", uuid::Uuid::new_v4());
    let run = store
        .get_or_create_run("attribution-pipeline", &run_id, Properties::new())
        .await
        .expect("run");
    let execution = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.to_owned(),
                state: Some(State::Running),
                ..Default::default()
            },
        )
        .await
        .expect("execution");
    let artifact = store
        .record_artifact(kfp_common::metadata::NewArtifact {
            type_name: "system.Model".to_owned(),
            uri: format!("minio://mlpipeline/{run_id}/model"),
            custom_properties: Properties::new(),
        })
        .await
        .expect("artifact");
    let mut done = execution.clone();
    done.last_known_state = Some(State::Complete as i32);
    store
        .publish_execution(&run, &done, &[("model".to_owned(), artifact.id.unwrap())])
        .await
        .expect("publish");
    let mut client = MetadataStoreServiceClient::connect(format!("http://{host}:{port}"))
        .await
        .expect("raw client");
    for context in [&run.pipeline, &run.run] {
        let artifacts = client
            .get_artifacts_by_context(GetArtifactsByContextRequest {
                context_id: context.id,
                ..Default::default()
            })
            .await
            .expect("GetArtifactsByContext")
            .into_inner()
            .artifacts;
        assert!(
            artifacts.iter().any(|a| a.id == artifact.id),
            "the output is attributed to context {:?}",
            context.name
        );
        assert_eq!(
            artifacts.iter().find(|a| a.id == artifact.id),
            Some(&artifact),
            "the publish left the artifact record unchanged"
        );
        let executions = client
            .get_executions_by_context(GetExecutionsByContextRequest {
                context_id: context.id,
                ..Default::default()
            })
            .await
            .expect("GetExecutionsByContext")
            .into_inner()
            .executions;
        assert!(
            executions.iter().any(|e| e.id == execution.id),
            "the execution is associated with context {:?}",
            context.name
        );
    }
    let again = store
        .get_run("attribution-pipeline", &run_id)
        .await
        .expect("get_run")
        .expect("run exists");
    assert_eq!(
        again.run.custom_properties, run.run.custom_properties,
        "PutExecution with the run contexts leaves their properties"
    );
}

#[tokio::test]
async fn unreachable_server_is_a_clear_error() {
    // A port that was just free: nothing listens there.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let start = Instant::now();
    let err = MlmdStore::connect("127.0.0.1", port, fast_options())
        .await
        .expect_err("no server");
    let elapsed = start.elapsed();
    assert!(
        matches!(
            err,
            MetadataError::Backend {
                operation: "connect",
                ..
            }
        ),
        "{err:?}"
    );
    let chain = error_chain(&err);
    assert!(
        chain.contains(&format!("127.0.0.1:{port}")),
        "the error names host:port: {chain}"
    );
    assert!(chain.contains("4 attempts"), "bounded attempts: {chain}");
    assert!(
        elapsed < Duration::from_secs(5),
        "bounded time: {elapsed:?}"
    );
}

/// Injected UNAVAILABLE on `PutExecution`: a named create is retried and
/// makes exactly one execution.
#[tokio::test]
async fn unavailable_is_retried_where_safe() {
    let faults = ["--fail-first", "PutExecution", "3", "UNAVAILABLE"];
    let Some((_server, store, run)) = private_run(&faults, "retry-pipeline", "retry-run").await
    else {
        return;
    };
    let created = store
        .create_execution(&run, dag_under(MARKER, Some("run/retry-run")))
        .await
        .expect("a named create is retried past UNAVAILABLE");
    let children = store
        .child_executions(&run, MARKER)
        .await
        .expect("children");
    assert_eq!(
        children.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![created.id],
        "exactly one execution"
    );
}

/// Injected UNAVAILABLE on `PutExecution`: an unnamed create is not sent
/// again blindly (a landed write would be duplicated) but once a read of
/// its parent DAG's children shows that nothing landed; one execution.
#[tokio::test]
async fn an_unnamed_create_is_sent_again_once_nothing_landed() {
    let faults = ["--fail-first", "PutExecution", "2", "UNAVAILABLE"];
    let Some((_server, store, run)) =
        private_run(&faults, "retry-pipeline", "retry-unnamed-run").await
    else {
        return;
    };
    // Two failures, each followed by a read that finds nothing landed.
    let unnamed = store
        .create_execution(&run, dag_under(MARKER, None))
        .await
        .expect("an unnamed create is sent again once nothing landed");
    let children = store
        .child_executions(&run, MARKER)
        .await
        .expect("children");
    assert_eq!(
        children.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![unnamed.id],
        "exactly one execution"
    );
}

/// A parent DAG id no real DAG has, to find a test's executions by.
const MARKER: i64 = 4242;

fn dag_under(parent: i64, name: Option<&str>) -> NewExecution {
    NewExecution {
        type_name: types::DAG_EXECUTION.to_owned(),
        name: name.map(str::to_owned),
        state: Some(State::Running),
        custom_properties: [(keys::PARENT_DAG_ID.to_owned(), value::int(parent))].into(),
        inputs: vec![],
    }
}

/// Injected ABORTED (the engine rolled back) on `PutExecution`: even an
/// unnamed create is retried, and a publish too; each writes exactly once.
#[tokio::test]
async fn aborted_is_retried() {
    let Some(server) = PrivateServer::start(&["PutExecution", "2", "ABORTED"]) else {
        return;
    };
    let store = MlmdStore::connect("127.0.0.1", server.port, fast_options())
        .await
        .expect("connect");
    let run = store
        .get_or_create_run("retry-pipeline", "retry-run", Properties::new())
        .await
        .expect("run");
    let marker = 4343;
    let created = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.to_owned(),
                state: Some(State::Running),
                custom_properties: [(keys::PARENT_DAG_ID.to_owned(), value::int(marker))].into(),
                ..Default::default()
            },
        )
        .await
        .expect("an unnamed create is retried past ABORTED");
    let children = store
        .child_executions(&run, marker)
        .await
        .expect("children");
    assert_eq!(
        children.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![created.id],
        "exactly one execution"
    );
}

/// The answer to a publish is lost after the engine committed it: the
/// publish reads what landed and completes without creating the new output
/// artifact a second time.
#[tokio::test]
async fn publish_after_a_lost_answer_creates_nothing_twice() {
    // PutExecution #1 creates the execution, #2 is the publish.
    let Some(server) =
        PrivateServer::start_with(&["--lose-answer", "PutExecution", "2", "UNAVAILABLE"])
    else {
        return;
    };
    let store = MlmdStore::connect("127.0.0.1", server.port, fast_options())
        .await
        .expect("connect");
    let run = store
        .get_or_create_run("lost-pipeline", "lost-run", Properties::new())
        .await
        .expect("run");
    let execution = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.to_owned(),
                state: Some(State::Running),
                ..Default::default()
            },
        )
        .await
        .expect("execution");
    let mut done = execution.clone();
    done.last_known_state = Some(State::Complete as i32);
    let uri = "minio://mlpipeline/lost/model".to_owned();
    let outputs = [(
        "model".to_owned(),
        kfp_common::metadata::PublishedArtifact::New(kfp_common::metadata::NewArtifact {
            type_name: "system.Model".to_owned(),
            uri: uri.clone(),
            custom_properties: Properties::new(),
        }),
    )];
    let ids = store
        .publish(&run, &done, &outputs)
        .await
        .expect("the publish completes after reading what landed");
    let linked = store
        .linked_artifacts(
            &[execution.id.unwrap()],
            kfp_common::metadata::Direction::Output,
        )
        .await
        .expect("linked");
    assert_eq!(linked.len(), 1, "one OUTPUT event: {linked:?}");
    assert_eq!(
        linked[0].artifact.id,
        Some(ids[0]),
        "the answered id is the landed one"
    );
    use kfp_proto::ml_metadata::{
        metadata_store_service_client::MetadataStoreServiceClient, GetArtifactsByUriRequest,
    };
    let mut client =
        MetadataStoreServiceClient::connect(format!("http://127.0.0.1:{}", server.port))
            .await
            .expect("raw client");
    let by_uri = client
        .get_artifacts_by_uri(GetArtifactsByUriRequest {
            uris: vec![uri],
            ..Default::default()
        })
        .await
        .expect("GetArtifactsByURI")
        .into_inner()
        .artifacts;
    assert_eq!(by_uri.len(), 1, "the artifact exists once: {by_uri:?}");
    let stored = store
        .get_executions(&[execution.id.unwrap()])
        .await
        .expect("get");
    assert_eq!(stored[0].last_known_state, Some(State::Complete as i32));
}

/// MLMD goes away while a task runs and comes back on the same address and
/// data: the publish waits for it (bounded retries of refused connections)
/// and lands once.
/// A driver's create whose answer is lost (a reset, or UNAVAILABLE from a
/// proxy) is not failed and not duplicated: what landed is found among the
/// parent DAG's children, and what did not land is sent again (found by
/// the reliability matrix, e2e/chaos).
#[tokio::test]
async fn create_after_a_lost_answer_finds_what_landed() {
    // PutExecution #1: the parent DAG; #2 lands, its answer is lost.
    let faults = ["--lose-answer", "PutExecution", "2", "UNAVAILABLE"];
    let Some((_server, store, run)) = private_run(&faults, "lost-create", "lost-create-run").await
    else {
        return;
    };
    let new = |props: Properties| NewExecution {
        type_name: types::CONTAINER_EXECUTION.to_owned(),
        state: Some(State::Running),
        custom_properties: props,
        ..Default::default()
    };
    let dag = store
        .create_execution(&run, new(Properties::new()))
        .await
        .expect("parent DAG");
    let props: Properties = [
        (keys::PARENT_DAG_ID.to_owned(), value::int(dag.id.unwrap())),
        (keys::TASK_NAME.to_owned(), value::string("consume")),
    ]
    .into_iter()
    .collect();
    let created = store
        .create_execution(&run, new(props.clone()))
        .await
        .expect("the create completes after reading what landed");
    let children = store.child_executions(&run, dag.id.unwrap()).await.unwrap();
    assert_eq!(children.len(), 1, "one execution: {children:?}");
    assert_eq!(
        children[0].id, created.id,
        "the answered id is the landed one"
    );
    assert_eq!(created.custom_properties, props);
}

/// Without a parent DAG there is nothing to look under: a create whose
/// answer is lost fails rather than risk a duplicate.
#[tokio::test]
async fn create_without_a_parent_is_not_repeated_after_a_lost_answer() {
    let faults = ["--lose-answer", "PutExecution", "1", "UNAVAILABLE"];
    let Some((_server, store, run)) = private_run(&faults, "lost-create", "orphan-run").await
    else {
        return;
    };
    let orphan = NewExecution {
        type_name: types::CONTAINER_EXECUTION.to_owned(),
        state: Some(State::Running),
        ..Default::default()
    };
    let err = store
        .create_execution(&run, orphan)
        .await
        .expect_err("a lost answer without a parent is an error");
    assert!(
        error_chain(&err).contains("PutExecution"),
        "{}",
        error_chain(&err)
    );
    let all = store.run_executions(&run, &[]).await.unwrap();
    assert_eq!(all.len(), 1, "the one that landed, not two: {all:?}");
}

#[tokio::test]
async fn publish_survives_an_mlmd_restart() {
    let Some(mut server) = PrivateServer::start_with(&[]) else {
        return;
    };
    let options = MlmdOptions {
        retry: RetryPolicy {
            max_attempts: 40,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(400),
            jitter: 0.25,
            max_total: Duration::from_secs(20),
        },
        ..fast_options()
    };
    let store = MlmdStore::connect("127.0.0.1", server.port, options)
        .await
        .expect("connect");
    let run = store
        .get_or_create_run("restart-pipeline", "restart-run", Properties::new())
        .await
        .expect("run");
    let execution = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.to_owned(),
                state: Some(State::Running),
                ..Default::default()
            },
        )
        .await
        .expect("execution");

    // Down now; back in a second, same port, same store file.
    let _ = server.child.kill();
    let _ = server.child.wait();
    let (db, port) = (server.db(), server.port);
    let restart = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(1));
        spawn_server(&db, port, &[]).0
    });

    let mut done = execution.clone();
    done.last_known_state = Some(State::Complete as i32);
    let outputs = [(
        "model".to_owned(),
        kfp_common::metadata::PublishedArtifact::New(kfp_common::metadata::NewArtifact {
            type_name: "system.Model".to_owned(),
            uri: "minio://mlpipeline/restart/model".to_owned(),
            custom_properties: Properties::new(),
        }),
    )];
    let start = Instant::now();
    let published = store.publish(&run, &done, &outputs).await;
    server.child = restart.join().expect("restart thread");
    published.expect("the publish lands once MLMD is back");
    assert!(start.elapsed() >= Duration::from_millis(900), "it did wait");
    let linked = store
        .linked_artifacts(
            &[execution.id.unwrap()],
            kfp_common::metadata::Direction::Output,
        )
        .await
        .expect("linked");
    assert_eq!(linked.len(), 1, "one output, not duplicated: {linked:?}");
    let stored = store
        .get_executions(&[execution.id.unwrap()])
        .await
        .expect("get");
    assert_eq!(stored[0].last_known_state, Some(State::Complete as i32));
}

/// TLS (`--metadata_tls_enabled --ca_cert_path`): a server with a
/// certificate from a private CA is reached when that CA is given, and
/// refused, naming the address, when it is not.
#[tokio::test]
async fn tls_with_a_private_ca() {
    if !test_util::available(&[Component::MlmdServer]) {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let ca = test_util::private_ca(d);
    let cert = ca.cert.display().to_string();
    let key = ca.key.display().to_string();
    let Some(server) = PrivateServer::start_with(&["--tls-cert", &cert, "--tls-key", &key]) else {
        return;
    };
    let tls = |ca: Option<std::path::PathBuf>| MlmdOptions {
        tls: Some(kfp_common::metadata::grpc::TlsOptions { ca_cert_path: ca }),
        ..fast_options()
    };
    let store = MlmdStore::connect("127.0.0.1", server.port, tls(Some(ca.ca.clone())))
        .await
        .expect("TLS connect with the private CA");
    store
        .get_or_create_run("tls-pipeline", "tls-run", Properties::new())
        .await
        .expect("a call over TLS");

    let err = MlmdStore::connect("127.0.0.1", server.port, tls(None))
        .await
        .expect_err("an unknown CA is refused");
    let chain = error_chain(&err);
    assert!(
        chain.contains(&format!("127.0.0.1:{}", server.port)),
        "{chain}"
    );

    let err = MlmdStore::connect("127.0.0.1", server.port, tls(Some(d.join("missing.pem"))))
        .await
        .expect_err("a missing CA file");
    assert!(
        error_chain(&err).contains("missing.pem"),
        "{}",
        error_chain(&err)
    );
}

/// A private `mlmd_server.py` with failure injection, killed on drop.
struct PrivateServer {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl PrivateServer {
    /// `None` (after [`test_util::skip`]) when the MLMD venv is not known.
    fn start(fail_first: &[&str]) -> Option<Self> {
        let mut args = vec!["--fail-first"];
        args.extend_from_slice(fail_first);
        Self::start_with(&args)
    }

    /// With any `mlmd_server.py` fault flags.
    fn start_with(faults: &[&str]) -> Option<Self> {
        if !test_util::available(&[Component::MlmdServer]) {
            return None;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let (child, port) = spawn_server(&dir.path().join("mlmd.sqlite"), 0, faults);
        Some(Self {
            child,
            port,
            _dir: dir,
        })
    }

    /// The store file, to restart a server on the same data.
    fn db(&self) -> std::path::PathBuf {
        self._dir.path().join("mlmd.sqlite")
    }
}

/// A private server with `faults`, a store on it (short retries) and run
/// `run_id` of pipeline `pipeline`.
async fn private_run(
    faults: &[&str],
    pipeline: &str,
    run_id: &str,
) -> Option<(PrivateServer, MlmdStore, RunContexts)> {
    let server = PrivateServer::start_with(faults)?;
    let store = MlmdStore::connect("127.0.0.1", server.port, fast_options())
        .await
        .expect("connect");
    let run = store
        .get_or_create_run(pipeline, run_id, Properties::new())
        .await
        .expect("run");
    Some((server, store, run))
}

/// Start `mlmd_server.py` on `port` (0: any) and wait for its readiness line.
fn spawn_server(db: &std::path::Path, port: u16, faults: &[&str]) -> (Child, u16) {
    let (python, server) = test_util::mlmd_server().expect("the MLMD server script");
    let mut child = Command::new(python)
        .arg(server)
        .arg("--db")
        .arg(db)
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .args(faults)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start mlmd_server.py");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("readiness line");
    let port = line
        .trim()
        .strip_prefix("MLMD listening on 127.0.0.1:")
        .and_then(|p| p.parse().ok());
    let Some(port) = port else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("unexpected readiness line {line:?}");
    };
    (child, port)
}

impl Drop for PrivateServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
