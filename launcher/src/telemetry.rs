//! Logs: see [`kfp_common::telemetry`].

pub use kfp_common::telemetry::init;
