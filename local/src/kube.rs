//! What a local run puts where a cluster has Kubernetes: PVCs as
//! directories of the home ([`LocalPvcs`], used by the driver's own
//! createpvc/deletepvc code), Secrets and ConfigMaps from `--secret` /
//! `--config-map` ([`Sources`]), and a step pod's `valueFrom` env and
//! volumes resolved the way the kubelet would ([`pod`]).

pub mod pod;
mod pvc;
mod sources;

use std::path::PathBuf;

pub use pod::PodError;
pub use pvc::{LocalPvcs, PvcDirError};
pub use sources::{parse_env_file, valid_key, Source, SourceError, SourceKind, Sources};

/// The Kubernetes stand-ins of one whole-pipeline run.
#[derive(Debug, Clone)]
pub struct LocalKube {
    pub sources: Sources,
    pub pvcs: LocalPvcs,
    /// `Err(why)`: steps get no mount namespace, so volumes cannot be shown
    /// at their mount paths (the walk fails such a task up front).
    pub can_mount: Result<(), String>,
    /// Per-task copies of Secrets and ConfigMaps, emptyDirs: under here.
    pub volumes_dir: PathBuf,
}
