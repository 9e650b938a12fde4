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
    eprintln!(
        "launcher: {:?} mode needs the MLMD metadata backend, which this build does not have yet; \
         use `launcher local run` to run a step on this machine",
        parsed.executor_type
    );
    init::LAUNCHER_FAILURE
}

#[cfg(not(feature = "sqlite"))]
fn local_main(_argv: &[String], _signals: &init::Signals) -> i32 {
    eprintln!("launcher local: this build has no local runs (built without the `sqlite` feature, as pod images are)");
    init::LAUNCHER_FAILURE
}

#[cfg(feature = "sqlite")]
fn local_main(argv: &[String], signals: &init::Signals) -> i32 {
    use crate::local;
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
