//! One task's step as its pod runs it (contract §3): the launcher's flags,
//! the user process's init, inputs, placeholders, outputs, and the
//! container and importer paths from the driver's execution to a published
//! record. The `launcher` binary, the publisher and local runs are built
//! on it; it knows nothing of local runs.

pub mod args;
pub mod buckets;
pub mod container;
pub mod execute;
pub mod importer;
pub mod init;
pub mod run;
