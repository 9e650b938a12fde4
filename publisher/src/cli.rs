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
};

use kfp_launcher::{args, execute::UserProcess, init::Signals};

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

/// Run the publisher with `argv` (without the program name); returns the exit code.
pub fn main(argv: &[String], signals: &Signals) -> i32 {
    match argv.first().map(String::as_str) {
        Some("close-out") => close_out_main(&argv[1..]),
        Some(mode @ ("publish" | "sidecar")) => publish_main(mode, &argv[1..], signals),
        Some("-h" | "-help" | "--help") => {
            eprintln!("{USAGE}\n\n{}", goflag::usage(CLOSE_OUT_FLAGS));
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    }
}

/// `publish` and `sidecar`: the launcher's container path with the user
/// process replaced by its reported (or awaited) exit code.
fn publish_main(mode: &str, argv: &[String], signals: &Signals) -> i32 {
    let (mut parsed, own) = match args::parse_extended(PUBLISH_FLAGS, argv) {
        Ok(p) => p,
        Err(e) if e.is_help() => {
            eprintln!("{}", goflag::usage(PUBLISH_FLAGS));
            return 0;
        }
        Err(e) => {
            eprintln!("publisher {mode}: {e}");
            return 2;
        }
    };
    let user = if mode == "publish" {
        match own.int("exit_code") {
            code @ 0..=255 => UserProcess::Exited(code as i32),
            _ => {
                eprintln!("publisher publish: --exit_code 0..255 is required");
                return 2;
            }
        }
    } else {
        match own.str("marker") {
            "" => {
                eprintln!("publisher sidecar: --marker is required");
                return 2;
            }
            marker => UserProcess::Marker(marker.into()),
        }
    };
    kfp_launcher::telemetry::init("info");
    // No user command here: the launcher's check for one does not apply.
    if parsed.command.is_empty() {
        parsed.command = vec![format!("(publisher {mode})")];
    }
    kfp_launcher::cli::run_container(&parsed, signals, user)
}

fn close_out_main(argv: &[String]) -> i32 {
    let parsed = match goflag::parse(CLOSE_OUT_FLAGS, argv) {
        Ok(p) => p,
        Err(FlagError::Help) => {
            eprintln!("{USAGE}\n\n{}", goflag::usage(CLOSE_OUT_FLAGS));
            return 0;
        }
        Err(e) => {
            eprintln!("publisher close-out: {e}");
            return 2;
        }
    };
    kfp_common::telemetry::init("info");
    for flag in ["run_id", "pipeline_name", "mlmd_server_address"] {
        if parsed.str(flag).is_empty() {
            eprintln!("publisher close-out: --{flag} is required");
            return 2;
        }
    }
    let Ok(port) = parsed.str("mlmd_server_port").parse::<u16>() else {
        eprintln!(
            "publisher close-out: --mlmd_server_port {:?} is not a port number",
            parsed.str("mlmd_server_port")
        );
        return 2;
    };
    let namespace = match parsed.str("namespace") {
        "" => match read_namespace(Path::new(NAMESPACE_FILE)) {
            Ok(ns) => ns,
            Err(e) => {
                eprintln!("publisher close-out: --namespace not given and {e}");
                return 1;
            }
        },
        ns => ns.to_owned(),
    };
    let options = Options {
        execution_id: Some(parsed.int("execution_id")).filter(|&id| id != 0),
        include_unstarted: parsed.bool("include_unstarted"),
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("publisher close-out: starting the async runtime: {e}");
            return 1;
        }
    };
    let (pipeline, run_id) = (parsed.str("pipeline_name"), parsed.str("run_id"));
    let result = runtime.block_on(async {
        let store = MlmdStore::connect(
            parsed.str("mlmd_server_address"),
            port,
            MlmdOptions::from_env()?,
        )
        .await?;
        let Some(run) = store.get_run(pipeline, run_id).await? else {
            anyhow::bail!("no run {run_id:?} of pipeline {pipeline:?} in MLMD");
        };
        let pods = K8s::in_cluster(Some(namespace)).await?;
        Ok(closeout::close_out(&store, &pods, &run, &options).await?)
    });
    match result {
        Ok(closed) => {
            for c in &closed {
                println!(
                    "closed execution {} ({}): {}",
                    c.execution_id, c.task_name, c.reason
                );
            }
            eprintln!("publisher close-out: {} execution(s) closed", closed.len());
            0
        }
        Err(e) => {
            eprintln!("publisher close-out: {e:#}");
            1
        }
    }
}
