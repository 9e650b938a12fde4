//! `launcher local lineage (ARTIFACT_URI | EXECUTION_ID) [--home DIR | --mlmd HOST:PORT] [--json]`:
//! where an artifact or an execution came from — which data a model was
//! trained on, with the parameters and digests along the way.
//!
//! The walk goes upstream from the start: an artifact to the executions
//! that output it (OUTPUT events, contract §4.5), an execution to its input
//! artifacts (INPUT events) and to the executions its input parameters came
//! from (the `parameter_producers` property, see
//! [`kfp_common::metadata::producers`]; MLMD itself links artifacts only),
//! until artifacts without a producer, executions without inputs, or
//! [`MAX_DEPTH`] levels of executions. It reads one level at a time with
//! batched calls (a handful per level, not per node), from the home's
//! SQLite store or from a real ML Metadata server.
//!
//! On a terminal the lineage is a tree, like `cargo tree`; a node reached a
//! second time (diamonds) is printed once and then referred to as
//! "(see above)". With `--json` it is one JSON object on one line, a graph
//! that is easy to index:
//!
//! ```json
//! {"roots": [{"artifact": 9}],
//!  "executions": {"7": {"id": 7, "type": "system.ContainerExecution", "task_name": "count-words",
//!                       "display_name": "count-words", "state": "COMPLETE", "pipeline": "word-count",
//!                       "run": "…", "inputs": {}, "outputs": {"lines": 2, "words": 6}}, …},
//!  "artifacts": {"9": {"id": 9, "type": "system.Markdown", "uri": "minio://…/summary",
//!                      "digest": "sha256:…", "size_bytes": 43, "metadata": {"display_name": "summary"}}, …},
//!  "edges": [{"kind": "output", "execution": 10, "artifact": 9, "key": "summary"},
//!            {"kind": "parameter", "producer": 7, "output": "words", "execution": 10, "input": "words"},
//!            {"kind": "input", "artifact": 4, "execution": 7, "key": "text"}, …],
//!  "truncated": false}
//! ```
//!
//! Map keys are MLMD ids (as JSON strings); `roots` lists every artifact
//! recorded with the URI (usually one) or the execution asked for. Edges
//! point the way data flowed: `output` (execution wrote artifact as `key`),
//! `input` (execution read artifact as `key`), `parameter` (output
//! parameter `output` of `producer` became input `input` of `execution`).
//! `truncated` says the walk stopped at [`MAX_DEPTH`] with more to read.

mod args;
mod graph;
pub mod record;
mod tree;
mod walk;

use std::{io::Write, path::PathBuf, time::Duration};

use kfp_common::metadata::{
    grpc::{MlmdOptions, MlmdStore, RetryPolicy},
    sqlite::SqliteStore,
    Id, MetadataError,
};

pub use args::{parse as parse_args, LineageArgs, Source, Target, USAGE};
pub use graph::{ArtifactNode, Edge, ExecutionNode, Lineage, NodeRef};
pub use walk::{walk, WalkError};

/// Levels of executions the walk reads at most: deep enough for any real
/// pipeline chain, and a bound should a store ever hold a cycle.
pub const MAX_DEPTH: usize = 64;

/// The store file under a local home (what `launcher local run` writes).
pub const METADATA_FILE: &str = "metadata.sqlite";

/// Why a lineage could not be shown; each names the argument at fault.
#[derive(Debug, thiserror::Error)]
pub enum LineageError {
    #[error("--home {}: no lineage store {} (local runs record there; pass the --home they used)", home.display(), path.display())]
    NoStore { home: PathBuf, path: PathBuf },
    #[error("--home {}: cannot open the lineage store {}", home.display(), path.display())]
    Open {
        home: PathBuf,
        path: PathBuf,
        #[source]
        source: MetadataError,
    },
    #[error("--mlmd {address}: cannot reach ML Metadata")]
    Connect {
        address: String,
        #[source]
        source: MetadataError,
    },
    #[error("artifact URI {uri:?} is not recorded in {store}")]
    UnknownUri { uri: String, store: String },
    #[error("execution {id} is not recorded in {store}")]
    UnknownExecution { id: Id, store: String },
    #[error("reading lineage from {store}: {step}")]
    Read {
        store: String,
        step: String,
        #[source]
        source: MetadataError,
    },
    #[error("writing the lineage")]
    Write(#[source] std::io::Error),
}

/// Read the lineage of `args.target` and print it to `out` (a tree, or one
/// JSON line with `--json`).
pub async fn run(args: &LineageArgs, out: &mut impl Write) -> Result<(), LineageError> {
    let lineage = match &args.source {
        Source::Home(home) => {
            let path = home.join(METADATA_FILE);
            // Opening would create an empty store: a mistyped --home must
            // say so, not answer "unknown artifact".
            if !path.is_file() {
                return Err(LineageError::NoStore {
                    home: home.clone(),
                    path,
                });
            }
            let store = SqliteStore::open(&path).map_err(|source| LineageError::Open {
                home: home.clone(),
                path: path.clone(),
                source,
            })?;
            let place = path.display().to_string();
            walk(&store, &args.target, MAX_DEPTH)
                .await
                .map_err(|e| e.within(place))?
        }
        Source::Mlmd { host, port } => {
            let address = format!("{host}:{port}");
            let store = MlmdStore::connect(host, *port, cli_options())
                .await
                .map_err(|source| LineageError::Connect {
                    address: address.clone(),
                    source,
                })?;
            let lineage = walk(&store, &args.target, MAX_DEPTH)
                .await
                .map_err(|e| e.within(format!("ML Metadata at {address}")))?;
            tracing::debug!(
                mlmd_round_trips = store.round_trips(),
                levels = lineage.levels,
                "lineage read"
            );
            lineage
        }
    };
    let written = if args.json {
        serde_json::to_writer(&mut *out, &lineage)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        tree::write(&lineage, out)
    };
    written.map_err(LineageError::Write)
}

/// Short bounds: someone waits at a terminal, and a wrong address should
/// fail in seconds, not after the pods' minute of retries.
fn cli_options() -> MlmdOptions {
    MlmdOptions {
        connect_timeout: Duration::from_secs(5),
        call_timeout: Duration::from_secs(30),
        retry: RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(1),
            jitter: 0.25,
            max_total: Duration::from_secs(5),
        },
        ..MlmdOptions::default()
    }
}

impl WalkError {
    /// The error for the user, naming the store read.
    fn within(self, store: String) -> LineageError {
        match self {
            WalkError::UnknownUri { uri } => LineageError::UnknownUri { uri, store },
            WalkError::UnknownExecution { id } => LineageError::UnknownExecution { id, store },
            WalkError::Read { step, source } => LineageError::Read {
                store,
                step,
                source,
            },
        }
    }
}
