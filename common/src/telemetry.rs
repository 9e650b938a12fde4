//! Logs: JSON lines in pods (collected by the cluster's log pipeline),
//! readable text on a terminal. `RUST_LOG` overrides the level.
//!
//! The filter is `tracing_subscriber`'s `Targets` (`info`,
//! `kfp_step=debug,warn`), not `EnvFilter`: its span and field directives
//! need the regex engine, about 150 KiB of every static binary, for a
//! syntax nobody sets on a task pod.

use std::io::IsTerminal;

use tracing_subscriber::{
    filter::{LevelFilter, Targets},
    fmt,
    layer::SubscriberExt,
    util::SubscriberInitExt,
};

/// Install the global subscriber; `default_level` applies without a
/// `RUST_LOG` that parses.
pub fn init(default_level: &str) {
    let filter = filter(std::env::var("RUST_LOG").ok().as_deref(), default_level);
    let registry = tracing_subscriber::registry().with(filter);
    // A second init (tests) is harmless: keep the first subscriber.
    let _ = if std::io::stderr().is_terminal() {
        registry
            .with(
                fmt::layer()
                    .compact()
                    .with_target(false)
                    .with_writer(std::io::stderr),
            )
            .try_init()
    } else {
        registry
            .with(
                fmt::layer()
                    .json()
                    .with_current_span(false)
                    .with_writer(std::io::stderr),
            )
            .try_init()
    };
}

/// `RUST_LOG` when it parses, else `default_level`, else `info`.
fn filter(rust_log: Option<&str>, default_level: &str) -> Targets {
    rust_log
        .filter(|s| !s.trim().is_empty())
        .and_then(|s| s.parse().ok())
        .or_else(|| default_level.parse().ok())
        .unwrap_or_else(|| Targets::new().with_default(LevelFilter::INFO))
}

#[cfg(test)]
mod tests {
    use tracing::Level;

    use super::filter;

    #[test]
    fn rust_log_wins_when_it_parses() {
        let f = filter(Some("kfp_step=debug,warn"), "info");
        assert!(f.would_enable("kfp_step::execute", &Level::DEBUG));
        assert!(!f.would_enable("hyper", &Level::INFO));
        assert!(f.would_enable("hyper", &Level::WARN));
        let f = filter(Some("no such=level=here"), "debug");
        assert!(
            f.would_enable("anything", &Level::DEBUG),
            "bad RUST_LOG: default"
        );
        let f = filter(None, "warn");
        assert!(!f.would_enable("anything", &Level::INFO));
        assert!(f.would_enable("anything", &Level::WARN));
    }
}
