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
