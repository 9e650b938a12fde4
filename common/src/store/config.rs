//! URI grammar, providers config and session info (contract §6.2–6.5).
//!
//! The ROOT_DAG driver decides the pipeline root and its session info once
//! (§6.1) and records the session JSON in MLMD; every launcher later turns
//! that JSON back into [`StoreSettings`] before it reads a Secret or opens a
//! connection. Both halves live here, free of I/O, so that the bytes upstream
//! writes can be checked as test vectors and the two sides cannot drift.
//!
//! Where upstream would panic (nil pointers in the providers config) this
//! module returns a [`ConfigError`] instead; where upstream silently builds a
//! configuration that can only fail later (an empty Secret name), it fails
//! early with the parameter named.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::de::{Deserializer, Error as _};
use serde::Deserialize;
use serde_json::Value as JsonValue;
use serde_yaml::Value as YamlValue;

use crate::gojson::GoJson;

#[cfg(test)]
mod tests;

/// Pipeline root when neither the run nor the `kfp-launcher` ConfigMap sets one (§6.1).
pub const DEFAULT_PIPELINE_ROOT: &str = "minio://mlpipeline/v2/artifacts";
/// Built-in endpoint of the `minio` provider; SeaweedFS since KFP 2.16 (#12613, §6.7).
pub const DEFAULT_MINIO_ENDPOINT: &str = "seaweedfs.kubeflow:9000";
/// Secret holding the built-in `minio` credentials, in the pod's namespace (§6.6).
pub const DEFAULT_MINIO_SECRET_NAME: &str = "mlpipeline-minio-artifact";
/// Key of the access key in [`DEFAULT_MINIO_SECRET_NAME`].
pub const DEFAULT_MINIO_ACCESS_KEY_KEY: &str = "accesskey";
/// Key of the secret key in [`DEFAULT_MINIO_SECRET_NAME`].
pub const DEFAULT_MINIO_SECRET_KEY_KEY: &str = "secretkey";
/// Name of the optional, namespace-scoped launcher ConfigMap (§6.3).
pub const CONFIG_MAP_NAME: &str = "kfp-launcher";
/// ConfigMap key of the default pipeline root.
pub const CONFIG_KEY_DEFAULT_PIPELINE_ROOT: &str = "defaultPipelineRoot";
/// ConfigMap key of the providers YAML document.
pub const CONFIG_KEY_PROVIDERS: &str = "providers";

/// `maxRetries` when a provider config leaves it out (§6.4).
const DEFAULT_MAX_RETRIES: i64 = 5;

/// Session-info parameter names (§6.4). They are the MLMD contract: the
/// driver writes them into `store_session_info`, launchers of any version read them.
pub mod param {
    /// `"true"`: credentials come from the pod's environment, not a Secret.
    pub const FROM_ENV: &str = "fromEnv";
    /// Name of the Kubernetes Secret holding the credentials.
    pub const SECRET_NAME: &str = "secretName";
    /// S3: key of the access key inside the Secret.
    pub const ACCESS_KEY_KEY: &str = "accessKeyKey";
    /// S3: key of the secret key inside the Secret.
    pub const SECRET_KEY_KEY: &str = "secretKeyKey";
    /// GCS: key of the service-account JSON inside the Secret.
    pub const TOKEN_KEY: &str = "tokenKey";
    /// S3: region.
    pub const REGION: &str = "region";
    /// S3: `host[:port]` or a URL.
    pub const ENDPOINT: &str = "endpoint";
    /// S3: plain HTTP.
    pub const DISABLE_SSL: &str = "disableSSL";
    /// S3: path-style addressing.
    pub const FORCE_PATH_STYLE: &str = "forcePathStyle";
    /// S3: upstream passes it as the AWS SDK's *max attempts*.
    pub const MAX_RETRIES: &str = "maxRetries";
}

/// Query keys as KFP documents them (AWS SDK v1 style), the spellings
/// [`QueryParams`] normalises to.
pub mod query_key {
    /// Region.
    pub const REGION: &str = "region";
    /// Endpoint, `host[:port]` or a URL.
    pub const ENDPOINT: &str = "endpoint";
    /// Plain HTTP; gocloud v0.46 (AWS SDK v2) spells it `disable_https`.
    pub const DISABLE_SSL: &str = "disableSSL";
    /// Path-style addressing; gocloud v0.46 spells it `use_path_style`.
    pub const FORCE_PATH_STYLE: &str = "s3ForcePathStyle";
}

/// Why a URI, ConfigMap or session info could not be understood. Every
/// variant carries the URI, ConfigMap key, provider or parameter at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The URI does not match `^([a-z][a-z0-9]+:///?)([^/?]+)(/[^?]*)?(\?.+)?$`.
    #[error("unrecognized object store URI format: {uri:?}")]
    UnrecognizedUri { uri: String },
    /// Grammatical, but not a scheme KFP can open.
    #[error(
        "unsupported Cloud bucket: {uri:?} (scheme {scheme:?}; expected gs://, s3://, minio://, mem:// or file:///)"
    )]
    UnsupportedScheme { uri: String, scheme: String },
    /// A key was asked of a URI that is not under the bucket (and prefix).
    #[error("URI {uri:?} does not have expected bucket prefix {prefixed_bucket:?}")]
    OutsideBucket {
        uri: String,
        prefixed_bucket: String,
    },
    /// The URI names the bucket (or prefix) itself, not an object in it.
    #[error("URI {uri:?} has empty key given prefixed bucket {prefixed_bucket:?}")]
    EmptyKey {
        uri: String,
        prefixed_bucket: String,
    },
    /// The query string is not `key=value&…` with valid percent escapes.
    #[error("query {query:?}: {reason}")]
    InvalidQuery { query: String, reason: String },
    /// A boolean query parameter (`disableSSL`, `s3ForcePathStyle` or their
    /// gocloud spellings) has a value `strconv.ParseBool` would reject.
    #[error("query parameter {key:?} of {query:?} is not a boolean: {value:?}")]
    QueryNotBool {
        query: String,
        key: String,
        value: String,
    },
    /// The `providers` value of the `kfp-launcher` ConfigMap is not YAML of
    /// the §6.3 schema.
    #[error("ConfigMap {CONFIG_MAP_NAME} key {key:?} is not a well-formed providers document")]
    ProvidersYaml {
        key: &'static str,
        #[source]
        source: serde_yaml::Error,
    },
    /// A configured provider has no `default.credentials` (upstream's
    /// "missing default credentials").
    #[error("invalid provider config for {provider:?}: missing default credentials")]
    MissingDefaultCredentials { provider: &'static str },
    /// `default.credentials.fromEnv` is false without a `secretRef`
    /// (upstream dereferences the nil pointer).
    #[error("invalid provider config for {provider:?}: default credentials have fromEnv false but no secretRef")]
    MissingDefaultSecretRef { provider: &'static str },
    /// The matching override has no `credentials`, which §6.3 requires.
    #[error("invalid provider config for {provider:?}: override for bucket {bucket:?} keyPrefix {key_prefix:?} is missing credentials")]
    MissingOverrideCredentials {
        provider: &'static str,
        bucket: String,
        key_prefix: String,
    },
    /// The matching override has `fromEnv: false` but no `secretRef`.
    #[error("invalid provider config for {provider:?}: override for bucket {bucket:?} keyPrefix {key_prefix:?} has fromEnv false but no secretRef")]
    MissingOverrideSecretRef {
        provider: &'static str,
        bucket: String,
        key_prefix: String,
    },
    /// `store_session_info` is not JSON at all.
    #[error("store_session_info is not valid JSON")]
    SessionInfoJson {
        #[source]
        source: serde_json::Error,
    },
    /// `store_session_info` is JSON but not `{"Provider": …, "Params": {…}}`.
    #[error("store_session_info: {reason}")]
    SessionInfoShape { reason: String },
    /// A session parameter has a value upstream's `strconv` parsing rejects.
    #[error(
        "session info for provider {provider:?}: param {param:?} = {value:?} is not {expected}"
    )]
    InvalidSessionParam {
        provider: String,
        param: &'static str,
        value: String,
        expected: &'static str,
    },
    /// A Secret reference is missing while `fromEnv` is false; upstream
    /// would only fail later, reading a Secret or key named "".
    #[error(
        "session info for provider {provider:?}: param {param:?} is required when fromEnv is false"
    )]
    MissingSessionParam {
        provider: String,
        param: &'static str,
    },
}

// === impl Provider ===

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

/// Go's `path.Join`: non-empty elements joined by `/`, then `path.Clean`d;
/// `""` when every element is empty.
fn go_path_join(elems: &[&str]) -> String {
    let mut buf = String::new();
    for e in elems {
        if !buf.is_empty() || !e.is_empty() {
            if !buf.is_empty() {
                buf.push('/');
            }
            buf.push_str(e);
        }
    }
    if buf.is_empty() {
        return buf;
    }
    go_path_clean(&buf)
}

/// Go's `path.Clean`, ported line by line: collapse `//`, drop `.`,
/// resolve `..` lexically (kept when unrooted and nothing precedes it), no
/// trailing slash except for `/` itself.
fn go_path_clean(path: &str) -> String {
    if path.is_empty() {
        return ".".to_owned();
    }
    let b = path.as_bytes();
    let n = b.len();
    let rooted = b[0] == b'/';
    let mut out = String::with_capacity(n);
    let (mut r, mut dotdot) = (0, 0);
    if rooted {
        out.push('/');
        r = 1;
        dotdot = 1;
    }
    while r < n {
        if b[r] == b'/' || (b[r] == b'.' && (r + 1 == n || b[r + 1] == b'/')) {
            // Empty element or `.`.
            r += 1;
        } else if b[r] == b'.' && r + 1 < n && b[r + 1] == b'.' && (r + 2 == n || b[r + 2] == b'/')
        {
            r += 2;
            if out.len() > dotdot {
                // Backtrack to the previous '/' (an ASCII byte, so a char boundary).
                let mut w = out.len() - 1;
                while w > dotdot && out.as_bytes()[w] != b'/' {
                    w -= 1;
                }
                out.truncate(w);
            } else if !rooted {
                if !out.is_empty() {
                    out.push('/');
                }
                out.push_str("..");
                dotdot = out.len();
            }
        } else {
            if (rooted && out.len() != 1) || (!rooted && !out.is_empty()) {
                out.push('/');
            }
            let start = r;
            while r < n && b[r] != b'/' {
                r += 1;
            }
            out.push_str(&path[start..r]);
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

// === impl QueryParams ===

/// A bucket URI's query, decoded like Go's `url.ParseQuery`, in order, with
/// duplicates kept.
///
/// Upstream passes the query verbatim to gocloud, whose v0.46 S3 opener
/// names the keys `disable_https`/`use_path_style` while KFP's docs use
/// `disableSSL`/`s3ForcePathStyle` (§6.2, unverified which gocloud still
/// honours). Both spellings are accepted and stored under the documented
/// one ([`query_key`]); other keys pass through unchanged. Lookups return the
/// first occurrence, like `url.Values.Get`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct QueryParams {
    pairs: Vec<(String, String)>,
}

impl QueryParams {
    /// Decode `query` (without `?`). Boolean keys are validated here, so
    /// that the typed getters need not fail.
    pub fn parse(query: &str) -> Result<Self, ConfigError> {
        let invalid = |reason: String| ConfigError::InvalidQuery {
            query: query.to_owned(),
            reason,
        };
        let mut pairs = Vec::new();
        for piece in query.split('&') {
            if piece.is_empty() {
                continue;
            }
            if piece.contains(';') {
                // Go 1.17+ rejects ';' as a separator.
                return Err(invalid(format!("invalid semicolon separator in {piece:?}")));
            }
            let (raw_key, raw_value) = piece.split_once('=').unwrap_or((piece, ""));
            let key = query_unescape(raw_key).map_err(invalid)?;
            let value = query_unescape(raw_value).map_err(invalid)?;
            let canonical = canonical_query_key(&key);
            if (canonical == query_key::DISABLE_SSL || canonical == query_key::FORCE_PATH_STYLE)
                && parse_go_bool(&value).is_none()
            {
                return Err(ConfigError::QueryNotBool {
                    query: query.to_owned(),
                    key,
                    value,
                });
            }
            pairs.push((canonical.to_owned(), value));
        }
        Ok(Self { pairs })
    }

    /// Whether there are no parameters at all.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// All parameters in order, keys normalised.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The first value of `key` (either spelling).
    pub fn get(&self, key: &str) -> Option<&str> {
        let key = canonical_query_key(key);
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// `region`.
    pub fn region(&self) -> Option<&str> {
        self.get(query_key::REGION)
    }

    /// `endpoint`, as written (not yet given a scheme).
    pub fn endpoint(&self) -> Option<&str> {
        self.get(query_key::ENDPOINT)
    }

    /// `disableSSL` or `disable_https`.
    pub fn disable_ssl(&self) -> Option<bool> {
        self.get(query_key::DISABLE_SSL).and_then(parse_go_bool)
    }

    /// `s3ForcePathStyle` or `use_path_style`.
    pub fn force_path_style(&self) -> Option<bool> {
        self.get(query_key::FORCE_PATH_STYLE)
            .and_then(parse_go_bool)
    }
}

fn canonical_query_key(key: &str) -> &str {
    match key {
        "disable_https" => query_key::DISABLE_SSL,
        "use_path_style" => query_key::FORCE_PATH_STYLE,
        other => other,
    }
}

/// Go's `url.QueryUnescape`: `+` is a space, `%XX` a byte.
fn query_unescape(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hex = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
                match (hex(b.get(i + 1)), hex(b.get(i + 2))) {
                    (Some(hi), Some(lo)) => {
                        // Two hex digits fit a byte.
                        out.push((hi * 16 + lo) as u8);
                        i += 3;
                    }
                    _ => {
                        let end = (i + 3).min(b.len());
                        return Err(format!(
                            "invalid URL escape {:?}",
                            String::from_utf8_lossy(&b[i..end])
                        ));
                    }
                }
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| format!("{s:?} is not UTF-8 once percent-decoded"))
}

/// Go's `strconv.ParseBool`, which both the gocloud opener and upstream's
/// session-param parsing use.
fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
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

// === impl LauncherConfig ===

/// The `kfp-launcher` ConfigMap's data (§6.3). A missing ConfigMap is
/// `LauncherConfig::default()`: absence is not an error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LauncherConfig {
    /// `defaultPipelineRoot`; `None` when absent or empty (upstream treats
    /// both as "use the built-in root").
    pub default_pipeline_root: Option<String>,
    /// `providers`; `None` when absent or empty.
    pub providers: Option<ProvidersConfig>,
}

impl LauncherConfig {
    /// Read the ConfigMap's `data`. Keys other than the two above are ignored.
    pub fn from_config_map_data(data: &BTreeMap<String, String>) -> Result<Self, ConfigError> {
        let default_pipeline_root = data
            .get(CONFIG_KEY_DEFAULT_PIPELINE_ROOT)
            .filter(|v| !v.is_empty())
            .cloned();
        let providers = match data.get(CONFIG_KEY_PROVIDERS) {
            Some(doc) if !doc.is_empty() => Some(ProvidersConfig::from_yaml(doc)?),
            _ => None,
        };
        Ok(Self {
            default_pipeline_root,
            providers,
        })
    }

    /// The ConfigMap's default pipeline root, else [`DEFAULT_PIPELINE_ROOT`]
    /// (second and third steps of §6.1).
    pub fn pipeline_root(&self) -> &str {
        self.default_pipeline_root
            .as_deref()
            .unwrap_or(DEFAULT_PIPELINE_ROOT)
    }
}

// === impl ProvidersConfig ===

/// The `providers` YAML document (§6.3).
///
/// Upstream decodes it with `sigs.k8s.io/yaml` (YAML → JSON →
/// `encoding/json`), so keys match case-insensitively (`Overrides` is the Go
/// tag, `overrides` what everybody writes), `null` means "unset" and unknown
/// keys are ignored. [`ProvidersConfig::from_yaml`] reproduces that by
/// lower-casing keys and dropping nulls before deserialising, which is why
/// the serde names below are lower case: deserialise through `from_yaml`,
/// not directly.
///
/// `Option` marks Go's pointers and nil slices: `overrides: []` is not the
/// same as no overrides (it makes a provider "configured", §6.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ProvidersConfig {
    #[serde(default, rename = "s3")]
    pub s3: Option<S3ProviderConfig>,
    /// Same schema as `s3`; used for `minio://` roots.
    #[serde(default, rename = "minio")]
    pub minio: Option<S3ProviderConfig>,
    #[serde(default, rename = "gs")]
    pub gs: Option<GcsProviderConfig>,
}

/// `s3` or `minio` section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3ProviderConfig {
    #[serde(default, rename = "default")]
    pub default: Option<S3ProviderDefault>,
    /// Ordered; the first match wins.
    #[serde(default, rename = "overrides")]
    pub overrides: Option<Vec<S3Override>>,
}

/// `s3.default` / `minio.default`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3ProviderDefault {
    /// `host[:port]` or `http(s)://…`.
    #[serde(default, rename = "endpoint")]
    pub endpoint: String,
    #[serde(default, rename = "region")]
    pub region: String,
    /// Default false.
    #[serde(default, rename = "disablessl", deserialize_with = "de_opt_bool")]
    pub disable_ssl: Option<bool>,
    /// Default true.
    #[serde(default, rename = "forcepathstyle", deserialize_with = "de_opt_bool")]
    pub force_path_style: Option<bool>,
    /// Default 5. Go's `int`, so negative values parse.
    #[serde(default, rename = "maxretries")]
    pub max_retries: Option<i64>,
    /// Required once the provider is configured.
    #[serde(default, rename = "credentials")]
    pub credentials: Option<S3CredentialsConfig>,
}

/// One entry of `s3.overrides` / `minio.overrides`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3Override {
    #[serde(default, rename = "bucketname")]
    pub bucket_name: String,
    /// Matches when the root's prefix starts with it (plain string prefix).
    #[serde(default, rename = "keyprefix")]
    pub key_prefix: String,
    #[serde(default, rename = "endpoint")]
    pub endpoint: String,
    #[serde(default, rename = "region")]
    pub region: String,
    #[serde(default, rename = "disablessl", deserialize_with = "de_opt_bool")]
    pub disable_ssl: Option<bool>,
    #[serde(default, rename = "forcepathstyle", deserialize_with = "de_opt_bool")]
    pub force_path_style: Option<bool>,
    /// Parsed but, as upstream, not applied: see [`session_info`].
    #[serde(default, rename = "maxretries")]
    pub max_retries: Option<i64>,
    /// Required in an override.
    #[serde(default, rename = "credentials")]
    pub credentials: Option<S3CredentialsConfig>,
}

/// `credentials` of an S3-style default or override.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3CredentialsConfig {
    /// Pod env / IRSA / instance role instead of a Secret.
    #[serde(default, rename = "fromenv", deserialize_with = "de_bool")]
    pub from_env: bool,
    /// Required when `from_env` is false.
    #[serde(default, rename = "secretref")]
    pub secret_ref: Option<S3SecretRef>,
}

/// `credentials.secretRef` of an S3-style provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3SecretRef {
    #[serde(default, rename = "secretname")]
    pub secret_name: String,
    #[serde(default, rename = "accesskeykey")]
    pub access_key_key: String,
    #[serde(default, rename = "secretkeykey")]
    pub secret_key_key: String,
}

/// `gs` section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsProviderConfig {
    #[serde(default, rename = "default")]
    pub default: Option<GcsProviderDefault>,
    /// Ordered; the first match wins.
    #[serde(default, rename = "overrides")]
    pub overrides: Option<Vec<GcsOverride>>,
}

/// `gs.default`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsProviderDefault {
    #[serde(default, rename = "credentials")]
    pub credentials: Option<GcsCredentialsConfig>,
}

/// One entry of `gs.overrides`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsOverride {
    #[serde(default, rename = "bucketname")]
    pub bucket_name: String,
    #[serde(default, rename = "keyprefix")]
    pub key_prefix: String,
    #[serde(default, rename = "credentials")]
    pub credentials: Option<GcsCredentialsConfig>,
}

/// `credentials` of the `gs` provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsCredentialsConfig {
    /// Application Default Credentials instead of a Secret.
    #[serde(default, rename = "fromenv", deserialize_with = "de_bool")]
    pub from_env: bool,
    #[serde(default, rename = "secretref")]
    pub secret_ref: Option<GcsSecretRef>,
}

/// `credentials.secretRef` of the `gs` provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsSecretRef {
    #[serde(default, rename = "secretname")]
    pub secret_name: String,
    /// Key of the service-account JSON in the Secret.
    #[serde(default, rename = "tokenkey")]
    pub token_key: String,
}

impl ProvidersConfig {
    /// Parse the `providers` document; errors name the ConfigMap key.
    /// Empty, comment-only or `null` documents give an empty config, as
    /// upstream's unmarshal into a zero struct does.
    pub fn from_yaml(doc: &str) -> Result<Self, ConfigError> {
        let wrap = |source| ConfigError::ProvidersYaml {
            key: CONFIG_KEY_PROVIDERS,
            source,
        };
        let mut value: YamlValue = serde_yaml::from_str(doc).map_err(wrap)?;
        // go-yaml v2 honours `<<` merge keys.
        value.apply_merge().map_err(wrap)?;
        match fold_keys(value) {
            YamlValue::Null => Ok(Self::default()),
            value @ YamlValue::Mapping(_) => serde_yaml::from_value(value).map_err(wrap),
            other => Err(wrap(serde_yaml::Error::custom(format!(
                "expected a mapping at the top level, found {}",
                yaml_kind(&other)
            )))),
        }
    }
}

/// Lower-case every mapping key (Go's case-insensitive field matching; a
/// later spelling wins, as later keys overwrite in `encoding/json`), drop
/// null-valued entries (null leaves a Go field unset) and untag values.
/// Null sequence items become empty mappings, Go's zero struct.
fn fold_keys(value: YamlValue) -> YamlValue {
    match value {
        YamlValue::Mapping(map) => {
            let mut out = serde_yaml::Mapping::new();
            for (k, v) in map {
                let v = fold_keys(v);
                if v.is_null() {
                    continue;
                }
                let key = match fold_keys(k) {
                    YamlValue::String(s) => s.to_lowercase(),
                    YamlValue::Bool(b) => b.to_string(),
                    YamlValue::Number(n) => n.to_string(),
                    // Complex keys can never name a field: ignore them like
                    // any unknown key.
                    _ => continue,
                };
                out.insert(YamlValue::String(key), v);
            }
            YamlValue::Mapping(out)
        }
        YamlValue::Sequence(items) => YamlValue::Sequence(
            items
                .into_iter()
                .map(|item| match fold_keys(item) {
                    YamlValue::Null => YamlValue::Mapping(serde_yaml::Mapping::new()),
                    other => other,
                })
                .collect(),
        ),
        YamlValue::Tagged(tagged) => fold_keys(tagged.value),
        scalar => scalar,
    }
}

fn yaml_kind(value: &YamlValue) -> &'static str {
    match value {
        YamlValue::Null => "null",
        YamlValue::Bool(_) => "a boolean",
        YamlValue::Number(_) => "a number",
        YamlValue::String(_) => "a string",
        YamlValue::Sequence(_) => "a sequence",
        YamlValue::Mapping(_) => "a mapping",
        YamlValue::Tagged(_) => "a tagged value",
    }
}

/// A YAML boolean, also in the YAML 1.1 spellings (`yes`, `off`, …) that
/// upstream's go-yaml v2 reads as booleans but serde_yaml (YAML 1.2) reads as
/// strings.
fn yaml_bool(value: &YamlValue) -> Option<bool> {
    match value {
        YamlValue::Bool(b) => Some(*b),
        YamlValue::String(s) => match s.as_str() {
            "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
                Some(true)
            }
            "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off"
            | "OFF" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn de_opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    let value = YamlValue::deserialize(d)?;
    if value.is_null() {
        return Ok(None);
    }
    yaml_bool(&value)
        .map(Some)
        .ok_or_else(|| D::Error::custom(format!("expected a boolean, found {value:?}")))
}

fn de_bool<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    de_opt_bool(d).map(|b| b.unwrap_or(false))
}

// === impl SessionInfo ===

/// How to reach a bucket, as recorded in MLMD (`store_session_info`, §6.4).
/// Only names of Secrets and keys, never secret material.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionInfo {
    /// `minio`, `s3`, `gs`; `mem`/`file` for the local schemes (not upstream).
    pub provider: String,
    /// Every value a string (`"true"`, `"5"`), as upstream's `map[string]string`.
    pub params: BTreeMap<String, String>,
}

impl SessionInfo {
    /// Go's `json.Marshal(SessionInfo)`: struct order (`Provider` before
    /// `Params`), sorted params, no whitespace, HTML escaping. These bytes
    /// land in MLMD, where upstream launchers and UIs read them.
    pub fn to_json(&self) -> String {
        let go = GoJson::ENCODING_JSON;
        // Inserted in BTreeMap order, so sorted whether or not serde_json
        // preserves insertion order in this build.
        let params: serde_json::Map<String, JsonValue> = self
            .params
            .iter()
            .map(|(k, v)| (k.clone(), JsonValue::String(v.clone())))
            .collect();
        format!(
            "{{\"Provider\":{},\"Params\":{}}}",
            go.to_string(&JsonValue::String(self.provider.clone())),
            go.to_string(&JsonValue::Object(params))
        )
    }

    /// Read `store_session_info` back. An empty string (blank here) means
    /// "none recorded", as upstream's `GetSessionInfoFromString`.
    ///
    /// Lenient beyond `encoding/json` where that costs nothing: keys match
    /// case-insensitively (as Go does), `null` is an empty provider or
    /// params, and number/boolean param values are taken as their text.
    pub fn from_json(json: &str) -> Result<Option<Self>, ConfigError> {
        if json.trim().is_empty() {
            return Ok(None);
        }
        let shape = |reason: String| ConfigError::SessionInfoShape { reason };
        let value: JsonValue =
            serde_json::from_str(json).map_err(|source| ConfigError::SessionInfoJson { source })?;
        let JsonValue::Object(fields) = value else {
            return Err(shape(format!("expected a JSON object, found {value}")));
        };
        let mut info = SessionInfo::default();
        for (key, value) in fields {
            if key.eq_ignore_ascii_case("provider") {
                info.provider = match value {
                    JsonValue::Null => String::new(),
                    JsonValue::String(s) => s,
                    other => return Err(shape(format!("\"Provider\" is not a string: {other}"))),
                };
            } else if key.eq_ignore_ascii_case("params") {
                info.params = match value {
                    JsonValue::Null => BTreeMap::new(),
                    JsonValue::Object(params) => params
                        .into_iter()
                        .map(|(k, v)| match v {
                            JsonValue::String(s) => Ok((k, s)),
                            JsonValue::Null => Ok((k, String::new())),
                            JsonValue::Bool(_) | JsonValue::Number(_) => Ok((k, v.to_string())),
                            other => Err(shape(format!(
                                "\"Params\" value of {k:?} is not a string: {other}"
                            ))),
                        })
                        .collect::<Result<_, _>>()?,
                    other => return Err(shape(format!("\"Params\" is not an object: {other}"))),
                };
            }
        }
        Ok(Some(info))
    }

    fn new(provider: &str, params: &[(&str, &str)]) -> Self {
        Self {
            provider: provider.to_owned(),
            params: params
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }
}

/// Session info of a pipeline root (upstream's `GetStoreSessionInfo`, §6.4).
///
/// The provider follows the scheme. Rules:
/// * `minio`: no `minio` section (or one with neither `default` nor
///   `overrides`) and no query → the built-in SeaweedFS default; otherwise
///   the `s3` rules with `Provider` = `minio`.
/// * `s3`: unconfigured, or a query on the root → `{fromEnv: "true"}` only
///   (the query drives the opener). Else `default.credentials` is required;
///   `endpoint`/`region` are always written (possibly empty), `disableSSL`
///   defaults false, `forcePathStyle` true, `maxRetries` 5. The first
///   override with `bucketName == bucket` whose `keyPrefix` is a string
///   prefix of the root's prefix replaces non-empty fields and the
///   credentials (required), dropping the Secret params when `fromEnv`.
/// * Upstream quirk, reproduced: when the matching override sets
///   `maxRetries`, the param gets the *default's* value, so an override can
///   never change it (the default's own value, or 5 when it sets none).
/// * `gs`: unconfigured → `{fromEnv: "true"}` (a query does not matter
///   here); else `fromEnv`, `secretName`, `tokenKey` and the same override rule.
/// * `mem://` and `file:///` → `{"Provider":"mem"|"file","Params":{}}`.
///   Upstream has no rule for them (it errors on `mem`); they need nothing.
pub fn session_info(
    pipeline_root: &str,
    providers: Option<&ProvidersConfig>,
) -> Result<SessionInfo, ConfigError> {
    let bucket = parse_bucket_config(pipeline_root)?;
    let provider = bucket
        .provider()
        .ok_or_else(|| ConfigError::UnsupportedScheme {
            uri: pipeline_root.to_owned(),
            scheme: bucket.scheme.clone(),
        })?;
    match provider {
        Provider::Minio => {
            let cfg = providers.and_then(|p| p.minio.as_ref());
            if s3_unconfigured(cfg) && bucket.query.is_empty() {
                Ok(default_minio_session_info())
            } else {
                s3_session_info(cfg, &bucket, Provider::Minio)
            }
        }
        Provider::S3 => {
            s3_session_info(providers.and_then(|p| p.s3.as_ref()), &bucket, Provider::S3)
        }
        Provider::Gs => gcs_session_info(providers.and_then(|p| p.gs.as_ref()), &bucket),
        Provider::Mem | Provider::File => Ok(SessionInfo::new(provider.as_str(), &[])),
    }
}

/// Appendix B's value: what every default install records.
fn default_minio_session_info() -> SessionInfo {
    SessionInfo::new(
        Provider::Minio.as_str(),
        &[
            (param::REGION, "minio"),
            (param::ENDPOINT, DEFAULT_MINIO_ENDPOINT),
            (param::DISABLE_SSL, "true"),
            (param::FROM_ENV, "false"),
            (param::MAX_RETRIES, "5"),
            (param::SECRET_NAME, DEFAULT_MINIO_SECRET_NAME),
            (param::ACCESS_KEY_KEY, DEFAULT_MINIO_ACCESS_KEY_KEY),
            (param::SECRET_KEY_KEY, DEFAULT_MINIO_SECRET_KEY_KEY),
        ],
    )
}

fn s3_unconfigured(cfg: Option<&S3ProviderConfig>) -> bool {
    cfg.is_none_or(|c| c.default.is_none() && c.overrides.is_none())
}

fn s3_session_info(
    cfg: Option<&S3ProviderConfig>,
    bucket: &BucketConfig,
    provider: Provider,
) -> Result<SessionInfo, ConfigError> {
    let name = provider.as_str();
    let from_env_only = SessionInfo::new(name, &[(param::FROM_ENV, "true")]);
    let cfg = match cfg {
        Some(cfg) if !s3_unconfigured(Some(cfg)) && bucket.query.is_empty() => cfg,
        _ => return Ok(from_env_only),
    };
    let Some((default, creds)) = cfg
        .default
        .as_ref()
        .and_then(|d| d.credentials.as_ref().map(|c| (d, c)))
    else {
        return Err(ConfigError::MissingDefaultCredentials { provider: name });
    };
    let mut params = BTreeMap::new();
    let mut set = |k: &str, v: String| params.insert(k.to_owned(), v);
    set(param::ENDPOINT, default.endpoint.clone());
    set(param::REGION, default.region.clone());
    set(
        param::DISABLE_SSL,
        default.disable_ssl.unwrap_or(false).to_string(),
    );
    set(
        param::FORCE_PATH_STYLE,
        default.force_path_style.unwrap_or(true).to_string(),
    );
    let default_max_retries = default.max_retries.unwrap_or(DEFAULT_MAX_RETRIES);
    set(param::MAX_RETRIES, default_max_retries.to_string());
    set_s3_credentials(&mut params, creds)
        .ok_or(ConfigError::MissingDefaultSecretRef { provider: name })?;

    let matching = cfg.overrides.iter().flatten().find(|o| {
        o.bucket_name == bucket.bucket && bucket.prefix.starts_with(o.key_prefix.as_str())
    });
    if let Some(o) = matching {
        if !o.endpoint.is_empty() {
            params.insert(param::ENDPOINT.to_owned(), o.endpoint.clone());
        }
        if !o.region.is_empty() {
            params.insert(param::REGION.to_owned(), o.region.clone());
        }
        if let Some(v) = o.disable_ssl {
            params.insert(param::DISABLE_SSL.to_owned(), v.to_string());
        }
        if let Some(v) = o.force_path_style {
            params.insert(param::FORCE_PATH_STYLE.to_owned(), v.to_string());
        }
        if o.max_retries.is_some() {
            // Upstream quirk (§6.4): the default's value, not the override's.
            params.insert(
                param::MAX_RETRIES.to_owned(),
                default_max_retries.to_string(),
            );
        }
        let creds =
            o.credentials
                .as_ref()
                .ok_or_else(|| ConfigError::MissingOverrideCredentials {
                    provider: name,
                    bucket: o.bucket_name.clone(),
                    key_prefix: o.key_prefix.clone(),
                })?;
        if creds.from_env {
            for k in [
                param::SECRET_NAME,
                param::ACCESS_KEY_KEY,
                param::SECRET_KEY_KEY,
            ] {
                params.remove(k);
            }
        }
        set_s3_credentials(&mut params, creds).ok_or_else(|| {
            ConfigError::MissingOverrideSecretRef {
                provider: name,
                bucket: o.bucket_name.clone(),
                key_prefix: o.key_prefix.clone(),
            }
        })?;
    }
    Ok(SessionInfo {
        provider: name.to_owned(),
        params,
    })
}

/// `fromEnv`, plus the Secret reference unless `fromEnv`; `None` when that
/// reference is missing.
fn set_s3_credentials(
    params: &mut BTreeMap<String, String>,
    creds: &S3CredentialsConfig,
) -> Option<()> {
    params.insert(param::FROM_ENV.to_owned(), creds.from_env.to_string());
    if !creds.from_env {
        let secret = creds.secret_ref.as_ref()?;
        params.insert(param::SECRET_NAME.to_owned(), secret.secret_name.clone());
        params.insert(
            param::ACCESS_KEY_KEY.to_owned(),
            secret.access_key_key.clone(),
        );
        params.insert(
            param::SECRET_KEY_KEY.to_owned(),
            secret.secret_key_key.clone(),
        );
    }
    Some(())
}

fn gcs_session_info(
    cfg: Option<&GcsProviderConfig>,
    bucket: &BucketConfig,
) -> Result<SessionInfo, ConfigError> {
    let name = Provider::Gs.as_str();
    let cfg = match cfg {
        Some(cfg) if cfg.default.is_some() || cfg.overrides.is_some() => cfg,
        _ => return Ok(SessionInfo::new(name, &[(param::FROM_ENV, "true")])),
    };
    let creds = cfg
        .default
        .as_ref()
        .and_then(|d| d.credentials.as_ref())
        .ok_or(ConfigError::MissingDefaultCredentials { provider: name })?;
    let mut params = BTreeMap::new();
    set_gcs_credentials(&mut params, creds)
        .ok_or(ConfigError::MissingDefaultSecretRef { provider: name })?;

    let matching = cfg.overrides.iter().flatten().find(|o| {
        o.bucket_name == bucket.bucket && bucket.prefix.starts_with(o.key_prefix.as_str())
    });
    if let Some(o) = matching {
        let creds =
            o.credentials
                .as_ref()
                .ok_or_else(|| ConfigError::MissingOverrideCredentials {
                    provider: name,
                    bucket: o.bucket_name.clone(),
                    key_prefix: o.key_prefix.clone(),
                })?;
        if creds.from_env {
            for k in [param::SECRET_NAME, param::TOKEN_KEY] {
                params.remove(k);
            }
        }
        set_gcs_credentials(&mut params, creds).ok_or_else(|| {
            ConfigError::MissingOverrideSecretRef {
                provider: name,
                bucket: o.bucket_name.clone(),
                key_prefix: o.key_prefix.clone(),
            }
        })?;
    }
    Ok(SessionInfo {
        provider: name.to_owned(),
        params,
    })
}

fn set_gcs_credentials(
    params: &mut BTreeMap<String, String>,
    creds: &GcsCredentialsConfig,
) -> Option<()> {
    params.insert(param::FROM_ENV.to_owned(), creds.from_env.to_string());
    if !creds.from_env {
        let secret = creds.secret_ref.as_ref()?;
        params.insert(param::SECRET_NAME.to_owned(), secret.secret_name.clone());
        params.insert(param::TOKEN_KEY.to_owned(), secret.token_key.clone());
    }
    Some(())
}

// === impl StoreSettings ===

/// Session info provider of a run whose objects live on the machine that ran
/// it (`launcher local run`): `<objects dir>/<scheme>/<bucket>/<key>`.
pub const LOCAL_PROVIDER: &str = "local";

/// The directory a local run keeps `bucket` in, under `objects`.
pub fn local_bucket_dir(objects: &std::path::Path, bucket: &BucketConfig) -> std::path::PathBuf {
    let scheme = bucket.scheme.trim_end_matches('/').trim_end_matches(':');
    objects.join(scheme).join(&bucket.bucket)
}

/// Where a local run keeps the object (or directory) of artifact `uri`.
pub fn local_object_path(objects: &std::path::Path, uri: &str) -> Option<std::path::PathBuf> {
    let bucket = parse_bucket_from_artifact_uri(uri).ok()?;
    let key = bucket.key_from_uri(uri).ok()?;
    Some(local_bucket_dir(objects, &bucket).join(key))
}

/// Everything needed to open a bucket, short of secret material (§6.5).
/// The caller reads the named Secret (in the pod's namespace), builds the
/// client for [`BucketConfig::bucket`] and wraps it with
/// [`BucketConfig::prefix`], for every variant alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreSettings {
    /// S3 or an S3-compatible store (SeaweedFS, MinIO).
    S3 {
        /// A URL with `http://` or `https://`. `None` means the client's
        /// own resolution: AWS for `s3.amazonaws.com` endpoints (upstream
        /// skips them, or the writer fails on a region mismatch), the
        /// environment (`AWS_ENDPOINT_URL…`) on the env-default path.
        endpoint: Option<String>,
        /// Empty: take `AWS_REGION`/`AWS_DEFAULT_REGION`/profile from the
        /// environment, else the client's default (`us-east-1`), as
        /// upstream's AWS default config chain does.
        region: String,
        force_path_style: bool,
        /// Plain HTTP is expected: `disableSSL`, an `http://` endpoint, or
        /// an endpoint only the environment knows.
        allow_http: bool,
        /// 0 = the client's default. Upstream hands the value to
        /// `retry.AddWithMaxAttempts`, i.e. it counts *attempts*, first
        /// one included; values ≤ 0 keep the SDK default.
        max_retries: u32,
        credentials: Credentials,
    },
    /// Google Cloud Storage.
    Gcs { credentials: GcsCredentials },
    /// In-process store (`mem://`).
    Memory,
    /// Local directory (`file:///`): the bucket's directory, i.e.
    /// `/<bucket>`; the prefix is applied by the caller as for every store.
    Local(PathBuf),
}

/// S3 credentials: names only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    /// Static keys from a Secret in the pod's namespace; both values must
    /// be non-empty when read.
    Secret {
        secret_name: String,
        access_key_key: String,
        secret_key_key: String,
    },
    /// AWS default chain: env keys, web identity (IRSA), instance profile.
    FromEnv,
}

/// GCS credentials: names only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GcsCredentials {
    /// Service-account JSON from a Secret in the pod's namespace, scope
    /// `https://www.googleapis.com/auth/devstorage.read_write`.
    Secret {
        secret_name: String,
        token_key: String,
    },
    /// Application Default Credentials.
    FromEnv,
}

/// How to open `bucket` given its recorded session info (upstream's
/// `OpenBucket` decisions, §6.5).
///
/// 1. Session `minio`/`s3` and no query: `fromEnv` with none of `region`,
///    `endpoint`, `disableSSL`, `forcePathStyle`, `maxRetries` present falls
///    through to 3; otherwise an S3 client from the params (`forcePathStyle`
///    defaults true when absent, `disableSSL` false).
/// 2. Session `gs` with `fromEnv` false: the Secret; `fromEnv` true falls
///    through. Other providers (`mem`, `file`, unknown) fall through.
/// 3. By scheme: `minio://`/`s3://` without query → AWS default chain, no
///    endpoint, virtual-hosted style (so `minio://` without session info
///    only works if the environment supplies an endpoint); a query (on
///    `minio://` too, which upstream rewrites to `s3://`) → its parameters,
///    path style off unless asked for; `gs://` → ADC; `mem://` → memory;
///    `file:///` → local.
///
/// Query parameters other than the four typed ones are not represented;
/// callers that pass more to their client read [`BucketConfig::query_params`].
pub fn store_settings(
    bucket: &BucketConfig,
    info: Option<&SessionInfo>,
) -> Result<StoreSettings, ConfigError> {
    if let Some(info) = info {
        let settings = match info.provider.as_str() {
            "minio" | "s3" if bucket.query.is_empty() => s3_settings_from_session(info)?,
            "gs" => gcs_settings_from_session(info)?,
            _ => None,
        };
        if let Some(settings) = settings {
            return Ok(settings);
        }
    }
    let provider = bucket
        .provider()
        .ok_or_else(|| ConfigError::UnsupportedScheme {
            uri: bucket.prefixed_bucket(),
            scheme: bucket.scheme.clone(),
        })?;
    Ok(match provider {
        Provider::Minio | Provider::S3 if bucket.query.is_empty() => StoreSettings::S3 {
            endpoint: None,
            region: String::new(),
            force_path_style: false,
            allow_http: true,
            max_retries: 0,
            credentials: Credentials::FromEnv,
        },
        Provider::Minio | Provider::S3 => {
            let q = bucket.query_params()?;
            let disable_ssl = q.disable_ssl().unwrap_or(false);
            let endpoint = normalize_endpoint(q.endpoint(), disable_ssl);
            StoreSettings::S3 {
                allow_http: allows_http(disable_ssl, endpoint.as_deref()),
                endpoint,
                region: q.region().unwrap_or_default().to_owned(),
                force_path_style: q.force_path_style().unwrap_or(false),
                max_retries: 0,
                credentials: Credentials::FromEnv,
            }
        }
        Provider::Gs => StoreSettings::Gcs {
            credentials: GcsCredentials::FromEnv,
        },
        Provider::Mem => StoreSettings::Memory,
        Provider::File => StoreSettings::Local(PathBuf::from(format!("/{}", bucket.bucket))),
    })
}

fn s3_settings_from_session(info: &SessionInfo) -> Result<Option<StoreSettings>, ConfigError> {
    let p = &info.params;
    // Parsed before the fall-through check, as upstream's StructuredS3Params.
    let from_env = session_bool(info, param::FROM_ENV)?.unwrap_or(false);
    let disable_ssl = session_bool(info, param::DISABLE_SSL)?.unwrap_or(false);
    let force_path_style = session_bool(info, param::FORCE_PATH_STYLE)?.unwrap_or(true);
    let max_retries = match p.get(param::MAX_RETRIES) {
        None => 0,
        Some(v) => {
            let n: i64 = v.parse().map_err(|_| ConfigError::InvalidSessionParam {
                provider: info.provider.clone(),
                param: param::MAX_RETRIES,
                value: v.clone(),
                expected: "an integer",
            })?;
            u32::try_from(n.max(0)).unwrap_or(u32::MAX)
        }
    };
    let structured = [
        param::REGION,
        param::ENDPOINT,
        param::DISABLE_SSL,
        param::FORCE_PATH_STYLE,
        param::MAX_RETRIES,
    ]
    .iter()
    .any(|k| p.contains_key(*k));
    if from_env && !structured {
        return Ok(None);
    }
    let credentials = if from_env {
        Credentials::FromEnv
    } else {
        Credentials::Secret {
            secret_name: required_param(info, param::SECRET_NAME)?,
            access_key_key: required_param(info, param::ACCESS_KEY_KEY)?,
            secret_key_key: required_param(info, param::SECRET_KEY_KEY)?,
        }
    };
    let endpoint = normalize_endpoint(p.get(param::ENDPOINT).map(String::as_str), disable_ssl);
    Ok(Some(StoreSettings::S3 {
        allow_http: allows_http(disable_ssl, endpoint.as_deref()),
        endpoint,
        region: p.get(param::REGION).cloned().unwrap_or_default(),
        force_path_style,
        max_retries,
        credentials,
    }))
}

fn gcs_settings_from_session(info: &SessionInfo) -> Result<Option<StoreSettings>, ConfigError> {
    if session_bool(info, param::FROM_ENV)?.unwrap_or(false) {
        return Ok(None);
    }
    Ok(Some(StoreSettings::Gcs {
        credentials: GcsCredentials::Secret {
            secret_name: required_param(info, param::SECRET_NAME)?,
            token_key: required_param(info, param::TOKEN_KEY)?,
        },
    }))
}

fn session_bool(info: &SessionInfo, key: &'static str) -> Result<Option<bool>, ConfigError> {
    info.params
        .get(key)
        .map(|v| {
            parse_go_bool(v).ok_or_else(|| ConfigError::InvalidSessionParam {
                provider: info.provider.clone(),
                param: key,
                value: v.clone(),
                expected: "a boolean",
            })
        })
        .transpose()
}

fn required_param(info: &SessionInfo, key: &'static str) -> Result<String, ConfigError> {
    match info.params.get(key) {
        Some(v) if !v.is_empty() => Ok(v.clone()),
        _ => Err(ConfigError::MissingSessionParam {
            provider: info.provider.clone(),
            param: key,
        }),
    }
}

/// Upstream's endpoint handling: `None` for empty endpoints and for those
/// matching `^(https://)?s3.amazonaws.com` (lower-cased; `.` is any
/// character, as in the regex), the endpoint as-is when it already starts
/// with `http://`/`https://`, else prefixed per `disableSSL` because the AWS
/// SDK v2 needs a URL.
fn normalize_endpoint(endpoint: Option<&str>, disable_ssl: bool) -> Option<String> {
    let endpoint = endpoint.filter(|e| !e.is_empty())?;
    if is_aws_global_endpoint(endpoint) {
        return None;
    }
    if endpoint.starts_with("http://") || endpoint.starts_with("https://") {
        return Some(endpoint.to_owned());
    }
    let scheme = if disable_ssl { "http" } else { "https" };
    Some(format!("{scheme}://{endpoint}"))
}

fn is_aws_global_endpoint(endpoint: &str) -> bool {
    let lower = endpoint.to_lowercase();
    let rest = lower.strip_prefix("https://").unwrap_or(&lower);
    let c: Vec<char> = rest.chars().take(16).collect();
    let any = |c: char| c != '\n';
    c.len() == 16
        && c[..2] == ['s', '3']
        && any(c[2])
        && c[3..12].iter().copied().eq("amazonaws".chars())
        && any(c[12])
        && c[13..].iter().copied().eq("com".chars())
}

fn allows_http(disable_ssl: bool, endpoint: Option<&str>) -> bool {
    disable_ssl || endpoint.is_some_and(|e| e.starts_with("http://"))
}
