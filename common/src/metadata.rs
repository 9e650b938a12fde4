//! The metadata backend: where lineage lives (contract §4).
//!
//! The trait speaks in KFP operations (get-or-create the run's contexts, create
//! an execution with its INPUT events, record an artifact, publish an execution
//! with its OUTPUT events, list a DAG's children), not in MLMD RPCs, so driver,
//! launcher and publisher never know whether they talk to the real MLMD engine
//! over gRPC or to the embedded SQLite store of local runs
//! ([`sqlite::SqliteStore`]). Records are the MLMD protos themselves
//! (`ml_metadata::{Execution, Artifact, Context}`), so both backends hold
//! exactly what KFP writes: type names, custom property keys and value kinds.
//!
//! Every backend passes the same suite, `conformance::run_all`.

use std::{collections::BTreeMap, future::Future};

use kfp_proto::ml_metadata::{self as mlmd, execution::State};

#[cfg(feature = "sqlite")]
pub mod sqlite;

#[cfg(feature = "mlmd")]
pub mod grpc;

#[cfg(any(test, feature = "test-util"))]
pub mod conformance;

pub mod dag;
pub mod event_path;
pub mod producers;

/// MLMD type names (contract §4.1).
pub mod types {
    pub const PIPELINE: &str = "system.Pipeline";
    pub const PIPELINE_RUN: &str = "system.PipelineRun";
    pub const DAG_EXECUTION: &str = "system.DAGExecution";
    pub const CONTAINER_EXECUTION: &str = "system.ContainerExecution";
    pub const IMPORTER_EXECUTION: &str = "system.ImporterExecution";
    pub const IMPORTER_WORKSPACE_EXECUTION: &str = "system.ImporterWorkspaceExecution";
}

/// Custom property keys of executions, contexts and artifacts (contract §4.2–4.4).
pub mod keys {
    pub const DISPLAY_NAME: &str = "display_name";
    pub const TASK_NAME: &str = "task_name";
    pub const PARENT_DAG_ID: &str = "parent_dag_id";
    pub const ITERATION_INDEX: &str = "iteration_index";
    pub const ITERATION_COUNT: &str = "iteration_count";
    pub const TOTAL_DAG_TASKS: &str = "total_dag_tasks";
    pub const INPUTS: &str = "inputs";
    pub const OUTPUTS: &str = "outputs";
    pub const POD_NAME: &str = "pod_name";
    pub const POD_UID: &str = "pod_uid";
    pub const NAMESPACE: &str = "namespace";
    pub const IMAGE: &str = "image";
    pub const CACHE_FINGERPRINT: &str = "cache_fingerprint";
    pub const CACHED_EXECUTION_ID: &str = "cached_execution_id";
    pub const RESOURCE_NAME: &str = "resource_name";
    pub const PIPELINE_ROOT: &str = "pipeline_root";
    pub const STORE_SESSION_INFO: &str = "store_session_info";
    /// DAG output parameter name → protojson of `DagOutputParameterSpec` (a string).
    pub const PARAMETER_PRODUCER_TASK: &str = "parameter_producer_task";
    /// Go json (snake_case) of DAG output artifact name → `DagOutputArtifactSpec`.
    pub const ARTIFACT_PRODUCER_TASK: &str = "artifact_producer_task";
    /// Not KFP's: input parameter name → the executions whose output it is
    /// (struct, see [`super::producers`]). MLMD links artifacts only, so
    /// without it lineage stops at a task whose inputs are parameters.
    pub const PARAMETER_PRODUCERS: &str = "parameter_producers";
}

/// MLMD id of an execution, artifact, context or type.
pub type Id = i64;

/// Custom properties as MLMD stores them.
pub type Properties = BTreeMap<String, mlmd::Value>;

/// The two contexts every execution and artifact of a run is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct RunContexts {
    /// `system.Pipeline` named after `pipelineInfo.name`.
    pub pipeline: mlmd::Context,
    /// `system.PipelineRun` named after the run id, with the run's properties.
    pub run: mlmd::Context,
}

/// An execution to create (driver, importer, local run).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewExecution {
    /// Type name, one of [`types`].
    pub type_name: String,
    /// Only the root DAG execution has a name (`run/<run_id>`); creating a named
    /// execution that already exists returns the existing one (Argo retries).
    pub name: Option<String>,
    pub state: Option<State>,
    pub custom_properties: Properties,
    /// INPUT events: (input name, artifact id), in list order; a `dsl.Collected`
    /// input has several entries with the same name. One artifact may be
    /// several inputs ([`event_path`]).
    pub inputs: Vec<(String, Id)>,
}

/// An artifact to record (launcher upload, importer).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewArtifact {
    /// Type name: the schema title, e.g. `system.Dataset`.
    pub type_name: String,
    pub uri: String,
    pub custom_properties: Properties,
}

/// An output artifact of a publish.
#[derive(Debug, Clone, PartialEq)]
pub enum PublishedArtifact {
    /// Recorded earlier (or by an earlier attempt): gets an OUTPUT event
    /// unless it already has one.
    Recorded(Id),
    /// Created by the publish itself, in the same transaction as the
    /// execution's state and events: a publish that fails leaves no orphan
    /// artifact, and one that lands leaves no execution without its outputs.
    New(NewArtifact),
}

/// An artifact seen through an event of an execution.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedArtifact {
    pub execution_id: Id,
    /// `path.steps[0].key` of the event: the artifact's name within that execution.
    pub key: String,
    /// The event's direction ([`Direction::Input`] or [`Direction::Output`]).
    pub direction: Direction,
    pub artifact: mlmd::Artifact,
}

/// An event seen from its artifact's side: which execution read or wrote it.
/// Lighter than [`LinkedArtifact`]: a lineage walk already holds the
/// artifact and needs only the execution on the other end.
#[derive(Debug, Clone, PartialEq)]
pub struct ArtifactEvent {
    pub artifact_id: Id,
    pub execution_id: Id,
    /// `path.steps[0].key` of the event: the artifact's name within that execution.
    pub key: String,
    /// The event's direction ([`Direction::Input`] or [`Direction::Output`]).
    pub direction: Direction,
}

/// Which direction of events to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Input,
    Output,
    /// Both, in one read: a driver needs its parent DAG's INPUT artifacts and
    /// its producers' OUTPUT artifacts, and pays one round trip for them.
    Any,
}

impl Direction {
    /// Whether an event of direction `event` is wanted.
    pub fn admits(self, event: Direction) -> bool {
        self == Direction::Any || self == event
    }
}

/// Errors of any backend. Variants name the operation and carry the ids.
#[derive(Debug, thiserror::Error)]
pub enum MetadataError {
    #[error("metadata: execution {id} not found")]
    ExecutionNotFound { id: Id },
    #[error("metadata: artifact {id} not found")]
    ArtifactNotFound { id: Id },
    #[error("metadata: invalid argument in {operation}: {message}")]
    InvalidArgument {
        operation: &'static str,
        message: String,
    },
    #[error("metadata: {operation} failed")]
    Backend {
        operation: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

pub type Result<T, E = MetadataError> = std::result::Result<T, E>;

/// Lineage operations at the level KFP needs them. Implementations must be
/// idempotent where the contract says so (named executions, contexts).
pub trait MetadataBackend: Send + Sync {
    /// Get or create `system.Pipeline/<pipeline_name>` and
    /// `system.PipelineRun/<run_id>` (with `run_properties`, set only at
    /// creation), and link the run as a child of the pipeline.
    fn get_or_create_run(
        &self,
        pipeline_name: &str,
        run_id: &str,
        run_properties: Properties,
    ) -> impl Future<Output = Result<RunContexts>> + Send;

    /// The run's contexts, if the run exists.
    fn get_run(
        &self,
        pipeline_name: &str,
        run_id: &str,
    ) -> impl Future<Output = Result<Option<RunContexts>>> + Send;

    /// Create an execution associated with both run contexts, with its INPUT
    /// events. A named execution that already exists is returned unchanged.
    fn create_execution(
        &self,
        run: &RunContexts,
        execution: NewExecution,
    ) -> impl Future<Output = Result<mlmd::Execution>> + Send;

    /// Executions by id, in the order asked; a missing id is an error.
    fn get_executions(
        &self,
        ids: &[Id],
    ) -> impl Future<Output = Result<Vec<mlmd::Execution>>> + Send;

    /// Replace an execution's state and custom properties (all of them: MLMD
    /// without an update mask replaces the whole map), e.g. the launcher's
    /// pre-publish of pod name and uid. An execution that carries its
    /// `type_id` is taken as the stored record (as read back) and written as
    /// it is; without one, the stored type and name are looked up first.
    fn update_execution(
        &self,
        execution: &mlmd::Execution,
    ) -> impl Future<Output = Result<()>> + Send;

    /// Record a new artifact in state `LIVE`, not yet linked to anything.
    fn record_artifact(
        &self,
        artifact: NewArtifact,
    ) -> impl Future<Output = Result<mlmd::Artifact>> + Send;

    /// Publish an execution: write its state and custom properties, add an
    /// OUTPUT event per (output name, artifact id), and attribute those
    /// artifacts to the run's contexts, all or nothing.
    fn publish_execution(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
        outputs: &[(String, Id)],
    ) -> impl Future<Output = Result<()>> + Send;

    /// An execution and the run it belongs to (its pipeline and run
    /// contexts): what a launcher given only `--execution_id` starts from.
    fn open_execution(
        &self,
        id: Id,
    ) -> impl Future<Output = Result<(mlmd::Execution, RunContexts)>> + Send;

    /// Publish an execution with its outputs in one transaction: state and
    /// custom properties, new artifacts (state `LIVE`), an OUTPUT event per
    /// output, attributions and associations. Answers the output artifacts'
    /// ids in order. Safe to repeat after an answer was lost: a new artifact
    /// whose URI already is this execution's output of the same name is not
    /// created twice.
    fn publish(
        &self,
        run: &RunContexts,
        execution: &mlmd::Execution,
        outputs: &[(String, PublishedArtifact)],
    ) -> impl Future<Output = Result<Vec<Id>>> + Send;

    /// A DAG execution and its children in the run, in one read, for state
    /// propagation ([`dag::propagate`]).
    fn dag_with_children(
        &self,
        run: &RunContexts,
        dag_id: Id,
    ) -> impl Future<Output = Result<(mlmd::Execution, Vec<mlmd::Execution>)>> + Send;

    /// [`Self::dag_with_children`], or `None` when a child is `RUNNING`
    /// ([`dag::propagate_after`]): a backend whose list of a wide DAG's
    /// children takes many reads stops at the first sign of one.
    fn dag_unless_running(
        &self,
        run: &RunContexts,
        dag_id: Id,
    ) -> impl Future<Output = Result<Option<(mlmd::Execution, Vec<mlmd::Execution>)>>> + Send {
        async move {
            let (dag, children) = self.dag_with_children(run, dag_id).await?;
            let running = children
                .iter()
                .any(|c| c.last_known_state == Some(State::Running as i32));
            Ok((!running).then_some((dag, children)))
        }
    }

    /// Executions of the run in one of `states` (all states when empty),
    /// in id order: what a close-out looks at.
    fn run_executions(
        &self,
        run: &RunContexts,
        states: &[State],
    ) -> impl Future<Output = Result<Vec<mlmd::Execution>>> + Send;

    /// Executions of the run whose `parent_dag_id` is `parent_dag_id`.
    fn child_executions(
        &self,
        run: &RunContexts,
        parent_dag_id: Id,
    ) -> impl Future<Output = Result<Vec<mlmd::Execution>>> + Send;

    /// The latest execution (highest id) of any run of `pipeline_name` whose
    /// `task_name` is `task_name` and whose state is one of `states`: how a
    /// local single-step run finds the outputs of upstream tasks.
    fn latest_task_execution(
        &self,
        pipeline_name: &str,
        task_name: &str,
        states: &[State],
    ) -> impl Future<Output = Result<Option<mlmd::Execution>>> + Send;

    /// The newest `COMPLETE` execution of the run's pipeline (any run) whose
    /// `cache_fingerprint` is `fingerprint` and whose pod ran in `namespace`:
    /// the cache entry when there is no KFP API server (`--cache_store
    /// mlmd`), scoped like upstream's (pipeline name and namespace).
    fn cached_execution(
        &self,
        run: &RunContexts,
        namespace: &str,
        fingerprint: &str,
    ) -> impl Future<Output = Result<Option<mlmd::Execution>>> + Send;

    /// Artifacts linked to the given executions by events of one direction
    /// (or both), in event order, one lookup for all of them.
    fn linked_artifacts(
        &self,
        execution_ids: &[Id],
        direction: Direction,
    ) -> impl Future<Output = Result<Vec<LinkedArtifact>>> + Send;

    /// The artifact an importer without `reimport` reuses (contract §3.9):
    /// the oldest (lowest id) `LIVE` artifact attributed to the run's
    /// *pipeline* context (so any run of the pipeline) whose URI, type name
    /// and custom properties all equal `artifact`'s; `None` when there is
    /// none. Upstream accepts a candidate holding more custom properties
    /// than asked for; here they must be equal, so an import with other
    /// metadata never hands out an artifact that claims more.
    fn reusable_artifact(
        &self,
        run: &RunContexts,
        artifact: &NewArtifact,
    ) -> impl Future<Output = Result<Option<mlmd::Artifact>>> + Send;

    /// Every artifact recorded with exactly this URI, in id order; empty
    /// when there is none. A URI is how a user names an artifact (`launcher
    /// local lineage URI`); there can be several records of one URI (an
    /// importer with `reimport`, a retried upload).
    fn artifacts_by_uri(
        &self,
        uri: &str,
    ) -> impl Future<Output = Result<Vec<mlmd::Artifact>>> + Send;

    /// Events of the given artifacts in one direction (or both), one lookup
    /// for all of them, sorted by execution id, then artifact id, INPUT
    /// before OUTPUT; an unknown id has no events. The reverse of
    /// [`Self::linked_artifacts`]: an artifact's producers (OUTPUT) or
    /// consumers (INPUT), so that a lineage walk costs one call per level,
    /// not one per artifact.
    fn artifact_events(
        &self,
        artifact_ids: &[Id],
        direction: Direction,
    ) -> impl Future<Output = Result<Vec<ArtifactEvent>>> + Send;

    /// The pipeline and run contexts of each execution, one lookup for all
    /// (which run made a node of a lineage that spans runs). Executions
    /// without both contexts, and unknown ids, are left out.
    fn execution_runs(
        &self,
        execution_ids: &[Id],
    ) -> impl Future<Output = Result<BTreeMap<Id, RunContexts>>> + Send;
}

/// MLMD `Value` constructors for the kinds KFP writes.
pub mod value {
    use kfp_proto::ml_metadata::{value::Value as V, Value};

    pub fn string(s: impl Into<String>) -> Value {
        Value {
            value: Some(V::StringValue(s.into())),
        }
    }
    pub fn int(i: i64) -> Value {
        Value {
            value: Some(V::IntValue(i)),
        }
    }
    pub fn double(d: f64) -> Value {
        Value {
            value: Some(V::DoubleValue(d)),
        }
    }
    pub fn structure(s: pbjson_types::Struct) -> Value {
        Value {
            value: Some(V::StructValue(s)),
        }
    }
    /// The string of a string-valued property.
    pub fn as_str(v: &Value) -> Option<&str> {
        match &v.value {
            Some(V::StringValue(s)) => Some(s),
            _ => None,
        }
    }
    /// The integer of an int-valued property.
    pub fn as_int(v: &Value) -> Option<i64> {
        match &v.value {
            Some(V::IntValue(i)) => Some(*i),
            _ => None,
        }
    }
    /// The struct of a struct-valued property.
    pub fn as_struct(v: &Value) -> Option<&pbjson_types::Struct> {
        match &v.value {
            Some(V::StructValue(s)) => Some(s),
            _ => None,
        }
    }

    /// String property `key` of `properties`; `""` when it is absent or
    /// not a string (as Go's zero value reads).
    pub fn str_property<'a>(properties: &'a super::Properties, key: &str) -> &'a str {
        properties.get(key).and_then(as_str).unwrap_or_default()
    }

    /// The fields of struct property `key` (a DAG's `inputs`, a task's
    /// `outputs`), owned; empty when it is absent or not a struct.
    pub fn struct_fields(
        properties: &super::Properties,
        key: &str,
    ) -> std::collections::BTreeMap<String, pbjson_types::Value> {
        properties
            .get(key)
            .and_then(as_struct)
            .map(|s| {
                s.fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}
