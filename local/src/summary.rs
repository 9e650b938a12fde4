//! What `launcher local run` prints: a readable summary, or with `--json`
//! `{"run_id", "tasks": {TASK PATH: {"state", "execution_id", "exit_code",
//! "outputs": {"parameters": {...}, "artifacts": {NAME: [{"uri", "size",
//! "digest", "local"}]}}, "error", "duration_seconds", "log"}}}`.

use std::{collections::BTreeMap, fmt::Write as _, path::PathBuf, time::Duration};

use kfp_common::{
    metadata::{keys, value},
    proto::ml_metadata::{self as mlmd, execution::State},
};
use serde::Serialize;

use kfp_common::transfer::Moved;
use kfp_step::container::Finished;

/// The whole run.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub run_id: String,
    pub tasks: BTreeMap<String, TaskSummary>,
    #[serde(skip)]
    pub notes: Vec<String>,
}

/// One task.
#[derive(Debug, Clone, Serialize)]
pub struct TaskSummary {
    pub state: String,
    pub execution_id: i64,
    pub exit_code: i32,
    pub outputs: Outputs,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub duration_seconds: f64,
    /// Where the executor logs are on this machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log: Option<PathBuf>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Outputs {
    pub parameters: BTreeMap<String, serde_json::Value>,
    pub artifacts: BTreeMap<String, Vec<ArtifactSummary>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArtifactSummary {
    pub uri: String,
    pub size: Option<u64>,
    pub digest: Option<String>,
    /// Where its bytes are on this machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local: Option<PathBuf>,
}

/// A task's summary from its execution and OUTPUT artifacts.
pub(super) fn from_record(
    execution: &mlmd::Execution,
    outputs: &[kfp_common::metadata::LinkedArtifact],
    objects: Option<&std::path::Path>,
    exit_code: i32,
    took: Duration,
) -> TaskSummary {
    let state = execution
        .last_known_state
        .and_then(|s| State::try_from(s).ok())
        .map(|s| s.as_str_name().to_owned())
        .unwrap_or_default();
    let prop = |k: &str| execution.custom_properties.get(k);
    let mut summary = Outputs {
        parameters: prop(keys::OUTPUTS)
            .and_then(value::as_struct)
            .map(|s| {
                s.fields
                    .iter()
                    .map(|(k, v)| (k.clone(), kfp_common::executor_io::to_json(v)))
                    .collect()
            })
            .unwrap_or_default(),
        ..Default::default()
    };
    let mut log = None;
    for linked in outputs {
        let a = &linked.artifact;
        let uri = a.uri.clone().unwrap_or_default();
        let local = objects.and_then(|o| kfp_common::store::bucket::local_object_path(o, &uri));
        if linked.key == kfp_common::provision::EXECUTOR_LOGS {
            log = local.clone();
        }
        let p = |k: &str| a.custom_properties.get(k);
        summary
            .artifacts
            .entry(linked.key.clone())
            .or_default()
            .push(ArtifactSummary {
                uri,
                size: p(kfp_common::artifact::SIZE_BYTES)
                    .and_then(value::as_int)
                    .map(|n| n as u64),
                digest: p(kfp_common::artifact::DIGEST)
                    .and_then(value::as_str)
                    .map(str::to_owned),
                local,
            });
    }
    let exit_code = prop(kfp_step::container::props::EXIT_CODE)
        .and_then(value::as_int)
        .map_or(exit_code, |c| c as i32);
    TaskSummary {
        state,
        execution_id: execution.id.unwrap_or_default(),
        exit_code,
        outputs: summary,
        error: prop(kfp_step::container::props::ERROR)
            .and_then(value::as_str)
            .filter(|e| !e.is_empty())
            .map(str::to_owned),
        duration_seconds: took.as_secs_f64(),
        log,
    }
}

pub(super) fn build(
    run_id: &str,
    task: &str,
    finished: &Finished,
    duration: Duration,
    artifacts: Vec<(String, String, Option<Moved>, Option<PathBuf>)>,
    note: Option<String>,
) -> Summary {
    let state = finished.state.as_str_name().to_owned();
    let report = finished.report.as_ref();
    let mut outputs = Outputs {
        parameters: report
            .into_iter()
            .flat_map(|r| &r.parameters)
            .map(|(k, v)| (k.clone(), super::param_json(v)))
            .collect(),
        ..Default::default()
    };
    let mut log = None;
    for (name, uri, moved, local) in artifacts {
        if name == kfp_common::provision::EXECUTOR_LOGS {
            log = local.clone();
        }
        outputs
            .artifacts
            .entry(name)
            .or_default()
            .push(ArtifactSummary {
                uri,
                size: moved.as_ref().map(|m| m.size),
                digest: moved.map(|m| m.digest),
                local,
            });
    }
    let summary = TaskSummary {
        state,
        execution_id: finished.execution_id,
        exit_code: finished.exit_code,
        outputs,
        error: finished.error.clone(),
        duration_seconds: duration.as_secs_f64(),
        log: log.or_else(|| report.and_then(|r| r.log_file.clone())),
    };
    Summary {
        run_id: run_id.to_owned(),
        tasks: [(task.to_owned(), summary)].into_iter().collect(),
        notes: note.into_iter().collect(),
    }
}

impl Summary {
    /// The process exit code: 0 when every task completed (or did not
    /// trigger), else the first failing task's exit code (never 0).
    pub fn exit_code(&self) -> i32 {
        let failed: Vec<&TaskSummary> = self
            .tasks
            .values()
            .filter(|t| !matches!(t.state.as_str(), "COMPLETE" | "CACHED" | "SKIPPED"))
            .collect();
        // A step's own code, not its DAG's (which has none) or that of a
        // task that never ran.
        match failed.iter().find(|t| t.exit_code != 0) {
            Some(t) => t.exit_code,
            None if failed.is_empty() => 0,
            None => 1,
        }
    }

    /// One JSON object.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// For a terminal.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "run {}", self.run_id);
        for (name, t) in &self.tasks {
            // A task with no execution never started: no time, no process.
            let _ = if t.execution_id == 0 {
                writeln!(s, "task {name}: {}", t.state)
            } else {
                writeln!(
                    s,
                    "task {name}: {} in {:.2}s (exit code {}, execution {})",
                    t.state, t.duration_seconds, t.exit_code, t.execution_id
                )
            };
            if let Some(e) = &t.error {
                let _ = writeln!(s, "  error: {e}");
            }
            for (k, v) in &t.outputs.parameters {
                let _ = writeln!(s, "  parameter {k} = {v}");
            }
            for (k, list) in &t.outputs.artifacts {
                for a in list {
                    let size = a
                        .size
                        .map(|n| format!("{n} bytes"))
                        .unwrap_or_else(|| "not written".into());
                    let _ = writeln!(s, "  artifact {k}: {} ({size})", a.uri);
                    if let Some(d) = &a.digest {
                        let _ = writeln!(s, "    {d}");
                    }
                }
            }
            if let Some(l) = &t.log {
                let _ = writeln!(s, "  logs: {}", l.display());
            }
        }
        for n in &self.notes {
            let _ = writeln!(s, "note: {n}");
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(state: &str, exit_code: i32) -> TaskSummary {
        TaskSummary {
            state: state.into(),
            execution_id: 1,
            exit_code,
            outputs: Outputs::default(),
            error: None,
            duration_seconds: 0.0,
            log: None,
        }
    }

    #[test]
    fn exit_code_is_the_failed_steps_not_its_dags() {
        let summary = |tasks: &[(&str, TaskSummary)]| Summary {
            run_id: "r".into(),
            tasks: tasks
                .iter()
                .map(|(k, t)| (k.to_string(), t.clone()))
                .collect(),
            notes: Vec::new(),
        };
        let ok = summary(&[("a", task("COMPLETE", 0)), ("b", task("SKIPPED", 0))]);
        assert_eq!(ok.exit_code(), 0);
        let nested = summary(&[
            ("loop", task("FAILED", 0)),
            ("loop/iteration-0/step", task("FAILED", 137)),
            ("next", task("NOT_RUN", 0)),
        ]);
        assert_eq!(nested.exit_code(), 137);
        let no_code = summary(&[("a", task("FAILED", 0))]);
        assert_eq!(no_code.exit_code(), 1);
    }

    #[test]
    fn a_task_that_never_started_shows_no_exit_code_or_execution() {
        let never = TaskSummary {
            execution_id: 0,
            error: Some("upstream task a did not run".into()),
            ..task("NOT_RUN", 0)
        };
        let text = Summary {
            run_id: "r".into(),
            tasks: [("b".to_owned(), never), ("a".to_owned(), task("FAILED", 3))].into(),
            notes: Vec::new(),
        }
        .to_text();
        assert!(text.contains("task b: NOT_RUN\n"), "{text}");
        assert!(
            text.contains("task a: FAILED in 0.00s (exit code 3, execution 1)"),
            "{text}"
        );
        assert!(!text.contains("execution 0"), "{text}");
    }
}
