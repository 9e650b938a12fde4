//! The `launcher` binary (contract §3): KFP's `launcher-v2` in every pod
//! (`--copy`, container and importer modes, built on `kfp-step`),
//! `launcher transfer`, and, with the `local` feature, `launcher local`
//! runs (`kfp-local`).

pub mod cli;
pub mod copy;
pub mod transfer_cli;
