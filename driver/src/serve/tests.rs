#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `driver serve` in this process, spoken to over TCP as Argo's agent does;
//! the driver runs against the real MLMD engine where the test needs one
//! (`make test`; without `KFP_MLMD_*` those skip loudly).

use super::*;
use crate::clients::KubeAccess;
use kfp_common::test_util;
use serde_json::{json, Value};
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

struct Server {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    done: tokio::task::JoinHandle<Result<Summary, ServeError>>,
    clients: Arc<Clients>,
}

impl Server {
    /// Must be called inside a `LocalSet`.
    async fn start(config: Config) -> Server {
        Self::start_with(config, KubeAccess::InCluster).await
    }

    async fn start_with(config: Config, kube: KubeAccess) -> Server {
        let listener = bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let clients = Arc::new(Clients::new(kube));
        let done = tokio::task::spawn_local(serve(listener, config, clients.clone(), async {
            let _ = stopped.await;
        }));
        Server {
            addr,
            stop: Some(stop),
            done,
            clients,
        }
    }

    async fn stop(mut self) -> Summary {
        let _ = self.stop.take().unwrap().send(());
        self.done.await.unwrap().unwrap()
    }
}

/// One HTTP/1.1 request on its own connection: status and body.
async fn call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &str,
) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).await.unwrap();
    s.write_all(body.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.unwrap();
    let out = String::from_utf8(out).unwrap();
    let status = out[9..12].parse().unwrap();
    let body = out
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

fn request(args: Value) -> String {
    json!({
        "workflow": {"metadata": {"name": "wf", "namespace": "kubeflow-user", "uid": "u"}},
        "template": {
            "name": "system-dag-driver",
            "outputs": {"parameters": [{"name": "execution-id"}, {"name": "iteration-count", "valueFrom": {"default": "0"}}, {"name": "condition", "valueFrom": {"default": "true"}}]},
            "plugin": {"driver-plugin": {"args": args}},
        },
    })
    .to_string()
}

fn root_dag_args(run_id: &str, mlmd: &test_util::MlmdAddress) -> Value {
    root_dag_in(run_id, mlmd, "kubeflow-user")
}

fn root_dag_in(run_id: &str, mlmd: &test_util::MlmdAddress, namespace: &str) -> Value {
    json!({
        "type": "ROOT_DAG",
        "pipeline_name": "plugin-pipeline",
        "run_id": run_id,
        "run_name": "plugin-run",
        "run_display_name": "plugin run",
        "component": "{}",
        "runtime_config": r#"{"parameterValues": {"n": 3}}"#,
        "iteration_index": -1,
        "mlmd_server_address": mlmd.host,
        "mlmd_server_port": mlmd.port.to_string(),
        "namespace": namespace,
    })
}

/// `n` ROOT_DAG requests of new runs, sent at once.
fn root_dags(
    addr: SocketAddr,
    mlmd: &test_util::MlmdAddress,
    n: usize,
) -> Vec<tokio::task::JoinHandle<(u16, String)>> {
    (0..n)
        .map(|_| {
            let body = request(root_dag_args(&uuid::Uuid::new_v4().to_string(), mlmd));
            tokio::task::spawn_local(
                async move { call(addr, "POST", EXECUTE_PATH, None, &body).await },
            )
        })
        .collect()
}

#[tokio::test]
async fn routes_tokens_and_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let token = dir.path().join("token");
    std::fs::write(&token, "s3cret\n").unwrap();
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let server = Server::start(Config {
                token_file: Some(token.clone()),
                ..Config::default()
            })
            .await;
            let a = server.addr;
            let body = request(json!({"type": "DAG"}));
            assert_eq!(
                call(a, "GET", "/healthz", None, "").await,
                (200, "ok\n".into())
            );
            assert_eq!(call(a, "POST", EXECUTE_PATH, None, &body).await.0, 401);
            assert_eq!(
                call(a, "POST", EXECUTE_PATH, Some("wrong!"), &body).await.0,
                401
            );
            assert_eq!(
                call(a, "GET", EXECUTE_PATH, Some("s3cret"), "").await.0,
                405
            );
            assert_eq!(call(a, "GET", "/metrics", None, "").await.0, 404);
            let (status, text) = call(a, "POST", EXECUTE_PATH, Some("s3cret"), "{not json").await;
            assert_eq!(status, 400);
            assert!(text.contains("not an ExecuteTemplateArgs"), "{text}");
            // Another plugin's template: a reply without a node, so the
            // agent asks its next plugin (a 404 would make it stop calling
            // this one at all).
            let other = json!({"template": {"name": "x", "plugin": {"slack": {}}}}).to_string();
            assert_eq!(
                call(a, "POST", EXECUTE_PATH, Some("s3cret"), &other).await,
                (200, "{}".to_owned())
            );
            // The template's own faults fail its node, with the reason.
            for (args, what) in [
                (
                    json!({"type": "DAG", "execution_id_path": "/tmp/x"}),
                    "argument \"execution_id_path\": names a file",
                ),
                (json!({"type": "DAG", "frobnicate": "x"}), "frobnicate"),
                (json!({"type": "NOPE"}), "NOPE"),
            ] {
                let (status, text) =
                    call(a, "POST", EXECUTE_PATH, Some("s3cret"), &request(args)).await;
                assert_eq!(status, 200, "{text}");
                let reply: plugin::Reply = serde_json::from_str(&text).unwrap();
                assert_eq!(reply.node.phase, "Failed");
                assert!(reply.node.message.contains(what), "{}", reply.node.message);
                assert!(reply.node.outputs.is_none());
            }
            // A rotated token is read again.
            std::fs::write(&token, "rotated").unwrap();
            assert_eq!(
                call(a, "POST", EXECUTE_PATH, Some("s3cret"), &body).await.0,
                401
            );
            // One run: `--type=NOPE` gets as far as the flag parser; the
            // others are refused before.
            let summary = server.stop().await;
            assert_eq!(
                summary,
                Summary {
                    requests: 1,
                    in_flight_at_stop: 0,
                    abandoned: 0
                }
            );
        })
        .await;
}

/// Many requests at once, more than may run at once: every one answered
/// with its own execution, on one MLMD connection.
#[tokio::test]
async fn concurrent_requests_share_one_mlmd_connection() {
    let Some(mlmd) = test_util::mlmd() else {
        return;
    };
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let server = Server::start(Config {
                max_requests: 8,
                ..Config::default()
            })
            .await;
            let calls = root_dags(server.addr, &mlmd, 50);
            let mut ids = std::collections::BTreeSet::new();
            for c in calls {
                let (status, text) = c.await.unwrap();
                assert_eq!(status, 200, "{text}");
                let reply: plugin::Reply = serde_json::from_str(&text).unwrap();
                assert_eq!(reply.node.phase, "Succeeded", "{}", reply.node.message);
                let params = reply.node.outputs.unwrap().parameters;
                let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
                assert_eq!(names, ["execution-id", "iteration-count", "condition"]);
                assert_eq!(params[1].value, "0");
                assert_eq!(params[2].value, "nil");
                ids.insert(params[0].value.parse::<i64>().unwrap());
            }
            assert_eq!(ids.len(), 50, "one execution per run");
            assert_eq!(server.clients.mlmd_connections(), 1);
            // Every run is over once its reply is out: none left behind.
            let summary = server.stop().await;
            assert_eq!((summary.requests, summary.in_flight_at_stop), (50, 0));
        })
        .await;
}

/// A stop lets the runs in flight finish and answers them; then the
/// server is gone.
#[tokio::test]
async fn a_stop_drains_the_runs_in_flight() {
    let Some(mlmd) = test_util::mlmd() else {
        return;
    };
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let server = Server::start(Config {
                max_requests: 1,
                ..Config::default()
            })
            .await;
            let a = server.addr;
            let mut calls = root_dags(a, &mlmd, 10);
            // One at a time: when the first is answered, nine wait.
            let first = calls.remove(0).await.unwrap();
            assert_eq!(first.0, 200);
            let summary = server.stop().await;
            for c in calls {
                let (status, text) = c.await.unwrap();
                assert_eq!(status, 200, "{text}");
                assert!(text.contains("\"Succeeded\""), "{text}");
            }
            assert_eq!((summary.requests, summary.abandoned), (10, 0));
            assert!(summary.in_flight_at_stop > 0, "{summary:?}");
            assert!(
                tokio::net::TcpStream::connect(a).await.is_err(),
                "still listening"
            );
        })
        .await;
}

/// The Kubernetes API through the one client the server keeps, in each
/// request's namespace: a ROOT_DAG request reads its namespace's
/// `kfp-launcher` ConfigMap (here from a fake API server), and the run's
/// pipeline root is that namespace's.
#[tokio::test]
async fn each_request_reads_its_own_namespace() {
    use kfp_common::metadata::{keys, value, MetadataBackend};
    let Some(mlmd) = test_util::mlmd() else {
        return;
    };
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            // The fake API server: team-a has a kfp-launcher ConfigMap,
            // team-b none; every path asked for is kept.
            let asked = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
            let api = bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
            let api_url = format!("http://{}", api.local_addr().unwrap());
            let (api_stop, api_stopped) = tokio::sync::oneshot::channel::<()>();
            let seen = asked.clone();
            let fake = tokio::task::spawn_local(http::accept_until(
                api,
                None,
                move |req: Request<Incoming>| {
                    let seen = seen.clone();
                    async move {
                        let path = req.uri().path().to_owned();
                        seen.lock().unwrap().push(path.clone());
                        if path == "/api/v1/namespaces/team-a/configmaps/kfp-launcher" {
                            json(
                                json!({"apiVersion": "v1", "kind": "ConfigMap",
                                       "metadata": {"name": "kfp-launcher", "namespace": "team-a"},
                                       "data": {"defaultPipelineRoot": "minio://team-a-bucket/root"}})
                                .to_string()
                                .into_bytes(),
                            )
                        } else {
                            let mut r = text(
                                StatusCode::NOT_FOUND,
                                &json!({"kind": "Status", "apiVersion": "v1", "status": "Failure",
                                        "reason": "NotFound", "code": 404}).to_string(),
                            );
                            r.headers_mut().insert(
                                header::CONTENT_TYPE,
                                header::HeaderValue::from_static("application/json"),
                            );
                            r
                        }
                    }
                },
                async {
                    let _ = api_stopped.await;
                },
            ));
            let k8s = kfp_common::k8s::K8s::from_base_url(&api_url, "unused").unwrap();
            let server = Server::start_with(Config::default(), KubeAccess::Client(k8s)).await;
            let mut runs = Vec::new();
            for ns in ["team-a", "team-b"] {
                let run_id = uuid::Uuid::new_v4().to_string();
                let body = json!({
                    "workflow": {"metadata": {"name": "wf", "namespace": ns, "uid": "u"}},
                    "template": {"name": "system-dag-driver",
                                 "plugin": {"driver-plugin": {"args": root_dag_in(&run_id, &mlmd, ns)}}},
                })
                .to_string();
                let (status, text) = call(server.addr, "POST", EXECUTE_PATH, None, &body).await;
                assert_eq!(status, 200, "{text}");
                assert!(text.contains("\"Succeeded\""), "{text}");
                runs.push(run_id);
            }
            server.stop().await;
            api_stop.send(()).unwrap();
            fake.await.unwrap().close(Duration::from_secs(5)).await;
            assert_eq!(
                *asked.lock().unwrap(),
                [
                    "/api/v1/namespaces/team-a/configmaps/kfp-launcher",
                    "/api/v1/namespaces/team-b/configmaps/kfp-launcher"
                ]
            );
            let store = mlmd.connect().await;
            let root = |run: &str| {
                let store = &store;
                let run = run.to_owned();
                async move {
                    let r = store.get_run("plugin-pipeline", &run).await.unwrap().unwrap();
                    value::str_property(&r.run.custom_properties, keys::PIPELINE_ROOT).to_owned()
                }
            };
            assert!(root(&runs[0]).await.starts_with("minio://team-a-bucket/root/"));
            assert!(!root(&runs[1]).await.contains("team-a-bucket"));
        })
        .await;
}

/// Argo's agent sends a template again when it gave up waiting (30 s):
/// the same request joins the run in flight, or gets the reply of the one
/// that succeeded; one run, one execution. The same template of another
/// workflow is another run.
#[tokio::test]
async fn the_same_request_again_is_one_run() {
    let Some(mlmd) = test_util::mlmd() else {
        return;
    };
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let server = Server::start(Config::default()).await;
            let a = server.addr;
            let body = request(root_dag_args(&uuid::Uuid::new_v4().to_string(), &mlmd));
            let twice: Vec<_> = (0..2)
                .map(|_| {
                    let body = body.clone();
                    tokio::task::spawn_local(async move {
                        call(a, "POST", EXECUTE_PATH, None, &body).await
                    })
                })
                .collect();
            let mut replies = Vec::new();
            for c in twice {
                replies.push(c.await.unwrap());
            }
            replies.push(call(a, "POST", EXECUTE_PATH, None, &body).await);
            assert!(replies[0].1.contains("\"Succeeded\""), "{}", replies[0].1);
            assert!(replies.iter().all(|r| *r == replies[0]), "{replies:?}");
            let other_workflow = body.replace("\"uid\":\"u\"", "\"uid\":\"another\"");
            assert_ne!(other_workflow, body);
            let (status, _) = call(a, "POST", EXECUTE_PATH, None, &other_workflow).await;
            assert_eq!(status, 200);
            assert_eq!(server.stop().await.requests, 2, "runs");
        })
        .await;
}
