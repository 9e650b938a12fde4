//! `kfp_common::k8s` against an in-process fake of the Kubernetes API server
//! (kube-rs style): each test lists the calls it expects, the fake checks
//! method + path in order and answers with canned objects or `Status` bodies
//! shaped like the real API server's. Every wait is bounded, so a call that
//! never arrives fails the test instead of hanging it.
#![cfg(feature = "kube")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use kfp_common::k8s::{K8s, K8sError, Kind};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

const NS: &str = "kubeflow-user";
const CALL_TIMEOUT: Duration = Duration::from_secs(10);

/// One expected request and the canned answer.
struct Call {
    method: Method,
    path: String,
    status: u16,
    body: String,
}

fn get(path: &str, status: u16, body: &str) -> Call {
    Call {
        method: Method::GET,
        path: path.to_string(),
        status,
        body: body.to_string(),
    }
}

#[derive(Default)]
struct State {
    expected: VecDeque<Call>,
    problems: Vec<String>,
    /// `Authorization` headers seen, in order.
    authorization: Vec<Option<String>>,
}

struct FakeApi {
    port: u16,
    state: Arc<Mutex<State>>,
    server: JoinHandle<()>,
}

impl FakeApi {
    async fn start(calls: Vec<Call>) -> FakeApi {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State {
            expected: calls.into(),
            ..Default::default()
        }));
        let st = state.clone();
        let server = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let st = st.clone();
                tokio::spawn(async move {
                    let svc = service_fn(move |req: Request<Incoming>| {
                        let answer = answer(&st, &req);
                        async move { Ok::<_, Infallible>(answer) }
                    });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc)
                        .await;
                });
            }
        });
        FakeApi {
            port,
            state,
            server,
        }
    }

    fn k8s(&self) -> K8s {
        K8s::from_base_url(&format!("http://127.0.0.1:{}", self.port), NS).unwrap()
    }

    /// Waits (bounded) until every expected call arrived; reports calls that
    /// never came and requests nobody expected.
    async fn verify(&self, wait: Duration) -> Result<(), String> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            {
                let st = self.state.lock().unwrap();
                if !st.problems.is_empty() {
                    return Err(st.problems.join("; "));
                }
                if st.expected.is_empty() {
                    return Ok(());
                }
                if tokio::time::Instant::now() >= deadline {
                    let missing: Vec<String> = st
                        .expected
                        .iter()
                        .map(|c| format!("{} {}", c.method, c.path))
                        .collect();
                    return Err(format!("expected calls never arrived: {missing:?}"));
                }
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    async fn finish(self) {
        let result = self.verify(CALL_TIMEOUT).await;
        self.server.abort();
        if let Err(e) = result {
            panic!("fake API server: {e}");
        }
    }
}

fn answer(state: &Mutex<State>, req: &Request<Incoming>) -> Response<Full<Bytes>> {
    let mut st = state.lock().unwrap();
    let auth = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    st.authorization.push(auth);
    let got = format!("{} {}", req.method(), req.uri());
    let (status, body) = match st.expected.pop_front() {
        Some(call) if call.method == req.method() && call.path == req.uri().path() => {
            (call.status, call.body)
        }
        Some(call) => {
            st.problems
                .push(format!("expected {} {}, got {got}", call.method, call.path));
            (500, status_body(500, "InternalError", "unexpected request"))
        }
        None => {
            st.problems.push(format!("unexpected request {got}"));
            (500, status_body(500, "InternalError", "unexpected request"))
        }
    };
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap())
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .unwrap()
}

/// A `metav1.Status` failure body as the API server sends it.
fn status_body(code: u16, reason: &str, message: &str) -> String {
    serde_json::json!({
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": message,
        "reason": reason,
        "code": code,
    })
    .to_string()
}

fn not_found(resource: &str, name: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&status_body(
        404,
        "NotFound",
        &format!("{resource} \"{name}\" not found"),
    ))
    .unwrap();
    v["details"] = serde_json::json!({"name": name, "kind": resource});
    v.to_string()
}

fn forbidden(resource: &str, name: &str) -> String {
    let message = format!(
        "{resource} \"{name}\" is forbidden: User \"system:serviceaccount:{NS}:pipeline-runner\" \
         cannot get resource \"{resource}\" in API group \"\" in the namespace \"{NS}\""
    );
    let mut v: serde_json::Value =
        serde_json::from_str(&status_body(403, "Forbidden", &message)).unwrap();
    v["details"] = serde_json::json!({"name": name, "kind": resource});
    v.to_string()
}

fn path(resource: &str, name: &str) -> String {
    format!("/api/v1/namespaces/{NS}/{resource}/{name}")
}

async fn within<F: Future>(f: F) -> F::Output {
    tokio::time::timeout(CALL_TIMEOUT, f)
        .await
        .expect("Kubernetes call did not complete in time")
}

#[tokio::test]
async fn config_map_found() {
    let body = serde_json::json!({
        "kind": "ConfigMap",
        "apiVersion": "v1",
        "metadata": {"name": "kfp-launcher", "namespace": NS, "resourceVersion": "123"},
        "data": {
            "defaultPipelineRoot": "minio://mlpipeline/v2/artifacts",
            "providers": "s3:\n  default:\n    endpoint: seaweedfs.kubeflow:9000\n"
        }
    })
    .to_string();
    let fake = FakeApi::start(vec![get(&path("configmaps", "kfp-launcher"), 200, &body)]).await;
    let data = within(fake.k8s().config_map("kfp-launcher"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        data.get("defaultPipelineRoot").map(String::as_str),
        Some("minio://mlpipeline/v2/artifacts")
    );
    assert!(data["providers"].contains("seaweedfs"));
    fake.finish().await;
}

#[tokio::test]
async fn config_map_without_data_is_empty_map() {
    let body = r#"{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"kfp-launcher"}}"#;
    let fake = FakeApi::start(vec![get(&path("configmaps", "kfp-launcher"), 200, body)]).await;
    let data = within(fake.k8s().config_map("kfp-launcher")).await.unwrap();
    assert_eq!(data, Some(Default::default()));
    fake.finish().await;
}

#[tokio::test]
async fn config_map_not_found_is_none() {
    let fake = FakeApi::start(vec![get(
        &path("configmaps", "kfp-launcher"),
        404,
        &not_found("configmaps", "kfp-launcher"),
    )])
    .await;
    let data = within(fake.k8s().config_map("kfp-launcher")).await.unwrap();
    assert_eq!(data, None);
    fake.finish().await;
}

#[tokio::test]
async fn config_map_forbidden_names_resource_and_rbac_grant() {
    let fake = FakeApi::start(vec![get(
        &path("configmaps", "kfp-launcher"),
        403,
        &forbidden("configmaps", "kfp-launcher"),
    )])
    .await;
    let err = within(fake.k8s().config_map("kfp-launcher"))
        .await
        .unwrap_err();
    match &err {
        K8sError::Forbidden {
            kind,
            namespace,
            name,
            ..
        } => {
            assert_eq!(*kind, Kind::ConfigMap);
            assert_eq!(namespace, NS);
            assert_eq!(name, "kfp-launcher");
        }
        other => panic!("expected Forbidden, got {other:?}"),
    }
    let msg = err.to_string();
    assert!(
        msg.starts_with(&format!(
            "get configmaps \"kfp-launcher\" in namespace \"{NS}\" is forbidden for this pod's \
             service account: grant get on configmaps"
        )),
        "{msg}"
    );
    assert!(
        msg.contains("pipeline-runner"),
        "server wording kept: {msg}"
    );
    fake.finish().await;
}

#[tokio::test]
async fn unauthorized_and_server_errors_are_classified() {
    let fake = FakeApi::start(vec![
        get(
            &path("secrets", "mlpipeline-minio-artifact"),
            401,
            &status_body(401, "Unauthorized", "Unauthorized"),
        ),
        get(
            &path("pods", "p"),
            500,
            &status_body(500, "InternalError", "etcd is sad"),
        ),
    ])
    .await;
    let k8s = fake.k8s();
    let err = within(k8s.secret("mlpipeline-minio-artifact"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, K8sError::Unauthorized { kind: Kind::Secret, name, .. } if name == "mlpipeline-minio-artifact"),
        "{err:?}"
    );
    assert!(err.to_string().contains("401"), "{err}");
    let err = within(k8s.pod("p")).await.unwrap_err();
    assert!(
        matches!(
            &err,
            K8sError::Api {
                kind: Kind::Pod,
                code: 500,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("etcd is sad"), "{err}");
    fake.finish().await;
}

#[tokio::test]
async fn unreachable_api_server_is_unavailable() {
    // A port nobody listens on: bind, note it, close it.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let k8s = K8s::from_base_url(&format!("http://127.0.0.1:{port}"), NS).unwrap();
    let err = within(k8s.config_map("kfp-launcher")).await.unwrap_err();
    assert!(
        matches!(
            &err,
            K8sError::Unavailable {
                kind: Kind::ConfigMap,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(std::error::Error::source(&err).is_some());
    assert!(err.to_string().contains("kfp-launcher"), "{err}");
}

#[tokio::test]
async fn secret_found_decodes_base64_data() {
    // accesskey=minio, secretkey=minio123; stringData merged over data.
    let body = serde_json::json!({
        "kind": "Secret",
        "apiVersion": "v1",
        "metadata": {"name": "mlpipeline-minio-artifact", "namespace": NS},
        "type": "Opaque",
        "data": {"accesskey": "bWluaW8=", "secretkey": "bWluaW8xMjM="},
        "stringData": {"region": "minio"}
    })
    .to_string();
    let fake = FakeApi::start(vec![get(
        &path("secrets", "mlpipeline-minio-artifact"),
        200,
        &body,
    )])
    .await;
    let secret = within(fake.k8s().secret("mlpipeline-minio-artifact"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(secret.name(), "mlpipeline-minio-artifact");
    assert_eq!(secret.namespace(), NS);
    assert_eq!(secret.get_str("accesskey").unwrap(), "minio");
    assert_eq!(secret.get_str("secretkey").unwrap(), "minio123");
    assert_eq!(secret.get_bytes("region").unwrap(), b"minio");
    let dbg = format!("{secret:?}");
    assert!(
        dbg.contains("accesskey") && dbg.contains("<redacted>"),
        "{dbg}"
    );
    assert!(
        !dbg.contains("minio123") && !dbg.contains("bWluaW8"),
        "{dbg}"
    );
    fake.finish().await;
}

#[tokio::test]
async fn secret_missing_key_names_secret_and_key_not_values() {
    let body = serde_json::json!({
        "kind": "Secret",
        "apiVersion": "v1",
        "metadata": {"name": "gcs-sa", "namespace": NS},
        "data": {"other": "c3VwZXJzZWNyZXQ="}
    })
    .to_string();
    let fake = FakeApi::start(vec![get(&path("secrets", "gcs-sa"), 200, &body)]).await;
    let secret = within(fake.k8s().secret("gcs-sa")).await.unwrap().unwrap();
    let err = secret
        .get_str("application_default_credentials.json")
        .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("\"gcs-sa\"") && msg.contains("\"application_default_credentials.json\""),
        "{msg}"
    );
    assert!(msg.contains(NS), "{msg}");
    assert!(
        !msg.contains("supersecret") && !format!("{err:?}").contains("supersecret"),
        "{msg}"
    );
    fake.finish().await;
}

#[tokio::test]
async fn secret_not_found_is_none() {
    let fake = FakeApi::start(vec![get(
        &path("secrets", "mlpipeline-minio-artifact"),
        404,
        &not_found("secrets", "mlpipeline-minio-artifact"),
    )])
    .await;
    let secret = within(fake.k8s().secret("mlpipeline-minio-artifact"))
        .await
        .unwrap();
    assert!(secret.is_none());
    fake.finish().await;
}

#[tokio::test]
async fn secret_decode_error_does_not_leak_data() {
    let body = r#"{"kind":"Secret","apiVersion":"v1","metadata":{"name":"s"},"data":{"k":"!!TOPSECRETVALUE!!"}}"#;
    let fake = FakeApi::start(vec![get(&path("secrets", "s"), 200, body)]).await;
    let err = within(fake.k8s().secret("s")).await.unwrap_err();
    assert!(
        matches!(
            &err,
            K8sError::Decode {
                kind: Kind::Secret,
                ..
            }
        ),
        "{err:?}"
    );
    let all = format!("{err} {err:?}");
    assert!(!all.contains("TOPSECRET"), "{all}");
    fake.finish().await;
}

#[tokio::test]
async fn pod_found() {
    let body = serde_json::json!({
        "kind": "Pod",
        "apiVersion": "v1",
        "metadata": {
            "name": "hello-world-abc-system-container-impl-123",
            "namespace": NS,
            "uid": "0b0f5a8e-1111-2222-3333-444455556666",
            "labels": {"pipeline/runid": "run-1", "pipelines.kubeflow.org/v2_component": "true"},
            "annotations": {"pipelines.kubeflow.org/v2_component": "true",
                            "workflows.argoproj.io/node-id": "hello-world-abc-123"}
        },
        "spec": {"containers": [{"name": "main", "image": "python:3.11"}]},
        "status": {
            "phase": "Failed",
            "containerStatuses": [{
                "name": "main",
                "image": "python:3.11",
                "imageID": "",
                "ready": false,
                "restartCount": 0,
                "state": {"terminated": {"exitCode": 137, "reason": "OOMKilled"}}
            }]
        }
    })
    .to_string();
    let name = "hello-world-abc-system-container-impl-123";
    let fake = FakeApi::start(vec![get(&path("pods", name), 200, &body)]).await;
    let pod = within(fake.k8s().pod(name)).await.unwrap().unwrap();
    let labels = pod.metadata.labels.unwrap();
    assert_eq!(labels["pipeline/runid"], "run-1");
    let annotations = pod.metadata.annotations.unwrap();
    assert_eq!(
        annotations["workflows.argoproj.io/node-id"],
        "hello-world-abc-123"
    );
    let statuses = pod.status.unwrap().container_statuses.unwrap();
    let terminated = statuses[0]
        .state
        .as_ref()
        .unwrap()
        .terminated
        .as_ref()
        .unwrap();
    assert_eq!(terminated.reason.as_deref(), Some("OOMKilled"));
    assert_eq!(terminated.exit_code, 137);
    fake.finish().await;
}

#[tokio::test]
async fn pod_not_found_is_none() {
    let fake = FakeApi::start(vec![get(
        &path("pods", "gone"),
        404,
        &not_found("pods", "gone"),
    )])
    .await;
    assert!(within(fake.k8s().pod("gone")).await.unwrap().is_none());
    fake.finish().await;
}

/// The fake itself: a call that never arrives is reported (bounded), and a
/// request to the wrong path is reported rather than answered.
#[tokio::test]
async fn fake_reports_missing_and_unexpected_calls() {
    let fake = FakeApi::start(vec![get(&path("pods", "p"), 404, &not_found("pods", "p"))]).await;
    let err = fake.verify(Duration::from_millis(200)).await.unwrap_err();
    assert!(
        err.contains("never arrived") && err.contains("/pods/p"),
        "{err}"
    );

    let err = within(fake.k8s().config_map("kfp-launcher"))
        .await
        .unwrap_err();
    assert!(matches!(err, K8sError::Api { code: 500, .. }), "{err:?}");
    let err = fake.verify(Duration::from_millis(200)).await.unwrap_err();
    assert!(
        err.contains("expected GET") && err.contains("configmaps/kfp-launcher"),
        "{err}"
    );
    fake.server.abort();
}

/// KFP's default session info names Secret `mlpipeline-minio-artifact`;
/// the launcher reads its keys through the API, in the pod's namespace.
#[cfg(feature = "objstore")]
#[tokio::test]
async fn bucket_credentials_come_from_the_named_secret() {
    use kfp_common::store::{
        bucket::parse_bucket_config, open::resolve_secrets, session::session_info,
        settings::store_settings,
    };
    let body = serde_json::json!({
        "kind": "Secret", "apiVersion": "v1",
        "metadata": {"name": "mlpipeline-minio-artifact", "namespace": NS},
        "data": {"accesskey": "bWluaW8=", "secretkey": "bWluaW8xMjM="}
    })
    .to_string();
    let secret_path = path("secrets", "mlpipeline-minio-artifact");
    // One GET per bucket for both keys (the fake fails a request it did
    // not expect), then a Secret that is gone.
    let fake = FakeApi::start(vec![
        get(&secret_path, 200, &body),
        get(
            &secret_path,
            404,
            &not_found("secrets", "mlpipeline-minio-artifact"),
        ),
    ])
    .await;
    let root = "minio://mlpipeline/v2/artifacts";
    let cfg = parse_bucket_config(root).unwrap();
    let info = session_info(root, None).unwrap();
    let settings = store_settings(&cfg, Some(&info)).unwrap();
    let k8s = fake.k8s();
    let secrets = within(resolve_secrets(&cfg, &settings, &k8s))
        .await
        .unwrap();
    assert_eq!(
        secrets.s3,
        Some(("minio".to_string(), "minio123".to_string()))
    );
    assert!(!format!("{secrets:?}").contains("minio123"));
    let e = within(resolve_secrets(&cfg, &settings, &k8s))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("bucket minio://mlpipeline/v2/artifacts:")
            && e.contains("mlpipeline-minio-artifact")
            && e.contains("no such Secret"),
        "{e}"
    );
    assert!(!e.contains("minio123"));
    fake.finish().await;
}

/// In a pod the service-account token goes with every request, read from
/// its file each time (bound tokens rotate); outside one, in_cluster says why
/// it cannot work.
#[tokio::test]
async fn the_service_account_token_is_sent_and_reread() {
    let dir = tempfile::tempdir().unwrap();
    let token = dir.path().join("token");
    std::fs::write(&token, "first-token\n").unwrap();
    let fake = FakeApi::start(vec![
        get(
            &path("configmaps", "kfp-launcher"),
            404,
            &not_found("configmaps", "kfp-launcher"),
        ),
        get(
            &path("configmaps", "kfp-launcher"),
            404,
            &not_found("configmaps", "kfp-launcher"),
        ),
    ])
    .await;
    let k8s = fake.k8s().with_token_file(&token);
    assert!(within(k8s.config_map("kfp-launcher"))
        .await
        .unwrap()
        .is_none());
    std::fs::write(&token, "rotated-token").unwrap();
    assert!(within(k8s.config_map("kfp-launcher"))
        .await
        .unwrap()
        .is_none());
    let seen = fake.state.lock().unwrap().authorization.clone();
    assert_eq!(
        seen,
        vec![
            Some("Bearer first-token".to_owned()),
            Some("Bearer rotated-token".to_owned())
        ]
    );
    fake.finish().await;
}
