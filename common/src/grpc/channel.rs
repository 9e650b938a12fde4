//! The channel to a server and the one place calls are made: a deadline per
//! attempt, retries per [`super::retry`], errors naming the service, the
//! address, the RPC and its subject.

use std::{
    future::Future,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::Duration,
};

use tonic::{
    transport::{Channel, Endpoint},
    Status,
};

use super::{
    retry::{classify, classify_connect, retry, Random, RetryPolicy, Safety},
    ClientOptions, GrpcError, RpcStatus,
};

/// `host:port`, with brackets around an IPv6 literal.
pub fn address(host: &str, port: u16) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// When the channel opens its connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connect {
    /// Now, retried per the options' policy: a server that is down fails
    /// the connect (MLMD, which every task needs).
    Eager,
    /// On the first call, whose retries cover the connect: a client that is
    /// never used never touches the network (the KFP cache, when a task
    /// turns caching off). Must still be created inside a Tokio runtime.
    Lazy,
}

/// A channel to `service` at `host:port` (plaintext, or TLS per
/// `options.tls`) with the options' connect timeout and call deadline;
/// also answers the address, for errors.
pub async fn channel(
    service: &'static str,
    host: &str,
    port: u16,
    options: &ClientOptions,
    connect: Connect,
) -> Result<(Channel, String), GrpcError> {
    let address = address(host, port);
    let scheme = if options.tls.is_some() {
        "https"
    } else {
        "http"
    };
    let invalid = |source| GrpcError::Address {
        service,
        address: address.clone(),
        source,
    };
    let mut endpoint = Endpoint::from_shared(format!("{scheme}://{address}"))
        .map_err(invalid)?
        .connect_timeout(options.connect_timeout)
        .timeout(options.call_timeout)
        .tcp_nodelay(true);
    if let Some(tls) = &options.tls {
        let config = tls.client_config(host).map_err(|source| GrpcError::Tls {
            service,
            address: address.clone(),
            path: tls.ca_cert_path.clone().unwrap_or_default(),
            source,
        })?;
        endpoint = endpoint.tls_config(config).map_err(invalid)?;
    }
    if connect == Connect::Lazy {
        return Ok((endpoint.connect_lazy(), address));
    }
    let connected = retry(
        &options.retry,
        options.random,
        Safety::Idempotent,
        classify_connect,
        |_| endpoint.connect(),
        |error, attempt, delay| {
            tracing::warn!(service, %address, attempt, ?delay, error = %crate::error_chain(error), "not reachable, retrying");
        },
    )
    .await;
    match connected {
        Ok(channel) => Ok((channel, address)),
        Err(exhausted) => Err(GrpcError::Connect {
            service,
            address,
            attempts: exhausted.attempts,
            elapsed: exhausted.elapsed,
            source: exhausted.error,
        }),
    }
}

/// A generated client `C` plus the policy of its calls; cheap to clone.
#[derive(Debug, Clone)]
pub struct Rpc<C> {
    client: C,
    service: &'static str,
    address: String,
    retry: RetryPolicy,
    random: Random,
    call_timeout: Duration,
    /// Attempts sent, retries included: the round trips a task costs.
    sent: Arc<AtomicU64>,
}

impl<C: Clone> Rpc<C> {
    /// Calls through `client` (made on a [`channel`] to `address`) with the
    /// options' deadline and retry policy.
    pub fn new(service: &'static str, address: String, client: C, options: &ClientOptions) -> Self {
        Self {
            client,
            service,
            address,
            retry: options.retry.clone(),
            random: options.random,
            call_timeout: options.call_timeout,
            sent: Arc::default(),
        }
    }

    /// The server's `host:port`.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// RPC attempts sent so far.
    pub fn sent(&self) -> u64 {
        self.sent.load(Ordering::Relaxed)
    }

    /// One RPC with a deadline per attempt and retries of the failures that
    /// `safety` allows to repeat. `subject` names what the call is about
    /// (ids) for the error; `f` makes one attempt on a client clone.
    pub async fn call<Req, Resp, F, Fut>(
        &self,
        rpc: &'static str,
        safety: Safety,
        subject: impl Fn() -> String,
        request: Req,
        f: F,
    ) -> Result<Resp, GrpcError>
    where
        Req: Clone,
        F: Fn(C, tonic::Request<Req>) -> Fut,
        Fut: Future<Output = Result<tonic::Response<Resp>, Status>>,
    {
        let attempt = |_| {
            self.sent.fetch_add(1, Ordering::Relaxed);
            let mut req = tonic::Request::new(request.clone());
            req.set_timeout(self.call_timeout);
            // The endpoint timeout bounds the HTTP exchange; this one also
            // bounds waiting for a (re)connect.
            let answer = tokio::time::timeout(self.call_timeout, f(self.client.clone(), req));
            async move {
                match answer.await {
                    Ok(Ok(response)) => Ok(response.into_inner()),
                    Ok(Err(status)) => Err(status),
                    Err(_) => Err(Status::deadline_exceeded(format!(
                        "no answer within {:?}",
                        self.call_timeout
                    ))),
                }
            }
        };
        let on_retry = |status: &Status, attempt, delay| {
            tracing::warn!(service = self.service, address = %self.address, rpc, attempt, ?delay, code = ?status.code(), message = status.message(), "call failed, retrying");
        };
        retry(
            &self.retry,
            self.random,
            safety,
            classify,
            attempt,
            on_retry,
        )
        .await
        .map_err(|exhausted| GrpcError::Rpc {
            service: self.service,
            address: self.address.clone(),
            rpc,
            subject: subject(),
            attempts: exhausted.attempts,
            status: RpcStatus(exhausted.error),
        })
    }

    /// The error for an answer that breaks the protocol's promise.
    pub fn unexpected(
        &self,
        rpc: &'static str,
        subject: String,
        message: impl Into<String>,
    ) -> GrpcError {
        GrpcError::Answer {
            service: self.service,
            address: self.address.clone(),
            rpc,
            subject,
            message: message.into(),
        }
    }
}
