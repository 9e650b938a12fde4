//! Kubernetes platform ops of the CONTAINER driver (contract §2.11):
//! `argostub/createpvc` and `argostub/deletepvc` tasks, which the driver
//! carries out itself (no launcher, no pod spec patch).

use kfp_common::{
    metadata::MetadataBackend,
    proto::ml_pipelines::{
        executor_input::Inputs, pipeline_deployment_config::PipelineContainerSpec,
    },
};

use crate::{
    args::DriverArgs,
    container::{ContainerError, Env, OutputCheck},
    outputs::Outputs,
    run::RunView,
    task::Specs,
};

/// Whether a container image names a platform op instead of a user image.
pub fn is_platform_op(image: &str) -> bool {
    image.starts_with("argostub/")
}

/// What the CONTAINER driver resolved before dispatching here.
#[derive(Debug)]
pub struct Op<'a> {
    pub specs: &'a Specs,
    pub task_name: &'a str,
    pub container: &'a PipelineContainerSpec,
    pub view: &'a RunView,
    pub inputs: Inputs,
    /// The evaluated trigger condition (`None`: the task has none).
    pub condition: Option<bool>,
}

/// Carry out a platform op (§2.11).
pub async fn platform_op<M: MetadataBackend, O: OutputCheck>(
    _env: &Env<'_, M, O>,
    _args: &DriverArgs,
    op: &Op<'_>,
) -> Result<Outputs, ContainerError> {
    Err(ContainerError::Spec {
        task: op.task_name.to_owned(),
        reason: format!(
            "Kubernetes platform op {:?} (createpvc/deletepvc) is not implemented yet",
            op.container.image
        ),
    })
}
