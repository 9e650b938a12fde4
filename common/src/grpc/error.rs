//! Errors of a gRPC client: each names the service, its address, the RPC and
//! what the call was about; the cause is the `source()`, never repeated in
//! the message, so [`crate::error_chain`] prints every link once.

use std::{fmt, path::PathBuf, time::Duration};

use tonic::{Code, Status};

/// Errors of a gRPC client ([`super::Rpc`] and the connect helpers).
#[derive(Debug, thiserror::Error)]
pub enum GrpcError {
    #[error("invalid address {address} of {service}")]
    Address {
        service: &'static str,
        address: String,
        #[source]
        source: tonic::transport::Error,
    },
    /// The CA bundle of `--ca_cert_path` cannot be read.
    #[error("TLS to {service} at {address}: cannot read --ca_cert_path {}", path.display())]
    Tls {
        service: &'static str,
        address: String,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot connect to {service} at {address} ({attempts} attempts in {elapsed:?})")]
    Connect {
        service: &'static str,
        address: String,
        attempts: u32,
        elapsed: Duration,
        #[source]
        source: tonic::transport::Error,
    },
    #[error("{rpc} to {service} at {address} ({subject}) failed after {attempts} attempt(s)")]
    Rpc {
        service: &'static str,
        address: String,
        rpc: &'static str,
        /// What the call was about, with its ids (e.g. `execution 42`).
        subject: String,
        attempts: u32,
        #[source]
        status: RpcStatus,
    },
    /// The call succeeded but its answer is not what the protocol promises.
    #[error("{rpc} to {service} at {address} ({subject}): unexpected answer: {message}")]
    Answer {
        service: &'static str,
        address: String,
        rpc: &'static str,
        subject: String,
        message: String,
    },
}

impl GrpcError {
    /// The status of a failed RPC.
    pub fn status(&self) -> Option<&Status> {
        match self {
            Self::Rpc { status, .. } => Some(&status.0),
            _ => None,
        }
    }

    /// The gRPC code of a failed RPC.
    pub fn code(&self) -> Option<Code> {
        self.status().map(Status::code)
    }

    /// The RPC that failed or answered unexpectedly.
    pub fn rpc(&self) -> Option<&'static str> {
        match self {
            Self::Rpc { rpc, .. } | Self::Answer { rpc, .. } => Some(rpc),
            _ => None,
        }
    }
}

/// The status of a failed RPC as one link of an error chain: its code and
/// the server's message. tonic's own `Display` of a status also prints its
/// cause (as `Debug`), which the next link of the chain prints anyway.
#[derive(Debug)]
pub struct RpcStatus(pub Status);

impl fmt::Display for RpcStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = &self.0;
        if status.message().is_empty() {
            write!(f, "{:?}", status.code())
        } else {
            write!(f, "{:?}: {}", status.code(), status.message())
        }
    }
}

impl std::error::Error for RpcStatus {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use std::{io, sync::Arc};

    use super::*;

    #[test]
    fn each_link_of_a_failed_rpc_is_printed_once() {
        let mut status = Status::unavailable("tcp connect error");
        status.set_source(Arc::new(io::Error::from(io::ErrorKind::ConnectionRefused)));
        let error = GrpcError::Rpc {
            service: "MLMD",
            address: "127.0.0.1:8080".to_owned(),
            rpc: "PutExecution",
            subject: "execution 42".to_owned(),
            attempts: 3,
            status: RpcStatus(status),
        };
        assert_eq!(error.code(), Some(Code::Unavailable));
        assert_eq!(error.rpc(), Some("PutExecution"));
        assert_eq!(
            crate::error_chain(&error),
            "PutExecution to MLMD at 127.0.0.1:8080 (execution 42) failed after 3 attempt(s): \
             Unavailable: tcp connect error: connection refused"
        );
    }
}
