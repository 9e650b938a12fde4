//! Showing a local step the real KFP paths without touching the host.
//!
//! The KFP SDK derives local paths from URIs (`minio://b/k` → `/minio/b/k`)
//! and writes parameters to `/tmp/kfp/outputs/...`. A local run moves the
//! thread that runs the step (and so the user process it spawns) into a
//! private mount namespace in which those directories are bind mounts of a
//! per-run scratch directory under the home, so two runs never collide and
//! nothing is written to the host's `/minio`. Mount points that do not exist
//! yet are created empty and removed by the last concurrent run to finish
//! (runs coordinate through a lock file that also lists what they created). The launcher's own file
//! I/O uses the scratch paths, so it does not care which namespace it is in.
//!
//! Where a namespace is not allowed (not root, no CAP_SYS_ADMIN, or
//! `--isolation none`) the step sees the scratch paths themselves: container
//! components work unchanged, but code that derives paths from URIs (the KFP
//! SDK's `Artifact.path`) would look under `/minio` and not find them; the
//! summary says so.
//!
//! A task's volumes (PVCs, Secrets, ConfigMaps: see `kube::pod`) are more
//! bind mounts of the same namespace, at their mount paths; they have no
//! fallback, so without a namespace a task with volumes fails.

use std::{
    fs::File,
    future::Future,
    io::{Read, Seek, Write},
    path::{Path, PathBuf},
};

use kfp_common::uri::PathMap;
use nix::{
    fcntl::{Flock, FlockArg},
    mount::{mount, umount2, MntFlags, MsFlags},
    sched::{unshare, CloneFlags},
};

use super::{Isolation, LocalError};

/// `source` shown at `target` inside the namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindMount {
    pub source: PathBuf,
    pub target: PathBuf,
    /// Remounted read-only (Secret and ConfigMap volumes, `readOnly` mounts).
    pub read_only: bool,
}

/// The top-level KFP directories a step may use.
const KFP_DIRS: &[&str] = &["minio", "s3", "gcs", "tmp/kfp", "tmp/kfp_outputs"];

/// Held shared by every step whose mounts are in use (exclusive only by
/// the last one, briefly, to clean up): steps of any run go side by side.
const LOCK_FILE: &str = "/tmp/.kfp-local-mounts.lock";
/// Held exclusive for a moment by whoever creates or removes mount points;
/// its content lists the mount points steps created (one per line), for
/// the last one to remove.
const LIST_FILE: &str = "/tmp/.kfp-local-mounts.list";

/// Mounts to make, and the shared lock held while they are in use.
#[derive(Debug, Default)]
pub struct Mounts {
    pub binds: Vec<BindMount>,
    lock: Option<Flock<File>>,
}

/// Decide how paths are shown; create the scratch directories. `volumes`
/// are the task's own mounts, which need the namespace.
pub fn prepare(
    mode: Isolation,
    scratch: &Path,
    volumes: &[BindMount],
) -> Result<(PathMap, Mounts, Option<String>), LocalError> {
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
        volumes: Vec::new(),
    };
    let no_volumes = |why: &str| match volumes.first() {
        Some(v) => Err(LocalError::from(IsolationError::Volumes {
            target: v.target.clone(),
            why: why.to_owned(),
        })),
        None => Ok(()),
    };
    if mode == Isolation::None {
        no_volumes("--isolation none")?;
        return Ok((plain, Mounts::default(), Some(format!(
            "--isolation none: the step saw its KFP paths under {}; components that derive paths from URIs (the KFP SDK's Artifact.path) need the mount namespace",
            root.display()
        ))));
    }
    match namespace_available() {
        Ok(()) => {
            let mut binds: Vec<BindMount> = KFP_DIRS
                .iter()
                .map(|d| BindMount {
                    source: root.join(d),
                    target: Path::new("/").join(d),
                    read_only: false,
                })
                .chain(volumes.iter().cloned())
                .collect();
            // Outer mounts first: one inside another is made in it.
            binds.sort_by_key(|b| b.target.components().count());
            let mounts = Mounts {
                lock: Some(create_mount_points(&binds)?),
                binds,
            };
            Ok((
                PathMap {
                    user_root: PathBuf::from("/"),
                    host_root: root,
                    volumes: volumes
                        .iter()
                        .map(|v| (v.target.clone(), v.source.clone()))
                        .collect(),
                },
                mounts,
                None,
            ))
        }
        Err(why) if mode == Isolation::Auto => {
            no_volumes(&kfp_common::error_chain(&why))?;
            Ok((plain, Mounts::default(), Some(format!(
            "no private mount namespace ({}): the step saw its KFP paths under {}; components that derive paths from URIs (the KFP SDK's Artifact.path) will not find them",
            kfp_common::error_chain(&why),
            root.display()
        ))))
        }
        Err(why) => Err(IsolationError::Required(Box::new(why)).into()),
    }
}

/// Keep a shared lock while this step uses its mount points (so the last
/// step to finish, alone able to lock exclusively, removes what steps
/// created), and create the missing ones under the list's lock, noting
/// them there. No step waits for another to finish. A target inside
/// another bind's target is made in that bind's source, when the namespace
/// is entered, not on the host.
fn create_mount_points(binds: &[BindMount]) -> Result<Flock<File>, LocalError> {
    let fail = |what: String| {
        move |source: std::io::Error| LocalError::from(IsolationError::Lock { what, source })
    };
    let open = |path: &str| {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(fail(format!("opening {path}")))
    };
    // Shared first: no cleaner can remove what we are about to use.
    let in_use = Flock::lock(open(LOCK_FILE)?, FlockArg::LockShared)
        .map_err(|(_, e)| fail("locking".into())(e.into()))?;
    let on_host: Vec<&BindMount> = binds
        .iter()
        .filter(|b| {
            !binds
                .iter()
                .any(|outer| outer.target != b.target && b.target.starts_with(&outer.target))
        })
        .collect();
    if on_host.iter().all(|b| b.target.exists()) {
        return Ok(in_use);
    }
    let mut list = Flock::lock(open(LIST_FILE)?, FlockArg::LockExclusive)
        .map_err(|(_, e)| fail(format!("locking {LIST_FILE}"))(e.into()))?;
    let mut added = String::new();
    for b in on_host {
        // Record every directory level we create, deepest last.
        let mut missing = Vec::new();
        let mut p = b.target.clone();
        while !p.exists() {
            missing.push(p.clone());
            match p.parent() {
                Some(parent) => p = parent.to_owned(),
                None => break,
            }
        }
        for dir in missing.iter().rev() {
            match std::fs::create_dir(dir) {
                Ok(()) => added.push_str(&format!("{}\n", dir.display())),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(fail(format!("creating mount point {}", dir.display()))(e)),
            }
        }
    }
    if !added.is_empty() {
        list.seek(std::io::SeekFrom::End(0))
            .and_then(|_| list.write_all(added.as_bytes()))
            .map_err(fail(format!("writing {LIST_FILE}")))?;
    }
    Ok(in_use)
}

/// Whether this process may make a private mount namespace: tried in a
/// throwaway thread, since a thread's mount namespace is its own.
fn namespace_available() -> Result<(), IsolationError> {
    std::thread::spawn(private_namespace)
        .join()
        .map_err(|_| IsolationError::Probe)?
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
            return Err(e.into());
        }
    }
    let out = f().await;
    leave(mounts);
    Ok(out)
}

/// Why the step cannot see its KFP paths through a private mount namespace.
#[derive(Debug, thiserror::Error)]
pub enum IsolationError {
    #[error("--isolation namespace")]
    Required(#[source] Box<IsolationError>),
    #[error("unshare(CLONE_NEWNS)")]
    Unshare(#[source] nix::Error),
    #[error("making / private")]
    Private(#[source] nix::Error),
    #[error("bind mounting {} on {}", from.display(), to.display())]
    Bind {
        from: PathBuf,
        to: PathBuf,
        #[source]
        errno: nix::Error,
    },
    #[error("volume mounted at {}: it needs a private mount namespace, and {why}", target.display())]
    Volumes { target: PathBuf, why: String },
    #[error("making mount point {}", path.display())]
    MountPoint {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("making {} read-only", target.display())]
    ReadOnly {
        target: PathBuf,
        #[source]
        errno: nix::Error,
    },
    #[error("namespace probe thread panicked")]
    Probe,
    #[error("{what} ({LOCK_FILE})")]
    Lock {
        what: String,
        #[source]
        source: std::io::Error,
    },
}

/// Move the calling thread into a new mount namespace whose mounts never
/// propagate back to the host.
fn private_namespace() -> Result<(), IsolationError> {
    unshare(CloneFlags::CLONE_NEWNS).map_err(IsolationError::Unshare)?;
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .map_err(IsolationError::Private)
}

fn enter(binds: &[BindMount]) -> Result<(), IsolationError> {
    private_namespace()?;
    for b in binds {
        // Inside an earlier bind (its source): made now, in the namespace.
        if !b.target.exists() {
            std::fs::create_dir_all(&b.target).map_err(|source| IsolationError::MountPoint {
                path: b.target.clone(),
                source,
            })?;
        }
        mount(
            Some(&b.source),
            &b.target,
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        )
        .map_err(|errno| IsolationError::Bind {
            from: b.source.clone(),
            to: b.target.clone(),
            errno,
        })?;
        if b.read_only {
            mount(
                None::<&str>,
                &b.target,
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY | MsFlags::MS_REC,
                None::<&str>,
            )
            .map_err(|errno| IsolationError::ReadOnly {
                target: b.target.clone(),
                errno,
            })?;
        }
    }
    Ok(())
}

/// Whether steps of this run get a private mount namespace: `Err(why)`
/// when they do not (so volumes cannot be mounted).
pub fn mount_namespace(mode: Isolation) -> Result<(), String> {
    match mode {
        Isolation::None => Err("--isolation none".into()),
        Isolation::Auto | Isolation::Namespace => namespace_available()
            .map_err(|e| format!("none is available here ({})", kfp_common::error_chain(&e))),
    }
}

/// Best effort: unmount (detached, so a lingering process cannot block it);
/// the last run still holding the lock removes the listed mount points,
/// deepest first (only empty directories go).
fn leave(mounts: &Mounts) {
    for b in mounts.binds.iter().rev() {
        let _ = umount2(&b.target, MntFlags::MNT_DETACH);
    }
    let Some(lock) = &mounts.lock else { return };
    if lock.relock(FlockArg::LockExclusiveNonblock).is_err() {
        return; // another step still uses them; the last one cleans up
    }
    let Ok(file) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(LIST_FILE)
    else {
        return;
    };
    let Ok(list) = Flock::lock(file, FlockArg::LockExclusive) else {
        return;
    };
    let mut listed = String::new();
    let mut file: &File = &list;
    if file
        .rewind()
        .and_then(|_| file.read_to_string(&mut listed))
        .is_err()
    {
        return;
    }
    for dir in listed.lines().rev() {
        let _ = std::fs::remove_dir(dir);
    }
    let _ = file.set_len(0);
}
