//! `publisher MODE [flags]`, flags in Go syntax like the launcher's.
//!
//! * `publish <launcher flags> --exit_code N`: the user process ran
//!   elsewhere and exited with N; its outputs are on disk. Collect, upload
//!   and publish them exactly as the launcher would after running it.
//! * `sidecar <launcher flags> --marker FILE`: started beside an unwrapped
//!   main container; pre-publishes the pod, waits until FILE (written by the
//!   main container when it ends, holding its exit code) appears or SIGTERM
//!   arrives (a Kubernetes native sidecar is stopped after the main
//!   container), then publishes as `publish` does.
//! * `close-out --run_id R --pipeline_name P --mlmd_server_address H
//!   [--mlmd_server_port 8080] [--namespace NS] [--execution_id ID]
//!   [--include_unstarted]`: see [`crate::closeout`]. Exit 0 when every
//!   execution could be decided (closed or left running), 1 otherwise.

use std::path::Path;

use kfp_common::{
    goflag::{self, Flag, FlagError, Kind},
    k8s::{read_namespace, K8s, NAMESPACE_FILE},
    metadata::{
        grpc::{MlmdOptions, MlmdStore},
        MetadataBackend,
    },
    runtime,
};

use kfp_common::exit::Failure;
use kfp_step::{args, execute::UserProcess, init::Signals, run};

use crate::closeout::{self, Options};

const CLOSE_OUT_FLAGS: &[Flag] = &[
    Flag::new(
        "run_id",
        Kind::String,
        "",
        "the KFP run (UUID) to close out",
    ),
    Flag::new("pipeline_name", Kind::String, "", "the run's pipeline name"),
    Flag::new(
        "mlmd_server_address",
        Kind::String,
        "",
        "the MLMD gRPC server address",
    ),
    Flag::new(
        "mlmd_server_port",
        Kind::String,
        "8080",
        "the MLMD gRPC server port",
    ),
    Flag::new(
        "namespace",
        Kind::String,
        "",
        "namespace of the run's pods (default: this pod's, from the service-account file)",
    ),
    Flag::new("execution_id", Kind::Int, "0", "close only this execution"),
    Flag::new(
        "include_unstarted",
        Kind::Bool,
        "false",
        "the run is over: also close executions whose launcher never started",
    ),
];

const USAGE: &str = "usage: publisher publish LAUNCHER-FLAGS --exit_code N\n       publisher sidecar LAUNCHER-FLAGS --marker FILE\n       publisher close-out --run_id R --pipeline_name P --mlmd_server_address H [--mlmd_server_port 8080] [--namespace NS] [--execution_id ID] [--include_unstarted]";

const PUBLISH_FLAGS: &[Flag] = &[
    Flag::new(
        "exit_code",
        Kind::Int,
        "-1",
        "publish: the user process's exit code (required)",
    ),
    Flag::new(
        "marker",
        Kind::String,
        "",
        "sidecar: the file the main container writes its exit code into when it ends (required)",
    ),
];

/// Run the publisher with `argv` (without the program name).
pub fn main(argv: &[String], signals: &Signals) -> Result<(), Failure> {
    match argv.first().map(String::as_str) {
        Some("close-out") => close_out_main(&argv[1..]),
        Some(mode @ ("publish" | "sidecar")) => publish_main(mode, &argv[1..], signals),
        Some("-h" | "-help" | "--help") => {
            eprintln!("{USAGE}\n\n{}", goflag::usage(CLOSE_OUT_FLAGS));
            Ok(())
        }
        Some(other) => Err(Failure::usage(format!("unknown mode {other:?}\n{USAGE}"))),
        None => Err(Failure::usage(format!("missing mode\n{USAGE}"))),
    }
}

/// `publish` and `sidecar`: the launcher's container path with the user
/// process replaced by its reported (or awaited) exit code.
fn publish_main(mode: &str, argv: &[String], signals: &Signals) -> Result<(), Failure> {
    let (mut parsed, own) = match args::parse_extended(PUBLISH_FLAGS, argv) {
        Ok(p) => p,
        Err(e) if e.is_help() => {
            eprintln!("{}", goflag::usage(PUBLISH_FLAGS));
            return Ok(());
        }
        Err(e @ args::ArgsError::Flag(_)) => return Err(Failure::usage(e)),
        Err(e) => return Err(Failure::internal(e)),
    };
    let user = if mode == "publish" {
        match own.int("exit_code") {
            code @ 0..=255 => UserProcess::Exited(code as i32),
            _ => return Err(Failure::usage("publish: --exit_code 0..255 is required")),
        }
    } else {
        match own.str("marker") {
            "" => return Err(Failure::usage("sidecar: --marker is required")),
            marker => UserProcess::Marker(marker.into()),
        }
    };
    kfp_common::telemetry::init("info");
    // No user command here: the launcher's check for one does not apply.
    if parsed.command.is_empty() {
        parsed.command = vec![format!("(publisher {mode})")];
    }
    let finished = run::container(&parsed, signals, user).map_err(run::RunError::failure)?;
    match (finished.exit_code, finished.error) {
        (0, None) => Ok(()),
        (code, error) => Err(Failure::User {
            code,
            message: error.map(|e| format!("execution {}: {e}", finished.execution_id)),
        }),
    }
}

fn close_out_main(argv: &[String]) -> Result<(), Failure> {
    let parsed = match goflag::parse(CLOSE_OUT_FLAGS, argv) {
        Ok(p) => p,
        Err(FlagError::Help) => {
            eprintln!("{USAGE}\n\n{}", goflag::usage(CLOSE_OUT_FLAGS));
            return Ok(());
        }
        Err(e) => return Err(Failure::usage(e)),
    };
    kfp_common::telemetry::init("info");
    for flag in ["run_id", "pipeline_name", "mlmd_server_address"] {
        if parsed.str(flag).is_empty() {
            return Err(Failure::usage(format!("close-out: --{flag} is required")));
        }
    }
    let port_flag = parsed.str("mlmd_server_port");
    let port = port_flag.parse::<u16>().map_err(|_| {
        Failure::usage(format!(
            "close-out: --mlmd_server_port {port_flag:?} is not a port number"
        ))
    })?;
    let namespace = match parsed.str("namespace") {
        "" => read_namespace(Path::new(NAMESPACE_FILE))
            .map_err(|e| Failure::internal(CloseOutError::Namespace(e)))?,
        ns => ns.to_owned(),
    };
    let options = Options {
        execution_id: Some(parsed.int("execution_id")).filter(|&id| id != 0),
        include_unstarted: parsed.bool("include_unstarted"),
    };
    let (pipeline, run_id) = (parsed.str("pipeline_name"), parsed.str("run_id"));
    let address = parsed.str("mlmd_server_address");
    let closed = runtime::block_on(async {
        let mlmd = |source| CloseOutError::Mlmd {
            address: address.to_owned(),
            port,
            source,
        };
        let options_env = MlmdOptions::from_env().map_err(mlmd)?;
        let store = MlmdStore::connect(address, port, options_env)
            .await
            .map_err(mlmd)?;
        let run = store
            .get_run(pipeline, run_id)
            .await
            .map_err(mlmd)?
            .ok_or_else(|| CloseOutError::NoRun {
                run_id: run_id.to_owned(),
                pipeline: pipeline.to_owned(),
            })?;
        let pods = K8s::in_cluster(Some(namespace))
            .await
            .map_err(CloseOutError::Kubernetes)?;
        Ok::<_, CloseOutError>(closeout::close_out(&store, &pods, &run, &options).await?)
    })
    .map_err(Failure::internal)?
    .map_err(Failure::internal)?;
    for c in &closed {
        println!(
            "closed execution {} ({}): {}",
            c.execution_id, c.task_name, c.reason
        );
    }
    eprintln!("publisher close-out: {} execution(s) closed", closed.len());
    Ok(())
}

/// Why `close-out` could not decide the run's executions.
#[derive(Debug, thiserror::Error)]
enum CloseOutError {
    #[error("--namespace not given, and the pod's namespace is unknown")]
    Namespace(#[source] kfp_common::k8s::K8sError),
    #[error("ML Metadata at {address}:{port} (--mlmd_server_address, --mlmd_server_port)")]
    Mlmd {
        address: String,
        port: u16,
        #[source]
        source: kfp_common::metadata::MetadataError,
    },
    #[error("no run {run_id:?} of pipeline {pipeline:?} in ML Metadata")]
    NoRun { run_id: String, pipeline: String },
    #[error("the Kubernetes API (the run's pods)")]
    Kubernetes(#[source] kfp_common::k8s::K8sError),
    #[error(transparent)]
    CloseOut(#[from] closeout::CloseOutError),
}
