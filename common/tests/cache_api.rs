//! `ApiTaskCache` (contract §5.2) against the in-memory fake
//! `api.TaskService` on loopback: what KFP's driver and launcher rely on
//! (hits, misses, scoping, newest wins) and how failures surface (errors
//! naming the RPC and address, bounded retries).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use kfp_common::cache::{
    api::{
        fake::{FakeRpc, FakeTaskService},
        ApiTaskCache, CacheError, RetryPolicy, TaskCacheOptions, CREATE_TASK, LIST_TASKS,
    },
    filter_json, CacheEntry,
};
use kfp_proto::api::Task;
use tonic::Code;

/// Short bounds so failure paths finish in well under a second.
fn fast_options() -> TaskCacheOptions {
    TaskCacheOptions {
        connect_timeout: Duration::from_secs(2),
        call_timeout: Duration::from_secs(5),
        retry: RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(20),
            max_backoff: Duration::from_millis(100),
            jitter: 0.25,
            max_total: Duration::from_secs(5),
        },
        ..TaskCacheOptions::default()
    }
}

async fn client(server: &FakeTaskService) -> ApiTaskCache {
    ApiTaskCache::connect_with("127.0.0.1", server.address().port(), fast_options())
        .await
        .unwrap()
}

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn entry(pipeline: &str, namespace: &str, fingerprint: &str, execution_id: i64) -> CacheEntry {
    CacheEntry {
        pipeline_name: pipeline.into(),
        namespace: namespace.into(),
        run_id: format!("run-{execution_id}"),
        execution_id,
        fingerprint: fingerprint.into(),
        created_at: at(1_700_000_000),
        finished_at: at(1_700_000_010),
    }
}

#[tokio::test]
async fn create_then_lookup_hits() {
    let server = FakeTaskService::start().await.unwrap();
    let cache = client(&server).await;
    let mut stored = entry("my-pipeline", "team-a", "fp1", 42);
    stored.created_at = at(1_700_000_000) + Duration::from_millis(750);
    cache.create(&stored).await.unwrap();

    assert_eq!(
        cache.lookup("my-pipeline", "team-a", "fp1").await.unwrap(),
        Some(42)
    );

    // What KFP's launcher stores, field by field.
    let tasks = server.tasks();
    assert_eq!(tasks.len(), 1);
    let task = &tasks[0];
    assert!(!task.id.is_empty(), "the server assigns the id");
    assert_eq!(task.pipeline_name, "pipeline/my-pipeline");
    assert_eq!(task.namespace, "team-a");
    assert_eq!(task.run_id, "run-42");
    assert_eq!(task.mlmd_execution_id, "42");
    assert_eq!(task.fingerprint, "fp1");
    let created = task.created_at.unwrap();
    assert_eq!(
        (created.seconds, created.nanos),
        (1_700_000_000, 0),
        "whole seconds"
    );
    assert_eq!(task.finished_at.unwrap().seconds, 1_700_000_010);

    // And what KFP's driver asks.
    let request = server.last_list_request().unwrap();
    assert_eq!(request.filter, filter_json("my-pipeline", "team-a", "fp1"));
    assert_eq!(request.sort_by, "created_at desc");
    assert_eq!(request.page_size, 1);
}

#[tokio::test]
async fn lookup_misses() {
    let server = FakeTaskService::start().await.unwrap();
    let cache = client(&server).await;
    assert_eq!(cache.lookup("p", "ns", "fp").await.unwrap(), None);
    cache.create(&entry("p", "ns", "fp", 7)).await.unwrap();
    assert_eq!(cache.lookup("p", "ns", "other").await.unwrap(), None);
}

#[tokio::test]
async fn entries_are_scoped_by_pipeline_and_namespace() {
    let server = FakeTaskService::start().await.unwrap();
    let cache = client(&server).await;
    cache.create(&entry("p", "ns-a", "fp", 1)).await.unwrap();
    cache.create(&entry("q", "ns-a", "fp", 2)).await.unwrap();
    cache.create(&entry("p", "ns-b", "fp", 3)).await.unwrap();

    assert_eq!(cache.lookup("p", "ns-a", "fp").await.unwrap(), Some(1));
    assert_eq!(cache.lookup("q", "ns-a", "fp").await.unwrap(), Some(2));
    assert_eq!(cache.lookup("p", "ns-b", "fp").await.unwrap(), Some(3));
    assert_eq!(cache.lookup("q", "ns-b", "fp").await.unwrap(), None);
    // The stored name carries the prefix; a lookup by the prefixed name is
    // a different pipeline.
    assert_eq!(
        cache.lookup("pipeline/p", "ns-a", "fp").await.unwrap(),
        None
    );
}

#[tokio::test]
async fn newest_entry_wins() {
    let server = FakeTaskService::start().await.unwrap();
    let cache = client(&server).await;
    let mut newer = entry("p", "ns", "fp", 20);
    newer.created_at = at(1_700_000_100);
    cache.create(&newer).await.unwrap();
    let mut older = entry("p", "ns", "fp", 10);
    older.created_at = at(1_700_000_000);
    cache.create(&older).await.unwrap();

    assert_eq!(cache.lookup("p", "ns", "fp").await.unwrap(), Some(20));
}

#[tokio::test]
async fn unparseable_execution_id_names_it() {
    let server = FakeTaskService::start().await.unwrap();
    let cache = client(&server).await;
    server.insert(Task {
        namespace: "ns".into(),
        pipeline_name: "pipeline/p".into(),
        mlmd_execution_id: "not-a-number".into(),
        fingerprint: "fp".into(),
        ..Task::default()
    });
    let err = cache.lookup("p", "ns", "fp").await.unwrap_err();
    assert!(matches!(err, CacheError::Answer { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains(LIST_TASKS), "{text}");
    assert!(text.contains("not-a-number"), "{text}");
    assert!(text.contains(cache.address()), "{text}");
}

#[tokio::test]
async fn server_error_names_rpc_and_address() {
    let server = FakeTaskService::start().await.unwrap();
    let cache = client(&server).await;
    let address = server.address().to_string();

    server.fail(
        FakeRpc::CreateTask,
        Code::Internal,
        "database is on fire",
        1,
    );
    let err = cache.create(&entry("p", "ns", "fp", 1)).await.unwrap_err();
    assert_eq!(err.code(), Some(Code::Internal));
    assert_eq!(err.rpc(), Some(CREATE_TASK));
    let text = err.to_string();
    assert!(
        text.contains(CREATE_TASK) && text.contains(&address),
        "{text}"
    );
    assert!(text.contains("execution 1"), "{text}");
    let chain = kfp_common::error_chain(&err);
    assert!(
        chain.contains("Internal: database is on fire"),
        "the server's answer is the next link: {chain}"
    );
    assert_eq!(
        server.calls(FakeRpc::CreateTask),
        1,
        "INTERNAL is not retried"
    );

    server.fail(FakeRpc::ListTasks, Code::PermissionDenied, "no", 1);
    let err = cache.lookup("p", "ns", "fp").await.unwrap_err();
    assert_eq!(err.code(), Some(Code::PermissionDenied));
    let text = err.to_string();
    assert!(
        text.contains(LIST_TASKS) && text.contains(&address),
        "{text}"
    );
    assert!(text.contains("fingerprint fp"), "{text}");
}

#[tokio::test]
async fn lookup_retries_unavailable_then_succeeds() {
    let server = FakeTaskService::start().await.unwrap();
    let cache = client(&server).await;
    cache.create(&entry("p", "ns", "fp", 5)).await.unwrap();
    server.fail(FakeRpc::ListTasks, Code::Unavailable, "restarting", 2);
    assert_eq!(cache.lookup("p", "ns", "fp").await.unwrap(), Some(5));
    assert_eq!(server.calls(FakeRpc::ListTasks), 3);

    server.fail(FakeRpc::ListTasks, Code::DeadlineExceeded, "slow", u32::MAX);
    let err = cache.lookup("p", "ns", "fp").await.unwrap_err();
    assert_eq!(err.code(), Some(Code::DeadlineExceeded));
    assert!(err.to_string().contains("4 attempt(s)"), "{err}");
    assert_eq!(
        server.calls(FakeRpc::ListTasks),
        3 + 4,
        "bounded by max_attempts"
    );
}

#[tokio::test]
async fn create_is_retried_even_if_it_may_have_landed() {
    let server = FakeTaskService::start().await.unwrap();
    let cache = client(&server).await;
    // An UNAVAILABLE from the server itself: the request may have landed.
    // A second entry would name the same execution, and lookups take the
    // newest, so the entry is sent again rather than failing the task (a
    // connection reset under the call, found by e2e/chaos, is the same).
    server.fail(FakeRpc::CreateTask, Code::Unavailable, "shutting down", 1);
    cache.create(&entry("p", "ns", "fp", 1)).await.unwrap();
    assert_eq!(server.calls(FakeRpc::CreateTask), 2);
    assert_eq!(server.tasks().len(), 1);
    cache.create(&entry("p", "ns", "fp", 1)).await.unwrap();
    assert_eq!(cache.lookup("p", "ns", "fp").await.unwrap(), Some(1));
}

/// A port nobody listens on: bound, then released.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    listener.local_addr().unwrap().port()
}

#[tokio::test]
async fn server_down_is_retried_boundedly_then_named() {
    let port = closed_port();
    let cache = ApiTaskCache::connect_with("127.0.0.1", port, fast_options())
        .await
        .expect("connecting is lazy");
    let address = format!("127.0.0.1:{port}");

    let start = Instant::now();
    let err = cache.lookup("p", "ns", "fp").await.unwrap_err();
    assert_eq!(err.code(), Some(Code::Unavailable), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains(LIST_TASKS) && text.contains(&address),
        "{text}"
    );
    assert!(text.contains("4 attempt(s)"), "{text}");

    // Refused connects: the create never left, so it is retried too.
    let err = cache.create(&entry("p", "ns", "fp", 1)).await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains(CREATE_TASK) && text.contains(&address),
        "{text}"
    );
    assert!(text.contains("4 attempt(s)"), "{text}");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "bounded: {:?}",
        start.elapsed()
    );
}

#[tokio::test]
async fn an_unreadable_ca_file_is_a_clear_error() {
    let tls = kfp_common::cache::api::TlsOptions {
        ca_cert_path: Some("/nonexistent/kfp-ca.pem".into()),
    };
    let err = ApiTaskCache::connect("ml-pipeline.kubeflow", 8887, Some(tls))
        .await
        .unwrap_err();
    assert!(matches!(err, CacheError::Tls { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("ml-pipeline.kubeflow:8887"), "{text}");
    assert!(
        text.contains("--ca_cert_path /nonexistent/kfp-ca.pem"),
        "{text}"
    );
}
