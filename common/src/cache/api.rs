//! The cache client of KFP <= 2.17: `api.TaskService` of the KFP API server
//! over gRPC (contract §5.2), as KFP's driver (lookup) and launcher (store)
//! call it.
//!
//! The channel connects lazily, on the first call: a driver that finds caching
//! disabled never touches the server, and a server that is down costs the
//! retries of that one call, whose error names the RPC and the address.
//! Deadlines and retries are those of every gRPC client ([`crate::grpc`]): a
//! lookup is a read, retried after any transient failure; a create has no
//! natural key (a lost answer to a landed write would duplicate the entry),
//! so it is retried only when the request cannot have landed.

use kfp_proto::api::task_service_client::TaskServiceClient;
use tonic::transport::Channel;

use crate::grpc::{
    channel::{channel, Connect},
    ClientOptions, Rpc, Safety,
};
pub use crate::grpc::{GrpcError, RetryPolicy, TlsOptions, DEFAULT_MAX_MESSAGE_SIZE};

use super::{create_request, lookup_request, CacheEntry};

#[cfg(feature = "test-util-cache")]
pub mod fake;

/// Name of the RPC that stores an entry, as errors and logs name it.
pub const CREATE_TASK: &str = "CreateTaskV1";
/// Name of the RPC that looks entries up.
pub const LIST_TASKS: &str = "ListTasksV1";

/// The service as errors and logs name it.
const SERVICE: &str = "the KFP API server";

/// How to reach the KFP API server: the options every gRPC client takes.
pub type TaskCacheOptions = ClientOptions;

/// Errors of the cache client; each names the RPC and the server address.
pub type CacheError = GrpcError;

/// A client of `api.TaskService`; cheap to clone (one shared channel).
#[derive(Debug, Clone)]
pub struct ApiTaskCache {
    rpc: Rpc<TaskServiceClient<Channel>>,
}

impl ApiTaskCache {
    /// A client of the KFP API server at `host:port` (KFP's
    /// `--ml_pipeline_server_address`/`_port`) with default bounds, over TLS
    /// when `tls` is given (`--metadata_tls_enabled` covers this server too,
    /// contract §2.1).
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
        let (channel, address) = channel(SERVICE, host, port, &options, Connect::Lazy).await?;
        let client = TaskServiceClient::new(channel)
            .max_decoding_message_size(options.max_message_size)
            .max_encoding_message_size(options.max_message_size);
        Ok(Self {
            rpc: Rpc::new(SERVICE, address, client, &options),
        })
    }

    /// The server's `host:port`.
    pub fn address(&self) -> &str {
        self.rpc.address()
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
            .rpc
            // Sent again after a lost answer: a duplicate entry names the
            // same execution, and lookups take the newest.
            .call(
                CREATE_TASK,
                Safety::Idempotent,
                subject,
                create_request(entry),
                |mut client, request| async move { client.create_task_v1(request).await },
            )
            .await?;
        tracing::debug!(address = %self.address(), id = %task.id, execution_id = entry.execution_id, "cache entry stored");
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
            .rpc
            .call(
                LIST_TASKS,
                Safety::Idempotent,
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
            Err(e) => Err(self.rpc.unexpected(
                LIST_TASKS,
                subject(),
                format!(
                    "task {:?} has mlmdExecutionID {:?}, not an execution id ({e})",
                    task.id, task.mlmd_execution_id
                ),
            )),
        }
    }
}
