//! Finding an artifact to reuse (importer without `reimport`, contract §3.9)
//! in one filtered list.
//!
//! Upstream asks `GetArtifactsByURI` for every artifact at the URI, then
//! `GetContextsByArtifact` for each candidate until one is attributed to the
//! pipeline context: 1 + N round trips, and the URI lookup scans every
//! pipeline's artifacts. Here the pipeline context's artifacts are listed
//! with a filter on URI, type and state (`GetArtifactsByContext`), which is
//! the same set in one round trip; custom properties are compared here.

use kfp_proto::ml_metadata as mlmd;

use super::{backend, invalid, list_options, quote, GrpcError, MlmdStore, PAGE_SIZE};
use crate::metadata::{NewArtifact, Result, RunContexts};

use crate::grpc::Safety;

impl MlmdStore {
    pub(super) async fn reusable_artifact_impl(
        &self,
        run: &RunContexts,
        wanted: &NewArtifact,
    ) -> Result<Option<mlmd::Artifact>> {
        const OP: &str = "reusable_artifact";
        let pipeline_id = run
            .pipeline
            .id
            .ok_or_else(|| invalid(OP, "pipeline context has no id"))?;
        if wanted.type_name.is_empty() {
            return Err(invalid(OP, "artifact type name must not be empty"));
        }
        let filter = format!(
            "uri = {} AND type = {} AND state = LIVE",
            quote(&wanted.uri),
            quote(&wanted.type_name)
        );
        let candidates = self
            .artifacts_by_context(pipeline_id, &filter)
            .await
            .map_err(|e| backend(OP, e))?;
        let found = candidates.into_iter().find(|a| {
            a.uri.as_deref() == Some(wanted.uri.as_str())
                && a.properties.is_empty()
                && a.custom_properties == wanted.custom_properties
        });
        Ok(found.map(|mut a| {
            a.r#type.get_or_insert_with(|| wanted.type_name.clone());
            if let Some(id) = a.id {
                self.remember_artifact(id);
            }
            a
        }))
    }

    /// Every artifact attributed to a context that matches `filter`, in id
    /// order, paging by 100.
    async fn artifacts_by_context(
        &self,
        context_id: i64,
        filter: &str,
    ) -> Result<Vec<mlmd::Artifact>, GrpcError> {
        let mut out = Vec::new();
        let mut token = None;
        loop {
            let req = mlmd::GetArtifactsByContextRequest {
                context_id: Some(context_id),
                options: Some(list_options(filter, PAGE_SIZE, true, token.take())),
                ..Default::default()
            };
            let page = self
                .rpc
                .call(
                    "GetArtifactsByContext",
                    Safety::Idempotent,
                    || format!("context {context_id}, filter {filter:?}"),
                    req,
                    |mut c, r| async move { c.get_artifacts_by_context(r).await },
                )
                .await?;
            out.extend(page.artifacts);
            token = page.next_page_token.filter(|t| !t.is_empty());
            if token.is_none() {
                return Ok(out);
            }
        }
    }
}
