//! The driver's command line: KFP's (`--type ROOT_DAG|DAG|CONTAINER`, Go
//! flag syntax), and `driver fingerprint --cache-key FILE`: the fingerprint
//! of a `CacheKey` JSON (protojson, as KFP and this driver log it),
//! byte-compatible with KFP's Go driver; `--canonical` also prints the bytes
//! that are hashed, `--explain` the key part by part, and `--against FILE`
//! which parts differ from a second key. `FILE` may be `-` (standard input).
//! The tool a user reaches for when a step did not hit the cache.

use std::io::Read;

use kfp_common::{exit::Failure, fingerprint, runtime};

const USAGE: &str = "usage: driver --type ROOT_DAG|DAG|CONTAINER [KFP driver flags]\n       driver fingerprint --cache-key FILE|- [--canonical] [--explain [--against FILE]]\n       driver rewrite-workflow [FILE|-]\n       driver serve [--listen ADDR:PORT] [--token-file FILE] [--max-requests N] [--drain-seconds N]\n       driver webhook --listen ADDR:PORT --tls-cert FILE --tls-key FILE";

/// Run the driver with `argv` (without the program name).
pub fn main(argv: &[String]) -> Result<(), Failure> {
    match argv.first().map(String::as_str) {
        Some("fingerprint") => fingerprint_main(&argv[1..]),
        Some("rewrite-workflow") => rewrite_main(&argv[1..]),
        Some("serve") => serve_main(&argv[1..]),
        Some("webhook") => webhook_main(&argv[1..]),
        _ => driver_main(argv),
    }
}

/// KFP's driver command line: parse → connect → run → output files.
fn driver_main(argv: &[String]) -> Result<(), Failure> {
    use crate::args::{self, ArgsError};
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
    let clients = crate::clients::Clients::new(crate::clients::KubeAccess::InCluster);
    let result =
        runtime::block_on(crate::clients::drive(&parsed, &clients)).map_err(Failure::internal)?;
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

/// `driver serve`: the driver as Argo's executor plugin ([`crate::serve`]).
fn serve_main(argv: &[String]) -> Result<(), Failure> {
    use crate::{
        clients::{Clients, KubeAccess},
        serve,
    };
    let usage = |what: String| Failure::usage(format!("serve: {what}\n{USAGE}"));
    let flags = subcommand_flags(
        "serve",
        argv,
        &[
            "--listen",
            "--token-file",
            "--max-requests",
            "--drain-seconds",
        ],
    )?;
    let mut config = serve::Config {
        token_file: flags.get("--token-file").map(Into::into),
        ..Default::default()
    };
    if let Some(v) = flags.get("--max-requests") {
        config.max_requests = v
            .parse()
            .ok()
            .filter(|n| (1..=serve::MAX_REQUESTS).contains(n))
            .ok_or_else(|| {
                usage(format!(
                    "--max-requests {v:?}: expected 1 to {}",
                    serve::MAX_REQUESTS
                ))
            })?;
    }
    if let Some(v) = flags.get("--drain-seconds") {
        let secs: u64 = v
            .parse()
            .map_err(|_| usage(format!("--drain-seconds {v:?}: expected whole seconds")))?;
        config.drain = std::time::Duration::from_secs(secs);
    }
    let addr = listen_addr(
        "serve",
        flags
            .get("--listen")
            .map_or("127.0.0.1:4355", String::as_str),
    )?;
    kfp_common::telemetry::init("info");
    let clients = std::sync::Arc::new(Clients::new(KubeAccess::InCluster));
    let runtime = runtime::current_thread().map_err(Failure::internal)?;
    let local = tokio::task::LocalSet::new();
    let summary = local
        .block_on(&runtime, async {
            let listener = serve::bind(addr).await?;
            let stop = crate::http::stop_signal()?;
            tracing::info!(%addr, max_requests = config.max_requests, token = config.token_file.is_some(), "driver plugin listening");
            serve::serve(listener, config, clients, stop).await
        })
        .map_err(Failure::internal)?;
    tracing::info!(
        requests = summary.requests,
        abandoned = summary.abandoned,
        "driver plugin stopped"
    );
    if summary.abandoned > 0 {
        return Err(Failure::internal(format!(
            "serve: {} driver runs were still in flight when the drain time ran out",
            summary.abandoned
        )));
    }
    Ok(())
}

/// `driver webhook`: the rewrite as a mutating admission webhook
/// ([`crate::webhook`]), over HTTPS.
fn webhook_main(argv: &[String]) -> Result<(), Failure> {
    use crate::http;
    let flags = subcommand_flags("webhook", argv, &["--listen", "--tls-cert", "--tls-key"])?;
    let required = |name: &str| {
        flags
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| Failure::usage(format!("webhook: {name} is required\n{USAGE}")))
    };
    let addr = listen_addr("webhook", required("--listen")?)?;
    let (cert, key) = (required("--tls-cert")?, required("--tls-key")?);
    kfp_common::telemetry::init("info");
    let tls = http::tls(cert.as_ref(), key.as_ref()).map_err(Failure::internal)?;
    let runtime = runtime::current_thread().map_err(Failure::internal)?;
    let local = tokio::task::LocalSet::new();
    local
        .block_on(&runtime, async {
            let listener = http::bind(addr).await?;
            let stop = http::stop_signal()?;
            tracing::info!(%addr, "driver webhook listening");
            // A review takes milliseconds; the API server waits 5 s at most.
            let closed = http::accept_until(listener, Some(tls), crate::webhook::handle, stop)
                .await
                .close(std::time::Duration::from_secs(10))
                .await;
            if !closed {
                tracing::warn!("connections still open 10 s after the stop were dropped");
            }
            Ok::<_, http::HttpError>(())
        })
        .map_err(Failure::internal)?;
    tracing::info!("driver webhook stopped");
    Ok(())
}

/// A subcommand's `--name VALUE` / `--name=VALUE` flags, each of `names`
/// at most once.
fn subcommand_flags(
    sub: &str,
    argv: &[String],
    names: &[&'static str],
) -> Result<std::collections::BTreeMap<&'static str, String>, Failure> {
    let usage = |what: String| Failure::usage(format!("{sub}: {what}\n{USAGE}"));
    let mut out = std::collections::BTreeMap::new();
    let mut args = argv.iter();
    while let Some(arg) = args.next() {
        let (given, inline) = match arg.split_once('=') {
            Some((n, v)) => (n, Some(v.to_owned())),
            None => (arg.as_str(), None),
        };
        let name = names
            .iter()
            .find(|n| **n == given)
            .ok_or_else(|| usage(format!("unknown argument {given:?}")))?;
        let value = inline
            .or_else(|| args.next().cloned())
            .ok_or_else(|| usage(format!("{name} needs a value")))?;
        if out.insert(*name, value).is_some() {
            return Err(usage(format!("{name} is given twice")));
        }
    }
    Ok(out)
}

fn listen_addr(sub: &str, listen: &str) -> Result<std::net::SocketAddr, Failure> {
    listen.parse().map_err(|_| {
        Failure::usage(format!(
            "{sub}: --listen {listen:?}: expected ADDR:PORT, e.g. 127.0.0.1:4355\n{USAGE}"
        ))
    })
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
