//! The driver's output files (contract §2.2): what Argo reads back as the
//! template's output parameters. Each file: parent directories created
//! (0755), mode 0644, no trailing newline; a flag left empty means the
//! compiler did not ask for that file.

use std::{
    fs,
    io::Write,
    os::unix::fs::{DirBuilderExt, OpenOptionsExt},
    path::{Path, PathBuf},
};

use crate::args::DriverArgs;

/// `condition`: the task's trigger policy, or none at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    True,
    False,
    /// The task has no condition: the literal `nil`.
    None,
}

impl Condition {
    /// The file's value for an evaluated condition (`None`: the task has none).
    pub fn of(evaluated: Option<bool>) -> Self {
        match evaluated {
            None => Condition::None,
            Some(true) => Condition::True,
            Some(false) => Condition::False,
        }
    }
}

/// What a driver run decided; `None` fields are not written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outputs {
    pub execution_id: Option<i64>,
    pub iteration_count: Option<i64>,
    pub cached_decision: Option<bool>,
    pub condition: Option<Condition>,
    pub pod_spec_patch: Option<String>,
}

#[derive(Debug, thiserror::Error)]
#[error("writing --{flag} {}", path.display())]
pub struct OutputError {
    pub flag: &'static str,
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// One decided value: the output parameter Argo reads it as, the flag
/// naming its file, and the text (`None`: not decided, no file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub parameter: &'static str,
    pub flag: &'static str,
    pub text: Option<String>,
}

impl Outputs {
    /// Every output, as its file holds it (`driver serve` replies the same
    /// texts as parameters).
    pub fn values(&self) -> [Value; 5] {
        let value = |parameter, flag, text| Value {
            parameter,
            flag,
            text,
        };
        [
            value(
                "execution-id",
                "execution_id_path",
                self.execution_id
                    .filter(|&id| id != 0)
                    .map(|id| id.to_string()),
            ),
            value(
                "iteration-count",
                "iteration_count_path",
                self.iteration_count.map(|n| n.to_string()),
            ),
            value(
                "cached-decision",
                "cached_decision_path",
                self.cached_decision.map(|b| b.to_string()),
            ),
            value(
                "condition",
                "condition_path",
                self.condition.map(|c| {
                    match c {
                        Condition::True => "true",
                        Condition::False => "false",
                        Condition::None => "nil",
                    }
                    .to_owned()
                }),
            ),
            value(
                "pod-spec-patch",
                "pod_spec_patch_path",
                self.pod_spec_patch.clone(),
            ),
        ]
    }

    /// The outputs back from their texts (the files Argo reads, a plugin
    /// reply's parameters): `text` is asked for each [`Value`] by its
    /// parameter name and flag. The inverse of [`Outputs::values`].
    pub fn from_texts(text: impl Fn(&'static str, &'static str) -> Option<String>) -> Outputs {
        let get = |v: &Value| text(v.parameter, v.flag);
        let [execution_id, iteration_count, cached_decision, condition, pod_spec_patch] =
            Outputs::default().values();
        Outputs {
            execution_id: get(&execution_id).and_then(|v| v.parse().ok()),
            iteration_count: get(&iteration_count).and_then(|v| v.parse().ok()),
            cached_decision: get(&cached_decision).map(|v| v == "true"),
            condition: get(&condition).map(|c| match c.as_str() {
                "false" => Condition::False,
                "true" => Condition::True,
                _ => Condition::None,
            }),
            pod_spec_patch: get(&pod_spec_patch),
        }
    }

    /// Write every decided value whose path flag is set. Also called on
    /// failure after an execution exists (best effort, every file tried).
    pub fn write(&self, args: &DriverArgs) -> Result<(), Vec<OutputError>> {
        let path_of = |flag: &str| match flag {
            "execution_id_path" => args.execution_id_path.as_str(),
            "iteration_count_path" => args.iteration_count_path.as_str(),
            "cached_decision_path" => args.cached_decision_path.as_str(),
            "condition_path" => args.condition_path.as_str(),
            "pod_spec_patch_path" => args.pod_spec_patch_path.as_str(),
            _ => "",
        };
        let files = self.values().map(|v| (v.flag, path_of(v.flag), v.text));
        let errors: Vec<OutputError> = files
            .into_iter()
            .filter(|(_, path, _)| !path.is_empty())
            .filter_map(|(flag, path, value)| {
                let value = value?;
                write_file(Path::new(path), &value)
                    .err()
                    .map(|source| OutputError {
                        flag,
                        path: PathBuf::from(path),
                        source,
                    })
            })
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

fn write_file(path: &Path, value: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o755)
            .create(parent)?;
    }
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o644)
        .open(path)?;
    f.write_all(value.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::parse;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn files_as_argo_reads_them() {
        let dir = std::env::temp_dir().join(format!("kfp-driver-out-{}", std::process::id()));
        let p = |name: &str| dir.join("tmp/outputs").join(name).display().to_string();
        let argv: Vec<String> = [
            "--type",
            "CONTAINER",
            "--execution_id_path",
            &p("execution-id"),
            "--cached_decision_path",
            &p("cached-decision"),
            "--condition_path",
            &p("condition"),
            "--pod_spec_patch_path",
            &p("pod-spec-patch"),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let args = parse(&argv).unwrap();
        Outputs {
            execution_id: Some(1234),
            iteration_count: Some(3),
            cached_decision: Some(false),
            condition: Some(Condition::None),
            pod_spec_patch: Some(r#"{"containers":[]}"#.into()),
        }
        .write(&args)
        .unwrap();
        let read = |name: &str| std::fs::read_to_string(p(name)).unwrap();
        assert_eq!(read("execution-id"), "1234", "no trailing newline");
        assert_eq!(read("cached-decision"), "false");
        assert_eq!(read("condition"), "nil");
        assert_eq!(read("pod-spec-patch"), r#"{"containers":[]}"#);
        assert!(
            !Path::new(&p("iteration-count")).exists(),
            "no flag, no file"
        );
        let mode = std::fs::metadata(p("condition"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_unwritable_path_names_the_flag() {
        let args = parse(&[
            "--type".to_owned(),
            "DAG".to_owned(),
            "--condition_path".to_owned(),
            "/proc/kfp-cannot-write/condition".to_owned(),
        ])
        .unwrap();
        let errors = Outputs {
            condition: Some(Condition::True),
            ..Default::default()
        }
        .write(&args)
        .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .starts_with("writing --condition_path /proc/"),
            "{}",
            errors[0]
        );
    }
}
