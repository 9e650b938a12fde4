//! Pipelines as the KFP SDK compiles them (IR YAML, `PipelineSpec`).
//!
//! The SDK writes one YAML document holding a `PipelineSpec`, optionally
//! followed by a second one holding a `PlatformSpec` (Kubernetes settings per
//! executor). `deploymentSpec` is a `Struct` in the proto; it is decoded here
//! once into a typed `PipelineDeploymentConfig`.

use std::path::{Path, PathBuf};

use kfp_proto::ml_pipelines::{
    component_spec::Implementation,
    pipeline_deployment_config::{executor_spec::Spec, ExecutorSpec},
    ComponentSpec, PipelineDeploymentConfig, PipelineSpec, PipelineTaskSpec, PlatformSpec,
};
use serde::Deserialize;

mod check;

/// Errors loading or navigating an IR file; each names the file or the task.
#[derive(Debug, thiserror::Error)]
pub enum IrError {
    #[error("cannot read pipeline file {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: document {document} is not valid YAML")]
    Yaml {
        path: PathBuf,
        document: usize,
        #[source]
        source: serde_yaml::Error,
    },
    #[error("{path}: not loaded")]
    Expansion {
        path: PathBuf,
        #[source]
        source: crate::yaml::TooLarge,
    },
    #[error("{path}: document {document} is not a valid {what}")]
    Proto {
        path: PathBuf,
        document: usize,
        what: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("{path}: no pipeline spec (expected `root` and `components`)")]
    NotAPipeline { path: PathBuf },
    #[error("pipeline {pipeline}: task {task:?} not found; tasks are: {known}")]
    UnknownTask {
        pipeline: String,
        task: String,
        known: String,
    },
    #[error("pipeline {pipeline}: task name {task:?} is ambiguous: {candidates}; give the path")]
    AmbiguousTask {
        pipeline: String,
        task: String,
        candidates: String,
    },
    #[error(
        "pipeline {pipeline}: component {component:?} is not defined (referenced by task {task:?})"
    )]
    UnknownComponent {
        pipeline: String,
        component: String,
        task: String,
    },
    #[error("pipeline {pipeline}: executor {label:?} is not defined (component {component:?})")]
    UnknownExecutor {
        pipeline: String,
        label: String,
        component: String,
    },
    #[error("pipeline {pipeline}, DAG {dag}: task {task:?} depends on {dependency:?}: {reason}")]
    BadDependency {
        pipeline: String,
        dag: String,
        task: String,
        dependency: String,
        reason: &'static str,
    },
    #[error("pipeline {pipeline}, DAG {dag}: dependency cycle {tasks}")]
    DependencyCycle {
        pipeline: String,
        dag: String,
        tasks: String,
    },
    /// A mapping key that is not a string, or a value JSON cannot hold.
    #[error("{path}: document {document} does not map onto JSON: {reason}")]
    NotJson {
        path: PathBuf,
        document: usize,
        reason: String,
    },
}

/// A loaded pipeline: the IR plus its decoded deployment and platform specs.
#[derive(Debug, Clone)]
pub struct Pipeline {
    pub spec: PipelineSpec,
    pub deployment: PipelineDeploymentConfig,
    pub platform: Option<PlatformSpec>,
    /// Where it was loaded from, for messages.
    pub source: PathBuf,
}

/// A task found in the pipeline's DAG tree.
#[derive(Debug, Clone)]
pub struct TaskRef<'p> {
    /// Task keys from the root DAG down to this task, e.g. `["outer", "train"]`.
    pub path: Vec<String>,
    pub task: &'p PipelineTaskSpec,
    pub component: &'p ComponentSpec,
    /// Components and task specs of the enclosing DAG tasks, outermost first
    /// (empty for a task of the root DAG).
    pub parents: Vec<(&'p PipelineTaskSpec, &'p ComponentSpec)>,
}

impl TaskRef<'_> {
    /// The task's key in its DAG (what KFP records as `task_name`).
    pub fn name(&self) -> &str {
        self.path.last().map(String::as_str).unwrap_or_default()
    }
    /// `a/b/c`, how the local runner names tasks in nested DAGs.
    pub fn path_string(&self) -> String {
        self.path.join("/")
    }
}

impl Pipeline {
    /// Read and decode an IR YAML file.
    pub fn load(path: &Path) -> Result<Self, IrError> {
        let text = std::fs::read_to_string(path).map_err(|source| IrError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::from_yaml(&text, path)
    }

    /// Decode IR YAML text; `path` is only used in messages.
    pub fn from_yaml(text: &str, path: &Path) -> Result<Self, IrError> {
        let mut spec = None;
        let mut platform = None;
        crate::yaml::check_expansion(text).map_err(|source| IrError::Expansion {
            path: path.to_owned(),
            source,
        })?;
        for (i, doc) in serde_yaml::Deserializer::from_str(text).enumerate() {
            let document = i + 1;
            // Through serde_yaml's own Value, which refuses a key given twice
            // in one mapping (serde_json's keeps the last silently).
            let yaml = serde_yaml::Value::deserialize(doc).map_err(|source| IrError::Yaml {
                path: path.to_owned(),
                document,
                source,
            })?;
            let value = serde_json::to_value(&yaml).map_err(|e| IrError::NotJson {
                path: path.to_owned(),
                document,
                reason: e.to_string(),
            })?;
            let proto_err = |what, source| IrError::Proto {
                path: path.to_owned(),
                document,
                what,
                source,
            };
            if value.get("platforms").is_some() && spec.is_some() {
                platform = Some(
                    serde_json::from_value::<PlatformSpec>(value)
                        .map_err(|e| proto_err("PlatformSpec", e))?,
                );
            } else if value.get("root").is_some() || value.get("components").is_some() {
                spec = Some(
                    serde_json::from_value::<PipelineSpec>(value)
                        .map_err(|e| proto_err("PipelineSpec", e))?,
                );
            }
        }
        let spec = spec.ok_or_else(|| IrError::NotAPipeline {
            path: path.to_owned(),
        })?;
        let deployment = match &spec.deployment_spec {
            Some(s) => {
                let json = serde_json::to_value(s).map_err(|source| IrError::Proto {
                    path: path.to_owned(),
                    document: 1,
                    what: "deploymentSpec",
                    source,
                })?;
                serde_json::from_value(json).map_err(|source| IrError::Proto {
                    path: path.to_owned(),
                    document: 1,
                    what: "deploymentSpec",
                    source,
                })?
            }
            None => PipelineDeploymentConfig::default(),
        };
        let pipeline = Self {
            spec,
            deployment,
            platform,
            source: path.to_owned(),
        };
        pipeline.check()?;
        Ok(pipeline)
    }

    /// `pipelineInfo.name`.
    pub fn name(&self) -> &str {
        self.spec
            .pipeline_info
            .as_ref()
            .map(|i| i.name.as_str())
            .unwrap_or_default()
    }

    /// The root component (its DAG holds the top-level tasks).
    pub fn root(&self) -> Option<&ComponentSpec> {
        self.spec.root.as_ref()
    }

    /// The component a task refers to.
    pub fn component_of(
        &self,
        key: &str,
        task: &PipelineTaskSpec,
    ) -> Result<&ComponentSpec, IrError> {
        let name = task
            .component_ref
            .as_ref()
            .map(|c| c.name.as_str())
            .unwrap_or_default();
        self.spec
            .components
            .get(name)
            .ok_or_else(|| IrError::UnknownComponent {
                pipeline: self.name().to_owned(),
                component: name.to_owned(),
                task: key.to_owned(),
            })
    }

    /// The executor of a component that runs one (container or importer).
    pub fn executor_of(
        &self,
        component_name: &str,
        component: &ComponentSpec,
    ) -> Result<&Spec, IrError> {
        let label = match &component.implementation {
            Some(Implementation::ExecutorLabel(l)) => l.as_str(),
            _ => "",
        };
        self.deployment
            .executors
            .get(label)
            .and_then(|e: &ExecutorSpec| e.spec.as_ref())
            .ok_or_else(|| IrError::UnknownExecutor {
                pipeline: self.name().to_owned(),
                label: label.to_owned(),
                component: component_name.to_owned(),
            })
    }

    /// The Kubernetes platform config of an executor, if the IR has one.
    pub fn kubernetes_config(&self, executor_label: &str) -> Option<&pbjson_types::Struct> {
        self.platform
            .as_ref()?
            .platforms
            .get("kubernetes")?
            .deployment_spec
            .as_ref()?
            .executors
            .get(executor_label)
    }

    /// Every task of the DAG tree, depth first, with its path.
    pub fn tasks(&self) -> Vec<TaskRef<'_>> {
        let mut out = Vec::new();
        if let Some(root) = self.root() {
            self.walk(root, &mut Vec::new(), &mut Vec::new(), &mut out);
        }
        out
    }

    fn walk<'p>(
        &'p self,
        dag_component: &'p ComponentSpec,
        path: &mut Vec<String>,
        parents: &mut Vec<(&'p PipelineTaskSpec, &'p ComponentSpec)>,
        out: &mut Vec<TaskRef<'p>>,
    ) {
        let Some(Implementation::Dag(dag)) = &dag_component.implementation else {
            return;
        };
        for (key, task) in &dag.tasks {
            let Ok(component) = self.component_of(key, task) else {
                continue;
            };
            path.push(key.clone());
            out.push(TaskRef {
                path: path.clone(),
                task,
                component,
                parents: parents.clone(),
            });
            if matches!(component.implementation, Some(Implementation::Dag(_))) {
                parents.push((task, component));
                self.walk(component, path, parents, out);
                parents.pop();
            }
            path.pop();
        }
    }

    /// Find a task by its key (`train`) or its path (`outer/train`).
    pub fn find_task(&self, name: &str) -> Result<TaskRef<'_>, IrError> {
        let all = self.tasks();
        let mut matches: Vec<_> = all
            .iter()
            .filter(|t| t.path_string() == name)
            .cloned()
            .collect();
        if matches.is_empty() {
            matches = all.iter().filter(|t| t.name() == name).cloned().collect();
        }
        match matches.len() {
            1 => Ok(matches.remove(0)),
            0 => Err(IrError::UnknownTask {
                pipeline: self.name().to_owned(),
                task: name.to_owned(),
                known: all
                    .iter()
                    .map(TaskRef::path_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
            _ => Err(IrError::AmbiguousTask {
                pipeline: self.name().to_owned(),
                task: name.to_owned(),
                candidates: matches
                    .iter()
                    .map(TaskRef::path_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fixture_loads_and_every_task_resolves() {
        let Some(dir) = crate::test_util::ir_fixtures() else {
            return;
        };
        let mut loaded = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
                continue;
            }
            let p = Pipeline::load(&path).unwrap_or_else(|e| panic!("{}: {e:#?}", path.display()));
            assert!(!p.name().is_empty(), "{}", path.display());
            for t in p.tasks() {
                if let Some(Implementation::ExecutorLabel(_)) = &t.component.implementation {
                    let cname = &t.task.component_ref.as_ref().unwrap().name;
                    p.executor_of(cname, t.component)
                        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                }
            }
            loaded += 1;
        }
        assert!(loaded > 100, "only {loaded} fixtures loaded");
    }

    #[test]
    fn finds_nested_tasks_by_name_and_path() {
        let yaml = r#"
pipelineInfo: {name: p}
components:
  comp-a: {executorLabel: exec-a}
  comp-inner:
    dag:
      tasks:
        a: {componentRef: {name: comp-a}, taskInfo: {name: a}}
root:
  dag:
    tasks:
      b: {componentRef: {name: comp-a}, taskInfo: {name: b}}
      inner: {componentRef: {name: comp-inner}, taskInfo: {name: inner}}
      inner2: {componentRef: {name: comp-inner}, taskInfo: {name: inner2}}
deploymentSpec:
  executors:
    exec-a: {container: {image: alpine, command: [echo, hi]}}
"#;
        let p = Pipeline::from_yaml(yaml, Path::new("p.yaml")).unwrap();
        assert!(matches!(
            p.find_task("a"),
            Err(IrError::AmbiguousTask { .. })
        ));
        assert_eq!(p.find_task("b").unwrap().path, vec!["b"]);
        let t = p.find_task("inner/a").unwrap();
        assert_eq!(t.path, vec!["inner", "a"]);
        assert_eq!(t.parents.len(), 1);
        let e = p.find_task("nope").unwrap_err().to_string();
        assert!(e.contains("inner/a"), "{e}");
        match p.executor_of("comp-a", t.component).unwrap() {
            Spec::Container(c) => assert_eq!(c.command, vec!["echo", "hi"]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_key_given_twice_is_refused() {
        let e = Pipeline::from_yaml(
            "pipelineInfo: {name: d}\npipelineInfo: {name: e}\nroot: {dag: {tasks: {}}}\n",
            Path::new("dup.yaml"),
        )
        .unwrap_err();
        let e = crate::error_chain(&e);
        assert!(
            e.contains("dup.yaml") && e.contains("duplicate entry with key \"pipelineInfo\""),
            "{e}"
        );
    }

    #[test]
    fn malformed_yaml_names_the_file() {
        let e = Pipeline::from_yaml("root: [", Path::new("bad.yaml")).unwrap_err();
        assert!(e.to_string().contains("bad.yaml"), "{e}");
        let e = Pipeline::from_yaml("foo: 1", Path::new("x.yaml")).unwrap_err();
        assert!(matches!(e, IrError::NotAPipeline { .. }));
    }
}
