//! The cache client of KFP <= 2.17: `api.TaskService` of the KFP API server
//! over gRPC (contract §5.2), as KFP's driver (lookup) and launcher (store)
//! call it.
//!
//! The channel connects lazily, on the first call: a driver that finds caching
//! disabled never touches the server, and a server that is down costs the
//! retries of that one call, whose error names the RPC and the address. Each
//! call has a deadline; retries are bounded in attempts and time and depend on
//! whether repeating the request is safe: a lookup is retried on UNAVAILABLE
//! and DEADLINE_EXCEEDED, a create (which has no natural key, so a lost answer
//! to a landed write would duplicate the entry) only when the connection was
//! refused, i.e. the request never left.

use std::{
    future::Future,
    time::{Duration, Instant},
};

use kfp_proto::api::task_service_client::TaskServiceClient;
use tonic::{
    transport::{Channel, Endpoint},
    Code, Status,
};

pub use crate::metadata::grpc::{RetryPolicy, TlsOptions, DEFAULT_MAX_MESSAGE_SIZE};

use super::{create_request, lookup_request, CacheEntry};

#[cfg(feature = "test-util-cache")]
pub mod fake;

/// Name of the RPC that stores an entry, as errors and logs name it.
pub const CREATE_TASK: &str = "CreateTaskV1";
/// Name of the RPC that looks entries up.
pub const LIST_TASKS: &str = "ListTasksV1";

/// How to reach the KFP API server. Everything the environment or the command
/// line could influence is a field, so the client never reads either.
#[derive(Debug, Clone)]
pub struct TaskCacheOptions {
    /// Max size of a gRPC message either way: KFP's client allows 100 MiB.
    pub max_message_size: usize,
    /// Deadline of one TCP connect.
    pub connect_timeout: Duration,
    /// Deadline of one RPC attempt: a hung server must not hang a task.
    pub call_timeout: Duration,
    /// Bounds of the retries (see the module doc for which failures).
    pub retry: RetryPolicy,
    /// TLS (`metadata_tls_enabled`, contract §2.1): system roots plus the
    /// optional CA bundle, as for MLMD.
    pub tls: Option<TlsOptions>,
}

impl Default for TaskCacheOptions {
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

/// Errors of the cache client; each names the RPC and the server address.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("TLS to the KFP API server at {address}: {message}")]
    Tls { address: String, message: String },
    #[error("invalid KFP API server address {address}")]
    Address {
        address: String,
        #[source]
        source: tonic::transport::Error,
    },
    #[error("{rpc} to the KFP API server at {address} ({subject}) failed after {attempts} attempt(s): {code:?}: {message}")]
    Rpc {
        rpc: &'static str,
        address: String,
        /// What the call was about, with its keys and ids.
        subject: String,
        attempts: u32,
        code: Code,
        message: String,
        #[source]
        status: Status,
    },
    #[error("{rpc} to the KFP API server at {address} ({subject}): unexpected answer: {message}")]
    Answer {
        rpc: &'static str,
        address: String,
        subject: String,
        message: String,
    },
}

impl CacheError {
    /// The gRPC code of a failed RPC.
    pub fn code(&self) -> Option<Code> {
        match self {
            Self::Rpc { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// The RPC that failed or answered unexpectedly.
    pub fn rpc(&self) -> Option<&'static str> {
        match self {
            Self::Rpc { rpc, .. } | Self::Answer { rpc, .. } => Some(rpc),
            _ => None,
        }
    }
}

/// A client of `api.TaskService`; cheap to clone (one shared channel).
#[derive(Debug, Clone)]
pub struct ApiTaskCache {
    client: TaskServiceClient<Channel>,
    /// `host:port`, for errors.
    address: String,
    retry: RetryPolicy,
    call_timeout: Duration,
}

impl ApiTaskCache {
    /// A client of the KFP API server at `host:port` (KFP's
    /// `--ml_pipeline_server_address`/`_port`) with default bounds; `tls`
    /// must be `None` for now.
    pub async fn connect(
        host: &str,
        port: u16,
        tls: Option<TlsOptions>,
    ) -> Result<Self, CacheError> {
        let options = TaskCacheOptions {
            tls,
            ..TaskCacheOptions::default()
        };
        Self::connect_with(host, port, options).await
    }

    /// A client with explicit bounds. Does not touch the network (the first
    /// call connects), but must run inside a Tokio runtime, which drives the
    /// channel.
    pub async fn connect_with(
        host: &str,
        port: u16,
        options: TaskCacheOptions,
    ) -> Result<Self, CacheError> {
        let address = if host.contains(':') && !host.starts_with('[') {
            format!("[{host}]:{port}")
        } else {
            format!("{host}:{port}")
        };
        let scheme = if options.tls.is_some() {
            "https"
        } else {
            "http"
        };
        let mut endpoint = match Endpoint::from_shared(format!("{scheme}://{address}")) {
            Ok(endpoint) => endpoint,
            Err(source) => return Err(CacheError::Address { address, source }),
        };
        if let Some(tls) = &options.tls {
            let config = tls.client_config(host).map_err(|message| CacheError::Tls {
                address: address.clone(),
                message,
            })?;
            endpoint = match endpoint.tls_config(config) {
                Ok(endpoint) => endpoint,
                Err(source) => return Err(CacheError::Address { address, source }),
            };
        }
        let channel = endpoint
            .connect_timeout(options.connect_timeout)
            .timeout(options.call_timeout)
            .tcp_nodelay(true)
            .connect_lazy();
        let client = TaskServiceClient::new(channel)
            .max_decoding_message_size(options.max_message_size)
            .max_encoding_message_size(options.max_message_size);
        Ok(Self {
            client,
            address,
            retry: options.retry,
            call_timeout: options.call_timeout,
        })
    }

    /// The server's `host:port`.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Store `entry` (`CreateTaskV1`), so later tasks with its fingerprint in
    /// the same pipeline and namespace reuse its execution.
    pub async fn create(&self, entry: &CacheEntry) -> Result<(), CacheError> {
        let subject = || {
            format!(
                "pipeline {:?}, namespace {:?}, run {}, execution {}, fingerprint {}",
                entry.pipeline_name,
                entry.namespace,
                entry.run_id,
                entry.execution_id,
                entry.fingerprint
            )
        };
        let task = self
            .call(
                CREATE_TASK,
                retry_create,
                subject,
                create_request(entry),
                |mut client, request| async move { client.create_task_v1(request).await },
            )
            .await?;
        tracing::debug!(address = %self.address, id = %task.id, execution_id = entry.execution_id, "cache entry stored");
        Ok(())
    }

    /// The execution id of the newest entry with `fingerprint` in pipeline
    /// `pipeline_name` (plain name, as in [`CacheEntry::pipeline_name`]) and
    /// `namespace` (`ListTasksV1`), or `None` on a miss. Like KFP, nothing
    /// else is checked: the caller reads the execution from MLMD.
    pub async fn lookup(
        &self,
        pipeline_name: &str,
        namespace: &str,
        fingerprint: &str,
    ) -> Result<Option<i64>, CacheError> {
        let subject = || {
            format!(
                "pipeline {pipeline_name:?}, namespace {namespace:?}, fingerprint {fingerprint}"
            )
        };
        let response = self
            .call(
                LIST_TASKS,
                retry_list,
                subject,
                lookup_request(pipeline_name, namespace, fingerprint),
                |mut client, request| async move { client.list_tasks_v1(request).await },
            )
            .await?;
        let Some(task) = response.tasks.first() else {
            return Ok(None);
        };
        match task.mlmd_execution_id.parse::<i64>() {
            Ok(id) => Ok(Some(id)),
            Err(e) => Err(CacheError::Answer {
                rpc: LIST_TASKS,
                address: self.address.clone(),
                subject: subject(),
                message: format!(
                    "task {:?} has mlmdExecutionID {:?}, not an execution id ({e})",
                    task.id, task.mlmd_execution_id
                ),
            }),
        }
    }

    /// One RPC with deadline and bounded retries of the failures `retryable`
    /// accepts; `attempt` makes one attempt on a client clone.
    async fn call<Req, Resp, F, Fut>(
        &self,
        rpc: &'static str,
        retryable: fn(&Status) -> bool,
        subject: impl Fn() -> String,
        request: Req,
        attempt: F,
    ) -> Result<Resp, CacheError>
    where
        Req: Clone,
        F: Fn(TaskServiceClient<Channel>, tonic::Request<Req>) -> Fut,
        Fut: Future<Output = Result<tonic::Response<Resp>, Status>>,
    {
        let start = Instant::now();
        let mut attempts = 0;
        loop {
            attempts += 1;
            let mut req = tonic::Request::new(request.clone());
            req.set_timeout(self.call_timeout);
            // The request timeout bounds the HTTP exchange; this one also
            // bounds waiting for the (lazy) connect.
            let answer = tokio::time::timeout(self.call_timeout, attempt(self.client.clone(), req));
            let status = match answer.await {
                Ok(Ok(response)) => return Ok(response.into_inner()),
                Ok(Err(status)) => status,
                Err(_) => {
                    Status::deadline_exceeded(format!("no answer within {:?}", self.call_timeout))
                }
            };
            let Some(delay) = retryable(&status)
                .then(|| self.retry.delay(attempts, start))
                .flatten()
            else {
                return Err(CacheError::Rpc {
                    rpc,
                    address: self.address.clone(),
                    subject: subject(),
                    attempts,
                    code: status.code(),
                    message: status.message().to_owned(),
                    status,
                });
            };
            tracing::warn!(rpc, address = %self.address, attempts, ?delay, code = ?status.code(), message = status.message(), "KFP API server call failed, retrying");
            tokio::time::sleep(delay).await;
        }
    }
}

/// A create is retried only when the request cannot have reached the server.
fn retry_create(status: &Status) -> bool {
    status.code() == Code::Unavailable && connection_refused(status)
}

/// A lookup only reads, so any transient failure is retried.
fn retry_list(status: &Status) -> bool {
    matches!(status.code(), Code::Unavailable | Code::DeadlineExceeded)
}

/// Whether a refused TCP connect is among the causes of `status`.
fn connection_refused(status: &Status) -> bool {
    let first: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(status);
    std::iter::successors(first, |e| e.source()).any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)
    })
}
