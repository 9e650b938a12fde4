//! The lineage as a graph: nodes by MLMD id, edges the way data flowed.
//! This is also the `--json` shape (see the module above).

use std::collections::BTreeMap;

use kfp_common::{
    artifact::{DIGEST, SIZE_BYTES},
    executor_io::to_json,
    metadata::{keys, value, Id, Properties, RunContexts},
    proto::{
        ml_metadata::{self as mlmd, execution::State, value::Value as V},
        wkt,
    },
};
use serde::Serialize;

/// A node of the lineage: `{"artifact": id}` or `{"execution": id}` in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeRef {
    Artifact(Id),
    Execution(Id),
}

/// An execution with what lineage shows of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExecutionNode {
    pub id: Id,
    #[serde(rename = "type")]
    pub type_name: String,
    pub task_name: String,
    pub display_name: String,
    /// MLMD state name (`COMPLETE`, `CACHED`, `FAILED`, …).
    pub state: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pipeline: Option<String>,
    /// The run id (name of the `system.PipelineRun` context).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run: Option<String>,
    /// Input parameter values (`inputs`).
    pub inputs: serde_json::Map<String, serde_json::Value>,
    /// Output parameter values (`outputs`).
    pub outputs: serde_json::Map<String, serde_json::Value>,
}

/// An artifact with what lineage shows of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArtifactNode {
    pub id: Id,
    #[serde(rename = "type")]
    pub type_name: String,
    pub uri: String,
    /// `sha256:<hex>` of the bytes, when the launcher recorded it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<i64>,
    /// The other custom properties (the output's name, metrics such as
    /// `accuracy`), without store session info.
    pub metadata: serde_json::Map<String, serde_json::Value>,
}

/// A link of the lineage, in the direction data flowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Edge {
    /// `execution` wrote `artifact` as its output `key` (OUTPUT event).
    Output {
        execution: Id,
        artifact: Id,
        key: String,
    },
    /// `execution` read `artifact` as its input `key` (INPUT event).
    Input {
        artifact: Id,
        execution: Id,
        key: String,
    },
    /// Output parameter `output` of `producer` became input `input` of
    /// `execution` (the `parameter_producers` property).
    Parameter {
        producer: Id,
        output: String,
        execution: Id,
        input: String,
    },
}

impl Edge {
    /// The node data came from, and the node it went to.
    pub fn ends(&self) -> (NodeRef, NodeRef) {
        match self {
            Edge::Output {
                execution,
                artifact,
                ..
            } => (NodeRef::Execution(*execution), NodeRef::Artifact(*artifact)),
            Edge::Input {
                artifact,
                execution,
                ..
            } => (NodeRef::Artifact(*artifact), NodeRef::Execution(*execution)),
            Edge::Parameter {
                producer,
                execution,
                ..
            } => (
                NodeRef::Execution(*producer),
                NodeRef::Execution(*execution),
            ),
        }
    }
}

/// The upstream lineage of one or more roots.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Lineage {
    pub roots: Vec<NodeRef>,
    pub executions: BTreeMap<Id, ExecutionNode>,
    pub artifacts: BTreeMap<Id, ArtifactNode>,
    pub edges: Vec<Edge>,
    /// The walk stopped at its depth bound with more to read.
    pub truncated: bool,
    /// Levels of executions read (the walk's depth).
    #[serde(skip)]
    pub levels: usize,
    /// Metadata backend calls the walk made: a few per level, whatever the
    /// number of nodes.
    #[serde(skip)]
    pub metadata_calls: usize,
}

impl Lineage {
    pub fn contains(&self, node: NodeRef) -> bool {
        match node {
            NodeRef::Artifact(id) => self.artifacts.contains_key(&id),
            NodeRef::Execution(id) => self.executions.contains_key(&id),
        }
    }

    /// Edges into `node` (its upstream side), in discovery order.
    pub fn upstream_of(&self, node: NodeRef) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(move |e| e.ends().1 == node)
    }
}

impl ExecutionNode {
    pub fn new(execution: &mlmd::Execution, run: Option<&RunContexts>) -> Self {
        let props = &execution.custom_properties;
        let string = |key: &str| {
            props
                .get(key)
                .and_then(value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let parameters = |key: &str| {
            props
                .get(key)
                .and_then(value::as_struct)
                .map(|s| sorted_json(s.fields.iter()))
                .unwrap_or_default()
        };
        Self {
            id: execution.id.unwrap_or_default(),
            type_name: execution.r#type.clone().unwrap_or_default(),
            task_name: string(keys::TASK_NAME),
            display_name: string(keys::DISPLAY_NAME),
            state: execution
                .last_known_state
                .and_then(|s| State::try_from(s).ok())
                .map(|s| s.as_str_name().to_owned())
                .unwrap_or_default(),
            pipeline: run.and_then(|r| r.pipeline.name.clone()),
            run: run.and_then(|r| r.run.name.clone()),
            inputs: parameters(keys::INPUTS),
            outputs: parameters(keys::OUTPUTS),
        }
    }

    /// How the tree names it: the task, else the display name, else the type.
    pub fn label(&self) -> &str {
        [&self.task_name, &self.display_name, &self.type_name]
            .into_iter()
            .find(|s| !s.is_empty())
            .map_or("", String::as_str)
    }
}

impl ArtifactNode {
    pub fn new(artifact: &mlmd::Artifact) -> Self {
        let props: &Properties = &artifact.custom_properties;
        let metadata = props
            .iter()
            .filter(|(k, _)| ![DIGEST, SIZE_BYTES, keys::STORE_SESSION_INFO].contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), property_json(v)))
            .collect();
        Self {
            id: artifact.id.unwrap_or_default(),
            type_name: artifact.r#type.clone().unwrap_or_default(),
            uri: artifact.uri.clone().unwrap_or_default(),
            digest: props.get(DIGEST).and_then(value::as_str).map(str::to_owned),
            size_bytes: props.get(SIZE_BYTES).and_then(value::as_int),
            metadata,
        }
    }
}

/// A struct's fields as a JSON object in key order, so output is stable.
fn sorted_json<'a>(
    fields: impl Iterator<Item = (&'a String, &'a wkt::Value)>,
) -> serde_json::Map<String, serde_json::Value> {
    let sorted: BTreeMap<&String, &wkt::Value> = fields.collect();
    sorted
        .into_iter()
        .map(|(k, v)| (k.clone(), to_json(v)))
        .collect()
}

/// A custom property as JSON: its value, whatever MLMD kind holds it.
fn property_json(v: &mlmd::Value) -> serde_json::Value {
    match &v.value {
        Some(V::StringValue(s)) => s.clone().into(),
        Some(V::IntValue(i)) => (*i).into(),
        Some(V::DoubleValue(d)) => (*d).into(),
        Some(V::BoolValue(b)) => (*b).into(),
        Some(V::StructValue(s)) => serde_json::Value::Object(sorted_json(s.fields.iter())),
        _ => serde_json::Value::Null,
    }
}
