//! The driver's command line: KFP's (`--type ROOT_DAG|DAG|CONTAINER`, Go
//! flag syntax), and `driver fingerprint --cache-key FILE`: the fingerprint
//! of a `CacheKey` JSON (protojson, as KFP and this driver log it),
//! byte-compatible with KFP's Go driver; `--canonical` also prints the bytes
//! that are hashed, `--explain` the key part by part, and `--against FILE`
//! which parts differ from a second key. `FILE` may be `-` (standard input).
//! The tool a user reaches for when a step did not hit the cache.

use std::io::Read;

use kfp_common::{exit::Failure, fingerprint, runtime};

const USAGE: &str = "usage: driver --type ROOT_DAG|DAG|CONTAINER [KFP driver flags]\n       driver fingerprint --cache-key FILE|- [--canonical] [--explain [--against FILE]]\n       driver rewrite-workflow [FILE|-]";

/// Run the driver with `argv` (without the program name).
pub fn main(argv: &[String]) -> Result<(), Failure> {
    match argv.first().map(String::as_str) {
        Some("fingerprint") => fingerprint_main(&argv[1..]),
        Some("rewrite-workflow") => rewrite_main(&argv[1..]),
        _ => driver_main(argv),
    }
}

/// KFP's driver command line: parse → connect → run → output files.
fn driver_main(argv: &[String]) -> Result<(), Failure> {
    use crate::args::{self, ArgsError, DriverType};
    use kfp_common::goflag::FlagError;
    let parsed = match args::parse(argv) {
        Ok(p) => p,
        Err(ArgsError::Flag(FlagError::Help)) => {
            eprintln!("{}\n\n{USAGE}", args::usage());
            return Ok(());
        }
        // What Go's flag package rejects exits 2; KFP's own checks of the
        // values (`--type`, required flags) exit 1 through glog.Exit.
        Err(e @ ArgsError::Flag(_)) => return Err(Failure::usage(e)),
        Err(e) => return Err(Failure::internal(e)),
    };
    kfp_common::telemetry::init("info");
    // The flags' JSON first, as Go's driver does: a malformed --component,
    // --task, --container or --runtime_config is an error naming it at once,
    // not after a minute of retries against an unreachable MLMD.
    let checked: anyhow::Result<()> = match parsed.driver_type {
        DriverType::RootDag => crate::root::check_flags(&parsed)
            .map(drop)
            .map_err(Into::into),
        DriverType::Dag => crate::task::Specs::parse(&parsed)
            .map(drop)
            .map_err(Into::into),
        DriverType::Container => crate::container::Flags::parse(&parsed)
            .map(drop)
            .map_err(Into::into),
    };
    checked.map_err(Failure::internal)?;
    let result = runtime::block_on(async {
        match parsed.driver_type {
            DriverType::RootDag => root_main(&parsed).await,
            DriverType::Dag | DriverType::Container => task_main(&parsed).await,
        }
    })
    .map_err(Failure::internal)?;
    match result {
        Ok(outputs) => write_outputs(&outputs, &parsed),
        Err(e) => {
            // An execution exists: its files are written all the same (§2.2).
            let recorded = e
                .downcast_ref::<crate::container::ContainerError>()
                .and_then(|e| e.recorded());
            if let Some(outputs) = recorded {
                // The driver's own error is the one to report.
                let _ = write_outputs(outputs, &parsed);
            }
            Err(Failure::internal(e))
        }
    }
}

/// Write the output files, naming every file that failed.
fn write_outputs(
    outputs: &crate::outputs::Outputs,
    parsed: &crate::args::DriverArgs,
) -> Result<(), Failure> {
    outputs.write(parsed).map_err(|errors| {
        let mut errors = errors.into_iter();
        let first = errors.next();
        for e in errors {
            eprintln!("driver: {}", kfp_common::error_chain(&e));
        }
        match first {
            Some(e) => Failure::internal(e),
            None => Failure::internal("writing the output files"),
        }
    })
}

/// This pod's name: `KFP_POD_NAME` (set by the compiler from
/// `metadata.name`), else the hostname, as upstream.
fn own_pod_name() -> Option<String> {
    std::env::var(crate::pvc::ENV_POD_NAME)
        .ok()
        .filter(|n| !n.trim().is_empty())
        .or_else(|| {
            ["/proc/sys/kernel/hostname", "/etc/hostname"]
                .iter()
                .find_map(|f| std::fs::read_to_string(f).ok())
        })
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
}

/// The run's namespace: `--namespace`, else the pod's service-account file.
fn namespace(parsed: &crate::args::DriverArgs) -> anyhow::Result<String> {
    use kfp_common::k8s::{read_namespace, NAMESPACE_FILE};
    Ok(if parsed.namespace.is_empty() {
        read_namespace(std::path::Path::new(NAMESPACE_FILE))?
    } else {
        parsed.namespace.clone()
    })
}

/// DAG and CONTAINER drivers.
async fn task_main(parsed: &crate::args::DriverArgs) -> anyhow::Result<crate::outputs::Outputs> {
    use crate::{
        args::DriverType,
        container::{container_driver, CacheLookup, Env},
    };
    use kfp_common::flags::CacheTarget;
    let store = parsed.connection.connect_mlmd().await?;
    let namespace = namespace(parsed)?;
    // Platform ops, the run's times and Secrets for cache checks come from
    // the API server; outside a pod there is none.
    // Most tasks never use it, so a pod without a service-account token
    // (automountServiceAccountToken: false) must not fail here: the few
    // that do say so when they need it.
    let kube = if std::env::var_os("KUBERNETES_SERVICE_HOST").is_some() {
        match kfp_common::k8s::K8s::in_cluster(Some(namespace.clone())).await {
            Ok(k8s) => Some(k8s),
            Err(e) => {
                tracing::warn!(error = %kfp_common::error_chain(&e), "no Kubernetes API client: platform ops, Workflow times and cache-output checks that need one will fail or be skipped");
                None
            }
        }
    } else {
        None
    };
    let outputs = if parsed.driver_type == DriverType::Dag {
        crate::dag::dag_driver(&store, parsed, kube.as_ref()).await?
    } else {
        let api;
        let cache = match parsed.connection.cache_target()? {
            CacheTarget::Disabled => CacheLookup::Disabled,
            CacheTarget::Mlmd => CacheLookup::Mlmd,
            CacheTarget::Api(endpoint) => {
                api = parsed.connection.connect_api_cache(&endpoint).await?;
                CacheLookup::Api(&api)
            }
        };
        let check = crate::stale::StoreCheck::new(match &kube {
            Some(k8s) => crate::stale::Secrets::Kube(k8s),
            None => crate::stale::Secrets::None,
        })
        .trusting(&parsed.connection.ca_cert_path);
        let env = Env {
            store: &store,
            cache,
            outputs_check: &check,
            namespace,
            kube: kube.as_ref(),
            pvcs: None,
            pod_name: own_pod_name(),
        };
        container_driver(&env, parsed).await?
    };
    tracing::info!(
        execution = ?outputs.execution_id,
        mlmd_round_trips = store.round_trips(),
        "{} driver done",
        parsed.driver_type.as_str()
    );
    Ok(outputs)
}

async fn root_main(parsed: &crate::args::DriverArgs) -> anyhow::Result<crate::outputs::Outputs> {
    use kfp_common::{k8s::K8s, store::providers::LauncherConfig};
    let namespace = namespace(parsed)?;
    let store = parsed.connection.connect_mlmd().await?;
    // The namespace's kfp-launcher ConfigMap (absence is not an error);
    // outside a pod there is no API server to ask.
    let config = if std::env::var_os("KUBERNETES_SERVICE_HOST").is_some() {
        let k8s = K8s::in_cluster(Some(namespace.clone())).await?;
        match k8s.config_map("kfp-launcher").await? {
            Some(data) => LauncherConfig::from_config_map_data(&data)?,
            None => LauncherConfig::default(),
        }
    } else if let Some(file) = std::env::var_os(LAUNCHER_CONFIG_FILE) {
        launcher_config_file(std::path::Path::new(&file))?
    } else {
        tracing::warn!("not in a pod: no kfp-launcher ConfigMap, built-in pipeline root");
        LauncherConfig::default()
    };
    let outputs = crate::root::root_dag(&store, parsed, &namespace, &config).await?;
    tracing::info!(execution = ?outputs.execution_id, mlmd_round_trips = store.round_trips(), "root DAG recorded");
    Ok(outputs)
}

/// Outside a pod, the `kfp-launcher` ConfigMap's `data` can come from this
/// file (a JSON object of strings): drivers run by hand or by a harness
/// then place a run's artifacts exactly as the namespace's ConfigMap would.
pub const LAUNCHER_CONFIG_FILE: &str = "KFP_LAUNCHER_CONFIG_FILE";

fn launcher_config_file(
    path: &std::path::Path,
) -> anyhow::Result<kfp_common::store::providers::LauncherConfig> {
    use anyhow::Context;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{LAUNCHER_CONFIG_FILE}: reading {}", path.display()))?;
    let data: std::collections::BTreeMap<String, String> = serde_json::from_str(&text)
        .with_context(|| {
            format!(
                "{LAUNCHER_CONFIG_FILE}: {} is not a JSON object of strings (the ConfigMap's data)",
                path.display()
            )
        })?;
    kfp_common::store::providers::LauncherConfig::from_config_map_data(&data)
        .with_context(|| format!("{LAUNCHER_CONFIG_FILE}: {}", path.display()))
}

fn fingerprint_main(argv: &[String]) -> Result<(), Failure> {
    let mut file = None;
    let mut against = None;
    let mut canonical = false;
    let mut explain = false;
    let mut args = argv.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--cache-key" | "--cache_key" => file = args.next().cloned(),
            "--against" => against = args.next().cloned(),
            "--canonical" => canonical = true,
            "--explain" => explain = true,
            other => {
                return Err(Failure::usage(format!(
                    "fingerprint: unknown argument {other:?}\n{USAGE}"
                )))
            }
        }
    }
    let Some(file) = file else {
        return Err(Failure::usage(format!(
            "fingerprint: --cache-key FILE is required\n{USAGE}"
        )));
    };
    if against.is_some() && !explain {
        return Err(Failure::usage(format!(
            "fingerprint: --against needs --explain\n{USAGE}"
        )));
    }
    let result = read_input(&file, "--cache-key").and_then(|text| {
        crate::cache_key::check(&json(&text, &file, "--cache-key")?)
            .map_err(|e| format!("--cache-key {file}: not a CacheKey: {e}"))?;
        let bytes = fingerprint::canonical_json(&text)
            .map_err(|e| format!("--cache-key {file}: {}", kfp_common::error_chain(&e)))?;
        let mut out = String::new();
        if canonical {
            out.push_str(&bytes);
            out.push('\n');
        }
        out.push_str(&fingerprint::of_canonical(&bytes));
        out.push('\n');
        if explain {
            let first = json(&text, &file, "--cache-key")?;
            let second = match &against {
                Some(path) => {
                    let key = json(&read_input(path, "--against")?, path, "--against")?;
                    crate::cache_key::check(&key)
                        .map_err(|e| format!("--against {path}: not a CacheKey: {e}"))?;
                    Some(key)
                }
                None => None,
            };
            if let (Some(second), Some(path)) = (&second, &against) {
                let bytes = fingerprint::canonical_json(&second.to_string())
                    .map_err(|e| format!("--against {path}: {}", kfp_common::error_chain(&e)))?;
                out.push_str(&fingerprint::of_canonical(&bytes));
                out.push_str("  (--against)\n");
            }
            out.push_str(&crate::explain::report(&first, second.as_ref())?);
        }
        Ok(out)
    });
    let text = result.map_err(|e| Failure::internal(format!("fingerprint: {e}")))?;
    print!("{text}");
    Ok(())
}

/// A cache key's text from a file, or `-` for standard input.
/// `driver rewrite-workflow [FILE|-]`: the Workflow on standard output with
/// plugin drivers ([`crate::rewrite`]); one without drivers byte for byte.
fn rewrite_main(argv: &[String]) -> Result<(), Failure> {
    use std::io::Write;
    let file = match argv {
        [] => "-",
        [file] if !file.starts_with('-') || file == "-" => file.as_str(),
        _ => {
            return Err(Failure::usage(format!(
                "rewrite-workflow: expected one FILE or -, got {argv:?}\n{USAGE}"
            )))
        }
    };
    let text = read_input(file, "rewrite-workflow:").map_err(Failure::internal)?;
    let out = crate::rewrite::rewrite_workflow(&text).map_err(|e| {
        Failure::internal(format!(
            "rewrite-workflow: {file}: {}",
            kfp_common::error_chain(&e)
        ))
    })?;
    std::io::stdout()
        .lock()
        .write_all(out.as_deref().unwrap_or(&text).as_bytes())
        .map_err(|e| Failure::internal(format!("rewrite-workflow: writing standard output: {e}")))
}

/// The text of `file`, or of standard input for `-`; errors start with
/// `what` (the flag or subcommand that named it).
fn read_input(file: &str, what: &str) -> Result<String, String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map(|_| s)
            .map_err(|e| format!("{what} reading standard input: {e}"))
    } else {
        std::fs::read_to_string(file).map_err(|e| format!("{what} {file}: {e}"))
    }
}

fn json(text: &str, file: &str, flag: &str) -> Result<serde_json::Value, String> {
    serde_json::from_str(text).map_err(|e| format!("{flag} {file}: not JSON: {e}"))
}
