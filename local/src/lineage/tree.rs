//! The lineage as a tree on a terminal, drawn like `cargo tree`: each node
//! on one line with the edge that led there, its details on the lines
//! below, a node met again printed as a reference ("(see above)").
//!
//! ```text
//! artifact 9 system.Markdown minio://mlpipeline/v2/artifacts/word-count/…/summary
//! │ sha256:… · 43 bytes
//! └── output "summary" of execution 10 report · COMPLETE · run …
//!     │ inputs {"lines":2,"words":6}
//!     └── parameters "lines", "words" of execution 7 count-words · COMPLETE · run …
//!         │ outputs {"lines":2,"words":6}
//!         └── input "text": artifact 4 system.Dataset minio://…/text
//! ```

use std::{
    collections::HashSet,
    io::{self, Write},
};

use kfp_common::metadata::types;

use super::graph::{Edge, Lineage, NodeRef};

/// Write the tree of every root of `lineage`.
pub fn write(lineage: &Lineage, out: &mut impl Write) -> io::Result<()> {
    let mut printer = Printer {
        lineage,
        seen: HashSet::new(),
        out,
    };
    for (i, &root) in lineage.roots.iter().enumerate() {
        if i > 0 {
            writeln!(printer.out)?;
        }
        printer.node(root, "", "", "")?;
    }
    if lineage.truncated {
        writeln!(
            printer.out,
            "… stopped after {} levels of executions; older lineage is not shown",
            lineage.levels
        )?;
    }
    Ok(())
}

struct Printer<'a, W> {
    lineage: &'a Lineage,
    seen: HashSet<NodeRef>,
    out: &'a mut W,
}

impl<W: Write> Printer<'_, W> {
    /// One node: `first` prefixes its line, `rest` the lines below it.
    fn node(&mut self, node: NodeRef, label: &str, first: &str, rest: &str) -> io::Result<()> {
        let header = self.header(node);
        if !self.seen.insert(node) {
            return writeln!(self.out, "{first}{label}{header} (see above)");
        }
        writeln!(self.out, "{first}{label}{header}")?;
        let children = self.children(node);
        let bar = if children.is_empty() { "  " } else { "│ " };
        for detail in self.details(node) {
            writeln!(self.out, "{rest}{bar}{detail}")?;
        }
        let last = children.len().saturating_sub(1);
        for (i, (label, child)) in children.into_iter().enumerate() {
            let (branch, below) = if i == last {
                ("└── ", "    ")
            } else {
                ("├── ", "│   ")
            };
            self.node(
                child,
                &label,
                &format!("{rest}{branch}"),
                &format!("{rest}{below}"),
            )?;
        }
        Ok(())
    }

    fn header(&self, node: NodeRef) -> String {
        match node {
            NodeRef::Artifact(id) => match self.lineage.artifacts.get(&id) {
                Some(a) => format!("artifact {id} {} {}", a.type_name, a.uri),
                None => format!("artifact {id}"),
            },
            NodeRef::Execution(id) => {
                let Some(e) = self.lineage.executions.get(&id) else {
                    return format!("execution {id}");
                };
                let mut text = format!("execution {id} {}", e.label());
                if !e.display_name.is_empty() && e.display_name != e.label() {
                    text.push_str(&format!(" ({:?})", e.display_name));
                }
                if e.type_name != types::CONTAINER_EXECUTION {
                    text.push_str(&format!(" · {}", e.type_name));
                }
                if !e.state.is_empty() {
                    text.push_str(&format!(" · {}", e.state));
                }
                if let Some(run) = &e.run {
                    text.push_str(&format!(" · run {run}"));
                }
                text
            }
        }
    }

    fn details(&self, node: NodeRef) -> Vec<String> {
        let json = |map: &serde_json::Map<String, serde_json::Value>| {
            serde_json::Value::Object(map.clone()).to_string()
        };
        let mut lines = Vec::new();
        match node {
            NodeRef::Artifact(id) => {
                let Some(a) = self.lineage.artifacts.get(&id) else {
                    return lines;
                };
                let sums: Vec<String> =
                    [a.digest.clone(), a.size_bytes.map(|n| format!("{n} bytes"))]
                        .into_iter()
                        .flatten()
                        .collect();
                if !sums.is_empty() {
                    lines.push(sums.join(" · "));
                }
                // The name is on the edge already; other metadata (metrics) is news.
                let mut metadata = a.metadata.clone();
                metadata.remove(kfp_common::metadata::keys::DISPLAY_NAME);
                if !metadata.is_empty() {
                    lines.push(format!("metadata {}", json(&metadata)));
                }
            }
            NodeRef::Execution(id) => {
                let Some(e) = self.lineage.executions.get(&id) else {
                    return lines;
                };
                if !e.inputs.is_empty() {
                    lines.push(format!("inputs {}", json(&e.inputs)));
                }
                if !e.outputs.is_empty() {
                    lines.push(format!("outputs {}", json(&e.outputs)));
                }
            }
        }
        lines
    }

    /// The upstream neighbours with the label of the edge to each: the
    /// producers of an artifact; the input artifacts of an execution, then
    /// its parameter producers (one child per producer, naming its inputs).
    fn children(&self, node: NodeRef) -> Vec<(String, NodeRef)> {
        let mut children = Vec::new();
        let mut parameters: Vec<(NodeRef, Vec<String>)> = Vec::new();
        for edge in self.lineage.upstream_of(node) {
            let from = edge.ends().0;
            match edge {
                Edge::Output { key, .. } => children.push((format!("output {key:?} of "), from)),
                Edge::Input { key, .. } => children.push((format!("input {key:?}: "), from)),
                Edge::Parameter { output, input, .. } => {
                    let name = if input == output {
                        format!("{input:?}")
                    } else {
                        format!("{input:?} ← {output:?}")
                    };
                    match parameters.iter_mut().find(|(p, _)| *p == from) {
                        Some((_, names)) => names.push(name),
                        None => parameters.push((from, vec![name])),
                    }
                }
            }
        }
        children.extend(parameters.into_iter().map(|(from, names)| {
            let noun = if names.len() == 1 {
                "parameter"
            } else {
                "parameters"
            };
            (format!("{noun} {} of ", names.join(", ")), from)
        }));
        children
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::lineage::graph::{ArtifactNode, ExecutionNode};

    fn execution(id: i64, task: &str, inputs: serde_json::Value) -> ExecutionNode {
        ExecutionNode {
            id,
            type_name: types::CONTAINER_EXECUTION.to_owned(),
            task_name: task.to_owned(),
            display_name: task.to_owned(),
            state: "COMPLETE".to_owned(),
            pipeline: Some("p".to_owned()),
            run: Some(format!("r{id}")),
            inputs: inputs.as_object().cloned().unwrap_or_default(),
            outputs: serde_json::Map::new(),
        }
    }

    fn artifact(id: i64, uri: &str, digest: Option<&str>) -> ArtifactNode {
        ArtifactNode {
            id,
            type_name: "system.Dataset".to_owned(),
            uri: uri.to_owned(),
            digest: digest.map(str::to_owned),
            size_bytes: digest.map(|_| 5),
            metadata: serde_json::Map::new(),
        }
    }

    /// A diamond: `join` reads `a` and `b`, both made from `src` by `split`.
    #[test]
    fn a_diamond_prints_each_node_once() {
        let lineage = Lineage {
            roots: vec![NodeRef::Artifact(9)],
            executions: BTreeMap::from([
                (5, execution(5, "join", serde_json::json!({"k": 2}))),
                (3, execution(3, "split", serde_json::json!({}))),
            ]),
            artifacts: BTreeMap::from([
                (9, artifact(9, "u/out", Some("sha256:9"))),
                (1, artifact(1, "u/a", None)),
                (2, artifact(2, "u/b", None)),
            ]),
            edges: vec![
                Edge::Output {
                    execution: 5,
                    artifact: 9,
                    key: "out".into(),
                },
                Edge::Input {
                    artifact: 1,
                    execution: 5,
                    key: "a".into(),
                },
                Edge::Input {
                    artifact: 2,
                    execution: 5,
                    key: "b".into(),
                },
                Edge::Parameter {
                    producer: 3,
                    output: "n".into(),
                    execution: 5,
                    input: "k".into(),
                },
                Edge::Output {
                    execution: 3,
                    artifact: 1,
                    key: "a".into(),
                },
                Edge::Output {
                    execution: 3,
                    artifact: 2,
                    key: "b".into(),
                },
            ],
            truncated: false,
            levels: 2,
            metadata_calls: 9,
        };
        let mut out = Vec::new();
        write(&lineage, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "\
artifact 9 system.Dataset u/out
│ sha256:9 · 5 bytes
└── output \"out\" of execution 5 join · COMPLETE · run r5
    │ inputs {\"k\":2}
    ├── input \"a\": artifact 1 system.Dataset u/a
    │   └── output \"a\" of execution 3 split · COMPLETE · run r3
    ├── input \"b\": artifact 2 system.Dataset u/b
    │   └── output \"b\" of execution 3 split · COMPLETE · run r3 (see above)
    └── parameter \"k\" ← \"n\" of execution 3 split · COMPLETE · run r3 (see above)
"
        );
    }
}
