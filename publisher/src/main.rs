//! `publisher`: parse → connect → run → exit code; the logic is in the library.

use kfp_common::exit::{self, Failure};
use kfp_step::init::Signals;

fn main() -> std::process::ExitCode {
    // First, before any thread exists, as in the launcher: a sidecar must
    // see the SIGTERM that ends it.
    let result = Signals::block()
        .map_err(Failure::internal)
        .and_then(|signals| kfp_publisher::cli::main(&exit::utf8_args()?, &signals));
    exit::finish("publisher", result)
}
