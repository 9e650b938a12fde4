use super::*;
use crate::kube::Source;
use serde_json::json;

fn meta() -> PodMeta {
    PodMeta {
        name: "run-1-train-1".into(),
        uid: "uid-1".into(),
        namespace: "local".into(),
        labels: BTreeMap::from([("team".into(), "ml".into())]),
        annotations: BTreeMap::from([("note".into(), "hi".into())]),
        node_name: "laptop".into(),
    }
}

fn sources() -> Sources {
    let mut s = Sources::default();
    s.insert(
        SourceKind::Secret,
        "creds",
        Source {
            path: "/s/creds".into(),
            data: BTreeMap::from([("username".into(), b"user1".to_vec())]),
        },
    );
    s.insert(
        SourceKind::ConfigMap,
        "cfg",
        Source {
            path: "/s/cfg.env".into(),
            data: BTreeMap::from([("mode".into(), b"fast".to_vec())]),
        },
    );
    s
}

fn container(env: serde_json::Value) -> Container {
    serde_json::from_value(json!({"name": "main", "env": env})).unwrap()
}

#[test]
fn field_paths_resolve_as_the_kubelet_does() {
    let pod = meta();
    for (path, want) in [
        ("metadata.name", "run-1-train-1"),
        ("metadata.namespace", "local"),
        ("metadata.uid", "uid-1"),
        ("metadata.labels['team']", "ml"),
        ("metadata.labels['absent']", ""),
        ("metadata.annotations['note']", "hi"),
        ("spec.nodeName", "laptop"),
        ("spec.serviceAccountName", SERVICE_ACCOUNT),
        ("status.podIP", LOCAL_IP),
        ("status.hostIP", LOCAL_IP),
    ] {
        assert_eq!(field_value(path, &pod).as_deref(), Some(want), "{path}");
    }
    for refused in [
        "metadata.labels",
        "spec.containers",
        "metadata.foo['x']",
        "",
    ] {
        assert_eq!(field_value(refused, &pod), None, "{refused}");
    }
}

#[test]
fn pod_metadata_comes_from_the_executor_config_over_kfps_own() {
    let config =
        r#"{"podMetadata": {"labels": {"task-label-1": "label-1"}, "annotations": {"a": "b"}}}"#;
    let (labels, annotations) = pod_metadata(config, "run-x", "uuid-1");
    assert_eq!(labels["task-label-1"], "label-1");
    assert_eq!(labels["pipeline/runid"], "uuid-1");
    assert_eq!(labels["workflows.argoproj.io/workflow"], "run-x");
    assert_eq!(annotations["a"], "b");
    assert_eq!(annotations["pipelines.kubeflow.org/v2_component"], "true");
    let (labels, _) = pod_metadata("", "r", "u");
    assert_eq!(labels.len(), 3);
}

#[test]
fn env_resolves_fields_secrets_and_config_maps() {
    let main = container(json!([
        {"name": "PLAIN", "value": "v"},
        {"name": "POD", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
        {"name": "LABEL", "valueFrom": {"fieldRef": {"fieldPath": "metadata.labels['team']"}}},
        {"name": "USER", "valueFrom": {"secretKeyRef": {"name": "creds", "key": "username"}}},
        {"name": "MODE", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "mode"}}},
        {"name": "OPT_KEY", "valueFrom": {"secretKeyRef": {"name": "creds", "key": "nope", "optional": true}}},
        {"name": "OPT_OBJ", "valueFrom": {"configMapKeyRef": {"name": "other", "key": "k", "optional": true}}},
    ]));
    let env = resolve_env("t", &main, &meta(), &sources()).unwrap();
    let want: Vec<(String, String)> = [
        ("PLAIN", "v"),
        ("POD", "run-1-train-1"),
        ("LABEL", "ml"),
        ("USER", "user1"),
        ("MODE", "fast"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(env, want);
}

#[test]
fn env_errors_name_the_task_the_object_and_the_key() {
    let cases = [
        (
            json!([{"name": "U", "valueFrom": {"secretKeyRef": {"name": "creds", "key": "password"}}}]),
            "task t: secret \"creds\" (--secret creds=/s/creds) has no key \"password\" (needed for environment variable U)",
        ),
        (
            json!([{"name": "U", "valueFrom": {"secretKeyRef": {"name": "gone", "key": "k", "optional": false}}}]),
            "task t: secret \"gone\" is not given: pass --secret gone=DIR|FILE (needed for environment variable U)",
        ),
        (
            json!([{"name": "M", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "k"}}}]),
            "task t: config map \"cfg\" (--config-map cfg=/s/cfg.env) has no key \"k\"",
        ),
        (
            json!([{"name": "F", "valueFrom": {"fieldRef": {"fieldPath": "spec.containers"}}}]),
            "task t: environment variable F: fieldRef \"spec.containers\"",
        ),
    ];
    for (env, want) in cases {
        let e = resolve_env("t", &container(env), &meta(), &sources())
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(want), "{e}\n  wanted: {want}");
    }
}

fn spec(volumes: serde_json::Value, mounts: serde_json::Value) -> PodSpec {
    serde_json::from_value(json!({
        "containers": [{"name": "main", "volumeMounts": mounts}],
        "volumes": volumes,
    }))
    .unwrap()
}

#[test]
fn volumes_become_bind_mounts() {
    let home = tempfile::tempdir().unwrap();
    let pvcs = LocalPvcs::new(home.path());
    std::fs::create_dir_all(home.path().join("pvcs/data-pvc")).unwrap();
    let dir = home.path().join("volumes/t");
    let spec = spec(
        json!([
            {"name": "data-pvc", "persistentVolumeClaim": {"claimName": "data-pvc"}},
            {"name": "creds", "secret": {"secretName": "creds", "optional": false}},
            {"name": "cfg", "configMap": {"name": "cfg"}},
            {"name": "maybe", "secret": {"secretName": "absent", "optional": true}},
            {"name": "scratch", "emptyDir": {}},
            {"name": "kfp-workspace", "persistentVolumeClaim": {"claimName": "run-x-kfp-workspace"}},
        ]),
        json!([
            {"name": "creds", "mountPath": "/data/creds"},
            {"name": "data-pvc", "mountPath": "/data", "subPath": "sub"},
            {"name": "cfg", "mountPath": "/etc/cfg"},
            {"name": "maybe", "mountPath": "/maybe"},
            {"name": "scratch", "mountPath": "/scratch"},
            {"name": "kfp-workspace", "mountPath": "/kfp-workspace"},
        ]),
    );
    let sources = sources();
    let ctx = VolumeContext {
        sources: &sources,
        pvcs: &pvcs,
        workspace_claim: "run-x-kfp-workspace",
        dir: &dir,
        can_mount: Ok(()),
    };
    let binds = volumes("t", &spec, main_container(&spec).unwrap(), ctx).unwrap();
    let by_target: BTreeMap<_, _> = binds
        .iter()
        .map(|b| (b.target.to_str().unwrap(), b))
        .collect();
    assert_eq!(
        by_target["/data"].source,
        home.path().join("pvcs/data-pvc/sub")
    );
    assert!(!by_target["/data"].read_only);
    assert!(
        home.path().join("pvcs/data-pvc/sub").is_dir(),
        "subPath made"
    );
    assert!(by_target["/data/creds"].read_only);
    assert_eq!(
        std::fs::read(by_target["/data/creds"].source.join("username")).unwrap(),
        b"user1"
    );
    assert_eq!(
        std::fs::read(by_target["/etc/cfg"].source.join("mode")).unwrap(),
        b"fast"
    );
    assert_eq!(
        std::fs::read_dir(&by_target["/maybe"].source)
            .unwrap()
            .count(),
        0
    );
    assert!(!by_target["/scratch"].read_only);
    assert!(home.path().join("pvcs/run-x-kfp-workspace").is_dir());
    let order: Vec<_> = binds.iter().map(|b| b.target.to_str().unwrap()).collect();
    let at = |t: &str| order.iter().position(|o| *o == t).unwrap();
    assert!(
        at("/data") < at("/data/creds"),
        "outer mounts first: {order:?}"
    );
}

#[test]
fn volume_errors_name_the_task_and_the_mount() {
    let home = tempfile::tempdir().unwrap();
    let pvcs = LocalPvcs::new(home.path());
    let dir = home.path().join("volumes/t");
    let sources = sources();
    let ctx = VolumeContext {
        sources: &sources,
        pvcs: &pvcs,
        workspace_claim: "w",
        dir: &dir,
        can_mount: Ok(()),
    };
    let run = |volumes, mounts, ctx| {
        let spec = spec(volumes, mounts);
        volumes_of(&spec, ctx)
    };
    fn volumes_of(spec: &PodSpec, ctx: VolumeContext<'_>) -> String {
        volumes("t", spec, main_container(spec).unwrap(), ctx)
            .unwrap_err()
            .to_string()
    }
    let e = run(
        json!([{"name": "v", "persistentVolumeClaim": {"claimName": "gone"}}]),
        json!([{"name": "v", "mountPath": "/data"}]),
        ctx,
    );
    assert!(
        e.starts_with("task t: volume \"v\" at /data: PVC \"gone\" does not exist"),
        "{e}"
    );
    let e = run(
        json!([{"name": "v", "secret": {"secretName": "nope"}}]),
        json!([{"name": "v", "mountPath": "/s"}]),
        ctx,
    );
    assert!(e.starts_with("task t: secret \"nope\" is not given: pass --secret nope=DIR|FILE (needed for volume \"v\" at /s)"), "{e}");
    let e = run(
        json!([{"name": "v", "configMap": {"name": "cfg"}}]),
        json!([{"name": "v", "mountPath": "/c"}]),
        VolumeContext {
            can_mount: Err("--isolation none"),
            ..ctx
        },
    );
    assert!(
        e.starts_with("task t: volume \"v\" must be mounted at /c, which needs a private mount namespace, and --isolation none"),
        "{e}"
    );
}
