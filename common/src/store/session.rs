//! Session info (contract §6.4): how the ROOT_DAG driver records, once per
//! run, the way to reach the pipeline root's bucket (`store_session_info` in
//! MLMD), as upstream's `GetStoreSessionInfo` decides it and in the bytes
//! Go's `encoding/json` writes.

use std::collections::BTreeMap;

use serde_json::Value as JsonValue;

use super::bucket::{parse_bucket_config, BucketConfig, Provider};
use super::providers::{GcsProviderConfig, ProvidersConfig, S3ProviderConfig};
use super::ConfigError;
use crate::gojson::GoJson;

mod credentials;
#[cfg(test)]
mod tests;

use credentials::{matching_override, override_credentials, set_credentials};

/// Built-in endpoint of the `minio` provider; SeaweedFS since KFP 2.16 (#12613, §6.7).
pub const DEFAULT_MINIO_ENDPOINT: &str = "seaweedfs.kubeflow:9000";
/// Secret holding the built-in `minio` credentials, in the pod's namespace (§6.6).
pub const DEFAULT_MINIO_SECRET_NAME: &str = "mlpipeline-minio-artifact";
/// Key of the access key in [`DEFAULT_MINIO_SECRET_NAME`].
pub const DEFAULT_MINIO_ACCESS_KEY_KEY: &str = "accesskey";
/// Key of the secret key in [`DEFAULT_MINIO_SECRET_NAME`].
pub const DEFAULT_MINIO_SECRET_KEY_KEY: &str = "secretkey";

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
    set_credentials(&mut params, creds)
        .ok_or(ConfigError::MissingDefaultSecretRef { provider: name })?;

    if let Some(o) = matching_override(cfg.overrides.as_deref(), bucket) {
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
        override_credentials(&mut params, name, o)?;
    }
    Ok(SessionInfo {
        provider: name.to_owned(),
        params,
    })
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
    set_credentials(&mut params, creds)
        .ok_or(ConfigError::MissingDefaultSecretRef { provider: name })?;

    if let Some(o) = matching_override(cfg.overrides.as_deref(), bucket) {
        override_credentials(&mut params, name, o)?;
    }
    Ok(SessionInfo {
        provider: name.to_owned(),
        params,
    })
}
