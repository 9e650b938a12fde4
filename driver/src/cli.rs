//! `driver fingerprint --cache-key FILE`: the fingerprint of a `CacheKey`
//! JSON (protojson, as KFP logs it), byte-compatible with KFP's Go driver;
//! `--canonical` also prints the bytes that are hashed. `FILE` may be `-`
//! (standard input). The tool a user reaches for when a step did not hit the
//! cache: compare the canonical bytes of two keys.

use std::io::Read;

use kfp_common::fingerprint;

const USAGE: &str = "usage: driver --type ROOT_DAG|DAG|CONTAINER [KFP driver flags]\n       driver fingerprint --cache-key FILE|- [--canonical]";

/// Run the driver with `argv` (without the program name); returns the exit code.
pub fn main(argv: &[String]) -> i32 {
    match argv.first().map(String::as_str) {
        Some("fingerprint") => fingerprint_main(&argv[1..]),
        _ => driver_main(argv),
    }
}

/// KFP's driver command line: parse → connect → run → output files → exit code.
fn driver_main(argv: &[String]) -> i32 {
    use crate::args::{self, ArgsError, DriverType};
    let parsed = match args::parse(argv) {
        Ok(p) => p,
        Err(ArgsError::Flag(kfp_common::goflag::FlagError::Help)) => {
            eprintln!("{}\n\n{USAGE}", kfp_common::goflag::usage(args::FLAGS));
            return 0;
        }
        Err(e) => {
            eprintln!("driver: {e}");
            return 1;
        }
    };
    kfp_common::telemetry::init("info");
    if parsed.driver_type != DriverType::RootDag {
        eprintln!(
            "driver: the {} driver is not implemented yet (issue 5); ROOT_DAG and `driver fingerprint` are",
            parsed.driver_type.as_str()
        );
        return 1;
    }
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("driver: starting the async runtime: {e}");
            return 1;
        }
    };
    let result = runtime.block_on(root_main(&parsed));
    match result {
        Ok(outputs) => match outputs.write(&parsed) {
            Ok(()) => 0,
            Err(errors) => {
                for e in errors {
                    eprintln!("driver: {}", kfp_common::error_chain(&e));
                }
                1
            }
        },
        Err(e) => {
            eprintln!("driver: {e:#}");
            1
        }
    }
}

async fn root_main(parsed: &crate::args::DriverArgs) -> anyhow::Result<crate::outputs::Outputs> {
    use kfp_common::{
        k8s::{read_namespace, K8s, NAMESPACE_FILE},
        metadata::grpc::{MlmdOptions, MlmdStore, TlsOptions},
        store::config::LauncherConfig,
    };
    let namespace = if parsed.namespace.is_empty() {
        read_namespace(std::path::Path::new(NAMESPACE_FILE))?
    } else {
        parsed.namespace.clone()
    };
    let port: u16 = parsed.mlmd_server_port.parse().map_err(|_| {
        anyhow::anyhow!(
            "--mlmd_server_port {:?} is not a port number",
            parsed.mlmd_server_port
        )
    })?;
    let mut options = MlmdOptions::from_env()?;
    options.tls = parsed.metadata_tls_enabled.then(|| TlsOptions {
        ca_cert_path: (!parsed.ca_cert_path.is_empty()).then(|| parsed.ca_cert_path.clone().into()),
    });
    let store = MlmdStore::connect(&parsed.mlmd_server_address, port, options).await?;
    // The namespace's kfp-launcher ConfigMap (absence is not an error);
    // outside a pod there is no API server to ask.
    let config = if std::env::var_os("KUBERNETES_SERVICE_HOST").is_some() {
        let k8s = K8s::in_cluster(Some(namespace.clone())).await?;
        match k8s.config_map("kfp-launcher").await? {
            Some(data) => LauncherConfig::from_config_map_data(&data)?,
            None => LauncherConfig::default(),
        }
    } else {
        tracing::warn!("not in a pod: no kfp-launcher ConfigMap, built-in pipeline root");
        LauncherConfig::default()
    };
    let outputs = crate::root::root_dag(&store, parsed, &namespace, &config).await?;
    tracing::info!(execution = ?outputs.execution_id, mlmd_round_trips = store.round_trips(), "root DAG recorded");
    Ok(outputs)
}

fn fingerprint_main(argv: &[String]) -> i32 {
    let mut file = None;
    let mut canonical = false;
    let mut args = argv.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--cache-key" | "--cache_key" => file = args.next().cloned(),
            "--canonical" => canonical = true,
            other => {
                eprintln!("driver fingerprint: unknown argument {other:?}\n{USAGE}");
                return 2;
            }
        }
    }
    let Some(file) = file else {
        eprintln!("driver fingerprint: --cache-key FILE is required\n{USAGE}");
        return 2;
    };
    let text = if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map(|_| s)
            .map_err(|e| format!("reading the cache key from standard input: {e}"))
    } else {
        std::fs::read_to_string(&file).map_err(|e| format!("--cache-key {file}: {e}"))
    };
    let bytes = text.and_then(|t| {
        fingerprint::canonical_json(&t)
            .map_err(|e| format!("--cache-key {file}: {}", kfp_common::error_chain(&e)))
    });
    match bytes {
        Ok(bytes) => {
            if canonical {
                println!("{bytes}");
            }
            println!("{}", fingerprint::fingerprint(&bytes).unwrap_or_default());
            0
        }
        Err(e) => {
            eprintln!("driver fingerprint: {e}");
            1
        }
    }
}
