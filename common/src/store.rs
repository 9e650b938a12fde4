//! Object stores as KFP configures them (contract §6): URI grammar, the
//! `kfp-launcher` ConfigMap's providers, session info, opening buckets.
//!
//! The ROOT_DAG driver decides the pipeline root and its session info once
//! (§6.1) and records the session JSON in MLMD; every launcher later turns
//! that JSON back into [`StoreSettings`](settings::StoreSettings) before it
//! reads a Secret or opens a connection. Both halves are free of I/O, so that
//! the bytes upstream writes can be checked as test vectors and the two sides
//! cannot drift:
//!
//! - [`bucket`]: a URI split into scheme, bucket, prefix and query (§6.2);
//! - [`query`]: the query's S3 parameters;
//! - [`providers`]: the `kfp-launcher` ConfigMap (§6.3);
//! - [`session`]: the session info the driver records (§6.4);
//! - [`settings`]: what the launcher opens from it (§6.5);
//! - `open`: opening the bucket, the only part that does I/O, and `ca`,
//!   the private CA of `--ca_cert_path` its clients (and the user process) trust.
//!
//! Where upstream would panic (nil pointers in the providers config) these
//! modules return a [`ConfigError`] instead; where upstream silently builds a
//! configuration that can only fail later (an empty Secret name), they fail
//! early with the parameter named.

pub mod bucket;
#[cfg(feature = "objstore")]
pub mod ca;
#[cfg(feature = "objstore")]
pub mod open;
pub mod providers;
pub mod query;
pub mod session;
pub mod settings;
#[cfg(test)]
mod test_vectors;

use providers::CONFIG_MAP_NAME;

/// Why a URI, ConfigMap or session info could not be understood. Every
/// variant carries the URI, ConfigMap key, provider or parameter at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// An endpoint (query or session info) carries `user:password@`.
    #[error(
        "the object store endpoint carries credentials (user:password@): give keys through the Secret or the environment instead"
    )]
    EndpointCredentials,
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
