//! Driver flags (contract §2.1), in Go `flag` syntax, both the 2.17.0 / master
//! shape and the mlmd-removal shape (§8.1), so every command line KFP's
//! compiler emits parses.
//!
//! [`parse`] checks syntax, value types, `--type` and `--cache_store`; like
//! 2.17.0, nothing else is required up front, and each mode fails on what
//! its run cannot do without. [`DriverArgs::missing_required`] lists master's required flags
//! (explicitly present, #13711) for callers that want that strictness.

use std::collections::BTreeSet;

use kfp_common::{
    flags::{table, Connection, Defaults},
    goflag::{self, Flag, FlagError, Kind},
};

/// The driver's own flags, with upstream's defaults ([`flags()`] adds the
/// ones it shares with the launcher).
pub const FLAGS: &[Flag] = &[
    Flag::new(
        "type",
        Kind::String,
        "",
        "task type: ROOT_DAG, DAG or CONTAINER",
    ),
    Flag::new(
        "run_name",
        Kind::String,
        "",
        "pipeline run name (Kubernetes object name)",
    ),
    Flag::new(
        "run_display_name",
        Kind::String,
        "",
        "pipeline run display name",
    ),
    Flag::new(
        "pipeline_job_create_time_utc",
        Kind::String,
        "",
        "run creation time (RFC 3339)",
    ),
    Flag::new(
        "component",
        Kind::String,
        "{}",
        "ComponentSpec JSON, or @FILE",
    ),
    Flag::new("task", Kind::String, "", "PipelineTaskSpec JSON"),
    Flag::new(
        "runtime_config",
        Kind::String,
        "",
        "PipelineJob.RuntimeConfig JSON",
    ),
    Flag::new(
        "dag_execution_id",
        Kind::Int,
        "0",
        "parent DAG execution ID",
    ),
    Flag::new(
        "container",
        Kind::String,
        "{}",
        "PipelineContainerSpec JSON",
    ),
    Flag::new(
        "kubernetes_config",
        Kind::String,
        "{}",
        "KubernetesExecutorConfig JSON",
    ),
    Flag::new(
        "execution_id_path",
        Kind::String,
        "",
        "output file: execution ID",
    ),
    Flag::new(
        "iteration_count_path",
        Kind::String,
        "",
        "output file: iteration count",
    ),
    Flag::new(
        "cached_decision_path",
        Kind::String,
        "",
        "output file: cached decision",
    ),
    Flag::new("condition_path", Kind::String, "", "output file: condition"),
    Flag::new(
        "pod_spec_patch_path",
        Kind::String,
        "",
        "output file: pod spec patch",
    ),
    Flag::new(
        "http_proxy",
        Kind::String,
        "",
        "HTTP proxy for the user container",
    ),
    Flag::new(
        "https_proxy",
        Kind::String,
        "",
        "HTTPS proxy for the user container",
    ),
    Flag::new(
        "no_proxy",
        Kind::String,
        "",
        "proxy exclusions for the user container",
    ),
    Flag::new(
        "default_run_as_user",
        Kind::Int,
        "-1",
        "admin default runAsUser",
    ),
    Flag::new(
        "default_run_as_group",
        Kind::Int,
        "-1",
        "admin default runAsGroup",
    ),
    Flag::new(
        "default_run_as_non_root",
        Kind::String,
        "",
        "admin default runAsNonRoot",
    ),
    Flag::new(
        "default_host_users",
        Kind::String,
        "",
        "pod-level hostUsers",
    ),
    // mlmd-removal shape (contract §8.1).
    Flag::new(
        "parent_task_id_path",
        Kind::String,
        "",
        "output file: task ID (mlmd-removal)",
    ),
];

/// Every flag the driver accepts: its own ([`FLAGS`]) and those it shares
/// with the launcher, with upstream's driver defaults.
pub fn flags() -> Vec<Flag> {
    table(FLAGS, Defaults::DRIVER)
}

/// Usage text for `-h` (Go `flag.PrintDefaults` format).
pub fn usage() -> String {
    goflag::usage(&flags())
}

/// `--type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DriverType {
    RootDag,
    Dag,
    Container,
}

impl DriverType {
    pub fn as_str(self) -> &'static str {
        match self {
            DriverType::RootDag => "ROOT_DAG",
            DriverType::Dag => "DAG",
            DriverType::Container => "CONTAINER",
        }
    }
}

/// The driver's command line. Field names are the flag names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverArgs {
    pub driver_type: DriverType,
    pub pipeline_name: String,
    pub run_id: String,
    pub run_name: String,
    pub run_display_name: String,
    pub pipeline_job_create_time_utc: String,
    /// As given: JSON, or `@FILE` ([`DriverArgs::component_json`]).
    pub component: String,
    pub task: String,
    pub task_name: String,
    pub runtime_config: String,
    pub iteration_index: i64,
    pub dag_execution_id: i64,
    pub container: String,
    pub kubernetes_config: String,
    pub execution_id_path: String,
    pub iteration_count_path: String,
    pub cached_decision_path: String,
    pub condition_path: String,
    pub pod_spec_patch_path: String,
    pub log_level: String,
    /// `--publish_logs == "true"` (upstream compares the string).
    pub publish_logs: bool,
    pub http_proxy: String,
    pub https_proxy: String,
    pub no_proxy: String,
    /// Admin security defaults: applied only when the flag is present.
    pub default_run_as_user: Option<i64>,
    pub default_run_as_group: Option<i64>,
    pub default_run_as_non_root: Option<bool>,
    pub default_host_users: Option<bool>,
    pub parent_task_id: String,
    pub parent_task_id_path: String,
    pub namespace: String,
    /// Where MLMD and the KFP API server are, TLS, the cache.
    pub connection: Connection,
    /// Flags explicitly present (Go's `flag.Visit`).
    pub present: BTreeSet<&'static str>,
}

/// A driver command line that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgsError {
    #[error(transparent)]
    Flag(#[from] FlagError),
    #[error("--type {value:?}: expected ROOT_DAG, DAG or CONTAINER")]
    Type { value: String },
    #[error("--{flag} {value:?}: not a boolean")]
    Bool { flag: &'static str, value: String },
    #[error("--{flag} is required for {driver_type} but was not provided")]
    Required {
        flag: &'static str,
        driver_type: &'static str,
    },
    #[error("--component {path}: {reason}")]
    ComponentFile { path: String, reason: String },
}

/// Parses the driver's command line (`argv` without the program name).
pub fn parse(argv: &[String]) -> Result<DriverArgs, ArgsError> {
    let p = goflag::parse(&flags(), argv)?;
    let driver_type = match p.str("type") {
        "ROOT_DAG" => DriverType::RootDag,
        "DAG" => DriverType::Dag,
        "CONTAINER" => DriverType::Container,
        other => {
            return Err(ArgsError::Type {
                value: other.to_owned(),
            })
        }
    };
    let s = |name: &str| p.str(name).to_owned();
    let present_int = |name: &'static str| p.is_set(name).then(|| p.int(name));
    let present_bool = |name: &'static str| -> Result<Option<bool>, ArgsError> {
        if !p.is_set(name) {
            return Ok(None);
        }
        goflag::parse_bool(p.str(name))
            .map(Some)
            .ok_or_else(|| ArgsError::Bool {
                flag: name,
                value: p.str(name).to_owned(),
            })
    };
    Ok(DriverArgs {
        driver_type,
        pipeline_name: s("pipeline_name"),
        run_id: s("run_id"),
        run_name: s("run_name"),
        run_display_name: s("run_display_name"),
        pipeline_job_create_time_utc: s("pipeline_job_create_time_utc"),
        component: s("component"),
        task: s("task"),
        task_name: s("task_name"),
        runtime_config: s("runtime_config"),
        iteration_index: p.int("iteration_index"),
        dag_execution_id: p.int("dag_execution_id"),
        container: s("container"),
        kubernetes_config: s("kubernetes_config"),
        execution_id_path: s("execution_id_path"),
        iteration_count_path: s("iteration_count_path"),
        cached_decision_path: s("cached_decision_path"),
        condition_path: s("condition_path"),
        pod_spec_patch_path: s("pod_spec_patch_path"),
        log_level: s("log_level"),
        publish_logs: p.str("publish_logs") == "true",
        http_proxy: s("http_proxy"),
        https_proxy: s("https_proxy"),
        no_proxy: s("no_proxy"),
        default_run_as_user: present_int("default_run_as_user"),
        default_run_as_group: present_int("default_run_as_group"),
        default_run_as_non_root: present_bool("default_run_as_non_root")?,
        default_host_users: present_bool("default_host_users")?,
        parent_task_id: s("parent_task_id"),
        parent_task_id_path: s("parent_task_id_path"),
        namespace: s("namespace"),
        connection: Connection::from_parsed(&p)?,
        present: p.set_names().into_iter().collect(),
    })
}

/// Flags master's compiler always emits, per type (#13711).
fn required(driver_type: DriverType) -> Vec<&'static str> {
    const ALL: &[&str] = &[
        "type",
        "pipeline_name",
        "run_id",
        "run_name",
        "run_display_name",
        "component",
        "iteration_index",
        "mlmd_server_address",
        "mlmd_server_port",
        "condition_path",
    ];
    const ROOT: &[&str] = &[
        "runtime_config",
        "execution_id_path",
        "iteration_count_path",
    ];
    const DAG: &[&str] = &[
        "task",
        "task_name",
        "dag_execution_id",
        "execution_id_path",
        "iteration_count_path",
    ];
    const CONTAINER: &[&str] = &[
        "task",
        "task_name",
        "dag_execution_id",
        "container",
        "cached_decision_path",
        "pod_spec_patch_path",
    ];
    match driver_type {
        DriverType::RootDag => ROOT,
        DriverType::Dag => DAG,
        DriverType::Container => CONTAINER,
    }
    .iter()
    .chain(ALL)
    .copied()
    .collect()
}

impl DriverArgs {
    /// Master's check (#13711): flags the compiler always emits for this
    /// type that are not on the command line, in the order master reports.
    pub fn missing_required(&self) -> Vec<ArgsError> {
        let mut names: Vec<&'static str> = required(self.driver_type)
            .into_iter()
            .filter(|f| !self.present.contains(f))
            .collect();
        names.sort_unstable();
        names
            .into_iter()
            .map(|flag| ArgsError::Required {
                flag,
                driver_type: self.driver_type.as_str(),
            })
            .collect()
    }

    /// The ComponentSpec JSON: the flag's value, or the file after `@`
    /// (the compiler passes large specs that way).
    pub fn component_json(&self) -> Result<String, ArgsError> {
        match self.component.strip_prefix('@') {
            Some(path) => std::fs::read_to_string(path).map_err(|e| ArgsError::ComponentFile {
                path: path.to_owned(),
                reason: e.to_string(),
            }),
            None => Ok(self.component.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kfp_common::flags::CacheStore;

    fn argv(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn container_line_parses_with_types() {
        let a = parse(&argv(&[
            "--type",
            "CONTAINER",
            "--pipeline_name",
            "p",
            "--run_id",
            "r",
            "--dag_execution_id",
            "12",
            "--iteration_index=3",
            "--cache_disabled",
            "--publish_logs",
            "false",
            "--default_run_as_user",
            "1000",
            "--default_run_as_non_root=true",
        ]))
        .unwrap();
        assert_eq!(a.driver_type, DriverType::Container);
        assert_eq!(a.dag_execution_id, 12);
        assert_eq!(a.iteration_index, 3);
        assert!(a.connection.cache_disabled);
        assert!(!a.publish_logs);
        assert_eq!(a.default_run_as_user, Some(1000));
        assert_eq!(a.default_run_as_group, None, "absent: not applied");
        assert_eq!(a.default_run_as_non_root, Some(true));
        assert_eq!(a.component, "{}", "default");
        assert_eq!(a.connection.ml_pipeline_server_address, "ml-pipeline");
    }

    #[test]
    fn bad_type_and_values_are_named() {
        let e = parse(&argv(&["--type", "POD"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "--type \"POD\": expected ROOT_DAG, DAG or CONTAINER"
        );
        let e = parse(&argv(&["--type", "DAG", "--dag_execution_id", "x"])).unwrap_err();
        assert!(e.to_string().contains("dag_execution_id"), "{e}");
        let e = parse(&argv(&["--type", "DAG", "--default_host_users", "maybe"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "--default_host_users \"maybe\": not a boolean"
        );
    }

    #[test]
    fn shared_flags_take_the_drivers_defaults() {
        let a = parse(&argv(&["--type", "DAG"])).unwrap();
        let c = &a.connection;
        assert_eq!(c.mlmd_server_port, "", "the compiler always passes it");
        assert_eq!(c.ml_pipeline_server_address, "ml-pipeline");
        assert_eq!(c.ml_pipeline_server_port, "8887");
        assert_eq!(c.cache_store, CacheStore::Api);
        assert_eq!(a.iteration_index, -1);
        assert_eq!(a.log_level, "1");
        assert!(a.publish_logs);
        assert!(usage().contains("-ml_pipeline_server_address string"));
        assert!(usage().contains("-type string"));
    }

    #[test]
    fn cache_store_is_checked_at_parse_time() {
        let a = parse(&argv(&["--type", "CONTAINER", "--cache_store", "mlmd"])).unwrap();
        assert_eq!(a.connection.cache_store, CacheStore::Mlmd);
        // Empty means the default, as before.
        let a = parse(&argv(&["--type", "CONTAINER", "--cache_store="])).unwrap();
        assert_eq!(a.connection.cache_store, CacheStore::Api);
        // An unknown store is a flag error (a usage error), whatever the type.
        let e = parse(&argv(&["--type", "ROOT_DAG", "--cache_store", "redis"])).unwrap_err();
        assert!(matches!(e, ArgsError::Flag(_)), "{e:?}");
        assert_eq!(
            e.to_string(),
            r#"invalid value "redis" for flag -cache_store: expected api or mlmd"#
        );
    }

    #[test]
    fn missing_required_flags_as_master_reports_them() {
        let a = parse(&argv(&["--type", "ROOT_DAG", "--pipeline_name", "p"])).unwrap();
        let missing: Vec<String> = a.missing_required().iter().map(|e| e.to_string()).collect();
        assert!(missing.contains(&"--run_id is required for ROOT_DAG but was not provided".into()));
        assert!(
            missing.iter().all(|m| !m.contains("--pipeline_name ")),
            "{missing:?}"
        );
        assert!(
            missing.iter().all(|m| !m.contains("pod_spec_patch_path")),
            "{missing:?}"
        );
    }

    #[test]
    fn component_from_a_file() {
        let dir = std::env::temp_dir().join(format!("kfp-driver-args-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("component.json");
        std::fs::write(&file, r#"{"executorLabel":"exec-a"}"#).unwrap();
        let at = format!("@{}", file.display());
        let a = parse(&argv(&["--type", "CONTAINER", "--component", &at])).unwrap();
        assert_eq!(a.component_json().unwrap(), r#"{"executorLabel":"exec-a"}"#);
        let a = parse(&argv(&[
            "--type",
            "CONTAINER",
            "--component",
            "@/nonexistent/c.json",
        ]))
        .unwrap();
        assert!(a
            .component_json()
            .unwrap_err()
            .to_string()
            .starts_with("--component /nonexistent/c.json"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
