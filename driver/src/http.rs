//! The HTTP/1.1 server under `driver serve` and `driver webhook`: hyper's,
//! one task per connection on the current thread, TLS when asked (the
//! webhook: the API server only calls HTTPS), and a stop that lets the
//! requests in flight finish before the connections close.

use std::{
    convert::Infallible, future::Future, net::SocketAddr, path::Path, sync::Arc, time::Duration,
};

use bytes::Bytes;
use http_body_util::Full;
use hyper::{body::Incoming, header, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    io::{AsyncRead, AsyncWrite},
    net::TcpListener,
    sync::watch,
    task::JoinSet,
};

pub type Reply = Response<Full<Bytes>>;

/// A TLS handshake not done by then is dropped.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// A request whose body has not all arrived by then is refused (408):
/// hyper's header timeout does not cover the body.
const BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a server could not start.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("--listen {addr}: cannot listen")]
    Listen {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("{flag} {}: cannot read it", path.display())]
    Read {
        flag: &'static str,
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{flag} {}: {what}", path.display())]
    Pem {
        flag: &'static str,
        path: std::path::PathBuf,
        what: String,
    },
    #[error("--tls-cert and --tls-key do not make a TLS server")]
    Tls(#[source] rustls::Error),
    #[error("waiting for SIGTERM")]
    Signal(#[source] std::io::Error),
}

/// Bind `addr`.
pub async fn bind(addr: SocketAddr) -> Result<TcpListener, HttpError> {
    TcpListener::bind(addr)
        .await
        .map_err(|source| HttpError::Listen { addr, source })
}

/// Resolves on the first SIGTERM or SIGINT. Call it on the thread that
/// runs the server, before any other thread starts: it unblocks both
/// signals there, as a parent that blocked them (a test harness, an init
/// that forwards signals itself) would otherwise leave them pending for
/// ever and the server deaf to its stop.
pub fn stop_signal() -> Result<impl Future<Output = ()>, HttpError> {
    use nix::sys::signal::{SigSet, SigmaskHow, Signal};
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).map_err(HttpError::Signal)?;
    let mut int = signal(SignalKind::interrupt()).map_err(HttpError::Signal)?;
    let mut both = SigSet::empty();
    both.add(Signal::SIGTERM);
    both.add(Signal::SIGINT);
    nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_UNBLOCK, Some(&both), None)
        .map_err(|e| HttpError::Signal(e.into()))?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    })
}

/// A TLS acceptor with the certificate chain and key of these PEM files.
pub fn tls(cert: &Path, key: &Path) -> Result<tokio_rustls::TlsAcceptor, HttpError> {
    use rustls::pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer};
    let read = |flag, path: &Path| {
        std::fs::read(path).map_err(|source| HttpError::Read {
            flag,
            path: path.to_owned(),
            source,
        })
    };
    let pem_error = |flag, path: &Path, what: String| HttpError::Pem {
        flag,
        path: path.to_owned(),
        what,
    };
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(&read("--tls-cert", cert)?)
            .collect::<Result<_, _>>()
            .map_err(|e| pem_error("--tls-cert", cert, format!("not PEM: {e}")))?;
    if certs.is_empty() {
        return Err(pem_error("--tls-cert", cert, "holds no certificate".into()));
    }
    let key = PrivateKeyDer::from_pem_slice(&read("--tls-key", key)?)
        .map_err(|e| pem_error("--tls-key", key, format!("no private key: {e}")))?;
    kfp_common::install_crypto_provider();
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(HttpError::Tls)?;
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// The connections a server accepted, to be closed at its stop.
pub struct Connections {
    closing: watch::Sender<bool>,
    tasks: JoinSet<()>,
}

impl Connections {
    /// Each connection finishes the request it is serving, then closes;
    /// waits for all of them, at most `deadline` (the rest are dropped).
    /// Whether all closed in time.
    pub async fn close(mut self, deadline: Duration) -> bool {
        let _ = self.closing.send(true);
        tokio::time::timeout(deadline, async {
            while self.tasks.join_next().await.is_some() {}
        })
        .await
        .is_ok()
    }
}

/// Serve the connections `listener` accepts with `handle` (over TLS when
/// `tls` is given) until `stop` resolves; what is still open is returned,
/// to be [closed](Connections::close) once the caller has drained its own
/// work. Must run inside a [`tokio::task::LocalSet`].
pub async fn accept_until<H, F>(
    listener: TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    handle: H,
    stop: impl Future<Output = ()>,
) -> Connections
where
    H: Fn(Request<Incoming>) -> F + Clone + 'static,
    F: Future<Output = Reply> + 'static,
{
    let (closing, closed) = watch::channel(false);
    let mut tasks = JoinSet::new();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            () = &mut stop => break,
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        // Out of descriptors, a connection reset before it
                        // was accepted: the next one may do.
                        tracing::warn!(error = %e, "accepting a connection");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let (handle, closed, tls) = (handle.clone(), closed.clone(), tls.clone());
                tasks.spawn_local(async move {
                    match tls {
                        None => connection(stream, handle, closed).await,
                        // A client that never finishes its handshake must
                        // not hold a task and a descriptor for ever, nor
                        // the stop.
                        Some(tls) => {
                            let mut stopping = closed.clone();
                            tokio::select! {
                            accepted = tokio::time::timeout(HANDSHAKE_TIMEOUT, tls.accept(stream)) => match accepted {
                                Ok(Ok(stream)) => connection(stream, handle, closed).await,
                                Ok(Err(e)) => tracing::debug!(error = %e, "TLS handshake"),
                                Err(_) => tracing::debug!("TLS handshake timed out"),
                            },
                            _ = stopping.wait_for(|c| *c) => {}
                        }},
                    }
                });
            }
            // Reap finished connections as we go.
            Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
        }
    }
    Connections { closing, tasks }
}

async fn connection<S, H, F>(stream: S, handle: H, mut closed: watch::Receiver<bool>)
where
    S: AsyncRead + AsyncWrite + Unpin + 'static,
    H: Fn(Request<Incoming>) -> F + 'static,
    F: Future<Output = Reply> + 'static,
{
    let service = hyper::service::service_fn(move |req| {
        let reply = handle(req);
        async move { Ok::<_, Infallible>(reply.await) }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(30))
        .serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        _ = closed.wait_for(|c| *c) => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

/// A plain-text reply.
pub fn text(status: StatusCode, body: &str) -> Reply {
    let mut r = Response::new(Full::new(Bytes::from(body.to_owned())));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

/// A JSON reply (200).
pub fn json(body: Vec<u8>) -> Reply {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    r
}

/// A request's body, at most `limit` bytes, within 30 s: 413,
/// 408 or 400 otherwise.
pub async fn body(req: Request<Incoming>, limit: usize) -> Result<Bytes, Reply> {
    use http_body_util::{BodyExt, Limited};
    let collected =
        tokio::time::timeout(BODY_TIMEOUT, Limited::new(req.into_body(), limit).collect());
    let Ok(collected) = collected.await else {
        return Err(text(
            StatusCode::REQUEST_TIMEOUT,
            "the request's body did not arrive in 30 s\n",
        ));
    };
    match collected {
        Ok(b) => Ok(b.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(text(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("the request is over {} MiB\n", limit >> 20),
        )),
        Err(_) => Err(text(StatusCode::BAD_REQUEST, "reading the request\n")),
    }
}
