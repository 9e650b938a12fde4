//! Launcher flags (contract §3.1).
//!
//! The launcher is started with a Go-`flag` command line written by the
//! KFP compiler (init container: `--copy /kfp-launcher/launch`; importer
//! pods: `--executor_type importer …`) or by the container driver (the pod
//! spec patch: `/kfp-launcher/launch --pipeline_name … -- <user command>`).
//! [`flags()`] is the flag table of upstream `launcher-v2` (release 2.17
//! and master), plus the flags of the `mlmd-removal` shape (contract §8.1),
//! so every shape parses; an absent flag takes its default (contract §7.6).
//! The flags it shares with the driver are declared in [`kfp_common::flags`].
//!
//! [`parse`] only checks syntax and value types (and `--executor_type`,
//! `--cache_store`);
//! [`LauncherArgs::validate`] adds the per-mode checks the cluster path
//! needs. Checks that need the environment (the namespace file, env vars)
//! belong to the caller.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kfp_common::{
    flags::{table, Connection, Defaults},
    goflag::{self, Flag, FlagError, Kind},
};

/// The flags of `launcher-v2` that are the launcher's own, with upstream's
/// defaults ([`flags()`] adds the ones it shares with the driver).
pub const FLAGS: &[Flag] = &[
    Flag::new(
        "copy",
        Kind::String,
        "",
        "copy this binary to specified destination path",
    ),
    Flag::new(
        "executor_type",
        Kind::String,
        "container",
        "The type of the ExecutorSpec: container or importer",
    ),
    Flag::new(
        "component_spec",
        Kind::String,
        "",
        "The JSON-encoded ComponentSpec.",
    ),
    Flag::new("pod_name", Kind::String, "", "Kubernetes Pod name."),
    Flag::new("pod_uid", Kind::String, "", "Kubernetes Pod UID."),
    Flag::new("execution_id", Kind::Int, "0", "Execution ID of this task."),
    Flag::new(
        "executor_input",
        Kind::String,
        "",
        "The JSON-encoded ExecutorInput.",
    ),
    Flag::new("task_spec", Kind::String, "", "The JSON-encoded TaskSpec."),
    Flag::new(
        "importer_spec",
        Kind::String,
        "",
        "The JSON-encoded ImporterSpec.",
    ),
    Flag::new("parent_dag_id", Kind::Int, "0", "parent DAG execution ID"),
    // mlmd-removal shape (contract §8.1).
    Flag::new(
        "task_id",
        Kind::String,
        "",
        "pipeline task id (PipelineTask.task_id; mlmd-removal shape)",
    ),
    Flag::new(
        "fingerprint",
        Kind::String,
        "",
        "The cache fingerprint of the task (mlmd-removal shape).",
    ),
];

/// Every flag the launcher accepts: its own ([`FLAGS`]) and those it shares
/// with the driver, with upstream's launcher defaults.
pub fn flags() -> Vec<Flag> {
    table(FLAGS, Defaults::LAUNCHER)
}

/// `--executor_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecutorType {
    /// The user container's entrypoint (default).
    Container,
    /// The `system-importer` pod (contract §3.9).
    Importer,
}

/// What this invocation is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `--copy DEST` (contract §3.2): every other flag is ignored.
    Copy,
    Container,
    Importer,
}

/// Which metadata backend the command line addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// 2.17 / master: MLMD execution IDs (`--execution_id`,
    /// `--parent_dag_id`, `--mlmd_server_*`).
    Mlmd,
    /// mlmd-removal branch: KFP task API (`--task_id`, `--parent_task_id`).
    TaskApi,
}

/// The launcher's command line, typed. Field names are the flag names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LauncherArgs {
    /// `--copy DEST`; `None` when absent or empty (Go tests `*copy != ""`).
    pub copy: Option<PathBuf>,
    /// `container` (default) or `importer`. In copy mode an unknown value
    /// is not an error (Go checks it only after the copy short-circuit)
    /// and this field is then `Container`.
    pub executor_type: ExecutorType,
    pub pipeline_name: String,
    pub run_id: String,
    pub component_spec: String,
    pub pod_name: String,
    pub pod_uid: String,
    pub log_level: String,
    /// `--publish_logs == "true"` (upstream compares the string, so `True`
    /// or `1` mean false).
    pub publish_logs: bool,
    pub execution_id: i64,
    pub executor_input: String,
    pub task_spec: String,
    pub importer_spec: String,
    pub parent_dag_id: i64,
    pub task_id: String,
    pub parent_task_id: String,
    pub task_name: String,
    pub fingerprint: String,
    pub iteration_index: i64,
    pub namespace: String,
    /// Where MLMD and the KFP API server are, TLS, the cache.
    pub connection: Connection,
    /// Everything after the flags (normally after `--`): the user program
    /// and its arguments (Go's `flag.Args()`).
    pub command: Vec<String>,
    /// Flags explicitly present on the command line (Go's `flag.Visit`),
    /// for master's required-flag checks and diagnostics.
    pub present: BTreeSet<&'static str>,
}

/// A launcher command line that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgsError {
    /// Go flag syntax or value error (includes [`FlagError::Help`]).
    #[error(transparent)]
    Flag(#[from] FlagError),
    #[error("unsupported executor type {value:?} (--executor_type must be \"container\" or \"importer\")")]
    ExecutorType { value: String },
    /// A flag the mode needs is missing or zero/empty.
    #[error("--{flag} {reason}")]
    Required {
        flag: &'static str,
        reason: &'static str,
    },
    /// Container mode without a user command after `--`.
    #[error("command and arguments are empty")]
    EmptyCommand,
}

impl ArgsError {
    /// Whether this is `-h`/`-help` (print [`usage`], don't log an error).
    pub fn is_help(&self) -> bool {
        matches!(self, ArgsError::Flag(FlagError::Help))
    }
}

/// Usage text for `-h` (Go `flag.PrintDefaults` format).
pub fn usage() -> String {
    goflag::usage(&flags())
}

/// Parses the launcher's Go-flag command line (`argv` without the program
/// name). Never panics.
pub fn parse(argv: &[String]) -> Result<LauncherArgs, ArgsError> {
    parse_extended(&[], argv).map(|(args, _)| args)
}

/// [`parse`] with more flags than the launcher's (the publisher's own),
/// whose parse result comes back beside the launcher's arguments.
pub fn parse_extended(
    extra: &[Flag],
    argv: &[String],
) -> Result<(LauncherArgs, goflag::Parsed), ArgsError> {
    let table: Vec<Flag> = flags().into_iter().chain(extra.iter().copied()).collect();
    let p = goflag::parse(&table, argv)?;
    let copy = match p.str("copy") {
        "" => None,
        dest => Some(PathBuf::from(dest)),
    };
    let executor_type = match p.str("executor_type") {
        "container" => ExecutorType::Container,
        "importer" => ExecutorType::Importer,
        _ if copy.is_some() => ExecutorType::Container,
        other => {
            return Err(ArgsError::ExecutorType {
                value: other.to_string(),
            })
        }
    };
    let s = |name: &str| p.str(name).to_string();
    let args = LauncherArgs {
        copy,
        executor_type,
        pipeline_name: s("pipeline_name"),
        run_id: s("run_id"),
        component_spec: s("component_spec"),
        pod_name: s("pod_name"),
        pod_uid: s("pod_uid"),
        log_level: s("log_level"),
        publish_logs: p.str("publish_logs") == "true",
        execution_id: p.int("execution_id"),
        executor_input: s("executor_input"),
        task_spec: s("task_spec"),
        importer_spec: s("importer_spec"),
        parent_dag_id: p.int("parent_dag_id"),
        task_id: s("task_id"),
        parent_task_id: s("parent_task_id"),
        task_name: s("task_name"),
        fingerprint: s("fingerprint"),
        iteration_index: p.int("iteration_index"),
        namespace: s("namespace"),
        connection: Connection::from_parsed(&p)?,
        present: p.set_names().into_iter().collect(),
        command: p.rest().to_vec(),
    };
    Ok((args, p))
}

impl LauncherArgs {
    /// Copy, container or importer.
    pub fn mode(&self) -> Mode {
        match (&self.copy, self.executor_type) {
            (Some(_), _) => Mode::Copy,
            (None, ExecutorType::Container) => Mode::Container,
            (None, ExecutorType::Importer) => Mode::Importer,
        }
    }

    /// `--copy` destination, if in copy mode.
    pub fn copy_dest(&self) -> Option<&Path> {
        self.copy.as_deref()
    }

    /// The metadata backend the command line addresses: the task API when
    /// `--task_id` or `--parent_task_id` is non-empty, else MLMD.
    pub fn shape(&self) -> Shape {
        if self.task_id.is_empty() && self.parent_task_id.is_empty() {
            Shape::Mlmd
        } else {
            Shape::TaskApi
        }
    }

    /// Whether a flag was explicitly present on the command line.
    pub fn is_set(&self, flag: &str) -> bool {
        self.present.contains(flag)
    }

    /// The argument checks of the cluster path, as lenient as 2.17.0
    /// (absent flags take defaults; master's "explicitly present" checks
    /// are not enforced):
    ///
    /// * copy mode: nothing (Go returns before validating);
    /// * container: a task to run (`--execution_id ≠ 0`, or `--task_id` in
    ///   the task-API shape), then a non-empty user command;
    /// * importer: a parent (`--parent_dag_id ≠ 0`, or `--parent_task_id`);
    /// * both: non-empty `--pod_name`/`--pod_uid`, and in the MLMD shape
    ///   non-empty `--mlmd_server_address`/`--mlmd_server_port`.
    ///
    /// The namespace (service-account file / `--namespace`) is checked by
    /// the caller.
    pub fn validate(&self) -> Result<(), ArgsError> {
        let required = |flag, reason| Err(ArgsError::Required { flag, reason });
        let shape = self.shape();
        match self.mode() {
            Mode::Copy => return Ok(()),
            Mode::Container => {
                match shape {
                    Shape::Mlmd if self.execution_id == 0 => {
                        return required("execution_id", "must specify a non-zero execution ID")
                    }
                    Shape::TaskApi if self.task_id.is_empty() => {
                        return required("task_id", "must specify the task ID")
                    }
                    _ => {}
                }
                if self.command.is_empty() {
                    return Err(ArgsError::EmptyCommand);
                }
            }
            Mode::Importer => match shape {
                Shape::Mlmd if self.parent_dag_id == 0 => {
                    return required("parent_dag_id", "must specify a non-zero parent DAG ID")
                }
                Shape::TaskApi if self.parent_task_id.is_empty() => {
                    return required("parent_task_id", "must specify the parent task ID")
                }
                _ => {}
            },
        }
        if self.pod_name.is_empty() {
            return required("pod_name", "must specify the pod name");
        }
        if self.pod_uid.is_empty() {
            return required("pod_uid", "must specify the pod UID");
        }
        if shape == Shape::Mlmd {
            if self.connection.mlmd_server_address.is_empty() {
                return required(
                    "mlmd_server_address",
                    "must specify the MLMD server address",
                );
            }
            if self.connection.mlmd_server_port.is_empty() {
                return required("mlmd_server_port", "must specify the MLMD server port");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use kfp_common::flags::CacheStore;

    fn argv(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    fn container_2170() -> Vec<String> {
        argv(&[
            "--pipeline_name",
            "p",
            "--run_id",
            "r",
            "--execution_id",
            "12",
            "--executor_input",
            "{}",
            "--component_spec",
            "{}",
            "--pod_name",
            "pod",
            "--pod_uid",
            "uid",
            "--mlmd_server_address",
            "mlmd",
            "--mlmd_server_port",
            "8080",
            "--",
            "python3",
            "-c",
            "print(1)",
        ])
    }

    #[test]
    fn table_is_valid_and_complete() {
        let table = flags();
        let p = goflag::parse(&table, &[]).unwrap();
        assert!(p.rest().is_empty());
        let names: BTreeSet<_> = table.iter().map(|f| f.name).collect();
        assert_eq!(names.len(), table.len());
        for name in [
            "copy",
            "executor_type",
            "pipeline_name",
            "run_id",
            "component_spec",
            "pod_name",
            "pod_uid",
            "mlmd_server_address",
            "mlmd_server_port",
            "log_level",
            "publish_logs",
            "cache_disabled",
            "ml_pipeline_tls_enabled",
            "metadata_tls_enabled",
            "ca_cert_path",
            "execution_id",
            "executor_input",
            "ml_pipeline_server_address",
            "ml_pipeline_server_port",
            "task_spec",
            "importer_spec",
            "parent_dag_id",
            "task_id",
            "parent_task_id",
            "task_name",
            "fingerprint",
            "iteration_index",
            "namespace",
        ] {
            assert!(names.contains(name), "{name}");
        }
        for f in &table {
            assert!(!f.doc.is_empty(), "{}", f.name);
        }
    }

    #[test]
    fn defaults() {
        let a = parse(&[]).unwrap();
        assert_eq!(a.copy, None);
        assert_eq!(a.executor_type, ExecutorType::Container);
        assert_eq!(a.mode(), Mode::Container);
        assert_eq!(a.connection.mlmd_server_port, "8080");
        assert_eq!(a.log_level, "1");
        assert!(a.publish_logs);
        assert!(!a.connection.cache_disabled);
        assert_eq!(
            a.connection.ml_pipeline_server_address,
            "ml-pipeline.kubeflow"
        );
        assert_eq!(a.connection.ml_pipeline_server_port, "8887");
        assert_eq!(a.execution_id, 0);
        assert_eq!(a.parent_dag_id, 0);
        assert_eq!(a.iteration_index, -1);
        assert!(a.command.is_empty());
        assert!(a.present.is_empty());
        assert_eq!(a.shape(), Shape::Mlmd);
        assert_eq!(a.connection.cache_store, CacheStore::Api);
    }

    #[test]
    fn cache_store_is_checked_at_parse_time() {
        let a = parse(&argv(&["--cache_store", "mlmd"])).unwrap();
        assert_eq!(a.connection.cache_store, CacheStore::Mlmd);
        // Empty means the default, as in the driver.
        let a = parse(&argv(&["--cache_store", ""])).unwrap();
        assert_eq!(a.connection.cache_store, CacheStore::Api);
        let e = parse(&argv(&["--cache_store", "MLMD"])).unwrap_err();
        assert!(matches!(e, ArgsError::Flag(_)), "a usage error: {e:?}");
        assert!(e.to_string().contains("-cache_store"), "{e}");
    }

    #[test]
    fn copy_mode_ignores_everything_else() {
        let a = parse(&argv(&["--copy", "/kfp-launcher/launch"])).unwrap();
        assert_eq!(a.mode(), Mode::Copy);
        assert_eq!(a.copy_dest(), Some(Path::new("/kfp-launcher/launch")));
        a.validate().unwrap();
        let a = parse(&argv(&["--copy=/x", "--executor_type", "bogus"])).unwrap();
        assert_eq!(a.mode(), Mode::Copy);
        a.validate().unwrap();
        // Syntax errors still fail, as in Go (flag.Parse runs first).
        assert!(parse(&argv(&["--copy", "/x", "--nope"])).is_err());
        // An empty --copy is not copy mode.
        assert_eq!(parse(&argv(&["--copy="])).unwrap().copy, None);
    }

    #[test]
    fn executor_type() {
        let a = parse(&argv(&["--executor_type", "importer"])).unwrap();
        assert_eq!(a.mode(), Mode::Importer);
        for bad in ["", "Container", "dag"] {
            let e = parse(&argv(&["--executor_type", bad])).unwrap_err();
            assert_eq!(e, ArgsError::ExecutorType { value: bad.into() });
            assert!(e.to_string().contains("--executor_type"), "{e}");
        }
    }

    #[test]
    fn container_2170_validates() {
        let a = parse(&container_2170()).unwrap();
        assert_eq!(a.execution_id, 12);
        assert_eq!(a.command, argv(&["python3", "-c", "print(1)"]));
        assert!(a.is_set("execution_id"));
        assert!(!a.is_set("executor_type"));
        a.validate().unwrap();
    }

    #[test]
    fn container_checks() {
        let mut a = parse(&container_2170()).unwrap();
        a.execution_id = 0;
        let e = a.validate().unwrap_err();
        assert!(e.to_string().contains("--execution_id"), "{e}");
        let mut a = parse(&container_2170()).unwrap();
        a.command.clear();
        assert_eq!(a.validate().unwrap_err(), ArgsError::EmptyCommand);
        assert_eq!(
            ArgsError::EmptyCommand.to_string(),
            "command and arguments are empty"
        );
        for (field, flag) in [
            ("pod_name", "--pod_name"),
            ("pod_uid", "--pod_uid"),
            ("mlmd_server_address", "--mlmd_server_address"),
            ("mlmd_server_port", "--mlmd_server_port"),
        ] {
            let mut a = parse(&container_2170()).unwrap();
            match field {
                "pod_name" => a.pod_name.clear(),
                "pod_uid" => a.pod_uid.clear(),
                "mlmd_server_address" => a.connection.mlmd_server_address.clear(),
                _ => a.connection.mlmd_server_port.clear(),
            }
            let e = a.validate().unwrap_err();
            assert!(e.to_string().contains(flag), "{e}");
        }
    }

    #[test]
    fn importer_checks() {
        let base = [
            "--executor_type",
            "importer",
            "--pod_name",
            "p",
            "--pod_uid",
            "u",
            "--mlmd_server_address",
            "m",
        ];
        let a = parse(&argv(&base)).unwrap();
        let e = a.validate().unwrap_err();
        assert!(e.to_string().contains("--parent_dag_id"), "{e}");
        let mut with_id = argv(&base);
        with_id.extend(argv(&["--parent_dag_id", "7"]));
        let a = parse(&with_id).unwrap();
        assert_eq!(a.parent_dag_id, 7);
        // No user command needed.
        a.validate().unwrap();
    }

    #[test]
    fn task_api_shape() {
        let a = parse(&argv(&[
            "--executor_type",
            "container",
            "--task_id",
            "t-1",
            "--parent_task_id",
            "t-0",
            "--task_name",
            "train",
            "--fingerprint",
            "abc",
            "--iteration_index",
            "3",
            "--namespace",
            "ns",
            "--pod_name",
            "p",
            "--pod_uid",
            "u",
            "--cache_disabled",
            "--",
            "echo",
        ]))
        .unwrap();
        assert_eq!(a.shape(), Shape::TaskApi);
        assert_eq!(a.iteration_index, 3);
        assert!(a.connection.cache_disabled);
        a.validate().unwrap();
        let mut b = a.clone();
        b.task_id.clear();
        let e = b.validate().unwrap_err();
        assert!(e.to_string().contains("--task_id"), "{e}");
    }

    #[test]
    fn publish_logs_is_a_string_compare() {
        assert!(
            !parse(&argv(&["--publish_logs", "True"]))
                .unwrap()
                .publish_logs
        );
        assert!(
            !parse(&argv(&["--publish_logs", "false"]))
                .unwrap()
                .publish_logs
        );
        assert!(
            parse(&argv(&["--publish_logs", "true"]))
                .unwrap()
                .publish_logs
        );
    }

    #[test]
    fn flag_errors_pass_through() {
        let e = parse(&argv(&["--execution_id", "abc"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"invalid value "abc" for flag -execution_id: parse error"#
        );
        assert!(parse(&argv(&["-h"])).unwrap_err().is_help());
        assert!(usage().contains("-execution_id int"));
    }

    #[test]
    fn never_panics_on_odd_input() {
        let odd = [
            "",
            "-",
            "--",
            "---",
            "-=",
            "=",
            "--=",
            "é",
            "-é",
            "--execution_id=",
            "\u{0}",
            "--x=\u{ffff}",
        ];
        for a in odd {
            for b in odd {
                let _ = parse(&argv(&[a, b])).map(|x| x.validate());
            }
        }
    }
}
