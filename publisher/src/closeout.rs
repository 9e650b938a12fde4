//! Close-out: mark every execution of a run that is still `RUNNING` but
//! whose pod is gone or finished as `FAILED`, with the pod's fate as the
//! reason, then propagate DAG states (contract §4.6) so the run's DAGs end.
//!
//! A pod that still runs is left alone: its launcher will publish. An
//! execution the launcher never pre-published (`pod_name` still `""`) has no
//! pod to ask about; it is closed only when the caller says the run is over.

use std::{collections::BTreeSet, future::Future};

use k8s_openapi::api::core::v1::Pod;
use kfp_common::{
    k8s::K8s,
    metadata::{dag, keys, value, Id, MetadataBackend, MetadataError, RunContexts},
    proto::ml_metadata::execution::State,
};

/// What became of a task's pod.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PodFate {
    /// Pending or running (or terminating): its launcher may still publish.
    Alive,
    /// Deleted (or never existed in this namespace).
    Gone,
    /// Finished without its launcher publishing.
    Ended {
        phase: String,
        /// The main container's termination reason (e.g. `OOMKilled`), or
        /// the pod's (e.g. `Evicted`, `DeadlineExceeded`).
        reason: String,
        exit_code: Option<i32>,
    },
}

impl PodFate {
    fn describe(&self, pod: &str) -> String {
        match self {
            PodFate::Alive => format!("pod {pod} is still running"),
            PodFate::Gone => format!("pod {pod} no longer exists"),
            PodFate::Ended {
                phase,
                reason,
                exit_code,
            } => {
                let mut text = format!("pod {pod} ended ({phase}");
                if !reason.is_empty() {
                    text.push_str(&format!(", {reason}"));
                }
                if let Some(code) = exit_code {
                    text.push_str(&format!(", exit code {code}"));
                }
                text.push(')');
                text
            }
        }
    }
}

/// The fate of a pod as the Kubernetes API shows it. The task's container
/// is `main` (KFP's compiler names it so); without one, the first.
pub fn fate_of(pod: &Pod) -> PodFate {
    let status = pod.status.clone().unwrap_or_default();
    let phase = status.phase.clone().unwrap_or_default();
    if phase != "Succeeded" && phase != "Failed" {
        return PodFate::Alive;
    }
    let containers = status.container_statuses.unwrap_or_default();
    let main = containers
        .iter()
        .find(|c| c.name == "main")
        .or_else(|| containers.first());
    let terminated = main
        .and_then(|c| c.state.as_ref())
        .and_then(|s| s.terminated.as_ref());
    let reason = terminated
        .and_then(|t| t.reason.clone())
        .or(status.reason)
        .unwrap_or_default();
    PodFate::Ended {
        phase,
        reason,
        exit_code: terminated.map(|t| t.exit_code),
    }
}

/// Where pod fates come from: the Kubernetes API in a cluster.
pub trait Pods: Sync {
    fn fate(&self, name: &str) -> impl Future<Output = Result<PodFate, String>> + Send;
}

impl Pods for K8s {
    async fn fate(&self, name: &str) -> Result<PodFate, String> {
        match self.pod(name).await {
            Ok(Some(pod)) => Ok(fate_of(&pod)),
            Ok(None) => Ok(PodFate::Gone),
            Err(e) => Err(kfp_common::error_chain(&e)),
        }
    }
}

/// What to close.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only this execution (else every `RUNNING` task execution of the run).
    pub execution_id: Option<Id>,
    /// The run is over: also close executions no launcher pre-published.
    pub include_unstarted: bool,
}

/// One execution closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closed {
    pub execution_id: Id,
    pub task_name: String,
    pub reason: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CloseOutError {
    #[error("reading the run's executions")]
    Read(#[source] MetadataError),
    #[error("closing execution {execution_id}")]
    Write {
        execution_id: Id,
        #[source]
        source: MetadataError,
    },
    #[error("asking the Kubernetes API about pod {pod} (execution {execution_id}): {reason}")]
    Pod {
        execution_id: Id,
        pod: String,
        reason: String,
    },
}

/// Close out a run. Answers what was closed; DAG propagation errors are
/// logged (a later close-out repeats it).
pub async fn close_out<M: MetadataBackend, P: Pods>(
    store: &M,
    pods: &P,
    run: &RunContexts,
    options: &Options,
) -> Result<Vec<Closed>, CloseOutError> {
    let running = store
        .run_executions(run, &[State::Running])
        .await
        .map_err(CloseOutError::Read)?;
    // DAGs still RUNNING, innermost (newest) first: settled after the tasks.
    let dags: Vec<Id> = running
        .iter()
        .rev()
        .filter(|e| is_inner_dag(e))
        .filter_map(|e| e.id)
        .collect();
    let mut closed = Vec::new();
    let mut parents = BTreeSet::new();
    for mut execution in running {
        let id = execution.id.unwrap_or_default();
        if options.execution_id.is_some_and(|only| only != id) {
            continue;
        }
        let props = &execution.custom_properties;
        // Task executions carry pod_name from creation on; DAGs do not, and
        // are closed by propagation instead.
        let Some(pod) = props.get(keys::POD_NAME).and_then(value::as_str) else {
            continue;
        };
        let (reason, exit_code) = if pod.is_empty() {
            if !options.include_unstarted {
                continue;
            }
            (
                "never started: no launcher pre-published a pod".to_owned(),
                None,
            )
        } else {
            let fate = pods.fate(pod).await.map_err(|reason| CloseOutError::Pod {
                execution_id: id,
                pod: pod.to_owned(),
                reason,
            })?;
            let code = match &fate {
                PodFate::Alive => continue,
                PodFate::Ended { exit_code, .. } => *exit_code,
                PodFate::Gone => None,
            };
            (fate.describe(pod), code)
        };
        let task_name = props
            .get(keys::TASK_NAME)
            .and_then(value::as_str)
            .unwrap_or_default()
            .to_owned();
        let parent = props.get(keys::PARENT_DAG_ID).and_then(value::as_int);
        let props = &mut execution.custom_properties;
        props.insert(
            "error".into(),
            value::string(format!("closed out: {reason}")),
        );
        if let Some(code) = exit_code {
            props.insert("exit_code".into(), value::int(i64::from(code)));
        }
        execution.last_known_state = Some(State::Failed as i32);
        store
            .update_execution(&execution)
            .await
            .map_err(|source| CloseOutError::Write {
                execution_id: id,
                source,
            })?;
        tracing::info!(execution = id, task = %task_name, %reason, "closed out as FAILED");
        parents.extend(parent);
        closed.push(Closed {
            execution_id: id,
            task_name,
            reason,
        });
    }
    for parent in parents {
        if let Err(e) = dag::propagate(store, run, parent).await {
            tracing::warn!(dag = parent, error = %kfp_common::error_chain(&e), "DAG state propagation failed");
        }
    }
    if options.execution_id.is_none() {
        settle_dags(store, run, &dags, options, &mut closed).await?;
    }
    Ok(closed)
}

/// A DAG below the root: task executions carry `pod_name`; the root DAG
/// has no parent (and is the only one with a name).
fn is_inner_dag(e: &kfp_common::proto::ml_metadata::Execution) -> bool {
    let props = &e.custom_properties;
    let parent = props.get(keys::PARENT_DAG_ID).and_then(value::as_int);
    !props.contains_key(keys::POD_NAME)
        && parent.is_some_and(|p| p != 0)
        && e.name.as_deref().is_none_or(str::is_empty)
}

/// `dags` (still `RUNNING` when close-out began), innermost first: one
/// whose children all ended (its launcher was killed between its publish
/// and the DAG's write) takes its state now; once the run is over (`include_unstarted`), one that
/// still cannot end (a child never got an execution: its driver failed)
/// is closed `FAILED`. The root DAG is the API server's, as upstream.
/// Found by the reliability matrix (e2e/chaos).
async fn settle_dags<M: MetadataBackend>(
    store: &M,
    run: &RunContexts,
    dags: &[Id],
    options: &Options,
    closed: &mut Vec<Closed>,
) -> Result<(), CloseOutError> {
    for &dag_id in dags {
        let settled = dag::propagate(store, run, dag_id).await;
        if let Err(e) = &settled {
            tracing::warn!(dag = dag_id, error = %kfp_common::error_chain(e), "DAG state propagation failed");
        }
        if !options.include_unstarted || settled.is_ok_and(|updated| !updated.is_empty()) {
            continue;
        }
        let write = |source| CloseOutError::Write {
            execution_id: dag_id,
            source,
        };
        let (mut dag, _) = store.dag_with_children(run, dag_id).await.map_err(write)?;
        if dag.last_known_state != Some(State::Running as i32) {
            continue;
        }
        let reason = "the run ended before this DAG's tasks did".to_owned();
        dag.custom_properties.insert(
            "error".into(),
            value::string(format!("closed out: {reason}")),
        );
        dag.last_known_state = Some(State::Failed as i32);
        store.update_execution(&dag).await.map_err(write)?;
        let props = &dag.custom_properties;
        let task_name = value::str_property(props, keys::TASK_NAME).to_owned();
        tracing::info!(execution = dag_id, dag = %task_name, %reason, "closed out as FAILED");
        if let Some(parent) = props.get(keys::PARENT_DAG_ID).and_then(value::as_int) {
            if let Err(e) = dag::propagate(store, run, parent).await {
                tracing::warn!(dag = parent, error = %kfp_common::error_chain(&e), "DAG state propagation failed");
            }
        }
        closed.push(Closed {
            execution_id: dag_id,
            task_name,
            reason,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(json: serde_json::Value) -> Pod {
        serde_json::from_value(json).expect("pod JSON")
    }

    #[test]
    fn running_and_pending_pods_are_alive() {
        for phase in ["Pending", "Running", "Unknown"] {
            let p = pod(serde_json::json!({"status": {"phase": phase}}));
            assert_eq!(fate_of(&p), PodFate::Alive, "{phase}");
        }
    }

    #[test]
    fn an_oom_killed_main_container_is_the_reason() {
        let p = pod(
            serde_json::json!({"status": {"phase": "Failed", "containerStatuses": [
                {"name": "wait", "image": "argoexec", "imageID": "", "ready": false, "restartCount": 0,
                 "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
                {"name": "main", "image": "python:3.11", "imageID": "", "ready": false, "restartCount": 0,
                 "state": {"terminated": {"exitCode": 137, "reason": "OOMKilled"}}}
            ]}}),
        );
        let fate = fate_of(&p);
        assert_eq!(
            fate,
            PodFate::Ended {
                phase: "Failed".into(),
                reason: "OOMKilled".into(),
                exit_code: Some(137)
            }
        );
        assert_eq!(
            fate.describe("train-pod"),
            "pod train-pod ended (Failed, OOMKilled, exit code 137)"
        );
    }

    #[test]
    fn an_evicted_pod_has_the_pods_reason() {
        let p = pod(serde_json::json!({"status": {"phase": "Failed", "reason": "Evicted"}}));
        assert_eq!(
            fate_of(&p),
            PodFate::Ended {
                phase: "Failed".into(),
                reason: "Evicted".into(),
                exit_code: None
            }
        );
    }
}
