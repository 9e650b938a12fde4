//! Logs: JSON lines in pods (collected by the cluster's log pipeline),
//! readable text on a terminal. `RUST_LOG` overrides the level.

use std::io::IsTerminal;

use tracing_subscriber::{fmt, EnvFilter};

/// Install the global subscriber; `default_level` applies without `RUST_LOG`.
pub fn init(default_level: &str) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // A second init (tests) is harmless: keep the first subscriber.
    let _ = if std::io::stderr().is_terminal() {
        builder.compact().with_target(false).try_init()
    } else {
        builder.json().with_current_span(false).try_init()
    };
}
