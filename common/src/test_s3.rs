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
        minio_session_info(self.host_port(), false)
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
        let store = open::open_store(&cfg, &settings, &secrets, &open::ExtraRoots::none())
            .expect("open the store");
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

/// KFP's default MinIO session info for the store at `host_port`, over TLS
/// when `tls`.
pub fn minio_session_info(host_port: &str, tls: bool) -> String {
    format!(
        r#"{{"Provider":"minio","Params":{{"accessKeyKey":"accesskey","disableSSL":"{}","endpoint":"{host_port}","fromEnv":"false","region":"us-east-1","secretKeyKey":"secretkey","secretName":"mlpipeline-minio-artifact"}}}}"#,
        !tls
    )
}

/// Another S3 gateway on the SeaweedFS of `with-seaweedfs.sh` (same filer,
/// buckets and keys) that serves HTTPS with a certificate of the test's;
/// stopped on drop.
#[derive(Debug)]
pub struct TlsGateway {
    child: std::process::Child,
    /// `127.0.0.1:<https port>`.
    pub host_port: String,
}

impl TlsGateway {
    /// Serve `cert`/`key`; `None` (after [`skip`](crate::test_util::skip))
    /// when SeaweedFS is not there. Waits until the port takes connections.
    ///
    /// # Panics
    ///
    /// When the gateway cannot be started or does not listen within 30 s.
    pub fn start(cert: &std::path::Path, key: &std::path::Path) -> Option<Self> {
        Self::start_with(cert, key, None)
    }

    /// [`Self::start`] with identities of the test's (a `weed s3 -config`
    /// file) instead of `with-seaweedfs.sh`'s.
    ///
    /// # Panics
    ///
    /// As [`Self::start`].
    #[allow(clippy::expect_used)]
    pub fn start_with(
        cert: &std::path::Path,
        key: &std::path::Path,
        identities: Option<&std::path::Path>,
    ) -> Option<Self> {
        use crate::test_util::{available, Component};
        if !available(&[Component::SeaweedFs, Component::SeaweedFsFiler]) {
            return None;
        }
        let var = |name: &str| std::env::var(name).unwrap_or_default();
        let ports: Vec<std::net::TcpListener> = (0..3)
            .map(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("a free port"))
            .collect();
        let port = |i: usize| {
            ports[i]
                .local_addr()
                .expect("its address")
                .port()
                .to_string()
        };
        let (http, https, grpc) = (port(0), port(1), port(2));
        drop(ports);
        let child = std::process::Command::new(var("KFP_WEED_BIN"))
            .args([
                "-logtostderr",
                "s3",
                &format!("-filer={}", var("KFP_WEED_FILER_ADDRESS")),
                "-ip.bind=127.0.0.1",
                &format!("-port={http}"),
                &format!("-port.https={https}"),
                &format!("-port.grpc={grpc}"),
                "-port.iceberg=0",
                "-port.lance=0",
                &format!("-cert.file={}", cert.display()),
                &format!("-key.file={}", key.display()),
                &format!(
                    "-config={}",
                    identities
                        .map_or_else(|| var("KFP_WEED_S3_CONFIG"), |p| p.display().to_string())
                ),
            ])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start weed s3");
        let gateway = Self {
            child,
            host_port: format!("127.0.0.1:{https}"),
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while std::net::TcpStream::connect(&gateway.host_port).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "weed s3 did not listen on {} within 30 s",
                gateway.host_port
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Some(gateway)
    }
}

impl Drop for TlsGateway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
