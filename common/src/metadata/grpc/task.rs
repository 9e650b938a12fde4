//! The operations of one task's life in a pod, each in as few round trips as
//! the engine allows (at most six per step): open the
//! execution (two reads in parallel), publish it with its new artifacts (one
//! `PutExecution`, after one `PutTypes` for their types), read a DAG with
//! its children (one filtered list).

use std::collections::{HashMap, HashSet};

use kfp_proto::ml_metadata::{self as mlmd, event, put_execution_request};
use tonic::Code;

use super::{
    backend, check_run, invalid, new_event, not_found_as, step_key, GrpcError, Kind, MlmdStore,
};
use crate::metadata::{
    keys, types, Id, MetadataError, NewArtifact, PublishedArtifact, Result, RunContexts,
};

use crate::grpc::{retry::classify, Class, Safety};

/// How many times a publish is sent when its answer is lost (each followed
/// by a read of what landed).
const PUBLISH_ATTEMPTS: u32 = 3;
/// Attempts at creating an unnamed execution whose answers are lost.
pub(super) const CREATE_ATTEMPTS: u32 = 3;
/// How long to wait before reading what a write whose answer was lost
/// left: long enough for a request still in flight at the server to land.
pub(super) const LANDING_PAUSE: std::time::Duration = std::time::Duration::from_secs(1);

impl MlmdStore {
    pub(super) async fn open_execution_impl(
        &self,
        id: Id,
    ) -> Result<(mlmd::Execution, RunContexts)> {
        const OP: &str = "open_execution";
        let err = |e| backend(OP, e);
        let req = mlmd::GetContextsByExecutionRequest {
            execution_id: Some(id),
            ..Default::default()
        };
        let ids = [id];
        let (execution, contexts) = tokio::join!(
            self.executions_by_id(&ids),
            self.rpc.call(
                "GetContextsByExecution",
                Safety::Idempotent,
                || format!("execution {id}"),
                req,
                |mut c, r| async move { c.get_contexts_by_execution(r).await },
            )
        );
        let execution = match execution.map_err(err)? {
            Ok(mut found) if found.len() == 1 => found.remove(0),
            _ => return Err(MetadataError::ExecutionNotFound { id }),
        };
        let contexts = contexts.map_err(err)?.contexts;
        let (mut pipeline, mut run) = (None, None);
        for mut context in contexts {
            let type_name = match context.r#type.clone() {
                Some(name) => name,
                None => self.context_type_name(context.type_id).await.map_err(err)?,
            };
            context.r#type = Some(type_name.clone());
            match type_name.as_str() {
                types::PIPELINE => pipeline = Some(context),
                types::PIPELINE_RUN => run = Some(context),
                _ => {}
            }
        }
        let (Some(pipeline), Some(run)) = (pipeline, run) else {
            return Err(invalid(
                OP,
                format!(
                    "execution {id} is not associated with a {} and a {} context",
                    types::PIPELINE,
                    types::PIPELINE_RUN
                ),
            ));
        };
        Ok((execution, RunContexts { pipeline, run }))
    }

    /// The name of a context type, from the cache or by registering the two
    /// KFP context types (a put of an existing schemaless type answers its id).
    pub(super) async fn context_type_name(&self, type_id: Option<Id>) -> Result<String, GrpcError> {
        for name in [types::PIPELINE, types::PIPELINE_RUN] {
            if Some(self.type_id(Kind::Context, name).await?) == type_id {
                return Ok(name.to_owned());
            }
        }
        Ok(String::new())
    }

    pub(super) async fn publish_impl(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
        outputs: &[(String, PublishedArtifact)],
    ) -> Result<Vec<Id>> {
        const OP: &str = "publish";
        check_run(run, OP)?;
        let id = execution
            .id
            .ok_or_else(|| invalid(OP, "execution has no id"))?;
        if !execution.properties.is_empty() {
            return Err(invalid(
                OP,
                "KFP types declare no properties: use custom_properties",
            ));
        }
        let mut seen = HashSet::new();
        for (name, out) in outputs {
            match out {
                PublishedArtifact::Recorded(artifact_id) if !seen.insert(*artifact_id) => {
                    return Err(invalid(
                        OP,
                        format!(
                            "artifact {artifact_id} is output {name:?} and an earlier output: \
                             MLMD keeps one OUTPUT event per artifact and execution"
                        ),
                    ))
                }
                PublishedArtifact::New(new) if new.type_name.is_empty() => {
                    return Err(invalid(
                        OP,
                        format!("output {name:?}: artifact type name must not be empty"),
                    ))
                }
                _ => {}
            }
        }
        let err = |e| backend(OP, e);
        let type_names: Vec<&str> = outputs
            .iter()
            .filter_map(|(_, o)| match o {
                PublishedArtifact::New(n) => Some(n.type_name.as_str()),
                PublishedArtifact::Recorded(_) => None,
            })
            .collect();
        let (type_ids, stored) = tokio::join!(
            self.type_ids(Kind::Artifact, &type_names),
            self.record_for_update(id, execution, OP)
        );
        let type_ids = type_ids.map_err(err)?;
        let stored = stored?;

        // What already landed, by output: `None` until an attempt's answer
        // is lost (the first attempt assumes nothing is there: no read).
        let mut landed: Option<HashMap<usize, Id>> = None;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut pairs = Vec::new();
            let mut slots = Vec::new();
            for (i, (name, out)) in outputs.iter().enumerate() {
                if landed.as_ref().is_some_and(|l| l.contains_key(&i)) {
                    continue;
                }
                let artifact = match out {
                    PublishedArtifact::Recorded(artifact_id) => {
                        slots.push((i, Some(*artifact_id)));
                        pairs.push(put_execution_request::ArtifactAndEvent {
                            artifact: None,
                            event: Some(new_event(*artifact_id, event::Type::Output, name)),
                        });
                        continue;
                    }
                    PublishedArtifact::New(new) => new_artifact(new, type_ids[&new.type_name]),
                };
                slots.push((i, None));
                pairs.push(put_execution_request::ArtifactAndEvent {
                    artifact: Some(artifact),
                    event: Some(mlmd::Event {
                        r#type: Some(event::Type::Output as i32),
                        path: new_event(0, event::Type::Output, name).path,
                        ..Default::default()
                    }),
                });
            }
            let subject = format!("execution {id} with {} outputs", outputs.len());
            let sent = self
                .put_execution_pairs(stored.clone(), pairs, run, Safety::Once, subject)
                .await;
            match sent {
                Ok(answer) => {
                    let mut ids = landed.unwrap_or_default();
                    for ((i, known), new_id) in slots.into_iter().zip(
                        answer
                            .artifact_ids
                            .into_iter()
                            .map(Some)
                            .chain(std::iter::repeat(None)),
                    ) {
                        let got = known.or(new_id).ok_or_else(|| {
                            invalid(OP, format!("execution {id}: no id for output {i}"))
                        })?;
                        ids.insert(i, got);
                    }
                    return (0..outputs.len())
                        .map(|i| {
                            ids.get(&i).copied().ok_or_else(|| {
                                invalid(OP, format!("execution {id}: output {i} not published"))
                            })
                        })
                        .collect();
                }
                Err(e) if attempt < PUBLISH_ATTEMPTS && maybe_landed(&e) => {
                    tracing::warn!(execution = id, attempt, error = %e, "publish answer lost; reading what landed");
                    landed = Some(self.landed_outputs(id, outputs).await?);
                }
                Err(e) => return Err(not_found_as(e, id, OP)),
            }
        }
    }

    /// Outputs (by index) that already are OUTPUT events of the execution:
    /// a recorded artifact by id, a new one by name and URI.
    async fn landed_outputs(
        &self,
        id: Id,
        outputs: &[(String, PublishedArtifact)],
    ) -> Result<HashMap<usize, Id>> {
        let err = |e| backend("publish", e);
        let events: Vec<mlmd::Event> = self
            .events(&[id])
            .await
            .map_err(err)?
            .into_iter()
            .filter(|e| e.r#type == Some(event::Type::Output as i32))
            .collect();
        let artifact_ids: Vec<Id> = events.iter().filter_map(|e| e.artifact_id).collect();
        let artifacts = match self.artifacts_by_id(&artifact_ids).await.map_err(err)? {
            Ok(found) => found,
            Err(missing) => return Err(MetadataError::ArtifactNotFound { id: missing }),
        };
        let mut landed = HashMap::new();
        for (i, (name, out)) in outputs.iter().enumerate() {
            let hit = events.iter().find_map(|e| {
                let artifact_id = e.artifact_id?;
                let matches = match out {
                    PublishedArtifact::Recorded(want) => *want == artifact_id,
                    PublishedArtifact::New(new) => {
                        step_key(e) == *name
                            && artifacts.get(&artifact_id).and_then(|a| a.uri.as_deref())
                                == Some(new.uri.as_str())
                    }
                };
                matches.then_some(artifact_id)
            });
            if let Some(artifact_id) = hit {
                landed.insert(i, artifact_id);
            }
        }
        Ok(landed)
    }

    /// The record to write: the caller's when it carries a type id (read
    /// back earlier, so name and type are right), else the stored one with
    /// the caller's state and custom properties.
    pub(super) async fn record_for_update(
        &self,
        id: Id,
        execution: &mlmd::Execution,
        op: &'static str,
    ) -> Result<mlmd::Execution> {
        if execution.type_id.is_some() {
            return Ok(mlmd::Execution {
                id: Some(id),
                name: execution.name.clone(),
                type_id: execution.type_id,
                last_known_state: execution.last_known_state,
                custom_properties: execution.custom_properties.clone(),
                ..Default::default()
            });
        }
        self.stored_for_update(id, execution, op).await
    }

    /// One `PutExecution` with artifact/event pairs (new artifacts inline).
    async fn put_execution_pairs(
        &self,
        execution: mlmd::Execution,
        pairs: Vec<put_execution_request::ArtifactAndEvent>,
        run: &RunContexts,
        safety: Safety,
        subject: String,
    ) -> Result<mlmd::PutExecutionResponse, GrpcError> {
        let req = mlmd::PutExecutionRequest {
            execution: Some(execution),
            artifact_event_pairs: pairs,
            contexts: super::run_contexts_for_put(run),
            ..Default::default()
        };
        self.rpc
            .call(
                "PutExecution",
                safety,
                || subject.clone(),
                req,
                |mut c, r| async move { c.put_execution(r).await },
            )
            .await
    }

    /// The DAG and its children, in id order; with `unless_running`, `None`
    /// as soon as a child is seen `RUNNING`. The DAG and its children are
    /// one list, newest first (a page of 100 for a narrow DAG); past the
    /// first page (a wide DAG) one short read of a single RUNNING child
    /// spares the other pages.
    pub(super) async fn dag_with_children_impl(
        &self,
        run: &RunContexts,
        dag_id: Id,
        unless_running: bool,
    ) -> Result<Option<(mlmd::Execution, Vec<mlmd::Execution>)>> {
        const OP: &str = "dag_with_children";
        let run_id = run
            .run
            .id
            .ok_or_else(|| invalid(OP, "run context has no id"))?;
        // One list for both: the DAG itself and its children (MLMD's filter
        // grammar takes OR).
        let filter = format!(
            "id = {dag_id} OR custom_properties.{}.int_value = {dag_id}",
            keys::PARENT_DAG_ID
        );
        let running = |e: &mlmd::Execution| {
            e.id != Some(dag_id)
                && e.last_known_state == Some(mlmd::execution::State::Running as i32)
        };
        let mut found = Vec::new();
        let mut token = None;
        loop {
            let first = token.is_none();
            // Newest first: the children most likely still running.
            let options = super::list_options(&filter, super::PAGE_SIZE, false, token.take());
            let (page, next) = self
                .executions_page(run_id, &filter, options)
                .await
                .map_err(|e| backend(OP, e))?;
            found.extend(page);
            let Some(next) = next else {
                break;
            };
            if unless_running && first {
                let elsewhere = || async {
                    let filter = format!(
                        "custom_properties.{}.int_value = {dag_id} AND last_known_state = RUNNING",
                        keys::PARENT_DAG_ID
                    );
                    let options = super::list_options(&filter, 1, false, None);
                    self.executions_page(run_id, &filter, options)
                        .await
                        .map(|(page, _)| !page.is_empty())
                        .map_err(|e| backend(OP, e))
                };
                if found.iter().any(running) || elsewhere().await? {
                    return Ok(None);
                }
            }
            token = Some(next);
        }
        if unless_running && found.iter().any(running) {
            return Ok(None);
        }
        found.sort_by_key(|e| e.id);
        if let Some(at) = found.iter().position(|e| e.id == Some(dag_id)) {
            let dag = found.remove(at);
            return Ok(Some((dag, found)));
        }
        // The filter joins the property table, so a DAG without
        // `parent_dag_id` (the root) is not in the answer: read it by id.
        match self
            .executions_by_id(&[dag_id])
            .await
            .map_err(|e| backend(OP, e))?
        {
            Ok(mut dag) if dag.len() == 1 => Ok(Some((dag.remove(0), found))),
            _ => Err(MetadataError::ExecutionNotFound { id: dag_id }),
        }
    }
}

/// A new artifact as sent inline in `PutExecution`.
fn new_artifact(new: &NewArtifact, type_id: Id) -> mlmd::Artifact {
    mlmd::Artifact {
        type_id: Some(type_id),
        uri: Some(new.uri.clone()),
        state: Some(mlmd::artifact::State::Live as i32),
        custom_properties: new.custom_properties.clone(),
        ..Default::default()
    }
}

/// Whether a failed write may have landed, so that a read of what landed
/// decides the next attempt: a transient failure (its answer may have been
/// lost), ALREADY_EXISTS (it raced an earlier write of the same events), or
/// a failure the engine does not explain (CANCELLED, UNKNOWN, INTERNAL).
/// Validation errors certainly did not land.
pub(super) fn maybe_landed(e: &GrpcError) -> bool {
    e.status().is_some_and(|status| {
        classify(status) != Class::NotRetryable
            || matches!(
                status.code(),
                Code::AlreadyExists | Code::Cancelled | Code::Unknown | Code::Internal
            )
    })
}
