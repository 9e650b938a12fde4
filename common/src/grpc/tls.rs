//! TLS of a gRPC client (`--metadata_tls_enabled`, `--ca_cert_path`,
//! contract §2.1): rustls with ring, the platform's roots plus an optional CA.

use std::path::PathBuf;

use tonic::transport::{Certificate, ClientTlsConfig};

/// TLS settings of a gRPC client (MLMD, the KFP API server).
#[derive(Debug, Clone, Default)]
pub struct TlsOptions {
    /// Extra CA bundle (PEM) trusted besides the system roots.
    pub ca_cert_path: Option<PathBuf>,
}

impl TlsOptions {
    /// The platform's roots (`SSL_CERT_FILE` and the usual bundle paths)
    /// plus the extra CA; the server name is `host` (a DNS name or an IP
    /// address, brackets removed). The error is the CA file's read error.
    pub fn client_config(&self, host: &str) -> std::io::Result<ClientTlsConfig> {
        let host = host.trim_start_matches('[').trim_end_matches(']');
        let mut tls = ClientTlsConfig::new().with_native_roots().domain_name(host);
        if let Some(path) = &self.ca_cert_path {
            tls = tls.ca_certificate(Certificate::from_pem(std::fs::read(path)?));
        }
        Ok(tls)
    }
}
