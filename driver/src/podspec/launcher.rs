//! The `main` container's command line (contract §2.10, Appendix A): the
//! launcher with its flags, `--`, then the user's command and args.

use k8s_openapi::api::core::v1::EnvVar;
use kfp_common::executor_io;
use kfp_common::flags::CacheStore;
use kfp_common::gojson::{self, GoJson};
use kfp_common::proto::ml_pipelines::pipeline_deployment_config::PipelineContainerSpec;
use kfp_common::proto::ml_pipelines::ExecutorInput;

use super::{placeholder, PatchContext, PatchError, LAUNCHER_PATH};

/// The launcher command in master's shape (§7.6): every flag always
/// present, bools as `--flag=<bool>`, `$(KFP_POD_*)` expanded by the kubelet
/// from the template's env.
pub(super) fn command(
    ctx: &PatchContext<'_>,
    ei: &ExecutorInput,
) -> Result<Vec<String>, PatchError> {
    let a = ctx.args;
    let c = &a.connection;
    let executor_input =
        executor_io::executor_input_json(ei).map_err(|e| PatchError::Serialize {
            what: "ExecutorInput",
            source: Box::new(e),
        })?;
    let component_spec = component_json(ctx)?;
    let execution_id = ctx.execution_id.to_string();
    let flag = |name: &str, on: bool| format!("--{name}={on}");
    let ml_tls = flag("ml_pipeline_tls_enabled", c.ml_pipeline_tls_enabled);
    let mlmd_tls = flag("metadata_tls_enabled", c.metadata_tls_enabled);
    let cache_disabled = flag("cache_disabled", c.cache_disabled);
    let publish_logs = if a.publish_logs { "true" } else { "false" };
    let parts: [&str; 34] = [
        LAUNCHER_PATH,
        "--executor_type",
        "container",
        "--pipeline_name",
        &a.pipeline_name,
        "--run_id",
        &a.run_id,
        "--execution_id",
        &execution_id,
        "--executor_input",
        &executor_input,
        "--component_spec",
        &component_spec,
        "--pod_name",
        "$(KFP_POD_NAME)",
        "--pod_uid",
        "$(KFP_POD_UID)",
        "--ml_pipeline_server_address",
        &c.ml_pipeline_server_address,
        "--ml_pipeline_server_port",
        &c.ml_pipeline_server_port,
        "--mlmd_server_address",
        &c.mlmd_server_address,
        "--mlmd_server_port",
        &c.mlmd_server_port,
        "--publish_logs",
        publish_logs,
        &ml_tls,
        &mlmd_tls,
        "--ca_cert_path",
        &c.ca_cert_path,
        &cache_disabled,
        "--log_level",
        &a.log_level,
    ];
    let mut command: Vec<String> = parts.iter().map(|s| (*s).to_owned()).collect();
    // Ours, not upstream's: with cache entries in MLMD the launcher must not
    // look for an API server to store them in. The default (`api`) keeps
    // the command line exactly upstream's.
    if c.cache_store == CacheStore::Mlmd {
        command.extend([format!("--{}", CacheStore::FLAG), c.cache_store.to_string()]);
    }
    command.push("--".to_owned());
    Ok(command)
}

/// ComponentSpec as Go protojson writes it (whole numbers as `3`), which the
/// launcher parses strictly.
fn component_json(ctx: &PatchContext<'_>) -> Result<String, PatchError> {
    let mut value = serde_json::to_value(ctx.component).map_err(|e| PatchError::Serialize {
        what: "ComponentSpec",
        source: Box::new(e),
    })?;
    gojson::integral_floats_to_ints(&mut value);
    Ok(GoJson::PROTOJSON.to_string(&value))
}

/// `container.env` then the proxy variables the driver was given (Go's
/// proxy config: lower- and upper-case name, only when set).
pub(super) fn user_env(ctx: &PatchContext<'_>) -> Vec<EnvVar> {
    let mut env: Vec<EnvVar> = ctx
        .container
        .env
        .iter()
        .map(|e| plain_env(&e.name, &e.value))
        .collect();
    let a = ctx.args;
    for (lower, upper, value) in [
        ("http_proxy", "HTTP_PROXY", &a.http_proxy),
        ("https_proxy", "HTTPS_PROXY", &a.https_proxy),
        ("no_proxy", "NO_PROXY", &a.no_proxy),
    ] {
        if !value.is_empty() {
            env.push(plain_env(lower, value));
            env.push(plain_env(upper, value));
        }
    }
    env
}

fn plain_env(name: &str, value: &str) -> EnvVar {
    EnvVar {
        name: name.to_owned(),
        value: Some(value.to_owned()),
        value_from: None,
    }
}

/// `container.command` then `container.args` through the driver's pass of
/// the placeholders (`IfPresent` decided, input parameters substituted,
/// `Concat` joined where complete); the rest is left for the launcher.
/// Unlike KFP's driver, elements naming outputs get the same pass: it
/// substitutes only what the driver knows, and the launcher sees the rest.
pub(super) fn user_args(
    container: &PipelineContainerSpec,
    inputs: &placeholder::Inputs<'_>,
) -> Result<Vec<String>, PatchError> {
    let command = container
        .command
        .iter()
        .enumerate()
        .map(|(i, e)| (format!("container.command[{i}]"), e.as_str()));
    let args = container
        .args
        .iter()
        .enumerate()
        .map(|(i, e)| (format!("container.args[{i}]"), e.as_str()));
    Ok(placeholder::command_line(command.chain(args), inputs)?)
}
