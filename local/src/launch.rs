//! `launcher local launch [--home DIR | --mlmd HOST:PORT] --scratch DIR
//! [--isolation MODE] [--objects DIR] [--bind[-ro] TARGET=SOURCE]... --
//! LAUNCHER-V2 ARGS...`: one task's launcher in a local pipeline run.
//!
//! The pipeline walk starts this for every container and importer task
//! with the command line the driver wrote into the pod spec patch (or the
//! compiler's importer template), so a local task runs the cluster path:
//! [`container::run`] or [`importer::run`]. Only what a pod would get from
//! Kubernetes is replaced: the metadata store is the home's SQLite file (or
//! `--mlmd`), buckets under `--objects` live on this machine, the KFP paths
//! are bind mounts of `--scratch` (see `isolation`), so are the task's
//! volumes (`--bind`, `--bind-ro`: the walk resolved them, see
//! `kube::pod`), the namespace is `local`, and cache entries live in the
//! store.

use std::path::PathBuf;

use kfp_common::{
    metadata::{grpc::MlmdStore, sqlite::SqliteStore, MetadataBackend, MetadataError},
    store::providers::LauncherConfig,
};

use super::{isolation, Isolation, LOCAL_NAMESPACE};
use kfp_step::{
    args::{self, Mode},
    buckets::NoSecrets,
    container, importer,
    init::{self, Signals},
};

/// Parsed `local launch` arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchArgs {
    pub home: PathBuf,
    pub mlmd: Option<(String, u16)>,
    pub isolation: Isolation,
    pub scratch: PathBuf,
    pub objects: Option<PathBuf>,
    /// The task's volumes, at their mount paths.
    pub volumes: Vec<isolation::BindMount>,
    /// The launcher-v2 command line.
    pub launcher: Vec<String>,
}

/// Parse the arguments after `local launch`.
pub fn parse(argv: &[String]) -> Result<LaunchArgs, String> {
    let split = argv
        .iter()
        .position(|a| a == "--")
        .ok_or("local launch: missing `--` before the launcher's command line")?;
    let mut out = LaunchArgs {
        home: PathBuf::from(".kfp-local"),
        mlmd: None,
        isolation: Isolation::Auto,
        scratch: PathBuf::new(),
        objects: None,
        volumes: Vec::new(),
        launcher: argv[split + 1..].to_vec(),
    };
    let mut it = argv[..split].iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("local launch: {flag} needs a value"))
        };
        match flag.as_str() {
            "--home" => out.home = value()?.into(),
            "--mlmd" => out.mlmd = Some(super::parse_mlmd(&value()?)?),
            "--scratch" => out.scratch = value()?.into(),
            "--objects" => out.objects = Some(value()?.into()),
            "--isolation" => out.isolation = super::args::parse_isolation(&value()?)?,
            "--bind" | "--bind-ro" => {
                let v = value()?;
                let (target, source) = v
                    .split_once('=')
                    .ok_or_else(|| format!("local launch: {flag} {v:?}: expected TARGET=SOURCE"))?;
                out.volumes.push(isolation::BindMount {
                    source: source.into(),
                    target: target.into(),
                    read_only: flag == "--bind-ro",
                });
            }
            other => return Err(format!("local launch: unknown flag {other:?}")),
        }
    }
    if out.scratch.as_os_str().is_empty() {
        return Err("local launch: --scratch is required".into());
    }
    Ok(out)
}

/// Why a local task's launcher could not run it or record it.
#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error(transparent)]
    Args(#[from] args::ArgsError),
    #[error("--mlmd {host}:{port}")]
    Mlmd {
        host: String,
        port: u16,
        #[source]
        source: MetadataError,
    },
    #[error("{}", path.display())]
    Home {
        path: PathBuf,
        #[source]
        source: MetadataError,
    },
    #[error(transparent)]
    Local(#[from] crate::LocalError),
    #[error(transparent)]
    Container(#[from] container::ContainerError),
    #[error(transparent)]
    Importer(#[from] importer::ImporterError),
    #[error("--copy is not a task")]
    Copy,
}

/// Run the task; the launcher's exit code.
pub async fn run(args: &LaunchArgs, signals: &Signals) -> Result<i32, LaunchError> {
    let parsed = args::parse(&args.launcher)?;
    parsed.validate()?;
    match &args.mlmd {
        Some((host, port)) => {
            let store = MlmdStore::connect(host, *port, Default::default())
                .await
                .map_err(|source| LaunchError::Mlmd {
                    host: host.clone(),
                    port: *port,
                    source,
                })?;
            launch(&store, args, &parsed, signals).await
        }
        None => {
            let path = args.home.join("metadata.sqlite");
            let store =
                SqliteStore::open(&path).map_err(|source| LaunchError::Home { path, source })?;
            launch(&store, args, &parsed, signals).await
        }
    }
}

async fn launch<M: MetadataBackend>(
    store: &M,
    args: &LaunchArgs,
    parsed: &args::LauncherArgs,
    signals: &Signals,
) -> Result<i32, LaunchError> {
    let (paths, mounts, note) = isolation::prepare(args.isolation, &args.scratch, &args.volumes)?;
    if let Some(note) = note {
        tracing::debug!("{note}");
    }
    let namespace = LOCAL_NAMESPACE.to_owned();
    let work = async {
        match parsed.mode() {
            Mode::Importer => {
                let config = LauncherConfig::default();
                let deps = importer::Importer {
                    store,
                    secrets: NoSecrets,
                    config: &config,
                    paths,
                    namespace,
                    local_objects: args.objects.clone(),
                };
                let f = importer::run(parsed, deps, signals).await?;
                Ok(report(f.execution_id, f.error.as_deref(), f.exit_code))
            }
            Mode::Container => {
                let cluster = container::Cluster {
                    store,
                    secrets: NoSecrets,
                    // The COMPLETE execution carrying the fingerprint is
                    // the cache entry: no API server here.
                    cache: &None::<kfp_common::cache::ApiTaskCache>,
                    paths,
                    namespace,
                    retry_index: kfp_step::run::retry_index(),
                    grace: init::DEFAULT_GRACE,
                    user: Default::default(),
                    local_objects: args.objects.clone(),
                };
                let f = container::run(parsed, cluster, signals).await?;
                Ok(report(f.execution_id, f.error.as_deref(), f.exit_code))
            }
            Mode::Copy => Err(LaunchError::Copy),
        }
    };
    isolation::with_mounts(&mounts, || work).await?
}

fn report(execution_id: i64, error: Option<&str>, exit_code: i32) -> i32 {
    if let Some(e) = error {
        eprintln!("launcher: execution {execution_id}: {e}");
    }
    exit_code
}
