//! `driver webhook`: [`crate::rewrite`] as a Kubernetes mutating admission
//! webhook, so an existing KFP install gets plugin drivers without a fork:
//! the API server sends each Workflow KFP creates (`AdmissionReview` v1) and
//! applies the JSONPatch it gets back, which replaces `spec.templates` with
//! the rewritten ones (nothing else changes).
//!
//! It never refuses anything: every answer is `allowed: true`. An object
//! that is not a Workflow being created, or a Workflow without driver
//! templates, gets no patch; a Workflow with a driver template the rewrite
//! does not understand gets no patch and a warning (it runs with driver
//! pods, as before). With `failurePolicy: Ignore` an outage of the webhook
//! means the same: driver pods.

use base64::Engine as _;
use hyper::{body::Incoming, Method, Request, StatusCode};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::http::{self, json as json_reply, text, Reply};

/// The path the `MutatingWebhookConfiguration` calls.
pub const MUTATE_PATH: &str = "/mutate";

/// An `AdmissionReview` larger than this is refused (413); the API server
/// itself caps objects at about 3 MiB.
const MAX_BODY: usize = 16 << 20;

#[derive(Debug, Deserialize)]
struct Review {
    #[serde(rename = "apiVersion", default)]
    api_version: String,
    request: Option<ReviewRequest>,
}

#[derive(Debug, Deserialize)]
struct ReviewRequest {
    uid: String,
    #[serde(default)]
    kind: GroupVersionKind,
    #[serde(default)]
    operation: String,
    #[serde(default)]
    object: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
struct GroupVersionKind {
    #[serde(default)]
    group: String,
    #[serde(default)]
    kind: String,
}

/// A body that is not an `AdmissionReview` v1 with a request.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("not an AdmissionReview")]
    Json(#[source] serde_json::Error),
    #[error("an AdmissionReview of {0:?}; this webhook answers admission.k8s.io/v1")]
    Version(String),
    #[error("an AdmissionReview without a request")]
    NoRequest,
}

/// The `AdmissionReview` answering `body`.
pub fn review(body: &[u8]) -> Result<Value, ReviewError> {
    let review: Review = serde_json::from_slice(body).map_err(ReviewError::Json)?;
    if review.api_version != "admission.k8s.io/v1" {
        return Err(ReviewError::Version(review.api_version));
    }
    let request = review.request.ok_or(ReviewError::NoRequest)?;
    let mut response = json!({ "uid": request.uid, "allowed": true });
    let workflow = request.kind.group == "argoproj.io"
        && request.kind.kind == "Workflow"
        && request.operation == "CREATE";
    if let (true, Some(object)) = (workflow, &request.object) {
        let name = object
            .pointer("/metadata/name")
            .or_else(|| object.pointer("/metadata/generateName"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        match patch(object) {
            Ok(Some(patch)) => {
                response["patchType"] = "JSONPatch".into();
                response["patch"] = base64::engine::general_purpose::STANDARD
                    .encode(patch.to_string())
                    .into();
                tracing::info!(
                    workflow = name,
                    "driver templates rewritten to plugin templates"
                );
            }
            Ok(None) => {}
            Err(e) => {
                // The API server shows warnings to the client and asks for
                // them short: the reason goes to the log.
                tracing::warn!(workflow = name, error = %kfp_common::error_chain(&e), "left with its driver pods");
                response["warnings"] = json!([
                    "kfp-driver webhook: a driver template was not rewritten; driver pods as before (see its log)"
                ]);
            }
        }
    }
    Ok(json!({
        "apiVersion": "admission.k8s.io/v1",
        "kind": "AdmissionReview",
        "response": response,
    }))
}

/// The JSONPatch that gives `workflow` plugin drivers, or `None` when it
/// has no driver template.
fn patch(workflow: &Value) -> Result<Option<Value>, crate::rewrite::RewriteError> {
    let mut rewritten = workflow.clone();
    if !crate::rewrite::rewrite_templates(&mut rewritten)? {
        return Ok(None);
    }
    Ok(Some(json!([{
        "op": "replace",
        "path": "/spec/templates",
        "value": rewritten["spec"]["templates"].take(),
    }])))
}

/// The webhook's routes: `POST /mutate`, `GET /healthz`.
pub async fn handle(req: Request<Incoming>) -> Reply {
    match (req.method(), req.uri().path()) {
        (&Method::GET, "/healthz") => text(StatusCode::OK, "ok\n"),
        (&Method::POST, MUTATE_PATH) => {
            let body = match http::body(req, MAX_BODY).await {
                Ok(body) => body,
                Err(reply) => return reply,
            };
            match review(&body) {
                Ok(review) => match serde_json::to_vec(&review) {
                    Ok(body) => json_reply(body),
                    Err(_) => text(StatusCode::INTERNAL_SERVER_ERROR, "encoding the review\n"),
                },
                Err(e) => text(
                    StatusCode::BAD_REQUEST,
                    &format!("{}\n", kfp_common::error_chain(&e)),
                ),
            }
        }
        (_, MUTATE_PATH) | (_, "/healthz") => {
            text(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n")
        }
        _ => text(StatusCode::NOT_FOUND, "not found\n"),
    }
}

#[cfg(test)]
mod tests;
