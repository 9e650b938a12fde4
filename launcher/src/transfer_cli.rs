//! `launcher transfer upload PATH URI` / `launcher transfer download URI PATH`:
//! the artifact engine on its own, for trying a store's configuration and
//! for benchmarks. Credentials come from the environment (`AWS_*`, or the
//! GCS application-default chain); `--root` configures the bucket like a
//! KFP pipeline root (`s3://b?endpoint=…&disableSSL=true&s3ForcePathStyle=true`).

use std::{
    io::IsTerminal,
    path::PathBuf,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use kfp_common::{
    store::{bucket::parse_bucket_config, session::session_info, ConfigError},
    transfer::{Bucket, Moved, TransferError},
};
use lexopt::prelude::*;

use kfp_common::exit::Failure;
use kfp_step::buckets::{BucketError, Buckets, NoSecrets, RunBuckets};

pub const USAGE: &str = "\
usage: launcher transfer upload PATH URI [--root ROOT]
       launcher transfer download URI PATH [--root ROOT]

Moves a file or a directory like the launcher moves artifacts, and prints
{\"size\",\"files\",\"digest\",\"seconds\"} as one JSON line. Credentials come from
the environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, web identity, GCS ADC).
  --root ROOT   the bucket's configuration as a KFP pipeline root, e.g.
                s3://bucket?endpoint=http://127.0.0.1:8333&disableSSL=true&s3ForcePathStyle=true";

#[derive(Debug, PartialEq)]
enum Direction {
    Upload,
    Download,
}

/// Run `launcher transfer …`.
pub fn main(argv: &[String]) -> Result<(), Failure> {
    match parse(argv) {
        Ok(job) => {
            let moved = run(job).map_err(Failure::internal)?;
            println!("{moved}");
            Ok(())
        }
        Err(_) if argv.iter().any(|a| a == "-h" || a == "--help") => {
            eprintln!("{USAGE}");
            Ok(())
        }
        Err(e) => Err(Failure::usage(format!("transfer: {e}\n\n{USAGE}"))),
    }
}

struct Job {
    direction: Direction,
    local: PathBuf,
    uri: String,
    root: Option<String>,
}

fn parse(argv: &[String]) -> Result<Job, String> {
    let mut parser = lexopt::Parser::from_args(argv.iter().cloned());
    let mut positional = Vec::new();
    let mut root = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("root") => {
                root = Some(
                    parser
                        .value()
                        .map_err(|_| "--root needs a value".to_string())?
                        .into_string()
                        .map_err(|_| "--root: not UTF-8".to_string())?,
                )
            }
            Short('h') | Long("help") => return Err("help requested".into()),
            Value(v) => positional.push(
                v.into_string()
                    .map_err(|_| "arguments must be UTF-8".to_string())?,
            ),
            other => return Err(other.unexpected().to_string()),
        }
    }
    match positional.as_slice() {
        [d, path, uri] if d == "upload" => Ok(Job {
            direction: Direction::Upload,
            local: path.into(),
            uri: uri.clone(),
            root,
        }),
        [d, uri, path] if d == "download" => Ok(Job {
            direction: Direction::Download,
            local: path.into(),
            uri: uri.clone(),
            root,
        }),
        _ => Err("expected: upload PATH URI, or download URI PATH".into()),
    }
}

/// Why a transfer did not happen.
#[derive(Debug, thiserror::Error)]
enum TransferCliError {
    #[error("starting the async runtime")]
    Runtime(#[source] std::io::Error),
    #[error("--root {root:?}")]
    Root {
        root: String,
        #[source]
        source: ConfigError,
    },
    #[error(transparent)]
    Bucket(#[from] BucketError),
    #[error("{direction} {uri}")]
    Transfer {
        direction: &'static str,
        uri: String,
        #[source]
        source: Box<TransferError>,
    },
    #[error("{} does not exist", path.display())]
    Missing { path: PathBuf },
}

fn run(job: Job) -> Result<String, TransferCliError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(TransferCliError::Runtime)?;
    runtime.block_on(async {
        let root = job.root.clone().unwrap_or_else(|| default_root(&job.uri));
        let bad_root = |source| TransferCliError::Root {
            root: root.clone(),
            source,
        };
        let cfg = parse_bucket_config(&root).map_err(bad_root)?;
        let session = session_info(&root, None).map_err(bad_root)?;
        let buckets = RunBuckets::new(Some((cfg, Some(session))), NoSecrets, None);
        let bucket = buckets.bucket_for(&job.uri).await?;
        let started = Instant::now();
        let progress = Progress::start(bucket.clone());
        let failed = |direction| {
            let uri = job.uri.clone();
            move |source| TransferCliError::Transfer {
                direction,
                uri,
                source: Box::new(source),
            }
        };
        let moved: Moved = match job.direction {
            Direction::Upload => bucket
                .upload(&job.local, &job.uri)
                .await
                .map_err(failed("uploading to"))?
                .ok_or_else(|| TransferCliError::Missing {
                    path: job.local.clone(),
                })?,
            Direction::Download => bucket
                .download(&job.uri, &job.local)
                .await
                .map_err(failed("downloading"))?,
        };
        progress.finish();
        Ok(serde_json::json!({
            "size": moved.size,
            "files": moved.files,
            "digest": moved.digest,
            "seconds": started.elapsed().as_secs_f64(),
        })
        .to_string())
    })
}

/// The root when `--root` is not given: the URI's own scheme and bucket
/// (environment credentials), or for a local file URI the directory it is
/// in.
fn default_root(uri: &str) -> String {
    match uri.split_once("://") {
        Some(("file", path)) => {
            let parent = std::path::Path::new(path)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            format!("file://{parent}")
        }
        Some((scheme, rest)) => {
            format!("{scheme}://{}", rest.split('/').next().unwrap_or_default())
        }
        None => String::new(),
    }
}

/// A progress line on a terminal for transfers that take more than a couple
/// of seconds; nothing when stderr is not a terminal (pods log a line per
/// artifact instead).
pub struct Progress {
    done: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    pub fn start(bucket: Bucket) -> Self {
        let done = Arc::new(AtomicBool::new(false));
        let thread = std::io::stderr().is_terminal().then(|| {
            let done = done.clone();
            std::thread::spawn(move || {
                let started = Instant::now();
                let mut shown = false;
                while !done.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(250));
                    let secs = started.elapsed().as_secs_f64();
                    if secs < 2.0 {
                        continue;
                    }
                    let mib = bucket.bytes_moved() as f64 / 1048576.0;
                    eprint!("\r{mib:10.1} MiB  {:7.1} MiB/s  {secs:6.1} s", mib / secs);
                    shown = true;
                }
                if shown {
                    eprintln!();
                }
            })
        });
        Self { done, thread }
    }

    pub fn finish(mut self) {
        self.done.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::default_root;

    #[test]
    fn without_root_the_bucket_is_the_uris_own() {
        assert_eq!(default_root("s3://b/some/key"), "s3://b");
        assert_eq!(
            default_root("minio://mlpipeline/v2/x"),
            "minio://mlpipeline"
        );
        assert_eq!(default_root("file:///tmp/out/model.bin"), "file:///tmp/out");
        assert_eq!(default_root("no-scheme"), "");
    }
}
