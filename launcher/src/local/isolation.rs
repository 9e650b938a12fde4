//! Showing a local step the real KFP paths without touching the host.
//!
//! The KFP SDK derives local paths from URIs (`minio://b/k` → `/minio/b/k`)
//! and writes parameters to `/tmp/kfp/outputs/...`. A local run moves the
//! thread that runs the step (and so the user process it spawns) into a
//! private mount namespace in which those directories are bind mounts of a
//! per-run scratch directory under the home, so two runs never collide and
//! nothing is written to the host's `/minio`. Mount points that do not exist
//! yet are created empty and removed after the step. The launcher's own file
//! I/O uses the scratch paths, so it does not care which namespace it is in.
//!
//! Where a namespace is not allowed (not root, no CAP_SYS_ADMIN, or
//! `--isolation none`) the step sees the scratch paths themselves: container
//! components work unchanged, but code that derives paths from URIs (the KFP
//! SDK's `Artifact.path`) would look under `/minio` and not find them; the
//! summary says so.

use std::{
    future::Future,
    path::{Path, PathBuf},
};

use kfp_common::uri::PathMap;
use nix::{
    mount::{mount, umount2, MntFlags, MsFlags},
    sched::{unshare, CloneFlags},
};

use super::{Isolation, LocalError};

/// `source` shown at `target` inside the namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindMount {
    pub source: PathBuf,
    pub target: PathBuf,
}

/// The top-level KFP directories a step may use.
const KFP_DIRS: &[&str] = &["minio", "s3", "gcs", "tmp/kfp", "tmp/kfp_outputs"];

/// Mounts to make and mount points this run created.
#[derive(Debug, Default)]
pub struct Mounts {
    pub binds: Vec<BindMount>,
    created: Vec<PathBuf>,
}

/// Decide how paths are shown; create the scratch directories.
pub fn prepare(mode: Isolation, scratch: &Path) -> Result<(PathMap, Mounts, Option<String>), LocalError> {
    let root = scratch.join("root");
    for d in KFP_DIRS {
        std::fs::create_dir_all(root.join(d)).map_err(|source| LocalError::Home {
            path: root.join(d),
            source,
        })?;
    }
    let root = root.canonicalize().map_err(|source| LocalError::Home {
        path: root.clone(),
        source,
    })?;
    let plain = PathMap {
        user_root: root.clone(),
        host_root: root.clone(),
    };
    if mode == Isolation::None {
        return Ok((plain, Mounts::default(), Some(format!(
            "--isolation none: the step saw its KFP paths under {}; components that derive paths from URIs (the KFP SDK's Artifact.path) need the mount namespace",
            root.display()
        ))));
    }
    match namespace_available() {
        Ok(()) => {
            let mut mounts = Mounts::default();
            for d in KFP_DIRS {
                let target = Path::new("/").join(d);
                if !target.exists() {
                    std::fs::create_dir_all(&target).map_err(|e| {
                        LocalError::Isolation(format!("creating mount point {}: {e}", target.display()))
                    })?;
                    mounts.created.push(target.clone());
                }
                mounts.binds.push(BindMount {
                    source: root.join(d),
                    target,
                });
            }
            Ok((
                PathMap {
                    user_root: PathBuf::from("/"),
                    host_root: root,
                },
                mounts,
                None,
            ))
        }
        Err(why) if mode == Isolation::Auto => Ok((plain, Mounts::default(), Some(format!(
            "no private mount namespace ({why}): the step saw its KFP paths under {}; components that derive paths from URIs (the KFP SDK's Artifact.path) will not find them",
            root.display()
        )))),
        Err(why) => Err(LocalError::Isolation(format!("--isolation namespace: {why}"))),
    }
}

/// Whether this process may make a private mount namespace: tried in a
/// throwaway thread, since a thread's mount namespace is its own.
fn namespace_available() -> Result<(), String> {
    std::thread::spawn(|| -> Result<(), String> {
        unshare(CloneFlags::CLONE_NEWNS).map_err(|e| format!("unshare(CLONE_NEWNS): {e}"))?;
        mount(None::<&str>, "/", None::<&str>, MsFlags::MS_REC | MsFlags::MS_PRIVATE, None::<&str>)
            .map_err(|e| format!("making / private: {e}"))
    })
    .join()
    .map_err(|_| "namespace probe thread panicked".to_string())?
}

/// Run the step inside the namespace (when there are mounts), then undo the
/// mounts and remove the mount points this run created.
///
/// Must run on the thread that spawns the user process: the current-thread
/// runtime of `launcher local run`, where the whole step runs on the main thread.
pub async fn with_mounts<F, Fut, T>(mounts: &Mounts, f: F) -> Result<T, LocalError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = T>,
{
    if !mounts.binds.is_empty() {
        if let Err(e) = enter(&mounts.binds) {
            leave(mounts);
            return Err(LocalError::Isolation(e));
        }
    }
    let out = f().await;
    leave(mounts);
    Ok(out)
}

fn enter(binds: &[BindMount]) -> Result<(), String> {
    unshare(CloneFlags::CLONE_NEWNS).map_err(|e| format!("unshare(CLONE_NEWNS): {e}"))?;
    // Nothing mounted here may propagate back to the host.
    mount(None::<&str>, "/", None::<&str>, MsFlags::MS_REC | MsFlags::MS_PRIVATE, None::<&str>)
        .map_err(|e| format!("making / private: {e}"))?;
    for b in binds {
        mount(Some(&b.source), &b.target, None::<&str>, MsFlags::MS_BIND | MsFlags::MS_REC, None::<&str>)
            .map_err(|e| format!("bind mounting {} on {}: {e}", b.source.display(), b.target.display()))?;
    }
    Ok(())
}

/// Best effort: unmount (detached, so a lingering process cannot block it),
/// then remove the mount points we created, deepest first.
fn leave(mounts: &Mounts) {
    for b in mounts.binds.iter().rev() {
        let _ = umount2(&b.target, MntFlags::MNT_DETACH);
    }
    for dir in mounts.created.iter().rev() {
        let _ = std::fs::remove_dir(dir);
    }
}
