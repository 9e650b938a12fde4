//! `driver serve`: the driver as an Argo executor plugin. Argo's agent pod
//! POSTs each `driver-plugin` template of its workflow to
//! `/api/v1/template.execute` ([`crate::plugin`]); the same library a
//! `driver` process runs answers it, on connections kept across requests
//! ([`Clients`]), so a task costs an HTTP call instead of a pod.
//!
//! - `Authorization: Bearer` must carry the token of `--token-file` (the
//!   one Argo mounts at `/var/run/argo/token`), re-read per request so a
//!   rotated token is honoured; 401 otherwise.
//! - At most `--max-requests` driver runs at once; more wait their turn
//!   (the agent runs many templates side by side, and each run holds MLMD
//!   calls in flight).
//! - A driver run is its own task: a client that hangs up does not cancel
//!   it half-way (an execution created and left `RUNNING`). The agent
//!   gives up on a call after 30 s and sends it again: the same request
//!   joins its run, or gets the reply of the run that succeeded.
//! - Another plugin's template gets a reply without a node, so that the
//!   agent asks its next plugin (a 404 would mean "no template.execute
//!   here", and the agent would never call this plugin again).
//! - SIGTERM or SIGINT: `/healthz` answers 503, no new connections, the
//!   runs in flight finish (up to `--drain-seconds`), then the server exits.

use std::{
    cell::Cell,
    future::Future,
    path::PathBuf,
    rc::Rc,
    sync::Arc,
    time::{Duration, Instant},
};

use hyper::{body::Incoming, header, Method, Request, StatusCode};
use tokio::{net::TcpListener, sync::Semaphore};

pub use crate::http::bind;
use crate::{
    args,
    clients::{drive, Clients},
    http::{self, json, text, Reply},
    plugin::{self, Call},
};

/// The path Argo's agent POSTs templates to.
pub const EXECUTE_PATH: &str = "/api/v1/template.execute";

/// A request body larger than this is refused (413): a template with its
/// component, task and container specs is tens of kilobytes.
const MAX_BODY: usize = 16 << 20;

/// The most `--max-requests` may be (Argo's agent itself runs 16 templates
/// at once unless told otherwise: `ARGO_AGENT_TASK_WORKERS`).
pub const MAX_REQUESTS: usize = 4096;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The bearer token's file; `None` accepts every request (a server on
    /// 127.0.0.1 for tests and local use).
    pub token_file: Option<PathBuf>,
    /// Driver runs at once.
    pub max_requests: usize,
    /// How long a stop waits for the runs in flight.
    pub drain: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            token_file: None,
            max_requests: 64,
            drain: Duration::from_secs(25),
        }
    }
}

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Http(#[from] http::HttpError),
    #[error("--token-file {}: cannot read it", path.display())]
    Token {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("--token-file {}: it is empty", path.display())]
    EmptyToken { path: PathBuf },
}

/// What the server did, for its last log line and for tests.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub requests: u64,
    /// Runs in flight when the stop came.
    pub in_flight_at_stop: usize,
    /// Runs still in flight when the drain time ran out.
    pub abandoned: usize,
}

struct State {
    config: Config,
    clients: Arc<Clients>,
    runs: Arc<Semaphore>,
    draining: Cell<bool>,
    requests: Cell<u64>,
    /// Driver runs started and not yet finished (each its own task, apart
    /// from the connection that asked for it).
    in_flight: Rc<Cell<usize>>,
    /// Runs by request ([`plugin::Call::key`]), so that a request sent
    /// again joins its run, or gets its reply ([`Once`]).
    once: std::cell::RefCell<std::collections::HashMap<String, Once>>,
}

/// A run of one request: Argo's agent waits 30 s for a reply, then sends
/// the same template again (up to five times). Run twice, a DAG or
/// CONTAINER driver would record two executions; so a request already
/// running joins that run, and one that succeeded gets the same reply for
/// [`REPLY_KEPT`]. A failed run is forgotten at once: the agent's retry,
/// or a retry of the workflow, runs it again.
enum Once {
    Running(futures::future::Shared<futures::future::LocalBoxFuture<'static, plugin::Reply>>),
    Succeeded(plugin::Reply, Instant),
}

/// How long a succeeded run's reply is kept for a request sent again: past
/// the agent's last retry (5 tries of 30 s with backoff: under 3 minutes).
const REPLY_KEPT: Duration = Duration::from_secs(300);

/// Replies kept at most (the oldest go first beyond).
const REPLIES_KEPT: usize = 4096;

/// Serve on `listener` until `stop` resolves, then drain. Must run inside
/// a [`tokio::task::LocalSet`] (the driver's futures stay on one thread).
pub async fn serve(
    listener: TcpListener,
    config: Config,
    clients: Arc<Clients>,
    stop: impl Future<Output = ()>,
) -> Result<Summary, ServeError> {
    if let Some(path) = &config.token_file {
        read_token(path)?;
    }
    let state = Rc::new(State {
        runs: Arc::new(Semaphore::new(config.max_requests.clamp(1, MAX_REQUESTS))),
        config,
        clients,
        draining: Cell::new(false),
        requests: Cell::new(0),
        in_flight: Rc::new(Cell::new(0)),
        once: Default::default(),
    });
    let handler = state.clone();
    let connections = http::accept_until(
        listener,
        None,
        move |req| handle(req, handler.clone()),
        stop,
    )
    .await;
    state.draining.set(true);
    let in_flight_at_stop = state.in_flight.get();
    tracing::info!(
        in_flight = in_flight_at_stop,
        "stopping: draining the driver runs in flight"
    );
    let drained = tokio::time::timeout(state.config.drain, async {
        // Runs first (a connection waits on its run), then connections.
        while state.in_flight.get() > 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        connections.close(state.config.drain).await;
    })
    .await;
    let abandoned = if drained.is_err() {
        state.in_flight.get()
    } else {
        0
    };
    Ok(Summary {
        requests: state.requests.get(),
        in_flight_at_stop,
        abandoned,
    })
}

fn read_token(path: &PathBuf) -> Result<String, ServeError> {
    let text = std::fs::read_to_string(path).map_err(|source| ServeError::Token {
        path: path.clone(),
        source,
    })?;
    let token = text.trim().to_owned();
    if token.is_empty() {
        return Err(ServeError::EmptyToken { path: path.clone() });
    }
    Ok(token)
}

async fn handle(req: Request<Incoming>, state: Rc<State>) -> Reply {
    match (req.method(), req.uri().path()) {
        (&Method::GET, "/healthz") if state.draining.get() => {
            text(StatusCode::SERVICE_UNAVAILABLE, "draining\n")
        }
        (&Method::GET, "/healthz") => text(StatusCode::OK, "ok\n"),
        (&Method::POST, EXECUTE_PATH) => execute(req, &state).await,
        (_, EXECUTE_PATH) | (_, "/healthz") => {
            text(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n")
        }
        _ => text(StatusCode::NOT_FOUND, "not found\n"),
    }
}

/// Whether the request carries the token (compared in constant time: the
/// agent's token is the key to every driver run of the namespace).
fn authorized(req: &Request<Incoming>, expected: &str) -> bool {
    let Some(given) = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    let (a, b) = (given.trim().as_bytes(), expected.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn execute(req: Request<Incoming>, state: &Rc<State>) -> Reply {
    if let Some(path) = &state.config.token_file {
        match read_token(path) {
            Ok(token) if authorized(&req, &token) => {}
            Ok(_) => return text(StatusCode::UNAUTHORIZED, "a bearer token is required\n"),
            Err(e) => {
                tracing::error!(error = %kfp_common::error_chain(&e), "reading the token");
                return text(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the plugin cannot read its token\n",
                );
            }
        }
    }
    if state.draining.get() {
        return text(StatusCode::SERVICE_UNAVAILABLE, "the plugin is stopping\n");
    }
    let body = match http::body(req, MAX_BODY).await {
        Ok(body) => body,
        Err(reply) => return reply,
    };
    let call = match plugin::parse(&body) {
        Ok(Some(call)) => call,
        // Not a driver-plugin template: a reply without a node, and the
        // agent asks its next plugin. (A 404 would tell the agent this
        // plugin has no template.execute at all, and it would never call
        // it again for the workflow.)
        Ok(None) => return json(b"{}".to_vec()),
        Err(e @ plugin::PluginError::Body(_)) => {
            return text(
                StatusCode::BAD_REQUEST,
                &format!("{}\n", kfp_common::error_chain(&e)),
            )
        }
        // The template's own fault: the node fails with the message.
        Err(e) => {
            let message = kfp_common::error_chain(&e);
            tracing::warn!(error = %message, "refused a plugin request");
            return reply_json(&plugin::Reply {
                node: plugin::Node {
                    phase: "Failed".into(),
                    message,
                    outputs: None,
                },
            });
        }
    };
    let pending = {
        let mut once = state.once.borrow_mut();
        forget_old(&mut once);
        match once.get(&call.key) {
            Some(Once::Running(run)) => {
                tracing::info!(workflow = %call.workflow, template = %call.template, "the same request again: joining its run");
                run.clone()
            }
            Some(Once::Succeeded(reply, _)) => {
                tracing::info!(workflow = %call.workflow, template = %call.template, "the same request again: its run's reply");
                return reply_json(reply);
            }
            None => start(call, state, &mut once),
        }
    };
    reply_json(&pending.await)
}

/// Start the run of `call` in its own task (a client that hangs up does not
/// cancel it), known under its key until it ends.
fn start(
    call: Call,
    state: &Rc<State>,
    once: &mut std::collections::HashMap<String, Once>,
) -> futures::future::Shared<futures::future::LocalBoxFuture<'static, plugin::Reply>> {
    use futures::FutureExt;
    state.requests.set(state.requests.get() + 1);
    let key = call.key.clone();
    let (clients, runs) = (state.clients.clone(), state.runs.clone());
    let pending = async move {
        // Never closed: an error here would only mean no bound.
        let _permit = runs.acquire_owned().await;
        run(call, &clients).await
    }
    .boxed_local()
    .shared();
    once.insert(key.clone(), Once::Running(pending.clone()));
    let running = Running::start(&state.in_flight);
    let (run, state) = (pending.clone(), state.clone());
    tokio::task::spawn_local(async move {
        let _running = running;
        let reply = run.await;
        let mut once = state.once.borrow_mut();
        if reply.node.phase == "Succeeded" {
            once.insert(key, Once::Succeeded(reply, Instant::now()));
        } else {
            once.remove(&key);
        }
    });
    pending
}

/// Forget replies older than [`REPLY_KEPT`], and the oldest beyond
/// [`REPLIES_KEPT`].
fn forget_old(once: &mut std::collections::HashMap<String, Once>) {
    if once.len() < REPLIES_KEPT {
        return;
    }
    once.retain(|_, o| !matches!(o, Once::Succeeded(_, at) if at.elapsed() > REPLY_KEPT));
    if once.len() >= REPLIES_KEPT {
        let mut ages: Vec<(Instant, String)> = once
            .iter()
            .filter_map(|(k, o)| match o {
                Once::Succeeded(_, at) => Some((*at, k.clone())),
                Once::Running(_) => None,
            })
            .collect();
        ages.sort();
        for (_, k) in ages.iter().take(once.len() + 1 - REPLIES_KEPT / 2) {
            once.remove(k);
        }
    }
}

/// One driver run counted in flight until it is dropped.
struct Running(Rc<Cell<usize>>);

impl Running {
    fn start(count: &Rc<Cell<usize>>) -> Self {
        count.set(count.get() + 1);
        Running(count.clone())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

fn reply_json(reply: &plugin::Reply) -> Reply {
    match serde_json::to_vec(reply) {
        Ok(body) => json(body),
        Err(_) => text(StatusCode::INTERNAL_SERVER_ERROR, "encoding the reply\n"),
    }
}

/// One driver run and its log line.
async fn run(call: Call, clients: &Clients) -> plugin::Reply {
    let started = Instant::now();
    let parsed = match args::parse(&call.argv) {
        Ok(p) => p,
        Err(e) => {
            let message = format!(
                "template {:?}: {}",
                call.template,
                kfp_common::error_chain(&e)
            );
            tracing::warn!(workflow = %call.workflow, template = %call.template, error = %message, "plugin request");
            return plugin::reply(&call, Err((&message, None)));
        }
    };
    let result = drive(&parsed, clients).await;
    let ms = started.elapsed().as_millis() as u64;
    let (reply, execution) = match &result {
        Ok(outputs) => (plugin::reply(&call, Ok(outputs)), outputs.execution_id),
        Err(e) => {
            let recorded = e
                .downcast_ref::<crate::container::ContainerError>()
                .and_then(|e| e.recorded());
            let message = kfp_common::error_chain(e.as_ref());
            (
                plugin::reply(&call, Err((&message, recorded))),
                recorded.and_then(|o| o.execution_id),
            )
        }
    };
    tracing::info!(
        workflow = %call.workflow,
        task = %parsed.task_name,
        template = %call.template,
        driver_type = parsed.driver_type.as_str(),
        execution = ?execution,
        phase = %reply.node.phase,
        ms,
        error = %reply.node.message,
        "plugin request"
    );
    reply
}

#[cfg(test)]
mod tests;
