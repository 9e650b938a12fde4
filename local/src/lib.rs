//! `launcher local run`: one step of a compiled pipeline on a laptop, no
//! cluster, through the same code that runs in pods.
//!
//! Lineage goes to the embedded SQLite store under `--home`, artifacts to a
//! local object store under `--home/objects/<scheme>/<bucket>` (the pipeline
//! root is KFP's default `minio://mlpipeline/v2/artifacts`, so URIs look
//! exactly as in a cluster). Inputs come from `--param`, component defaults,
//! and the latest successful local run of each upstream task in the same home.

mod args;
pub mod cli;
mod isolation;
pub mod kube;
pub mod launch;
pub mod lineage;
mod owner;
pub mod pipeline;
mod summary;

use std::{collections::BTreeMap, path::PathBuf, time::Instant};

use kfp_common::{
    artifact::runtime_artifact,
    executor_io::{from_json, to_json},
    ir::{IrError, Pipeline},
    metadata::{
        keys, sqlite::SqliteStore, types, value, Direction, MetadataBackend, MetadataError,
        NewExecution, Properties, RunContexts,
    },
    proto::{
        ml_metadata::{self as mlmd, execution::State},
        ml_pipelines::{
            component_spec::Implementation, dag_outputs_spec::dag_output_parameter_spec,
            executor_input::Inputs, pipeline_deployment_config::executor_spec::Spec, ComponentSpec,
            ExecutorInput, PipelineTaskSpec, RuntimeArtifact,
        },
        wkt,
    },
    provision::{provision_outputs, qualify_logs_uri, task_root},
    resolve::{self, ProducerOutputs, RuntimeValues, Scope},
    store::{bucket::parse_bucket_config, session::session_info},
};

pub use args::{parse as parse_args, Isolation, LocalArgs, LocalArgsError};
pub use isolation::BindMount;
pub use summary::{Summary, TaskSummary};

use kfp_step::{
    buckets::{NoSecrets, RunBuckets},
    container,
    execute::{self, Step},
    init::Signals,
};

/// KFP's default pipeline root; a local run keeps it so URIs look the same.
pub use kfp_common::store::providers::DEFAULT_PIPELINE_ROOT as PIPELINE_ROOT;
/// Session info recorded on the run: the local object store
/// (`kfp_common::store::bucket::LOCAL_PROVIDER`).
const SESSION_INFO: &str = r#"{"Provider":"local","Params":{}}"#;
/// The namespace of local runs (cache scope, `namespace` property).
pub const LOCAL_NAMESPACE: &str = "local";

/// Why a local run could not start or record; each names the input at fault.
#[derive(Debug, thiserror::Error)]
pub enum LocalError {
    #[error(transparent)]
    Pipeline(#[from] IrError),
    #[error("task {task:?} is a {kind}; only container tasks run on their own")]
    NotAContainer { task: String, kind: &'static str },
    #[error("--param {name}: the pipeline has no input parameter {name:?} (it has: {known})")]
    UnknownParam { name: String, known: String },
    #[error("cannot create local home {path}")]
    Home {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Resolve(#[from] resolve::ResolveError),
    #[error("upstream task {producer:?} of {task:?} has no successful local run in {home}; run it first: launcher local run {pipeline} --task {producer}")]
    MissingUpstream {
        task: String,
        producer: String,
        home: PathBuf,
        pipeline: PathBuf,
    },
    #[error("recording lineage")]
    Metadata(#[from] MetadataError),
    #[error(transparent)]
    Publish(#[from] container::ContainerError),
    #[error("opening the local object store {path}")]
    Store {
        path: PathBuf,
        #[source]
        source: object_store::Error,
    },
    #[error(transparent)]
    Isolation(#[from] isolation::IsolationError),
    #[error("--pipeline-root {root:?}")]
    PipelineRoot {
        root: String,
        #[source]
        source: kfp_common::store::ConfigError,
    },
    #[error(transparent)]
    Walk(#[from] pipeline::WalkError),
    #[error("the pipeline input {name:?} has no default: pass --param {name}=VALUE")]
    MissingParam { name: String },
    #[error(transparent)]
    Source(#[from] kube::SourceError),
}

impl LocalError {
    pub(crate) fn pipeline_root(
        root: &str,
    ) -> impl FnOnce(kfp_common::store::ConfigError) -> Self + '_ {
        move |source| LocalError::PipelineRoot {
            root: root.to_owned(),
            source,
        }
    }
}

/// Run one task; returns the summary (also for a failed task).
pub async fn run(args: &LocalArgs, signals: &Signals) -> Result<Summary, LocalError> {
    let Some(task_name) = args.task.clone() else {
        return pipeline::run(args, signals).await;
    };
    let pipeline = Pipeline::load(&args.pipeline)?;
    let task = pipeline.find_task(&task_name)?;
    let container = match &task.component.implementation {
        Some(Implementation::Dag(_)) => {
            return Err(LocalError::NotAContainer {
                task: task.path_string(),
                kind: "nested pipeline (DAG)",
            })
        }
        _ => {
            let cname = task
                .task
                .component_ref
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_default();
            match pipeline.executor_of(&cname, task.component)? {
                Spec::Container(c) => c.clone(),
                Spec::Importer(_) => {
                    return Err(LocalError::NotAContainer {
                        task: task.path_string(),
                        kind: "importer",
                    })
                }
                _ => {
                    return Err(LocalError::NotAContainer {
                        task: task.path_string(),
                        kind: "resolver or custom job",
                    })
                }
            }
        }
    };

    let home = &args.home;
    std::fs::create_dir_all(home).map_err(|source| LocalError::Home {
        path: home.clone(),
        source,
    })?;
    for note in owner::close_out_orphans(home).await {
        eprintln!("note: {note}");
    }
    let store = SqliteStore::open(&home.join("metadata.sqlite"))?;
    let root_params = root_parameters(&pipeline, &args.params)?;

    let run_id = uuid::Uuid::new_v4().to_string();
    let root = args.pipeline_root.as_deref().unwrap_or(PIPELINE_ROOT);
    let root_bucket = parse_bucket_config(root).map_err(LocalError::pipeline_root(root))?;
    // A given root is a real bucket (credentials from the environment);
    // the default one lives in the home.
    let session = match &args.pipeline_root {
        Some(r) => Some(session_info(r, None).map_err(LocalError::pipeline_root(r))?),
        None => None,
    };
    let session_json = session
        .as_ref()
        .map(|s| s.to_json())
        .unwrap_or_else(|| SESSION_INFO.to_owned());
    let buckets = RunBuckets::new(
        args.pipeline_root
            .as_ref()
            .map(|_| (root_bucket.clone(), session.clone())),
        NoSecrets,
        Some(home.join("objects")),
    );
    let run_root = kfp_common::store::bucket::run_root(root, pipeline.name(), &run_id);
    let run_props: Properties = [
        (keys::NAMESPACE.to_string(), value::string(LOCAL_NAMESPACE)),
        (
            keys::RESOURCE_NAME.to_string(),
            value::string("run-resource"),
        ),
        (keys::PIPELINE_ROOT.to_string(), value::string(&run_root)),
        (
            keys::STORE_SESSION_INFO.to_string(),
            value::string(SESSION_INFO),
        ),
    ]
    .into_iter()
    .collect();
    let runtime = RuntimeValues {
        job_name: format!("local-{}", pipeline.name()),
        job_resource_name: format!("local-{run_id}"),
        job_uuid: run_id.clone(),
        create_time_utc: String::new(),
        schedule_time_utc: String::new(),
        ..Default::default()
    };
    // Bad input (a missing upstream run, a value of the wrong type) is
    // found before anything is written: the same resolution, dry.
    resolve_task(
        &store,
        &pipeline,
        args,
        &task,
        root_params.clone(),
        &mut runtime.clone(),
        None,
    )
    .await?;

    let _owner = owner::Owner::claim(home, pipeline.name(), &run_id);
    let run = store
        .get_or_create_run(pipeline.name(), &run_id, run_props)
        .await?;
    let root_exec = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::DAG_EXECUTION.into(),
                name: Some(format!("run/{run_id}")),
                state: Some(State::Running),
                custom_properties: [
                    (keys::DISPLAY_NAME.to_string(), value::string("")),
                    (keys::TASK_NAME.to_string(), value::string("")),
                    (
                        keys::INPUTS.to_string(),
                        value::structure(to_struct(&root_params)),
                    ),
                ]
                .into_iter()
                .collect(),
                inputs: vec![],
            },
        )
        .await?;
    // From here on every record this run made ends FAILED if the run
    // cannot finish: none stays RUNNING.
    let mut written = vec![root_exec.clone()];
    let result = run_recorded(
        &store,
        &pipeline,
        args,
        &task,
        &container,
        root_params,
        runtime,
        (&run, root_exec),
        &mut written,
        (&run_root, &session_json, &buckets),
        signals,
    )
    .await;
    if let Err(e) = &result {
        fail_unfinished(&store, &written, &kfp_common::error_chain(e)).await;
    }
    let (finished, duration, isolation_note) = result?;
    let artifacts_out = finished
        .report
        .iter()
        .flat_map(|r| &r.artifacts)
        .map(|out| {
            (
                out.name.clone(),
                out.artifact.uri.clone(),
                out.moved.clone(),
                buckets.local_path(&out.artifact.uri),
            )
        })
        .collect();
    Ok(summary::build(
        &run_id,
        &task.path_string(),
        &finished,
        duration,
        artifacts_out,
        isolation_note,
    ))
}

/// Every enclosing DAG level's inputs and then the task's, resolved as the
/// drivers would; with `record`, a DAG execution per level is recorded
/// under the run (each pushed to `written`) as the DAG driver does. Without
/// it nothing is written: bad input is found before anything exists.
async fn resolve_task(
    store: &SqliteStore,
    pipeline: &Pipeline,
    args: &LocalArgs,
    task: &kfp_common::ir::TaskRef<'_>,
    root_params: BTreeMap<String, wkt::Value>,
    runtime: &mut RuntimeValues,
    mut record: Option<(&RunContexts, i64, &mut Vec<mlmd::Execution>)>,
) -> Result<(Inputs, i64), LocalError> {
    let mut parent_params = root_params;
    let mut parent_artifacts: BTreeMap<String, Vec<RuntimeArtifact>> = BTreeMap::new();
    let mut parent_id = record.as_ref().map_or(0, |(_, root, _)| *root);
    let mut dag_spec_of_level: &ComponentSpec =
        pipeline.root().ok_or_else(|| IrError::NotAPipeline {
            path: pipeline.source.clone(),
        })?;
    for (i, (dag_task, dag_component)) in task.parents.iter().enumerate() {
        let key = &task.path[i];
        let producers =
            fetch_producers(store, pipeline, args, dag_spec_of_level, key, dag_task).await?;
        runtime.task_name = key.clone();
        runtime.task_uuid = parent_id.to_string();
        let inputs = resolve::resolve_inputs(&Scope {
            task_key: key,
            task: dag_task,
            component: dag_component,
            parent_parameters: &parent_params,
            parent_artifacts: &parent_artifacts,
            producers: &producers,
            runtime,
            is_dag: true,
            selector: None,
        })?;
        if let Some((run, _, written)) = record.as_mut() {
            let exec = store
                .create_execution(
                    run,
                    NewExecution {
                        type_name: types::DAG_EXECUTION.into(),
                        name: None,
                        state: Some(State::Running),
                        custom_properties: base_properties(
                            dag_task,
                            key,
                            parent_id,
                            &inputs.parameter_values,
                        ),
                        inputs: artifact_events(&inputs.artifacts),
                    },
                )
                .await?;
            parent_id = exec.id.unwrap_or_default();
            written.push(exec);
        }
        parent_params = inputs.parameter_values;
        parent_artifacts = inputs
            .artifacts
            .into_iter()
            .map(|(k, v)| (k, v.artifacts))
            .collect();
        dag_spec_of_level = dag_component;
    }

    let key = task.name().to_owned();
    let producers =
        fetch_producers(store, pipeline, args, dag_spec_of_level, &key, task.task).await?;
    runtime.task_name = key.clone();
    runtime.task_uuid = parent_id.to_string();
    let mut inputs = resolve::resolve_inputs(&Scope {
        task_key: &key,
        task: task.task,
        component: task.component,
        parent_parameters: &parent_params,
        parent_artifacts: &parent_artifacts,
        producers: &producers,
        runtime,
        is_dag: false,
        selector: None,
    })?;
    // `--param NAME=VALUE` naming one of the task's own inputs wins: the way
    // to feed a task inside a loop, or to try a value without editing the IR.
    for (name, raw) in &args.params {
        let own = task
            .component
            .input_definitions
            .as_ref()
            .is_some_and(|d| d.parameters.contains_key(name));
        if own && !pipeline_has_param(pipeline, name) {
            inputs
                .parameter_values
                .insert(name.clone(), parse_param(raw));
        }
    }
    Ok((inputs, parent_id))
}

/// The recorded part of a single-task run: its DAG levels, the task's
/// execution, the step, the publish, the DAGs closed with the step's
/// state. What it records is pushed to `written`, for the caller to close
/// out if this fails.
#[allow(clippy::too_many_arguments)]
async fn run_recorded(
    store: &SqliteStore,
    pipeline: &Pipeline,
    args: &LocalArgs,
    task: &kfp_common::ir::TaskRef<'_>,
    container: &kfp_common::proto::ml_pipelines::pipeline_deployment_config::PipelineContainerSpec,
    root_params: BTreeMap<String, wkt::Value>,
    mut runtime: RuntimeValues,
    (run, root_exec): (&RunContexts, mlmd::Execution),
    written: &mut Vec<mlmd::Execution>,
    (run_root, session_json, buckets): (&str, &str, &RunBuckets<NoSecrets>),
    signals: &Signals,
) -> Result<(container::Finished, std::time::Duration, Option<String>), LocalError> {
    let root_id = root_exec.id.unwrap_or_default();
    let (inputs, parent_id) = resolve_task(
        store,
        pipeline,
        args,
        task,
        root_params,
        &mut runtime,
        Some((run, root_id, written)),
    )
    .await?;
    let key = task.name().to_owned();
    let salt = uuid::Uuid::new_v4().to_string();
    let root = task_root(run_root, &key, &salt);
    let mut outputs = provision_outputs(task.component, &root, true);
    qualify_logs_uri(&mut outputs, 0);
    let mut container_props = base_properties(task.task, &key, parent_id, &inputs.parameter_values);
    // Which runs produced the parameters: MLMD links artifacts only.
    let recorded = lineage::record::parameter_producers(
        store,
        pipeline.name(),
        task.task,
        &inputs.parameter_values,
    )
    .await?;
    if let Some(v) = kfp_common::metadata::producers::to_value(&recorded) {
        container_props.insert(keys::PARAMETER_PRODUCERS.to_string(), v);
    }
    for (k, v) in [
        (keys::POD_NAME, "local"),
        (keys::POD_UID, ""),
        (keys::NAMESPACE, LOCAL_NAMESPACE),
        (keys::IMAGE, container.image.as_str()),
    ] {
        container_props.insert(k.to_string(), value::string(v));
    }
    let execution = store
        .create_execution(
            run,
            NewExecution {
                type_name: types::CONTAINER_EXECUTION.into(),
                name: None,
                state: Some(State::Running),
                custom_properties: container_props,
                inputs: artifact_events(&inputs.artifacts),
            },
        )
        .await?;
    let execution_id = execution.id;
    written.push(execution.clone());

    let scratch = args
        .home
        .join("runs")
        .join(&runtime.job_uuid)
        .join(task.path.join("/"));
    let (paths, mounts, isolation_note) = isolation::prepare(args.isolation, &scratch, &[])?;
    let mut command = container.command.clone();
    command.extend(container.args.iter().cloned());
    let step = Step {
        executor_input: ExecutorInput {
            inputs: Some(inputs),
            outputs: Some(outputs),
        },
        component: task.component.clone(),
        command,
        paths: paths.clone(),
        runtime: [
            ("pipeline_job_name", &runtime.job_name),
            ("pipeline_job_resource_name", &runtime.job_resource_name),
            ("pipeline_job_uuid", &runtime.job_uuid),
            ("pipeline_task_name", &runtime.task_name),
            ("pipeline_task_uuid", &runtime.task_uuid),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect(),
        env: container
            .env
            .iter()
            .map(|e| (e.name.clone(), e.value.clone()))
            .collect(),
        grace: kfp_step::init::DEFAULT_GRACE,
        publish_logs: true,
        user: execute::UserProcess::Supervise,
    };
    let started = Instant::now();
    let report =
        isolation::with_mounts(&mounts, || execute::run_step(&step, signals, buckets)).await?;
    let duration = started.elapsed();

    // Publish as a task pod does: one write with the output artifacts, so
    // a record that cannot be made fails the task; it never stays RUNNING.
    // A step stopped here (Ctrl-C, SIGTERM) is FAILED with the signal, as a
    // pod and a whole run record it: KFP reads CANCELED as not triggered.
    let finished =
        container::publish_report(store, run, execution, report, session_json, State::Failed)
            .await?;
    // A single-step run closes its DAGs with the step's state (the task's
    // own execution is published).
    for dag in written.iter().rev().filter(|e| e.id != execution_id) {
        let mut d = dag.clone();
        d.last_known_state = Some(finished.state as i32);
        store.update_execution(&d).await?;
    }
    Ok((finished, duration, isolation_note))
}

/// Marks what a failed single-task run recorded FAILED, with why, so that
/// nothing in the home stays RUNNING (best effort: the error that got us
/// here is the one reported).
async fn fail_unfinished(store: &SqliteStore, written: &[mlmd::Execution], error: &str) {
    let ids: Vec<i64> = written.iter().filter_map(|e| e.id).collect();
    let closed = match store.get_executions(&ids).await {
        Ok(stored) => owner::fail_open(store, stored, error).await,
        Err(e) => Err(e),
    };
    if let Err(e) = closed {
        tracing::warn!(error = %kfp_common::error_chain(&e), "could not close out a failed run's executions");
    }
}

fn pipeline_has_param(p: &Pipeline, name: &str) -> bool {
    p.root()
        .and_then(|r| r.input_definitions.as_ref())
        .is_some_and(|d| d.parameters.contains_key(name))
}

/// A `--param` value: JSON when it parses, else the raw string.
fn parse_param(raw: &str) -> wkt::Value {
    match serde_json::from_str::<serde_json::Value>(raw) {
        Ok(v) => from_json(v),
        Err(_) => from_json(serde_json::Value::String(raw.to_owned())),
    }
}

/// [`root_parameters`] of a whole-pipeline run, where every `--param` must
/// name a pipeline input.
fn root_parameters_strict(
    p: &Pipeline,
    params: &[(String, String)],
) -> Result<BTreeMap<String, wkt::Value>, LocalError> {
    if let Some((name, _)) = params.iter().find(|(n, _)| !pipeline_has_param(p, n)) {
        let known = p
            .root()
            .and_then(|r| r.input_definitions.as_ref())
            .map(|d| d.parameters.keys().cloned().collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        return Err(LocalError::UnknownParam {
            name: name.clone(),
            known,
        });
    }
    let values = root_parameters(p, params)?;
    let defs = p.root().and_then(|r| r.input_definitions.as_ref());
    if let Some(name) = defs
        .into_iter()
        .flat_map(|d| d.parameters.keys())
        .find(|n| !values.contains_key(*n))
    {
        return Err(LocalError::MissingParam { name: name.clone() });
    }
    Ok(values)
}

/// `HOST:PORT` of `--mlmd`.
fn parse_mlmd(v: &str) -> Result<(String, u16), String> {
    v.rsplit_once(':')
        .and_then(|(h, p)| Some((h.to_owned(), p.parse().ok()?)))
        .filter(|(h, _)| !h.is_empty())
        .ok_or_else(|| format!("--mlmd {v:?}: expected HOST:PORT"))
}

/// Root input parameters: `--param` values, then defaults; optional inputs
/// without either are null, as the API server fills them (§7.1).
fn root_parameters(
    p: &Pipeline,
    params: &[(String, String)],
) -> Result<BTreeMap<String, wkt::Value>, LocalError> {
    let defs = p
        .root()
        .and_then(|r| r.input_definitions.clone())
        .unwrap_or_default();
    let task_inputs: Vec<String> = p
        .tasks()
        .iter()
        .flat_map(|t| {
            t.component
                .input_definitions
                .iter()
                .flat_map(|d| d.parameters.keys().cloned())
        })
        .collect();
    let mut out = BTreeMap::new();
    for (name, raw) in params {
        if !defs.parameters.contains_key(name) && !task_inputs.contains(name) {
            return Err(LocalError::UnknownParam {
                name: name.clone(),
                known: defs
                    .parameters
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        if defs.parameters.contains_key(name) {
            out.insert(name.clone(), parse_param(raw));
        }
    }
    for (name, def) in &defs.parameters {
        if out.contains_key(name) {
            continue;
        }
        if let Some(d) = &def.default_value {
            out.insert(name.clone(), d.clone());
        } else if def.is_optional {
            out.insert(name.clone(), from_json(serde_json::Value::Null));
        }
    }
    Ok(out)
}

fn base_properties(
    task: &PipelineTaskSpec,
    key: &str,
    parent_dag_id: i64,
    inputs: &BTreeMap<String, wkt::Value>,
) -> Properties {
    let display = task
        .task_info
        .as_ref()
        .map(|i| i.name.clone())
        .unwrap_or_default();
    [
        (keys::DISPLAY_NAME.to_string(), value::string(display)),
        (keys::TASK_NAME.to_string(), value::string(key)),
        (keys::PARENT_DAG_ID.to_string(), value::int(parent_dag_id)),
        (
            keys::INPUTS.to_string(),
            value::structure(to_struct(inputs)),
        ),
    ]
    .into_iter()
    .collect()
}

fn to_struct(values: &BTreeMap<String, wkt::Value>) -> wkt::Struct {
    wkt::Struct {
        fields: values.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
    }
}

/// INPUT events: the artifact ids are the `RuntimeArtifact.name`s (§4.4).
fn artifact_events(
    artifacts: &BTreeMap<String, kfp_common::proto::ml_pipelines::ArtifactList>,
) -> Vec<(String, i64)> {
    artifacts
        .iter()
        .flat_map(|(name, list)| {
            list.artifacts
                .iter()
                .filter_map(|a| a.name.parse::<i64>().ok())
                .map(move |id| (name.clone(), id))
        })
        .collect()
}

/// Outputs of the producer tasks `task` refers to, from the latest successful
/// local runs; a DAG producer is followed through its output selectors.
async fn fetch_producers(
    store: &SqliteStore,
    pipeline: &Pipeline,
    args: &LocalArgs,
    dag: &ComponentSpec,
    task_key: &str,
    task: &PipelineTaskSpec,
) -> Result<BTreeMap<String, ProducerOutputs>, LocalError> {
    let mut out = BTreeMap::new();
    for producer in resolve::producer_tasks(task) {
        let mut found = producer_outputs(store, pipeline, dag, &producer, 0).await?;
        if found.is_none() && resolve::tolerates_unfinished_upstream(task) {
            found = unfinished_producer(store, pipeline, &producer).await?;
        }
        match found {
            Some(p) => {
                out.insert(producer, p);
            }
            None => {
                return Err(LocalError::MissingUpstream {
                    task: task_key.to_owned(),
                    producer,
                    home: args.home.clone(),
                    pipeline: args.pipeline.clone(),
                })
            }
        }
    }
    Ok(out)
}

/// For a task that ignores upstream failures: the producer's latest run if
/// it failed or was canceled (none ever completed here), so that input
/// resolution falls back to the defaults as the whole-pipeline walk does.
/// A producer that never ran here stays "run the upstream first".
async fn unfinished_producer(
    store: &SqliteStore,
    pipeline: &Pipeline,
    producer: &str,
) -> Result<Option<ProducerOutputs>, LocalError> {
    let latest = store
        .latest_task_execution(
            pipeline.name(),
            producer,
            &[
                State::Complete,
                State::Cached,
                State::Failed,
                State::Canceled,
            ],
        )
        .await?;
    match latest {
        Some(exec)
            if matches!(
                exec.last_known_state.and_then(|s| State::try_from(s).ok()),
                Some(State::Failed | State::Canceled)
            ) =>
        {
            Ok(Some(container_outputs(store, &exec, producer).await?))
        }
        _ => Ok(None),
    }
}

fn producer_outputs<'a>(
    store: &'a SqliteStore,
    pipeline: &'a Pipeline,
    dag: &'a ComponentSpec,
    producer: &'a str,
    depth: usize,
) -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<Option<ProducerOutputs>, LocalError>> + Send + 'a>,
> {
    Box::pin(async move {
        let Some(Implementation::Dag(spec)) = &dag.implementation else {
            return Ok(None);
        };
        let Some(ptask) = spec.tasks.get(producer) else {
            return Ok(None);
        };
        let pcomp = pipeline.component_of(producer, ptask)?;
        if let Some(Implementation::Dag(inner)) = &pcomp.implementation {
            if depth > 32 {
                return Ok(None);
            }
            // A nested pipeline: map each of its outputs to the sub-task that
            // produces it (first selector with a successful run, for OneOf).
            let mut merged = ProducerOutputs {
                state: "COMPLETE".into(),
                task_name: producer.to_owned(),
                ..Default::default()
            };
            let outputs = inner.outputs.clone().unwrap_or_default();
            for (name, spec) in &outputs.parameters {
                let selectors = match &spec.kind {
                    Some(dag_output_parameter_spec::Kind::ValueFromParameter(s)) => vec![s.clone()],
                    Some(dag_output_parameter_spec::Kind::ValueFromOneof(s)) => {
                        s.parameter_selectors.clone()
                    }
                    None => vec![],
                };
                for s in selectors {
                    if let Some(sub) =
                        producer_outputs(store, pipeline, pcomp, &s.producer_subtask, depth + 1)
                            .await?
                    {
                        if let Some(v) = sub.parameters.get(&s.output_parameter_key) {
                            merged.parameters.insert(name.clone(), v.clone());
                            break;
                        }
                    }
                }
            }
            for (name, spec) in &outputs.artifacts {
                for s in &spec.artifact_selectors {
                    if let Some(sub) =
                        producer_outputs(store, pipeline, pcomp, &s.producer_subtask, depth + 1)
                            .await?
                    {
                        if let Some(v) = sub.artifacts.get(&s.output_artifact_key) {
                            merged.artifacts.insert(name.clone(), v.clone());
                            break;
                        }
                    }
                }
            }
            return Ok(Some(merged));
        }
        let exec = store
            .latest_task_execution(pipeline.name(), producer, &[State::Complete, State::Cached])
            .await?;
        let Some(exec) = exec else { return Ok(None) };
        Ok(Some(container_outputs(store, &exec, producer).await?))
    })
}

async fn container_outputs(
    store: &SqliteStore,
    exec: &mlmd::Execution,
    producer: &str,
) -> Result<ProducerOutputs, LocalError> {
    let parameters = value::struct_fields(&exec.custom_properties, keys::OUTPUTS);
    let mut artifacts: BTreeMap<String, Vec<RuntimeArtifact>> = BTreeMap::new();
    for linked in store
        .linked_artifacts(&[exec.id.unwrap_or_default()], Direction::Output)
        .await?
    {
        artifacts
            .entry(linked.key)
            .or_default()
            .push(runtime_artifact(&linked.artifact));
    }
    let state = exec
        .last_known_state
        .and_then(|s| State::try_from(s).ok())
        .map(|s| s.as_str_name().to_owned())
        .unwrap_or_default();
    Ok(ProducerOutputs {
        state,
        task_name: producer.to_owned(),
        parameters,
        artifacts,
    })
}

/// The JSON of a parameter value for summaries.
pub fn param_json(v: &wkt::Value) -> serde_json::Value {
    to_json(v)
}
