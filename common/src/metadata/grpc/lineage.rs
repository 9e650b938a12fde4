//! The reads of a lineage walk, each one round trip whatever the number of
//! ids, so that a lineage of depth D costs O(D) calls, not O(nodes):
//!
//! * `GetArtifactsByURI` (plus `GetArtifactsByID` only if the engine left
//!   type names out, as engines before 1.15 do);
//! * `GetEventsByArtifactIDs`;
//! * the runs of executions: `GetContextsByExecution` takes one id, so the
//!   associations come from `GetLineageSubgraph` started at the executions
//!   with zero hops, and the contexts from one `GetContextsByID` (two round
//!   trips). An older engine without `GetLineageSubgraph` (UNIMPLEMENTED)
//!   is asked per execution instead.

use std::collections::{BTreeMap, HashMap};

use kfp_proto::ml_metadata::{
    self as mlmd,
    lineage_subgraph_query_options::{StartingNodes, StartingNodesOneOf},
};
use tonic::Code;

use super::{backend, direction_of, step_key, GrpcError, MlmdStore};
use crate::metadata::{types, ArtifactEvent, Direction, Id, MetadataError, Result, RunContexts};

use crate::grpc::Safety;

impl MlmdStore {
    pub(super) async fn artifacts_by_uri_impl(&self, uri: &str) -> Result<Vec<mlmd::Artifact>> {
        const OP: &str = "artifacts_by_uri";
        let err = |e| backend(OP, e);
        let req = mlmd::GetArtifactsByUriRequest {
            uris: vec![uri.to_owned()],
            ..Default::default()
        };
        let mut found = self
            .rpc
            .call(
                "GetArtifactsByURI",
                Safety::Idempotent,
                || format!("uri {uri:?}"),
                req,
                |mut c, r| async move { c.get_artifacts_by_uri(r).await },
            )
            .await
            .map_err(err)?
            .artifacts;
        found.sort_by_key(|a| a.id);
        let ids: Vec<Id> = found.iter().filter_map(|a| a.id).collect();
        if found.iter().all(|a| a.r#type.is_some()) {
            for &id in &ids {
                self.remember_artifact(id);
            }
            return Ok(found);
        }
        // Read again with `populate_artifact_types` for the type names.
        let mut by_id = match self.artifacts_by_id(&ids).await.map_err(err)? {
            Ok(by_id) => by_id,
            Err(id) => return Err(MetadataError::ArtifactNotFound { id }),
        };
        Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
    }

    pub(super) async fn artifact_events_impl(
        &self,
        artifact_ids: &[Id],
        direction: Direction,
    ) -> Result<Vec<ArtifactEvent>> {
        const OP: &str = "artifact_events";
        if artifact_ids.is_empty() {
            return Ok(Vec::new());
        }
        let subject = || format!("artifacts {artifact_ids:?}");
        let req = mlmd::GetEventsByArtifactIDsRequest {
            artifact_ids: artifact_ids.to_vec(),
            ..Default::default()
        };
        let events = self
            .rpc
            .call(
                "GetEventsByArtifactIDs",
                Safety::Idempotent,
                subject,
                req,
                |mut c, r| async move { c.get_events_by_artifact_i_ds(r).await },
            )
            .await
            .map_err(|e| backend(OP, e))?
            .events;
        let mut out = Vec::with_capacity(events.len());
        for e in &events {
            let Some(event) = direction_of(e).filter(|&d| direction.admits(d)) else {
                continue;
            };
            let (Some(artifact_id), Some(execution_id)) = (e.artifact_id, e.execution_id) else {
                return Err(backend(
                    OP,
                    self.rpc.unexpected(
                        "GetEventsByArtifactIDs",
                        subject(),
                        "event without execution or artifact id",
                    ),
                ));
            };
            out.push(ArtifactEvent {
                artifact_id,
                execution_id,
                key: step_key(e),
                direction: event,
            });
        }
        // The order the trait promises (INPUT before OUTPUT).
        out.sort_by_key(|e| {
            (
                e.execution_id,
                e.artifact_id,
                e.direction == Direction::Output,
            )
        });
        Ok(out)
    }

    pub(super) async fn execution_runs_impl(
        &self,
        execution_ids: &[Id],
    ) -> Result<BTreeMap<Id, RunContexts>> {
        const OP: &str = "execution_runs";
        if execution_ids.is_empty() {
            return Ok(BTreeMap::new());
        }
        let pairs = match self.contexts_in_one_call(execution_ids).await {
            Err(e) if e.code() == Some(Code::Unimplemented) => {
                tracing::debug!("GetLineageSubgraph unimplemented; contexts per execution");
                self.contexts_per_execution(execution_ids).await
            }
            other => other,
        }
        .map_err(|e| backend(OP, e))?;
        let mut halves: BTreeMap<Id, (Option<mlmd::Context>, Option<mlmd::Context>)> =
            BTreeMap::new();
        for (execution_id, mut context) in pairs {
            if context.r#type.is_none() {
                let name = self
                    .context_type_name(context.type_id)
                    .await
                    .map_err(|e| backend(OP, e))?;
                context.r#type = Some(name);
            }
            let slot = halves.entry(execution_id).or_default();
            match context.r#type.as_deref() {
                Some(types::PIPELINE) => slot.0 = Some(context),
                Some(types::PIPELINE_RUN) => slot.1 = Some(context),
                _ => {}
            }
        }
        Ok(halves
            .into_iter()
            .filter_map(|(id, pair)| match pair {
                (Some(pipeline), Some(run)) => Some((id, RunContexts { pipeline, run })),
                _ => None,
            })
            .collect())
    }

    /// (execution id, context) for every association of the executions: a
    /// `GetLineageSubgraph` of zero hops names the associations (its
    /// contexts are bare ids), one `GetContextsByID` reads the contexts.
    async fn contexts_in_one_call(
        &self,
        execution_ids: &[Id],
    ) -> Result<Vec<(Id, mlmd::Context)>, GrpcError> {
        let list = execution_ids
            .iter()
            .map(Id::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let req = mlmd::GetLineageSubgraphRequest {
            lineage_subgraph_query_options: Some(mlmd::LineageSubgraphQueryOptions {
                starting_nodes: Some(StartingNodesOneOf::StartingExecutions(StartingNodes {
                    filter_query: Some(format!("id IN ({list})")),
                })),
                max_num_hops: Some(0),
                ..Default::default()
            }),
            read_mask: Some(pbjson_types::FieldMask {
                paths: vec!["associations".to_owned()],
            }),
            ..Default::default()
        };
        let associations: Vec<(Id, Id)> = self
            .rpc
            .call(
                "GetLineageSubgraph",
                Safety::Idempotent,
                || format!("contexts of executions {execution_ids:?}"),
                req,
                |mut c, r| async move { c.get_lineage_subgraph(r).await },
            )
            .await?
            .lineage_subgraph
            .unwrap_or_default()
            .associations
            .into_iter()
            .filter_map(|a| Some((a.execution_id?, a.context_id?)))
            .collect();
        let mut context_ids: Vec<Id> = associations.iter().map(|&(_, c)| c).collect();
        context_ids.sort_unstable();
        context_ids.dedup();
        if context_ids.is_empty() {
            return Ok(Vec::new());
        }
        let req = mlmd::GetContextsByIdRequest {
            context_ids: context_ids.clone(),
            ..Default::default()
        };
        let contexts: HashMap<Id, mlmd::Context> = self
            .rpc
            .call(
                "GetContextsByID",
                Safety::Idempotent,
                || format!("contexts {context_ids:?}"),
                req,
                |mut c, r| async move { c.get_contexts_by_id(r).await },
            )
            .await?
            .contexts
            .into_iter()
            .filter_map(|c| Some((c.id?, c)))
            .collect();
        Ok(associations
            .into_iter()
            .filter_map(|(e, c)| Some((e, contexts.get(&c)?.clone())))
            .collect())
    }

    /// The same, one `GetContextsByExecution` per execution.
    async fn contexts_per_execution(
        &self,
        execution_ids: &[Id],
    ) -> Result<Vec<(Id, mlmd::Context)>, GrpcError> {
        let mut out = Vec::new();
        for &id in execution_ids {
            let req = mlmd::GetContextsByExecutionRequest {
                execution_id: Some(id),
                ..Default::default()
            };
            let answer = self
                .rpc
                .call(
                    "GetContextsByExecution",
                    Safety::Idempotent,
                    || format!("execution {id}"),
                    req,
                    |mut c, r| async move { c.get_contexts_by_execution(r).await },
                )
                .await;
            let contexts = match answer {
                Ok(answer) => answer.contexts,
                // The engine's answer for an execution without contexts
                // (or an unknown id); the subgraph leaves those out too.
                Err(e) if e.code() == Some(Code::NotFound) => continue,
                Err(e) => return Err(e),
            };
            out.extend(contexts.into_iter().map(|c| (id, c)));
        }
        Ok(out)
    }
}
