//! Dispatch of the launcher's command line to its modes, and the exit code
//! each outcome maps to (contract: 1 for any launcher failure; the user
//! process's own code, or 128+N, when it ran).

use crate::{args, copy, init, telemetry};

/// Exit code of a command line Go's `flag` package rejects (it exits 2).
pub const USAGE_ERROR: i32 = 2;

/// Run the launcher with `argv` (without the program name); returns the exit code.
pub fn main(argv: &[String], signals: &init::Signals) -> i32 {
    match argv.first().map(String::as_str) {
        Some("local") => return local_main(&argv[1..], signals),
        Some("transfer") => {
            telemetry::init("warn");
            return crate::transfer_cli::main(&argv[1..]);
        }
        _ => {}
    }
    let parsed = match args::parse(argv) {
        Ok(a) => a,
        Err(e) if e.is_help() => {
            eprintln!("{}\n\nLocal runs: launcher local run --help", args::usage());
            return 0;
        }
        Err(e @ args::ArgsError::Flag(_)) => {
            eprintln!("launcher: {e}");
            return USAGE_ERROR;
        }
        Err(e) => {
            eprintln!("launcher: {e}");
            return init::LAUNCHER_FAILURE;
        }
    };
    if let Some(dest) = &parsed.copy {
        return match copy::copy_self(dest) {
            Ok(_) => 0,
            Err(e) => {
                eprintln!("launcher: {}", crate::execute::chain(&e));
                init::LAUNCHER_FAILURE
            }
        };
    }
    telemetry::init("info");
    match parsed.mode() {
        args::Mode::Container => run_container(&parsed, signals, Default::default()),
        args::Mode::Importer => run_importer(&parsed, signals),
        // `--copy` returned above.
        args::Mode::Copy => init::LAUNCHER_FAILURE,
    }
}

/// What both cluster modes do first: validate the flags, find the pod's
/// namespace, parse the MLMD port, start the runtime. `None` after saying
/// why on standard error.
fn prologue(
    parsed: &args::LauncherArgs,
    task_api_flag: &str,
    mlmd_flag: &str,
) -> Option<(String, u16, tokio::runtime::Runtime)> {
    if let Err(e) = parsed.validate() {
        eprintln!("launcher: {e}");
        return None;
    }
    if parsed.shape() == args::Shape::TaskApi {
        eprintln!("launcher: the KFP task API shape ({task_api_flag}) is not supported yet; use the MLMD shape ({mlmd_flag})");
        return None;
    }
    let namespace = match pod_namespace(parsed) {
        Ok(ns) => ns,
        Err(e) => {
            eprintln!("launcher: {e}");
            return None;
        }
    };
    let Ok(port) = parsed.mlmd_server_port.parse::<u16>() else {
        eprintln!(
            "launcher: --mlmd_server_port {:?} is not a port number",
            parsed.mlmd_server_port
        );
        return None;
    };
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => Some((namespace, port, runtime)),
        Err(e) => {
            eprintln!("launcher: starting the async runtime: {e}");
            None
        }
    }
}

/// Importer mode (contract §3.9): validate → connect → import → exit code.
pub fn run_importer(parsed: &args::LauncherArgs, signals: &init::Signals) -> i32 {
    use crate::{buckets::InClusterSecrets, importer};
    use kfp_common::metadata::grpc::{MlmdOptions, MlmdStore};

    let Some((namespace, port, runtime)) = prologue(parsed, "--parent_task_id", "--parent_dag_id")
    else {
        return init::LAUNCHER_FAILURE;
    };
    kfp_common::store::open::install_crypto_provider();
    let result = runtime.block_on(async {
        let mut options = MlmdOptions::from_env()?;
        options.tls = parsed
            .metadata_tls_enabled
            .then(|| kfp_common::metadata::grpc::TlsOptions {
                ca_cert_path: (!parsed.ca_cert_path.is_empty())
                    .then(|| parsed.ca_cert_path.clone().into()),
            });
        let store = MlmdStore::connect(&parsed.mlmd_server_address, port, options).await?;
        let config = importer::InClusterLauncherConfig {
            namespace: namespace.clone(),
        };
        let deps = importer::Importer {
            store: &store,
            secrets: InClusterSecrets::new(namespace.clone()),
            config: &config,
            paths: kfp_common::uri::PathMap::identity(),
            namespace,
        };
        let finished = importer::run(parsed, deps, signals).await?;
        tracing::info!(mlmd_round_trips = store.round_trips(), "done");
        anyhow::Ok(finished)
    });
    match result {
        Ok(finished) => {
            if let Some(e) = &finished.error {
                eprintln!(
                    "launcher: importer execution {}: {e}",
                    finished.execution_id
                );
            }
            finished.exit_code
        }
        Err(e) => {
            eprintln!("launcher: {}", kfp_common::error_chain(e.as_ref()));
            init::LAUNCHER_FAILURE
        }
    }
}

/// Container mode: validate → connect → run → exit code (contract §3.3).
/// The publisher runs the same path for a user process that ran elsewhere.
pub fn run_container(
    parsed: &args::LauncherArgs,
    signals: &init::Signals,
    user: crate::execute::UserProcess,
) -> i32 {
    use crate::{buckets::InClusterSecrets, container};
    use kfp_common::metadata::grpc::{MlmdOptions, MlmdStore};

    let Some((namespace, port, runtime)) = prologue(parsed, "--task_id", "--execution_id") else {
        return init::LAUNCHER_FAILURE;
    };
    kfp_common::store::open::install_crypto_provider();
    let result = runtime.block_on(async {
        // `--metadata_tls_enabled` covers MLMD and the API server (contract §2.1).
        let tls = parsed
            .metadata_tls_enabled
            .then(|| kfp_common::metadata::grpc::TlsOptions {
                ca_cert_path: (!parsed.ca_cert_path.is_empty())
                    .then(|| parsed.ca_cert_path.clone().into()),
            });
        let mut options = MlmdOptions::from_env()?;
        options.tls = tls.clone();
        let store = MlmdStore::connect(&parsed.mlmd_server_address, port, options).await?;
        let api = match cache_target(parsed)? {
            Some((host, port)) => Some(
                kfp_common::cache::ApiTaskCache::connect(&host, port, tls)
                    .await
                    .map_err(|e| anyhow::anyhow!(kfp_common::error_chain(&e)))?,
            ),
            None => None,
        };
        let cluster = container::Cluster {
            store: &store,
            secrets: InClusterSecrets::new(namespace.clone()),
            // No API server: caching off, or the entries live in MLMD.
            cache: &api,
            paths: kfp_common::uri::PathMap::identity(),
            namespace,
            retry_index: retry_index(),
            grace: init::DEFAULT_GRACE,
            user,
            local_objects: None,
        };
        let finished = container::run(parsed, cluster, signals).await?;
        tracing::info!(mlmd_round_trips = store.round_trips(), "done");
        anyhow::Ok(finished)
    });
    match result {
        Ok(finished) => {
            if let Some(e) = &finished.error {
                eprintln!("launcher: execution {}: {e}", finished.execution_id);
            }
            finished.exit_code
        }
        Err(e) => {
            eprintln!("launcher: {e:#}");
            init::LAUNCHER_FAILURE
        }
    }
}

/// The pod's namespace: `--namespace` (task-API shape), else the
/// service-account file, as upstream requires.
fn pod_namespace(parsed: &args::LauncherArgs) -> Result<String, String> {
    if !parsed.namespace.is_empty() {
        return Ok(parsed.namespace.clone());
    }
    kfp_common::k8s::read_namespace(std::path::Path::new(kfp_common::k8s::NAMESPACE_FILE))
        .map_err(|e| format!("the pod's namespace (pass --namespace outside a pod): {e}"))
}

/// The KFP API server to store cache entries in, unless caching is off or
/// the entries live in MLMD (`--cache_store mlmd`).
fn cache_target(parsed: &args::LauncherArgs) -> anyhow::Result<Option<(String, u16)>> {
    if parsed.cache_disabled {
        return Ok(None);
    }
    match parsed.cache_store.as_str() {
        "mlmd" => Ok(None),
        "api" => {
            let port = parsed.ml_pipeline_server_port.parse().map_err(|_| {
                anyhow::anyhow!(
                    "--ml_pipeline_server_port {:?} is not a port number",
                    parsed.ml_pipeline_server_port
                )
            })?;
            Ok(Some((parsed.ml_pipeline_server_address.clone(), port)))
        }
        other => anyhow::bail!("--cache_store {other:?}: expected \"api\" or \"mlmd\""),
    }
}

/// `launcher local lineage`: the upstream lineage of an artifact or an
/// execution, as a tree or JSON.
#[cfg(feature = "sqlite")]
fn local_lineage(argv: &[String]) -> i32 {
    use crate::local::lineage;
    let args = match lineage::parse_args(argv) {
        Ok(a) => a,
        Err(e) if argv.iter().any(|a| a == "-h" || a == "--help") => {
            println!("{e}");
            return 0;
        }
        Err(e) => {
            eprintln!("launcher local lineage: {e}");
            return init::LAUNCHER_FAILURE;
        }
    };
    // "warn" would print the MLMD client's retry warnings as JSON lines.
    telemetry::init("error");
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("launcher local lineage: starting the async runtime: {e}");
            return init::LAUNCHER_FAILURE;
        }
    };
    let mut stdout = std::io::stdout().lock();
    match runtime.block_on(lineage::run(&args, &mut stdout)) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("launcher local lineage: {}", kfp_common::error_chain(&e));
            init::LAUNCHER_FAILURE
        }
    }
}

/// `launcher local launch`: one task of a local pipeline run, started by
/// the walk (see `local::launch`).
#[cfg(feature = "sqlite")]
fn local_launch(argv: &[String], signals: &init::Signals) -> i32 {
    use crate::local::launch;
    let args = match launch::parse(argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("launcher {e}");
            return init::LAUNCHER_FAILURE;
        }
    };
    telemetry::init("warn");
    kfp_common::store::open::install_crypto_provider();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("launcher local launch: starting the async runtime: {e}");
            return init::LAUNCHER_FAILURE;
        }
    };
    match runtime.block_on(launch::run(&args, signals)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("launcher local launch: {e}");
            init::LAUNCHER_FAILURE
        }
    }
}

/// Argo's retry index of this attempt (`KFP_RETRY_INDEX`, set for tasks with
/// a retry policy); 0 otherwise.
pub(crate) fn retry_index() -> u32 {
    std::env::var("KFP_RETRY_INDEX")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

#[cfg(not(feature = "sqlite"))]
fn local_main(_argv: &[String], _signals: &init::Signals) -> i32 {
    eprintln!("launcher local: this build has no local runs (built without the `sqlite` feature, as pod images are)");
    init::LAUNCHER_FAILURE
}

#[cfg(feature = "sqlite")]
fn local_main(argv: &[String], signals: &init::Signals) -> i32 {
    use crate::local;
    match argv.first().map(String::as_str) {
        Some("launch") => return local_launch(&argv[1..], signals),
        Some("lineage") => return local_lineage(&argv[1..]),
        _ => {}
    }
    let args = match local::parse_args(argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("launcher local: {e}");
            return if argv.iter().any(|a| a == "-h" || a == "--help") {
                0
            } else {
                init::LAUNCHER_FAILURE
            };
        }
    };
    telemetry::init("warn");
    // With --json, stdout carries only the summary: the step's own output
    // goes to stderr, and the summary to the original stdout.
    let json_out = if args.json {
        match nix::unistd::dup(std::io::stdout()).and_then(|saved| {
            nix::unistd::dup2_stdout(std::io::stderr())?;
            Ok(std::fs::File::from(saved))
        }) {
            Ok(f) => Some(f),
            Err(e) => {
                eprintln!("launcher local: redirecting the step's stdout: {e}");
                return init::LAUNCHER_FAILURE;
            }
        }
    } else {
        None
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("launcher local: starting the async runtime: {e}");
            return init::LAUNCHER_FAILURE;
        }
    };
    match runtime.block_on(local::run(&args, signals)) {
        Ok(summary) => {
            if let Some(mut out) = json_out {
                use std::io::Write;
                if let Err(e) = writeln!(out, "{}", summary.to_json()) {
                    eprintln!("launcher local: writing the summary: {e}");
                    return init::LAUNCHER_FAILURE;
                }
            } else {
                eprint!("{}", summary.to_text());
            }
            summary.exit_code()
        }
        Err(e) => {
            eprintln!("launcher local: {}", crate::execute::chain(&e));
            init::LAUNCHER_FAILURE
        }
    }
}
