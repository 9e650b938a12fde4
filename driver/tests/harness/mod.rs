//! A small stand-in for Argo and the launcher: walks a compiled pipeline
//! (IR) the way KFP's Argo workflow does — ROOT_DAG driver, then per DAG its
//! tasks in dependency order; DAG drivers (loops: one iteration driver per
//! item); CONTAINER drivers — and, where the real launcher would run the
//! user container, publishes the task's outputs exactly as the launcher
//! does (one `publish`, then DAG state propagation). The drivers run as
//! library calls with command lines parsed by the real flag parser, against
//! any metadata backend ([`backends`]).
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

mod backends;

use std::{
    collections::{BTreeMap, BTreeSet},
    future::Future,
    path::Path,
    pin::Pin,
};

use kfp_common::{
    artifact,
    ir::Pipeline,
    metadata::{dag, keys, value, NewArtifact, PublishedArtifact},
    proto::{
        ml_metadata::execution::State,
        ml_pipelines::{component_spec::Implementation, ComponentSpec, ExecutorInput},
        wkt::Struct,
    },
    store::providers::LauncherConfig,
    test_util,
};
use kfp_driver::{
    args,
    container::{container_driver, CacheLookup, Env},
    dag::dag_driver,
    outputs::{Condition, Outputs},
    root::root_dag,
};
use serde_json::Value as Json;

// Each test file uses some of these.
#[allow(unused_imports)]
pub(crate) use backends::{connect, mlmd, on_every_backend, sqlite, Backend};

pub fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A fixture pipeline, or `None` after [`test_util::skip`].
pub fn fixture(name: &str) -> Option<Pipeline> {
    let dir = test_util::ir_fixtures()?;
    Some(Pipeline::load(&dir.join(name)).unwrap())
}

pub fn load(path: &Path) -> Pipeline {
    Pipeline::load(path).unwrap()
}

/// What the stand-in "user container" of a task answers: its output
/// parameters (JSON), or a failure.
pub type Behaviour = dyn Fn(&str, &ExecutorInput) -> Result<BTreeMap<String, Json>, String> + Sync;

/// One launched task, as the launcher would have received it.
#[derive(Debug, Clone)]
pub struct Launch {
    pub task: String,
    pub execution_id: i64,
    pub executor_input: ExecutorInput,
    pub pod_spec_patch: Json,
}

pub struct Harness<'a, B> {
    /// Where the run's records live.
    pub store: &'a B,
    pub pipeline: &'a Pipeline,
    pub run_id: String,
    pub namespace: String,
    pub behaviour: &'a Behaviour,
    pub cache_store: &'static str,
    pub cache_disabled: bool,
    pub launches: Vec<Launch>,
    /// Every driver's outputs, by task key (iterations: `key[i]`).
    pub decisions: BTreeMap<String, Outputs>,
    pub root_id: i64,
    /// MLMD round trips per driver call, by task key (none on SQLite).
    pub round_trips: BTreeMap<String, u64>,
    /// Wall time of each driver call (the driver alone), by task key.
    pub wall: BTreeMap<String, std::time::Duration>,
    /// The command line of each CONTAINER driver call, by task key.
    pub commands: BTreeMap<String, Vec<String>>,
    /// Every cached output reported gone from its store (a stale cache).
    pub outputs_gone: bool,
    /// Look cache entries up through the KFP API (`--cache_store api`)
    /// instead of MLMD.
    pub api: Option<&'a kfp_common::cache::ApiTaskCache>,
}

/// The stale-output check of the stand-in cluster: every cached output
/// present, or (a deleted cache) every one gone.
struct Check {
    gone: bool,
}

impl kfp_driver::container::OutputCheck for Check {
    async fn exists(
        &self,
        _artifact: &kfp_common::proto::ml_metadata::Artifact,
    ) -> Result<bool, String> {
        Ok(!self.gone)
    }
}

fn argv(pairs: &[(&str, String)]) -> Vec<String> {
    // Go flag syntax: a boolean flag takes its value after `=` only.
    pairs
        .iter()
        .flat_map(|(k, v)| match *k {
            "cache_disabled" => vec![format!("--{k}={v}")],
            _ => vec![format!("--{k}"), v.clone()],
        })
        .collect()
}

impl<'a, B: Backend> Harness<'a, B> {
    pub fn new(store: &'a B, pipeline: &'a Pipeline, behaviour: &'a Behaviour) -> Self {
        let run_id = uuid::Uuid::new_v4().to_string();
        Self {
            store,
            pipeline,
            run_id: run_id.clone(),
            // Cache entries are per namespace: tests do not hit each other's.
            namespace: format!("ns-{run_id}"),
            behaviour,
            cache_store: "mlmd",
            cache_disabled: false,
            launches: Vec::new(),
            decisions: BTreeMap::new(),
            root_id: 0,
            round_trips: BTreeMap::new(),
            wall: BTreeMap::new(),
            commands: BTreeMap::new(),
            outputs_gone: false,
            api: None,
        }
    }

    fn common(&self, ty: &str) -> Vec<(&'static str, String)> {
        vec![
            ("type", ty.into()),
            ("pipeline_name", self.pipeline.name().into()),
            ("run_id", self.run_id.clone()),
            ("run_name", format!("{}-wf", self.pipeline.name())),
            ("run_display_name", "harness run".into()),
            // The library calls are handed their store; these only make
            // the command line whole.
            ("mlmd_server_address", "127.0.0.1".into()),
            ("mlmd_server_port", "8080".into()),
            ("namespace", self.namespace.clone()),
            (
                "cache_store",
                if self.api.is_some() {
                    "api"
                } else {
                    self.cache_store
                }
                .into(),
            ),
            ("cache_disabled", self.cache_disabled.to_string()),
        ]
    }

    /// Run the whole pipeline; `runtime_config` is the run's RuntimeConfig JSON.
    pub async fn run(&mut self, runtime_config: Json) -> Result<(), String> {
        self.root(runtime_config).await?;
        let root = self.pipeline.root().unwrap().clone();
        self.run_dag(root, self.root_id, String::new()).await
    }

    /// Only the ROOT_DAG driver.
    pub async fn root(&mut self, runtime_config: Json) -> Result<(), String> {
        let store = self.store.for_one_call().await;
        let mut flags = self.common("ROOT_DAG");
        flags.push(("component", "{}".into()));
        flags.push(("runtime_config", runtime_config.to_string()));
        flags.push(("iteration_index", "-1".into()));
        let parsed = args::parse(&argv(&flags)).map_err(|e| e.to_string())?;
        let out = root_dag(
            &*store,
            &parsed,
            &self.namespace,
            &LauncherConfig::default(),
        )
        .await
        .map_err(|e| kfp_common::error_chain(&e))?;
        self.root_id = out.execution_id.unwrap();
        Ok(())
    }

    fn run_dag<'s>(
        &'s mut self,
        component: ComponentSpec,
        dag_id: i64,
        prefix: String,
    ) -> Pin<Box<dyn Future<Output = Result<(), String>> + 's>> {
        Box::pin(async move {
            let Some(Implementation::Dag(dag)) = &component.implementation else {
                return Err("not a DAG".into());
            };
            let mut done: BTreeSet<String> = BTreeSet::new();
            let mut failed: BTreeSet<String> = BTreeSet::new();
            let tasks = dag.tasks.clone();
            while done.len() < tasks.len() {
                let ready: Vec<String> = tasks
                    .iter()
                    .filter(|(k, t)| {
                        !done.contains(*k) && t.dependent_tasks.iter().all(|d| done.contains(d))
                    })
                    .map(|(k, _)| k.clone())
                    .collect();
                if ready.is_empty() {
                    return Err(format!("dependency cycle among {:?}", tasks.keys()));
                }
                for key in ready {
                    let task = &tasks[&key];
                    done.insert(key.clone());
                    // Argo: a task whose upstream failed does not run, unless
                    // it is an exit handler (ALL_UPSTREAM_TASKS_COMPLETED).
                    let exit_handler = task
                        .trigger_policy
                        .as_ref()
                        .is_some_and(|p| p.strategy == 2);
                    if !exit_handler && task.dependent_tasks.iter().any(|d| failed.contains(d)) {
                        failed.insert(key.clone());
                        continue;
                    }
                    if let Err(e) = self.run_task(&key, task, dag_id, &prefix).await {
                        if e.starts_with("task failed:") {
                            failed.insert(key.clone());
                        } else {
                            return Err(e);
                        }
                    }
                }
            }
            Ok(())
        })
    }

    async fn run_task(
        &mut self,
        key: &str,
        task: &kfp_common::proto::ml_pipelines::PipelineTaskSpec,
        dag_id: i64,
        prefix: &str,
    ) -> Result<(), String> {
        let component = self
            .pipeline
            .component_of(key, task)
            .map_err(|e| e.to_string())?
            .clone();
        let label = format!("{prefix}{key}");
        let task_json = serde_json::to_string(task).unwrap();
        let component_json = serde_json::to_string(&component).unwrap();
        if let Some(Implementation::Dag(_)) = &component.implementation {
            let out = self
                .dag(&label, key, &task_json, &component_json, dag_id, -1)
                .await?;
            if out.condition == Some(Condition::False) {
                return Ok(());
            }
            let id = out.execution_id.unwrap();
            if task.iterator.is_some() {
                for i in 0..out.iteration_count.unwrap_or(0) {
                    let it = self
                        .dag(
                            &format!("{label}[{i}]"),
                            key,
                            &task_json,
                            &component_json,
                            id,
                            i,
                        )
                        .await?;
                    self.run_dag(
                        component.clone(),
                        it.execution_id.unwrap(),
                        format!("{label}[{i}]/"),
                    )
                    .await?;
                }
                Ok(())
            } else {
                self.run_dag(component, id, format!("{label}/")).await
            }
        } else {
            self.container(&label, key, task, &component, dag_id).await
        }
    }

    /// Run one DAG driver.
    pub async fn dag(
        &mut self,
        label: &str,
        key: &str,
        task_json: &str,
        component_json: &str,
        parent: i64,
        iteration_index: i64,
    ) -> Result<Outputs, String> {
        let store = self.store.for_one_call().await;
        let mut flags = self.common("DAG");
        flags.extend([
            ("task", task_json.to_owned()),
            ("task_name", key.to_owned()),
            ("component", component_json.to_owned()),
            ("dag_execution_id", parent.to_string()),
            ("iteration_index", iteration_index.to_string()),
        ]);
        let parsed = args::parse(&argv(&flags)).map_err(|e| e.to_string())?;
        let out = dag_driver(&*store, &parsed, None)
            .await
            .map_err(|e| kfp_common::error_chain(&e))?;
        self.count_round_trips(label, &store);
        self.decisions.insert(label.to_owned(), out.clone());
        Ok(out)
    }

    /// Run one CONTAINER driver (and the stand-in launcher if it decided so).
    pub async fn container(
        &mut self,
        label: &str,
        key: &str,
        task: &kfp_common::proto::ml_pipelines::PipelineTaskSpec,
        component: &ComponentSpec,
        parent: i64,
    ) -> Result<(), String> {
        let component_name = task.component_ref.as_ref().unwrap().name.clone();
        let executor = self
            .pipeline
            .executor_of(&component_name, component)
            .map_err(|e| e.to_string())?;
        let container = match executor {
            kfp_common::proto::ml_pipelines::pipeline_deployment_config::executor_spec::Spec::Container(c) => c.clone(),
            _ => return Ok(()), // importers: not driven by the driver
        };
        let label_name = match &component.implementation {
            Some(Implementation::ExecutorLabel(l)) => l.clone(),
            _ => String::new(),
        };
        let k8s = self
            .pipeline
            .kubernetes_config(&label_name)
            .map(|s| serde_json::to_string(s).unwrap())
            .unwrap_or_default();
        let store = self.store.for_one_call().await;
        let mut flags = self.common("CONTAINER");
        flags.extend([
            ("task", serde_json::to_string(task).unwrap()),
            ("task_name", key.to_owned()),
            ("component", serde_json::to_string(component).unwrap()),
            ("container", serde_json::to_string(&container).unwrap()),
            ("kubernetes_config", k8s),
            ("dag_execution_id", parent.to_string()),
            ("iteration_index", "-1".into()),
            ("publish_logs", "false".into()),
        ]);
        let command = argv(&flags);
        self.commands.insert(label.to_owned(), command.clone());
        let parsed = args::parse(&command).map_err(|e| e.to_string())?;
        let cache = || match (self.cache_disabled, self.api) {
            (true, _) => CacheLookup::Disabled,
            (false, Some(api)) => CacheLookup::Api(api),
            (false, None) => CacheLookup::Mlmd,
        };
        let started = std::time::Instant::now();
        let env = Env {
            store: &*store,
            cache: cache(),
            outputs_check: &Check {
                gone: self.outputs_gone,
            },
            namespace: self.namespace.clone(),
            kube: None,
            pvcs: None,
            pod_name: None,
        };
        let out = container_driver(&env, &parsed)
            .await
            .map_err(|e| kfp_common::error_chain(&e))?;
        self.wall.insert(label.to_owned(), started.elapsed());
        self.count_round_trips(label, &store);
        self.decisions.insert(label.to_owned(), out.clone());
        if out.condition == Some(Condition::False) || out.cached_decision == Some(true) {
            return Ok(());
        }
        let patch: Json = serde_json::from_str(out.pod_spec_patch.as_deref().unwrap()).unwrap();
        let command = patch["containers"][0]["command"]
            .as_array()
            .unwrap()
            .clone();
        let at = command
            .iter()
            .position(|v| v == "--executor_input")
            .unwrap();
        let executor_input: ExecutorInput =
            serde_json::from_str(command[at + 1].as_str().unwrap()).unwrap();
        let id = out.execution_id.unwrap();
        self.launches.push(Launch {
            task: label.to_owned(),
            execution_id: id,
            executor_input: executor_input.clone(),
            pod_spec_patch: patch,
        });
        let result = (self.behaviour)(key, &executor_input);
        self.publish(&*store, id, &executor_input, result.clone())
            .await;
        result.map(|_| ()).map_err(|e| format!("task failed: {e}"))
    }

    fn count_round_trips(&mut self, label: &str, store: &B) {
        if let Some(n) = store.round_trips() {
            self.round_trips.insert(label.to_owned(), n);
        }
    }

    /// What the launcher publishes after the user process (contract §3.10).
    async fn publish(
        &self,
        store: &B,
        id: i64,
        executor_input: &ExecutorInput,
        result: Result<BTreeMap<String, Json>, String>,
    ) {
        let (mut execution, run) = store.open_execution(id).await.unwrap();
        execution.custom_properties.insert(
            keys::NAMESPACE.into(),
            value::string(self.namespace.clone()),
        );
        let mut outputs = Vec::new();
        match &result {
            Ok(params) => {
                execution.last_known_state = Some(State::Complete as i32);
                let fields = params
                    .iter()
                    .map(|(k, v)| (k.clone(), kfp_common::executor_io::from_json(v.clone())))
                    .collect();
                execution
                    .custom_properties
                    .insert(keys::OUTPUTS.into(), value::structure(Struct { fields }));
                let provisioned = executor_input.outputs.clone().unwrap_or_default();
                for (name, list) in &provisioned.artifacts {
                    for a in &list.artifacts {
                        let type_name = artifact::type_name(a.r#type.as_ref(), name).unwrap();
                        outputs.push((
                            name.clone(),
                            PublishedArtifact::New(NewArtifact {
                                type_name,
                                uri: a.uri.clone(),
                                custom_properties: [(
                                    keys::DISPLAY_NAME.to_owned(),
                                    value::string(name.clone()),
                                )]
                                .into(),
                            }),
                        ));
                    }
                }
            }
            Err(_) => execution.last_known_state = Some(State::Failed as i32),
        }
        store.publish(&run, &execution, &outputs).await.unwrap();
        let parent = execution
            .custom_properties
            .get(keys::PARENT_DAG_ID)
            .and_then(value::as_int)
            .unwrap();
        dag::propagate(store, &run, parent).await.unwrap();
    }

    /// The executor input a task was launched with.
    /// The command line of the CONTAINER driver run as `label` (its MLMD
    /// address is a stand-in: the library call was handed its store).
    pub fn command(&self, label: &str) -> &[String] {
        &self.commands[label]
    }

    pub fn launched(&self, label: &str) -> &Launch {
        self.launches
            .iter()
            .find(|l| l.task == label)
            .unwrap_or_else(|| {
                panic!(
                    "task {label} was not launched; launched: {:?}",
                    self.launches.iter().map(|l| &l.task).collect::<Vec<_>>()
                )
            })
    }

    /// An input parameter a launched task received, as JSON.
    pub fn input(&self, label: &str, name: &str) -> Json {
        let inputs = self.launched(label).executor_input.inputs.clone().unwrap();
        inputs
            .parameter_values
            .get(name)
            .map(kfp_common::executor_io::to_json)
            .unwrap_or(Json::Null)
    }

    /// Executions of the run by task label state, read back from the store.
    pub async fn states(&self) -> BTreeMap<i64, (String, String)> {
        let store = self.store;
        let (_, run) = store.open_execution(self.root_id).await.unwrap();
        store
            .run_executions(&run, &[])
            .await
            .unwrap()
            .into_iter()
            .map(|e| {
                let name = value::str_property(&e.custom_properties, keys::TASK_NAME).to_owned();
                let state = State::try_from(e.last_known_state.unwrap_or_default())
                    .unwrap()
                    .as_str_name()
                    .to_owned();
                (e.id.unwrap(), (name, state))
            })
            .collect()
    }
}
