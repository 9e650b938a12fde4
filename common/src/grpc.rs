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

/// KFP's default max send/receive message size: 100 MiB (contract §4.7).
pub const DEFAULT_MAX_MESSAGE_SIZE: usize = 100 * 1024 * 1024;

/// How to reach a server. Everything the environment or the command line
/// could influence is a field, read once by the caller (MLMD's options from
/// `METADATA_GRPC_MESSAGE_SIZE`: `MlmdOptions::from_env`), so that a client
/// never reads either.
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
