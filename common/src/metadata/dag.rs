//! DAG state propagation (contract §4.6): after a task reaches a terminal
//! state, its parent DAG is complete when every expected child completed,
//! failed when a child failed, and a change climbs to the DAG's own parent.
//!
//! Upstream only propagates after a launcher publish, so a DAG whose last
//! child was a cache hit stays `RUNNING`; here every terminal write (launcher,
//! publisher close-out, driver cache hit) calls [`propagate`].

use kfp_proto::ml_metadata::{self as mlmd, execution::State};

use super::{keys, value, Id, MetadataBackend, Result, RunContexts};

/// The state a DAG should move to, given its children; `None` to leave it
/// (still running, or the root DAG, which has no expected child count and
/// is never updated by a task).
pub fn next_state(dag: &mlmd::Execution, children: &[mlmd::Execution]) -> Option<State> {
    let props = &dag.custom_properties;
    // A loop DAG expects one child per iteration (possibly none).
    let expected = props
        .get(keys::ITERATION_COUNT)
        .or_else(|| props.get(keys::TOTAL_DAG_TASKS))
        .and_then(value::as_int)?;
    let (mut completed, mut failed) = (0i64, 0i64);
    for child in children {
        match child.last_known_state.and_then(|s| State::try_from(s).ok()) {
            Some(State::Complete | State::Cached | State::Canceled) => completed += 1,
            Some(State::Failed) => failed += 1,
            _ => {}
        }
    }
    let next = if completed == expected {
        State::Complete
    } else if failed > 0 {
        State::Failed
    } else {
        return None;
    };
    (dag.last_known_state != Some(next as i32)).then_some(next)
}

/// Propagate from `parent_dag_id` upwards until a DAG does not change.
/// Answers the DAGs updated, innermost first.
pub async fn propagate<B: MetadataBackend>(
    store: &B,
    run: &RunContexts,
    parent_dag_id: Id,
) -> Result<Vec<(Id, State)>> {
    climb(store, run, parent_dag_id, None).await
}

/// [`propagate`] after a child of `parent_dag_id` ended in `child`. While
/// a sibling still runs, a DAG can only change by failing, and only if this
/// child failed (an earlier failure already failed it); so unless the
/// child failed, the read stops at the first running child
/// ([`MetadataBackend::dag_unless_running`]) instead of listing a wide
/// DAG's children page after page (100 a page) for every task of a wide
/// loop. The same holds at each level climbed.
pub async fn propagate_after<B: MetadataBackend>(
    store: &B,
    run: &RunContexts,
    parent_dag_id: Id,
    child: State,
) -> Result<Vec<(Id, State)>> {
    climb(store, run, parent_dag_id, Some(child)).await
}

async fn climb<B: MetadataBackend>(
    store: &B,
    run: &RunContexts,
    parent_dag_id: Id,
    mut child: Option<State>,
) -> Result<Vec<(Id, State)>> {
    let mut updated = Vec::new();
    let mut dag_id = parent_dag_id;
    // Bounded: a malformed parent chain (a cycle) must not loop forever.
    for _ in 0..64 {
        if dag_id == 0 {
            break;
        }
        let (mut dag, children) = match child {
            Some(ended) if ended != State::Failed => {
                match store.dag_unless_running(run, dag_id).await? {
                    Some(read) => read,
                    None => break,
                }
            }
            _ => store.dag_with_children(run, dag_id).await?,
        };
        let Some(state) = next_state(&dag, &children) else {
            break;
        };
        dag.last_known_state = Some(state as i32);
        store.update_execution(&dag).await?;
        updated.push((dag_id, state));
        child = child.map(|_| state);
        dag_id = dag
            .custom_properties
            .get(keys::PARENT_DAG_ID)
            .and_then(value::as_int)
            .unwrap_or(0);
    }
    Ok(updated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::Properties;

    fn exec(state: State, props: &[(&str, i64)]) -> mlmd::Execution {
        mlmd::Execution {
            last_known_state: Some(state as i32),
            custom_properties: props
                .iter()
                .map(|(k, v)| (k.to_string(), value::int(*v)))
                .collect::<Properties>(),
            ..Default::default()
        }
    }

    #[test]
    fn complete_when_all_expected_children_completed() {
        let dag = exec(State::Running, &[(keys::TOTAL_DAG_TASKS, 3)]);
        let kids = [
            exec(State::Complete, &[]),
            exec(State::Cached, &[]),
            exec(State::Canceled, &[]),
        ];
        assert_eq!(next_state(&dag, &kids), Some(State::Complete));
        assert_eq!(
            next_state(&dag, &kids[..2]),
            None,
            "one child still to come"
        );
    }

    #[test]
    fn failed_child_fails_the_dag_but_only_once() {
        let dag = exec(State::Running, &[(keys::TOTAL_DAG_TASKS, 3)]);
        let kids = [exec(State::Failed, &[]), exec(State::Running, &[])];
        assert_eq!(next_state(&dag, &kids), Some(State::Failed));
        let failed = exec(State::Failed, &[(keys::TOTAL_DAG_TASKS, 3)]);
        assert_eq!(next_state(&failed, &kids), None, "no change, no write");
    }

    #[test]
    fn loop_dag_counts_iterations_even_zero() {
        let dag = exec(
            State::Running,
            &[(keys::ITERATION_COUNT, 0), (keys::TOTAL_DAG_TASKS, 5)],
        );
        assert_eq!(next_state(&dag, &[]), Some(State::Complete));
    }

    #[test]
    fn root_dag_is_never_updated() {
        let root = exec(State::Running, &[]);
        assert_eq!(next_state(&root, &[exec(State::Failed, &[])]), None);
    }
}
