//! The walk upstream, breadth first: each level is read with one call per
//! kind of read for all its nodes, so a lineage D executions deep costs
//! about 4·D metadata calls however wide it is. Per level:
//!
//! 1. the producers of the level's artifacts (`artifact_events`, OUTPUT);
//! 2. those executions and the runs they belong to (`get_executions` and
//!    `execution_runs`, side by side), plus the producers their parameter
//!    inputs name, queued for the next level;
//! 3. their input artifacts (`linked_artifacts`, INPUT): the next level.
//!
//! Every node is read once; a node reached again (diamonds, an artifact
//! read by several tasks) only gains an edge.

use std::collections::{btree_map::Entry, BTreeSet};

use kfp_common::metadata::{producers, Direction, Id, MetadataBackend, MetadataError};

use super::{
    args::Target,
    graph::{ArtifactNode, Edge, ExecutionNode, Lineage, NodeRef},
};

/// Why a walk failed.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    #[error("artifact URI {uri:?} is not recorded")]
    UnknownUri { uri: String },
    #[error("execution {id} is not recorded")]
    UnknownExecution { id: Id },
    #[error("{step}")]
    Read {
        step: String,
        #[source]
        source: MetadataError,
    },
}

/// The upstream lineage of `target`, at most `max_depth` levels of
/// executions deep.
pub async fn walk<B: MetadataBackend>(
    store: &B,
    target: &Target,
    max_depth: usize,
) -> Result<Lineage, WalkError> {
    let mut walk = Walk {
        store,
        lineage: Lineage::default(),
    };
    let mut artifacts = Vec::new();
    let mut executions = BTreeSet::new();
    match target {
        Target::Uri(uri) => {
            walk.lineage.metadata_calls += 1;
            let found = store
                .artifacts_by_uri(uri)
                .await
                .map_err(|source| read(format!("artifacts with URI {uri:?}"), source))?;
            if found.is_empty() {
                return Err(WalkError::UnknownUri { uri: uri.clone() });
            }
            for artifact in &found {
                let node = ArtifactNode::new(artifact);
                walk.lineage.roots.push(NodeRef::Artifact(node.id));
                artifacts.push(node.id);
                walk.lineage.artifacts.insert(node.id, node);
            }
        }
        Target::Execution(id) => {
            walk.lineage.roots.push(NodeRef::Execution(*id));
            executions.insert(*id);
        }
    }
    loop {
        executions.extend(walk.producers(&artifacts).await?);
        if executions.is_empty() {
            break;
        }
        if walk.lineage.levels == max_depth {
            walk.lineage.truncated = true;
            break;
        }
        walk.lineage.levels += 1;
        let level: Vec<Id> = std::mem::take(&mut executions).into_iter().collect();
        let (found, named) = walk.executions(&level, target).await?;
        executions = named;
        artifacts = walk.inputs(&found).await?;
    }
    // A bounded walk, or a producer named by a property but not recorded,
    // leaves edges to nodes never read: the graph holds only read nodes.
    let lineage = &mut walk.lineage;
    let edges = std::mem::take(&mut lineage.edges);
    lineage.edges = edges
        .into_iter()
        .filter(|e| {
            let (from, to) = e.ends();
            lineage.contains(from) && lineage.contains(to)
        })
        .collect();
    Ok(walk.lineage)
}

struct Walk<'a, B> {
    store: &'a B,
    lineage: Lineage,
}

impl<B: MetadataBackend> Walk<'_, B> {
    /// Step 1: OUTPUT edges of `artifacts`; the producers not read yet.
    async fn producers(&mut self, artifacts: &[Id]) -> Result<BTreeSet<Id>, WalkError> {
        if artifacts.is_empty() {
            return Ok(BTreeSet::new());
        }
        self.lineage.metadata_calls += 1;
        let events = self
            .store
            .artifact_events(artifacts, Direction::Output)
            .await
            .map_err(|source| read(format!("producers of artifacts {artifacts:?}"), source))?;
        let mut new = BTreeSet::new();
        for e in events {
            if !self.lineage.executions.contains_key(&e.execution_id) {
                new.insert(e.execution_id);
            }
            self.lineage.edges.push(Edge::Output {
                execution: e.execution_id,
                artifact: e.artifact_id,
                key: e.key,
            });
        }
        Ok(new)
    }

    /// Step 2: read the level's executions and their runs; answers the ids
    /// read, and the producers their parameter inputs name that are not
    /// read yet. An id only a `parameter_producers` property named may be
    /// gone: it is left out (one more call each); the asked-for execution
    /// must exist.
    async fn executions(
        &mut self,
        ids: &[Id],
        target: &Target,
    ) -> Result<(Vec<Id>, BTreeSet<Id>), WalkError> {
        let mut ids = ids.to_vec();
        let (found, runs) = loop {
            self.lineage.metadata_calls += 2;
            let (found, runs) = tokio::join!(
                self.store.get_executions(&ids),
                self.store.execution_runs(&ids)
            );
            match found {
                Err(MetadataError::ExecutionNotFound { id })
                    if *target == Target::Execution(id) =>
                {
                    return Err(WalkError::UnknownExecution { id })
                }
                Err(MetadataError::ExecutionNotFound { id }) if ids.contains(&id) => {
                    ids.retain(|&i| i != id);
                    if ids.is_empty() {
                        return Ok((ids, BTreeSet::new()));
                    }
                }
                found => break (found, runs),
            }
        };
        let step = || format!("executions {ids:?}");
        let found = found.map_err(|source| read(step(), source))?;
        let runs = runs.map_err(|source| read(format!("runs of {}", step()), source))?;
        let mut named = BTreeSet::new();
        for execution in &found {
            let node = ExecutionNode::new(execution, execution.id.and_then(|id| runs.get(&id)));
            for (input, sources) in producers::read(&execution.custom_properties) {
                for p in sources {
                    if !ids.contains(&p.execution_id)
                        && !self.lineage.executions.contains_key(&p.execution_id)
                    {
                        named.insert(p.execution_id);
                    }
                    self.lineage.edges.push(Edge::Parameter {
                        producer: p.execution_id,
                        output: p.output,
                        execution: node.id,
                        input: input.clone(),
                    });
                }
            }
            self.lineage.executions.insert(node.id, node);
        }
        Ok((ids, named))
    }

    /// Step 3: INPUT edges of the level; the artifacts not read yet.
    async fn inputs(&mut self, level: &[Id]) -> Result<Vec<Id>, WalkError> {
        if level.is_empty() {
            return Ok(Vec::new());
        }
        self.lineage.metadata_calls += 1;
        let linked = self
            .store
            .linked_artifacts(level, Direction::Input)
            .await
            .map_err(|source| read(format!("inputs of executions {level:?}"), source))?;
        let mut new = Vec::new();
        for link in linked {
            let node = ArtifactNode::new(&link.artifact);
            self.lineage.edges.push(Edge::Input {
                artifact: node.id,
                execution: link.execution_id,
                key: link.key,
            });
            if let Entry::Vacant(slot) = self.lineage.artifacts.entry(node.id) {
                new.push(node.id);
                slot.insert(node);
            }
        }
        Ok(new)
    }
}

fn read(step: String, source: MetadataError) -> WalkError {
    WalkError::Read { step, source }
}
