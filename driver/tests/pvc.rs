//! Kubernetes platform ops (contract §2.11) end to end: the ROOT_DAG driver,
//! then the CONTAINER driver on the createpvc/deletepvc tasks of the SDK's
//! `pipeline_with_volume.yaml`, against a fake Kubernetes API server on
//! 127.0.0.1 that keeps the PVCs it is given, on every metadata backend
//! (the in-memory SQLite store; the real MLMD engine under `make test`).
//! Without MLMD or the fixtures a test skips loudly, or fails under
//! `KFP_REQUIRE_SERVICES=1`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

use std::{
    collections::BTreeMap,
    io::{BufRead, BufReader, Read, Write},
    net::{TcpListener, TcpStream},
    sync::{Arc, Mutex},
};

use harness::{on_every_backend, Backend};
use kfp_common::test_util::state;
use kfp_common::{
    ir::Pipeline,
    k8s::K8s,
    metadata::{keys, value, MetadataBackend},
    proto::{
        ml_metadata::{self as mlmd, execution::State},
        ml_pipelines::pipeline_deployment_config::executor_spec::Spec,
    },
    store::providers::LauncherConfig,
};
use kfp_driver::{
    args,
    container::{container_driver, CacheLookup, ContainerError, Env, TrustRecords},
    outputs::{Condition, Outputs},
    root::root_dag,
};
use serde_json::{json, Value as Json};

const NS: &str = "kubeflow-user";
const FIXTURE: &str = "pipeline_with_volume.yaml";

// === A fake Kubernetes API server ===
//
// Plain HTTP/1.1 on 127.0.0.1, one connection per request (`Connection:
// close`), state kept like the API server keeps it: PVCs are created (409 if
// the name is taken), read and deleted (404 if absent); every Pod exists
// with uid `uid-<name>` unless the test says pods are missing. Every
// request is recorded for the assertions.

#[derive(Debug, Clone)]
struct Request {
    method: String,
    path: String,
    body: String,
}

#[derive(Default)]
struct ApiState {
    pvcs: BTreeMap<String, Json>,
    requests: Vec<Request>,
    pods_missing: bool,
}

#[derive(Clone)]
struct FakeApi {
    base: String,
    state: Arc<Mutex<ApiState>>,
}

impl FakeApi {
    fn start() -> FakeApi {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(ApiState::default()));
        let st = state.clone();
        // Lives as long as the test process; each test has its own port.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let st = st.clone();
                std::thread::spawn(move || serve(stream, &st));
            }
        });
        FakeApi { base, state }
    }

    fn k8s(&self) -> K8s {
        K8s::from_base_url(&self.base, NS).unwrap()
    }

    fn requests(&self) -> Vec<Request> {
        self.state.lock().unwrap().requests.clone()
    }

    /// `METHOD path` of every request whose path mentions `resource`.
    fn calls(&self, resource: &str) -> Vec<String> {
        self.requests()
            .into_iter()
            .filter(|r| r.path.contains(resource))
            .map(|r| format!("{} {}", r.method, r.path))
            .collect()
    }

    fn pvc(&self, name: &str) -> Option<Json> {
        self.state.lock().unwrap().pvcs.get(name).cloned()
    }

    fn pvc_names(&self) -> Vec<String> {
        self.state.lock().unwrap().pvcs.keys().cloned().collect()
    }
}

fn serve(stream: TcpStream, state: &Mutex<ApiState>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let path = parts.next().unwrap_or_default().to_owned();
    let mut length = 0usize;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).unwrap();
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap();
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    let body = String::from_utf8(body).unwrap();
    let (status, answer) = answer(state, &method, &path, &body);
    let mut stream = stream;
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
        answer.len()
    );
    let _ = stream.flush();
}

fn status(code: u16, reason: &str, message: &str) -> (u16, String) {
    let body = json!({"kind": "Status", "apiVersion": "v1", "status": "Failure",
                      "message": message, "reason": reason, "code": code});
    (code, body.to_string())
}

fn answer(state: &Mutex<ApiState>, method: &str, path: &str, body: &str) -> (u16, String) {
    let mut st = state.lock().unwrap();
    st.requests.push(Request {
        method: method.to_owned(),
        path: path.to_owned(),
        body: body.to_owned(),
    });
    let pvcs = format!("/api/v1/namespaces/{NS}/persistentvolumeclaims");
    let pods = format!("/api/v1/namespaces/{NS}/pods/");
    if let Some(name) = path.strip_prefix(&pods) {
        if st.pods_missing {
            return status(404, "NotFound", &format!("pods \"{name}\" not found"));
        }
        let pod = json!({"apiVersion": "v1", "kind": "Pod",
                         "metadata": {"name": name, "namespace": NS, "uid": format!("uid-{name}")}});
        return (200, pod.to_string());
    }
    if method == "POST" && path == pvcs {
        let mut pvc: Json = serde_json::from_str(body).unwrap();
        let name = pvc["metadata"]["name"].as_str().unwrap().to_owned();
        if st.pvcs.contains_key(&name) {
            return status(
                409,
                "AlreadyExists",
                &format!("persistentvolumeclaims \"{name}\" already exists"),
            );
        }
        pvc["metadata"]["namespace"] = NS.into();
        pvc["metadata"]["uid"] = format!("pvc-uid-{name}").into();
        pvc["status"] = json!({"phase": "Pending"});
        st.pvcs.insert(name, pvc.clone());
        return (201, pvc.to_string());
    }
    if let Some(name) = path.strip_prefix(&format!("{pvcs}/")) {
        let not_found = || {
            status(
                404,
                "NotFound",
                &format!("persistentvolumeclaims \"{name}\" not found"),
            )
        };
        return match method {
            "GET" => st
                .pvcs
                .get(name)
                .map_or_else(not_found, |p| (200, p.to_string())),
            "DELETE" => st
                .pvcs
                .remove(name)
                .map_or_else(not_found, |p| (200, p.to_string())),
            _ => status(405, "MethodNotAllowed", method),
        };
    }
    status(500, "InternalError", &format!("unexpected {method} {path}"))
}

// === The drivers ===

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The fixture and a fresh fake API server, or `None` after
/// `test_util::skip`.
fn pipeline_and_api() -> Option<(Pipeline, FakeApi)> {
    Some((harness::fixture(FIXTURE)?, FakeApi::start()))
}

/// The pod name the driver looks itself up by: `KFP_POD_NAME`, else the
/// hostname (the fake knows every pod).
fn own_pod_name() -> String {
    env("KFP_POD_NAME")
        .or_else(|| std::fs::read_to_string("/proc/sys/kernel/hostname").ok())
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .unwrap()
        .trim()
        .to_owned()
}

fn argv(pairs: &[(&str, String)]) -> Vec<String> {
    // Go flag syntax: a boolean flag takes its value after `=` only.
    pairs
        .iter()
        .flat_map(|(k, v)| match *k {
            "cache_disabled" => vec![format!("--{k}={v}")],
            _ => vec![format!("--{k}"), v.clone()],
        })
        .collect()
}

/// One run of the pipeline: a pipeline name of its own per test, so the
/// cache (scoped by pipeline name and namespace) is the test's alone.
struct Run<'p> {
    pipeline: &'p Pipeline,
    pipeline_name: String,
    run_id: String,
    root_id: i64,
}

impl<'p> Run<'p> {
    async fn start(
        store: &impl MetadataBackend,
        pipeline: &'p Pipeline,
        pipeline_name: &str,
    ) -> Run<'p> {
        let run_id = uuid::Uuid::new_v4().to_string();
        let flags = [
            ("type", "ROOT_DAG".to_owned()),
            ("pipeline_name", pipeline_name.to_owned()),
            ("run_id", run_id.clone()),
            ("run_name", format!("{pipeline_name}-wf")),
            ("component", "{}".into()),
            ("runtime_config", "{}".into()),
            ("iteration_index", "-1".into()),
            ("namespace", NS.into()),
        ];
        let parsed = args::parse(&argv(&flags)).unwrap();
        let out = root_dag(store, &parsed, NS, &LauncherConfig::default())
            .await
            .unwrap();
        Run {
            pipeline,
            pipeline_name: pipeline_name.to_owned(),
            run_id,
            root_id: out.execution_id.unwrap(),
        }
    }

    fn task(&self, key: &str) -> Json {
        task_of(self.pipeline, key)
    }

    /// The CONTAINER driver on task `key` (spec `task`, maybe edited).
    async fn container(
        &self,
        store: &impl MetadataBackend,
        kube: Option<&K8s>,
        key: &str,
        task: &Json,
    ) -> Result<Outputs, ContainerError> {
        let spec: kfp_common::proto::ml_pipelines::PipelineTaskSpec =
            serde_json::from_value(task.clone()).unwrap();
        let component = self.pipeline.component_of(key, &spec).unwrap();
        let name = &spec.component_ref.as_ref().unwrap().name;
        let Spec::Container(container) = self.pipeline.executor_of(name, component).unwrap() else {
            panic!("{key} has no container")
        };
        let flags = [
            ("type", "CONTAINER".to_owned()),
            ("pipeline_name", self.pipeline_name.clone()),
            ("run_id", self.run_id.clone()),
            ("run_name", format!("{}-wf", self.pipeline_name)),
            ("namespace", NS.into()),
            ("cache_store", "mlmd".into()),
            ("cache_disabled", "false".into()),
            ("task", task.to_string()),
            ("task_name", key.to_owned()),
            ("component", serde_json::to_string(component).unwrap()),
            ("container", serde_json::to_string(container).unwrap()),
            ("dag_execution_id", self.root_id.to_string()),
            ("iteration_index", "-1".into()),
            ("publish_logs", "false".into()),
        ];
        let parsed = args::parse(&argv(&flags)).unwrap();
        let env = Env {
            store,
            cache: CacheLookup::Mlmd,
            outputs_check: &TrustRecords,
            namespace: NS.to_owned(),
            kube,
            pvcs: None,
            pod_name: Some(own_pod_name()),
        };
        container_driver(&env, &parsed).await
    }

    /// [`Self::container`], which must succeed, and the execution it
    /// recorded.
    async fn published(
        &self,
        store: &impl MetadataBackend,
        kube: Option<&K8s>,
        key: &str,
        task: &Json,
    ) -> (Outputs, mlmd::Execution) {
        let out = self.container(store, kube, key, task).await.unwrap();
        let e = execution(store, out.execution_id.unwrap()).await;
        (out, e)
    }

    /// The run's executions other than the root DAG.
    async fn task_executions(&self, store: &impl MetadataBackend) -> Vec<mlmd::Execution> {
        let (_, run) = store.open_execution(self.root_id).await.unwrap();
        store
            .run_executions(&run, &[])
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.id != Some(self.root_id))
            .collect()
    }
}

/// The task spec of `key` in the root DAG as JSON, to edit.
fn task_of(pipeline: &Pipeline, key: &str) -> Json {
    let root = pipeline.root().unwrap();
    let Some(kfp_common::proto::ml_pipelines::component_spec::Implementation::Dag(dag)) =
        &root.implementation
    else {
        panic!("root is not a DAG")
    };
    serde_json::to_value(&dag.tasks[key]).unwrap()
}

async fn execution(store: &impl MetadataBackend, id: i64) -> mlmd::Execution {
    store.get_executions(&[id]).await.unwrap().remove(0)
}

fn string_prop(e: &mlmd::Execution, key: &str) -> Option<String> {
    e.custom_properties
        .get(key)
        .and_then(value::as_str)
        .map(str::to_owned)
}

/// The `name` in an execution's `outputs` property.
fn output_name(e: &mlmd::Execution) -> Option<String> {
    let outputs = e.custom_properties.get(keys::OUTPUTS)?;
    let s = value::as_struct(outputs)?;
    kfp_common::executor_io::to_json(s.fields.get("name")?)
        .as_str()
        .map(str::to_owned)
}

fn unique(prefix: &str) -> String {
    format!(
        "{prefix}-{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    )
}

/// createpvc with a fixed `pvc_name` (the fixture's suffix would make every
/// fingerprint unique).
fn with_fixed_name(mut task: Json, name: &str) -> Json {
    let params = task["inputs"]["parameters"].as_object_mut().unwrap();
    params.remove("pvc_name_suffix");
    params.insert(
        "pvc_name".into(),
        json!({"runtimeValue": {"constant": name}}),
    );
    task
}

// === Tests ===

/// createpvc creates the PVC and records COMPLETE with `outputs.name` and
/// the driver's pod; a second run hits the cache (no second PVC); deletepvc
/// deletes it, by the name the cached createpvc passed on; a third run's
/// createpvc finds its cached PVC gone and creates it again.
async fn createpvc_cache_hit_and_deletepvc(store: &impl Backend) {
    let Some((pipeline, api)) = pipeline_and_api() else {
        return;
    };
    let kube = api.k8s();
    let pipeline_name = unique("pipeline-with-volume");
    let pvc_name = unique("shared");
    let createpvc = with_fixed_name(task_of(&pipeline, "createpvc"), &pvc_name);

    // Run 1: created.
    let run1 = Run::start(store, &pipeline, &pipeline_name).await;
    let out = run1
        .container(store, Some(&kube), "createpvc", &createpvc)
        .await
        .unwrap();
    assert_eq!(out.cached_decision, Some(false));
    assert_eq!(out.condition, Some(Condition::None));
    assert_eq!(
        out.pod_spec_patch, None,
        "no pod spec patch for platform ops"
    );
    let first = execution(store, out.execution_id.unwrap()).await;
    assert_eq!(state(&first), State::Complete);
    assert_eq!(output_name(&first).as_deref(), Some(pvc_name.as_str()));
    let pod = own_pod_name();
    assert_eq!(string_prop(&first, keys::POD_NAME), Some(pod.clone()));
    assert_eq!(
        string_prop(&first, keys::POD_UID),
        Some(format!("uid-{pod}"))
    );
    assert_eq!(string_prop(&first, keys::NAMESPACE).as_deref(), Some(NS));
    assert_eq!(string_prop(&first, keys::IMAGE).as_deref(), Some(""));
    assert_eq!(
        string_prop(&first, keys::TASK_NAME).as_deref(),
        Some("createpvc")
    );
    let fingerprint = string_prop(&first, keys::CACHE_FINGERPRINT).unwrap();
    assert_eq!(fingerprint.len(), 64, "{fingerprint}");
    let pvc = api.pvc(&pvc_name).expect("the PVC was created");
    assert_eq!(pvc["apiVersion"], "v1");
    assert_eq!(pvc["kind"], "PersistentVolumeClaim");
    assert_eq!(pvc["metadata"]["name"], pvc_name.as_str());
    assert_eq!(pvc["spec"]["resources"]["requests"]["storage"], "5Mi");
    assert_eq!(pvc["spec"]["accessModes"], json!(["ReadWriteOnce"]));
    assert_eq!(pvc["spec"]["storageClassName"], "standard");
    assert_eq!(
        api.calls("pods/"),
        [format!("GET /api/v1/namespaces/{NS}/pods/{pod}")]
    );

    // Run 2: a cache hit; the PVC is checked, not created again.
    let run2 = Run::start(store, &pipeline, &pipeline_name).await;
    let (out, hit) = run2
        .published(store, Some(&kube), "createpvc", &createpvc)
        .await;
    assert_eq!(out.cached_decision, Some(true));
    assert_eq!(state(&hit), State::Cached);
    assert_eq!(
        string_prop(&hit, keys::CACHED_EXECUTION_ID),
        Some(first.id.unwrap().to_string())
    );
    assert_eq!(
        string_prop(&hit, keys::CACHE_FINGERPRINT),
        Some(fingerprint)
    );
    assert_eq!(output_name(&hit).as_deref(), Some(pvc_name.as_str()));
    assert_eq!(string_prop(&hit, keys::POD_NAME), Some(pod.clone()));
    let pvc_calls = api.calls("persistentvolumeclaims");
    assert_eq!(
        pvc_calls,
        [
            format!("POST /api/v1/namespaces/{NS}/persistentvolumeclaims"),
            format!("GET /api/v1/namespaces/{NS}/persistentvolumeclaims/{pvc_name}"),
        ],
        "no second PVC"
    );

    // deletepvc in run 2: its pvc_name comes from the (cached) createpvc.
    let deletepvc = run2.task("deletepvc");
    let (out, deleted) = run2
        .published(store, Some(&kube), "deletepvc", &deletepvc)
        .await;
    assert_eq!(out.cached_decision, Some(false));
    assert_eq!(state(&deleted), State::Complete);
    assert_eq!(deleted.custom_properties.get(keys::OUTPUTS), None);
    assert_eq!(
        kfp_common::executor_io::to_json(
            value::as_struct(deleted.custom_properties.get(keys::INPUTS).unwrap())
                .unwrap()
                .fields
                .get("pvc_name")
                .unwrap()
        ),
        json!(pvc_name)
    );
    assert!(api.pvc(&pvc_name).is_none(), "deleted");
    assert_eq!(
        api.calls("persistentvolumeclaims")[2..],
        [
            format!("GET /api/v1/namespaces/{NS}/persistentvolumeclaims/{pvc_name}"),
            format!("DELETE /api/v1/namespaces/{NS}/persistentvolumeclaims/{pvc_name}"),
        ]
    );

    // Run 3: the cached PVC is gone, so the hit is stale: created again.
    let run3 = Run::start(store, &pipeline, &pipeline_name).await;
    let (out, again) = run3
        .published(store, Some(&kube), "createpvc", &createpvc)
        .await;
    assert_eq!(out.cached_decision, Some(false));
    assert_eq!(state(&again), State::Complete);
    assert_eq!(again.custom_properties.get(keys::CACHED_EXECUTION_ID), None);
    assert!(api.pvc(&pvc_name).is_some(), "created again");

    // deletepvc twice in one run: the second finds nothing to delete and
    // is FAILED (never a hit of the first under --cache_store mlmd).
    let out = run3
        .container(store, Some(&kube), "deletepvc", &deletepvc)
        .await
        .unwrap();
    assert_eq!(out.cached_decision, Some(false));
    let err = run3
        .container(store, Some(&kube), "deletepvc", &deletepvc)
        .await
        .unwrap_err();
    let msg = kfp_common::error_chain(&err);
    assert!(
        msg.contains("deletepvc") && msg.contains(&pvc_name) && msg.contains("no such PVC"),
        "{msg}"
    );
    let failed = execution(store, err.recorded().unwrap().execution_id.unwrap()).await;
    assert_eq!(state(&failed), State::Failed);
    assert!(
        string_prop(&failed, "error").unwrap().contains(&pvc_name),
        "{failed:?}"
    );
}

/// The fixture as compiled: `pvc_name_suffix` names each PVC
/// `<uuid>-my-pvc`, and the generated name is part of the fingerprint, so a
/// second run creates its own PVC.
async fn createpvc_with_a_suffix_gets_a_fresh_pvc_each_run(store: &impl Backend) {
    let Some((pipeline, api)) = pipeline_and_api() else {
        return;
    };
    let kube = api.k8s();
    let pipeline_name = unique("pipeline-with-volume");
    let mut names = Vec::new();
    for _ in 0..2 {
        let run = Run::start(store, &pipeline, &pipeline_name).await;
        let (out, e) = run
            .published(store, Some(&kube), "createpvc", &run.task("createpvc"))
            .await;
        assert_eq!(out.cached_decision, Some(false));
        assert_eq!(state(&e), State::Complete);
        let name = output_name(&e).unwrap();
        assert!(
            name.ends_with("-my-pvc") && name.len() == 36 + "-my-pvc".len(),
            "{name}"
        );
        // The generated name is not an input of the execution.
        let inputs = value::as_struct(e.custom_properties.get(keys::INPUTS).unwrap()).unwrap();
        assert!(!inputs.fields.contains_key(&name));
        assert_eq!(
            kfp_common::executor_io::to_json(&inputs.fields["pvc_name_suffix"]),
            json!("-my-pvc")
        );
        names.push(name);
    }
    assert_ne!(names[0], names[1]);
    assert_eq!(api.pvc_names().len(), 2);
}

/// A false condition records CANCELED and touches nothing in the cluster.
async fn createpvc_not_triggered_is_canceled(store: &impl Backend) {
    let Some((pipeline, api)) = pipeline_and_api() else {
        return;
    };
    let kube = api.k8s();
    let run = Run::start(store, &pipeline, &unique("pipeline-with-volume")).await;
    let mut task = run.task("createpvc");
    task["triggerPolicy"] = json!({"condition": "inputs.parameter_values['size'] == '1Ti'"});
    let (out, e) = run.published(store, Some(&kube), "createpvc", &task).await;
    assert_eq!(out.condition, Some(Condition::False));
    assert_eq!(out.cached_decision, None);
    assert_eq!(state(&e), State::Canceled);
    assert_eq!(e.custom_properties.get(keys::CACHE_FINGERPRINT), None);
    assert!(api.requests().is_empty(), "{:?}", api.requests());
}

/// Bad inputs, a missing Kubernetes API and a missing own Pod fail with the
/// task and the cause named, before any execution or PVC exists.
async fn bad_inputs_fail_before_anything_is_recorded(store: &impl Backend) {
    let Some((pipeline, api)) = pipeline_and_api() else {
        return;
    };
    let kube = api.k8s();
    let run = Run::start(store, &pipeline, &unique("pipeline-with-volume")).await;
    let task = run.task("createpvc");
    let edit = |f: &dyn Fn(&mut serde_json::Map<String, Json>)| {
        let mut t = task.clone();
        f(t["inputs"]["parameters"].as_object_mut().unwrap());
        t
    };
    let constant = |v: Json| json!({"runtimeValue": {"constant": v}});
    let cases: Vec<(Json, &str)> = vec![
        (
            edit(&|p| {
                p.insert("size".into(), constant(json!("lots")));
            }),
            "input \"size\" \"lots\" is not a Kubernetes quantity",
        ),
        (
            edit(&|p| {
                p.insert("access_modes".into(), constant(json!(["ReadWriteAlways"])));
            }),
            "input \"access_modes\" has \"ReadWriteAlways\"",
        ),
        (
            edit(&|p| {
                p.insert("pvc_name".into(), constant(json!("fixed")));
            }),
            "input \"pvc_name\" and input \"pvc_name_suffix\" are both set",
        ),
        (
            edit(&|p| {
                p.insert("data_source".into(), constant(json!("{\"kind\": ")));
            }),
            // Input resolution checks the STRUCT type first.
            "input \"data_source\"",
        ),
        (
            edit(&|p| {
                p.insert(
                    "data_source".into(),
                    constant(json!({"kind": "VolumeSnapshot"})),
                );
            }),
            "input \"data_source\" needs a non-empty \"kind\" and \"name\"",
        ),
    ];
    for (task, needle) in cases {
        let err = run
            .container(store, Some(&kube), "createpvc", &task)
            .await
            .unwrap_err();
        let msg = kfp_common::error_chain(&err);
        assert!(
            msg.contains("task createpvc") && msg.contains(needle),
            "{msg}"
        );
        assert!(err.recorded().is_none(), "{msg}");
    }

    let err = run
        .container(store, None, "createpvc", &task)
        .await
        .unwrap_err();
    let msg = kfp_common::error_chain(&err);
    assert!(
        msg.contains("task createpvc") && msg.contains("needs the Kubernetes API"),
        "{msg}"
    );

    api.state.lock().unwrap().pods_missing = true;
    let err = run
        .container(store, Some(&kube), "createpvc", &task)
        .await
        .unwrap_err();
    let msg = kfp_common::error_chain(&err);
    assert!(
        msg.contains(&format!("Pod {:?}", own_pod_name())) && msg.contains("does not exist"),
        "{msg}"
    );

    assert!(run.task_executions(store).await.is_empty());
    assert!(api.pvc_names().is_empty());
    assert!(api.calls("persistentvolumeclaims").is_empty());
}

/// The API server refusing the create (the name is taken) is a FAILED
/// execution with the reason, and the driver's error names the PVC.
async fn createpvc_refused_by_the_api_server_is_failed(store: &impl Backend) {
    let Some((pipeline, api)) = pipeline_and_api() else {
        return;
    };
    let kube = api.k8s();
    let name = unique("taken");
    api.state
        .lock()
        .unwrap()
        .pvcs
        .insert(name.clone(), json!({"metadata": {"name": name}}));
    let run = Run::start(store, &pipeline, &unique("pipeline-with-volume")).await;
    let task = with_fixed_name(run.task("createpvc"), &name);
    let err = run
        .container(store, Some(&kube), "createpvc", &task)
        .await
        .unwrap_err();
    let msg = kfp_common::error_chain(&err);
    assert!(
        msg.contains("task createpvc") && msg.contains(&name) && msg.contains("already exists"),
        "{msg}"
    );
    let id = err.recorded().unwrap().execution_id.unwrap();
    let e = execution(store, id).await;
    assert_eq!(state(&e), State::Failed);
    assert!(string_prop(&e, "error").unwrap().contains("already exists"));
    assert_eq!(e.custom_properties.get(keys::OUTPUTS), None);
    assert_eq!(string_prop(&e, keys::POD_NAME), Some(own_pod_name()));
    let posts: Vec<Request> = api
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect();
    assert_eq!(posts.len(), 1);
    let body: Json = serde_json::from_str(&posts[0].body).unwrap();
    assert_eq!(body["metadata"]["name"], name.as_str());
}

on_every_backend!(
    createpvc_cache_hit_and_deletepvc,
    createpvc_with_a_suffix_gets_a_fresh_pvc_each_run,
    createpvc_not_triggered_is_canceled,
    bad_inputs_fail_before_anything_is_recorded,
    createpvc_refused_by_the_api_server_is_failed,
);
