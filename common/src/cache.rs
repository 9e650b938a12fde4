//! The execution cache of KFP <= 2.17: entries in the KFP API server's
//! `api.TaskService` (contract §5.2), keyed by fingerprint within a pipeline
//! name and a namespace.
//!
//! This module holds what needs no network, so it is tested by value: the
//! entry type, the scope key, the protojson filter of a lookup and the two
//! requests exactly as KFP's Go client sends them. The client itself is
//! [`api`] (feature `cache-api`).

use std::time::{SystemTime, UNIX_EPOCH};

use kfp_proto::api::{CreateTaskRequest, ListTasksRequest, Task};
use serde::Serialize;

#[cfg(feature = "cache-api")]
pub mod api;

#[cfg(feature = "cache-api")]
pub use api::{ApiTaskCache, CacheError, TaskCacheOptions};

/// The sort order of a lookup: the newest entry wins when several executions
/// share a fingerprint (e.g. two runs that missed the cache concurrently).
pub const LOOKUP_SORT_BY: &str = "created_at desc";

/// One cache entry: a successful execution that later tasks with the same
/// fingerprint reuse instead of running.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheEntry {
    /// The pipeline's name as in the IR (`pipelineInfo.name`), without the
    /// `pipeline/` prefix KFP stores; the client adds it
    /// ([`pipeline_name_key`]).
    pub pipeline_name: String,
    /// Kubernetes namespace of the run.
    pub namespace: String,
    /// The run that produced the execution.
    pub run_id: String,
    /// The MLMD execution a hit reuses (its outputs and OUTPUT events).
    pub execution_id: i64,
    /// The cache key (contract §5.1).
    pub fingerprint: String,
    /// When the execution started; stored with second precision.
    pub created_at: SystemTime,
    /// When the execution finished; stored with second precision.
    pub finished_at: SystemTime,
}

/// The stored form of a pipeline name: KFP scopes entries by
/// `pipeline/<pipeline name>`, so a lookup must use the same text to find
/// entries written by the Go launcher.
pub fn pipeline_name_key(pipeline_name: &str) -> String {
    format!("pipeline/{pipeline_name}")
}

/// One `api.Predicate` of the protojson filter, fields in protojson's order
/// (field numbers: `op` 1, `key` 2, `stringValue` 5).
#[derive(Serialize)]
struct Predicate<'a> {
    op: &'static str,
    key: &'static str,
    #[serde(rename = "stringValue")]
    string_value: &'a str,
}

/// `api.Filter` as protojson.
#[derive(Serialize)]
struct Filter<'a> {
    predicates: [Predicate<'a>; 3],
}

/// The `ListTasksRequest.filter` of a lookup: protojson of an `api.Filter`
/// with the three EQUALS predicates KFP's driver sends (fingerprint, then
/// `pipeline/<name>`, then namespace). The filter travels as a string, so it
/// is built as JSON rather than from a proto.
pub fn filter_json(pipeline_name: &str, namespace: &str, fingerprint: &str) -> String {
    let pipeline = pipeline_name_key(pipeline_name);
    let equals = |key, string_value| Predicate {
        op: "EQUALS",
        key,
        string_value,
    };
    let filter = Filter {
        predicates: [
            equals("fingerprint", fingerprint),
            equals("pipelineName", &pipeline),
            equals("namespace", namespace),
        ],
    };
    // Serializing plain strings into a Vec cannot fail; the fallback keeps
    // the function infallible without an unwrap.
    serde_json::to_string(&filter).unwrap_or_default()
}

/// The `CreateTaskV1` request storing `entry`: no `id` (the server assigns
/// one), timestamps in whole seconds as KFP's launcher writes them.
pub fn create_request(entry: &CacheEntry) -> CreateTaskRequest {
    CreateTaskRequest {
        task: Some(Task {
            id: String::new(),
            namespace: entry.namespace.clone(),
            pipeline_name: pipeline_name_key(&entry.pipeline_name),
            run_id: entry.run_id.clone(),
            mlmd_execution_id: entry.execution_id.to_string(),
            created_at: Some(whole_seconds(entry.created_at)),
            finished_at: Some(whole_seconds(entry.finished_at)),
            fingerprint: entry.fingerprint.clone(),
        }),
    }
}

/// The `ListTasksV1` request of a lookup: the newest matching entry only.
pub fn lookup_request(pipeline_name: &str, namespace: &str, fingerprint: &str) -> ListTasksRequest {
    ListTasksRequest {
        page_token: String::new(),
        page_size: 1,
        sort_by: LOOKUP_SORT_BY.to_owned(),
        filter: filter_json(pipeline_name, namespace, fingerprint),
    }
}

/// A time as a protobuf timestamp truncated to whole seconds (Go's
/// `time.Unix()`: the floor, also before 1970).
pub fn whole_seconds(time: SystemTime) -> kfp_proto::wkt::Timestamp {
    let seconds = match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => {
            let before = before.duration();
            let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            -whole - i64::from(before.subsec_nanos() > 0)
        }
    };
    kfp_proto::wkt::Timestamp { seconds, nanos: 0 }
}

#[cfg(test)]
mod tests;
