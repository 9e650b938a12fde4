//! Dialling what [`Connection`] points at, the same way in driver and
//! launcher: one TLS rule for both services, MLMD with the options of the
//! environment.

use super::{Connection, ConnectionError, Endpoint};
use crate::metadata::grpc::{MlmdOptions, MlmdStore, TlsOptions};

impl Connection {
    /// TLS for MLMD and the KFP API server alike: on with
    /// `--metadata_tls_enabled`, trusting `--ca_cert_path` besides the
    /// system roots. `--ml_pipeline_tls_enabled` plays no part, as
    /// upstream (contract §2.1).
    pub fn tls(&self) -> Option<TlsOptions> {
        self.metadata_tls_enabled.then(|| TlsOptions {
            ca_cert_path: (!self.ca_cert_path.is_empty()).then(|| self.ca_cert_path.clone().into()),
        })
    }

    /// Connects to MLMD at `--mlmd_server_address`:`--mlmd_server_port`
    /// (message size from `METADATA_GRPC_MESSAGE_SIZE`).
    pub async fn connect_mlmd(&self) -> Result<MlmdStore, ConnectionError> {
        let Endpoint { address, port } = self.mlmd()?;
        let mut options = MlmdOptions::from_env().map_err(|source| ConnectionError::Mlmd {
            address: address.clone(),
            port,
            source,
        })?;
        options.tls = self.tls();
        MlmdStore::connect(&address, port, options)
            .await
            .map_err(|source| ConnectionError::Mlmd {
                address,
                port,
                source,
            })
    }

    /// Connects to the KFP API server's cache (`api`, from
    /// [`Connection::cache_target`]).
    #[cfg(feature = "cache-api")]
    pub async fn connect_api_cache(
        &self,
        api: &Endpoint,
    ) -> Result<crate::cache::ApiTaskCache, ConnectionError> {
        crate::cache::ApiTaskCache::connect(&api.address, api.port, self.tls())
            .await
            .map_err(|source| ConnectionError::Api {
                address: api.address.clone(),
                port: api.port,
                source: Box::new(source),
            })
    }
}
