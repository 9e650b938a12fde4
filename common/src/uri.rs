//! Artifact URIs and the local paths a user process sees them at (contract §3.4).
//!
//! The Python SDK turns paths back into URIs by these exact prefixes
//! (`/gcs/`, `/minio/`, `/s3/`, `/oci/`), so they are a hard contract.

use std::path::{Component, Path, PathBuf};

use kfp_proto::ml_pipelines::RuntimeArtifact;

/// Where the workspace PVC is mounted in KFP pods.
pub const WORKSPACE_PATH: &str = "/kfp-workspace";
/// Metadata key marking an artifact that lives in the workspace (not downloaded).
pub const WORKSPACE_METADATA_KEY: &str = "_kfp_workspace";

/// The local path of a remote URI as seen by the user process in a pod, or
/// `None` for schemes without a local mapping (`mem://`, `file://`, `https://`…).
pub fn local_path(uri: &str) -> Option<PathBuf> {
    for (scheme, prefix) in [
        ("gs://", "/gcs/"),
        ("minio://", "/minio/"),
        ("s3://", "/s3/"),
    ] {
        if let Some(rest) = uri.strip_prefix(scheme) {
            return Some(PathBuf::from(format!("{prefix}{rest}")));
        }
    }
    // Modelcar: oci://registry/repo:tag -> /oci/registry_repo:tag/models
    uri.strip_prefix("oci://")
        .map(|rest| PathBuf::from(format!("/oci/{}/models", rest.replace('/', "_"))))
}

/// Whether an artifact's metadata flags it as a workspace artifact.
pub fn is_workspace_artifact(artifact: &RuntimeArtifact) -> bool {
    artifact
        .metadata
        .as_ref()
        .and_then(|m| m.fields.get(WORKSPACE_METADATA_KEY))
        .is_some_and(|v| matches!(v.kind, Some(pbjson_types::value::Kind::BoolValue(true))))
}

/// The local path of an artifact as the user process sees it: `custom_path`
/// when set, the workspace copy for workspace artifacts, else the URI mapping.
pub fn artifact_local_path(artifact: &RuntimeArtifact) -> Option<PathBuf> {
    if let Some(custom) = &artifact.custom_path {
        return Some(PathBuf::from(custom));
    }
    let path = local_path(&artifact.uri)?;
    if is_workspace_artifact(artifact) {
        let rel = path.strip_prefix("/").unwrap_or(&path);
        return Some(Path::new(WORKSPACE_PATH).join(".artifacts").join(rel));
    }
    Some(path)
}

/// Maps the paths a user process sees to the paths the launcher reads and
/// writes. In a pod both are the real root. A local run with a private mount
/// namespace shows the user the real KFP paths (`/minio/...`) bind-mounted
/// from a scratch directory; without one, both sides use the scratch
/// directory and the user process sees scratch paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathMap {
    /// Prefix the user process sees in front of every KFP path.
    pub user_root: PathBuf,
    /// Where those files are for the launcher.
    pub host_root: PathBuf,
    /// Volumes the user process sees mounted at a KFP path, as (mount path,
    /// where the launcher finds it): a local run's task volumes, such as the
    /// run's workspace at `/kfp-workspace`, which an importer downloads into.
    /// Empty in a pod, where the launcher sees the mounts itself.
    pub volumes: Vec<(PathBuf, PathBuf)>,
}

impl Default for PathMap {
    fn default() -> Self {
        Self::identity()
    }
}

impl PathMap {
    /// A pod: KFP paths are real paths.
    pub fn identity() -> Self {
        Self {
            user_root: PathBuf::from("/"),
            host_root: PathBuf::from("/"),
            volumes: Vec::new(),
        }
    }

    /// The normal components of an absolute KFP path (`minio/b/k`).
    fn relative(kfp_path: &Path) -> PathBuf {
        kfp_path
            .components()
            .filter(|c| matches!(c, Component::Normal(_)))
            .collect()
    }

    /// Re-root an absolute KFP path (`/minio/b/k`) under `root`.
    fn reroot(root: &Path, kfp_path: &Path) -> PathBuf {
        root.join(Self::relative(kfp_path))
    }

    /// The path the user process sees for a KFP path.
    pub fn user(&self, kfp_path: &Path) -> PathBuf {
        Self::reroot(&self.user_root, kfp_path)
    }

    /// The path the launcher uses for a KFP path: in the deepest volume
    /// mounted over it, else under the host root.
    pub fn host(&self, kfp_path: &Path) -> PathBuf {
        let rel = Self::relative(kfp_path);
        let volume = self
            .volumes
            .iter()
            .filter_map(|(at, source)| {
                let at = Self::relative(at);
                let rest = rel.strip_prefix(&at).ok()?;
                Some((at.components().count(), source.join(rest)))
            })
            .max_by_key(|(depth, _)| *depth);
        match volume {
            Some((_, path)) => path,
            None => self.host_root.join(rel),
        }
    }

    /// The launcher's path for a path the user process reported (for example an
    /// output file named in ExecutorInput, or a `custom_path`).
    pub fn host_of_user(&self, user_path: &Path) -> PathBuf {
        match user_path.strip_prefix(&self.user_root) {
            Ok(rel) => self.host(&Path::new("/").join(rel)),
            Err(_) => user_path.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pbjson_types::{value::Kind, Struct, Value};

    #[test]
    fn maps_every_scheme() {
        let cases = [
            ("gs://b/k/x", Some("/gcs/b/k/x")),
            (
                "minio://mlpipeline/v2/artifacts/p/r/t/u/out",
                Some("/minio/mlpipeline/v2/artifacts/p/r/t/u/out"),
            ),
            ("s3://b/k", Some("/s3/b/k")),
            (
                "oci://registry.io/org/model:1.0",
                Some("/oci/registry.io_org_model:1.0/models"),
            ),
            ("mem://x", None),
            ("file:///tmp/x", None),
            ("https://x/y", None),
            ("/abs/path", None),
        ];
        for (uri, want) in cases {
            assert_eq!(local_path(uri), want.map(PathBuf::from), "{uri}");
        }
    }

    fn artifact(uri: &str) -> RuntimeArtifact {
        RuntimeArtifact {
            uri: uri.into(),
            ..Default::default()
        }
    }

    #[test]
    fn custom_path_and_workspace_win() {
        let mut a = artifact("minio://b/k");
        assert_eq!(artifact_local_path(&a), Some(PathBuf::from("/minio/b/k")));
        a.metadata = Some(Struct {
            fields: [(
                WORKSPACE_METADATA_KEY.to_string(),
                Value {
                    kind: Some(Kind::BoolValue(true)),
                },
            )]
            .into_iter()
            .collect(),
        });
        assert_eq!(
            artifact_local_path(&a),
            Some(PathBuf::from("/kfp-workspace/.artifacts/minio/b/k"))
        );
        a.custom_path = Some("/data/out".into());
        assert_eq!(artifact_local_path(&a), Some(PathBuf::from("/data/out")));
        assert_eq!(artifact_local_path(&artifact("mem://x")), None);
    }

    #[test]
    fn path_map_reroots_without_escaping() {
        let m = PathMap {
            user_root: "/".into(),
            host_root: "/home/u/.kfp-local/runs/r1/root".into(),
            volumes: Vec::new(),
        };
        assert_eq!(m.user(Path::new("/minio/b/k")), PathBuf::from("/minio/b/k"));
        assert_eq!(
            m.host(Path::new("/minio/b/../k")),
            PathBuf::from("/home/u/.kfp-local/runs/r1/root/minio/b/k")
        );
        assert_eq!(
            m.host_of_user(Path::new("/tmp/kfp/outputs/x")),
            PathBuf::from("/home/u/.kfp-local/runs/r1/root/tmp/kfp/outputs/x")
        );
        assert_eq!(
            PathMap::identity().host(Path::new("/s3/b")),
            PathBuf::from("/s3/b")
        );
    }

    #[test]
    fn path_map_finds_a_path_in_the_deepest_volume_over_it() {
        let m = PathMap {
            user_root: "/".into(),
            host_root: "/r".into(),
            volumes: vec![
                (
                    "/kfp-workspace".into(),
                    "/home/pvcs/run-kfp-workspace".into(),
                ),
                ("/kfp-workspace/.artifacts/s3".into(), "/home/other".into()),
            ],
        };
        assert_eq!(
            m.host(Path::new("/kfp-workspace/.artifacts/minio/b/x")),
            PathBuf::from("/home/pvcs/run-kfp-workspace/.artifacts/minio/b/x")
        );
        assert_eq!(
            m.host(Path::new("/kfp-workspace/.artifacts/s3/b")),
            PathBuf::from("/home/other/b")
        );
        assert_eq!(
            m.host_of_user(Path::new("/kfp-workspace/out")),
            PathBuf::from("/home/pvcs/run-kfp-workspace/out")
        );
        // Only whole components: /kfp-workspace-2 is not in the volume.
        assert_eq!(
            m.host(Path::new("/kfp-workspace-2/x")),
            PathBuf::from("/r/kfp-workspace-2/x")
        );
        assert_eq!(m.host(Path::new("/minio/b")), PathBuf::from("/r/minio/b"));
    }
}
