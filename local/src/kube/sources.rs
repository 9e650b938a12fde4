//! `--secret NAME=DIR|FILE` and `--config-map NAME=DIR|FILE`: the Secrets
//! and ConfigMaps a local run shows its steps, since there is no API server
//! to read them from.
//!
//! A directory holds one file per key (what `kubectl create secret
//! --from-file=DIR` reads, and what a mounted Secret looks like); a file is
//! an env-file of `KEY=VALUE` lines (`kubectl create secret
//! --from-env-file`): blank lines and `#` comments are skipped, the value is
//! everything after the first `=`, verbatim. Both are read once, when the
//! run starts, so a bad path fails before any task runs.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

/// Which kind of object a source stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SourceKind {
    Secret,
    ConfigMap,
}

impl SourceKind {
    /// The flag that names one.
    pub fn flag(self) -> &'static str {
        match self {
            Self::Secret => "--secret",
            Self::ConfigMap => "--config-map",
        }
    }

    /// What Kubernetes calls it, for messages.
    pub fn noun(self) -> &'static str {
        match self {
            Self::Secret => "secret",
            Self::ConfigMap => "config map",
        }
    }
}

impl std::fmt::Display for SourceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.noun())
    }
}

/// One secret or config map: where it came from, and its keys.
#[derive(Clone, PartialEq, Eq)]
pub struct Source {
    pub path: PathBuf,
    pub data: BTreeMap<String, Vec<u8>>,
}

/// Values are secrets: only keys are shown.
impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Source")
            .field("path", &self.path)
            .field("keys", &self.data.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// The secrets and config maps of a run, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    objects: BTreeMap<(SourceKind, String), Source>,
}

/// Why a `--secret` or `--config-map` cannot be used; names the flag, the
/// object and its path.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{} {name}={}: cannot read it", kind.flag(), path.display())]
    Read {
        kind: SourceKind,
        name: String,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} {name}={}: line {line}: {reason}", kind.flag(), path.display())]
    Line {
        kind: SourceKind,
        name: String,
        path: PathBuf,
        line: usize,
        reason: String,
    },
    #[error("{} {name}={}: {key:?} is not a valid key (letters, digits, '-', '_' and '.')", kind.flag(), path.display())]
    Key {
        kind: SourceKind,
        name: String,
        path: PathBuf,
        key: String,
    },
    #[error("{} {name} is given twice", kind.flag())]
    Twice { kind: SourceKind, name: String },
}

impl Sources {
    /// Read every `--secret` and `--config-map` (NAME, PATH).
    pub fn load(
        secrets: &[(String, PathBuf)],
        config_maps: &[(String, PathBuf)],
    ) -> Result<Self, SourceError> {
        let mut out = Self::default();
        let given = secrets
            .iter()
            .map(|s| (SourceKind::Secret, s))
            .chain(config_maps.iter().map(|c| (SourceKind::ConfigMap, c)));
        for (kind, (name, path)) in given {
            let source = load(kind, name, path)?;
            if out.objects.insert((kind, name.clone()), source).is_some() {
                return Err(SourceError::Twice {
                    kind,
                    name: name.clone(),
                });
            }
        }
        Ok(out)
    }

    /// The secret or config map `name`, if the user gave it.
    pub fn get(&self, kind: SourceKind, name: &str) -> Option<&Source> {
        self.objects.get(&(kind, name.to_owned()))
    }

    /// Add one (tests, and callers that build sources themselves).
    pub fn insert(&mut self, kind: SourceKind, name: impl Into<String>, source: Source) {
        self.objects.insert((kind, name.into()), source);
    }
}

/// Read one source: a directory (one file per key) or an env-file.
pub fn load(kind: SourceKind, name: &str, path: &Path) -> Result<Source, SourceError> {
    let read = |p: &Path| {
        let path = p.to_owned();
        move |source| SourceError::Read {
            kind,
            name: name.to_owned(),
            path,
            source,
        }
    };
    let meta = std::fs::metadata(path).map_err(read(path))?;
    let mut data = BTreeMap::new();
    if meta.is_dir() {
        for entry in std::fs::read_dir(path).map_err(read(path))? {
            let entry = entry.map_err(read(path))?;
            let file = entry.path();
            // Subdirectories (and a mounted Secret's `..data` link) are not
            // keys, as kubectl's --from-file=DIR skips them.
            if !std::fs::metadata(&file).map_err(read(&file))?.is_file() {
                continue;
            }
            let key = entry.file_name().to_string_lossy().into_owned();
            if key.starts_with("..") {
                continue;
            }
            if !valid_key(&key) {
                return Err(SourceError::Key {
                    kind,
                    name: name.to_owned(),
                    path: path.to_owned(),
                    key,
                });
            }
            data.insert(key, std::fs::read(&file).map_err(read(&file))?);
        }
    } else {
        let text = std::fs::read_to_string(path).map_err(read(path))?;
        data = parse_env_file(&text).map_err(|(line, reason)| SourceError::Line {
            kind,
            name: name.to_owned(),
            path: path.to_owned(),
            line,
            reason,
        })?;
    }
    Ok(Source {
        path: path.to_owned(),
        data,
    })
}

/// `KEY=VALUE` lines; `Err((line number, why))`.
pub fn parse_env_file(text: &str) -> Result<BTreeMap<String, Vec<u8>>, (usize, String)> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else {
            return Err((i + 1, "expected KEY=VALUE".into()));
        };
        let key = key.trim_end();
        if !valid_key(key) {
            return Err((
                i + 1,
                format!("{key:?} is not a valid key (letters, digits, '-', '_' and '.')"),
            ));
        }
        out.insert(key.to_owned(), value.as_bytes().to_vec());
    }
    Ok(out)
}

/// A Secret or ConfigMap key: `[-._a-zA-Z0-9]+`, neither `.` nor `..`
/// (Kubernetes' `IsConfigMapKey`), so it is also a safe file name.
pub fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 253
        && key != "."
        && key != ".."
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_files_skip_comments_and_keep_values_verbatim() {
        let got =
            parse_env_file("# creds\n\nusername=user1\n  password = x=y \nEMPTY=\nquoted=\"q\"\n")
                .unwrap();
        assert_eq!(got["username"], b"user1");
        assert_eq!(got["password"], b" x=y ");
        assert_eq!(got["EMPTY"], b"");
        assert_eq!(got["quoted"], b"\"q\"");
        assert_eq!(got.len(), 4);
        assert_eq!(parse_env_file("a=1\nnoequals\n").unwrap_err().0, 2);
        assert!(parse_env_file("bad key=1")
            .unwrap_err()
            .1
            .contains("bad key"));
    }

    #[test]
    fn keys_are_kubernetes_keys() {
        for ok in ["a", "tls.crt", ".hidden", "A_B-c"] {
            assert!(valid_key(ok), "{ok}");
        }
        for bad in ["", ".", "..", "a/b", "a b", "é"] {
            assert!(!valid_key(bad), "{bad}");
        }
    }

    #[test]
    fn directories_and_files_load_and_errors_name_the_flag() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("creds");
        std::fs::create_dir(&secret).unwrap();
        std::fs::write(secret.join("username"), "user1").unwrap();
        std::fs::create_dir(secret.join("sub")).unwrap();
        let env = dir.path().join("cm.env");
        std::fs::write(&env, "k=v\n").unwrap();
        let sources = Sources::load(
            &[("creds".into(), secret.clone())],
            &[("cm".into(), env.clone())],
        )
        .unwrap();
        let s = sources.get(SourceKind::Secret, "creds").unwrap();
        assert_eq!(s.data.keys().collect::<Vec<_>>(), ["username"]);
        assert!(!format!("{s:?}").contains("user1"), "values are not shown");
        assert_eq!(
            sources.get(SourceKind::ConfigMap, "cm").unwrap().data["k"],
            b"v"
        );
        assert!(sources.get(SourceKind::ConfigMap, "creds").is_none());

        let e = Sources::load(&[("x".into(), dir.path().join("nope"))], &[]).unwrap_err();
        assert!(e.to_string().starts_with("--secret x="), "{e}");
        let e = Sources::load(&[], &[("a".into(), env.clone()), ("a".into(), env)]).unwrap_err();
        assert_eq!(e.to_string(), "--config-map a is given twice");
        std::fs::write(dir.path().join("bad.env"), "ok=1\nnope\n").unwrap();
        let e = Sources::load(&[], &[("b".into(), dir.path().join("bad.env"))]).unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
    }
}
