#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

#[test]
fn k8s_secret_debug_redacts_values() {
    let data = BTreeMap::from([
        ("accesskey".to_string(), b"AKIAVERYSECRET".to_vec()),
        ("secretkey".to_string(), b"hunter2".to_vec()),
    ]);
    let s = Secret::new("ns", "mlpipeline-minio-artifact", data);
    let dbg = format!("{s:?} {s:#?}");
    assert!(
        dbg.contains("accesskey") && dbg.contains("<redacted>"),
        "{dbg}"
    );
    assert!(
        !dbg.contains("AKIAVERYSECRET") && !dbg.contains("hunter2"),
        "{dbg}"
    );
}

#[test]
fn k8s_secret_get_str_errors_name_secret_and_key() {
    let data = BTreeMap::from([
        ("accesskey".to_string(), b"AKIAVERYSECRET".to_vec()),
        ("bin".to_string(), vec![0xff, 0xfe]),
    ]);
    let s = Secret::new("ns", "creds", data);
    assert_eq!(s.get_str("accesskey").unwrap(), "AKIAVERYSECRET");
    let missing = s.get_str("secretkey").unwrap_err().to_string();
    assert!(
        missing.contains("\"creds\"") && missing.contains("\"secretkey\""),
        "{missing}"
    );
    assert!(!missing.contains("AKIAVERYSECRET"), "{missing}");
    let bad = s.get_str("bin").unwrap_err().to_string();
    assert!(bad.contains("\"bin\"") && bad.contains("UTF-8"), "{bad}");
}

#[test]
fn k8s_namespace_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("namespace");
    let err = read_namespace(&path).unwrap_err().to_string();
    assert!(err.contains(&path.display().to_string()), "{err}");

    std::fs::write(&path, "kubeflow-user\n").unwrap();
    assert_eq!(read_namespace(&path).unwrap(), "kubeflow-user");

    std::fs::write(&path, " \n").unwrap();
    let err = read_namespace(&path).unwrap_err().to_string();
    assert!(
        err.contains(&path.display().to_string()) && err.contains("empty"),
        "{err}"
    );
}

#[test]
fn k8s_forbidden_message_gives_rbac_hint() {
    let e = K8sError::Forbidden {
        verb: Verb::Get,
        kind: Kind::ConfigMap,
        namespace: "ns".into(),
        name: "kfp-launcher".into(),
        message: "denied".into(),
    };
    assert!(
        e.to_string().starts_with(
            "get configmaps \"kfp-launcher\" in namespace \"ns\" is forbidden for this pod's \
             service account: grant get on configmaps"
        ),
        "{e}"
    );
}

// === A scripted fake API server ===
//
// Each test lists the calls it expects (method, path, and for a create the
// body checked by the test afterwards); the fake answers in order with canned
// objects or `metav1.Status` bodies and records what it got. Every wait is
// bounded, so a call that never arrives fails instead of hanging.

mod fake {
    use std::collections::VecDeque;
    use std::convert::Infallible;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use http_body_util::{BodyExt, Full};
    use hyper::body::{Bytes, Incoming};
    use hyper::server::conn::http1;
    use hyper::service::service_fn;
    use hyper::{Request, Response, StatusCode};
    use hyper_util::rt::TokioIo;
    use tokio::net::TcpListener;
    use tokio::task::JoinHandle;

    use crate::k8s::K8s;

    pub const NS: &str = "kubeflow-user";
    pub const CALL_TIMEOUT: Duration = Duration::from_secs(10);

    /// One expected request and the canned answer.
    pub struct Call {
        pub method: &'static str,
        pub path: String,
        pub status: u16,
        pub body: String,
    }

    pub fn call(method: &'static str, path: &str, status: u16, body: &str) -> Call {
        Call {
            method,
            path: path.to_owned(),
            status,
            body: body.to_owned(),
        }
    }

    /// A request as received.
    #[derive(Debug, Clone)]
    pub struct Seen {
        pub method: String,
        pub path: String,
        pub authorization: Option<String>,
        pub content_type: Option<String>,
        pub body: String,
    }

    #[derive(Default)]
    struct State {
        expected: VecDeque<Call>,
        seen: Vec<Seen>,
        problems: Vec<String>,
    }

    pub struct FakeApi {
        port: u16,
        state: Arc<Mutex<State>>,
        server: JoinHandle<()>,
    }

    impl FakeApi {
        pub async fn start(calls: Vec<Call>) -> FakeApi {
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
                            let st = st.clone();
                            async move { Ok::<_, Infallible>(answer(&st, req).await) }
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

        pub fn k8s(&self) -> K8s {
            K8s::from_base_url(&format!("http://127.0.0.1:{}", self.port), NS).unwrap()
        }

        pub fn seen(&self) -> Vec<Seen> {
            self.state.lock().unwrap().seen.clone()
        }

        /// Every expected call arrived (bounded wait) and nothing else did.
        pub async fn finish(self) {
            let deadline = tokio::time::Instant::now() + CALL_TIMEOUT;
            let result = loop {
                {
                    let st = self.state.lock().unwrap();
                    if !st.problems.is_empty() {
                        break Err(st.problems.join("; "));
                    }
                    if st.expected.is_empty() {
                        break Ok(());
                    }
                    if tokio::time::Instant::now() >= deadline {
                        let missing: Vec<String> = st
                            .expected
                            .iter()
                            .map(|c| format!("{} {}", c.method, c.path))
                            .collect();
                        break Err(format!("expected calls never arrived: {missing:?}"));
                    }
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            };
            self.server.abort();
            if let Err(e) = result {
                panic!("fake API server: {e}");
            }
        }
    }

    async fn answer(state: &Mutex<State>, req: Request<Incoming>) -> Response<Full<Bytes>> {
        let header = |name: &str| {
            req.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let (authorization, content_type) = (header("authorization"), header("content-type"));
        let method = req.method().to_string();
        let path = req.uri().path().to_owned();
        let body = req.into_body().collect().await.unwrap().to_bytes();
        let mut st = state.lock().unwrap();
        st.seen.push(Seen {
            method: method.clone(),
            path: path.clone(),
            authorization,
            content_type,
            body: String::from_utf8_lossy(&body).into_owned(),
        });
        let (status, body) = match st.expected.pop_front() {
            Some(c) if c.method == method && c.path == path => (c.status, c.body),
            Some(c) => {
                st.problems.push(format!(
                    "expected {} {}, got {method} {path}",
                    c.method, c.path
                ));
                (500, status_body(500, "InternalError", "unexpected request"))
            }
            None => {
                st.problems
                    .push(format!("unexpected request {method} {path}"));
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
    pub fn status_body(code: u16, reason: &str, message: &str) -> String {
        serde_json::json!({
            "kind": "Status", "apiVersion": "v1", "metadata": {},
            "status": "Failure", "message": message, "reason": reason, "code": code,
        })
        .to_string()
    }

    pub fn pvc_path(name: &str) -> String {
        format!("/api/v1/namespaces/{NS}/persistentvolumeclaims/{name}")
    }

    pub fn pvcs_path() -> String {
        format!("/api/v1/namespaces/{NS}/persistentvolumeclaims")
    }

    pub fn workflow_path(name: &str) -> String {
        format!("/apis/argoproj.io/v1alpha1/namespaces/{NS}/workflows/{name}")
    }

    pub async fn within<F: std::future::Future>(f: F) -> F::Output {
        tokio::time::timeout(CALL_TIMEOUT, f)
            .await
            .expect("Kubernetes call did not complete in time")
    }
}

use fake::{call, pvc_path, pvcs_path, status_body, within, workflow_path, FakeApi, NS};
use k8s_openapi::api::core::v1::{
    PersistentVolumeClaim, PersistentVolumeClaimSpec, VolumeResourceRequirements,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

fn pvc(name: &str) -> PersistentVolumeClaim {
    PersistentVolumeClaim {
        metadata: ObjectMeta {
            name: Some(name.to_owned()),
            annotations: Some(BTreeMap::from([("team".to_owned(), "ml".to_owned())])),
            ..Default::default()
        },
        spec: Some(PersistentVolumeClaimSpec {
            access_modes: Some(vec!["ReadWriteOnce".into()]),
            resources: Some(VolumeResourceRequirements {
                requests: Some(BTreeMap::from([(
                    "storage".to_owned(),
                    Quantity("5Mi".into()),
                )])),
                ..Default::default()
            }),
            storage_class_name: Some("standard".into()),
            ..Default::default()
        }),
        status: None,
    }
}

/// The stored object as the API server answers a create or a get.
fn stored(name: &str) -> String {
    let mut v = serde_json::to_value(pvc(name)).unwrap();
    v["metadata"]["namespace"] = NS.into();
    v["metadata"]["uid"] = "5a1b2c3d-0000-1111-2222-333344445555".into();
    v["metadata"]["creationTimestamp"] = "2026-08-01T10:00:00Z".into();
    v["status"] = serde_json::json!({"phase": "Pending"});
    v.to_string()
}

#[tokio::test]
async fn k8s_create_pvc_posts_the_object_with_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let token = dir.path().join("token");
    std::fs::write(&token, "sa-token\n").unwrap();
    let fake = FakeApi::start(vec![call("POST", &pvcs_path(), 201, &stored("data"))]).await;
    let created = within(fake.k8s().with_token_file(&token).create_pvc(&pvc("data")))
        .await
        .unwrap();
    assert_eq!(created.metadata.name.as_deref(), Some("data"));
    assert_eq!(created.metadata.namespace.as_deref(), Some(NS));
    let seen = fake.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].authorization.as_deref(), Some("Bearer sa-token"));
    assert_eq!(seen[0].content_type.as_deref(), Some("application/json"));
    let body: serde_json::Value = serde_json::from_str(&seen[0].body).unwrap();
    assert_eq!(body["apiVersion"], "v1");
    assert_eq!(body["kind"], "PersistentVolumeClaim");
    assert_eq!(body["metadata"]["name"], "data");
    assert_eq!(body["metadata"]["annotations"]["team"], "ml");
    assert_eq!(
        body["spec"]["accessModes"],
        serde_json::json!(["ReadWriteOnce"])
    );
    assert_eq!(body["spec"]["resources"]["requests"]["storage"], "5Mi");
    assert_eq!(body["spec"]["storageClassName"], "standard");
    fake.finish().await;
}

#[tokio::test]
async fn k8s_create_pvc_conflict_is_already_exists() {
    let fake = FakeApi::start(vec![call(
        "POST",
        &pvcs_path(),
        409,
        &status_body(
            409,
            "AlreadyExists",
            "persistentvolumeclaims \"data\" already exists",
        ),
    )])
    .await;
    let err = within(fake.k8s().create_pvc(&pvc("data")))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, K8sError::AlreadyExists { verb: Verb::Create, kind: Kind::PersistentVolumeClaim, name, namespace, .. } if name == "data" && namespace == NS),
        "{err:?}"
    );
    let msg = err.to_string();
    assert!(
        msg.starts_with(&format!(
            "create persistentvolumeclaims \"data\" in namespace \"{NS}\": it already exists"
        )),
        "{msg}"
    );
    fake.finish().await;
}

#[tokio::test]
async fn k8s_create_pvc_forbidden_and_missing_namespace_are_errors() {
    let fake = FakeApi::start(vec![
        call(
            "POST",
            &pvcs_path(),
            403,
            &status_body(
                403,
                "Forbidden",
                "persistentvolumeclaims is forbidden: User \"system:serviceaccount:kubeflow-user:pipeline-runner\" cannot create resource",
            ),
        ),
        call(
            "POST",
            &pvcs_path(),
            404,
            &status_body(404, "NotFound", "namespaces \"kubeflow-user\" not found"),
        ),
    ])
    .await;
    let k8s = fake.k8s();
    let err = within(k8s.create_pvc(&pvc("data"))).await.unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.starts_with(&format!(
            "create persistentvolumeclaims \"data\" in namespace \"{NS}\" is forbidden for this \
             pod's service account: grant create on persistentvolumeclaims"
        )) && msg.contains("pipeline-runner"),
        "{msg}"
    );
    let err = within(k8s.create_pvc(&pvc("data"))).await.unwrap_err();
    assert!(
        matches!(
            &err,
            K8sError::Api {
                verb: Verb::Create,
                code: 404,
                ..
            }
        ),
        "a create into a missing namespace is not `None`: {err:?}"
    );
    assert!(err.to_string().contains("not found"), "{err}");
    fake.finish().await;
}

#[tokio::test]
async fn k8s_pvc_get_and_delete() {
    let fake = FakeApi::start(vec![
        call("GET", &pvc_path("data"), 200, &stored("data")),
        call("DELETE", &pvc_path("data"), 200, &stored("data")),
        call(
            "GET",
            &pvc_path("gone"),
            404,
            &status_body(404, "NotFound", "persistentvolumeclaims \"gone\" not found"),
        ),
        call(
            "DELETE",
            &pvc_path("gone"),
            404,
            &status_body(404, "NotFound", "persistentvolumeclaims \"gone\" not found"),
        ),
        call(
            "DELETE",
            &pvc_path("data"),
            403,
            &status_body(403, "Forbidden", "cannot delete resource"),
        ),
    ])
    .await;
    let k8s = fake.k8s();
    let got = within(k8s.pvc("data")).await.unwrap().unwrap();
    assert_eq!(got.status.and_then(|s| s.phase).as_deref(), Some("Pending"));
    assert!(within(k8s.delete_pvc("data")).await.unwrap());
    assert!(within(k8s.pvc("gone")).await.unwrap().is_none());
    assert!(!within(k8s.delete_pvc("gone")).await.unwrap());
    let err = within(k8s.delete_pvc("data")).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("grant delete on persistentvolumeclaims"),
        "{err}"
    );
    assert!(matches!(
        err,
        K8sError::Forbidden {
            verb: Verb::Delete,
            ..
        }
    ));
    let calls: Vec<String> = fake
        .seen()
        .into_iter()
        .map(|s| format!("{} {}", s.method, s.path))
        .collect();
    assert_eq!(
        calls,
        [
            format!("GET {}", pvc_path("data")),
            format!("DELETE {}", pvc_path("data")),
            format!("GET {}", pvc_path("gone")),
            format!("DELETE {}", pvc_path("gone")),
            format!("DELETE {}", pvc_path("data")),
        ]
    );
    fake.finish().await;
}

#[tokio::test]
async fn k8s_workflow_creation_time_and_labels() {
    let body = serde_json::json!({
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {
            "name": "hello-world-abcde",
            "namespace": NS,
            "creationTimestamp": "2026-08-01T10:00:00Z",
            "labels": {"pipelines.kubeflow.org/workflowEpoch": "1785578400",
                       "pipeline/runid": "run-1"}
        },
        "spec": {"entrypoint": "entrypoint", "templates": []},
        "status": {"phase": "Running", "nodes": {"x": {"id": "x"}}}
    })
    .to_string();
    let fake = FakeApi::start(vec![
        call("GET", &workflow_path("hello-world-abcde"), 200, &body),
        call(
            "GET",
            &workflow_path("gone"),
            404,
            &status_body(404, "NotFound", "workflows.argoproj.io \"gone\" not found"),
        ),
        call(
            "GET",
            &workflow_path("secret-run"),
            403,
            &status_body(403, "Forbidden", "cannot get resource \"workflows\""),
        ),
        call(
            "GET",
            &workflow_path("manual"),
            200,
            r#"{"apiVersion":"argoproj.io/v1alpha1","kind":"Workflow","metadata":{"name":"manual","labels":{"pipelines.kubeflow.org/workflowEpoch":"soon"}}}"#,
        ),
    ])
    .await;
    let k8s = fake.k8s();
    let wf = within(k8s.workflow("hello-world-abcde"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(wf.name, "hello-world-abcde");
    assert_eq!(
        wf.creation_timestamp.as_deref(),
        Some("2026-08-01T10:00:00Z")
    );
    assert_eq!(wf.labels["pipeline/runid"], "run-1");
    assert_eq!(wf.workflow_epoch(), Some(Ok(1_785_578_400)));

    assert!(within(k8s.workflow("gone")).await.unwrap().is_none());

    let err = within(k8s.workflow("secret-run")).await.unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.starts_with(&format!(
            "get workflows.argoproj.io \"secret-run\" in namespace \"{NS}\" is forbidden for \
             this pod's service account: grant get on workflows.argoproj.io"
        )),
        "{msg}"
    );

    let manual = within(k8s.workflow("manual")).await.unwrap().unwrap();
    assert_eq!(manual.creation_timestamp, None);
    let bad = manual.workflow_epoch().unwrap().unwrap_err();
    assert!(
        bad.contains("workflowEpoch") && bad.contains("soon"),
        "{bad}"
    );
    fake.finish().await;
}

#[test]
fn k8s_kinds_name_their_rbac_resources() {
    assert_eq!(
        Kind::PersistentVolumeClaim.resource(),
        "persistentvolumeclaims"
    );
    assert_eq!(Kind::Workflow.resource(), "workflows");
    assert_eq!(Kind::Workflow.qualified_resource(), "workflows.argoproj.io");
    assert_eq!(Kind::Pod.qualified_resource(), "pods");
    assert_eq!(Verb::Delete.to_string(), "delete");
}
