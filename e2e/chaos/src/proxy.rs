//! The proxy: accept on 127.0.0.1, serve each connection with hyper,
//! forward through one pooled client, and apply the first rule that picks
//! a request.

use std::{
    convert::Infallible,
    net::{Shutdown, SocketAddr},
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use bytes::Bytes;
use http_body_util::{combinators::UnsyncBoxBody, BodyExt, Empty, Full};
use hyper::{body::Incoming, service::service_fn, Request, Response};
use hyper_util::{
    client::legacy::{connect::HttpConnector, Client},
    rt::{TokioExecutor, TokioIo},
};
use tokio::{
    net::{TcpListener, TcpStream},
    sync::{watch, Notify},
};

use crate::rule::{Fault, Rule};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type Body = UnsyncBoxBody<Bytes, BoxError>;

/// What the proxy speaks on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// HTTP/1.1 (S3).
    Http1,
    /// HTTP/2 with prior knowledge (gRPC without TLS, as MLMD serves it).
    /// Request bodies are read whole before a rule is chosen, so rules may
    /// match on them.
    Grpc,
}

/// One request the proxy saw, and the fault it got (if any).
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: String,
    /// Index of the rule that fired (in [`FaultProxy::add`] order).
    pub rule: Option<usize>,
}

/// A fault-injecting proxy in front of one upstream. Dropping it closes
/// every connection it serves.
pub struct FaultProxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
    closed: watch::Sender<bool>,
}

impl std::fmt::Debug for FaultProxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FaultProxy")
            .field("addr", &self.addr)
            .field("upstream", &self.shared.upstream)
            .finish()
    }
}

struct Shared {
    upstream: SocketAddr,
    protocol: Protocol,
    client: Client<HttpConnector, Body>,
    state: Mutex<State>,
    /// Bumped at every request seen, release, partition and heal.
    changed: watch::Sender<u64>,
}

#[derive(Default)]
struct State {
    rules: Vec<Active>,
    log: Vec<Seen>,
    partition: Partition,
    /// Holds taken before this generation are released.
    releases: u64,
}

struct Active {
    rule: Rule,
    matched: usize,
    fired: usize,
    /// Requests or answers of this rule being held right now, or before.
    held: usize,
}

#[derive(Default, Clone, Copy)]
enum Partition {
    #[default]
    None,
    Until(Instant),
    Forever,
}

/// One accepted connection, to reset or half-close it from a request.
struct Connection {
    /// A second handle on the socket hyper owns.
    socket: std::net::TcpStream,
    reset: Notify,
}

impl Connection {
    /// RST: no lingering, then the connection's task drops the socket.
    fn reset(&self) {
        let _ = socket2::SockRef::from(&self.socket).set_linger(Some(Duration::ZERO));
        let _ = self.socket.shutdown(Shutdown::Read);
        self.reset.notify_one();
    }

    /// FIN towards the client; reading goes on.
    fn half_close(&self) {
        let _ = self.socket.shutdown(Shutdown::Write);
    }
}

impl FaultProxy {
    /// Listen on a free 127.0.0.1 port and forward to `upstream`.
    pub async fn start(upstream: SocketAddr, protocol: Protocol) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let mut builder = Client::builder(TokioExecutor::new());
        builder.pool_idle_timeout(Duration::from_secs(30));
        if protocol == Protocol::Grpc {
            builder.http2_only(true);
        }
        let shared = Arc::new(Shared {
            upstream,
            protocol,
            client: builder.build_http(),
            state: Mutex::default(),
            changed: watch::Sender::new(0),
        });
        let (closed, _) = watch::channel(false);
        tokio::spawn(accept(listener, shared.clone(), closed.subscribe()));
        Ok(Self {
            addr,
            shared,
            closed,
        })
    }

    /// Where clients connect instead of the upstream.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Add a rule; the first rule (in this order) that picks a request wins.
    /// Its index, for [`FaultProxy::fired`] and [`FaultProxy::until_fired`].
    pub fn add(&self, rule: Rule) -> usize {
        let mut state = self.shared.lock();
        state.rules.push(Active {
            rule,
            matched: 0,
            fired: 0,
            held: 0,
        });
        state.rules.len() - 1
    }

    /// How often rule `index` fired.
    pub fn fired(&self, index: usize) -> usize {
        self.shared.lock().rules.get(index).map_or(0, |r| r.fired)
    }

    /// Wait until rule `index` has fired, at most `limit`; whether it did.
    pub async fn until_fired(&self, index: usize, limit: Duration) -> bool {
        let mut changes = self.shared.changed.subscribe();
        let wait = async {
            while self.fired(index) == 0 {
                if changes.changed().await.is_err() {
                    return false;
                }
            }
            true
        };
        tokio::time::timeout(limit, wait).await.unwrap_or(false)
    }

    /// Wait until rule `index` holds a request or an answer (for
    /// [`Fault::HoldAnswer`]: the upstream has answered, so the request
    /// took effect), at most `limit`; whether it does.
    pub async fn until_held(&self, index: usize, limit: Duration) -> bool {
        let mut changes = self.shared.changed.subscribe();
        let held = || self.shared.lock().rules.get(index).map_or(0, |r| r.held);
        let wait = async {
            while held() == 0 {
                if changes.changed().await.is_err() {
                    return false;
                }
            }
            true
        };
        tokio::time::timeout(limit, wait).await.unwrap_or(false)
    }

    /// Let every held request and answer go on.
    pub fn release(&self) {
        self.shared.lock().releases += 1;
        self.shared.changed.send_modify(|n| *n += 1);
    }

    /// Hold every request and answer: for `heal_after`, or until
    /// [`FaultProxy::heal`] (`None`). New connections are accepted (the
    /// kernel would) but not served.
    pub fn partition(&self, heal_after: Option<Duration>) {
        self.shared.lock().partition = match heal_after {
            Some(after) => Partition::Until(Instant::now() + after),
            None => Partition::Forever,
        };
        self.shared.changed.send_modify(|n| *n += 1);
    }

    pub fn heal(&self) {
        self.shared.lock().partition = Partition::None;
        self.shared.changed.send_modify(|n| *n += 1);
    }

    /// Every request so far.
    pub fn log(&self) -> Vec<Seen> {
        self.shared.lock().log.clone()
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        let _ = self.closed.send(true);
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Log the request and pick its fault (and the rule's index).
    fn choose(&self, method: &str, path: &str, query: &str, body: &[u8]) -> Option<(usize, Fault)> {
        let mut state = self.lock();
        let mut chosen = None;
        for (index, active) in state.rules.iter_mut().enumerate() {
            if !active.rule.matches(method, path, query, body) {
                continue;
            }
            active.matched += 1;
            let due = active.matched > active.rule.skip
                && active.rule.times.is_none_or(|t| active.fired < t);
            if due {
                active.fired += 1;
                chosen = Some((index, active.rule.fault.clone()));
                break;
            }
        }
        state.log.push(Seen {
            method: method.to_owned(),
            path: path.to_owned(),
            query: query.to_owned(),
            rule: chosen.as_ref().map(|(i, _)| *i),
        });
        drop(state);
        self.changed.send_modify(|n| *n += 1);
        chosen
    }

    /// Wait out a partition.
    async fn passable(&self) {
        let mut changes = self.changed.subscribe();
        loop {
            let partition = self.lock().partition;
            match partition {
                Partition::None => return,
                Partition::Until(at) if Instant::now() >= at => return,
                Partition::Until(at) => {
                    let _ = tokio::time::timeout_at(at.into(), changes.changed()).await;
                }
                Partition::Forever => {
                    if changes.changed().await.is_err() {
                        return;
                    }
                }
            }
        }
    }

    /// Count rule `index` as holding, and wait for the next
    /// [`FaultProxy::release`].
    async fn hold(&self, index: usize) {
        let mut changes = self.changed.subscribe();
        let taken = {
            let mut state = self.lock();
            if let Some(rule) = state.rules.get_mut(index) {
                rule.held += 1;
            }
            state.releases
        };
        self.changed.send_modify(|n| *n += 1);
        while self.lock().releases == taken {
            if changes.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    }

    async fn forward(&self, mut request: Request<Body>) -> Response<Body> {
        let path = request
            .uri()
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        let uri = format!("http://{}{path}", self.upstream);
        match uri.parse() {
            Ok(uri) => *request.uri_mut() = uri,
            Err(e) => return bad_gateway(&format!("{uri}: {e}")),
        }
        match self.client.request(request).await {
            Ok(response) => response.map(|b| b.map_err(BoxError::from).boxed_unsync()),
            Err(e) => bad_gateway(&format!("upstream {}: {e}", self.upstream)),
        }
    }
}

async fn accept(listener: TcpListener, shared: Arc<Shared>, closed: watch::Receiver<bool>) {
    loop {
        let mut stop = closed.clone();
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
            _ = stop.changed() => return,
        };
        tokio::spawn(serve(stream, shared.clone(), closed.clone()));
    }
}

async fn serve(stream: TcpStream, shared: Arc<Shared>, mut closed: watch::Receiver<bool>) {
    let Some((stream, connection)) = split(stream) else {
        return;
    };
    shared.passable().await;
    let io = TokioIo::new(stream);
    let service = {
        let (shared, connection) = (shared.clone(), connection.clone());
        service_fn(move |request| {
            let (shared, connection) = (shared.clone(), connection.clone());
            async move { Ok::<_, Infallible>(handle(&shared, &connection, request).await) }
        })
    };
    let reset = connection.reset.notified();
    match shared.protocol {
        Protocol::Http1 => {
            let conn = hyper::server::conn::http1::Builder::new().serve_connection(io, service);
            tokio::select! {
                _ = conn => {}
                _ = reset => {}
                _ = closed.changed() => {}
            }
        }
        Protocol::Grpc => {
            let conn = hyper::server::conn::http2::Builder::new(TokioExecutor::new())
                .serve_connection(io, service);
            tokio::select! {
                _ = conn => {}
                _ = reset => {}
                _ = closed.changed() => {}
            }
        }
    }
}

/// The stream for hyper and a second handle to reset or half-close it.
fn split(stream: TcpStream) -> Option<(TcpStream, Arc<Connection>)> {
    let std = stream.into_std().ok()?;
    let socket = std.try_clone().ok()?;
    let stream = TcpStream::from_std(std).ok()?;
    Some((
        stream,
        Arc::new(Connection {
            socket,
            reset: Notify::new(),
        }),
    ))
}

async fn handle(
    shared: &Arc<Shared>,
    connection: &Connection,
    request: Request<Incoming>,
) -> Response<Body> {
    let (parts, body) = request.into_parts();
    let (body, bytes) = match shared.protocol {
        Protocol::Grpc => match body.collect().await {
            Ok(collected) => {
                let bytes = collected.to_bytes();
                (full(bytes.clone()), bytes)
            }
            Err(e) => return bad_gateway(&format!("reading the request: {e}")),
        },
        Protocol::Http1 => (body.map_err(BoxError::from).boxed_unsync(), Bytes::new()),
    };
    shared.passable().await;
    let chosen = shared.choose(
        parts.method.as_str(),
        parts.uri.path(),
        parts.uri.query().unwrap_or(""),
        &bytes,
    );
    let (index, fault) = chosen.unzip();
    let request = Request::from_parts(parts, body);
    let answer = match fault {
        None => shared.forward(request).await,
        Some(Fault::Delay(d)) => {
            tokio::time::sleep(d).await;
            shared.forward(request).await
        }
        Some(Fault::S3Error { status, code }) => s3_error(status, code, request.uri().path()),
        Some(Fault::Grpc { code, message }) => grpc_status(code, message),
        Some(Fault::Reset) => {
            connection.reset();
            std::future::pending().await
        }
        Some(Fault::ResetAfterBody(limit)) => {
            let mut body = request.into_body();
            let mut seen = 0;
            while seen < limit {
                match body.frame().await {
                    Some(Ok(frame)) => seen += frame.data_ref().map_or(0, |d| d.len()),
                    _ => break,
                }
            }
            connection.reset();
            std::future::pending().await
        }
        Some(Fault::HalfClose) => {
            connection.half_close();
            std::future::pending().await
        }
        Some(Fault::HoldRequest) => {
            shared.hold(index.unwrap_or_default()).await;
            shared.passable().await;
            shared.forward(request).await
        }
        Some(Fault::HoldAnswer) => {
            // The request goes on even if its sender dies meanwhile.
            let upstream = Arc::clone(shared);
            let answer = tokio::spawn(async move { upstream.forward(request).await });
            let answer = answer
                .await
                .unwrap_or_else(|e| bad_gateway(&format!("forwarding: {e}")));
            shared.hold(index.unwrap_or_default()).await;
            answer
        }
    };
    shared.passable().await;
    answer
}

fn full(bytes: Bytes) -> Body {
    Full::new(bytes).map_err(|e| match e {}).boxed_unsync()
}

fn bad_gateway(message: &str) -> Response<Body> {
    let mut response = Response::new(full(Bytes::from(message.to_owned())));
    *response.status_mut() = hyper::StatusCode::BAD_GATEWAY;
    response
}

/// An S3 error document as AWS and SeaweedFS write it.
fn s3_error(status: u16, code: &str, resource: &str) -> Response<Body> {
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>injected by the fault proxy</Message><Resource>{resource}</Resource><RequestId>chaos</RequestId></Error>"
    );
    let mut response = Response::new(full(Bytes::from(xml)));
    *response.status_mut() =
        hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/xml"),
    );
    response
}

/// A trailers-only gRPC answer: the status in the headers, no message.
fn grpc_status(code: i32, message: &str) -> Response<Body> {
    let mut response = Response::new(Empty::new().map_err(|e| match e {}).boxed_unsync());
    let headers = response.headers_mut();
    headers.insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/grpc"),
    );
    if let Ok(code) = hyper::header::HeaderValue::from_str(&code.to_string()) {
        headers.insert("grpc-status", code);
    }
    if let Ok(message) = hyper::header::HeaderValue::from_str(message) {
        headers.insert("grpc-message", message);
    }
    response
}
