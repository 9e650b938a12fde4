//! The launcher (contract §3): the user container's entrypoint in KFP pods,
//! and `launcher local run` on a laptop.

pub mod args;
pub mod buckets;
pub mod cli;
pub mod container;
pub mod copy;
pub mod execute;
pub mod importer;
pub mod init;
#[cfg(feature = "sqlite")]
pub mod local;
pub mod placeholder;
pub mod telemetry;
pub mod transfer_cli;
