//! The gRPC channel to MLMD and the one place calls are made: deadline,
//! bounded retries with backoff and jitter, errors naming the RPC.
//!
//! Kept apart from the KFP operations so that every RPC goes through the same
//! retry policy, and so that each call site has to say whether repeating its
//! request is safe ([`Safety`]).

use std::{
    collections::hash_map::RandomState,
    future::Future,
    hash::{BuildHasher, Hasher},
    path::PathBuf,
    time::{Duration, Instant},
};

use kfp_proto::ml_metadata::metadata_store_service_client::MetadataStoreServiceClient;
use tonic::{
    transport::{Certificate, Channel, ClientTlsConfig, Endpoint},
    Code, Status,
};

use super::super::{MetadataError, Result};

/// The environment variable KFP reads for the gRPC message size (contract §4.7).
pub const MESSAGE_SIZE_ENV: &str = "METADATA_GRPC_MESSAGE_SIZE";

/// KFP's default max send/receive message size: 100 MiB (contract §4.7).
pub const DEFAULT_MAX_MESSAGE_SIZE: usize = 100 * 1024 * 1024;

pub(super) type Client = MetadataStoreServiceClient<Channel>;

/// How to reach MLMD. Everything the environment could influence is a field,
/// read once by the caller ([`MlmdOptions::from_env`]) so that the store itself
/// never reads the environment.
#[derive(Debug, Clone)]
pub struct MlmdOptions {
    /// Max size of a gRPC message either way; large `GetExecutionsByID`
    /// answers (struct-valued `inputs`/`outputs`) exceed tonic's 4 MiB default.
    pub max_message_size: usize,
    /// Deadline of one TCP connect.
    pub connect_timeout: Duration,
    /// Deadline of one RPC attempt: a hung server must not hang a pod forever.
    pub call_timeout: Duration,
    /// Retries of the initial connect and of RPCs answering UNAVAILABLE/ABORTED.
    pub retry: RetryPolicy,
    /// TLS (`--metadata_tls_enabled`): the system's roots plus an optional
    /// CA bundle (`--ca_cert_path`); plaintext when `None`.
    pub tls: Option<TlsOptions>,
}

/// TLS settings of a gRPC client (MLMD, the KFP API server).
#[derive(Debug, Clone, Default)]
pub struct TlsOptions {
    /// Extra CA bundle (PEM) trusted besides the system roots.
    pub ca_cert_path: Option<PathBuf>,
}

impl TlsOptions {
    /// rustls (ring) with the platform's roots (`SSL_CERT_FILE` and the
    /// usual bundle paths) plus the extra CA; the server name is `host`
    /// (a DNS name or an IP address). The error names the CA file.
    pub fn client_config(&self, host: &str) -> std::result::Result<ClientTlsConfig, String> {
        let host = host.trim_start_matches('[').trim_end_matches(']');
        let mut tls = ClientTlsConfig::new().with_native_roots().domain_name(host);
        if let Some(path) = &self.ca_cert_path {
            let pem = std::fs::read(path)
                .map_err(|e| format!("--ca_cert_path {}: {e}", path.display()))?;
            tls = tls.ca_certificate(Certificate::from_pem(pem));
        }
        Ok(tls)
    }
}

/// Exponential backoff with jitter, bounded both in attempts and in total time,
/// like the Go client's retry interceptor (base 1 s, jitter 0.25, cap 30 s)
/// but with a total bound so a dead MLMD fails a task in about a minute.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in all, the first one included (at least 1).
    pub max_attempts: u32,
    /// Delay before the first retry; doubled every retry.
    pub initial_backoff: Duration,
    /// Cap of one delay.
    pub max_backoff: Duration,
    /// Fraction of a delay randomly added or removed (0.25 = ±25 %), so that
    /// parallel drivers do not retry in lockstep.
    pub jitter: f64,
    /// No retry is started once this much time has passed since the first attempt.
    pub max_total: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 10,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(30),
            jitter: 0.25,
            max_total: Duration::from_secs(60),
        }
    }
}

impl Default for MlmdOptions {
    fn default() -> Self {
        Self {
            max_message_size: DEFAULT_MAX_MESSAGE_SIZE,
            connect_timeout: Duration::from_secs(10),
            call_timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            tls: None,
        }
    }
}

impl MlmdOptions {
    /// Defaults, with the message size from `METADATA_GRPC_MESSAGE_SIZE`.
    pub fn from_env() -> Result<Self> {
        Ok(Self {
            max_message_size: max_message_size_from_env()?,
            ..Self::default()
        })
    }
}

/// `METADATA_GRPC_MESSAGE_SIZE` (bytes) or the 100 MiB default.
pub fn max_message_size_from_env() -> Result<usize> {
    parse_message_size(std::env::var(MESSAGE_SIZE_ENV).ok().as_deref())
}

/// The message size for a value of `METADATA_GRPC_MESSAGE_SIZE`: unset or
/// empty means the default; anything but a positive integer is an error
/// rather than a silently small limit.
pub fn parse_message_size(value: Option<&str>) -> Result<usize> {
    match value.map(str::trim) {
        None | Some("") => Ok(DEFAULT_MAX_MESSAGE_SIZE),
        Some(text) => match text.parse::<usize>() {
            Ok(size) if size > 0 => Ok(size),
            _ => Err(MetadataError::InvalidArgument {
                operation: "connect",
                message: format!("{MESSAGE_SIZE_ENV}={text:?} is not a positive number of bytes"),
            }),
        },
    }
}

/// Errors of the gRPC backend, inside [`MetadataError::Backend`].
#[derive(Debug, thiserror::Error)]
pub enum GrpcError {
    #[error("invalid MLMD address {address}")]
    Address {
        address: String,
        #[source]
        source: tonic::transport::Error,
    },
    #[error("cannot connect to MLMD at {address} ({attempts} attempts in {elapsed:?})")]
    Connect {
        address: String,
        attempts: u32,
        elapsed: Duration,
        #[source]
        source: tonic::transport::Error,
    },
    #[error("MLMD {rpc} ({subject}) failed after {attempts} attempt(s): {code:?}: {message}")]
    Rpc {
        rpc: &'static str,
        /// What the call was about, with its ids (e.g. `execution 42`).
        subject: String,
        attempts: u32,
        code: Code,
        message: String,
        #[source]
        status: Status,
    },
    #[error("MLMD {rpc} ({subject}): unexpected answer: {message}")]
    Answer {
        rpc: &'static str,
        subject: String,
        message: String,
    },
}

impl GrpcError {
    /// The gRPC code of a failed RPC.
    pub fn code(&self) -> Option<Code> {
        match self {
            Self::Rpc { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// Whether repeating a request can change the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Safety {
    /// Reads, type registration, full-replacement updates, and writes whose
    /// duplicate the engine refuses (names, events): retried on UNAVAILABLE
    /// and ABORTED.
    Idempotent,
    /// Creations without a natural key (unnamed executions, artifacts): a
    /// lost answer to a landed write would duplicate it. Retried only when
    /// the engine rolled back (ABORTED) or the request never left (connection
    /// refused).
    Once,
}

/// The channel plus the policy; cheap to clone per call.
#[derive(Debug, Clone)]
pub(super) struct Rpc {
    client: Client,
    retry: RetryPolicy,
    call_timeout: Duration,
    /// Attempts sent, retries included: the round trips a task costs.
    sent: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Rpc {
    /// Connect to `host:port`, retrying per the policy; the error names the address.
    pub(super) async fn connect(host: &str, port: u16, options: &MlmdOptions) -> Result<Self> {
        let address = if host.contains(':') && !host.starts_with('[') {
            format!("[{host}]:{port}")
        } else {
            format!("{host}:{port}")
        };
        let backend = |e: GrpcError| MetadataError::Backend {
            operation: "connect",
            source: Box::new(e),
        };
        let scheme = if options.tls.is_some() {
            "https"
        } else {
            "http"
        };
        let mut endpoint = Endpoint::from_shared(format!("{scheme}://{address}"))
            .map_err(|source| {
                backend(GrpcError::Address {
                    address: address.clone(),
                    source,
                })
            })?
            .connect_timeout(options.connect_timeout)
            .timeout(options.call_timeout)
            .tcp_nodelay(true);
        if let Some(tls) = &options.tls {
            let config =
                tls.client_config(host)
                    .map_err(|message| MetadataError::InvalidArgument {
                        operation: "connect",
                        message: format!("TLS to MLMD at {address}: {message}"),
                    })?;
            endpoint = endpoint.tls_config(config).map_err(|source| {
                backend(GrpcError::Address {
                    address: address.clone(),
                    source,
                })
            })?;
        }
        let start = Instant::now();
        let mut attempt = 0;
        let channel = loop {
            attempt += 1;
            match endpoint.connect().await {
                Ok(channel) => break channel,
                Err(source) => match options.retry.delay(attempt, start) {
                    Some(delay) => {
                        tracing::warn!(%address, attempt, ?delay, error = %source, "MLMD not reachable, retrying");
                        tokio::time::sleep(delay).await;
                    }
                    None => {
                        return Err(backend(GrpcError::Connect {
                            address,
                            attempts: attempt,
                            elapsed: start.elapsed(),
                            source,
                        }))
                    }
                },
            }
        };
        let client = MetadataStoreServiceClient::new(channel)
            .max_decoding_message_size(options.max_message_size)
            .max_encoding_message_size(options.max_message_size);
        Ok(Self {
            client,
            retry: options.retry.clone(),
            call_timeout: options.call_timeout,
            sent: Default::default(),
        })
    }

    /// RPC attempts sent so far.
    pub(super) fn sent(&self) -> u64 {
        self.sent.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// One RPC with deadline and retries. `subject` names what the call is
    /// about (ids) for the error; `f` makes one attempt on a client clone.
    pub(super) async fn call<Req, Resp, F, Fut>(
        &self,
        rpc: &'static str,
        safety: Safety,
        subject: impl Fn() -> String,
        request: Req,
        f: F,
    ) -> Result<Resp, GrpcError>
    where
        Req: Clone,
        F: Fn(Client, tonic::Request<Req>) -> Fut,
        Fut: Future<Output = Result<tonic::Response<Resp>, Status>>,
    {
        let start = Instant::now();
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.sent.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let mut req = tonic::Request::new(request.clone());
            req.set_timeout(self.call_timeout);
            // The endpoint timeout bounds the HTTP exchange; this also bounds
            // waiting for a (re)connect.
            let status = match tokio::time::timeout(self.call_timeout, f(self.client.clone(), req))
                .await
            {
                Ok(Ok(response)) => return Ok(response.into_inner()),
                Ok(Err(status)) => status,
                Err(_) => {
                    Status::deadline_exceeded(format!("no answer within {:?}", self.call_timeout))
                }
            };
            let delay = if retryable(&status, safety) {
                self.retry.delay(attempt, start)
            } else {
                None
            };
            match delay {
                Some(delay) => {
                    tracing::warn!(rpc, attempt, ?delay, code = ?status.code(), message = status.message(), "MLMD call failed, retrying");
                    tokio::time::sleep(delay).await;
                }
                None => {
                    return Err(GrpcError::Rpc {
                        rpc,
                        subject: subject(),
                        attempts: attempt,
                        code: status.code(),
                        message: status.message().to_owned(),
                        status,
                    })
                }
            }
        }
    }
}

/// UNAVAILABLE and ABORTED (MySQL deadlocks) are transient; for [`Safety::Once`]
/// only when nothing can have been written.
fn retryable(status: &Status, safety: Safety) -> bool {
    match (status.code(), safety) {
        (Code::Aborted, _) => true,
        (Code::Unavailable, Safety::Idempotent) => true,
        (Code::Unavailable, Safety::Once) => connection_refused(status),
        _ => false,
    }
}

/// Whether the status comes from a refused TCP connect: the request was never sent.
fn connection_refused(status: &Status) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(status);
    while let Some(error) = source {
        if let Some(io) = error.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::ConnectionRefused {
                return true;
            }
        }
        source = error.source();
    }
    false
}

impl RetryPolicy {
    /// The delay before attempt `attempt + 1`, or `None` when the attempts or
    /// the total time are used up (the sleep itself must fit in the total).
    pub(crate) fn delay(&self, attempt: u32, start: Instant) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let exp = 2f64.powi(i32::try_from(attempt.saturating_sub(1)).unwrap_or(i32::MAX));
        let base = (self.initial_backoff.as_secs_f64() * exp).min(self.max_backoff.as_secs_f64());
        let jitter = self.jitter.clamp(0.0, 1.0) * (2.0 * random_unit() - 1.0);
        let delay = Duration::from_secs_f64((base * (1.0 + jitter)).max(0.0));
        (start.elapsed() + delay <= self.max_total).then_some(delay)
    }
}

/// A number in [0, 1) from std's per-instance random hasher keys: enough to
/// spread retries, without a dependency on a random number crate.
fn random_unit() -> f64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(0);
    // 53 random bits make an exactly representable fraction.
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
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

    #[test]
    fn backoff_is_bounded() {
        let policy = RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(250),
            jitter: 0.25,
            max_total: Duration::from_secs(60),
        };
        let start = Instant::now();
        let delays: Vec<_> = (1..=4).map(|a| policy.delay(a, start)).collect();
        assert!(delays[3].is_none(), "no retry after max_attempts");
        let first = delays[0].unwrap_or_default();
        assert!(first >= Duration::from_millis(75) && first <= Duration::from_millis(125));
        let third = delays[2].unwrap_or_default();
        assert!(third <= Duration::from_micros(312_500), "capped: {third:?}");
        let short = RetryPolicy {
            max_total: Duration::from_millis(10),
            ..policy
        };
        assert!(short.delay(1, start).is_none(), "no retry past max_total");
    }

    #[test]
    fn jitter_is_in_range() {
        for _ in 0..1000 {
            let x = random_unit();
            assert!((0.0..1.0).contains(&x));
        }
    }
}
