#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{json, Value as Json};

use super::inputs::*;
use kfp_common::proto::ml_pipelines::executor_input::Inputs;

fn inputs(v: Json) -> Inputs {
    Inputs {
        parameter_values: v
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), kfp_common::executor_io::from_json(v.clone())))
            .collect(),
        ..Default::default()
    }
}

fn create(v: Json) -> Result<CreatePlan, InputError> {
    match plan(OpKind::CreatePvc, &inputs(v), || {
        "0b0f5a8e-1111-2222-3333-444455556666".into()
    })? {
        Plan::Create(c) => Ok(*c),
        other => panic!("{other:?}"),
    }
}

fn pvc_json(c: &CreatePlan) -> Json {
    serde_json::to_value(&c.pvc).unwrap()
}

#[test]
fn ops_are_named_by_their_image() {
    assert_eq!(OpKind::of("argostub/createpvc"), Some(OpKind::CreatePvc));
    assert_eq!(OpKind::of("argostub/deletepvc"), Some(OpKind::DeletePvc));
    assert_eq!(OpKind::of("argostub/other"), None);
    assert!(super::is_platform_op("argostub/other"));
    assert!(!super::is_platform_op("python:3.11"));
}

/// pipeline_with_volume.yaml's createpvc: a suffix, a class, one mode.
#[test]
fn createpvc_with_a_suffix_gets_a_uuid_name() {
    let c = create(json!({
        "access_modes": ["ReadWriteOnce"],
        "pvc_name_suffix": "-my-pvc",
        "size": "5Mi",
        "storage_class_name": "standard",
    }))
    .unwrap();
    assert_eq!(c.name, "0b0f5a8e-1111-2222-3333-444455556666-my-pvc");
    assert!(c.generated);
    assert_eq!(
        pvc_json(&c),
        json!({
            "apiVersion": "v1",
            "kind": "PersistentVolumeClaim",
            "metadata": {"name": "0b0f5a8e-1111-2222-3333-444455556666-my-pvc"},
            "spec": {
                "accessModes": ["ReadWriteOnce"],
                "resources": {"requests": {"storage": "5Mi"}},
                "storageClassName": "standard",
            }
        })
    );
}

#[test]
fn createpvc_every_optional_input() {
    let c = create(json!({
        "access_modes": ["ReadWriteMany", "ReadOnlyMany"],
        "pvc_name": "shared-data",
        "size": "10Gi",
        "storage_class_name": "fast",
        "annotations": {"team": "ml", "backup": "daily"},
        "volume_name": "pv-0001",
        "data_source": {"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "snap-1"},
    }))
    .unwrap();
    assert_eq!(c.name, "shared-data");
    assert!(!c.generated);
    let v = pvc_json(&c);
    assert_eq!(
        v["metadata"]["annotations"],
        json!({"team": "ml", "backup": "daily"})
    );
    assert_eq!(
        v["spec"]["accessModes"],
        json!(["ReadWriteMany", "ReadOnlyMany"])
    );
    assert_eq!(v["spec"]["volumeName"], "pv-0001");
    assert_eq!(v["spec"]["storageClassName"], "fast");
    assert_eq!(
        v["spec"]["dataSource"],
        json!({"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "snap-1"})
    );
}

/// Absent: "standard" (upstream); null: the cluster default (no field);
/// "": a statically bound PVC (an empty class, kept).
#[test]
fn createpvc_storage_class_absent_null_and_empty() {
    let base = || json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "pvc_name": "p"});
    let class = |extra: Option<Json>| {
        let mut v = base();
        if let Some(e) = extra {
            v["storage_class_name"] = e;
        }
        pvc_json(&create(v).unwrap())["spec"]
            .get("storageClassName")
            .cloned()
    };
    assert_eq!(class(None), Some(json!("standard")));
    assert_eq!(class(Some(Json::Null)), None);
    assert_eq!(class(Some(json!(""))), Some(json!("")));
}

#[test]
fn createpvc_without_a_name_is_a_bare_uuid() {
    let c = create(json!({"access_modes": ["ReadWriteOncePod"], "size": "1Gi", "pvc_name": ""}))
        .unwrap();
    assert_eq!(c.name, "0b0f5a8e-1111-2222-3333-444455556666");
    assert!(c.generated);
}

/// Lists and structs may come as JSON strings (a pipeline parameter typed
/// `str` passed through).
#[test]
fn createpvc_accepts_json_strings_for_lists_and_structs() {
    let c = create(json!({
        "access_modes": "[\"ReadWriteOnce\"]",
        "size": 1073741824,
        "pvc_name": "p",
        "annotations": "{\"a\": \"b\"}",
        "data_source": "{\"kind\": \"PersistentVolumeClaim\", \"name\": \"src\"}",
    }))
    .unwrap();
    let v = pvc_json(&c);
    assert_eq!(v["spec"]["accessModes"], json!(["ReadWriteOnce"]));
    assert_eq!(v["spec"]["resources"]["requests"]["storage"], "1073741824");
    assert_eq!(v["metadata"]["annotations"], json!({"a": "b"}));
    assert_eq!(
        v["spec"]["dataSource"],
        json!({"kind": "PersistentVolumeClaim", "name": "src"})
    );
}

#[test]
fn createpvc_bad_inputs_name_the_input() {
    let cases: Vec<(Json, &str, &str)> = vec![
        (
            json!({"access_modes": ["ReadWriteOnce"]}),
            "size",
            "is required",
        ),
        (json!({"size": "1Gi"}), "access_modes", "is required"),
        (
            json!({"access_modes": [], "size": "1Gi"}),
            "access_modes",
            "is empty",
        ),
        (
            json!({"access_modes": ["ReadWriteSometimes"], "size": "1Gi"}),
            "access_modes",
            "ReadWriteSometimes",
        ),
        (
            json!({"access_modes": "ReadWriteOnce", "size": "1Gi"}),
            "access_modes",
            "must be a list",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "five gigs"}),
            "size",
            "not a Kubernetes quantity",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": -1}),
            "size",
            "must be a quantity",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "pvc_name": "a", "pvc_name_suffix": "-b"}),
            "pvc_name",
            "\"pvc_name_suffix\" are both set",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "pvc_name": "My_PVC"}),
            "pvc_name",
            "not a valid Kubernetes name",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "pvc_name_suffix": "-Data"}),
            "pvc_name_suffix",
            "not a valid Kubernetes name",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "data_source": "{not json"}),
            "data_source",
            "must be a JSON object",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "data_source": {"kind": "VolumeSnapshot"}}),
            "data_source",
            "\"name\"",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "data_source": {"kind": 1, "name": "x"}}),
            "data_source",
            "not a TypedLocalObjectReference",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "data_source": {"kind": "", "name": "x"}}),
            "data_source",
            "non-empty",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "annotations": {"n": 1}}),
            "annotations",
            "must be a string",
        ),
        (
            json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "volume_name": 3}),
            "volume_name",
            "must be a string",
        ),
    ];
    for (given, input, needle) in cases {
        let err = create(given.clone()).unwrap_err();
        assert_eq!(err.input, input, "{given}: {err}");
        let msg = err.to_string();
        assert!(
            msg.starts_with(&format!("input {input:?} ")) && msg.contains(needle),
            "{given}: {msg}"
        );
    }
}

#[test]
fn deletepvc_needs_a_valid_name() {
    let p = plan(
        OpKind::DeletePvc,
        &inputs(json!({"pvc_name": "abc-my-pvc"})),
        || unreachable!(),
    )
    .unwrap();
    assert_eq!(
        p,
        Plan::Delete {
            pvc_name: "abc-my-pvc".into()
        }
    );
    for bad in [
        json!({}),
        json!({"pvc_name": ""}),
        json!({"pvc_name": null}),
    ] {
        let err = plan(OpKind::DeletePvc, &inputs(bad), String::new).unwrap_err();
        assert_eq!(err.input, "pvc_name");
        assert!(err.to_string().contains("is required"), "{err}");
    }
    let err = plan(
        OpKind::DeletePvc,
        &inputs(json!({"pvc_name": 7})),
        String::new,
    )
    .unwrap_err();
    assert!(err.to_string().contains("must be a string"), "{err}");
}

#[test]
fn quantities() {
    for ok in [
        "1", "5Mi", "10Gi", "1.5Gi", ".5G", "500M", "1e3", "1E+3", "100m", "+1Ki", "2Ei",
    ] {
        assert!(is_quantity(ok), "{ok}");
    }
    for bad in [
        "", "Gi", "1GB", "1.2.3Gi", "-1Gi", "1e", "1 Gi", "1gi", "five",
    ] {
        assert!(!is_quantity(bad), "{bad}");
    }
}

/// Upstream adds a generated name to the fingerprint's inputs keyed by
/// itself; a given name and the execution's own inputs stay as they are.
#[test]
fn generated_names_join_the_fingerprint_inputs() {
    let given =
        inputs(json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "pvc_name_suffix": "-x"}));
    let p = plan(OpKind::CreatePvc, &given, || "u".into()).unwrap();
    let fp = fingerprint_inputs(&given, &p);
    assert_eq!(fp.parameter_values.len(), given.parameter_values.len() + 1);
    assert_eq!(
        kfp_common::executor_io::to_json(&fp.parameter_values["u-x"]),
        json!("u-x")
    );

    let fixed = inputs(json!({"access_modes": ["ReadWriteOnce"], "size": "1Gi", "pvc_name": "p"}));
    let p = plan(OpKind::CreatePvc, &fixed, || unreachable!()).unwrap();
    assert_eq!(fingerprint_inputs(&fixed, &p), fixed);
}
