//! `launcher`: KFP's `launcher-v2` (`--copy`, container and importer modes)
//! and `launcher local run`. Parse → run → exit code; the logic is in the library.

use std::process::ExitCode;

use kfp_common::exit::{self, Failure};
use kfp_launcher::cli;
use kfp_step::init;

/// The static pod build allocates through mimalloc, not musl's malloc:
/// mallocng maps and unmaps every block over 128 KiB, so the HTTP client's
/// read buffers were faulted in afresh again and again (a 1 GiB download
/// still took ~70k page faults after transfers stopped holding them). Side
/// by side, mimalloc used 10–20 % less CPU moving 1 GiB or 2,000 small files,
/// for 120 KiB of binary. Its arenas are committed lazily (see
/// `.cargo/config.toml`): eagerly committed, huge pages made a small-file
/// download's RSS 62 MiB instead of 17.
#[cfg(target_env = "musl")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // First, before any thread exists: no signal may be lost (see init docs).
    let result = init::Signals::block()
        .map_err(Failure::internal)
        .and_then(|signals| cli::main(&exit::utf8_args()?, &signals));
    exit::finish("launcher", result)
}
