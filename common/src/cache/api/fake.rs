//! An in-memory `api.TaskService` on loopback, for tests of the cache client
//! and of the binaries that use it (feature `test-util-cache`).
//!
//! It answers the two RPCs the way the KFP API server does for what KFP's
//! clients send: `CreateTaskV1` stores the task under a new id;
//! `ListTasksV1` applies the EQUALS predicates on `fingerprint`,
//! `pipelineName` and `namespace` of the protojson filter, orders by
//! `created_at` (ascending, or descending with `"created_at desc"`), and
//! pages. Anything else in a filter or sort is INVALID_ARGUMENT, so a client
//! that sends something KFP does not is caught. Failures can be injected per
//! RPC, and every call is counted.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use kfp_common::cache::api::{fake::{FakeRpc, FakeTaskService}, ApiTaskCache};
//!
//! let server = FakeTaskService::start().await?;
//! let cache = ApiTaskCache::connect("127.0.0.1", server.address().port(), None).await?;
//! server.fail(FakeRpc::ListTasks, tonic::Code::Internal, "boom", 1);
//! assert!(cache.lookup("p", "ns", "fp").await.is_err());
//! assert_eq!(server.calls(FakeRpc::ListTasks), 1);
//! # Ok(()) }
//! ```

use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex, MutexGuard, PoisonError},
};

use kfp_proto::api::{
    task_service_server::{TaskService, TaskServiceServer},
    CreateTaskRequest, ListTasksRequest, ListTasksResponse, Task,
};
use tokio::sync::oneshot;
use tonic::{transport::server::TcpIncoming, Code, Request, Response, Status};

/// The RPCs of the fake, for failure injection and call counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FakeRpc {
    /// `CreateTaskV1`.
    CreateTask,
    /// `ListTasksV1`.
    ListTasks,
}

/// A running fake server; stops when dropped.
#[derive(Debug)]
pub struct FakeTaskService {
    state: Arc<Mutex<State>>,
    address: SocketAddr,
    /// Dropping it (with the fake) stops the server.
    _shutdown: oneshot::Sender<()>,
}

#[derive(Debug, Default)]
struct State {
    /// In creation order, which breaks `created_at` ties.
    tasks: Vec<Task>,
    next_id: u64,
    calls: HashMap<FakeRpc, u32>,
    /// Status to answer and how many more calls get it.
    failures: HashMap<FakeRpc, (Code, String, u32)>,
    last_list: Option<ListTasksRequest>,
}

impl FakeTaskService {
    /// Serve on `127.0.0.1` on a free port (see [`Self::address`]).
    pub async fn start() -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let address = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State::default()));
        let handler = Handler {
            state: Arc::clone(&state),
        };
        let (shutdown, stopped) = oneshot::channel::<()>();
        let server = tonic::transport::Server::builder()
            .add_service(TaskServiceServer::new(handler))
            .serve_with_incoming_shutdown(TcpIncoming::from(listener), async {
                // Either a send or the sender's drop means stop.
                let _ = stopped.await;
            });
        tokio::spawn(async move {
            if let Err(e) = server.await {
                tracing::warn!(%address, error = %e, "fake TaskService stopped");
            }
        });
        Ok(Self {
            state,
            address,
            _shutdown: shutdown,
        })
    }

    /// Where it listens (`127.0.0.1:<port>`).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The stored tasks, in creation order.
    pub fn tasks(&self) -> Vec<Task> {
        lock(&self.state).tasks.clone()
    }

    /// Store `task` as a create would (a new id if it has none), e.g. an
    /// entry written by another launcher.
    pub fn insert(&self, task: Task) -> Task {
        lock(&self.state).store(task)
    }

    /// Answer the next `times` calls of `rpc` with `code` and `message`
    /// (`u32::MAX`: all of them) instead of serving them.
    pub fn fail(&self, rpc: FakeRpc, code: Code, message: &str, times: u32) {
        lock(&self.state)
            .failures
            .insert(rpc, (code, message.to_owned(), times));
    }

    /// How many calls of `rpc` arrived, failed ones included.
    pub fn calls(&self, rpc: FakeRpc) -> u32 {
        lock(&self.state).calls.get(&rpc).copied().unwrap_or(0)
    }

    /// The last `ListTasksV1` request as received, to check the wire form.
    pub fn last_list_request(&self) -> Option<ListTasksRequest> {
        lock(&self.state).last_list.clone()
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

impl State {
    /// Count the call, and take an injected failure if one is due.
    fn arrive(&mut self, rpc: FakeRpc) -> Result<(), Status> {
        *self.calls.entry(rpc).or_default() += 1;
        match self.failures.get_mut(&rpc) {
            Some((code, message, times)) if *times > 0 => {
                if *times != u32::MAX {
                    *times -= 1;
                }
                Err(Status::new(*code, message.clone()))
            }
            _ => Ok(()),
        }
    }

    fn store(&mut self, mut task: Task) -> Task {
        if task.id.is_empty() {
            self.next_id += 1;
            task.id = format!("fake-task-{}", self.next_id);
        }
        self.tasks.push(task.clone());
        task
    }

    fn list(&self, request: &ListTasksRequest) -> Result<ListTasksResponse, Status> {
        let predicates = parse_filter(&request.filter)?;
        let descending = match request.sort_by.as_str() {
            "" | "created_at" | "created_at asc" => false,
            "created_at desc" => true,
            other => {
                return Err(Status::invalid_argument(format!(
                    "fake TaskService: unsupported sort_by {other:?}"
                )))
            }
        };
        let mut matches: Vec<&Task> = self
            .tasks
            .iter()
            .filter(|task| {
                predicates
                    .iter()
                    .all(|(key, value)| field(task, key) == value)
            })
            .collect();
        // Stable, so equal times keep creation order (reversed when descending:
        // the later write counts as newer).
        matches.sort_by_key(|task| task.created_at.map(|t| (t.seconds, t.nanos)));
        if descending {
            matches.reverse();
        }
        let offset = match request.page_token.as_str() {
            "" => 0,
            token => token.parse::<usize>().map_err(|_| {
                Status::invalid_argument(format!("fake TaskService: bad page_token {token:?}"))
            })?,
        };
        let size = usize::try_from(request.page_size)
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or(usize::MAX);
        let end = offset.saturating_add(size).min(matches.len());
        let page = matches.get(offset..end).unwrap_or_default();
        Ok(ListTasksResponse {
            tasks: page.iter().map(|&task| task.clone()).collect(),
            next_page_token: if end < matches.len() {
                end.to_string()
            } else {
                String::new()
            },
            total_size: i32::try_from(matches.len()).unwrap_or(i32::MAX),
        })
    }
}

/// The filterable fields of a task, by their protojson key.
fn field<'a>(task: &'a Task, key: &str) -> &'a str {
    match key {
        "fingerprint" => &task.fingerprint,
        "pipelineName" => &task.pipeline_name,
        "namespace" => &task.namespace,
        _ => "",
    }
}

/// The (key, value) pairs of a protojson `api.Filter` made of EQUALS string
/// predicates on the fields [`field`] knows; anything else is refused.
fn parse_filter(filter: &str) -> Result<Vec<(String, String)>, Status> {
    if filter.is_empty() {
        return Ok(Vec::new());
    }
    let bad = |why: String| {
        Status::invalid_argument(format!("fake TaskService: filter {filter:?}: {why}"))
    };
    let json: serde_json::Value =
        serde_json::from_str(filter).map_err(|e| bad(format!("not JSON: {e}")))?;
    let predicates = json
        .get("predicates")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(|| bad("no predicates list".into()))?;
    predicates
        .iter()
        .map(|p| {
            let text = |name: &str| p.get(name).and_then(serde_json::Value::as_str);
            match (text("op"), text("key"), text("stringValue")) {
                (
                    Some("EQUALS"),
                    Some(key @ ("fingerprint" | "pipelineName" | "namespace")),
                    Some(value),
                ) => Ok((key.to_owned(), value.to_owned())),
                _ => Err(bad(format!("unsupported predicate {p}"))),
            }
        })
        .collect()
}

/// The service implementation over the shared state.
struct Handler {
    state: Arc<Mutex<State>>,
}

#[tonic::async_trait]
impl TaskService for Handler {
    async fn create_task_v1(
        &self,
        request: Request<CreateTaskRequest>,
    ) -> Result<Response<Task>, Status> {
        let mut state = lock(&self.state);
        state.arrive(FakeRpc::CreateTask)?;
        let task = request.into_inner().task.ok_or_else(|| {
            Status::invalid_argument("fake TaskService: no task in CreateTaskRequest")
        })?;
        Ok(Response::new(state.store(task)))
    }

    async fn list_tasks_v1(
        &self,
        request: Request<ListTasksRequest>,
    ) -> Result<Response<ListTasksResponse>, Status> {
        let request = request.into_inner();
        let mut state = lock(&self.state);
        state.arrive(FakeRpc::ListTasks)?;
        state.last_list = Some(request.clone());
        state.list(&request).map(Response::new)
    }
}
