//! `publisher`: parse → connect → run → exit code; the logic is in the library.

use kfp_launcher::init::Signals;

fn main() -> std::process::ExitCode {
    // First, before any thread exists, as in the launcher: a sidecar must
    // see the SIGTERM that ends it.
    let signals = match Signals::block() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("publisher: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let code = kfp_publisher::cli::main(&argv, &signals);
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(1))
}
