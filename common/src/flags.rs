//! The flags KFP's driver and launcher share (contract §2.1, §3.1),
//! declared once.
//!
//! Both binaries take the same 17 flags for the task they work on
//! (`--pipeline_name`, `--run_id`, …) and for where ML Metadata and the KFP
//! API server are, whether they speak TLS and where cache entries live.
//! [`shared`] is their one table; each binary adds its own flags and passes
//! its upstream's [`Defaults`], because two defaults differ between KFP's
//! driver and launcher and a drop-in replacement keeps both.
//!
//! [`Connection`] is the typed form of the connection flags, which both
//! binaries embed: the ports are checked where they are used (a launcher
//! in `--copy` mode or a driver that never connects must not fail on them,
//! as upstream's do not), `--cache_store` when the command line is parsed.

use std::{fmt, str::FromStr};

use crate::goflag::{Flag, FlagError, Kind, Parsed};

#[cfg(feature = "mlmd")]
mod connect;
#[cfg(test)]
mod tests;

/// The shared flags whose defaults differ between upstream's driver and
/// launcher (contract §2.1, §3.1): [`Defaults::DRIVER`],
/// [`Defaults::LAUNCHER`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Defaults {
    pub mlmd_server_port: &'static str,
    pub ml_pipeline_server_address: &'static str,
}

impl Defaults {
    /// Upstream's `driver` (contract §2.1).
    pub const DRIVER: Defaults = Defaults {
        mlmd_server_port: "",
        ml_pipeline_server_address: "ml-pipeline",
    };
    /// Upstream's `launcher-v2` (contract §3.1).
    pub const LAUNCHER: Defaults = Defaults {
        mlmd_server_port: "8080",
        ml_pipeline_server_address: "ml-pipeline.kubeflow",
    };
}

/// How many flags [`shared`] declares.
pub const SHARED_LEN: usize = 17;

/// The flags driver and launcher share, with the binary's `defaults`.
pub const fn shared(defaults: Defaults) -> [Flag; SHARED_LEN] {
    [
        Flag::new("pipeline_name", Kind::String, "", "pipeline context name"),
        Flag::new("run_id", Kind::String, "", "pipeline run uid"),
        Flag::new(
            "task_name",
            Kind::String,
            "",
            "the task's key in its parent DAG",
        ),
        Flag::new(
            "iteration_index",
            Kind::Int,
            "-1",
            "iteration index, -1 means not an iteration",
        ),
        Flag::new(
            "namespace",
            Kind::String,
            "",
            "run namespace; else the pod's service-account namespace (mlmd-removal shape)",
        ),
        Flag::new(
            "parent_task_id",
            Kind::String,
            "",
            "parent PipelineTask ID (mlmd-removal shape)",
        ),
        Flag::new("log_level", Kind::String, "1", "log verbosity"),
        Flag::new(
            "publish_logs",
            Kind::String,
            "true",
            "publish the step's logs as its executor-logs artifact (\"true\" enables)",
        ),
        Flag::new(
            "mlmd_server_address",
            Kind::String,
            "",
            "MLMD gRPC server address",
        ),
        Flag::new(
            "mlmd_server_port",
            Kind::String,
            defaults.mlmd_server_port,
            "MLMD gRPC server port",
        ),
        Flag::new(
            "ml_pipeline_server_address",
            Kind::String,
            defaults.ml_pipeline_server_address,
            "KFP API server address",
        ),
        Flag::new(
            "ml_pipeline_server_port",
            Kind::String,
            "8887",
            "KFP API server port",
        ),
        Flag::new(
            "ml_pipeline_tls_enabled",
            Kind::Bool,
            "false",
            "the KFP API server serves TLS (accepted and forwarded, as upstream)",
        ),
        Flag::new(
            "metadata_tls_enabled",
            Kind::Bool,
            "false",
            "TLS to MLMD and to the KFP API server",
        ),
        Flag::new(
            "ca_cert_path",
            Kind::String,
            "",
            "extra CA certificate (PEM) to trust on connections to MLMD and the KFP API server",
        ),
        Flag::new(
            "cache_disabled",
            Kind::Bool,
            "false",
            "disable the cache globally",
        ),
        // kfp-runtime's own; KFP's command lines never carry it.
        Flag::new(
            CacheStore::FLAG,
            Kind::String,
            "api",
            "where cache entries live: api (the KFP API server's TaskService, as upstream) or mlmd (the newest COMPLETE execution of the pipeline with the same cache_fingerprint in the namespace; no API server needed)",
        ),
    ]
}

/// A binary's whole flag table: its `own` flags, then the shared ones with
/// its `defaults`.
pub fn table(own: &[Flag], defaults: Defaults) -> Vec<Flag> {
    own.iter().copied().chain(shared(defaults)).collect()
}

/// `--cache_store`: where cache entries are looked up and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CacheStore {
    /// The KFP API server's `TaskService`, as upstream.
    #[default]
    Api,
    /// The newest `COMPLETE` execution with the same `cache_fingerprint`:
    /// no API server needed.
    Mlmd,
}

impl CacheStore {
    /// The flag's name.
    pub const FLAG: &'static str = "cache_store";

    /// The flag value that selects this store.
    pub fn as_str(self) -> &'static str {
        match self {
            CacheStore::Api => "api",
            CacheStore::Mlmd => "mlmd",
        }
    }
}

impl fmt::Display for CacheStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CacheStore {
    type Err = FlagError;

    /// `api` or `mlmd`; an empty value is the default (`api`), as KFP reads
    /// an empty string flag (`--ca_cert_path ""`) as "not given".
    fn from_str(value: &str) -> Result<Self, FlagError> {
        match value {
            "api" | "" => Ok(CacheStore::Api),
            "mlmd" => Ok(CacheStore::Mlmd),
            other => Err(FlagError::InvalidChoice {
                name: CacheStore::FLAG.to_owned(),
                value: other.to_owned(),
                expected: "api or mlmd",
            }),
        }
    }
}

/// Where the metadata and cache services are and how to reach them: the
/// connection flags of driver and launcher, typed. Field names are the
/// flag names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub mlmd_server_address: String,
    /// As given: checked by [`Connection::mlmd`] when MLMD is dialled.
    pub mlmd_server_port: String,
    pub ml_pipeline_server_address: String,
    /// As given: checked by [`Connection::cache_target`].
    pub ml_pipeline_server_port: String,
    /// Only forwarded (driver to launcher), as upstream: TLS to the API
    /// server follows `--metadata_tls_enabled` (contract §2.1).
    pub ml_pipeline_tls_enabled: bool,
    /// TLS (system roots + `--ca_cert_path`) for MLMD and the API server.
    pub metadata_tls_enabled: bool,
    pub ca_cert_path: String,
    pub cache_disabled: bool,
    pub cache_store: CacheStore,
}

/// A host and a checked port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub address: String,
    pub port: u16,
}

/// Where this task's cache entries are looked up and kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheTarget {
    /// `--cache_disabled`.
    Disabled,
    /// `--cache_store mlmd`.
    Mlmd,
    /// The KFP API server (`--cache_store api`, the default).
    Api(Endpoint),
}

/// A connection flag that cannot be used, or a service that cannot be
/// reached; each names the flags that say where.
#[derive(Debug, thiserror::Error)]
pub enum ConnectionError {
    #[error("--{flag} {value:?} is not a port number")]
    Port { flag: &'static str, value: String },
    #[cfg(feature = "mlmd")]
    #[error(
        "connecting to ML Metadata at {address}:{port} (--mlmd_server_address, --mlmd_server_port)"
    )]
    Mlmd {
        address: String,
        port: u16,
        #[source]
        source: crate::metadata::MetadataError,
    },
    #[cfg(feature = "cache-api")]
    #[error("connecting to the KFP API server at {address}:{port} for cache entries (--ml_pipeline_server_address, --ml_pipeline_server_port)")]
    Api {
        address: String,
        port: u16,
        #[source]
        source: Box<crate::cache::CacheError>,
    },
}

impl Connection {
    /// The connection flags of a command line parsed against a table that
    /// includes [`shared`]. An unknown `--cache_store` is a flag error (a
    /// usage error, as Go's `flag` reports a value its type rejects).
    pub fn from_parsed(p: &Parsed) -> Result<Self, FlagError> {
        let s = |name: &str| p.str(name).to_owned();
        Ok(Connection {
            mlmd_server_address: s("mlmd_server_address"),
            mlmd_server_port: s("mlmd_server_port"),
            ml_pipeline_server_address: s("ml_pipeline_server_address"),
            ml_pipeline_server_port: s("ml_pipeline_server_port"),
            ml_pipeline_tls_enabled: p.bool("ml_pipeline_tls_enabled"),
            metadata_tls_enabled: p.bool("metadata_tls_enabled"),
            ca_cert_path: s("ca_cert_path"),
            cache_disabled: p.bool("cache_disabled"),
            cache_store: p.str(CacheStore::FLAG).parse()?,
        })
    }

    /// MLMD's address and port (`--mlmd_server_address`,
    /// `--mlmd_server_port`).
    pub fn mlmd(&self) -> Result<Endpoint, ConnectionError> {
        Ok(Endpoint {
            address: self.mlmd_server_address.clone(),
            port: port("mlmd_server_port", &self.mlmd_server_port)?,
        })
    }

    /// Where cache entries go: nowhere when the cache is disabled, MLMD
    /// with `--cache_store mlmd`, else the KFP API server, whose port must
    /// then be a number.
    pub fn cache_target(&self) -> Result<CacheTarget, ConnectionError> {
        if self.cache_disabled {
            return Ok(CacheTarget::Disabled);
        }
        Ok(match self.cache_store {
            CacheStore::Mlmd => CacheTarget::Mlmd,
            CacheStore::Api => CacheTarget::Api(Endpoint {
                address: self.ml_pipeline_server_address.clone(),
                port: port("ml_pipeline_server_port", &self.ml_pipeline_server_port)?,
            }),
        })
    }
}

fn port(flag: &'static str, value: &str) -> Result<u16, ConnectionError> {
    value.parse().map_err(|_| ConnectionError::Port {
        flag,
        value: value.to_owned(),
    })
}
