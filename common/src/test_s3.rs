//! The SeaweedFS of `make test` as tests see it (`KFP_S3_*`, exported by
//! e2e/services/with-seaweedfs.sh), and the Secret KFP's default session
//! info names, answered as the Kubernetes API would.

use crate::store::open::{OpenError, SecretSource};

/// `KFP_S3_ENDPOINT` (`http://host:port`), keys and a bucket.
#[derive(Debug, Clone)]
pub struct S3Env {
    pub endpoint: String,
    pub access: String,
    pub secret: String,
    pub bucket: String,
}

impl S3Env {
    /// `None` when the variables are unset: the caller skips, saying why.
    pub fn from_env() -> Option<Self> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        Some(Self {
            endpoint: var("KFP_S3_ENDPOINT")?,
            access: var("KFP_S3_ACCESS_KEY")?,
            secret: var("KFP_S3_SECRET_KEY")?,
            bucket: var("KFP_S3_BUCKET")?,
        })
    }

    /// `host:port`, as session info's `endpoint` holds it.
    pub fn host_port(&self) -> &str {
        self.endpoint.trim_start_matches("http://")
    }

    /// The keys as Secret `mlpipeline-minio-artifact` would hold them.
    pub fn secrets(&self) -> StaticSecrets {
        StaticSecrets {
            access: self.access.clone(),
            secret: self.secret.clone(),
        }
    }

    /// KFP's default MinIO session info, pointed at this SeaweedFS.
    pub fn session_info(&self) -> String {
        format!(
            r#"{{"Provider":"minio","Params":{{"accessKeyKey":"accesskey","disableSSL":"true","endpoint":"{}","fromEnv":"false","region":"us-east-1","secretKeyKey":"secretkey","secretName":"mlpipeline-minio-artifact"}}}}"#,
            self.host_port()
        )
    }

    /// The bucket of `uri` (`minio://bucket/...`), opened the way a
    /// launcher opens it with [`Self::session_info`] and [`Self::secrets`].
    /// Tests only: anything wrong here is the test's setup, so it panics.
    #[allow(clippy::expect_used)]
    pub async fn bucket(&self, uri: &str) -> crate::transfer::Bucket {
        use crate::store::{bucket, open, session, settings};
        crate::install_crypto_provider();
        let cfg = bucket::parse_bucket_from_artifact_uri(uri).expect("a bucket URI");
        let info = session::SessionInfo::from_json(&self.session_info())
            .expect("session info")
            .expect("session info");
        let settings = settings::store_settings(&cfg, Some(&info)).expect("store settings");
        let secrets = open::resolve_secrets(&cfg, &settings, &self.secrets())
            .await
            .expect("the test's secrets");
        let store = open::open_store(&cfg, &settings, &secrets).expect("open the store");
        crate::transfer::Bucket::new(store, &open::scheme_and_bucket(&cfg))
    }
}

/// Secret `mlpipeline-minio-artifact` with keys `accesskey`/`secretkey`;
/// any other is missing.
#[derive(Debug, Clone)]
pub struct StaticSecrets {
    pub access: String,
    pub secret: String,
}

impl SecretSource for StaticSecrets {
    async fn secret_value(&self, name: &str, key: &str) -> Result<String, OpenError> {
        match (name, key) {
            ("mlpipeline-minio-artifact", "accesskey") => Ok(self.access.clone()),
            ("mlpipeline-minio-artifact", "secretkey") => Ok(self.secret.clone()),
            _ => Err(OpenError::Secret {
                bucket: String::new(),
                secret: name.into(),
                key: key.into(),
                reason: "not in the test's secrets".into(),
            }),
        }
    }
}

/// The MLMD engine and this SeaweedFS, for tests that need both; `None`
/// after [`skip`](crate::test_util::skip) naming those that are absent.
pub fn mlmd_and_s3() -> Option<(crate::test_util::MlmdAddress, S3Env)> {
    use crate::test_util::{available, mlmd, Component};
    if !available(&[Component::Mlmd, Component::SeaweedFs]) {
        return None;
    }
    Some((mlmd()?, S3Env::from_env()?))
}
