//! `driver`: parse → run → exit code; the logic is in the library.

fn main() -> std::process::ExitCode {
    let result = kfp_common::exit::utf8_args().and_then(|argv| kfp_driver::cli::main(&argv));
    kfp_common::exit::finish("driver", result)
}
