//! The private CA of `--ca_cert_path` (contract §3.6): trusted by the store
//! clients besides the platform's roots, and handed to the user process as
//! a bundle of the system's roots plus that CA, so that the step's own
//! `requests`, boto3 or curl reach the same stores and services.
//!
//! KFP mounts the operator's CA at `/kfp/certs/ca.crt` and passes that path
//! to every driver and launcher; upstream's Go launcher writes the bundle
//! and exports `REQUESTS_CA_BUNDLE`, `AWS_CA_BUNDLE` and `SSL_CERT_FILE`.

use std::{
    io::Write,
    os::unix::fs::{OpenOptionsExt, PermissionsExt},
    path::{Path, PathBuf},
};

use super::open::ExtraRoots;

/// The variables the user process finds the bundle in, as upstream sets them.
pub const BUNDLE_VARS: [&str; 3] = ["REQUESTS_CA_BUNDLE", "AWS_CA_BUNDLE", "SSL_CERT_FILE"];

/// The system bundles tried in order, as Go's `crypto/x509` lists them for
/// Linux; the first readable one is the base of the user's bundle.
const SYSTEM_BUNDLES: [&str; 6] = [
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/pki/tls/cacert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/ssl/cert.pem",
];

/// Why `--ca_cert_path` cannot be used. The task fails before its user
/// process runs, as upstream's does.
#[derive(Debug, thiserror::Error)]
pub enum CaError {
    #[error("--ca_cert_path {}: cannot read it", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("--ca_cert_path {}: no PEM certificate in it", path.display())]
    NoCertificate { path: PathBuf },
    #[error("--ca_cert_path {}: cannot write the user process's CA bundle in {tried}", path.display())]
    Bundle {
        path: PathBuf,
        /// The directories tried, in order.
        tried: String,
        #[source]
        source: std::io::Error,
    },
}

/// The CA of `--ca_cert_path`, read once.
#[derive(Debug, Clone)]
pub struct PrivateCa {
    path: PathBuf,
    pem: Vec<u8>,
    roots: ExtraRoots,
}

impl PrivateCa {
    /// The CA the flag names; `None` when it names none (`--ca_cert_path ""`).
    pub fn from_flag(ca_cert_path: &str) -> Result<Option<Self>, CaError> {
        if ca_cert_path.is_empty() {
            return Ok(None);
        }
        Self::read(Path::new(ca_cert_path)).map(Some)
    }

    /// Read and parse the PEM file at `path`.
    pub fn read(path: &Path) -> Result<Self, CaError> {
        let pem = std::fs::read(path).map_err(|source| CaError::Read {
            path: path.to_owned(),
            source,
        })?;
        let roots = ExtraRoots::from_pem_bundle(&pem).ok_or_else(|| CaError::NoCertificate {
            path: path.to_owned(),
        })?;
        Ok(Self {
            path: path.to_owned(),
            pem,
            roots,
        })
    }

    /// For the store clients.
    pub fn roots(&self) -> &ExtraRoots {
        &self.roots
    }

    /// Write the user process's bundle: the first readable system bundle
    /// (`$SSL_CERT_FILE` first when it is not the CA itself) followed by the
    /// CA, mode 0444, in the first of `dirs` that takes it (a read-only root
    /// filesystem may refuse the temporary directory). Returns its path and
    /// the variables to set.
    pub fn write_bundle(
        &self,
        dirs: &[PathBuf],
    ) -> Result<(PathBuf, Vec<(String, String)>), CaError> {
        let bundle = self.bundle(std::env::var_os("SSL_CERT_FILE").map(PathBuf::from));
        let mut last = None;
        for dir in dirs {
            match write_new(dir, &bundle) {
                Ok(file) => {
                    let value = file.display().to_string();
                    let vars = BUNDLE_VARS
                        .iter()
                        .map(|v| ((*v).to_owned(), value.clone()))
                        .collect();
                    return Ok((file, vars));
                }
                Err(e) => last = Some(e),
            }
        }
        Err(CaError::Bundle {
            path: self.path.clone(),
            tried: dirs
                .iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            source: last.unwrap_or_else(|| std::io::Error::other("no directory to write in")),
        })
    }

    /// The bundle's bytes, given `$SSL_CERT_FILE`.
    fn bundle(&self, ssl_cert_file: Option<PathBuf>) -> Vec<u8> {
        let ssl_cert_file = ssl_cert_file.filter(|f| !f.as_os_str().is_empty() && *f != self.path);
        let mut bundle = ssl_cert_file
            .iter()
            .map(PathBuf::as_path)
            .chain(SYSTEM_BUNDLES.iter().map(Path::new))
            .find_map(|p| std::fs::read(p).ok())
            .unwrap_or_default();
        if !bundle.is_empty() && !bundle.ends_with(b"\n") {
            bundle.push(b'\n');
        }
        bundle.extend_from_slice(&self.pem);
        bundle
    }
}

/// `dir/ca-bundle-<pid>-<n>.crt`, created new (never over another file),
/// read-only once written.
fn write_new(dir: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let pid = std::process::id();
    for n in 0..100u32 {
        let path = dir.join(format!("ca-bundle-{pid}-{n}.crt"));
        let mut file = match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
        {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        let written = file
            .write_all(bytes)
            .and_then(|()| file.set_permissions(std::fs::Permissions::from_mode(0o444)));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&path);
            return Err(e);
        }
        return Ok(path);
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        format!("{}: 100 bundles of this process already", dir.display()),
    ))
}

#[cfg(test)]
mod tests;
