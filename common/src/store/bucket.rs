//! Bucket URIs (contract §6.2): a pipeline root or artifact URI split into
//! scheme, bucket, prefix and query as upstream's `objectstore.Config` does,
//! keys computed against it, and where a local run keeps each bucket.

use std::path::{Path, PathBuf};

use super::query::QueryParams;
use super::ConfigError;

mod go_path;
#[cfg(test)]
mod tests;

use go_path::go_path_join;

/// Which provider rules apply to a bucket, decided by its scheme (§6.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Provider {
    /// `gs://`
    Gs,
    /// `s3://`
    S3,
    /// `minio://` (SeaweedFS by default since KFP 2.16).
    Minio,
    /// `mem://`, in-process (tests).
    Mem,
    /// `file:///`, a local directory (local runs; not upstream).
    File,
}

impl Provider {
    /// The provider of an accepted scheme, as [`BucketConfig::scheme`] holds it.
    pub fn from_scheme(scheme: &str) -> Option<Self> {
        match scheme {
            "gs://" => Some(Self::Gs),
            "s3://" => Some(Self::S3),
            "minio://" => Some(Self::Minio),
            "mem://" => Some(Self::Mem),
            "file:///" => Some(Self::File),
            _ => None,
        }
    }

    /// The `Provider` string of the session info.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gs => "gs",
            Self::S3 => "s3",
            Self::Minio => "minio",
            Self::Mem => "mem",
            Self::File => "file",
        }
    }
}

// === impl BucketConfig ===

/// A pipeline root or artifact URI split as upstream's `objectstore.Config`
/// does (§6.2). Hashable so that opened buckets can be cached per config.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BucketConfig {
    /// Including `://`: `gs://`, `s3://`, `minio://`, `mem://` or `file:///`.
    pub scheme: String,
    /// For `file:///`, the first directory of the absolute path.
    pub bucket: String,
    /// Upstream's prefix: the path with *one* leading `/` removed (as Go's
    /// `strings.TrimPrefix`) and a trailing `/` added when non-empty.
    pub prefix: String,
    /// Without the `?`; empty when absent.
    pub query: String,
}

/// Parse a pipeline root: scheme, bucket, prefix and query (upstream's
/// `ParseBucketPathToConfig`).
///
/// `file:///abs/dir/…` is accepted for local runs (upstream has a TODO
/// instead): the regex splits it like any other URI, so the scheme is
/// `file:///`, the bucket the first directory and the prefix the rest, and
/// every method (`prefixed_bucket`, `key_from_uri`) round-trips the original
/// spelling. Two-slash `file://x` would be a host, not a path, and is
/// rejected. All other schemes must use exactly two slashes, as upstream's
/// scheme check implies.
pub fn parse_bucket_config(uri: &str) -> Result<BucketConfig, ConfigError> {
    let m = split_uri(uri)?;
    let prefix = m.path.strip_prefix('/').unwrap_or(m.path);
    let prefix = if prefix.is_empty() || prefix.ends_with('/') {
        prefix.to_owned()
    } else {
        format!("{prefix}/")
    };
    Ok(BucketConfig {
        scheme: m.scheme.to_owned(),
        bucket: m.bucket.to_owned(),
        prefix,
        query: m.query.to_owned(),
    })
}

/// Scheme and bucket of an artifact URI, prefix and query left empty
/// (upstream's `ParseBucketConfigForArtifactURI`). Artifacts may live outside
/// the run's root (importer, other runs), so their keys are taken relative to
/// the bucket.
pub fn parse_bucket_from_artifact_uri(uri: &str) -> Result<BucketConfig, ConfigError> {
    let m = split_uri(uri)?;
    Ok(BucketConfig {
        scheme: m.scheme.to_owned(),
        bucket: m.bucket.to_owned(),
        prefix: String::new(),
        query: String::new(),
    })
}

impl BucketConfig {
    /// The provider whose rules apply, or `None` for a hand-built config
    /// with a scheme [`parse_bucket_config`] would have rejected.
    pub fn provider(&self) -> Option<Provider> {
        Provider::from_scheme(&self.scheme)
    }

    /// `scheme + path.Join(bucket, prefix)`: no trailing slash, and Go's
    /// `path.Clean` applied, because keys are computed against exactly this
    /// string upstream.
    pub fn prefixed_bucket(&self) -> String {
        format!(
            "{}{}",
            self.scheme,
            go_path_join(&[&self.bucket, &self.prefix])
        )
    }

    /// The blob key of `uri` relative to the prefixed bucket, leading
    /// slashes trimmed.
    ///
    /// Stricter than upstream's plain `strings.HasPrefix`: the prefixed
    /// bucket must end at a `/` boundary of `uri`, so bucket `b` does not
    /// claim `s3://bb/x` (upstream would return the wrong key `b/x`).
    pub fn key_from_uri(&self, uri: &str) -> Result<String, ConfigError> {
        let prefixed_bucket = self.prefixed_bucket();
        let rest = match uri.strip_prefix(prefixed_bucket.as_str()) {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
            _ => {
                return Err(ConfigError::OutsideBucket {
                    uri: uri.to_owned(),
                    prefixed_bucket,
                })
            }
        };
        let key = rest.trim_start_matches('/');
        if key.is_empty() {
            return Err(ConfigError::EmptyKey {
                uri: uri.to_owned(),
                prefixed_bucket,
            });
        }
        Ok(key.to_owned())
    }

    /// `scheme + path.Join(bucket, prefix, key)` (upstream's `UriFromKey`):
    /// how output artifact URIs are spelled.
    pub fn uri_from_key(&self, key: &str) -> String {
        format!(
            "{}{}",
            self.scheme,
            go_path_join(&[&self.bucket, &self.prefix, key])
        )
    }

    /// Upstream's `bucketURL()`: `scheme + bucket`, the query, and
    /// `prefix=<prefix>` appended unescaped. This is what the gocloud URL
    /// opener receives (§6.5 step 3), useful in logs and messages.
    pub fn bucket_url(&self) -> String {
        let mut url = format!("{}{}", self.scheme, self.bucket);
        match (self.query.is_empty(), self.prefix.is_empty()) {
            (true, true) => {}
            (true, false) => url.push_str(&format!("?prefix={}", self.prefix)),
            (false, true) => url.push_str(&format!("?{}", self.query)),
            (false, false) => url.push_str(&format!("?{}&prefix={}", self.query, self.prefix)),
        }
        url
    }

    /// The query, decoded and with key spellings normalised.
    pub fn query_params(&self) -> Result<QueryParams, ConfigError> {
        QueryParams::parse(&self.query)
    }
}

/// The four capture groups of the §6.2 regex, borrowed from the URI.
struct UriParts<'a> {
    scheme: &'a str,
    bucket: &'a str,
    /// Empty, or starting with `/`.
    path: &'a str,
    /// Without the `?`.
    query: &'a str,
}

/// Hand-written `^([a-z][a-z0-9]+:///?)([^/?]+)(/[^?]*)?(\?.+)?$` with Go
/// RE2 semantics (`.` excludes `\n`, `$` is end of text), then the scheme
/// check. No backtracking is needed: every group is greedy and stops at a
/// byte its successor requires.
fn split_uri(uri: &str) -> Result<UriParts<'_>, ConfigError> {
    let unrecognized = || ConfigError::UnrecognizedUri {
        uri: uri.to_owned(),
    };
    let b = uri.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_lowercase) {
        return Err(unrecognized());
    }
    let mut i = 1;
    while i < b.len() && (b[i].is_ascii_lowercase() || b[i].is_ascii_digit()) {
        i += 1;
    }
    if i == 1 || !uri[i..].starts_with("://") {
        return Err(unrecognized());
    }
    i += 3;
    if b.get(i) == Some(&b'/') {
        i += 1;
    }
    let scheme_end = i;
    while i < b.len() && b[i] != b'/' && b[i] != b'?' {
        i += 1;
    }
    let bucket_end = i;
    if bucket_end == scheme_end {
        return Err(unrecognized());
    }
    if b.get(i) == Some(&b'/') {
        while i < b.len() && b[i] != b'?' {
            i += 1;
        }
    }
    let path_end = i;
    let query = if i < b.len() {
        // b[i] == b'?': `.+` needs one character and matches no newline.
        let q = &uri[i + 1..];
        if q.is_empty() || q.contains('\n') {
            return Err(unrecognized());
        }
        q
    } else {
        ""
    };
    let scheme = &uri[..scheme_end];
    // `file://x` lands here too: its message lists the `file:///` form.
    if Provider::from_scheme(scheme).is_none() {
        return Err(ConfigError::UnsupportedScheme {
            uri: uri.to_owned(),
            scheme: scheme.to_owned(),
        });
    }
    Ok(UriParts {
        scheme,
        bucket: &uri[scheme_end..bucket_end],
        path: &uri[bucket_end..path_end],
        query,
    })
}

/// A run's root under the pipeline root: `<root>/<pipeline>/<run_id>`, with
/// the root's `?query` kept at the end (contract §2.4, §6.1).
pub fn run_root(pipeline_root: &str, pipeline_name: &str, run_id: &str) -> String {
    let (base, query) = match pipeline_root.split_once('?') {
        Some((b, q)) => (b.trim_end_matches('/'), format!("?{q}")),
        None => (pipeline_root.trim_end_matches('/'), String::new()),
    };
    format!("{base}/{pipeline_name}/{run_id}{query}")
}

/// Session info provider of a run whose objects live on the machine that ran
/// it (`launcher local run`): `<objects dir>/<scheme>/<bucket>/<key>`.
pub const LOCAL_PROVIDER: &str = "local";

/// The directory a local run keeps `bucket` in, under `objects`.
pub fn local_bucket_dir(objects: &Path, bucket: &BucketConfig) -> PathBuf {
    let scheme = bucket.scheme.trim_end_matches('/').trim_end_matches(':');
    objects.join(scheme).join(&bucket.bucket)
}

/// Where a local run keeps the object (or directory) of artifact `uri`.
pub fn local_object_path(objects: &Path, uri: &str) -> Option<PathBuf> {
    let bucket = parse_bucket_from_artifact_uri(uri).ok()?;
    let key = bucket.key_from_uri(uri).ok()?;
    Some(local_bucket_dir(objects, &bucket).join(key))
}
