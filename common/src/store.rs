//! Object stores as KFP configures them (contract §6): URI grammar, the
//! `kfp-launcher` ConfigMap's providers, session info, opening buckets.

pub mod config;
#[cfg(feature = "objstore")]
pub mod open;
