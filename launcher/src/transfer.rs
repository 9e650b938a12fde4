//! Moving artifact bytes between local paths and a bucket (contract §3.7, §3.8).
//!
//! Streams in bounded chunks and computes each artifact's SHA-256 and size on
//! the way through, so there is never a second pass over the data and never a
//! whole file in memory. Uploads go through multipart writes that only become
//! visible on completion, so a failed transfer never leaves a partial object
//! that looks complete. (Issue 3 adds S3/GCS, parallelism and retries on top.)

use std::{
    path::{Component, Path, PathBuf},
    sync::Arc,
};

use futures::StreamExt;
use object_store::{path::Path as Key, ObjectStore, ObjectStoreExt, WriteMultipart};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Read and write in chunks of this size: bounded memory per transfer.
const CHUNK: usize = 1 << 20;

/// Errors of one transfer; each names the URI or the local path.
#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    #[error("artifact URI {uri:?} is not in bucket {bucket}")]
    OutsideBucket { uri: String, bucket: String },
    #[error("artifact URI {uri:?} has an empty key")]
    EmptyKey { uri: String },
    #[error("object key {key:?} under {uri:?} would escape the target directory")]
    Escape { uri: String, key: String },
    #[error("{op} {uri:?}")]
    Store {
        op: &'static str,
        uri: String,
        #[source]
        source: object_store::Error,
    },
    #[error("{op} {path}")]
    Local {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// What a transfer moved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Moved {
    /// Bytes in all files.
    pub size: u64,
    /// Files (objects) moved.
    pub files: u64,
    /// `sha256:<hex>`: of the content for a single file; for a directory, of
    /// its manifest (`<hex sha256>  <relative path>\n` per file, sorted by
    /// path, as `sha256sum` prints it), so it is checkable with common tools.
    pub digest: String,
}

/// One bucket of an object store, addressed by `<scheme>://<bucket>` URIs.
#[derive(Debug, Clone)]
pub struct Bucket {
    store: Arc<dyn ObjectStore>,
    /// `minio://mlpipeline`, no trailing slash.
    prefix: String,
}

impl Bucket {
    pub fn new(store: Arc<dyn ObjectStore>, scheme_and_bucket: &str) -> Self {
        Self {
            store,
            prefix: scheme_and_bucket.trim_end_matches('/').to_owned(),
        }
    }

    /// The object key of a URI in this bucket.
    pub fn key(&self, uri: &str) -> Result<Key, TransferError> {
        let rest = uri
            .strip_prefix(&self.prefix)
            .filter(|r| r.is_empty() || r.starts_with('/'))
            .ok_or_else(|| TransferError::OutsideBucket {
                uri: uri.to_owned(),
                bucket: self.prefix.clone(),
            })?;
        let rest = rest.trim_start_matches('/');
        if rest.is_empty() {
            return Err(TransferError::EmptyKey {
                uri: uri.to_owned(),
            });
        }
        parse_key(rest, uri)
    }

    /// Upload a file (one object at the key) or a directory (an object per
    /// regular file at `key/<relative path>`). A missing path moves nothing.
    pub async fn upload(&self, src: &Path, uri: &str) -> Result<Option<Moved>, TransferError> {
        let key = self.key(uri)?;
        let meta = match tokio::fs::metadata(src).await {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(local("stat", src, source)),
        };
        if meta.is_file() {
            let (size, hex) = self.put_file(src, &key, uri).await?;
            return Ok(Some(Moved {
                size,
                files: 1,
                digest: format!("sha256:{hex}"),
            }));
        }
        let mut files = Vec::new();
        walk(src, PathBuf::new(), &mut files).map_err(|source| local("list", src, source))?;
        files.sort();
        let mut moved = Moved::default();
        let mut manifest = Sha256::new();
        for rel in files {
            let rel_str = rel.to_string_lossy().replace('\\', "/");
            let child = parse_key(&format!("{key}/{rel_str}"), uri)?;
            let (size, hex) = self.put_file(&src.join(&rel), &child, uri).await?;
            manifest.update(format!("{hex}  {rel_str}\n"));
            moved.size += size;
            moved.files += 1;
        }
        moved.digest = format!("sha256:{}", hex(&manifest.finalize()));
        Ok(Some(moved))
    }

    async fn put_file(
        &self,
        src: &Path,
        key: &Key,
        uri: &str,
    ) -> Result<(u64, String), TransferError> {
        let mut file = tokio::fs::File::open(src)
            .await
            .map_err(|source| local("open", src, source))?;
        let upload = self
            .store
            .put_multipart(key)
            .await
            .map_err(|source| store("start upload of", uri, source))?;
        let mut writer = WriteMultipart::new(upload);
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut buf = vec![0u8; CHUNK];
        loop {
            let n = match file.read(&mut buf).await {
                Ok(n) => n,
                Err(source) => {
                    let _ = writer.abort().await;
                    return Err(local("read", src, source));
                }
            };
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            size += n as u64;
            writer.write(&buf[..n]);
            if let Err(source) = writer.wait_for_capacity(4).await {
                return Err(store("upload", uri, source));
            }
        }
        writer
            .finish()
            .await
            .map_err(|source| store("complete upload of", uri, source))?;
        Ok((size, hex(&hasher.finalize())))
    }

    /// Download the object at the URI's key to `dest` (a file), or every
    /// object under `key/` into the directory `dest`. Keys that would escape
    /// `dest` are rejected; sibling keys (`key2`) are not part of it. Nothing
    /// there is not an error (upstream semantics), it moves nothing.
    pub async fn download(&self, uri: &str, dest: &Path) -> Result<Moved, TransferError> {
        let key = self.key(uri)?;
        match self.store.head(&key).await {
            Ok(_) => {
                let (size, hex) = self.get_file(&key, dest, uri).await?;
                return Ok(Moved {
                    size,
                    files: 1,
                    digest: format!("sha256:{hex}"),
                });
            }
            Err(object_store::Error::NotFound { .. }) => {}
            Err(source) => return Err(store("look up", uri, source)),
        }
        let mut listing = self.store.list(Some(&key));
        let mut objects = Vec::new();
        while let Some(meta) = listing.next().await {
            let meta = meta.map_err(|source| store("list", uri, source))?;
            objects.push(meta.location);
        }
        objects.sort();
        let mut moved = Moved::default();
        let mut manifest = Sha256::new();
        let base = key.as_ref().len() + 1;
        for object in objects {
            let rel = object.as_ref().get(base..).unwrap_or_default().to_owned();
            let rel_path = Path::new(&rel);
            if rel.is_empty()
                || !rel_path
                    .components()
                    .all(|c| matches!(c, Component::Normal(_)))
            {
                return Err(TransferError::Escape {
                    uri: uri.to_owned(),
                    key: object.to_string(),
                });
            }
            let (size, hex) = self.get_file(&object, &dest.join(rel_path), uri).await?;
            manifest.update(format!("{hex}  {rel}\n"));
            moved.size += size;
            moved.files += 1;
        }
        moved.digest = format!("sha256:{}", hex(&manifest.finalize()));
        Ok(moved)
    }

    /// Stream one object into `dest` through a temp file renamed at the end.
    async fn get_file(
        &self,
        key: &Key,
        dest: &Path,
        uri: &str,
    ) -> Result<(u64, String), TransferError> {
        if let Some(parent) = dest.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .map_err(|source| local("create directory", parent, source))?;
        }
        let tmp = dest.with_file_name(format!(
            ".{}.kfp-partial",
            dest.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        ));
        let result = async {
            let got = self
                .store
                .get(key)
                .await
                .map_err(|source| store("download", uri, source))?;
            let mut stream = got.into_stream();
            let mut file = tokio::fs::File::create(&tmp)
                .await
                .map_err(|source| local("create", &tmp, source))?;
            let mut hasher = Sha256::new();
            let mut size = 0u64;
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.map_err(|source| store("download", uri, source))?;
                hasher.update(&chunk);
                size += chunk.len() as u64;
                file.write_all(&chunk)
                    .await
                    .map_err(|source| local("write", &tmp, source))?;
            }
            file.flush()
                .await
                .map_err(|source| local("write", &tmp, source))?;
            tokio::fs::rename(&tmp, dest)
                .await
                .map_err(|source| local("rename into", dest, source))?;
            Ok((size, hex(&hasher.finalize())))
        }
        .await;
        if result.is_err() {
            let _ = tokio::fs::remove_file(&tmp).await;
        }
        result
    }
}

/// Keys are used verbatim (`Key::from` would percent-encode non-ASCII names,
/// which S3 would then store literally); `.` / `..` / empty segments are refused.
fn parse_key(key: &str, uri: &str) -> Result<Key, TransferError> {
    Key::parse(key).map_err(|_| TransferError::Escape {
        uri: uri.to_owned(),
        key: key.to_owned(),
    })
}

fn walk(root: &Path, rel: PathBuf, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(root.join(&rel))? {
        let entry = entry?;
        let ty = entry.file_type()?;
        let child = rel.join(entry.file_name());
        if ty.is_dir() {
            walk(root, child, out)?;
        } else if ty.is_file() {
            out.push(child);
        }
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn local(op: &'static str, path: &Path, source: std::io::Error) -> TransferError {
    TransferError::Local {
        op,
        path: path.to_owned(),
        source,
    }
}

fn store(op: &'static str, uri: &str, source: object_store::Error) -> TransferError {
    TransferError::Store {
        op,
        uri: uri.to_owned(),
        source,
    }
}

#[cfg(test)]
mod tests;
