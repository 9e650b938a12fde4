//! Dispatch of the launcher's command line to its modes. Each mode returns
//! a typed outcome; `kfp_common::exit` maps it to the exit code (contract:
//! 1 for any launcher failure; the user process's own code, or 128+N, when
//! it ran; 2 for a command line Go's `flag` package rejects).

use kfp_common::exit::Failure;
use kfp_step::{
    args::{self, ArgsError, Mode},
    init::Signals,
    run,
};

use crate::copy;

/// Run the launcher with `argv` (without the program name).
pub fn main(argv: &[String], signals: &Signals) -> Result<(), Failure> {
    match argv.first().map(String::as_str) {
        Some("local") => return local(&argv[1..], signals),
        Some("transfer") => {
            kfp_common::telemetry::init("warn");
            return crate::transfer_cli::main(&argv[1..]);
        }
        _ => {}
    }
    let parsed = match args::parse(argv) {
        Ok(a) => a,
        Err(e) if e.is_help() => {
            eprintln!("{}\n\nLocal runs: launcher local run --help", args::usage());
            return Ok(());
        }
        Err(e @ ArgsError::Flag(_)) => return Err(Failure::usage(e)),
        Err(e) => return Err(Failure::internal(e)),
    };
    if let Some(dest) = &parsed.copy {
        return copy::copy_self(dest).map(drop).map_err(Failure::internal);
    }
    kfp_common::telemetry::init("info");
    match parsed.mode() {
        Mode::Container => {
            let finished = run::container(&parsed, signals, Default::default())
                .map_err(run::RunError::failure)?;
            ended(
                finished.exit_code,
                finished
                    .error
                    .map(|e| format!("execution {}: {e}", finished.execution_id)),
            )
        }
        Mode::Importer => {
            let finished = run::importer(&parsed, signals).map_err(run::RunError::failure)?;
            ended(
                finished.exit_code,
                finished
                    .error
                    .map(|e| format!("importer execution {}: {e}", finished.execution_id)),
            )
        }
        // `--copy` returned above.
        Mode::Copy => Ok(()),
    }
}

/// A task that ran and was published: its exit code, and why it failed.
fn ended(exit_code: i32, error: Option<String>) -> Result<(), Failure> {
    match (exit_code, error) {
        (0, None) => Ok(()),
        (code, message) => Err(Failure::User { code, message }),
    }
}

#[cfg(feature = "local")]
fn local(argv: &[String], signals: &Signals) -> Result<(), Failure> {
    kfp_local::cli::main(argv, signals)
}

#[cfg(not(feature = "local"))]
fn local(_argv: &[String], _signals: &Signals) -> Result<(), Failure> {
    Err(Failure::usage(
        "local: this build has no local runs (built without the `local` feature, as pod images are)",
    ))
}
