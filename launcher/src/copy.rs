//! `--copy DEST` (contract §3.2).
//!
//! The `kfp-launcher` init container copies the launcher binary into the
//! shared `emptyDir` (`/kfp-launcher/launch`) so that the user's main
//! container — any image, any libc — can run it. The copy is streamed
//! (the init container's memory limit is 256Mi, and upstream's Go binary
//! once OOM'd there), written to a temporary file next to DEST, fsynced,
//! made mode 0555 and renamed over DEST, so DEST is never seen half
//! written and a running DEST is replaced rather than rewritten (which
//! would fail with `ETXTBSY`).
//!
//! Differences from upstream (`os.Create` + `io.Copy` + `chmod`): missing
//! parent directories are created (mode 0755) — upstream fails instead,
//! but the volume mount always provides the directory, so this only helps
//! local use; and the parent directory must be writable (a writable DEST
//! in a read-only directory cannot be replaced atomically).

use std::fs::{self, DirBuilder, File, OpenOptions, Permissions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Mode of the copied binary (upstream: 0555, read + execute for all).
pub const DEST_MODE: u32 = 0o555;

/// Mode of parent directories created for DEST.
const DIR_MODE: u32 = 0o755;

/// A failed copy. Every variant names DEST.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// DEST has no file name (e.g. `/` or `..`).
    #[error("copy to {}: destination is not a file path", dest.display())]
    BadDest { dest: PathBuf },
    /// DEST exists and is a device, a FIFO or a socket: only a regular
    /// file (or a link) is replaced.
    #[error("copy to {}: the destination is a {kind}, not a file: not replaced", dest.display())]
    NotAFile { dest: PathBuf, kind: &'static str },
    /// One step of the copy failed; `step` says which.
    #[error("copy {} to {}: {step}", src.display(), dest.display())]
    Io {
        src: PathBuf,
        dest: PathBuf,
        step: &'static str,
        #[source]
        source: io::Error,
    },
}

impl CopyError {
    /// The destination the failed copy was for.
    pub fn dest(&self) -> &Path {
        match self {
            CopyError::BadDest { dest }
            | CopyError::NotAFile { dest, .. }
            | CopyError::Io { dest, .. } => dest,
        }
    }
}

/// Copies the running executable to `dest` (see the module docs) and
/// returns the number of bytes copied.
///
/// The source is `/proc/self/exe`, which opens the running image even if
/// its path was replaced or deleted meanwhile; without `/proc` it falls
/// back to [`std::env::current_exe`].
pub fn copy_self(dest: &Path) -> Result<u64, CopyError> {
    let proc_exe = Path::new("/proc/self/exe");
    match File::open(proc_exe) {
        Ok(src) => copy_from(src, proc_exe, dest),
        Err(proc_err) => {
            let exe = std::env::current_exe().map_err(|_| CopyError::Io {
                src: proc_exe.to_path_buf(),
                dest: dest.to_path_buf(),
                step: "open the running executable",
                source: proc_err,
            })?;
            copy_file(&exe, dest)
        }
    }
}

/// Copies the file `src` to `dest`: streamed into a temporary file in
/// `dest`'s directory (created with mode 0755 if missing), fsynced, mode
/// [`DEST_MODE`], atomically renamed over `dest`. On error the temporary
/// file is removed and `dest` is left as it was. Returns the bytes copied.
pub fn copy_file(src: &Path, dest: &Path) -> Result<u64, CopyError> {
    let file = File::open(src).map_err(|source| CopyError::Io {
        src: src.to_path_buf(),
        dest: dest.to_path_buf(),
        step: "open source",
        source,
    })?;
    copy_from(file, src, dest)
}

/// Distinguishes temporary names within one process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

fn copy_from(mut src_file: File, src: &Path, dest: &Path) -> Result<u64, CopyError> {
    let err = |step: &'static str| {
        move |source: io::Error| CopyError::Io {
            src: src.to_path_buf(),
            dest: dest.to_path_buf(),
            step,
            source,
        }
    };
    let Some(file_name) = dest.file_name() else {
        return Err(CopyError::BadDest {
            dest: dest.to_path_buf(),
        });
    };
    let dir = match dest.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if let Ok(meta) = fs::symlink_metadata(dest) {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        // A directory is left to the rename, which refuses it.
        let kind = if t.is_fifo() {
            Some("FIFO")
        } else if t.is_socket() {
            Some("socket")
        } else if t.is_block_device() || t.is_char_device() {
            Some("device")
        } else {
            None
        };
        if let Some(kind) = kind {
            return Err(CopyError::NotAFile {
                dest: dest.to_path_buf(),
                kind,
            });
        }
    }
    DirBuilder::new()
        .recursive(true)
        .mode(DIR_MODE)
        .create(dir)
        .map_err(err("create destination directory"))?;

    // A hidden, unique sibling of DEST (same file system, so rename is
    // atomic). create_new: never follow or clobber anything.
    let (tmp_path, mut tmp) = {
        let mut attempt = 0;
        loop {
            let mut name = std::ffi::OsString::from(".");
            name.push(file_name);
            name.push(format!(
                ".tmp-{}-{}",
                std::process::id(),
                TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
            ));
            let path = dir.join(name);
            match OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&path)
            {
                Ok(f) => break (path, f),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 16 => {
                    attempt += 1;
                }
                Err(e) => return Err(err("create temporary file")(e)),
            }
        }
    };

    let result = (|| {
        // Streams through a bounded buffer (or copy_file_range/sendfile
        // in the kernel): the binary is never held in memory.
        let n = io::copy(&mut src_file, &mut tmp).map_err(err("copy"))?;
        tmp.set_permissions(Permissions::from_mode(DEST_MODE))
            .map_err(err("set mode 0555"))?;
        tmp.sync_all().map_err(err("fsync"))?;
        drop(tmp);
        fs::rename(&tmp_path, dest).map_err(err("rename into place"))?;
        Ok(n)
    })();

    match result {
        Ok(n) => {
            // Persist the rename; best effort (some file systems refuse
            // fsync on directories, and the data itself is already synced).
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
            Ok(n)
        }
        Err(e) => {
            let _ = fs::remove_file(&tmp_path);
            Err(e)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use std::io::Write;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o7777
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    fn source(dir: &Path, len: usize) -> (PathBuf, Vec<u8>) {
        let data: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
        let p = dir.join("src.bin");
        File::create(&p).unwrap().write_all(&data).unwrap();
        (p, data)
    }

    #[test]
    fn copies_content_and_sets_mode() {
        let t = tempfile::tempdir().unwrap();
        let (src, data) = source(t.path(), 300_000);
        let out = t.path().join("out");
        fs::create_dir(&out).unwrap();
        let dest = out.join("launch");
        assert_eq!(copy_file(&src, &dest).unwrap(), data.len() as u64);
        assert_eq!(fs::read(&dest).unwrap(), data);
        assert_eq!(mode(&dest), 0o555);
        assert_eq!(entries(&out), vec!["launch"]);
    }

    #[test]
    fn empty_source() {
        let t = tempfile::tempdir().unwrap();
        let (src, _) = source(t.path(), 0);
        let dest = t.path().join("launch");
        assert_eq!(copy_file(&src, &dest).unwrap(), 0);
        assert_eq!(fs::read(&dest).unwrap(), b"");
    }

    #[test]
    fn replaces_existing_dest_even_read_only() {
        let t = tempfile::tempdir().unwrap();
        let (src, data) = source(t.path(), 1000);
        let out = t.path().join("out");
        fs::create_dir(&out).unwrap();
        let dest = out.join("launch");
        fs::write(&dest, vec![b'x'; 5000]).unwrap();
        fs::set_permissions(&dest, Permissions::from_mode(0o444)).unwrap();
        copy_file(&src, &dest).unwrap();
        assert_eq!(fs::read(&dest).unwrap(), data);
        assert_eq!(mode(&dest), 0o555);
        // And again over the 0555 copy.
        copy_file(&src, &dest).unwrap();
        assert_eq!(entries(&out), vec!["launch"]);
    }

    #[test]
    fn creates_missing_parents() {
        let t = tempfile::tempdir().unwrap();
        let (src, data) = source(t.path(), 10);
        let dest = t.path().join("a/b/launch");
        copy_file(&src, &dest).unwrap();
        assert_eq!(fs::read(&dest).unwrap(), data);
        assert_eq!(mode(&t.path().join("a")) & 0o777, 0o755 & !current_umask());
    }

    /// The process umask, read without changing it (from /proc).
    fn current_umask() -> u32 {
        fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("Umask:"))
                    .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
            })
            .unwrap_or(0o022)
    }

    #[test]
    fn unwritable_destination_is_an_error_naming_dest() {
        let t = tempfile::tempdir().unwrap();
        let (src, _) = source(t.path(), 10);
        // Parent is a regular file: fails even for root.
        let dest = t.path().join("src.bin/launch");
        let e = copy_file(&src, &dest).unwrap_err();
        assert!(e.to_string().contains(&dest.display().to_string()), "{e}");
        assert_eq!(e.dest(), dest);

        // Read-only directory (only meaningful without CAP_DAC_OVERRIDE).
        let ro = t.path().join("ro");
        fs::create_dir(&ro).unwrap();
        fs::set_permissions(&ro, Permissions::from_mode(0o555)).unwrap();
        if File::create(ro.join("probe")).is_err() {
            let dest = ro.join("launch");
            let e = copy_file(&src, &dest).unwrap_err();
            assert!(e.to_string().contains(&dest.display().to_string()), "{e}");
            assert!(entries(&ro).is_empty());
        }
        fs::set_permissions(&ro, Permissions::from_mode(0o755)).unwrap();
    }

    #[test]
    fn failed_rename_leaves_no_temp_file() {
        let t = tempfile::tempdir().unwrap();
        let (src, _) = source(t.path(), 10);
        let out = t.path().join("out");
        // DEST is a non-empty directory: rename fails after the copy.
        fs::create_dir_all(out.join("launch/x")).unwrap();
        let e = copy_file(&src, &out.join("launch")).unwrap_err();
        assert!(
            matches!(
                e,
                CopyError::Io {
                    step: "rename into place",
                    ..
                }
            ),
            "{e}"
        );
        assert_eq!(entries(&out), vec!["launch"]);
    }

    #[test]
    fn missing_source_is_an_error_naming_dest() {
        let t = tempfile::tempdir().unwrap();
        let dest = t.path().join("launch");
        let e = copy_file(&t.path().join("nope"), &dest).unwrap_err();
        assert!(e.to_string().contains(&dest.display().to_string()), "{e}");
        assert!(!dest.exists());
    }

    #[test]
    fn bad_dest() {
        let t = tempfile::tempdir().unwrap();
        let (src, _) = source(t.path(), 1);
        assert!(matches!(
            copy_file(&src, Path::new("/")),
            Err(CopyError::BadDest { .. })
        ));
    }

    #[test]
    fn what_is_not_a_file_is_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let t = tempfile::tempdir().unwrap();
        let (src, _) = source(t.path(), 1);
        let fifo = t.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let socket = t.path().join("socket");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        for (dest, kind) in [(&fifo, "FIFO"), (&socket, "socket")] {
            let e = copy_file(&src, dest).unwrap_err();
            assert!(
                matches!(&e, CopyError::NotAFile { kind: k, .. } if *k == kind),
                "{e:?}"
            );
            assert!(e.to_string().contains(&dest.display().to_string()), "{e}");
        }
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        assert!(fs::symlink_metadata(&socket)
            .unwrap()
            .file_type()
            .is_socket());
        let e = copy_file(&src, Path::new("/dev/null")).unwrap_err();
        assert!(
            matches!(e, CopyError::NotAFile { kind: "device", .. }),
            "{e:?}"
        );
    }

    #[test]
    fn copy_self_copies_the_test_binary() {
        let t = tempfile::tempdir().unwrap();
        let dest = t.path().join("launch");
        let n = copy_self(&dest).unwrap();
        let exe = std::env::current_exe().unwrap();
        assert_eq!(n, fs::metadata(&exe).unwrap().len());
        assert_eq!(fs::read(&dest).unwrap(), fs::read(&exe).unwrap());
        assert_eq!(mode(&dest), 0o555);
    }
}
