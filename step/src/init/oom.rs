//! Whether the kernel's out-of-memory killer acted in this container.
//!
//! A SIGKILL the launcher did not send is most likely the OOM killer, but
//! only the memory cgroup knows: its `oom_kill` counter (cgroup v2
//! `memory.events`, v1 `memory.oom_control`, kernel 4.13+) goes up on every
//! kill in the container. Read before and after the user process, it turns
//! "possibly OOM" into "killed by the OOM killer" — the first question asked
//! about a step that died without a word.

use std::path::{Path, PathBuf};

/// The container's OOM-kill count, `None` when no memory cgroup file is
/// readable (not Linux, no cgroup mount, an old kernel).
pub fn oom_kills() -> Option<u64> {
    let own = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    counter_files(&own, Path::new("/sys/fs/cgroup"))
        .into_iter()
        .find_map(|file| parse_oom_kill(&std::fs::read_to_string(file).ok()?))
}

/// Candidate files, most specific first: the v2 unified hierarchy, then the
/// v1 memory controller, each at the process's own cgroup and at the mount
/// root (what a container with a cgroup namespace sees).
fn counter_files(proc_cgroup: &str, root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for line in proc_cgroup.lines() {
        let mut parts = line.splitn(3, ':');
        let (Some(_), Some(controllers), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let rel = path.trim_start_matches('/');
        if controllers.is_empty() {
            files.push(root.join(rel).join("memory.events"));
            files.push(root.join("memory.events"));
        } else if controllers.split(',').any(|c| c == "memory") {
            files.push(root.join("memory").join(rel).join("memory.oom_control"));
            files.push(root.join("memory").join("memory.oom_control"));
        }
    }
    files
}

/// `oom_kill N` of a `memory.events` / `memory.oom_control` file.
fn parse_oom_kill(text: &str) -> Option<u64> {
    text.lines().find_map(|line| {
        let (key, value) = line.split_once(' ')?;
        (key == "oom_kill").then(|| value.trim().parse().ok())?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_counter_of_v2_and_v1_files() {
        let v2 = "low 0\nhigh 0\nmax 12\noom 2\noom_kill 2\noom_group_kill 0\n";
        assert_eq!(parse_oom_kill(v2), Some(2));
        let v1 = "oom_kill_disable 0\nunder_oom 0\noom_kill 5\n";
        assert_eq!(parse_oom_kill(v1), Some(5));
        assert_eq!(
            parse_oom_kill("oom_kill_disable 0\nunder_oom 0\n"),
            None,
            "pre-4.13"
        );
    }

    #[test]
    fn finds_the_files_of_either_hierarchy() {
        let root = Path::new("/sys/fs/cgroup");
        assert_eq!(
            counter_files("0::/kubepods/pod1/ctr\n", root),
            vec![
                root.join("kubepods/pod1/ctr/memory.events"),
                root.join("memory.events")
            ]
        );
        let hybrid = "4:memory:/process_api/01bc\n1:cpu:/\n0::/\n";
        assert_eq!(
            counter_files(hybrid, root),
            vec![
                root.join("memory/process_api/01bc/memory.oom_control"),
                root.join("memory/memory.oom_control"),
                root.join("memory.events"),
                root.join("memory.events"),
            ]
        );
    }
}
