//! What the proxy does to which request.

use std::time::Duration;

/// What happens to a request a [`Rule`] picks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Forwarded after this long (added latency).
    Delay(Duration),
    /// Answered by the proxy with an S3 error document: what a busy or
    /// failing store says (`503 SlowDown`, `500 InternalError`, `429`).
    S3Error { status: u16, code: &'static str },
    /// Answered by the proxy with a gRPC status and no message: what
    /// MLMD or a mesh in front of it says (`UNAVAILABLE`, `ABORTED`,
    /// `DEADLINE_EXCEEDED`).
    Grpc { code: i32, message: &'static str },
    /// The connection is reset (RST) where the answer should come.
    Reset,
    /// The connection is reset after this many bytes of the request's
    /// body reached the proxy: an upload cut in the middle. Nothing of it
    /// reaches the store.
    ResetAfterBody(usize),
    /// The proxy closes its sending side (FIN) instead of answering and
    /// keeps the connection open for reading: a half-closed connection.
    HalfClose,
    /// Not forwarded until [`crate::FaultProxy::release`]: the request is
    /// lost in a partition, its sender waits.
    HoldRequest,
    /// Forwarded, but the answer is withheld until
    /// [`crate::FaultProxy::release`]: the effect happened, the sender does
    /// not know yet. A process killed here has done the work and heard
    /// nothing.
    HoldAnswer,
}

impl Fault {
    pub const SLOW_DOWN: Fault = Fault::S3Error {
        status: 503,
        code: "SlowDown",
    };
    pub const INTERNAL_ERROR: Fault = Fault::S3Error {
        status: 500,
        code: "InternalError",
    };
    pub const TOO_MANY_REQUESTS: Fault = Fault::S3Error {
        status: 429,
        code: "TooManyRequests",
    };
    pub const UNAVAILABLE: Fault = Fault::Grpc {
        code: 14,
        message: "injected: unavailable",
    };
    pub const ABORTED: Fault = Fault::Grpc {
        code: 10,
        message: "injected: aborted",
    };
    pub const DEADLINE_EXCEEDED: Fault = Fault::Grpc {
        code: 4,
        message: "injected: deadline exceeded",
    };

    /// A short name for logs and tables.
    pub fn label(&self) -> String {
        match self {
            Fault::Delay(d) => format!("latency {} ms", d.as_millis()),
            Fault::S3Error { status, code } => format!("{status} {code}"),
            Fault::Grpc { message, .. } => message.trim_start_matches("injected: ").to_uppercase(),
            Fault::Reset => "connection reset".into(),
            Fault::ResetAfterBody(n) => format!("reset after {n} bytes of body"),
            Fault::HalfClose => "half-closed connection".into(),
            Fault::HoldRequest => "request held".into(),
            Fault::HoldAnswer => "answer held".into(),
        }
    }
}

/// Which requests a fault hits: every given condition must hold. Without
/// [`Rule::times`] it fires once, at the first match after [`Rule::skip`].
#[derive(Debug, Clone)]
pub struct Rule {
    pub(crate) method: Option<String>,
    pub(crate) path: Option<String>,
    pub(crate) rpc: Option<String>,
    pub(crate) query: Option<String>,
    pub(crate) body: Option<Vec<u8>>,
    pub(crate) skip: usize,
    pub(crate) times: Option<usize>,
    pub(crate) fault: Fault,
}

impl Rule {
    pub fn new(fault: Fault) -> Self {
        Self {
            method: None,
            path: None,
            rpc: None,
            query: None,
            body: None,
            skip: 0,
            times: Some(1),
            fault,
        }
    }

    /// The HTTP method (`PUT`, `POST`, …).
    pub fn method(mut self, method: &str) -> Self {
        self.method = Some(method.to_owned());
        self
    }

    /// A substring of the path: part of an S3 key.
    pub fn path(mut self, part: &str) -> Self {
        self.path = Some(part.to_owned());
        self
    }

    /// One gRPC method: the whole path
    /// (`/ml_metadata.MetadataStoreService/PutExecution`, which is a
    /// prefix of `…/PutExecutions`).
    pub fn rpc(mut self, path: &str) -> Self {
        self.rpc = Some(path.to_owned());
        self
    }

    /// A substring of the query (`partNumber=2`, `uploads`).
    pub fn query(mut self, part: &str) -> Self {
        self.query = Some(part.to_owned());
        self
    }

    /// Bytes the request's body contains (gRPC only: a task's name in a
    /// `PutExecution`, which is protobuf but keeps strings as they are).
    pub fn body(mut self, part: &[u8]) -> Self {
        self.body = Some(part.to_vec());
        self
    }

    /// Let this many matching requests through first.
    pub fn skip(mut self, n: usize) -> Self {
        self.skip = n;
        self
    }

    /// Fire this many times (then let requests through).
    pub fn times(mut self, n: usize) -> Self {
        self.times = Some(n);
        self
    }

    /// Fire at every match: a fault that does not go away.
    pub fn always(mut self) -> Self {
        self.times = None;
        self
    }

    pub(crate) fn matches(&self, method: &str, path: &str, query: &str, body: &[u8]) -> bool {
        self.method.as_deref().is_none_or(|m| m == method)
            && self.path.as_deref().is_none_or(|p| path.contains(p))
            && self.rpc.as_deref().is_none_or(|p| path == p)
            && self.query.as_deref().is_none_or(|q| query.contains(q))
            && self
                .body
                .as_deref()
                .is_none_or(|b| !b.is_empty() && body.windows(b.len()).any(|w| w == b))
    }
}
