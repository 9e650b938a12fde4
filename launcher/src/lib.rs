//! The launcher (contract §3): the user container's entrypoint in KFP pods,
//! and `launcher local run` on a laptop.

pub mod args;
pub mod copy;
pub mod init;
pub mod placeholder;
