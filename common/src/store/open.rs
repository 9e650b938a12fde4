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

use std::{future::Future, sync::Arc, time::Duration};

use object_store::{
    aws::AmazonS3Builder, gcp::GoogleCloudStorageBuilder, local::LocalFileSystem, memory::InMemory,
    BackoffConfig, ClientOptions, ObjectStore, RetryConfig,
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
pub trait SecretSource {
    /// The value of `key` in Secret `name`; errors name both, never the value.
    fn secret_value(
        &self,
        name: &str,
        key: &str,
    ) -> impl Future<Output = Result<String, OpenError>> + Send;
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
            let access = source
                .secret_value(secret_name, access_key_key)
                .await
                .map_err(|e| e.for_bucket(bucket))?;
            let secret = source
                .secret_value(secret_name, secret_key_key)
                .await
                .map_err(|e| e.for_bucket(bucket))?;
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

/// Open the store of one bucket.
pub fn open_store(
    bucket: &BucketConfig,
    settings: &StoreSettings,
    secrets: &Secrets,
) -> Result<Arc<dyn ObjectStore>, OpenError> {
    install_crypto_provider();
    let build_err = |source| OpenError::Build {
        bucket: bucket.prefixed_bucket(),
        source,
    };
    let retry = |max: usize| RetryConfig {
        backoff: BackoffConfig::default(),
        max_retries: max,
        retry_timeout: RETRY_DEADLINE,
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
            let builder = |client: ClientOptions| {
                let mut b = match credentials {
                    // AWS_* variables, web identity (IRSA), instance metadata.
                    Credentials::FromEnv => AmazonS3Builder::from_env(),
                    Credentials::Secret { .. } => AmazonS3Builder::new(),
                };
                b = b
                    .with_bucket_name(&bucket.bucket)
                    .with_virtual_hosted_style_request(!force_path_style)
                    .with_client_options(client.with_allow_http(*allow_http))
                    .with_retry(retry(if *max_retries == 0 {
                        DEFAULT_MAX_RETRIES
                    } else {
                        *max_retries as usize
                    }));
                if !region.is_empty() {
                    b = b.with_region(region);
                } else if std::env::var_os("AWS_REGION").is_none()
                    && std::env::var_os("AWS_DEFAULT_REGION").is_none()
                {
                    b = b.with_region("us-east-1");
                }
                // Over TLS the payload's integrity is the transport's, and the
                // SigV4 payload hash (a second SHA-256 of every byte, besides
                // the artifact digest) only costs CPU: sign UNSIGNED-PAYLOAD,
                // as botocore does over HTTPS. Over plain HTTP keep signing it.
                b = b.with_unsigned_payload(unsigned_payload(endpoint.as_deref()));
                if let Some(e) = endpoint {
                    b = b.with_endpoint(e);
                }
                if let Some((access, secret)) = &secrets.s3 {
                    b = b.with_access_key_id(access).with_secret_access_key(secret);
                }
                b
            };
            match builder(ClientOptions::new()).build() {
                Ok(store) => Arc::new(store),
                // The launcher runs in the user's image, which may have no CA
                // certificates (scratch, distroless/static), and the client
                // loads them up front. A plain-HTTP endpoint (KFP's in-cluster
                // SeaweedFS or MinIO) needs none: go on without, as KFP's Go
                // launcher does (Go loads them at the first TLS handshake).
                Err(first) if plain_http(endpoint.as_deref()) => Arc::new(
                    builder(ClientOptions::new().with_no_system_certificates(true))
                        .build()
                        .map_err(|_| build_err(first))?,
                ),
                Err(e) => return Err(build_err(e)),
            }
        }
        StoreSettings::Gcs { credentials } => {
            let mut b = match credentials {
                GcsCredentials::FromEnv => GoogleCloudStorageBuilder::from_env(),
                GcsCredentials::Secret { .. } => GoogleCloudStorageBuilder::new(),
            };
            b = b
                .with_bucket_name(&bucket.bucket)
                .with_retry(retry(DEFAULT_MAX_RETRIES));
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
        let fail = |reason: String| OpenError::Secret {
            bucket: String::new(),
            secret: name.to_owned(),
            key: key.to_owned(),
            reason,
        };
        let secret = self
            .secret(name)
            .await
            .map_err(|e| fail(crate::error_chain(&e)))?
            .ok_or_else(|| {
                fail(format!(
                    "no such Secret in namespace {:?}",
                    self.namespace()
                ))
            })?;
        secret
            .get_str(key)
            .map(str::to_owned)
            .map_err(|e| fail(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::unsigned_payload;

    #[test]
    fn payloads_are_signed_unless_the_transport_is_tls() {
        assert!(unsigned_payload(None), "AWS itself: HTTPS");
        assert!(unsigned_payload(Some("https://minio.example:9000")));
        assert!(!unsigned_payload(Some("http://seaweedfs.kubeflow:9000")));
    }
}
