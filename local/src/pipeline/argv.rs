//! Command lines exactly as KFP's Argo compiler writes them (contract §7.2,
//! §7.3), in master's shape (§7.6): every flag present, booleans as
//! `--flag=<bool>`. Both the local runner and the end-to-end harness run
//! the drivers and the importer with these, so what a cluster would send is
//! what gets tested.

use std::path::Path;

/// The run-wide flags every template carries.
#[derive(Debug, Clone, Default)]
pub struct RunFlags {
    pub pipeline_name: String,
    /// `{{workflow.uid}}`, replaced by the KFP run id.
    pub run_id: String,
    /// `{{workflow.name}}`.
    pub run_name: String,
    pub run_display_name: String,
    /// `{{workflow.creationTimestamp}}` (RFC 3339).
    pub create_time: String,
    pub mlmd_address: String,
    pub mlmd_port: String,
    pub api_address: String,
    pub api_port: String,
    pub cache_disabled: bool,
    /// Flags the compiler does not write but a runner adds on purpose
    /// (`--cache_store mlmd` where no API server keeps cache entries).
    pub extra: Vec<(String, String)>,
}

impl RunFlags {
    /// Proxy, server, cache, log and TLS flags, in the compiler's order.
    fn servers(&self, out: &mut Vec<String>) {
        flags(
            out,
            &[
                ("http_proxy", ""),
                ("https_proxy", ""),
                ("no_proxy", ""),
                ("ml_pipeline_server_address", &self.api_address),
                ("ml_pipeline_server_port", &self.api_port),
                ("mlmd_server_address", &self.mlmd_address),
                ("mlmd_server_port", &self.mlmd_port),
            ],
        );
        out.push(format!("--cache_disabled={}", self.cache_disabled));
        push(out, "log_level", "1");
        push(out, "publish_logs", "true");
        out.push("--ml_pipeline_tls_enabled=false".into());
        out.push("--metadata_tls_enabled=false".into());
        push(out, "ca_cert_path", "");
        for (k, v) in &self.extra {
            push(out, k, v);
        }
    }

    /// `--type … --pipeline_name … --run_id … --run_name … --run_display_name
    /// … --pipeline_job_create_time_utc …`
    fn head(&self, driver_type: &str) -> Vec<String> {
        let mut out = Vec::new();
        flags(
            &mut out,
            &[
                ("type", driver_type),
                ("pipeline_name", &self.pipeline_name),
                ("run_id", &self.run_id),
                ("run_name", &self.run_name),
                ("run_display_name", &self.run_display_name),
                ("pipeline_job_create_time_utc", &self.create_time),
            ],
        );
        out
    }
}

fn push(out: &mut Vec<String>, flag: &str, value: &str) {
    out.push(format!("--{flag}"));
    out.push(value.to_owned());
}

/// `--flag value` for each pair, in order.
fn flags(out: &mut Vec<String>, pairs: &[(&str, &str)]) {
    for (flag, value) in pairs {
        push(out, flag, value);
    }
}

/// The task a driver call is about, as both driver templates pass it.
/// `names` are the component, task and task name.
fn task_flags(out: &mut Vec<String>, parent_dag_id: i64, names: [&str; 3]) {
    let [component, task, name] = names;
    flags(
        out,
        &[
            ("dag_execution_id", &parent_dag_id.to_string()),
            ("component", component),
            ("task", task),
            ("task_name", name),
        ],
    );
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).to_string_lossy().into_owned()
}

/// One DAG-driver call of template `system-dag-driver` (§7.2): the root
/// (`ROOT_DAG`, with the runtime config), a sub-DAG, a loop or one of its
/// iterations. `out` is where its output files go.
#[derive(Debug, Clone, Copy)]
pub struct DagCall<'a> {
    pub driver_type: &'a str,
    pub parent_dag_id: i64,
    pub component: &'a str,
    pub task: &'a str,
    pub task_name: &'a str,
    pub runtime_config: &'a str,
    pub iteration_index: i64,
}

pub fn dag_driver(run: &RunFlags, call: DagCall<'_>, out: &Path) -> Vec<String> {
    let mut a = run.head(call.driver_type);
    let names = [call.component, call.task, call.task_name];
    task_flags(&mut a, call.parent_dag_id, names);
    flags(
        &mut a,
        &[
            ("runtime_config", call.runtime_config),
            ("iteration_index", &call.iteration_index.to_string()),
            ("execution_id_path", &path(out, "execution-id")),
            ("iteration_count_path", &path(out, "iteration-count")),
            ("condition_path", &path(out, "condition")),
        ],
    );
    run.servers(&mut a);
    a
}

/// One `system-container-driver` call (§7.3).
#[derive(Debug, Clone, Copy)]
pub struct ContainerCall<'a> {
    pub parent_dag_id: i64,
    pub component: &'a str,
    pub task: &'a str,
    pub task_name: &'a str,
    pub container: &'a str,
    pub kubernetes_config: &'a str,
    pub iteration_index: i64,
}

pub fn container_driver(run: &RunFlags, call: ContainerCall<'_>, out: &Path) -> Vec<String> {
    let mut a = run.head("CONTAINER");
    let names = [call.component, call.task, call.task_name];
    task_flags(&mut a, call.parent_dag_id, names);
    flags(
        &mut a,
        &[
            ("container", call.container),
            ("iteration_index", &call.iteration_index.to_string()),
            ("cached_decision_path", &path(out, "cached-decision")),
            ("pod_spec_patch_path", &path(out, "pod-spec-patch")),
            ("condition_path", &path(out, "condition")),
            ("kubernetes_config", call.kubernetes_config),
        ],
    );
    run.servers(&mut a);
    a
}

/// The `system-importer` container's arguments (§7.3), after `launcher-v2`.
#[derive(Debug, Clone, Copy)]
pub struct ImporterCall<'a> {
    pub parent_dag_id: i64,
    pub task: &'a str,
    pub component: &'a str,
    pub importer: &'a str,
}

pub fn importer(run: &RunFlags, call: ImporterCall<'_>) -> Vec<String> {
    let mut a = Vec::new();
    flags(
        &mut a,
        &[
            ("executor_type", "importer"),
            ("task_spec", call.task),
            ("component_spec", call.component),
            ("importer_spec", call.importer),
            ("pipeline_name", &run.pipeline_name),
            ("run_id", &run.run_id),
            ("parent_dag_id", &call.parent_dag_id.to_string()),
            ("pod_name", "$(KFP_POD_NAME)"),
            ("pod_uid", "$(KFP_POD_UID)"),
            ("mlmd_server_address", &run.mlmd_address),
            ("mlmd_server_port", &run.mlmd_port),
        ],
    );
    a.push(format!("--cache_disabled={}", run.cache_disabled));
    a.push("--ml_pipeline_tls_enabled=false".into());
    a.push("--metadata_tls_enabled=false".into());
    push(&mut a, "ca_cert_path", "");
    push(&mut a, "log_level", "1");
    push(&mut a, "publish_logs", "true");
    a
}

/// `$(NAME)` references expanded from `env`, as the kubelet does for a
/// container's command and args; unknown names stay as written.
pub fn expand(arg: &str, env: &[(String, String)]) -> String {
    let mut out = arg.to_owned();
    for (k, v) in env {
        out = out.replace(&format!("$({k})"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn driver_lines_parse_with_the_real_flag_parser() {
        let run = RunFlags {
            pipeline_name: "p".into(),
            run_id: "r".into(),
            mlmd_address: "127.0.0.1".into(),
            mlmd_port: "8080".into(),
            api_address: "127.0.0.1".into(),
            api_port: "8887".into(),
            ..Default::default()
        };
        let out = Path::new("/tmp/o");
        let dag = dag_driver(
            &run,
            DagCall {
                driver_type: "ROOT_DAG",
                parent_dag_id: 0,
                component: "{}",
                task: "",
                task_name: "",
                runtime_config: "{}",
                iteration_index: -1,
            },
            out,
        );
        let parsed = kfp_driver::args::parse(&dag).unwrap();
        assert_eq!(parsed.run_id, "r");
        let c = container_driver(
            &run,
            ContainerCall {
                parent_dag_id: 3,
                component: "{}",
                task: "{}",
                task_name: "t",
                container: "{}",
                kubernetes_config: "",
                iteration_index: -1,
            },
            out,
        );
        let parsed = kfp_driver::args::parse(&c).unwrap();
        assert_eq!(parsed.dag_execution_id, 3);
        let i = importer(
            &run,
            ImporterCall {
                parent_dag_id: 3,
                task: "{}",
                component: "{}",
                importer: "{}",
            },
        );
        let env = [("KFP_POD_NAME".to_owned(), "pod-1".to_owned())];
        let i: Vec<String> = i.iter().map(|a| expand(a, &env)).collect();
        let parsed = kfp_step::args::parse(&i).unwrap();
        assert_eq!(parsed.pod_name, "pod-1");
        assert_eq!(parsed.parent_dag_id, 3);
    }
}
