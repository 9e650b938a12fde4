//! `driver`: parse → run → exit code; the logic is in the library.

fn main() -> std::process::ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let code = kfp_driver::cli::main(&argv);
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(1))
}
