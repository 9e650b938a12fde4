//! The gRPC plumbing of every client of a KFP service: MLMD
//! (`metadata::grpc`, feature `mlmd`), the KFP API server's cache
//! (`cache::api`, feature `cache-api`), and any later one (KFP's task API).
//!
//! A client gets its channel from [`channel::channel`] (address, TLS,
//! timeouts, eager or lazy connect) and makes every call through
//! [`Rpc::call`], so all of them share one options struct
//! ([`ClientOptions`]), one retry loop bounded by attempts and time, and one
//! classification of failures ([`retry::classify`]); each call site only
//! says whether its request is safe to repeat ([`Safety`]).

pub mod channel;
mod error;
pub mod retry;
mod tls;

use std::time::Duration;

pub use channel::{Connect, Rpc};
pub use error::{GrpcError, RpcStatus};
pub use retry::{Class, Random, RetryPolicy, Safety};
pub use tls::TlsOptions;

/// The environment variable KFP reads for the gRPC message size (contract §4.7).
pub const MESSAGE_SIZE_ENV: &str = "METADATA_GRPC_MESSAGE_SIZE";

/// KFP's default max send/receive message size: 100 MiB (contract §4.7).
pub const DEFAULT_MAX_MESSAGE_SIZE: usize = 100 * 1024 * 1024;

/// How to reach a server. Everything the environment or the command line
/// could influence is a field, read once by the caller (e.g.
/// [`ClientOptions::from_env`]), so that a client never reads either.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// Max size of a gRPC message either way; large MLMD answers
    /// (struct-valued `inputs`/`outputs`) exceed tonic's 4 MiB default.
    pub max_message_size: usize,
    /// Deadline of one TCP connect.
    pub connect_timeout: Duration,
    /// Deadline of one RPC attempt: a hung server must not hang a pod forever.
    pub call_timeout: Duration,
    /// Bounds of the retries of the connect and of each RPC.
    pub retry: RetryPolicy,
    /// Source of the retry delays' jitter; tests fix it.
    pub random: Random,
    /// TLS (`--metadata_tls_enabled`): the system's roots plus an optional
    /// CA bundle (`--ca_cert_path`); plaintext when `None`.
    pub tls: Option<TlsOptions>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            max_message_size: DEFAULT_MAX_MESSAGE_SIZE,
            connect_timeout: Duration::from_secs(10),
            call_timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            random: retry::random_unit,
            tls: None,
        }
    }
}

impl ClientOptions {
    /// Defaults, with the message size from `METADATA_GRPC_MESSAGE_SIZE`.
    pub fn from_env() -> Result<Self, GrpcError> {
        Ok(Self {
            max_message_size: max_message_size_from_env()?,
            ..Self::default()
        })
    }
}

/// `METADATA_GRPC_MESSAGE_SIZE` (bytes) or the 100 MiB default.
pub fn max_message_size_from_env() -> Result<usize, GrpcError> {
    parse_message_size(std::env::var(MESSAGE_SIZE_ENV).ok().as_deref())
}

/// The message size for a value of `METADATA_GRPC_MESSAGE_SIZE`: unset or
/// empty means the default; anything but a positive integer is an error
/// rather than a silently small limit.
pub fn parse_message_size(value: Option<&str>) -> Result<usize, GrpcError> {
    match value.map(str::trim) {
        None | Some("") => Ok(DEFAULT_MAX_MESSAGE_SIZE),
        Some(text) => match text.parse::<usize>() {
            Ok(size) if size > 0 => Ok(size),
            _ => Err(GrpcError::MessageSize {
                value: text.to_owned(),
            }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_size_default_and_override() {
        assert_eq!(
            parse_message_size(None).ok(),
            Some(DEFAULT_MAX_MESSAGE_SIZE)
        );
        assert_eq!(
            parse_message_size(Some("")).ok(),
            Some(DEFAULT_MAX_MESSAGE_SIZE)
        );
        assert_eq!(parse_message_size(Some("1048576")).ok(), Some(1_048_576));
        assert!(parse_message_size(Some("0")).is_err());
        assert!(parse_message_size(Some("lots")).is_err());
    }
}
