//! What a DAG or CONTAINER driver reads of its run, in a constant number of
//! MLMD round trips whatever the DAG's depth or fan-in (upstream walks the
//! DAG once per input, #14337): the parent DAG with the run's contexts (one
//! round trip of two parallel calls), every execution of the run (one call:
//! the engine pages only when asked to), and then, once the walk of
//! [`crate::upstream`] knows which executions hold the needed outputs, their
//! events and artifacts together with the parent DAG's inputs (two calls).

use std::collections::{BTreeMap, HashMap};

use crate::upstream::Needs;
use kfp_common::{
    metadata::{keys, types, value, Direction, Id, MetadataBackend, MetadataError, RunContexts},
    proto::{ml_metadata as mlmd, ml_metadata::execution::State},
};

/// Errors reading the run, naming the execution or DAG.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("reading parent DAG execution {dag_id} and its run from ML Metadata")]
    OpenDag {
        dag_id: Id,
        #[source]
        source: MetadataError,
    },
    #[error(
        "execution {dag_id} (--dag_execution_id) is a {found}, not a {}",
        types::DAG_EXECUTION
    )]
    NotADag { dag_id: Id, found: String },
    #[error("listing the executions of run {run:?}")]
    List {
        run: String,
        #[source]
        source: MetadataError,
    },
    #[error("reading the artifacts of executions {ids:?}")]
    Artifacts {
        ids: Vec<Id>,
        #[source]
        source: MetadataError,
    },
}

/// The run as one driver sees it: its contexts, the parent DAG, and every
/// execution, indexed by id and by parent DAG.
#[derive(Debug)]
pub struct RunView {
    pub contexts: RunContexts,
    pub dag: mlmd::Execution,
    executions: Vec<mlmd::Execution>,
    by_id: HashMap<Id, usize>,
    children: HashMap<Id, Vec<usize>>,
}

impl RunView {
    /// Read the parent DAG `dag_id` with its run's contexts, and as much of
    /// the run as the task's upstream producers (`needs`, task names in that
    /// DAG) require: nothing when there are none; the DAG's children when every
    /// producer among them is a container; else every execution of the run,
    /// in one call, since a producer DAG (nested pipeline, condition branch,
    /// loop) may have to be followed down any depth. So a task inside one
    /// iteration of a wide loop reads its siblings, not the whole loop, and
    /// no task pays more than a fixed number of round trips.
    /// `whole_run` forces the last (a producer named where the caller
    /// cannot tell in advance, e.g. in a Kubernetes platform spec).
    pub async fn read<M: MetadataBackend>(
        store: &M,
        dag_id: Id,
        needs: &Needs,
        whole_run: bool,
    ) -> Result<Self, RunError> {
        let producers = needs.producers();
        let (dag, contexts) = store
            .open_execution(dag_id)
            .await
            .map_err(|source| RunError::OpenDag { dag_id, source })?;
        let found = dag.r#type.clone().unwrap_or_default();
        if found != types::DAG_EXECUTION {
            return Err(RunError::NotADag { dag_id, found });
        }
        let list_err = |source| RunError::List {
            run: contexts.run.name.clone().unwrap_or_default(),
            source,
        };
        if producers.is_empty() && !whole_run {
            return Ok(Self::new(contexts, dag, Vec::new()));
        }
        if !whole_run {
            let children = store
                .child_executions(&contexts, dag_id)
                .await
                .map_err(list_err)?;
            // Only outputs of a DAG need its subtree: a final status is the
            // DAG's own state.
            let needs_descent = children.iter().any(|e| {
                e.r#type.as_deref() == Some(types::DAG_EXECUTION)
                    && string_property(e, keys::TASK_NAME)
                        .is_some_and(|t| needs.outputs.iter().any(|(p, _, _)| p == t))
            });
            // A producer recorded twice (an Argo retry of its driver) is told
            // apart by its children, which only the whole run shows.
            let retried = producers.iter().any(|p| {
                children
                    .iter()
                    .filter(|e| string_property(e, keys::TASK_NAME) == Some(p.as_str()))
                    .count()
                    > 1
            });
            let needs_descent = needs_descent || retried;
            if !needs_descent {
                return Ok(Self::new(contexts, dag, children));
            }
        }
        let executions = store
            .run_executions(&contexts, &[])
            .await
            .map_err(list_err)?;
        Ok(Self::new(contexts, dag, executions))
    }

    /// A view of already-read records (tests, and callers that have them).
    pub fn new(
        contexts: RunContexts,
        dag: mlmd::Execution,
        executions: Vec<mlmd::Execution>,
    ) -> Self {
        let mut by_id = HashMap::new();
        let mut children: HashMap<Id, Vec<usize>> = HashMap::new();
        for (i, e) in executions.iter().enumerate() {
            if let Some(id) = e.id {
                by_id.insert(id, i);
            }
            if let Some(parent) = int_property(e, keys::PARENT_DAG_ID) {
                children.entry(parent).or_default().push(i);
            }
        }
        Self {
            contexts,
            dag,
            executions,
            by_id,
            children,
        }
    }

    pub fn dag_id(&self) -> Id {
        self.dag.id.unwrap_or_default()
    }

    /// The run's `pipeline_root` (`<root>/<pipeline>/<run id>[?query]`).
    pub fn pipeline_root(&self) -> &str {
        self.contexts
            .run
            .custom_properties
            .get(keys::PIPELINE_ROOT)
            .and_then(value::as_str)
            .unwrap_or_default()
    }

    pub fn execution(&self, id: Id) -> Option<&mlmd::Execution> {
        if self.dag.id == Some(id) {
            return Some(&self.dag);
        }
        self.by_id.get(&id).map(|&i| &self.executions[i])
    }

    /// Children of DAG `dag_id` whose `task_name` is `task`, in id order.
    pub fn children_named(&self, dag_id: Id, task: &str) -> Vec<&mlmd::Execution> {
        self.children
            .get(&dag_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.executions[i])
            .filter(|e| string_property(e, keys::TASK_NAME) == Some(task))
            .collect()
    }

    /// Every child of DAG `dag_id`.
    pub fn children(&self, dag_id: Id) -> Vec<&mlmd::Execution> {
        self.children
            .get(&dag_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.executions[i])
            .collect()
    }
}

/// Artifacts read for one driver: the parent DAG's inputs and the outputs of
/// the executions the walk reached, by (execution, event key), in event order.
#[derive(Debug, Default)]
pub struct Artifacts {
    pub dag_inputs: BTreeMap<String, Vec<mlmd::Artifact>>,
    pub outputs: HashMap<(Id, String), Vec<mlmd::Artifact>>,
}

impl Artifacts {
    /// One read (events, then artifacts) for the DAG's INPUT artifacts and
    /// the OUTPUT artifacts of `producers`.
    pub async fn read<M: MetadataBackend>(
        store: &M,
        dag_id: Id,
        producers: &[Id],
    ) -> Result<Self, RunError> {
        let mut ids = vec![dag_id];
        ids.extend(producers.iter().copied().filter(|&p| p != dag_id));
        ids.sort_unstable();
        ids.dedup();
        let linked = store
            .linked_artifacts(&ids, Direction::Any)
            .await
            .map_err(|source| RunError::Artifacts {
                ids: ids.clone(),
                source,
            })?;
        let mut out = Self::default();
        for l in linked {
            match l.direction {
                Direction::Input if l.execution_id == dag_id => {
                    out.dag_inputs.entry(l.key).or_default().push(l.artifact)
                }
                Direction::Output => out
                    .outputs
                    .entry((l.execution_id, l.key))
                    .or_default()
                    .push(l.artifact),
                _ => {}
            }
        }
        Ok(out)
    }
}

pub fn int_property(e: &mlmd::Execution, key: &str) -> Option<i64> {
    e.custom_properties.get(key).and_then(value::as_int)
}

pub fn string_property<'e>(e: &'e mlmd::Execution, key: &str) -> Option<&'e str> {
    e.custom_properties.get(key).and_then(value::as_str)
}

pub fn state(e: &mlmd::Execution) -> Option<State> {
    e.last_known_state.and_then(|s| State::try_from(s).ok())
}

pub fn state_name(e: &mlmd::Execution) -> String {
    state(e)
        .map(|s| s.as_str_name().to_owned())
        .unwrap_or_default()
}
