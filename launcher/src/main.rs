//! `launcher`: KFP's `launcher-v2` (`--copy`, container and importer modes)
//! and `launcher local run`. Parse → run → exit code; the logic is in the library.

use std::process::ExitCode;

use kfp_launcher::{cli, init};

fn main() -> ExitCode {
    // First, before any thread exists: no signal may be lost (see init docs).
    let signals = match init::Signals::block() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("launcher: {e}");
            return ExitCode::from(init::LAUNCHER_FAILURE as u8);
        }
    };
    let argv: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect()
    {
        Ok(a) => a,
        Err(bad) => {
            eprintln!("launcher: argument {bad:?} is not valid UTF-8");
            return ExitCode::from(init::LAUNCHER_FAILURE as u8);
        }
    };
    let code = cli::main(&argv, &signals);
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
