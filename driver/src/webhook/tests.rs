#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use kfp_common::test_util::{self, Component};

fn admission(kind: (&str, &str), operation: &str, object: Value) -> Vec<u8> {
    json!({
        "apiVersion": "admission.k8s.io/v1",
        "kind": "AdmissionReview",
        "request": {
            "uid": "705ab4f5-6393-11e8-b7cc-42010a800002",
            "kind": {"group": kind.0, "version": "v1alpha1", "kind": kind.1},
            "resource": {"group": kind.0, "version": "v1alpha1", "resource": "workflows"},
            "namespace": "kubeflow-user",
            "operation": operation,
            "object": object,
        },
    })
    .to_string()
    .into_bytes()
}

/// The review's patch applied to `object` (it is one `replace`), or the
/// object as it was.
fn applied(review: &Value, mut object: Value) -> Value {
    let response = &review["response"];
    assert_eq!(response["allowed"], true);
    assert_eq!(response["uid"], "705ab4f5-6393-11e8-b7cc-42010a800002");
    let Some(patch) = response["patch"].as_str() else {
        assert!(response.get("patchType").is_none());
        return object;
    };
    assert_eq!(response["patchType"], "JSONPatch");
    let patch: Value = serde_json::from_slice(
        &base64::engine::general_purpose::STANDARD
            .decode(patch)
            .unwrap(),
    )
    .unwrap();
    for op in patch.as_array().unwrap() {
        assert_eq!(op["op"], "replace");
        *object.pointer_mut(op["path"].as_str().unwrap()).unwrap() = op["value"].clone();
    }
    object
}

/// Every Workflow KFP compiled: the patch, applied, gives exactly what
/// `rewrite-workflow` writes.
#[test]
fn every_compiled_workflow_patched_equals_the_rewrite() {
    if !test_util::available(&[Component::ArgoFixtures]) {
        return;
    }
    let dir = test_util::argo_fixtures().unwrap();
    let mut patched = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let object: Value = serde_yaml::from_str(&text).unwrap();
        let review = review(&admission(
            ("argoproj.io", "Workflow"),
            "CREATE",
            object.clone(),
        ))
        .unwrap();
        let expected: Value = match crate::rewrite::rewrite_workflow(&text).unwrap() {
            Some(out) => serde_yaml::from_str(&out).unwrap(),
            None => object.clone(),
        };
        assert_eq!(applied(&review, object), expected, "{}", path.display());
        patched += review["response"].get("patch").is_some() as usize;
    }
    assert!(patched > 100, "{patched} workflows patched");
}

#[test]
fn anything_else_passes_untouched() {
    let workflow =
        serde_json::from_str::<Value>(&crate::rewrite::driver_workflow(&["--type", "DAG"]))
            .unwrap();
    // Updates, other kinds, workflows without drivers: no patch.
    for (kind, op, object) in [
        (("argoproj.io", "Workflow"), "UPDATE", workflow.clone()),
        (
            ("", "Pod"),
            "CREATE",
            json!({"kind": "Pod", "spec": {"containers": []}}),
        ),
        (
            ("argoproj.io", "WorkflowTemplate"),
            "CREATE",
            workflow.clone(),
        ),
        (
            ("argoproj.io", "Workflow"),
            "CREATE",
            json!({"kind": "Workflow", "spec": {"templates": [{"name": "main", "container": {"image": "busybox"}}]}}),
        ),
    ] {
        let r = review(&admission(kind, op, object.clone())).unwrap();
        assert_eq!(applied(&r, object.clone()), object, "{kind:?} {op}");
        assert!(r["response"].get("warnings").is_none());
    }
    // A driver template the rewrite does not understand: driver pods, and
    // a warning that says why.
    let mut odd = workflow.clone();
    odd["spec"]["templates"][0]["container"]["args"] =
        json!(["--type", "DAG", "--frobnicate", "x"]);
    let r = review(&admission(
        ("argoproj.io", "Workflow"),
        "CREATE",
        odd.clone(),
    ))
    .unwrap();
    assert_eq!(applied(&r, odd.clone()), odd);
    let warning = r["response"]["warnings"][0].as_str().unwrap();
    assert!(
        warning.contains("driver pods as before") && warning.len() < 120,
        "{warning}"
    );
    // Not a review at all.
    assert!(matches!(review(b"{}"), Err(ReviewError::Version(_))));
    assert!(matches!(review(b"[]"), Err(ReviewError::Json(_))));
    let no_request = json!({"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview"});
    assert!(matches!(
        review(no_request.to_string().as_bytes()),
        Err(ReviewError::NoRequest)
    ));
}

/// Over HTTPS with a certificate of a private CA, as the API server calls
/// it (through the Service, trusting the configuration's caBundle).
#[tokio::test]
async fn answers_over_tls() {
    let dir = tempfile::tempdir().unwrap();
    let ca = test_util::private_ca(dir.path());
    let tls = http::tls(&ca.cert, &ca.key).unwrap();
    let listener = http::bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async move {
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            let server =
                tokio::task::spawn_local(http::accept_until(listener, Some(tls), handle, async {
                    let _ = stopped.await;
                }));
            let client = reqwest::Client::builder()
                .tls_certs_only([
                    reqwest::Certificate::from_pem(&std::fs::read(&ca.ca).unwrap()).unwrap(),
                ])
                .build()
                .unwrap();
            let workflow: Value =
                serde_json::from_str(&crate::rewrite::driver_workflow(&["--type", "DAG"])).unwrap();
            let reply = client
                .post(format!("https://127.0.0.1:{}{MUTATE_PATH}", addr.port()))
                .body(admission(
                    ("argoproj.io", "Workflow"),
                    "CREATE",
                    workflow.clone(),
                ))
                .send()
                .await
                .unwrap();
            assert_eq!(reply.status(), 200);
            let r: Value = serde_json::from_str(&reply.text().await.unwrap()).unwrap();
            let patched = applied(&r, workflow);
            assert!(
                patched["spec"]["templates"][0]["plugin"]["driver-plugin"].is_object(),
                "{patched}"
            );
            let bad = client
                .post(format!("https://127.0.0.1:{}{MUTATE_PATH}", addr.port()))
                .body("{")
                .send()
                .await
                .unwrap();
            assert_eq!(bad.status(), 400);
            // Plain HTTP to the TLS port gets nowhere.
            assert!(
                reqwest::get(format!("http://127.0.0.1:{}/healthz", addr.port()))
                    .await
                    .is_err()
            );
            // A client that connects and never says hello holds no stop.
            let _silent = tokio::net::TcpStream::connect(addr).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            stop.send(()).unwrap();
            assert!(
                server
                    .await
                    .unwrap()
                    .close(std::time::Duration::from_secs(5))
                    .await
            );
        })
        .await;
}
