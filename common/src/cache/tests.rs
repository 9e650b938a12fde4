use std::time::Duration;

use super::*;

#[test]
fn filter_is_kfp_protojson() {
    assert_eq!(
        filter_json("my-pipeline", "team-a", "0123abcd"),
        r#"{"predicates":[{"op":"EQUALS","key":"fingerprint","stringValue":"0123abcd"},{"op":"EQUALS","key":"pipelineName","stringValue":"pipeline/my-pipeline"},{"op":"EQUALS","key":"namespace","stringValue":"team-a"}]}"#
    );
}

#[test]
fn filter_escapes_values() {
    let json = filter_json("p\"q", "ns", "fp\\");
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        parsed["predicates"][1]["stringValue"],
        serde_json::json!("pipeline/p\"q")
    );
    assert_eq!(
        parsed["predicates"][0]["stringValue"],
        serde_json::json!("fp\\")
    );
}

#[test]
fn lookup_asks_for_the_newest_entry_only() {
    let request = lookup_request("p", "ns", "fp");
    assert_eq!(request.page_size, 1);
    assert_eq!(request.sort_by, "created_at desc");
    assert!(request.page_token.is_empty());
    assert_eq!(request.filter, filter_json("p", "ns", "fp"));
}

#[test]
fn create_stores_kfp_fields_in_whole_seconds() {
    let entry = CacheEntry {
        pipeline_name: "p".into(),
        namespace: "ns".into(),
        run_id: "run-1".into(),
        execution_id: 42,
        fingerprint: "fp".into(),
        created_at: UNIX_EPOCH + Duration::from_millis(1_700_000_000_999),
        finished_at: UNIX_EPOCH + Duration::from_secs(1_700_000_060),
    };
    let task = create_request(&entry).task.unwrap();
    assert_eq!(task.id, "");
    assert_eq!(task.pipeline_name, "pipeline/p");
    assert_eq!(task.namespace, "ns");
    assert_eq!(task.run_id, "run-1");
    assert_eq!(task.mlmd_execution_id, "42");
    assert_eq!(task.fingerprint, "fp");
    let created = task.created_at.unwrap();
    assert_eq!((created.seconds, created.nanos), (1_700_000_000, 0));
    assert_eq!(task.finished_at.unwrap().seconds, 1_700_000_060);
}

#[test]
fn whole_seconds_floors_like_go() {
    assert_eq!(whole_seconds(UNIX_EPOCH).seconds, 0);
    let before = UNIX_EPOCH - Duration::from_millis(1_500);
    assert_eq!(whole_seconds(before).seconds, -2);
    let exactly = UNIX_EPOCH - Duration::from_secs(3);
    assert_eq!(whole_seconds(exactly).seconds, -3);
}
