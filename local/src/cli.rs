//! `launcher local …`: the subcommands of local runs, each parse → run →
//! outcome; the launcher binary maps the outcome to its exit code
//! (`kfp_common::exit`).

use std::io::Write;

use kfp_common::{exit::Failure, runtime};
use kfp_step::init::Signals;

use crate::{launch, lineage, LocalArgsError};

/// Run `launcher local ARGS…` (`argv` without `local`).
pub fn main(argv: &[String], signals: &Signals) -> Result<(), Failure> {
    match argv.first().map(String::as_str) {
        Some("launch") => launch_task(&argv[1..], signals),
        Some("lineage") => show_lineage(&argv[1..]),
        _ => run(argv, signals),
    }
}

/// `launcher local run`: one task or a whole pipeline; the summary on
/// stderr, or as JSON on stdout.
fn run(argv: &[String], signals: &Signals) -> Result<(), Failure> {
    let args = match crate::parse_args(argv) {
        Ok(a) => a,
        Err(LocalArgsError::Help) => {
            eprintln!("{}", LocalArgsError::Help);
            return Ok(());
        }
        Err(e @ LocalArgsError::Usage(_)) => return Err(Failure::usage(e)),
        Err(e @ LocalArgsError::Invalid(_)) => return Err(Failure::internal(e)),
    };
    kfp_common::telemetry::init("warn");
    // With --json, stdout carries only the summary: the step's own output
    // goes to stderr, and the summary to the original stdout.
    let json_out = if args.json {
        let saved = nix::unistd::dup(std::io::stdout()).and_then(|saved| {
            nix::unistd::dup2_stdout(std::io::stderr())?;
            Ok(std::fs::File::from(saved))
        });
        Some(saved.map_err(|e| Failure::internal(CliError::Stdout(e)))?)
    } else {
        None
    };
    let summary = runtime::block_on(crate::run(&args, signals))
        .map_err(Failure::internal)?
        .map_err(Failure::internal)?;
    match json_out {
        Some(mut out) => {
            // Notes are not part of the JSON; they still reach the terminal.
            for n in &summary.notes {
                eprintln!("note: {n}");
            }
            writeln!(out, "{}", summary.to_json())
                .map_err(|e| Failure::internal(CliError::Summary(e)))?
        }
        None => eprint!("{}", summary.to_text()),
    }
    match summary.exit_code() {
        0 => Ok(()),
        code => Err(Failure::User {
            code,
            message: None,
        }),
    }
}

/// `launcher local lineage`: the upstream lineage of an artifact or an
/// execution, as a tree or JSON.
fn show_lineage(argv: &[String]) -> Result<(), Failure> {
    let args = match lineage::parse_args(argv) {
        Ok(a) => a,
        Err(e) if argv.iter().any(|a| a == "-h" || a == "--help") => {
            println!("{e}");
            return Ok(());
        }
        Err(e) => return Err(Failure::usage(format!("local lineage: {e}"))),
    };
    // "warn" would print the MLMD client's retry warnings as JSON lines.
    kfp_common::telemetry::init("error");
    let mut stdout = std::io::stdout().lock();
    runtime::block_on(lineage::run(&args, &mut stdout))
        .map_err(Failure::internal)?
        .map_err(Failure::internal)
}

/// `launcher local launch`: one task of a local pipeline run, started by
/// the walk (see [`launch`]).
fn launch_task(argv: &[String], signals: &Signals) -> Result<(), Failure> {
    let args = launch::parse(argv).map_err(Failure::usage)?;
    kfp_common::telemetry::init("warn");
    kfp_common::install_crypto_provider();
    let code = runtime::block_on(launch::run(&args, signals))
        .map_err(Failure::internal)?
        .map_err(Failure::internal)?;
    match code {
        0 => Ok(()),
        code => Err(Failure::User {
            code,
            message: None,
        }),
    }
}

/// What the local command line itself could not do.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("redirecting the step's stdout to stderr (--json)")]
    Stdout(#[source] nix::Error),
    #[error("writing the summary to stdout")]
    Summary(#[source] std::io::Error),
}
