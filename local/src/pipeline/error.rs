//! Why the walk could not run a task, or a task's driver or launcher. The
//! text (`kfp_common::error_chain`) becomes the task's `error` in the
//! summary and, when its execution exists, the execution's.

use std::{error::Error, path::PathBuf};

use kfp_common::{ir::IrError, metadata::MetadataError};

#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    #[error(transparent)]
    Pipeline(#[from] IrError),
    #[error("{}: no root DAG", path.display())]
    NoRoot { path: PathBuf },
    #[error("encoding the {what} as JSON")]
    Json {
        what: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("a driver's command line")]
    DriverArgs(#[source] kfp_driver::args::ArgsError),
    /// A driver failed; when its execution exists, `execution` is its id.
    /// The driver's own error names its type (`CONTAINER driver: task …`),
    /// so this message does not repeat it.
    #[error("the driver{}", execution.map(|id| format!(" (execution {id})")).unwrap_or_default())]
    Driver {
        driver_type: &'static str,
        execution: Option<i64>,
        #[source]
        source: Box<dyn Error + Send + Sync>,
    },
    #[error("driver exited with code {code}")]
    DriverExit { code: i32 },
    #[error("ROOT_DAG driver wrote no execution id")]
    NoRootExecution,
    #[error("driver output directory {}", path.display())]
    DriverDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "starting the {program} of task {task}: its argument {index} is {size} bytes, over \
         Linux's limit of 131072 for one argument (MAX_ARG_STRLEN); a pipeline parameter this \
         large cannot reach a step (KFP passes them on command lines too): pass it as an artifact"
    )]
    ArgumentTooLong {
        program: &'static str,
        task: String,
        index: usize,
        size: usize,
    },
    #[error("starting the {program} of task {task}")]
    Spawn {
        program: &'static str,
        task: String,
        #[source]
        source: std::io::Error,
    },
    #[error("waiting for the {program} of task {task}")]
    Wait {
        program: &'static str,
        task: String,
        #[source]
        source: Box<dyn Error + Send + Sync>,
    },
    #[error("task {task}: pod spec patch is not JSON")]
    PodSpecPatch {
        task: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("task {task}: the importer's workspace mount")]
    ImporterWorkspace {
        task: String,
        #[source]
        source: kfp_driver::podspec::PatchError,
    },
    #[error("task {task}: the importer exited with code {code} before recording an execution (its error is in the log above)")]
    ImporterExited { task: String, code: i32 },
    #[error("task {task}: pod spec patch has {missing}")]
    PodSpecPatchLacks { task: String, missing: &'static str },
    #[error("task {task}: component {component:?} is a resolver or custom job, which runs only in a cluster")]
    ClusterOnly { task: String, component: String },
    #[error("the run was stopped ({signal}) before this step started")]
    Stopped { signal: &'static str },
    #[error("the run's contexts are unknown")]
    NoContexts,
    #[error("recording lineage")]
    Metadata(#[from] MetadataError),
    /// Boxed: the largest error, and rare.
    #[error(transparent)]
    Pod(Box<crate::kube::PodError>),
    #[error("execution {id} not found")]
    ExecutionNotFound { id: i64 },
}

impl From<crate::kube::PodError> for WalkError {
    fn from(e: crate::kube::PodError) -> Self {
        WalkError::Pod(Box::new(e))
    }
}

impl WalkError {
    /// The text a summary and an execution carry.
    pub fn message(&self) -> String {
        kfp_common::error_chain(self)
    }

    pub(crate) fn json(what: &'static str) -> impl FnOnce(serde_json::Error) -> Self {
        move |source| WalkError::Json { what, source }
    }
}
