//! `driver`: parse → run → exit code; the logic is in the library.

fn main() -> std::process::ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    kfp_common::exit::finish("driver", kfp_driver::cli::main(&argv))
}
