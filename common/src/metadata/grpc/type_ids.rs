//! The ids of MLMD types (contexts, executions, artifacts) by name: cached
//! for the process, registered on first use.
//!
//! KFP's types are schemaless (no declared properties), so registering one
//! is also reading it: a `PutTypes` with the same definition answers the
//! existing id. All three kinds go through that one `PutTypes` path; only a
//! type of the same name with declared properties, made by someone else,
//! refuses the put (ALREADY_EXISTS), and is then read by name.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use kfp_proto::ml_metadata as mlmd;
use tonic::Code;

use super::{GrpcError, MlmdStore, Safety};
use crate::metadata::Id;

/// The three kinds of MLMD types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Kind {
    Context,
    Execution,
    Artifact,
}

impl Kind {
    /// A `PutTypes` request registering the schemaless types `names`.
    fn put_request(self, names: &[&str]) -> mlmd::PutTypesRequest {
        fn each<T>(names: &[&str], make: impl Fn(Option<String>) -> T) -> Vec<T> {
            names.iter().map(|n| make(Some((*n).to_owned()))).collect()
        }
        let mut request = mlmd::PutTypesRequest::default();
        match self {
            Self::Context => {
                request.context_types = each(names, |name| mlmd::ContextType {
                    name,
                    ..Default::default()
                });
            }
            Self::Execution => {
                request.execution_types = each(names, |name| mlmd::ExecutionType {
                    name,
                    ..Default::default()
                });
            }
            Self::Artifact => {
                request.artifact_types = each(names, |name| mlmd::ArtifactType {
                    name,
                    ..Default::default()
                });
            }
        }
        request
    }

    /// The ids a `PutTypes` answered for this kind, in request order.
    fn answered(self, answer: mlmd::PutTypesResponse) -> Vec<Id> {
        match self {
            Self::Context => answer.context_type_ids,
            Self::Execution => answer.execution_type_ids,
            Self::Artifact => answer.artifact_type_ids,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Self::Context => "context",
            Self::Execution => "execution",
            Self::Artifact => "artifact",
        }
    }
}

/// Type ids by kind and name. Types are never deleted, so an entry never
/// goes stale within a process.
#[derive(Debug, Default)]
pub(super) struct TypeIds(Mutex<HashMap<(Kind, String), Id>>);

impl TypeIds {
    fn get(&self, kind: Kind, name: &str) -> Option<Id> {
        let cache = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        cache.get(&(kind, name.to_owned())).copied()
    }

    fn insert(&self, kind: Kind, name: &str, id: Id) {
        let mut cache = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        cache.insert((kind, name.to_owned()), id);
    }

    /// Type ids seen on listed executions (the engine names their types):
    /// a driver that listed its run registers no type it already saw.
    pub(super) fn learn_from(&self, executions: &[mlmd::Execution]) {
        let mut cache = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        for e in executions {
            if let (Some(name), Some(id)) = (&e.r#type, e.type_id) {
                cache.entry((Kind::Execution, name.clone())).or_insert(id);
            }
        }
    }
}

impl MlmdStore {
    /// The id of a schemaless type, registering it if needed.
    pub(super) async fn type_id(&self, kind: Kind, name: &str) -> Result<Id, GrpcError> {
        if let Some(id) = self.types.get(kind, name) {
            return Ok(id);
        }
        let id = match self.put_types(kind, &[name]).await {
            Ok(ids) => ids.first().copied(),
            Err(e) if e.code() == Some(Code::AlreadyExists) => {
                self.existing_type_id(kind, name).await?
            }
            Err(e) => return Err(e),
        };
        let id = id.ok_or_else(|| {
            let subject = format!("{} type {name:?}", kind.as_str());
            self.rpc.unexpected("PutTypes", subject, "no type id")
        })?;
        self.types.insert(kind, name, id);
        Ok(id)
    }

    /// Ids of types of one kind, registering every uncached one in one
    /// `PutTypes`.
    pub(super) async fn type_ids(
        &self,
        kind: Kind,
        names: &[&str],
    ) -> Result<HashMap<String, Id>, GrpcError> {
        let mut out = HashMap::new();
        let mut missing: Vec<&str> = Vec::new();
        for &name in names {
            match self.types.get(kind, name) {
                Some(id) => {
                    out.insert(name.to_owned(), id);
                }
                None if !missing.contains(&name) => missing.push(name),
                None => {}
            }
        }
        if missing.is_empty() {
            return Ok(out);
        }
        match self.put_types(kind, &missing).await {
            Ok(ids) if ids.len() == missing.len() => {
                for (name, id) in missing.iter().zip(ids) {
                    self.types.insert(kind, name, id);
                    out.insert((*name).to_owned(), id);
                }
            }
            // One of them has declared properties and refuses the
            // schemaless put: one at a time, so that one is read by name.
            Ok(_) | Err(_) => {
                for name in missing {
                    out.insert(name.to_owned(), self.type_id(kind, name).await?);
                }
            }
        }
        Ok(out)
    }

    async fn put_types(&self, kind: Kind, names: &[&str]) -> Result<Vec<Id>, GrpcError> {
        let answer = self
            .rpc
            .call(
                "PutTypes",
                Safety::Idempotent,
                || format!("{} types {names:?}", kind.as_str()),
                kind.put_request(names),
                |mut c, r| async move { c.put_types(r).await },
            )
            .await?;
        Ok(kind.answered(answer))
    }

    /// The id of an existing type, read by name (no `Get*Type` is generic
    /// over the kind, so this is the one place with three arms).
    async fn existing_type_id(&self, kind: Kind, name: &str) -> Result<Option<Id>, GrpcError> {
        let subject = || format!("{} type {name:?}", kind.as_str());
        let type_name = Some(name.to_owned());
        Ok(match kind {
            Kind::Context => self
                .rpc
                .call(
                    "GetContextType",
                    Safety::Idempotent,
                    subject,
                    mlmd::GetContextTypeRequest {
                        type_name,
                        ..Default::default()
                    },
                    |mut c, r| async move { c.get_context_type(r).await },
                )
                .await?
                .context_type
                .and_then(|t| t.id),
            Kind::Execution => self
                .rpc
                .call(
                    "GetExecutionType",
                    Safety::Idempotent,
                    subject,
                    mlmd::GetExecutionTypeRequest {
                        type_name,
                        ..Default::default()
                    },
                    |mut c, r| async move { c.get_execution_type(r).await },
                )
                .await?
                .execution_type
                .and_then(|t| t.id),
            Kind::Artifact => self
                .rpc
                .call(
                    "GetArtifactType",
                    Safety::Idempotent,
                    subject,
                    mlmd::GetArtifactTypeRequest {
                        type_name,
                        ..Default::default()
                    },
                    |mut c, r| async move { c.get_artifact_type(r).await },
                )
                .await?
                .artifact_type
                .and_then(|t| t.id),
        })
    }
}
