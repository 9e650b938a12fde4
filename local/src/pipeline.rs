//! `launcher local run PIPELINE.yaml` without `--task`: the whole pipeline,
//! walked the way KFP's Argo workflow walks it (contract §7.4), through the
//! same driver and launcher code a cluster runs.
//!
//! The walk plays Argo: the ROOT_DAG driver, then per DAG its tasks in
//! dependency order, each as soon as its upstream tasks ended, with up to
//! `--parallelism` launchers at once. A DAG task is a DAG driver, then its
//! DAG (a loop: one iteration driver and body per item, `parallelismLimit`
//! at once); a container task is a CONTAINER driver, then — unless its
//! condition is false or the cache answered — the launcher command line of
//! its pod spec patch, retried by the task's `retryPolicy`; an importer is
//! the launcher's importer mode. Like Argo, a task whose upstream failed
//! does not run (`NOT_RUN`), unless it is an exit handler
//! (`ALL_UPSTREAM_TASKS_COMPLETED`); independent branches go on; a task
//! downstream of one that did not trigger is `SKIPPED`.
//!
//! Beyond upstream: the root DAG execution ends `COMPLETE` or `FAILED`
//! (upstream leaves it `RUNNING` for the API server to judge).

pub mod argv;
pub mod engine;
mod error;
mod preamble;
mod start;

pub(crate) use start::run;

use std::{
    cell::RefCell,
    collections::{BTreeMap, BTreeSet},
    path::PathBuf,
    time::{Duration, Instant},
};

use futures::{future::LocalBoxFuture, stream::FuturesUnordered, FutureExt, StreamExt};
use k8s_openapi::api::core::v1::{Container, PodSpec};
use kfp_common::{
    ir::Pipeline,
    metadata::{keys, value, Direction, MetadataBackend, RunContexts},
    proto::{
        ml_metadata::execution::State,
        ml_pipelines::{
            component_spec::Implementation, pipeline_deployment_config::executor_spec::Spec,
            ComponentSpec, PipelineTaskSpec,
        },
    },
};
use kfp_driver::outputs::{Condition, Outputs};
use tokio::sync::Semaphore;

use self::{
    argv::{ContainerCall, DagCall, ImporterCall, RunFlags},
    engine::Engine,
};
use super::kube::pod;
use super::summary::{Outputs as OutputSummary, TaskSummary};
use kfp_step::init::Signals;

pub use error::WalkError;

/// `triggerPolicy.strategy` of an exit handler's task.
const ALL_UPSTREAM_TASKS_COMPLETED: i32 = 2;

/// How a task (or DAG) ended, as its dependents see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Succeeded,
    Failed,
    /// Its condition was false, or an upstream task did not trigger.
    Skipped,
    /// An upstream task failed, or the run was stopped.
    NotRun,
}

/// One pipeline walk.
pub struct Walk<'a, M, E> {
    pipeline: &'a Pipeline,
    store: &'a M,
    engine: &'a E,
    run: RunFlags,
    /// Output files of the drivers go under here.
    scratch: PathBuf,
    /// Launchers running at once (`--parallelism`).
    slots: Semaphore,
    signals: &'a Signals,
    /// Where local buckets live, for the summary's local paths.
    objects: Option<PathBuf>,
    tasks: RefCell<BTreeMap<String, TaskSummary>>,
    contexts: RefCell<Option<RunContexts>>,
    pods: RefCell<u64>,
    /// Whether a step may skip the SDK's no-op install (see `preamble`).
    skip_sdk_install: bool,
    /// The `kfp` of this machine's `python3`, asked once, when the first
    /// step that pins one is about to run.
    installed_kfp: std::cell::OnceCell<Option<String>>,
    /// Steps whose SDK install was skipped.
    skipped_installs: RefCell<u64>,
    /// Secrets, ConfigMaps, PVCs and mounts of a local run (`None`: env
    /// `valueFrom` and volumes are left out, as the e2e harness wants).
    kube: Option<crate::kube::LocalKube>,
}

impl<'a, M: MetadataBackend, E: Engine> Walk<'a, M, E> {
    pub fn new(
        pipeline: &'a Pipeline,
        store: &'a M,
        engine: &'a E,
        run: RunFlags,
        scratch: PathBuf,
        parallelism: usize,
        signals: &'a Signals,
    ) -> Self {
        Self {
            pipeline,
            store,
            engine,
            run,
            scratch,
            slots: Semaphore::new(parallelism.max(1)),
            signals,
            objects: None,
            tasks: RefCell::new(BTreeMap::new()),
            contexts: RefCell::new(None),
            pods: RefCell::new(0),
            skip_sdk_install: false,
            installed_kfp: std::cell::OnceCell::new(),
            skipped_installs: RefCell::new(0),
            kube: None,
        }
    }

    /// Resolve steps' `valueFrom` env and volumes on this machine (see
    /// `kube::pod`).
    pub fn kubernetes(mut self, kube: crate::kube::LocalKube) -> Self {
        self.kube = Some(kube);
        self
    }

    /// Buckets kept on this machine live under `dir`: the summary gives each
    /// artifact's local path.
    pub fn local_objects(mut self, dir: PathBuf) -> Self {
        self.objects = Some(dir);
        self
    }

    /// Skip the SDK's `pip install kfp==V` preamble of steps compiled with
    /// the `kfp` this machine's `python3` has (`false`: run steps verbatim).
    pub fn skip_sdk_install(mut self, skip: bool) -> Self {
        self.skip_sdk_install = skip;
        self
    }

    /// How many steps skipped their SDK install.
    pub fn skipped_installs(&self) -> u64 {
        *self.skipped_installs.borrow()
    }

    /// Run the whole pipeline with this `RuntimeConfig` JSON; every task's
    /// summary by path, and the root DAG's execution id.
    pub async fn run(
        &self,
        runtime_config: &str,
    ) -> Result<(Ended, i64, BTreeMap<String, TaskSummary>), WalkError> {
        let root = self.pipeline.root().ok_or_else(|| WalkError::NoRoot {
            path: self.pipeline.source.clone(),
        })?;
        let component = json("root DAG", root)?;
        let out = self
            .driver_dag(
                "root",
                DagCall {
                    driver_type: "ROOT_DAG",
                    parent_dag_id: 0,
                    component: &component,
                    task: "",
                    task_name: "",
                    runtime_config,
                    iteration_index: -1,
                },
            )
            .await?;
        let root_id = out.execution_id.ok_or(WalkError::NoRootExecution)?;
        let (_, contexts) = self.store.open_execution(root_id).await?;
        *self.contexts.borrow_mut() = Some(contexts);
        // Steps share the walk's process group, so a terminal's Ctrl-C
        // reaches them; a signal sent to the walk alone is passed on.
        let forward = async {
            self.stopped().await;
            if let Some(signal) = self.signals.termination() {
                engine::forward(signal);
            }
            std::future::pending::<()>().await
        };
        let ended = tokio::select! {
            ended = self.run_dag(root.clone(), root_id, String::new()) => ended,
            () = forward => Ended::NotRun,
        };
        self.close_root(root_id, ended).await?;
        Ok((ended, root_id, self.tasks.take()))
    }

    /// Beyond upstream: the root DAG gets the run's terminal state.
    async fn close_root(&self, root_id: i64, ended: Ended) -> Result<(), WalkError> {
        let mut root = self
            .store
            .get_executions(&[root_id])
            .await?
            .pop()
            .ok_or(WalkError::ExecutionNotFound { id: root_id })?;
        let state = if ended == Ended::Succeeded {
            State::Complete
        } else {
            State::Failed
        };
        root.last_known_state = Some(state as i32);
        Ok(self.store.update_execution(&root).await?)
    }

    /// A DAG's tasks in dependency order, each as soon as it may start.
    fn run_dag(
        &self,
        component: ComponentSpec,
        dag_id: i64,
        prefix: String,
    ) -> LocalBoxFuture<'_, Ended> {
        async move {
            let Some(Implementation::Dag(dag)) = &component.implementation else {
                return Ended::Failed;
            };
            let tasks = &dag.tasks;
            let upstream: BTreeMap<&str, Vec<String>> = tasks
                .iter()
                .map(|(key, task)| (key.as_str(), upstream_tasks(task, tasks)))
                .collect();
            let mut ended: BTreeMap<&str, Ended> = BTreeMap::new();
            let mut started: BTreeSet<&str> = BTreeSet::new();
            let mut running = FuturesUnordered::new();
            loop {
                // Start (or settle without running) every task whose
                // upstream tasks all ended; settling may free others.
                let mut progressed = true;
                while progressed {
                    progressed = false;
                    for (key, task) in tasks {
                        let after = upstream.get(key.as_str()).map_or(&[][..], Vec::as_slice);
                        if started.contains(key.as_str())
                            || !after.iter().all(|d| ended.contains_key(d.as_str()))
                        {
                            continue;
                        }
                        started.insert(key);
                        progressed = true;
                        let label = format!("{prefix}{key}");
                        match self.may_start(task, after, &ended) {
                            Ok(()) => running.push(
                                self.run_task(key.clone(), task, dag_id, label)
                                    .map(move |e| (key.as_str(), e)),
                            ),
                            Err((why, reason)) => {
                                self.settle(&label, why, reason);
                                ended.insert(key, why);
                            }
                        }
                    }
                }
                match running.next().await {
                    Some((key, e)) => {
                        ended.insert(key, e);
                    }
                    None => break,
                }
            }
            if ended.len() < tasks.len() {
                let stuck: Vec<&String> = tasks
                    .keys()
                    .filter(|k| !ended.contains_key(k.as_str()))
                    .collect();
                self.settle(
                    &format!("{prefix}{}", stuck[0]),
                    Ended::Failed,
                    format!("dependency cycle among {stuck:?}"),
                );
                return Ended::Failed;
            }
            if ended
                .values()
                .any(|e| matches!(e, Ended::Failed | Ended::NotRun))
            {
                Ended::Failed
            } else {
                Ended::Succeeded
            }
        }
        .boxed_local()
    }

    /// Whether a task whose upstream tasks ended may run, as Argo's
    /// `depends: a.Succeeded && …` and exit hooks decide.
    fn may_start(
        &self,
        task: &PipelineTaskSpec,
        after: &[String],
        ended: &BTreeMap<&str, Ended>,
    ) -> Result<(), (Ended, String)> {
        if let Some(signal) = self.signals.termination() {
            return Err((Ended::NotRun, format!("the run was stopped ({signal})")));
        }
        let upstream = |want: &[Ended]| {
            after
                .iter()
                .find(|d| ended.get(d.as_str()).is_some_and(|e| want.contains(e)))
        };
        let exit_handler = task
            .trigger_policy
            .as_ref()
            .is_some_and(|p| p.strategy == ALL_UPSTREAM_TASKS_COMPLETED);
        if let Some(d) = upstream(&[Ended::NotRun]) {
            return Err((Ended::NotRun, format!("upstream task {d} did not run")));
        }
        if exit_handler {
            return Ok(());
        }
        if let Some(d) = upstream(&[Ended::Failed]) {
            return Err((Ended::NotRun, format!("upstream task {d} failed")));
        }
        if let Some(d) = upstream(&[Ended::Skipped]) {
            return Err((Ended::Skipped, format!("upstream task {d} did not trigger")));
        }
        Ok(())
    }

    /// Record a task that ended without a driver of its own.
    fn settle(&self, label: &str, ended: Ended, reason: String) {
        let state = match ended {
            Ended::Succeeded => "COMPLETE",
            Ended::Failed => "FAILED",
            Ended::Skipped => "SKIPPED",
            Ended::NotRun => "NOT_RUN",
        };
        self.tasks.borrow_mut().insert(
            label.to_owned(),
            TaskSummary {
                state: state.into(),
                execution_id: 0,
                exit_code: 0,
                outputs: OutputSummary::default(),
                error: (!reason.is_empty()).then_some(reason),
                duration_seconds: 0.0,
                log: None,
            },
        );
    }

    async fn run_task(
        &self,
        key: String,
        task: &PipelineTaskSpec,
        dag_id: i64,
        label: String,
    ) -> Ended {
        let started = Instant::now();
        let result = match self.pipeline.component_of(&key, task) {
            Err(e) => Err(e.into()),
            Ok(component) => match &component.implementation {
                Some(Implementation::Dag(_)) => {
                    self.dag_task(&key, task, component, dag_id, &label).await
                }
                _ => self.leaf_task(&key, task, component, dag_id, &label).await,
            },
        };
        match result {
            Ok(ended) => ended,
            Err(error) => {
                let error = error.message();
                tracing::error!(task = %label, "{error}");
                self.settle(&label, Ended::Failed, error);
                if let Some(t) = self.tasks.borrow_mut().get_mut(&label) {
                    t.duration_seconds = started.elapsed().as_secs_f64();
                }
                Ended::Failed
            }
        }
    }

    /// A sub-DAG or a loop.
    async fn dag_task(
        &self,
        key: &str,
        task: &PipelineTaskSpec,
        component: &ComponentSpec,
        dag_id: i64,
        label: &str,
    ) -> Result<Ended, WalkError> {
        let started = Instant::now();
        let task_json = json("task", task)?;
        let component_json = json("component", component)?;
        let call = DagCall {
            driver_type: "DAG",
            parent_dag_id: dag_id,
            component: &component_json,
            task: &task_json,
            task_name: key,
            runtime_config: "",
            iteration_index: -1,
        };
        let out = self.driver_dag(label, call).await?;
        let id = out.execution_id.unwrap_or_default();
        let ended = if out.condition == Some(Condition::False) {
            Ended::Skipped
        } else if task.iterator.is_some() {
            let count = out.iteration_count.unwrap_or(0).max(0);
            let limit = task
                .iterator_policy
                .as_ref()
                .map(|p| p.parallelism_limit)
                .filter(|l| *l > 0)
                .map_or(count as usize, |l| l as usize);
            let limit = Semaphore::new(limit.max(1));
            let iterations = (0..count).map(|i| {
                let limit = &limit;
                let call = DagCall {
                    iteration_index: i,
                    parent_dag_id: id,
                    ..call
                };
                async move {
                    let Ok(_permit) = limit.acquire().await else {
                        return Ended::Failed;
                    };
                    let at = format!("{label}/iteration-{i}");
                    match self.driver_dag(&at, call).await {
                        Ok(o) if o.condition == Some(Condition::False) => Ended::Skipped,
                        Ok(o) => {
                            self.run_dag(
                                component.clone(),
                                o.execution_id.unwrap_or_default(),
                                format!("{at}/"),
                            )
                            .await
                        }
                        Err(e) => {
                            self.settle(&at, Ended::Failed, e.message());
                            Ended::Failed
                        }
                    }
                }
            });
            let all = futures::future::join_all(iterations).await;
            if all.contains(&Ended::Failed) {
                Ended::Failed
            } else {
                Ended::Succeeded
            }
        } else {
            self.run_dag(component.clone(), id, format!("{label}/"))
                .await
        };
        self.settle(label, ended, String::new());
        if let Some(t) = self.tasks.borrow_mut().get_mut(label) {
            t.execution_id = id;
            t.error = None;
            t.duration_seconds = started.elapsed().as_secs_f64();
        }
        Ok(ended)
    }

    /// A container or importer task.
    async fn leaf_task(
        &self,
        key: &str,
        task: &PipelineTaskSpec,
        component: &ComponentSpec,
        dag_id: i64,
        label: &str,
    ) -> Result<Ended, WalkError> {
        let started = Instant::now();
        let name = task
            .component_ref
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let task_json = json("task", task)?;
        let component_json = json("component", component)?;
        let (execution_id, exit_code) = match self.pipeline.executor_of(&name, component)? {
            Spec::Container(container) => {
                let executor_label = match &component.implementation {
                    Some(Implementation::ExecutorLabel(l)) => l.as_str(),
                    _ => "",
                };
                let k8s = match self.pipeline.kubernetes_config(executor_label) {
                    Some(s) => json("Kubernetes executor config", s)?,
                    None => String::new(),
                };
                let container_json = json("container", container)?;
                let call = ContainerCall {
                    parent_dag_id: dag_id,
                    component: &component_json,
                    task: &task_json,
                    task_name: key,
                    container: &container_json,
                    kubernetes_config: &k8s,
                    iteration_index: -1,
                };
                let out_dir = self.driver_dir(label)?;
                let argv = argv::container_driver(&self.run, call, &out_dir);
                let out = self.engine.driver(&argv).await?;
                let id = out.execution_id.unwrap_or_default();
                if out.condition == Some(Condition::False) {
                    self.settle(label, Ended::Skipped, String::new());
                    self.finish(label, id, 0, started).await?;
                    return Ok(Ended::Skipped);
                }
                // A cache hit, or a platform op the driver carried out
                // itself (`argostub/*`: no pod, contract §7.4).
                let no_pod = out.pod_spec_patch.as_deref().unwrap_or("").is_empty();
                if out.cached_decision == Some(true) || no_pod {
                    (id, 0)
                } else {
                    match self.pod(label, task, &out, &k8s).await {
                        Ok(code) => (id, code),
                        // The execution exists: it must not stay RUNNING.
                        Err(e) => {
                            self.fail_execution(id, &e.message()).await;
                            return Err(e);
                        }
                    }
                }
            }
            Spec::Importer(importer) => {
                let importer_json = json("importer", importer)?;
                let call = ImporterCall {
                    parent_dag_id: dag_id,
                    task: &task_json,
                    component: &component_json,
                    importer: &importer_json,
                };
                let env = self.pod_env(label);
                let argv: Vec<String> = argv::importer(&self.run, call)
                    .iter()
                    .map(|a| argv::expand(a, &env))
                    .collect();
                // Its pod mounts the run's workspace when it downloads into
                // it, as KFP's Argo compiler makes it.
                let local = match &self.kube {
                    Some(kube) if importer.download_to_workspace => {
                        Some(self.importer_pod(label, kube)?)
                    }
                    _ => None,
                };
                let _volumes = local.as_ref().map(|l| RemoveOnDrop(l.dir.clone()));
                let volumes = local.as_ref().map_or(&[][..], |l| &l.volumes[..]);
                let code = {
                    let _slot = self.slot().await?;
                    self.engine
                        .launcher(&path_name(label), &argv, &env, volumes)
                        .await?
                };
                let id = self.importer_execution(task, dag_id).await?;
                if id == 0 {
                    return Err(WalkError::ImporterExited {
                        task: label.to_owned(),
                        code,
                    });
                }
                (id, code)
            }
            _ => {
                return Err(WalkError::ClusterOnly {
                    task: label.to_owned(),
                    component: name,
                })
            }
        };
        let state = self.finish(label, execution_id, exit_code, started).await?;
        // Argo judges the pod by its exit code: a launcher that published
        // COMPLETE but exits 1 (its cache entry failed, §3.11) fails the node.
        Ok(match state.as_str() {
            "COMPLETE" | "CACHED" if exit_code == 0 => Ended::Succeeded,
            _ => Ended::Failed,
        })
    }

    /// Run a task's pod: the launcher command of its pod spec patch, again
    /// on failure as its `retryPolicy` allows (Argo retries the pod, never
    /// the driver); the last attempt's exit code.
    async fn pod(
        &self,
        label: &str,
        task: &PipelineTaskSpec,
        out: &Outputs,
        kubernetes_config: &str,
    ) -> Result<i32, WalkError> {
        let lacks = |missing| WalkError::PodSpecPatchLacks {
            task: label.to_owned(),
            missing,
        };
        let patch: serde_json::Value = serde_json::from_str(
            out.pod_spec_patch.as_deref().unwrap_or("{}"),
        )
        .map_err(|source| WalkError::PodSpecPatch {
            task: label.to_owned(),
            source,
        })?;
        let main = patch["containers"]
            .as_array()
            .and_then(|c| c.iter().find(|c| c["name"] == "main").or(c.first()))
            .ok_or_else(|| lacks("no main container"))?;
        let command: Vec<String> = main["command"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(main["args"].as_array().into_iter().flatten())
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        if command.len() < 2 {
            return Err(lacks("no launcher command"));
        }
        let local = match &self.kube {
            Some(kube) => {
                let spec: PodSpec = serde_json::from_value(patch.clone()).map_err(|source| {
                    WalkError::PodSpecPatch {
                        task: label.to_owned(),
                        source,
                    }
                })?;
                Some(self.local_pod(label, &spec, kubernetes_config, kube)?)
            }
            None => None,
        };
        // Copies of Secrets and ConfigMaps, emptyDirs: gone with the pod.
        let _volumes = local.as_ref().map(|l| RemoveOnDrop(l.dir.clone()));
        let mut env = Vec::new();
        for e in main["env"].as_array().into_iter().flatten() {
            match (e["name"].as_str(), e["value"].as_str()) {
                (Some(n), Some(v)) => env.push((n.to_owned(), v.to_owned())),
                (Some(n), None) if local.is_none() => tracing::warn!(
                    task = %label,
                    "environment variable {n} comes from the cluster (valueFrom); not set locally"
                ),
                _ => {}
            }
        }
        let policy = task.retry_policy;
        let retries = policy
            .as_ref()
            .map_or(0, |p| u32::try_from(p.max_retry_count).unwrap_or(0));
        let mut attempt: u32 = 0;
        let first = Instant::now();
        loop {
            // Argo starts a new pod, with its own name and UID, per attempt.
            let pod_env = self.pod_env(label);
            let main_env = match (&local, &self.kube) {
                (Some(local), Some(kube)) => local.env(label, &pod_env, &kube.sources)?,
                _ => env.clone(),
            };
            let mut env = [pod_env, main_env].concat();
            if policy.is_some() {
                env.push(("KFP_RETRY_INDEX".into(), attempt.to_string()));
            }
            // Argo expands `$(VAR)` from the container's env.
            let mut argv: Vec<String> =
                command[1..].iter().map(|a| argv::expand(a, &env)).collect();
            if let Some(split) = argv.iter().position(|a| a == "--") {
                if self.sdk_install_is_noop(&argv[split + 1..]) {
                    argv.drain(split + 1..split + 1 + preamble::SKIPPED_ELEMENTS);
                    if attempt == 0 {
                        *self.skipped_installs.borrow_mut() += 1;
                    }
                }
            }
            let code = {
                let _slot = self.slot().await?;
                let volumes = local.as_ref().map_or(&[][..], |l| &l.volumes[..]);
                self.engine
                    .launcher(&path_name(label), &argv, &env, volumes)
                    .await?
            };
            if code == 0 || attempt >= retries || self.signals.termination().is_some() {
                return Ok(code);
            }
            let (wait, window) = backoff(policy.as_ref(), attempt);
            if window.is_some_and(|w| first.elapsed() + wait > w) {
                tracing::warn!(task = %label, exit_code = code, attempt, "retry window ({window:?}) over");
                return Ok(code);
            }
            tracing::warn!(task = %label, exit_code = code, attempt, "retrying in {wait:?}");
            tokio::select! {
                () = tokio::time::sleep(wait) => {}
                () = self.stopped() => return Ok(code),
            }
            attempt += 1;
        }
    }

    /// The pod of a patch as this machine runs it: its main container (for
    /// its env), metadata and volumes.
    fn local_pod(
        &self,
        label: &str,
        spec: &PodSpec,
        kubernetes_config: &str,
        kube: &crate::kube::LocalKube,
    ) -> Result<LocalPod, WalkError> {
        let main =
            pod::main_container(spec)
                .cloned()
                .ok_or_else(|| WalkError::PodSpecPatchLacks {
                    task: label.to_owned(),
                    missing: "no main container",
                })?;
        let dir = kube.volumes_dir.join(path_name(label));
        let workspace_claim = format!(
            "{}-{}",
            self.run.run_name,
            kfp_driver::podspec::WORKSPACE_VOLUME
        );
        let ctx = pod::VolumeContext {
            sources: &kube.sources,
            pvcs: &kube.pvcs,
            workspace_claim: &workspace_claim,
            dir: &dir,
            can_mount: kube.can_mount.as_ref().map(|_| ()).map_err(String::as_str),
        };
        let volumes = pod::volumes(label, spec, &main, ctx).inspect_err(|_| {
            let _ = std::fs::remove_dir_all(&dir);
        })?;
        let (labels, annotations) =
            pod::pod_metadata(kubernetes_config, &self.run.run_name, &self.run.run_id);
        Ok(LocalPod {
            main,
            labels,
            annotations,
            volumes,
            dir,
        })
    }

    /// An importer's pod that downloads into the run's workspace: the
    /// workspace PVC at `/kfp-workspace`, nothing else.
    fn importer_pod(
        &self,
        label: &str,
        kube: &crate::kube::LocalKube,
    ) -> Result<LocalPod, WalkError> {
        let (volume, mount) =
            kfp_driver::podspec::workspace_mount(&self.run.run_name).map_err(|source| {
                WalkError::ImporterWorkspace {
                    task: label.to_owned(),
                    source,
                }
            })?;
        let spec = PodSpec {
            containers: vec![Container {
                name: kfp_driver::podspec::MAIN_CONTAINER.to_owned(),
                volume_mounts: Some(vec![mount]),
                ..Default::default()
            }],
            volumes: Some(vec![volume]),
            ..Default::default()
        };
        self.local_pod(label, &spec, "", kube)
    }

    /// Whether `user` begins with the SDK's install of the very `kfp` this
    /// machine has.
    fn sdk_install_is_noop(&self, user: &[String]) -> bool {
        if !self.skip_sdk_install {
            return false;
        }
        let Some(pinned) = preamble::pinned_kfp(user) else {
            return false;
        };
        let installed = self.installed_kfp.get_or_init(preamble::installed_kfp);
        installed.as_deref() == Some(pinned)
    }

    /// A launcher slot (`--parallelism`); refused once the run is stopped,
    /// so no step starts after Ctrl-C or SIGTERM.
    async fn slot(&self) -> Result<tokio::sync::SemaphorePermit<'_>, WalkError> {
        let permit = self.slots.acquire().await;
        match (self.signals.termination(), permit) {
            (None, Ok(permit)) => Ok(permit),
            (Some(signal), _) => Err(WalkError::Stopped {
                signal: signal.as_str(),
            }),
            // The slots are never closed while the walk runs.
            (None, Err(_)) => Err(WalkError::Stopped { signal: "closed" }),
        }
    }

    /// Resolves once the run is stopped (SIGINT/SIGTERM to the walk).
    async fn stopped(&self) {
        while self.signals.termination().is_none() {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Mark an execution the walk cannot finish FAILED, with why, and let
    /// its DAGs see it: it must not stay RUNNING.
    async fn fail_execution(&self, id: i64, error: &str) {
        let contexts = self.contexts.borrow().clone();
        let done = async {
            let mut e = self.store.get_executions(&[id]).await?.pop();
            let Some(e) = e.as_mut() else { return Ok(()) };
            e.last_known_state = Some(State::Failed as i32);
            e.custom_properties.insert(
                kfp_step::container::props::ERROR.into(),
                value::string(error),
            );
            self.store.update_execution(e).await?;
            let parent = e
                .custom_properties
                .get(keys::PARENT_DAG_ID)
                .and_then(value::as_int);
            if let (Some(run), Some(parent)) = (contexts, parent) {
                kfp_common::metadata::dag::propagate(self.store, &run, parent).await?;
            }
            Ok::<_, kfp_common::metadata::MetadataError>(())
        };
        if let Err(e) = done.await {
            tracing::error!(
                execution = id,
                "marking the execution FAILED: {}",
                kfp_common::error_chain(&e)
            );
        }
    }

    /// `KFP_POD_NAME` and `KFP_POD_UID`, which the kubelet would set.
    fn pod_env(&self, label: &str) -> Vec<(String, String)> {
        let n = {
            let mut pods = self.pods.borrow_mut();
            *pods += 1;
            *pods
        };
        vec![
            (
                "KFP_POD_NAME".into(),
                format!("{}-{}-{n}", self.run.run_name, path_name(label)),
            ),
            ("KFP_POD_UID".into(), uuid::Uuid::new_v4().to_string()),
        ]
    }

    async fn driver_dag(&self, label: &str, call: DagCall<'_>) -> Result<Outputs, WalkError> {
        let dir = self.driver_dir(label)?;
        let argv = argv::dag_driver(&self.run, call, &dir);
        self.engine.driver(&argv).await
    }

    fn driver_dir(&self, label: &str) -> Result<PathBuf, WalkError> {
        let dir = self.scratch.join("drivers").join(path_name(label));
        match std::fs::create_dir_all(&dir) {
            Ok(()) => Ok(dir),
            Err(source) => Err(WalkError::DriverDir { path: dir, source }),
        }
    }

    /// The importer's execution: the newest child of its DAG with its name;
    /// 0 when it recorded none.
    async fn importer_execution(
        &self,
        task: &PipelineTaskSpec,
        dag_id: i64,
    ) -> Result<i64, WalkError> {
        let contexts = self
            .contexts
            .borrow()
            .clone()
            .ok_or(WalkError::NoContexts)?;
        let name = task
            .task_info
            .as_ref()
            .map(|i| i.name.clone())
            .unwrap_or_default();
        let children = self.store.child_executions(&contexts, dag_id).await?;
        Ok(children
            .iter()
            .filter(|e| {
                e.custom_properties
                    .get(keys::TASK_NAME)
                    .and_then(value::as_str)
                    == Some(name.as_str())
            })
            .filter_map(|e| e.id)
            .max()
            .unwrap_or_default())
    }

    /// Read the task's execution back for the summary; its state name.
    async fn finish(
        &self,
        label: &str,
        execution_id: i64,
        exit_code: i32,
        started: Instant,
    ) -> Result<String, WalkError> {
        let execution = self
            .store
            .get_executions(&[execution_id])
            .await?
            .pop()
            .ok_or(WalkError::ExecutionNotFound { id: execution_id })?;
        let outputs = self
            .store
            .linked_artifacts(&[execution_id], Direction::Output)
            .await?;
        let summary = super::summary::from_record(
            &execution,
            &outputs,
            self.objects.as_deref(),
            exit_code,
            started.elapsed(),
        );
        let state = summary.state.clone();
        let mut tasks = self.tasks.borrow_mut();
        match tasks.get_mut(label) {
            // Settled as SKIPPED by the condition: keep that, add the id.
            Some(t) => t.execution_id = execution_id,
            None => {
                tasks.insert(label.to_owned(), summary);
            }
        }
        Ok(state)
    }
}

/// A task's pod on this machine (see `kube::pod`).
struct LocalPod {
    main: Container,
    labels: BTreeMap<String, String>,
    annotations: BTreeMap<String, String>,
    volumes: Vec<crate::BindMount>,
    /// Where its copies and fresh directories are.
    dir: PathBuf,
}

impl LocalPod {
    /// The main container's env for the attempt whose `KFP_POD_NAME` and
    /// `KFP_POD_UID` are in `pod_env`.
    fn env(
        &self,
        label: &str,
        pod_env: &[(String, String)],
        sources: &crate::kube::Sources,
    ) -> Result<Vec<(String, String)>, WalkError> {
        let get = |k: &str| {
            pod_env
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let meta = pod::PodMeta {
            name: get("KFP_POD_NAME"),
            uid: get("KFP_POD_UID"),
            namespace: crate::LOCAL_NAMESPACE.to_owned(),
            labels: self.labels.clone(),
            annotations: self.annotations.clone(),
            node_name: pod::node_name(),
        };
        Ok(pod::resolve_env(label, &self.main, &meta, sources)?)
    }
}

/// Removes a directory when dropped: a pod's volumes go with it, however
/// the pod ended.
struct RemoveOnDrop(PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if self.0.exists() {
            if let Err(e) = std::fs::remove_dir_all(&self.0) {
                tracing::warn!("removing {}: {e}", self.0.display());
            }
        }
    }
}

/// The delay before retry `attempt + 1` (Argo's backoff: duration ×
/// factor^attempt), and the retry window (`backoffMaxDuration`, Argo's
/// `maxDuration`: no retry starts later than that after the first attempt).
fn backoff(
    policy: Option<&kfp_common::proto::ml_pipelines::pipeline_task_spec::RetryPolicy>,
    attempt: u32,
) -> (Duration, Option<Duration>) {
    let Some(p) = policy else {
        return (Duration::ZERO, None);
    };
    let secs = |d: &Option<kfp_common::proto::wkt::Duration>| {
        d.as_ref()
            .map_or(0.0, |d| d.seconds as f64 + f64::from(d.nanos) / 1e9)
    };
    let factor = if p.backoff_factor > 0.0 {
        p.backoff_factor
    } else {
        1.0
    };
    let wait = secs(&p.backoff_duration) * factor.powi(attempt as i32);
    // At most an hour; 0 × ∞ is NaN, which no `Duration` holds.
    let wait = if wait.is_nan() {
        Duration::ZERO
    } else {
        Duration::from_secs_f64(wait.clamp(0.0, 3600.0))
    };
    let window = secs(&p.backoff_max_duration);
    let window = (window.is_finite() && window > 0.0).then(|| Duration::from_secs_f64(window));
    (wait, window)
}

/// A task path as one file or pod name part.
fn path_name(label: &str) -> String {
    label.replace('/', ".")
}

fn json<T: serde::Serialize>(what: &'static str, v: &T) -> Result<String, WalkError> {
    serde_json::to_string(v).map_err(WalkError::json(what))
}

/// The tasks of the same DAG that `task` must wait for: its
/// `dependentTasks`, and every task whose outputs its inputs take. The SDK
/// leaves a producer out of `dependentTasks` when its output is only used
/// in a resource field (`set_cpu_limit(task.output)`, ...:
/// pipeline_with_string_machine_fields_task_output); started beside its
/// producers, the consumer's driver found their outputs not yet written.
fn upstream_tasks(
    task: &PipelineTaskSpec,
    tasks: &BTreeMap<String, PipelineTaskSpec>,
) -> Vec<String> {
    let mut out = task.dependent_tasks.clone();
    for producer in kfp_common::resolve::producer_tasks(task) {
        if tasks.contains_key(&producer) && !out.contains(&producer) {
            out.push(producer);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use kfp_common::proto::{ml_pipelines::pipeline_task_spec::RetryPolicy, wkt};

    /// A task waits for the tasks whose outputs its inputs take, even those
    /// the SDK left out of `dependentTasks` (outputs used only in resource
    /// fields); a producer outside this DAG (none here) is not waited on.
    #[test]
    fn a_task_waits_for_the_producers_of_its_inputs() {
        let tasks: BTreeMap<String, PipelineTaskSpec> = serde_json::from_value(serde_json::json!({
            "cpu-limit": {},
            "other": {},
            "sum-numbers": {
                "dependentTasks": ["other"],
                "inputs": {"parameters": {
                    "pipelinechannel--cpu-limit-Output": {"taskOutputParameter": {
                        "producerTask": "cpu-limit", "outputParameterKey": "Output"}},
                    "elsewhere": {"taskOutputParameter": {
                        "producerTask": "not-in-this-dag", "outputParameterKey": "Output"}},
                    "cpu_limit": {"runtimeValue": {"constant":
                        "{{$.inputs.parameters['pipelinechannel--cpu-limit-Output']}}"}}
                }}
            }
        }))
        .unwrap();
        assert_eq!(
            upstream_tasks(&tasks["sum-numbers"], &tasks),
            ["other", "cpu-limit"]
        );
        assert!(upstream_tasks(&tasks["cpu-limit"], &tasks).is_empty());
    }

    #[test]
    fn backoff_grows_by_the_factor_within_argos_retry_window() {
        let d = |s: i64| {
            Some(wkt::Duration {
                seconds: s,
                nanos: 0,
            })
        };
        let p = RetryPolicy {
            max_retry_count: 3,
            backoff_duration: d(2),
            backoff_factor: 3.0,
            backoff_max_duration: d(60),
        };
        assert_eq!(
            backoff(Some(&p), 0),
            (Duration::from_secs(2), Some(Duration::from_secs(60)))
        );
        assert_eq!(backoff(Some(&p), 2).0, Duration::from_secs(18));
        assert_eq!(backoff(None, 5), (Duration::ZERO, None));
        let silly = RetryPolicy {
            backoff_factor: f64::INFINITY,
            ..p
        };
        assert_eq!(
            backoff(Some(&silly), 400).0,
            Duration::from_secs(3600),
            "capped, no panic"
        );
    }
}
