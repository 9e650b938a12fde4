//! Shared library of the kfp-runtime binaries: what driver, launcher and
//! publisher must agree on (contract §2–§5).
pub use kfp_proto as proto;

#[cfg(any(test, feature = "test-util"))]
pub mod argo_fixtures;
pub mod artifact;
pub mod cache;

pub mod executor_io;
pub mod exit;
pub mod fingerprint;
pub mod flags;
pub mod goflag;
pub mod gojson;
#[cfg(feature = "grpc")]
pub mod grpc;
pub mod ir;
#[cfg(feature = "kube")]
pub mod k8s;
pub mod metadata;
pub mod placeholder;
pub mod provision;
pub mod redact;
pub mod resolve;
#[cfg(any(
    feature = "mlmd",
    feature = "objstore",
    feature = "kube",
    feature = "test-util"
))]
pub mod runtime;
pub mod store;
#[cfg(feature = "telemetry")]
pub mod telemetry;
#[cfg(all(feature = "test-util", feature = "objstore"))]
pub mod test_s3;
#[cfg(any(test, feature = "test-util"))]
pub mod test_util;
#[cfg(feature = "objstore")]
pub mod transfer;
pub mod uri;
pub mod yaml;

/// Install ring as rustls's process-wide crypto provider (there must be
/// exactly one; we build rustls without aws-lc). Idempotent.
#[cfg(any(feature = "objstore", feature = "kube"))]
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// An error and its sources on one line, each link once (`{:#}` of anyhow,
/// without anyhow). Our errors leave their source out of their own message;
/// a foreign error that repeats its source shows that text twice.
/// Credentials of any URL in it are replaced ([`redact::credentials`]): this
/// is the text we print, log and record in MLMD.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    match redact::credentials(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(redacted) => redacted,
    }
}
