//! Faults between our binaries and the real services, for the reliability
//! matrix (`tests/matrix.rs`, RELIABILITY.md).
//!
//! [`FaultProxy`] sits on 127.0.0.1 in front of SeaweedFS's S3 API
//! (HTTP/1.1) or the MLMD engine's gRPC API (HTTP/2 without TLS) and
//! forwards every request, except those a [`Rule`] picks: it delays them,
//! answers them with an S3 error or a gRPC status, resets or half-closes
//! their connection (also in the middle of an upload's body), or holds the
//! request or its answer until released, so a test can kill a process at
//! that exact point. [`FaultProxy::partition`] holds everything, for a
//! while or for good. Toxiproxy would do the network part but is packaged
//! neither on PyPI nor in Debian, and knows neither S3 nor gRPC errors.

mod proxy;
mod rule;

pub use proxy::{FaultProxy, Protocol, Seen};
pub use rule::{Fault, Rule};
