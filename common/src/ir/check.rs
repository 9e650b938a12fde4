//! What a pipeline's DAGs must hold before anything runs: every task's
//! component exists, every container component's executor exists, every
//! dependency names another task of the same DAG, and the dependencies
//! have no cycle. Found at load, these are errors naming the task, before
//! any record is written or any upstream task runs for nothing.

use std::collections::{BTreeMap, BTreeSet};

use kfp_proto::ml_pipelines::{component_spec::Implementation, ComponentSpec};

use super::{IrError, Pipeline};

impl Pipeline {
    /// Checks every DAG of the pipeline (the root's and its components').
    pub(super) fn check(&self) -> Result<(), IrError> {
        let root = self.root().map(|r| ("root", r));
        let components = self.spec.components.iter().map(|(k, c)| (k.as_str(), c));
        for (name, component) in root.into_iter().chain(components) {
            match &component.implementation {
                Some(Implementation::Dag(dag)) => self.check_dag(name, &dag.tasks)?,
                Some(Implementation::ExecutorLabel(_)) => {
                    self.executor_of(name, component)?;
                }
                None => {}
            }
        }
        Ok(())
    }

    fn check_dag(
        &self,
        dag: &str,
        tasks: &BTreeMap<String, kfp_proto::ml_pipelines::PipelineTaskSpec>,
    ) -> Result<(), IrError> {
        let bad = |task: &str, dependency: &str, reason: &'static str| IrError::BadDependency {
            pipeline: self.name().to_owned(),
            dag: dag.to_owned(),
            task: task.to_owned(),
            dependency: dependency.to_owned(),
            reason,
        };
        for (key, task) in tasks {
            let _: &ComponentSpec = self.component_of(key, task)?;
            for dep in &task.dependent_tasks {
                if dep == key {
                    return Err(bad(key, dep, "a task cannot depend on itself"));
                }
                if !tasks.contains_key(dep) {
                    return Err(bad(key, dep, "no task of that name in the same DAG"));
                }
            }
        }
        // Kahn: what never becomes ready is on a cycle, or behind one.
        let mut waiting: BTreeMap<&str, BTreeSet<&str>> = tasks
            .iter()
            .map(|(k, t)| {
                let deps = t.dependent_tasks.iter().map(String::as_str).collect();
                (k.as_str(), deps)
            })
            .collect();
        loop {
            let ready: Vec<&str> = waiting
                .iter()
                .filter(|(_, deps)| deps.is_empty())
                .map(|(k, _)| *k)
                .collect();
            if ready.is_empty() {
                break;
            }
            for k in ready {
                waiting.remove(k);
                for deps in waiting.values_mut() {
                    deps.remove(k);
                }
            }
        }
        if waiting.is_empty() {
            return Ok(());
        }
        Err(IrError::DependencyCycle {
            pipeline: self.name().to_owned(),
            dag: dag.to_owned(),
            tasks: cycle(&waiting).join(" → "),
        })
    }
}

/// One cycle among tasks that never became ready, as the path around it
/// (first task repeated at the end): follow a dependency that is itself
/// waiting until a task comes back.
fn cycle(waiting: &BTreeMap<&str, BTreeSet<&str>>) -> Vec<String> {
    let Some(mut at) = waiting.keys().next().copied() else {
        return Vec::new();
    };
    let mut path: Vec<&str> = Vec::new();
    while !path.contains(&at) {
        path.push(at);
        match waiting
            .get(at)
            .and_then(|deps| deps.iter().find(|d| waiting.contains_key(*d)))
        {
            Some(next) => at = next,
            None => break,
        }
    }
    let start = path.iter().position(|p| *p == at).unwrap_or(0);
    let mut out: Vec<String> = path[start..].iter().map(|s| (*s).to_owned()).collect();
    if let Some(first) = out.first().cloned() {
        out.push(first);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::ir::{IrError, Pipeline};

    fn load(tasks: &str) -> Result<Pipeline, IrError> {
        let yaml = format!(
            "pipelineInfo: {{name: p}}\n\
             components: {{comp-a: {{executorLabel: exec-a}}}}\n\
             deploymentSpec: {{executors: {{exec-a: {{container: {{image: x, command: [echo]}}}}}}}}\n\
             root: {{dag: {{tasks: {tasks}}}}}\n"
        );
        Pipeline::from_yaml(&yaml, Path::new("p.yaml"))
    }

    fn task(name: &str, deps: &str) -> String {
        format!("{name}: {{componentRef: {{name: comp-a}}, taskInfo: {{name: {name}}}, dependentTasks: [{deps}]}}")
    }

    #[test]
    fn good_dags_load() {
        let tasks = format!(
            "{{{}, {}, {}}}",
            task("a", ""),
            task("b", "a"),
            task("c", "a, b")
        );
        load(&tasks).unwrap();
    }

    #[test]
    fn each_bad_dag_is_named_for_what_it_is() {
        for (tasks, says) in [
            (
                format!("{{{}}}", task("a", "a")),
                "task \"a\" depends on \"a\": a task cannot depend on itself",
            ),
            (
                format!("{{{}}}", task("a", "nope")),
                "task \"a\" depends on \"nope\": no task of that name in the same DAG",
            ),
            (
                format!(
                    "{{{}, {}, {}}}",
                    task("a", "c"),
                    task("b", "a"),
                    task("c", "b")
                ),
                "dependency cycle a → c → b → a",
            ),
            (
                "{a: {componentRef: {name: comp-missing}, taskInfo: {name: a}}}".to_owned(),
                "component \"comp-missing\" is not defined (referenced by task \"a\")",
            ),
        ] {
            let e = load(&tasks).unwrap_err().to_string();
            assert!(e.contains(says), "{tasks}: {e}");
            assert!(e.contains("pipeline p"), "{e}");
        }
    }

    #[test]
    fn a_missing_executor_is_found_at_load() {
        let yaml = "pipelineInfo: {name: p}\n\
                    components: {comp-a: {executorLabel: exec-gone}}\n\
                    root: {dag: {tasks: {a: {componentRef: {name: comp-a}, taskInfo: {name: a}}}}}\n";
        let e = Pipeline::from_yaml(yaml, Path::new("p.yaml"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("executor \"exec-gone\" is not defined"), "{e}");
    }
}
