//! Store settings (contract §6.5): how to open a bucket given its recorded
//! session info, as upstream's `OpenBucket` decides it, short of reading any
//! Secret.

use std::path::PathBuf;

use super::bucket::{BucketConfig, Provider};
use super::query::parse_go_bool;
use super::session::{param, SessionInfo};
use super::ConfigError;

#[cfg(test)]
mod tests;

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
        /// `Some`: what the session info or query decided (upstream's
        /// `UsePathStyle`). `None`: nothing did (the env-default path), so
        /// the environment does (`AWS_VIRTUAL_HOSTED_STYLE_REQUEST`), else
        /// path style when there is an endpoint (S3-compatible stores such
        /// as SeaweedFS and MinIO need it) and virtual-hosted on AWS.
        force_path_style: Option<bool>,
        /// `true`: plain HTTP is expected (`disableSSL`, an `http://`
        /// endpoint). `false`: only if the environment allows it
        /// (`AWS_ALLOW_HTTP`, env credentials only) or the endpoint the
        /// bucket ends up with is `http://`.
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
/// 3. By scheme: `minio://`/`s3://` without query → everything from the
///    environment (credentials, endpoint, region, addressing style, plain
///    HTTP), so `minio://` without session info only works if the
///    environment supplies an endpoint; a query (on
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
            force_path_style: None,
            allow_http: false,
            max_retries: 0,
            credentials: Credentials::FromEnv,
        },
        Provider::Minio | Provider::S3 => {
            let q = bucket.query_params()?;
            let disable_ssl = q.disable_ssl().unwrap_or(false);
            let endpoint = normalize_endpoint(checked_endpoint(q.endpoint())?, disable_ssl);
            StoreSettings::S3 {
                allow_http: allows_http(disable_ssl, endpoint.as_deref()),
                endpoint,
                region: q.region().unwrap_or_default().to_owned(),
                force_path_style: Some(q.force_path_style().unwrap_or(false)),
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
    let endpoint = normalize_endpoint(
        checked_endpoint(p.get(param::ENDPOINT).map(String::as_str))?,
        disable_ssl,
    );
    Ok(Some(StoreSettings::S3 {
        allow_http: allows_http(disable_ssl, endpoint.as_deref()),
        endpoint,
        region: p.get(param::REGION).cloned().unwrap_or_default(),
        force_path_style: Some(force_path_style),
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

/// An endpoint with credentials in it (`http://user:password@host`) is
/// refused: S3 signs requests with keys (a Secret, the environment), and a
/// password in a URL would end up in logs, errors and MLMD.
fn checked_endpoint(endpoint: Option<&str>) -> Result<Option<&str>, ConfigError> {
    match endpoint {
        Some(e) if crate::redact::has_userinfo(e) => Err(ConfigError::EndpointCredentials),
        e => Ok(e),
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
