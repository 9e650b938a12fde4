//! The metadata backend over the real MLMD service (gRPC), as KFP's Go driver
//! and launcher use it (contract §4.7).
//!
//! Every trait operation is a fixed, small number of round trips (type ids are
//! registered once per process and cached; list calls page by 100). Where the
//! engine differs from what the trait promises, this module bridges it:
//!
//! * `GetExecutionsByID` skips unknown ids, so missing ids are reported here;
//! * a second event per (artifact, execution, type) is ALREADY_EXISTS, so a
//!   publish reads the execution's events first and sends only the missing
//!   OUTPUT pairs (an Argo retry then adds nothing);
//! * `PutExecution` is one engine transaction, so a publish (state, custom
//!   properties, events, attributions, associations) is all or nothing;
//! * updates without an update mask replace all custom properties, which is
//!   exactly what `update_execution` promises;
//! * unknown artifact ids are checked before a write, so a failed create or
//!   publish changes nothing and names the id.
//!
//! Channel, deadlines and retries are those of every gRPC client
//! ([`crate::grpc`]); each call here says whether its request is safe to
//! repeat. Type ids live in `type_ids`.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    sync::{Mutex, PoisonError},
};

use kfp_proto::ml_metadata::{
    self as mlmd, event, execution::State, list_operation_options,
    metadata_store_service_client::MetadataStoreServiceClient, put_execution_request,
};
use tonic::Code;

use super::{
    event_path, keys, types, value, ArtifactEvent, Direction, Id, LinkedArtifact, MetadataBackend,
    MetadataError, NewArtifact, NewExecution, Properties, PublishedArtifact, Result, RunContexts,
};

/// What a create whose answer was lost left behind.
enum Landed {
    Found(Box<mlmd::Execution>),
    Absent,
}

mod lineage;
mod options;
mod reuse;
mod task;
mod type_ids;

use crate::grpc::{
    channel::{channel, Connect},
    Safety,
};
pub use crate::grpc::{GrpcError, RetryPolicy, TlsOptions, DEFAULT_MAX_MESSAGE_SIZE};
pub use options::{max_message_size_from_env, parse_message_size, MESSAGE_SIZE_ENV};
use type_ids::{Kind, TypeIds};

/// How to reach MLMD: the options every gRPC client takes. Read the
/// environment once with [`MlmdOptions::from_env`]
/// (`METADATA_GRPC_MESSAGE_SIZE`).
pub type MlmdOptions = crate::grpc::ClientOptions;

/// The service as errors and logs name it.
const SERVICE: &str = "MLMD";

type Rpc = crate::grpc::Rpc<MetadataStoreServiceClient<tonic::transport::Channel>>;

/// Page size of list calls: the engine caps `max_result_size` at 100 and
/// above that silently drops the rest and the page token (contract §4.7).
const PAGE_SIZE: i32 = 100;

/// Options of a filtered list: ordered by id, `page` results per page
/// (at most [`PAGE_SIZE`]), continuing at `token`.
fn list_options(
    filter: &str,
    page: i32,
    ascending: bool,
    token: Option<String>,
) -> mlmd::ListOperationOptions {
    mlmd::ListOperationOptions {
        max_result_size: Some(page),
        order_by_field: Some(list_operation_options::OrderByField {
            field: Some(list_operation_options::order_by_field::Field::Id as i32),
            is_asc: Some(ascending),
        }),
        next_page_token: token,
        filter_query: Some(filter.to_owned()),
    }
}

/// Artifact ids a store remembers at most (16 bytes each).
const KNOWN_ARTIFACTS: usize = 100_000;

/// A [`super::MetadataBackend`] over `ml_metadata.MetadataStoreService`.
#[derive(Debug)]
pub struct MlmdStore {
    rpc: Rpc,
    types: TypeIds,
    /// Artifact ids read from the engine by this process.
    known_artifacts: Mutex<HashSet<Id>>,
}

impl MlmdStore {
    /// Connect to MLMD at `host:port` (plaintext, or TLS per
    /// `options.tls`). Retries the connect per `options.retry`; the error
    /// names the address.
    pub async fn connect(host: &str, port: u16, options: MlmdOptions) -> Result<Self> {
        let (channel, address) = channel(SERVICE, host, port, &options, Connect::Eager)
            .await
            .map_err(|e| backend("connect", e))?;
        let client = MetadataStoreServiceClient::new(channel)
            .max_decoding_message_size(options.max_message_size)
            .max_encoding_message_size(options.max_message_size);
        Ok(Self {
            rpc: Rpc::new(SERVICE, address, client, &options),
            types: TypeIds::default(),
            known_artifacts: Mutex::new(HashSet::new()),
        })
    }

    /// MLMD round trips (RPC attempts, retries included) this store has made,
    /// a figure the tests bound per task.
    pub fn round_trips(&self) -> u64 {
        self.rpc.sent()
    }

    /// Note an artifact id read from the engine (see [`Self::all_known_artifacts`]).
    fn remember_artifact(&self, id: Id) {
        self.remember_artifacts([id]);
    }

    /// Note artifact ids read from the engine. A store kept for a long time
    /// (`driver serve`) forgets them all past [`KNOWN_ARTIFACTS`]: they only
    /// spare existence checks, which then run again.
    fn remember_artifacts(&self, ids: impl IntoIterator<Item = Id>) {
        let mut known = self
            .known_artifacts
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        known.extend(ids);
        if known.len() > KNOWN_ARTIFACTS {
            known.clear();
        }
    }

    /// Whether every artifact id was seen on an earlier read of this store:
    /// artifacts are never deleted by KFP, so those need no existence check.
    fn all_known_artifacts(&self, ids: &[Id]) -> bool {
        let known = self
            .known_artifacts
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        ids.iter().all(|id| known.contains(id))
    }

    // --- reads ---

    /// A context by type and name; the engine answers OK and empty when either
    /// is missing (no type is created by a read).
    async fn context_by_name(
        &self,
        type_name: &str,
        name: &str,
    ) -> Result<Option<mlmd::Context>, GrpcError> {
        let req = mlmd::GetContextByTypeAndNameRequest {
            type_name: Some(type_name.to_owned()),
            context_name: Some(name.to_owned()),
            ..Default::default()
        };
        let mut context = self
            .rpc
            .call(
                "GetContextByTypeAndName",
                Safety::Idempotent,
                || format!("{type_name} {name:?}"),
                req,
                |mut c, r| async move { c.get_context_by_type_and_name(r).await },
            )
            .await?
            .context;
        if let Some(context) = &mut context {
            context.r#type.get_or_insert_with(|| type_name.to_owned());
        }
        Ok(context)
    }

    /// Executions by id, in the order asked; `Ok(Err(id))` names a missing one.
    async fn executions_by_id(
        &self,
        ids: &[Id],
    ) -> Result<std::result::Result<Vec<mlmd::Execution>, Id>, GrpcError> {
        if ids.is_empty() {
            return Ok(Ok(Vec::new()));
        }
        let req = mlmd::GetExecutionsByIdRequest {
            execution_ids: ids.to_vec(),
            ..Default::default()
        };
        let found = self
            .rpc
            .call(
                "GetExecutionsByID",
                Safety::Idempotent,
                || format!("executions {ids:?}"),
                req,
                |mut c, r| async move { c.get_executions_by_id(r).await },
            )
            .await?
            .executions;
        let by_id: HashMap<Id, mlmd::Execution> = found
            .into_iter()
            .filter_map(|e| e.id.map(|id| (id, e)))
            .collect();
        let mut out = Vec::with_capacity(ids.len());
        for &id in ids {
            match by_id.get(&id) {
                Some(e) => out.push(e.clone()),
                None => return Ok(Err(id)),
            }
        }
        Ok(Ok(out))
    }

    /// Artifacts by id with their type names; `Ok(Err(id))` names a missing one.
    async fn artifacts_by_id(
        &self,
        ids: &[Id],
    ) -> Result<std::result::Result<HashMap<Id, mlmd::Artifact>, Id>, GrpcError> {
        if ids.is_empty() {
            return Ok(Ok(HashMap::new()));
        }
        let req = mlmd::GetArtifactsByIdRequest {
            artifact_ids: ids.to_vec(),
            populate_artifact_types: Some(true),
            ..Default::default()
        };
        let answer = self
            .rpc
            .call(
                "GetArtifactsByID",
                Safety::Idempotent,
                || format!("artifacts {ids:?}"),
                req,
                |mut c, r| async move { c.get_artifacts_by_id(r).await },
            )
            .await?;
        let type_names: HashMap<Id, String> = answer
            .artifact_types
            .into_iter()
            .filter_map(|t| Some((t.id?, t.name?)))
            .collect();
        let found: HashMap<Id, mlmd::Artifact> = answer
            .artifacts
            .into_iter()
            .filter_map(|mut a| {
                if a.r#type.is_none() {
                    a.r#type = a.type_id.and_then(|t| type_names.get(&t).cloned());
                }
                a.id.map(|id| (id, a))
            })
            .collect();
        self.remember_artifacts(found.keys().copied());
        Ok(match ids.iter().find(|id| !found.contains_key(id)) {
            Some(&missing) => Err(missing),
            None => Ok(found),
        })
    }

    /// All events of the executions, in the engine's order.
    async fn events(&self, execution_ids: &[Id]) -> Result<Vec<mlmd::Event>, GrpcError> {
        let req = mlmd::GetEventsByExecutionIDsRequest {
            execution_ids: execution_ids.to_vec(),
            ..Default::default()
        };
        Ok(self
            .rpc
            .call(
                "GetEventsByExecutionIDs",
                Safety::Idempotent,
                || format!("executions {execution_ids:?}"),
                req,
                |mut c, r| async move { c.get_events_by_execution_i_ds(r).await },
            )
            .await?
            .events)
    }

    /// Every execution of a context matching `filter`, paging by 100; an
    /// empty filter reads all of them in one call (the engine pages only
    /// when asked to, contract §4.7), ordered by id.
    async fn executions_by_context(
        &self,
        context_id: Id,
        filter: &str,
        newest_first_one: bool,
    ) -> Result<Vec<mlmd::Execution>, GrpcError> {
        if filter.is_empty() && !newest_first_one {
            let req = mlmd::GetExecutionsByContextRequest {
                context_id: Some(context_id),
                ..Default::default()
            };
            let mut all = self
                .rpc
                .call(
                    "GetExecutionsByContext",
                    Safety::Idempotent,
                    || format!("context {context_id}, all executions"),
                    req,
                    |mut c, r| async move { c.get_executions_by_context(r).await },
                )
                .await?
                .executions;
            all.sort_by_key(|e| e.id);
            self.types.learn_from(&all);
            return Ok(all);
        }
        if newest_first_one {
            let options = list_options(filter, 1, false, None);
            return Ok(self.executions_page(context_id, filter, options).await?.0);
        }
        let mut out = Vec::new();
        let mut token = None;
        loop {
            let options = list_options(filter, PAGE_SIZE, true, token.take());
            let (page, next) = self.executions_page(context_id, filter, options).await?;
            out.extend(page);
            token = next;
            if token.is_none() {
                return Ok(out);
            }
        }
    }

    /// One page of a context's executions: the page and the next page's
    /// token, if any.
    pub(super) async fn executions_page(
        &self,
        context_id: Id,
        filter: &str,
        options: mlmd::ListOperationOptions,
    ) -> Result<(Vec<mlmd::Execution>, Option<String>), GrpcError> {
        let req = mlmd::GetExecutionsByContextRequest {
            context_id: Some(context_id),
            options: Some(options),
            ..Default::default()
        };
        let page = self
            .rpc
            .call(
                "GetExecutionsByContext",
                Safety::Idempotent,
                || format!("context {context_id}, filter {filter:?}"),
                req,
                |mut c, r| async move { c.get_executions_by_context(r).await },
            )
            .await?;
        self.types.learn_from(&page.executions);
        let next = page.next_page_token.filter(|t| !t.is_empty());
        Ok((page.executions, next))
    }

    // --- writes ---

    /// Create a context; a concurrent creator's ALREADY_EXISTS is read back.
    async fn create_context(
        &self,
        type_name: &str,
        name: &str,
        custom_properties: Properties,
    ) -> Result<mlmd::Context, GrpcError> {
        let type_id = self.type_id(Kind::Context, type_name).await?;
        let req = mlmd::PutContextsRequest {
            contexts: vec![mlmd::Context {
                name: Some(name.to_owned()),
                type_id: Some(type_id),
                custom_properties,
                ..Default::default()
            }],
            ..Default::default()
        };
        let subject = || format!("{type_name} {name:?}");
        let put = self
            .rpc
            .call(
                "PutContexts",
                Safety::Idempotent,
                subject,
                req,
                |mut c, r| async move { c.put_contexts(r).await },
            )
            .await;
        match put {
            Ok(_) => {}
            Err(e) if e.code() == Some(Code::AlreadyExists) => {}
            Err(e) => return Err(e),
        }
        // Read back: the answer carries only ids, the trait returns the record.
        self.context_by_name(type_name, name).await?.ok_or_else(|| {
            self.rpc.unexpected(
                "GetContextByTypeAndName",
                subject(),
                "context missing right after PutContexts",
            )
        })
    }

    /// Link the run under the pipeline; a run under another pipeline is refused.
    async fn link_run(
        &self,
        pipeline: &mlmd::Context,
        run: &mlmd::Context,
        run_is_new: bool,
    ) -> Result<()> {
        const OP: &str = "get_or_create_run";
        let (Some(pipeline_id), Some(run_id)) = (pipeline.id, run.id) else {
            return Err(backend(
                OP,
                self.rpc.unexpected(
                    "GetContextByTypeAndName",
                    "run contexts".to_owned(),
                    "context without id",
                ),
            ));
        };
        if !run_is_new {
            let req = mlmd::GetParentContextsByContextRequest {
                context_id: Some(run_id),
                ..Default::default()
            };
            let parents = self
                .rpc
                .call(
                    "GetParentContextsByContext",
                    Safety::Idempotent,
                    || format!("context {run_id}"),
                    req,
                    |mut c, r| async move { c.get_parent_contexts_by_context(r).await },
                )
                .await
                .map_err(|e| backend(OP, e))?
                .contexts;
            match parents.as_slice() {
                [] => {}
                [parent] if parent.id == Some(pipeline_id) => return Ok(()),
                _ => {
                    return Err(MetadataError::InvalidArgument {
                        operation: OP,
                        message: format!(
                            "run {:?} already belongs to a pipeline other than {:?}",
                            run.name.as_deref().unwrap_or_default(),
                            pipeline.name.as_deref().unwrap_or_default()
                        ),
                    })
                }
            }
        }
        let req = mlmd::PutParentContextsRequest {
            parent_contexts: vec![mlmd::ParentContext {
                child_id: Some(run_id),
                parent_id: Some(pipeline_id),
                ..Default::default()
            }],
            ..Default::default()
        };
        match self
            .rpc
            .call(
                "PutParentContexts",
                Safety::Idempotent,
                || format!("context {run_id} under {pipeline_id}"),
                req,
                |mut c, r| async move { c.put_parent_contexts(r).await },
            )
            .await
        {
            Ok(_) => Ok(()),
            // A parallel driver linked it first.
            Err(e) if e.code() == Some(Code::AlreadyExists) => Ok(()),
            Err(e) => Err(backend(OP, e)),
        }
    }

    /// One `PutExecution`: the execution (new or updated), events to existing
    /// artifacts, and the run's contexts (associations and attributions).
    /// After a lost answer to the create of unnamed `execution`: the
    /// execution it made, found among its parent DAG's children with the
    /// same type, state and custom properties (what a driver writes is
    /// unique to its task and iteration), or `Absent` when it did not land.
    /// `None` when there is no parent to look under: the create cannot be
    /// repeated safely. Waits [`task::LANDING_PAUSE`] first, so that a
    /// write still in flight when its answer was lost has finished.
    async fn landed_execution(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
    ) -> Result<Option<Landed>> {
        let Some(parent) = execution
            .custom_properties
            .get(keys::PARENT_DAG_ID)
            .and_then(value::as_int)
        else {
            return Ok(None);
        };
        tokio::time::sleep(task::LANDING_PAUSE).await;
        let children = self.child_executions(run, parent).await?;
        let landed = children
            .into_iter()
            .filter(|c| {
                c.type_id == execution.type_id
                    && c.last_known_state == execution.last_known_state
                    && c.custom_properties == execution.custom_properties
            })
            .max_by_key(|c| c.id);
        Ok(Some(
            landed.map_or(Landed::Absent, |l| Landed::Found(Box::new(l))),
        ))
    }

    async fn put_execution(
        &self,
        execution: mlmd::Execution,
        events: Vec<mlmd::Event>,
        run: &RunContexts,
        safety: Safety,
        subject: String,
    ) -> Result<Option<Id>, GrpcError> {
        let req = mlmd::PutExecutionRequest {
            execution: Some(execution),
            // Events only: sending the artifact too would update it, and an
            // update without mask would replace its custom properties.
            artifact_event_pairs: events
                .into_iter()
                .map(|event| put_execution_request::ArtifactAndEvent {
                    artifact: None,
                    event: Some(event),
                })
                .collect(),
            contexts: run_contexts_for_put(run),
            ..Default::default()
        };
        Ok(self
            .rpc
            .call(
                "PutExecution",
                safety,
                || subject.clone(),
                req,
                |mut c, r| async move { c.put_execution(r).await },
            )
            .await?
            .execution_id)
    }

    async fn existing_named(
        &self,
        type_name: &str,
        name: &str,
    ) -> Result<Option<mlmd::Execution>, GrpcError> {
        let req = mlmd::GetExecutionByTypeAndNameRequest {
            type_name: Some(type_name.to_owned()),
            execution_name: Some(name.to_owned()),
            ..Default::default()
        };
        let mut execution = self
            .rpc
            .call(
                "GetExecutionByTypeAndName",
                Safety::Idempotent,
                || format!("{type_name} {name:?}"),
                req,
                |mut c, r| async move { c.get_execution_by_type_and_name(r).await },
            )
            .await?
            .execution;
        if let Some(e) = &mut execution {
            e.r#type.get_or_insert_with(|| type_name.to_owned());
        }
        Ok(execution)
    }
}

impl MetadataBackend for MlmdStore {
    async fn get_or_create_run(
        &self,
        pipeline_name: &str,
        run_id: &str,
        run_properties: Properties,
    ) -> Result<RunContexts> {
        const OP: &str = "get_or_create_run";
        if pipeline_name.is_empty() || run_id.is_empty() {
            return Err(invalid(OP, "pipeline name and run id must not be empty"));
        }
        let err = |e| backend(OP, e);
        let pipeline = match self.context_by_name(types::PIPELINE, pipeline_name).await {
            Ok(Some(c)) => c,
            Ok(None) => self
                .create_context(types::PIPELINE, pipeline_name, Properties::new())
                .await
                .map_err(err)?,
            Err(e) => return Err(err(e)),
        };
        // Properties only at creation: later callers' maps are ignored (§4.2).
        let (run, run_is_new) = match self.context_by_name(types::PIPELINE_RUN, run_id).await {
            Ok(Some(c)) => (c, false),
            Ok(None) => (
                self.create_context(types::PIPELINE_RUN, run_id, run_properties)
                    .await
                    .map_err(err)?,
                true,
            ),
            Err(e) => return Err(err(e)),
        };
        self.link_run(&pipeline, &run, run_is_new).await?;
        Ok(RunContexts { pipeline, run })
    }

    async fn get_run(&self, pipeline_name: &str, run_id: &str) -> Result<Option<RunContexts>> {
        let err = |e| backend("get_run", e);
        // Two independent reads: one round trip of latency, not two.
        let (pipeline, run) = tokio::join!(
            self.context_by_name(types::PIPELINE, pipeline_name),
            self.context_by_name(types::PIPELINE_RUN, run_id)
        );
        let (Some(pipeline), Some(run)) = (pipeline.map_err(err)?, run.map_err(err)?) else {
            return Ok(None);
        };
        Ok(Some(RunContexts { pipeline, run }))
    }

    async fn create_execution(
        &self,
        run: &RunContexts,
        new: NewExecution,
    ) -> Result<mlmd::Execution> {
        const OP: &str = "create_execution";
        check_run(run, OP)?;
        if new.type_name.is_empty() {
            return Err(invalid(OP, "execution type name must not be empty"));
        }
        let err = |e| backend(OP, e);
        let type_id = self
            .type_id(Kind::Execution, &new.type_name)
            .await
            .map_err(err)?;
        let input_ids: Vec<Id> = new.inputs.iter().map(|(_, id)| *id).collect();
        if !self.all_known_artifacts(&input_ids) {
            if let Err(id) = self.artifacts_by_id(&input_ids).await.map_err(err)? {
                return Err(MetadataError::ArtifactNotFound { id });
            }
        }
        let execution = mlmd::Execution {
            name: new.name.clone(),
            type_id: Some(type_id),
            last_known_state: new.state.map(|s| s as i32),
            custom_properties: new.custom_properties,
            ..Default::default()
        };
        let events: Vec<mlmd::Event> = event_path::input_paths(&new.inputs)
            .into_iter()
            .map(|(artifact_id, steps)| event_with_path(artifact_id, event::Type::Input, &steps))
            .collect();
        // A named execution is found by name if the write landed before a
        // retry, so its create can be repeated. An unnamed one is sent once
        // per attempt; after a lost answer, what landed is looked for among
        // its parent DAG's children before the next attempt.
        let safety = if new.name.is_some() {
            Safety::Idempotent
        } else {
            Safety::Once
        };
        let subject = format!(
            "new {} {:?} with inputs {input_ids:?}",
            new.type_name, new.name
        );
        let mut attempt = 0;
        let id = loop {
            attempt += 1;
            let sent = self
                .put_execution(
                    execution.clone(),
                    events.clone(),
                    run,
                    safety,
                    subject.clone(),
                )
                .await;
            match sent {
                Ok(id) => break id,
                // Argo retry of the root driver (§2.4): return the existing one.
                Err(e) if e.code() == Some(Code::AlreadyExists) => {
                    if let Some(name) = &new.name {
                        if let Some(existing) = self
                            .existing_named(&new.type_name, name)
                            .await
                            .map_err(err)?
                        {
                            return Ok(existing);
                        }
                    }
                    return Err(err(e));
                }
                Err(e)
                    if new.name.is_none()
                        && attempt < task::CREATE_ATTEMPTS
                        && task::maybe_landed(&e) =>
                {
                    tracing::warn!(attempt, error = %e, "{subject}: answer lost; looking for what landed");
                    match self.landed_execution(run, &execution).await? {
                        Some(Landed::Found(mut landed)) => {
                            landed.r#type.get_or_insert(new.type_name);
                            return Ok(*landed);
                        }
                        Some(Landed::Absent) => continue,
                        None => return Err(err(e)),
                    }
                }
                Err(e) => return Err(err(e)),
            }
        };
        let id = id.ok_or_else(|| {
            err(self.rpc.unexpected(
                "PutExecution",
                format!("new {}", new.type_name),
                "no execution id",
            ))
        })?;
        match self.executions_by_id(&[id]).await.map_err(err)? {
            Ok(mut found) if found.len() == 1 => {
                let mut execution = found.remove(0);
                execution.r#type.get_or_insert(new.type_name);
                Ok(execution)
            }
            _ => Err(MetadataError::ExecutionNotFound { id }),
        }
    }

    async fn get_executions(&self, ids: &[Id]) -> Result<Vec<mlmd::Execution>> {
        self.executions_by_id(ids)
            .await
            .map_err(|e| backend("get_executions", e))?
            .map_err(|id| MetadataError::ExecutionNotFound { id })
    }

    async fn update_execution(&self, execution: &mlmd::Execution) -> Result<()> {
        const OP: &str = "update_execution";
        let id = execution
            .id
            .ok_or_else(|| invalid(OP, "execution has no id"))?;
        if !execution.properties.is_empty() {
            return Err(invalid(
                OP,
                "KFP types declare no properties: use custom_properties",
            ));
        }
        let stored = self.record_for_update(id, execution, OP).await?;
        let req = mlmd::PutExecutionsRequest {
            executions: vec![stored],
            ..Default::default()
        };
        self.rpc
            .call(
                "PutExecutions",
                Safety::Idempotent,
                || format!("execution {id}"),
                req,
                |mut c, r| async move { c.put_executions(r).await },
            )
            .await
            .map_err(|e| not_found_as(e, id, OP))?;
        Ok(())
    }

    async fn record_artifact(&self, new: NewArtifact) -> Result<mlmd::Artifact> {
        const OP: &str = "record_artifact";
        if new.type_name.is_empty() {
            return Err(invalid(OP, "artifact type name must not be empty"));
        }
        let err = |e| backend(OP, e);
        let type_id = self
            .type_id(Kind::Artifact, &new.type_name)
            .await
            .map_err(err)?;
        let req = mlmd::PutArtifactsRequest {
            artifacts: vec![mlmd::Artifact {
                type_id: Some(type_id),
                uri: Some(new.uri.clone()),
                state: Some(mlmd::artifact::State::Live as i32),
                custom_properties: new.custom_properties,
                ..Default::default()
            }],
            ..Default::default()
        };
        let uri = new.uri;
        let ids = self
            .rpc
            .call(
                "PutArtifacts",
                Safety::Once,
                || format!("new {} at {uri}", new.type_name),
                req,
                |mut c, r| async move { c.put_artifacts(r).await },
            )
            .await
            .map_err(err)?
            .artifact_ids;
        let [id] = ids[..] else {
            return Err(err(self.rpc.unexpected(
                "PutArtifacts",
                format!("new {} at {uri}", new.type_name),
                format!("{} ids for one artifact", ids.len()),
            )));
        };
        let mut found = match self.artifacts_by_id(&[id]).await.map_err(err)? {
            Ok(found) => found,
            Err(id) => return Err(MetadataError::ArtifactNotFound { id }),
        };
        let mut artifact = found
            .remove(&id)
            .ok_or(MetadataError::ArtifactNotFound { id })?;
        artifact.r#type.get_or_insert(new.type_name);
        Ok(artifact)
    }

    async fn publish_execution(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
        outputs: &[(String, Id)],
    ) -> Result<()> {
        const OP: &str = "publish_execution";
        let id = execution
            .id
            .ok_or_else(|| invalid(OP, "execution has no id"))?;
        // ALREADY_EXISTS: an OUTPUT event this publish sent exists after all —
        // an earlier attempt whose answer was lost did land, or a concurrent
        // publish of the same execution won. Its transaction rolled back, and
        // a second pass re-reads the events and sends only what is missing.
        match self.publish_once(run, execution, outputs).await? {
            Err(e) if e.code() == Some(Code::AlreadyExists) => {
                tracing::info!(
                    execution = id,
                    "publish raced an earlier write, re-reading events"
                );
            }
            other => return other.map_err(|e| not_found_as(e, id, OP)),
        }
        self.publish_once(run, execution, outputs)
            .await?
            .map_err(|e| not_found_as(e, id, OP))
    }

    async fn open_execution(&self, id: Id) -> Result<(mlmd::Execution, RunContexts)> {
        self.open_execution_impl(id).await
    }

    async fn publish(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
        outputs: &[(String, PublishedArtifact)],
    ) -> Result<Vec<Id>> {
        self.publish_impl(run, execution, outputs).await
    }

    async fn run_executions(
        &self,
        run: &RunContexts,
        states: &[State],
    ) -> Result<Vec<mlmd::Execution>> {
        const OP: &str = "run_executions";
        let run_id = run
            .run
            .id
            .ok_or_else(|| invalid(OP, "run context has no id"))?;
        let filter = states
            .iter()
            .map(|s| format!("last_known_state = {}", s.as_str_name()))
            .collect::<Vec<_>>()
            .join(" OR ");
        self.executions_by_context(run_id, &filter, false)
            .await
            .map_err(|e| backend(OP, e))
    }

    async fn dag_with_children(
        &self,
        run: &RunContexts,
        dag_id: Id,
    ) -> Result<(mlmd::Execution, Vec<mlmd::Execution>)> {
        self.dag_with_children_impl(run, dag_id, false)
            .await?
            .ok_or(MetadataError::ExecutionNotFound { id: dag_id })
    }

    async fn dag_unless_running(
        &self,
        run: &RunContexts,
        dag_id: Id,
    ) -> Result<Option<(mlmd::Execution, Vec<mlmd::Execution>)>> {
        self.dag_with_children_impl(run, dag_id, true).await
    }

    async fn child_executions(
        &self,
        run: &RunContexts,
        parent_dag_id: Id,
    ) -> Result<Vec<mlmd::Execution>> {
        const OP: &str = "child_executions";
        let run_id = run
            .run
            .id
            .ok_or_else(|| invalid(OP, "run context has no id"))?;
        let filter = format!(
            "custom_properties.{}.int_value = {parent_dag_id}",
            keys::PARENT_DAG_ID
        );
        self.executions_by_context(run_id, &filter, false)
            .await
            .map_err(|e| backend(OP, e))
    }

    async fn latest_task_execution(
        &self,
        pipeline_name: &str,
        task_name: &str,
        states: &[State],
    ) -> Result<Option<mlmd::Execution>> {
        const OP: &str = "latest_task_execution";
        if states.is_empty() {
            return Ok(None);
        }
        let err = |e| backend(OP, e);
        let Some(pipeline) = self
            .context_by_name(types::PIPELINE, pipeline_name)
            .await
            .map_err(err)?
        else {
            return Ok(None);
        };
        let pipeline_id = pipeline
            .id
            .ok_or_else(|| invalid(OP, "pipeline context has no id"))?;
        let states = states
            .iter()
            .map(|s| format!("last_known_state = {}", s.as_str_name()))
            .collect::<Vec<_>>()
            .join(" OR ");
        let filter = format!(
            "custom_properties.{}.string_value = {} AND ({states})",
            keys::TASK_NAME,
            quote(task_name)
        );
        Ok(self
            .executions_by_context(pipeline_id, &filter, true)
            .await
            .map_err(err)?
            .into_iter()
            .next())
    }

    async fn cached_execution(
        &self,
        run: &RunContexts,
        namespace: &str,
        fingerprint: &str,
    ) -> Result<Option<mlmd::Execution>> {
        const OP: &str = "cached_execution";
        let err = |e| backend(OP, e);
        let pipeline_id = run
            .pipeline
            .id
            .ok_or_else(|| invalid(OP, "pipeline context has no id"))?;
        let filter = format!(
            "custom_properties.{}.string_value = {} AND custom_properties.{}.string_value = {} \
             AND last_known_state = COMPLETE",
            keys::CACHE_FINGERPRINT,
            quote(fingerprint),
            keys::NAMESPACE,
            quote(namespace),
        );
        Ok(self
            .executions_by_context(pipeline_id, &filter, true)
            .await
            .map_err(err)?
            .into_iter()
            .next())
    }

    async fn linked_artifacts(
        &self,
        execution_ids: &[Id],
        direction: Direction,
    ) -> Result<Vec<LinkedArtifact>> {
        const OP: &str = "linked_artifacts";
        if execution_ids.is_empty() {
            return Ok(Vec::new());
        }
        let err = |e| backend(OP, e);
        let mut events: Vec<(Direction, mlmd::Event)> = self
            .events(execution_ids)
            .await
            .map_err(err)?
            .into_iter()
            .filter_map(|e| {
                let event = direction_of(&e).filter(|&d| direction.admits(d))?;
                Some((event, e))
            })
            .collect();
        // Event order: the engine answers per execution in the order asked,
        // each in creation order; executions' ids grow with creation, so a
        // stable sort by execution id restores creation order.
        events.sort_by_key(|(_, e)| e.execution_id);
        let mut artifact_ids = Vec::new();
        let mut seen = HashSet::new();
        for (_, e) in &events {
            if let Some(id) = e.artifact_id {
                if seen.insert(id) {
                    artifact_ids.push(id);
                }
            }
        }
        let artifacts = match self.artifacts_by_id(&artifact_ids).await.map_err(err)? {
            Ok(found) => found,
            Err(id) => return Err(MetadataError::ArtifactNotFound { id }),
        };
        let linked: Result<Vec<(LinkedArtifact, Vec<event_path::Step>)>> = events
            .iter()
            .map(|(direction, e)| {
                let (Some(execution_id), Some(artifact_id)) = (e.execution_id, e.artifact_id)
                else {
                    return Err(err(self.rpc.unexpected(
                        "GetEventsByExecutionIDs",
                        format!("executions {execution_ids:?}"),
                        "event without execution or artifact id",
                    )));
                };
                let artifact = artifacts
                    .get(&artifact_id)
                    .cloned()
                    .ok_or(MetadataError::ArtifactNotFound { id: artifact_id })?;
                let link = LinkedArtifact {
                    execution_id,
                    key: step_key(e),
                    direction: *direction,
                    artifact,
                };
                Ok((link, path_steps(e)))
            })
            .collect();
        // One item per use of an artifact (see `event_path`).
        Ok(event_path::expand(
            linked?,
            |l| l.execution_id,
            |l, key| LinkedArtifact { key, ..l.clone() },
        ))
    }

    async fn reusable_artifact(
        &self,
        run: &RunContexts,
        artifact: &NewArtifact,
    ) -> Result<Option<mlmd::Artifact>> {
        self.reusable_artifact_impl(run, artifact).await
    }

    async fn artifacts_by_uri(&self, uri: &str) -> Result<Vec<mlmd::Artifact>> {
        self.artifacts_by_uri_impl(uri).await
    }

    async fn artifact_events(
        &self,
        artifact_ids: &[Id],
        direction: Direction,
    ) -> Result<Vec<ArtifactEvent>> {
        self.artifact_events_impl(artifact_ids, direction).await
    }

    async fn execution_runs(&self, execution_ids: &[Id]) -> Result<BTreeMap<Id, RunContexts>> {
        self.execution_runs_impl(execution_ids).await
    }
}

impl MlmdStore {
    /// One publish: validation and reads, then one `PutExecution` whose own
    /// error is returned inside, for the caller to look at ALREADY_EXISTS.
    async fn publish_once(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
        outputs: &[(String, Id)],
    ) -> Result<Result<(), GrpcError>> {
        const OP: &str = "publish_execution";
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
        for (name, artifact_id) in outputs {
            if !seen.insert(*artifact_id) {
                return Err(invalid(
                    OP,
                    format!(
                        "artifact {artifact_id} is output {name:?} and an earlier output: MLMD \
                         keeps one OUTPUT event per artifact and execution"
                    ),
                ));
            }
        }
        let err = |e| backend(OP, e);
        let output_ids: Vec<Id> = outputs.iter().map(|(_, id)| *id).collect();
        // Three independent reads in parallel: the stored execution (exists,
        // type id, name), the output artifacts (exist), its events (which
        // OUTPUT events an earlier publish already wrote).
        let execution_ids = [id];
        let (stored, artifacts, events) = tokio::join!(
            self.stored_for_update(id, execution, OP),
            self.artifacts_by_id(&output_ids),
            self.events(&execution_ids),
        );
        let stored = stored?;
        if let Err(id) = artifacts.map_err(err)? {
            return Err(MetadataError::ArtifactNotFound { id });
        }
        let existing: HashMap<Id, String> = events
            .map_err(err)?
            .into_iter()
            .filter(|e| e.r#type == Some(event::Type::Output as i32))
            .filter_map(|e| Some((e.artifact_id?, step_key(&e))))
            .collect();
        let mut missing = Vec::new();
        for (name, artifact_id) in outputs {
            match existing.get(artifact_id) {
                None => missing.push(new_event(*artifact_id, event::Type::Output, name)),
                // An earlier publish of the same outputs (Argo retry): nothing to add.
                Some(key) if key == name => {}
                Some(key) => {
                    return Err(invalid(
                        OP,
                        format!(
                            "artifact {artifact_id} is already output {key:?} of execution {id}, \
                             not {name:?}"
                        ),
                    ))
                }
            }
        }
        // Repeatable: a full replacement plus events the engine refuses twice
        // (an ALREADY_EXISTS after a retry means the first attempt landed).
        let subject = format!("execution {id} with outputs {output_ids:?}");
        Ok(self
            .put_execution(stored, missing, run, Safety::Idempotent, subject)
            .await
            .map(drop))
    }

    /// The record to send for an update: the stored execution (so its type
    /// id and name are kept) with the caller's state and custom properties.
    /// Reading first turns an unknown id into `ExecutionNotFound`.
    async fn stored_for_update(
        &self,
        id: Id,
        execution: &mlmd::Execution,
        op: &'static str,
    ) -> Result<mlmd::Execution> {
        let stored = match self
            .executions_by_id(&[id])
            .await
            .map_err(|e| backend(op, e))?
        {
            Ok(mut found) if found.len() == 1 => found.remove(0),
            _ => return Err(MetadataError::ExecutionNotFound { id }),
        };
        if let Some(asked) = execution.type_id.filter(|&t| Some(t) != stored.type_id) {
            return Err(invalid(
                op,
                format!(
                    "execution {id} has type id {:?}, not {asked}",
                    stored.type_id
                ),
            ));
        }
        Ok(mlmd::Execution {
            id: Some(id),
            name: stored.name,
            type_id: stored.type_id,
            last_known_state: execution.last_known_state,
            custom_properties: execution.custom_properties.clone(),
            ..Default::default()
        })
    }
}

// === helpers ===

fn new_event(artifact_id: Id, kind: event::Type, key: &str) -> mlmd::Event {
    event_with_path(artifact_id, kind, &[event_path::Step::Key(key.to_owned())])
}

fn event_with_path(artifact_id: Id, kind: event::Type, path: &[event_path::Step]) -> mlmd::Event {
    use event::path::step::Value;
    mlmd::Event {
        artifact_id: Some(artifact_id),
        r#type: Some(kind as i32),
        path: Some(event::Path {
            steps: path
                .iter()
                .map(|s| event::path::Step {
                    value: Some(match s {
                        event_path::Step::Key(k) => Value::Key(k.clone()),
                        event_path::Step::Index(i) => Value::Index(*i),
                    }),
                })
                .collect(),
        }),
        ..Default::default()
    }
}

/// The event's whole path.
fn path_steps(e: &mlmd::Event) -> Vec<event_path::Step> {
    use event::path::step::Value;
    e.path
        .iter()
        .flat_map(|p| &p.steps)
        .filter_map(|s| match &s.value {
            Some(Value::Key(k)) => Some(event_path::Step::Key(k.clone())),
            Some(Value::Index(i)) => Some(event_path::Step::Index(*i)),
            None => None,
        })
        .collect()
}

/// The direction of an INPUT or OUTPUT event; `None` for the event types
/// KFP never writes (declared inputs and outputs, internal ones).
fn direction_of(e: &mlmd::Event) -> Option<Direction> {
    match event::Type::try_from(e.r#type?).ok()? {
        event::Type::Input => Some(Direction::Input),
        event::Type::Output => Some(Direction::Output),
        _ => None,
    }
}

/// `path.steps[0].key`: the artifact's name within the execution.
fn step_key(e: &mlmd::Event) -> String {
    e.path
        .as_ref()
        .and_then(|p| p.steps.first())
        .and_then(|s| match &s.value {
            Some(event::path::step::Value::Key(k)) => Some(k.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// A string literal of MLMD's filter grammar (ZetaSQL): single quotes,
/// backslash escapes.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The run's contexts as `PutExecution` takes them: with id, type_id and
/// name (the engine requires type_id), and the properties they have, so the
/// update leaves them as they are.
fn run_contexts_for_put(run: &RunContexts) -> Vec<mlmd::Context> {
    [&run.pipeline, &run.run]
        .into_iter()
        .map(|c| mlmd::Context {
            id: c.id,
            name: c.name.clone(),
            type_id: c.type_id,
            custom_properties: c.custom_properties.clone(),
            ..Default::default()
        })
        .collect()
}

/// The run's contexts must carry ids and type ids: `PutExecution` needs both.
fn check_run(run: &RunContexts, op: &'static str) -> Result<()> {
    for c in [&run.pipeline, &run.run] {
        if c.id.is_none() || c.type_id.is_none() {
            return Err(invalid(op, "run context has no id or type id"));
        }
    }
    Ok(())
}

fn backend(operation: &'static str, e: GrpcError) -> MetadataError {
    MetadataError::Backend {
        operation,
        source: Box::new(e),
    }
}

/// NOT_FOUND from a write to execution `id` (deleted since it was read), or
/// the engine's answer to an update of an unknown id: INVALID_ARGUMENT
/// "Cannot find the given id N".
fn not_found_as(e: GrpcError, id: Id, op: &'static str) -> MetadataError {
    // The engine has no code of its own for an unknown id in an update, so
    // its message is the only evidence.
    let unknown_id = e.status().is_some_and(|status| {
        status.code() == Code::NotFound
            || (status.code() == Code::InvalidArgument
                && status.message().starts_with("Cannot find the given id"))
    });
    if unknown_id {
        MetadataError::ExecutionNotFound { id }
    } else {
        backend(op, e)
    }
}

fn invalid(operation: &'static str, message: impl Into<String>) -> MetadataError {
    MetadataError::InvalidArgument {
        operation,
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store kept for a server's life forgets the ids it has seen once
    /// they pass the bound, rather than growing with every run.
    #[tokio::test]
    async fn known_artifacts_are_bounded() {
        let Some(mlmd) = crate::test_util::mlmd() else {
            return;
        };
        let store = mlmd.connect().await;
        store.remember_artifacts(1..=10);
        assert!(store.all_known_artifacts(&[1, 10]));
        store.remember_artifacts(11..=(KNOWN_ARTIFACTS as i64));
        assert!(store.all_known_artifacts(&[1, KNOWN_ARTIFACTS as i64]));
        store.remember_artifact(KNOWN_ARTIFACTS as i64 + 1);
        assert!(!store.all_known_artifacts(&[1]));
        assert!(store.known_artifacts.lock().unwrap().len() <= KNOWN_ARTIFACTS);
    }

    #[test]
    fn filter_literals_are_escaped() {
        assert_eq!(quote("train"), "'train'");
        assert_eq!(quote(r"it's a\b"), r"'it\'s a\\b'");
    }
}
