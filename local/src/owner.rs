//! Which process owns a run of a home, so that a run whose process is gone
//! (SIGKILL, a crash, a power cut) does not show `RUNNING` for ever.
//!
//! A run writes `HOME/running/<run id>` when it starts (its pid, the
//! process's start time, which tells a reused pid apart, and the pipeline's
//! name) and removes it when it ends, however it ends short of being
//! killed. The next `launcher local run` on the home looks at the owner
//! files left behind (one directory of them, so a home's history costs its
//! start-up nothing): a run whose owner is gone has every execution still
//! `RUNNING` (its root DAG first of all) closed out `FAILED`, saying why.
//! Runs recorded in an ML Metadata server (`--mlmd`) are left to `publisher
//! close-out`.

use std::path::{Path, PathBuf};

use kfp_common::{
    metadata::{sqlite::SqliteStore, value, MetadataBackend},
    proto::ml_metadata::execution::State,
};

/// The directory of owner files, one per run in flight, named by run id.
const DIR: &str = "running";

/// The owner file of a running run; removed when dropped.
#[derive(Debug)]
pub struct Owner {
    path: PathBuf,
}

impl Owner {
    /// Claims run `run_id` of `pipeline` in `home` for this process. Best
    /// effort: a home where it cannot be written still runs (the run could
    /// then not be closed out after a kill).
    pub fn claim(home: &Path, pipeline: &str, run_id: &str) -> Self {
        let path = home.join(DIR).join(run_id);
        let pid = std::process::id();
        let text = format!("{pid} {} {pipeline}\n", start_time(pid).unwrap_or_default());
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text));
        if let Err(e) = written {
            tracing::warn!(path = %path.display(), error = %e, "cannot record the run's owner; a kill would leave it RUNNING");
        }
        Self { path }
    }
}

impl Drop for Owner {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The start time of process `pid` in clock ticks since boot
/// (`/proc/<pid>/stat` field 22); `None` when there is no such process.
fn start_time(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // After the command name, which may hold spaces and parentheses.
    let (_, rest) = stat.rsplit_once(')')?;
    let mut fields = rest.split_whitespace();
    // `rest` starts at field 3 (state): field 22 is the 20th.
    let state = fields.next()?;
    if state == "Z" {
        return None;
    }
    fields.nth(18)?.parse().ok()
}

/// Whether the process that wrote an owner file still runs.
fn alive(pid: u32, started: u64) -> bool {
    start_time(pid).is_some_and(|now| started == 0 || now == started)
}

/// Closes out the runs of `home` whose owner process is gone: every
/// execution of theirs still `RUNNING` (or `NEW`) becomes `FAILED` with the
/// reason. Returns one line per run closed, for the summary's notes.
pub async fn close_out_orphans(home: &Path) -> Vec<String> {
    let mut notes = Vec::new();
    let Ok(runs) = std::fs::read_dir(home.join(DIR)) else {
        return notes;
    };
    let db = home.join("metadata.sqlite");
    let mut store = None;
    for entry in runs.flatten() {
        let path = entry.path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let mut parts = text.trim_end().splitn(3, ' ');
        let (Some(pid), Some(started), Some(pipeline)) = (
            parts.next().and_then(|p| p.parse::<u32>().ok()),
            parts.next().and_then(|s| s.parse::<u64>().ok()),
            parts.next(),
        ) else {
            continue;
        };
        if alive(pid, started) || !db.exists() {
            continue;
        }
        let run_id = entry.file_name().to_string_lossy().into_owned();
        if store.is_none() {
            store = SqliteStore::open(&db).ok();
        }
        let Some(store) = &store else { break };
        match close_out(store, pipeline, &run_id, pid).await {
            Ok(0) => {}
            Ok(n) => notes.push(format!(
                "run {run_id} of {pipeline}: its process (pid {pid}) is gone; {n} execution(s) left RUNNING closed out FAILED"
            )),
            Err(e) => {
                tracing::warn!(run = %run_id, error = %kfp_common::error_chain(&e), "cannot close out a run whose process is gone");
                continue;
            }
        }
        let _ = std::fs::remove_file(&path);
    }
    notes
}

async fn close_out(
    store: &SqliteStore,
    pipeline: &str,
    run_id: &str,
    pid: u32,
) -> Result<usize, kfp_common::metadata::MetadataError> {
    let Some(run) = store.get_run(pipeline, run_id).await? else {
        return Ok(0);
    };
    let open = store
        .run_executions(&run, &[State::Running, State::New])
        .await?;
    let error = format!(
        "the run's process (pid {pid}) ended without closing this execution (killed?); closed out by a later launcher local run"
    );
    fail_open(store, open, &error).await
}

/// Marks those of `executions` still open (`RUNNING`, `NEW` or without a
/// state) `FAILED` with `error`, which is recorded with any URL credentials
/// removed. Returns how many it closed.
pub(crate) async fn fail_open(
    store: &SqliteStore,
    executions: Vec<kfp_common::proto::ml_metadata::Execution>,
    error: &str,
) -> Result<usize, kfp_common::metadata::MetadataError> {
    let error = kfp_common::redact::credentials(error);
    let mut closed = 0;
    for mut e in executions {
        let open = matches!(
            e.last_known_state.and_then(|s| State::try_from(s).ok()),
            Some(State::Running | State::New) | None
        );
        if !open {
            continue;
        }
        e.last_known_state = Some(State::Failed as i32);
        e.custom_properties.insert(
            kfp_step::container::props::ERROR.to_owned(),
            value::string(error.as_ref()),
        );
        store.update_execution(&e).await?;
        closed += 1;
    }
    Ok(closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_a_reused_pid_is_not() {
        let pid = std::process::id();
        let started = start_time(pid).expect("our own start time");
        assert!(alive(pid, started));
        assert!(!alive(pid, started + 1), "same pid, another process");
        assert!(!alive(u32::MAX - 1, 0));
    }
}
