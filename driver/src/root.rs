//! The ROOT_DAG driver (contract §2.4): decides the run's pipeline root and
//! object-store session, creates the run's contexts and its root DAG
//! execution `run/<run_id>` (idempotent: an Argo retry gets the same one).

use std::collections::BTreeMap;

use kfp_common::{
    metadata::{keys, types, value, MetadataBackend, MetadataError, NewExecution, Properties},
    proto::{ml_metadata::execution::State, ml_pipelines::pipeline_job::RuntimeConfig, wkt},
    store::{bucket::run_root, providers::LauncherConfig, session::session_info},
};

use crate::{
    args::DriverArgs,
    outputs::{Condition, Outputs},
};

#[derive(Debug, thiserror::Error)]
pub enum RootError {
    #[error("ROOT_DAG driver: --{flag} {reason}")]
    Flag { flag: &'static str, reason: String },
    #[error("ROOT_DAG driver: object store session for pipeline root {root:?}")]
    Session {
        root: String,
        #[source]
        source: kfp_common::store::ConfigError,
    },
    #[error("ROOT_DAG driver: recording run {run_id} of pipeline {pipeline:?} in ML Metadata")]
    Metadata {
        pipeline: String,
        run_id: String,
        #[source]
        source: MetadataError,
    },
}

/// The ROOT_DAG driver's flags, checked and `--runtime_config` decoded:
/// pure, so the binary runs it before connecting to anything.
pub fn check_flags(args: &DriverArgs) -> Result<RuntimeConfig, RootError> {
    let flag = |flag, reason: &str| RootError::Flag {
        flag,
        reason: reason.to_owned(),
    };
    if args.pipeline_name.is_empty() {
        return Err(flag("pipeline_name", "is required"));
    }
    if args.run_id.is_empty() {
        return Err(flag("run_id", "is required"));
    }
    if !args.task.is_empty() {
        return Err(flag("task", "must be empty for the root DAG"));
    }
    if args.dag_execution_id != 0 {
        return Err(flag("dag_execution_id", "must be 0 for the root DAG"));
    }
    if args.iteration_index >= 0 {
        return Err(flag("iteration_index", "must be negative for the root DAG"));
    }
    let runtime: RuntimeConfig = if args.runtime_config.trim().is_empty() {
        RuntimeConfig::default()
    } else {
        kfp_common::executor_io::from_json_text(args.runtime_config.as_bytes()).map_err(|e| {
            RootError::Flag {
                flag: "runtime_config",
                reason: format!("is not a PipelineJob.RuntimeConfig: {e}"),
            }
        })?
    };
    Ok(runtime)
}

/// Run the ROOT_DAG driver. `config` is the `kfp-launcher` ConfigMap of the
/// run's namespace (default when absent).
pub async fn root_dag<M: MetadataBackend>(
    store: &M,
    args: &DriverArgs,
    namespace: &str,
    config: &LauncherConfig,
) -> Result<Outputs, RootError> {
    root_dag_with_session(store, args, namespace, config, None).await
}

/// [`root_dag`], recording `session` as the run's `store_session_info`
/// instead of the one the configuration implies: a local run keeps KFP's
/// default pipeline root (so URIs look as in a cluster) while its objects
/// live on this machine, and its lineage should say so.
pub async fn root_dag_with_session<M: MetadataBackend>(
    store: &M,
    args: &DriverArgs,
    namespace: &str,
    config: &LauncherConfig,
    session: Option<&str>,
) -> Result<Outputs, RootError> {
    let runtime = check_flags(args)?;

    // §6.1: the run's own root, else the namespace's, else the built-in.
    let root = if runtime.gcs_output_directory.is_empty() {
        config.pipeline_root().to_owned()
    } else {
        runtime.gcs_output_directory.clone()
    };
    let session = match session {
        Some(json) => json.to_owned(),
        None => session_info(&root, config.providers.as_ref())
            .map_err(|source| RootError::Session {
                root: root.clone(),
                source,
            })?
            .to_json(),
    };
    let run_properties: Properties = [
        (keys::NAMESPACE, value::string(namespace)),
        (keys::RESOURCE_NAME, value::string("run-resource")),
        (
            keys::PIPELINE_ROOT,
            value::string(run_root(&root, &args.pipeline_name, &args.run_id)),
        ),
        (keys::STORE_SESSION_INFO, value::string(session)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let metadata = |source| RootError::Metadata {
        pipeline: args.pipeline_name.clone(),
        run_id: args.run_id.clone(),
        source,
    };
    let run = store
        .get_or_create_run(&args.pipeline_name, &args.run_id, run_properties)
        .await
        .map_err(metadata)?;
    let inputs: BTreeMap<String, wkt::Value> = runtime.parameter_values.clone();
    let execution = store
        .create_execution(
            &run,
            NewExecution {
                type_name: types::DAG_EXECUTION.to_owned(),
                name: Some(format!("run/{}", args.run_id)),
                state: Some(State::Running),
                custom_properties: [
                    (keys::DISPLAY_NAME.to_owned(), value::string("")),
                    (keys::TASK_NAME.to_owned(), value::string("")),
                    (
                        keys::INPUTS.to_owned(),
                        value::structure(wkt::Struct {
                            fields: inputs.into_iter().collect(),
                        }),
                    ),
                ]
                .into(),
                inputs: Vec::new(),
            },
        )
        .await
        .map_err(metadata)?;
    Ok(Outputs {
        execution_id: execution.id,
        iteration_count: Some(0),
        condition: Some(Condition::None),
        ..Default::default()
    })
}
