//! Opening a bucket from its settings (contract §6.5): S3 and S3-compatible
//! stores (SeaweedFS, MinIO), GCS, memory and local directories, all behind
//! `object_store` with rustls over ring.
//!
//! Retries: every request is retried on 5xx, throttling, timeouts and
//! connection resets with exponential backoff and jitter, at most
//! `max_retries` times (KFP's `maxRetries`, default 5) and never past
//! [`RETRY_DEADLINE`]; 4xx answers (403 wrong credentials, 404 no bucket) are
//! returned at once. Checksums are only sent when a store requires them, as
//! upstream does since S3-compatible stores broke on SDK defaults (#13315).

use std::{collections::BTreeMap, future::Future, sync::Arc, time::Duration};

use object_store::{
    aws::{AmazonS3Builder, AmazonS3ConfigKey},
    gcp::GoogleCloudStorageBuilder,
    local::LocalFileSystem,
    memory::InMemory,
    BackoffConfig, Certificate, ClientOptions, ObjectStore, RetryConfig,
};

use super::bucket::BucketConfig;
use super::settings::{Credentials, GcsCredentials, StoreSettings};

/// No request is retried past this long after its first attempt (signed
/// requests expire, and a pod should fail rather than hang).
pub const RETRY_DEADLINE: Duration = Duration::from_secs(120);
/// Default retry count when the session info names none.
const DEFAULT_MAX_RETRIES: usize = 5;

/// Secret values needed to open a bucket. `Debug` never shows them.
#[derive(Clone, Default)]
pub struct Secrets {
    pub s3: Option<(String, String)>,
    pub gcs_service_account: Option<String>,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Secrets")
            .field("s3", &self.s3.as_ref().map(|_| "<redacted>"))
            .field(
                "gcs_service_account",
                &self.gcs_service_account.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// Where secret values come from: Kubernetes Secrets in a pod, a map in tests.
pub trait SecretSource: Sync {
    /// The value of `key` in Secret `name`; errors name both, never the value.
    fn secret_value(
        &self,
        name: &str,
        key: &str,
    ) -> impl Future<Output = Result<String, OpenError>> + Send;

    /// The values of `keys` in Secret `name`, in order. A source that reads
    /// a whole Secret at once (the Kubernetes API) reads it once: a bucket's
    /// two keys are one GET, as upstream's.
    fn secret_values(
        &self,
        name: &str,
        keys: &[&str],
    ) -> impl Future<Output = Result<Vec<String>, OpenError>> + Send {
        async move {
            let mut values = Vec::with_capacity(keys.len());
            for key in keys {
                values.push(self.secret_value(name, key).await?);
            }
            Ok(values)
        }
    }
}

/// Errors opening a bucket; they name the bucket and never a secret value.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("opening bucket {bucket}")]
    Build {
        bucket: String,
        #[source]
        source: object_store::Error,
    },
    #[error("credentials for bucket {bucket}: secret {secret:?} key {key:?}: {reason}")]
    Secret {
        bucket: String,
        secret: String,
        key: String,
        reason: String,
    },
}

impl OpenError {
    /// Name the bucket in an error from a [`SecretSource`], which does not
    /// know which bucket it reads for.
    fn for_bucket(self, config: &BucketConfig) -> Self {
        match self {
            OpenError::Secret {
                bucket,
                secret,
                key,
                reason,
            } if bucket.is_empty() => OpenError::Secret {
                bucket: config.prefixed_bucket(),
                secret,
                key,
                reason,
            },
            other => other,
        }
    }
}

pub use crate::install_crypto_provider;

/// CA certificates store clients trust besides the platform's roots: the
/// private CA of `--ca_cert_path` (KFP mounts the operator's bundle at
/// `/kfp/certs/ca.crt`), for MinIO or SeaweedFS behind a cluster's own CA.
/// Upstream's Go launcher trusts it for S3 only by the accident of
/// exporting `SSL_CERT_FILE` before its first handshake; here it is said.
#[derive(Debug, Clone, Default)]
pub struct ExtraRoots(Vec<Certificate>);

impl ExtraRoots {
    /// None: the platform's roots only.
    pub fn none() -> Self {
        Self::default()
    }

    /// Every certificate of a PEM bundle; `None` when it holds none (a
    /// file that is not PEM, or empty), which a caller reports with the
    /// file's name.
    pub fn from_pem_bundle(pem: &[u8]) -> Option<Self> {
        Certificate::from_pem_bundle(pem)
            .ok()
            .filter(|c| !c.is_empty())
            .map(Self)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn apply(&self, mut client: ClientOptions) -> ClientOptions {
        for c in &self.0 {
            client = client.with_root_certificate(c.clone());
        }
        client
    }
}

/// Read the secret values the settings name.
pub async fn resolve_secrets(
    bucket: &BucketConfig,
    settings: &StoreSettings,
    source: &impl SecretSource,
) -> Result<Secrets, OpenError> {
    let mut secrets = Secrets::default();
    match settings {
        StoreSettings::S3 {
            credentials:
                Credentials::Secret {
                    secret_name,
                    access_key_key,
                    secret_key_key,
                },
            ..
        } => {
            let mut values = source
                .secret_values(secret_name, &[access_key_key, secret_key_key])
                .await
                .map_err(|e| e.for_bucket(bucket))?
                .into_iter();
            let (Some(access), Some(secret)) = (values.next(), values.next()) else {
                return Err(OpenError::Secret {
                    bucket: bucket.prefixed_bucket(),
                    secret: secret_name.clone(),
                    key: access_key_key.clone(),
                    reason: "the Secret source returned fewer values than keys".into(),
                });
            };
            for (key, v) in [(access_key_key, &access), (secret_key_key, &secret)] {
                if v.is_empty() {
                    return Err(OpenError::Secret {
                        bucket: bucket.prefixed_bucket(),
                        secret: secret_name.clone(),
                        key: key.clone(),
                        reason: "empty value".into(),
                    });
                }
            }
            secrets.s3 = Some((access, secret));
        }
        StoreSettings::Gcs {
            credentials:
                GcsCredentials::Secret {
                    secret_name,
                    token_key,
                },
        } => {
            secrets.gcs_service_account = Some(
                source
                    .secret_value(secret_name, token_key)
                    .await
                    .map_err(|e| e.for_bucket(bucket))?,
            );
        }
        _ => {}
    }
    Ok(secrets)
}

/// Open the store of one bucket, reading the process's `AWS_*` variables
/// where the settings leave a choice to the environment, trusting `roots`
/// besides the platform's.
pub fn open_store(
    bucket: &BucketConfig,
    settings: &StoreSettings,
    secrets: &Secrets,
    roots: &ExtraRoots,
) -> Result<Arc<dyn ObjectStore>, OpenError> {
    open_store_with_env(bucket, settings, secrets, roots, &AwsEnv::from_process())
}

/// [`open_store`] with the environment given, so that what it takes from
/// the environment is testable without changing the process's.
pub fn open_store_with_env(
    bucket: &BucketConfig,
    settings: &StoreSettings,
    secrets: &Secrets,
    roots: &ExtraRoots,
    env: &AwsEnv,
) -> Result<Arc<dyn ObjectStore>, OpenError> {
    install_crypto_provider();
    let build_err = |source| OpenError::Build {
        bucket: bucket.prefixed_bucket(),
        source,
    };
    Ok(match settings {
        StoreSettings::S3 {
            endpoint,
            region,
            force_path_style,
            allow_http,
            max_retries,
            credentials,
        } => {
            let decided = S3Decided {
                endpoint: endpoint.as_deref(),
                region,
                force_path_style: *force_path_style,
                allow_http: *allow_http,
                max_retries: *max_retries,
                from_env: matches!(credentials, Credentials::FromEnv),
            };
            let s3 = s3_builder(bucket, &decided, secrets, roots, env);
            match s3.builder.clone().build() {
                Ok(store) => Arc::new(store),
                // The launcher runs in the user's image, which may have no CA
                // certificates (scratch, distroless/static), and the client
                // loads them up front. A plain-HTTP endpoint (KFP's in-cluster
                // SeaweedFS or MinIO) needs none: go on without, as KFP's Go
                // launcher does (Go loads them at the first TLS handshake).
                // Nor does a store behind the private CA given: trust it alone.
                Err(first) if plain_http(s3.endpoint.as_deref()) || !roots.is_empty() => Arc::new(
                    s3.builder
                        .with_client_options(s3.client.with_no_system_certificates(true))
                        .build()
                        .map_err(|_| build_err(first))?,
                ),
                Err(e) => return Err(build_err(e)),
            }
        }
        StoreSettings::Gcs { credentials } => {
            // Only the bucket and the retries are set over what `from_env`
            // read: nothing of the environment's is overridden here.
            let mut b = match credentials {
                GcsCredentials::FromEnv => GoogleCloudStorageBuilder::from_env(),
                GcsCredentials::Secret { .. } => GoogleCloudStorageBuilder::new(),
            };
            b = b
                .with_bucket_name(&bucket.bucket)
                .with_retry(retry(DEFAULT_MAX_RETRIES));
            if !roots.is_empty() {
                b = b.with_client_options(roots.apply(ClientOptions::new()));
            }
            if let Some(json) = &secrets.gcs_service_account {
                b = b.with_service_account_key(json);
            }
            Arc::new(b.build().map_err(build_err)?)
        }
        StoreSettings::Memory => Arc::new(InMemory::new()),
        StoreSettings::Local(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| OpenError::Build {
                bucket: bucket.prefixed_bucket(),
                source: object_store::Error::Generic {
                    store: "LocalFileSystem",
                    source: Box::new(e),
                },
            })?;
            Arc::new(LocalFileSystem::new_with_prefix(dir).map_err(build_err)?)
        }
    })
}

/// Every request retried at most `max` times, never past [`RETRY_DEADLINE`].
fn retry(max: usize) -> RetryConfig {
    RetryConfig {
        backoff: BackoffConfig::default(),
        max_retries: max,
        retry_timeout: RETRY_DEADLINE,
    }
}

/// The `AWS_*` variables of an environment: what a bucket opened with
/// environment credentials (`fromEnv`, or no session info) reads, exactly
/// as `AmazonS3Builder::from_env` reads them. `Debug` shows names only.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct AwsEnv(BTreeMap<String, String>);

impl AwsEnv {
    /// The process's variables (those that are UTF-8, as `from_env`).
    pub fn from_process() -> Self {
        Self::from_vars(
            std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))),
        )
    }

    /// The `AWS_*` ones among `vars`.
    pub fn from_vars<K: Into<String>, V: Into<String>>(
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Self(
            vars.into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .filter(|(k, _)| k.starts_with("AWS_"))
                .collect(),
        )
    }

    fn has(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// A builder and client options as `AmazonS3Builder::from_env` fills
    /// them (unknown names skipped). The client options are kept apart so
    /// that setting ours later does not drop the environment's
    /// (`AWS_ALLOW_HTTP`, `AWS_PROXY_URL`, timeouts).
    fn s3_builder(&self) -> (AmazonS3Builder, ClientOptions) {
        let mut builder = AmazonS3Builder::new();
        let mut client = ClientOptions::new();
        for (name, value) in &self.0 {
            match name.to_ascii_lowercase().parse::<AmazonS3ConfigKey>() {
                Ok(AmazonS3ConfigKey::Client(key)) => client = client.with_config(key, value),
                Ok(key) => builder = builder.with_config(key, value),
                Err(_) => {}
            }
        }
        (builder, client)
    }
}

impl std::fmt::Debug for AwsEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

/// What [`StoreSettings::S3`] decided, borrowed.
#[derive(Clone, Copy)]
struct S3Decided<'a> {
    endpoint: Option<&'a str>,
    region: &'a str,
    force_path_style: Option<bool>,
    allow_http: bool,
    max_retries: u32,
    /// Environment credentials (`fromEnv`, or no session info).
    from_env: bool,
}

/// An S3 client about to be built, and what it was decided from.
struct S3Client {
    builder: AmazonS3Builder,
    /// Kept to rebuild without system certificates.
    client: ClientOptions,
    /// The endpoint requests go to (`None`: AWS's own).
    endpoint: Option<String>,
}

/// The S3 client of `settings`. What the settings decide wins; with
/// environment credentials everything else is the environment's, read as
/// `AmazonS3Builder::from_env` does: endpoint (`AWS_ENDPOINT_URL_S3`, then
/// `AWS_ENDPOINT_URL`), region, addressing style
/// (`AWS_VIRTUAL_HOSTED_STYLE_REQUEST`), plain HTTP (`AWS_ALLOW_HTTP`),
/// payload signing, credentials (keys, session token, web identity,
/// container and instance metadata). Where neither says, path style with
/// an endpoint (S3-compatible stores need it) and plain HTTP when that
/// endpoint is `http://`. With keys from a Secret only the region comes
/// from the environment (as upstream's AWS default config reads it):
/// an environment session token or role must not mix with those keys.
fn s3_builder(
    bucket: &BucketConfig,
    decided: &S3Decided<'_>,
    secrets: &Secrets,
    roots: &ExtraRoots,
    env: &AwsEnv,
) -> S3Client {
    let S3Decided {
        endpoint,
        region,
        force_path_style,
        allow_http,
        max_retries,
        from_env,
    } = *decided;
    let (mut b, mut client) = if from_env {
        env.s3_builder()
    } else {
        (AmazonS3Builder::new(), ClientOptions::new())
    };
    // The environment's endpoint as `build` picks it: the S3 one first.
    let env_endpoint = b
        .get_config_value(&AmazonS3ConfigKey::S3Endpoint)
        .or_else(|| b.get_config_value(&AmazonS3ConfigKey::Endpoint));
    let effective = endpoint.map(str::to_owned).or(env_endpoint);
    match (force_path_style, &effective) {
        // Decided by the session info or query, as upstream's AWS SDK reads
        // `UsePathStyle`: virtual-hosted requests go to `<bucket>.<host>`
        // (`object_store` wants that host as the endpoint).
        (Some(false), Some(e)) => {
            b = b.with_virtual_hosted_style_request(true).with_config(
                AmazonS3ConfigKey::S3Endpoint,
                bucket_host(e, &bucket.bucket),
            );
        }
        (Some(path_style), e) => {
            b = b.with_virtual_hosted_style_request(!path_style);
            if let Some(e) = e {
                b = b.with_config(AmazonS3ConfigKey::S3Endpoint, e);
            }
        }
        // The environment's own choice, with its own meaning (an endpoint
        // that already names the bucket when virtual-hosted).
        (None, _) if from_env && env.has("AWS_VIRTUAL_HOSTED_STYLE_REQUEST") => {}
        (None, e) => {
            b = b.with_virtual_hosted_style_request(e.is_none());
            if let Some(e) = e {
                b = b.with_config(AmazonS3ConfigKey::S3Endpoint, e);
            }
        }
    }
    if allow_http {
        client = client.with_allow_http(true);
    } else if !(from_env && env.has("AWS_ALLOW_HTTP")) {
        client = client.with_allow_http(plain_http(effective.as_deref()));
    }
    if !region.is_empty() {
        b = b.with_region(region);
    } else if b.get_config_value(&AmazonS3ConfigKey::Region).is_none() {
        b = b.with_region(
            env.get("AWS_REGION")
                .or_else(|| env.get("AWS_DEFAULT_REGION"))
                .unwrap_or("us-east-1"),
        );
    }
    // Over TLS the payload's integrity is the transport's, and the SigV4
    // payload hash (a second SHA-256 of every byte, besides the artifact
    // digest) only costs CPU: sign UNSIGNED-PAYLOAD, as botocore does over
    // HTTPS. Over plain HTTP keep signing it. The environment may say.
    if !(from_env && env.has("AWS_UNSIGNED_PAYLOAD")) {
        b = b.with_unsigned_payload(unsigned_payload(effective.as_deref()));
    }
    if let Some((access, secret)) = &secrets.s3 {
        b = b.with_access_key_id(access).with_secret_access_key(secret);
    }
    client = roots.apply(client);
    b = b
        .with_bucket_name(&bucket.bucket)
        .with_client_options(client.clone())
        .with_retry(retry(if max_retries == 0 {
            DEFAULT_MAX_RETRIES
        } else {
            max_retries as usize
        }));
    S3Client {
        builder: b,
        client,
        endpoint: effective,
    }
}

/// `scheme://<bucket>.host…`: the virtual-hosted endpoint of `endpoint`.
fn bucket_host(endpoint: &str, bucket: &str) -> String {
    match endpoint.split_once("://") {
        Some((scheme, rest)) => format!("{scheme}://{bucket}.{rest}"),
        None => format!("{bucket}.{endpoint}"),
    }
}

/// Whether S3 requests may skip the payload hash: only over TLS (no custom
/// endpoint means AWS, which is HTTPS).
fn unsigned_payload(endpoint: Option<&str>) -> bool {
    endpoint.is_none_or(|e| e.starts_with("https://"))
}

/// A custom endpoint over plain HTTP.
fn plain_http(endpoint: Option<&str>) -> bool {
    endpoint.is_some_and(|e| e.starts_with("http://"))
}

/// The `<scheme>://<bucket>` prefix object keys are relative to (the
/// transfer engine takes full URIs and strips this).
pub fn scheme_and_bucket(bucket: &BucketConfig) -> String {
    format!("{}{}", bucket.scheme, bucket.bucket)
}

/// Secrets from the Kubernetes API, in the pod's namespace (contract §6.5).
#[cfg(feature = "kube")]
impl SecretSource for crate::k8s::K8s {
    async fn secret_value(&self, name: &str, key: &str) -> Result<String, OpenError> {
        let mut values = self.secret_values(name, &[key]).await?;
        Ok(values.pop().unwrap_or_default())
    }

    async fn secret_values(&self, name: &str, keys: &[&str]) -> Result<Vec<String>, OpenError> {
        let fail = |key: &str, reason: String| OpenError::Secret {
            bucket: String::new(),
            secret: name.to_owned(),
            key: key.to_owned(),
            reason,
        };
        let first = keys.first().copied().unwrap_or_default();
        let secret = self
            .secret(name)
            .await
            .map_err(|e| fail(first, crate::error_chain(&e)))?
            .ok_or_else(|| {
                fail(
                    first,
                    format!("no such Secret in namespace {:?}", self.namespace()),
                )
            })?;
        keys.iter()
            .map(|key| {
                secret
                    .get_str(key)
                    .map(str::to_owned)
                    .map_err(|e| fail(key, e.to_string()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::store::{bucket::parse_bucket_config, session::SessionInfo, settings};
    use object_store::ClientConfigKey;

    #[test]
    fn payloads_are_signed_unless_the_transport_is_tls() {
        assert!(unsigned_payload(None), "AWS itself: HTTPS");
        assert!(unsigned_payload(Some("https://minio.example:9000")));
        assert!(!unsigned_payload(Some("http://seaweedfs.kubeflow:9000")));
    }

    /// What the S3 client of `root` opened with `session` would use:
    /// (virtual-hosted, endpoint, region, allow HTTP, session token).
    fn s3_of(
        root: &str,
        session: &str,
        env: &[(&str, &str)],
    ) -> (
        String,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
    ) {
        let bucket = parse_bucket_config(root).unwrap();
        let info = SessionInfo::from_json(session).unwrap();
        let settings = settings::store_settings(&bucket, info.as_ref()).unwrap();
        let StoreSettings::S3 {
            endpoint,
            region,
            force_path_style,
            allow_http,
            max_retries,
            credentials,
        } = &settings
        else {
            panic!("{settings:?}")
        };
        let decided = S3Decided {
            endpoint: endpoint.as_deref(),
            region,
            force_path_style: *force_path_style,
            allow_http: *allow_http,
            max_retries: *max_retries,
            from_env: matches!(credentials, Credentials::FromEnv),
        };
        let secrets = Secrets {
            s3: matches!(credentials, Credentials::Secret { .. })
                .then(|| ("ak".to_owned(), "sk".to_owned())),
            ..Default::default()
        };
        let b = s3_builder(
            &bucket,
            &decided,
            &secrets,
            &ExtraRoots::none(),
            &AwsEnv::from_vars(env.iter().copied()),
        )
        .builder;
        let get = |k| b.get_config_value(&k);
        (
            get(AmazonS3ConfigKey::VirtualHostedStyleRequest).unwrap(),
            get(AmazonS3ConfigKey::S3Endpoint).or(get(AmazonS3ConfigKey::Endpoint)),
            get(AmazonS3ConfigKey::Region),
            get(AmazonS3ConfigKey::Client(ClientConfigKey::AllowHttp)).unwrap(),
            get(AmazonS3ConfigKey::Token),
        )
    }

    const FROM_ENV: &str = r#"{"Provider":"s3","Params":{"fromEnv":"true"}}"#;
    const ENDPOINT: &str = "http://seaweedfs.kubeflow:8333";

    #[test]
    fn from_env_sessions_take_the_addressing_style_from_the_environment() {
        let s3 = |env: &[(&str, &str)]| s3_of("s3://b/p", FROM_ENV, env);
        // An S3-compatible endpoint and nothing else said: path style, and
        // its plain HTTP allowed.
        for name in ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_ENDPOINT"] {
            let (virtual_hosted, endpoint, _, http, _) = s3(&[(name, ENDPOINT)]);
            assert_eq!(virtual_hosted, "false", "{name}");
            assert_eq!(endpoint.as_deref(), Some(ENDPOINT), "{name}");
            assert_eq!(http, "true", "{name}");
        }
        // The S3 endpoint wins over the generic one, as in `build`.
        let (_, endpoint, ..) = s3(&[
            ("AWS_ENDPOINT_URL", "http://other:1"),
            ("AWS_ENDPOINT_URL_S3", ENDPOINT),
        ]);
        assert_eq!(endpoint.as_deref(), Some(ENDPOINT));
        // The environment's addressing style, either way.
        let (virtual_hosted, ..) = s3(&[("AWS_VIRTUAL_HOSTED_STYLE_REQUEST", "false")]);
        assert_eq!(virtual_hosted, "false");
        let (virtual_hosted, endpoint, ..) = s3(&[
            ("AWS_ENDPOINT_URL_S3", "https://b.store.example"),
            ("AWS_VIRTUAL_HOSTED_STYLE_REQUEST", "true"),
        ]);
        assert_eq!(virtual_hosted, "true");
        assert_eq!(endpoint.as_deref(), Some("https://b.store.example"));
        // Its plain-HTTP switch, also when it forbids it.
        let (.., http, _) = s3(&[
            ("AWS_ENDPOINT_URL_S3", ENDPOINT),
            ("AWS_ALLOW_HTTP", "false"),
        ]);
        assert_eq!(http, "false");
        // Region and session token.
        let (.., region, _, token) = s3(&[
            ("AWS_DEFAULT_REGION", "eu-west-3"),
            ("AWS_SESSION_TOKEN", "t"),
        ]);
        assert_eq!(region.as_deref(), Some("eu-west-3"));
        assert_eq!(token.as_deref(), Some("t"));
        let (.., region, _, _) = s3(&[
            ("AWS_DEFAULT_REGION", "eu-west-3"),
            ("AWS_REGION", "ap-south-1"),
        ]);
        assert_eq!(region.as_deref(), Some("ap-south-1"));
        // Nothing at all: AWS, virtual-hosted, HTTPS only, us-east-1.
        let (virtual_hosted, endpoint, region, http, _) = s3(&[]);
        assert_eq!(
            (
                virtual_hosted.as_str(),
                endpoint,
                region.as_deref(),
                http.as_str()
            ),
            ("true", None, Some("us-east-1"), "false")
        );
    }

    #[test]
    fn what_the_session_decides_wins_over_the_environment() {
        let env = [
            ("AWS_ENDPOINT_URL_S3", "http://env:1"),
            ("AWS_VIRTUAL_HOSTED_STYLE_REQUEST", "true"),
            ("AWS_SESSION_TOKEN", "t"),
            ("AWS_REGION", "env-region"),
        ];
        // fromEnv with structured params (an override with env credentials).
        let (virtual_hosted, endpoint, region, http, token) = s3_of(
            "s3://b/p",
            r#"{"Provider":"s3","Params":{"fromEnv":"true","endpoint":"minio:9000","disableSSL":"true","region":"r"}}"#,
            &env,
        );
        assert_eq!(virtual_hosted, "false", "forcePathStyle defaults true");
        assert_eq!(endpoint.as_deref(), Some("http://minio:9000"));
        assert_eq!((region.as_deref(), http.as_str()), (Some("r"), "true"));
        assert_eq!(
            token.as_deref(),
            Some("t"),
            "credentials are the environment's"
        );
        // Keys from a Secret: no environment token, endpoint or addressing.
        let (virtual_hosted, endpoint, region, _, token) = s3_of(
            "minio://b/p",
            r#"{"Provider":"minio","Params":{"fromEnv":"false","secretName":"s","accessKeyKey":"a","secretKeyKey":"k","endpoint":"s3.amazonaws.com"}}"#,
            &env,
        );
        assert_eq!(
            (virtual_hosted.as_str(), endpoint, token),
            ("false", None, None)
        );
        assert_eq!(
            region.as_deref(),
            Some("env-region"),
            "as AWS's default config"
        );
    }

    #[test]
    fn virtual_hosted_requests_with_an_endpoint_name_the_bucket_in_the_host() {
        // Upstream's AWS SDK sends them to `<bucket>.<endpoint host>`;
        // `object_store` takes that host as the endpoint.
        let (virtual_hosted, endpoint, ..) = s3_of(
            "s3://b/p",
            r#"{"Provider":"s3","Params":{"fromEnv":"true","endpoint":"https://minio.example:9000","forcePathStyle":"false"}}"#,
            &[],
        );
        assert_eq!(virtual_hosted, "true");
        assert_eq!(endpoint.as_deref(), Some("https://b.minio.example:9000"));
        let (virtual_hosted, endpoint, ..) = s3_of("s3://b?endpoint=h:9000", FROM_ENV, &[]);
        assert_eq!(virtual_hosted, "true");
        assert_eq!(endpoint.as_deref(), Some("https://b.h:9000"));
    }

    #[test]
    fn the_environment_is_shown_by_name_only() {
        let env = AwsEnv::from_vars([("AWS_SECRET_ACCESS_KEY", "hush"), ("HOME", "/root")]);
        let shown = format!("{env:?}");
        assert!(
            shown.contains("AWS_SECRET_ACCESS_KEY") && !shown.contains("hush"),
            "{shown}"
        );
        assert!(!shown.contains("HOME"), "only AWS_* variables: {shown}");
    }
}
