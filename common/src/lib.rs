//! Shared library of the kfp-runtime binaries.
pub use kfp_proto as proto;
