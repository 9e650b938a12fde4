//! PVCs of local runs: a PVC is the directory `<home>/pvcs/<name>`.
//!
//! The driver's own platform-op code (`kfp_driver::pvc`) runs createpvc and
//! deletepvc tasks locally too (their inputs, generated names with
//! `pvc_name_suffix`, cache hits that check the PVC still exists, the
//! records); only the API calls land here. Like PVCs in a namespace, the
//! directories outlive the run that created them until a deletepvc removes
//! them; size, access modes and storage class are recorded on the execution
//! but mean nothing on one machine.

use std::path::{Path, PathBuf};

use k8s_openapi::api::core::v1::PersistentVolumeClaim;
use kfp_driver::pvc::{PvcApi, PvcFuture};

/// The PVC directories of a home.
#[derive(Debug, Clone)]
pub struct LocalPvcs {
    root: PathBuf,
}

/// Why a PVC directory could not be created, read or removed.
#[derive(Debug, thiserror::Error)]
pub enum PvcDirError {
    #[error("PVC {name:?} already exists ({})", path.display())]
    Exists { name: String, path: PathBuf },
    #[error("{name:?} is not a PVC name")]
    BadName { name: String },
    #[error("{what} {}", path.display())]
    Io {
        what: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl LocalPvcs {
    /// The PVCs of the home `home`.
    pub fn new(home: &Path) -> Self {
        Self {
            root: home.join("pvcs"),
        }
    }

    /// The directory of PVC `name` (which may not exist); `None` for a name
    /// that is not one path component.
    pub fn dir(&self, name: &str) -> Option<PathBuf> {
        let plain = !name.is_empty()
            && name != "."
            && name != ".."
            && !name.contains('/')
            && !name.contains('\0');
        plain.then(|| self.root.join(name))
    }

    fn checked(&self, name: &str) -> Result<PathBuf, PvcDirError> {
        self.dir(name).ok_or_else(|| PvcDirError::BadName {
            name: name.to_owned(),
        })
    }

    fn create_dir(&self, name: &str) -> Result<String, PvcDirError> {
        let path = self.checked(name)?;
        std::fs::create_dir_all(&self.root).map_err(|source| PvcDirError::Io {
            what: "creating",
            path: self.root.clone(),
            source,
        })?;
        match std::fs::create_dir(&path) {
            Ok(()) => Ok(name.to_owned()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(PvcDirError::Exists {
                name: name.to_owned(),
                path,
            }),
            Err(source) => Err(PvcDirError::Io {
                what: "creating",
                path,
                source,
            }),
        }
    }

    fn delete_dir(&self, name: &str) -> Result<bool, PvcDirError> {
        let path = self.checked(name)?;
        match std::fs::remove_dir_all(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(source) => Err(PvcDirError::Io {
                what: "removing",
                path,
                source,
            }),
        }
    }
}

impl PvcApi for LocalPvcs {
    fn namespace(&self) -> &str {
        crate::LOCAL_NAMESPACE
    }

    /// The driver runs in this process: any pod it names is "there", with
    /// a UID of its own.
    fn pod_uid<'a>(&'a self, _name: &'a str) -> PvcFuture<'a, Option<String>> {
        Box::pin(async { Ok(Some(uuid::Uuid::new_v4().to_string())) })
    }

    fn exists<'a>(&'a self, name: &'a str) -> PvcFuture<'a, bool> {
        Box::pin(async move { Ok(self.checked(name)?.is_dir()) })
    }

    fn create<'a>(&'a self, pvc: &'a PersistentVolumeClaim) -> PvcFuture<'a, String> {
        Box::pin(async move {
            let name = pvc.metadata.name.as_deref().unwrap_or_default();
            Ok(self.create_dir(name)?)
        })
    }

    fn delete<'a>(&'a self, name: &'a str) -> PvcFuture<'a, bool> {
        Box::pin(async move { Ok(self.delete_dir(name)?) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

    #[tokio::test]
    async fn a_pvc_is_a_directory_of_the_home() {
        let home = tempfile::tempdir().unwrap();
        let pvcs = LocalPvcs::new(home.path());
        let pvc = PersistentVolumeClaim {
            metadata: ObjectMeta {
                name: Some("my-pvc".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(!pvcs.exists("my-pvc").await.unwrap());
        assert_eq!(pvcs.create(&pvc).await.unwrap(), "my-pvc");
        assert!(home.path().join("pvcs/my-pvc").is_dir());
        assert!(pvcs.exists("my-pvc").await.unwrap());
        let again = pvcs.create(&pvc).await.unwrap_err().to_string();
        assert!(again.contains("already exists"), "{again}");
        std::fs::write(home.path().join("pvcs/my-pvc/f"), "x").unwrap();
        assert!(pvcs.delete("my-pvc").await.unwrap());
        assert!(!home.path().join("pvcs/my-pvc").exists());
        assert!(!pvcs.delete("my-pvc").await.unwrap());
        assert!(pvcs.exists("../x").await.is_err());
        assert!(pvcs.pod_uid("p").await.unwrap().is_some());
    }
}
