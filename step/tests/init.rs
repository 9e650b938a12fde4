//! `kfp_step::init`: the launcher as init of the user process.
//!
//! Every scenario runs `supervise` in its own process: this test binary,
//! re-executed to run only [`scenario_entry`] with `KFPI_DIR` set. That is the
//! only reliable way here because:
//!
//! * `supervise` owns `waitpid(-1)`; in the shared test process it would reap
//!   the children of tests running in parallel threads;
//! * signal masks are per thread, and libtest's main thread blocks nothing, so
//!   a process-directed SIGTERM would kill the whole test binary. The scenario
//!   process is started with `posix_spawn` and *every signal blocked*, so all
//!   its threads (libtest's included) inherit a blocked mask, which is exactly
//!   the launcher's situation after `Signals::block()` first thing in `main`;
//! * the test can then send real signals to the "launcher" process.
//!
//! The scenario reports its `Outcome` as `key=value` lines in `$KFPI_DIR/result`
//! and exits with the mapped exit code, like the launcher would. Its stdout and
//! stderr go to `$KFPI_DIR/stdout` and `$KFPI_DIR/stderr` (after libtest's
//! "running 1 test" banner). User scripts see `KFPI_DIR` too and use it for
//! readiness markers; the tests wait for those with a deadline, never sleep.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::ffi::CString;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use kfp_step::init::{supervise, Signals, SuperviseOptions, UserCommand};
use nix::fcntl::OFlag;
use nix::spawn::{posix_spawnp, PosixSpawnAttr, PosixSpawnFileActions, PosixSpawnFlags};
use nix::sys::signal::{kill, SigSet, Signal};
use nix::sys::stat::Mode;
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;

/// Generous: only reached when something hangs.
const DEADLINE: Duration = Duration::from_secs(60);
/// Short grace for the "ignores SIGTERM" scenarios.
const SHORT_GRACE_MS: u64 = 300;
const SEP: char = '\x1f';

// ---------------------------------------------------------------------------
// The scenario process.

/// The "launcher" side of every scenario; a no-op in a normal test run.
#[test]
fn scenario_entry() {
    let Some(dir) = std::env::var_os("KFPI_DIR") else {
        return;
    };
    let dir = PathBuf::from(dir);
    let var = |key: &str| std::env::var(key).unwrap_or_default();
    let split = |value: String| -> Vec<String> {
        if value.is_empty() {
            Vec::new()
        } else {
            value.split(SEP).map(String::from).collect()
        }
    };
    let argv = split(var("KFPI_ARGV"));
    let cmd = UserCommand {
        program: argv[0].clone(),
        args: argv[1..].to_vec(),
        env: split(var("KFPI_ENV"))
            .into_iter()
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_owned(), v.to_owned())
            })
            .collect(),
        cwd: std::env::var_os("KFPI_CWD").map(PathBuf::from),
    };
    let opts = SuperviseOptions {
        grace: Duration::from_millis(var("KFPI_GRACE_MS").parse().unwrap_or(10_000)),
        log_file: std::env::var_os("KFPI_LOG").map(PathBuf::from),
        subreaper: var("KFPI_SUBREAPER") != "0",
    };

    let signals = Signals::block().unwrap();
    let mut lines = vec![
        format!("launcher_pid={}", std::process::id()),
        format!(
            "parent_blocked_term={}",
            SigSet::thread_get_mask().unwrap().contains(Signal::SIGTERM)
        ),
    ];
    if var("KFPI_WAIT_TERM") == "1" {
        // Stand-in for a slow input download: tell the test we are ready to be
        // signalled, then poll the non-blocking query until SIGTERM shows.
        fs::write(dir.join("blocked"), "").unwrap();
        let deadline = Instant::now() + DEADLINE;
        while signals.termination().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        lines.push(format!("pre_termination={:?}", signals.termination()));
    }

    let repeat: usize = var("KFPI_REPEAT").parse().unwrap_or(1);
    let mut code = 0;
    for _ in 0..repeat {
        match supervise(&signals, &cmd, &opts) {
            Ok(o) => {
                code = o.exit_code;
                lines.extend([
                    format!("code={}", o.exit_code),
                    format!("status={}", o.status),
                    format!("termination={:?}", o.termination),
                    format!("killed_after_grace={}", o.killed_after_grace),
                    format!("possibly_oom={}", o.possibly_oom),
                    format!("orphans={}", o.orphans_reaped),
                    format!("tee_error={:?}", o.tee_error),
                    format!("describe={}", o.describe()),
                ]);
            }
            Err(e) => {
                code = e.exit_code();
                lines.extend([format!("code={code}"), format!("error={e}")]);
            }
        }
    }
    let tmp = dir.join("result.tmp");
    fs::write(&tmp, lines.join("\n") + "\n").unwrap();
    fs::rename(tmp, dir.join("result")).unwrap();
    // Exit like the launcher would, before libtest prints anything more.
    std::process::exit(code);
}

// ---------------------------------------------------------------------------
// The test side.

#[derive(Clone)]
struct Scenario {
    argv: Vec<String>,
    env: Vec<(String, String)>,
    cwd: Option<PathBuf>,
    grace_ms: Option<u64>,
    tee: bool,
    subreaper: bool,
    repeat: usize,
    wait_term: bool,
    /// `unshare` flags to run the scenario process under, e.g. as PID 1.
    unshare: Vec<String>,
}

impl Scenario {
    fn new(argv: &[&str]) -> Scenario {
        Scenario {
            argv: argv.iter().map(|s| s.to_string()).collect(),
            env: Vec::new(),
            cwd: None,
            grace_ms: None,
            tee: false,
            subreaper: true,
            repeat: 1,
            wait_term: false,
            unshare: Vec::new(),
        }
    }

    fn sh(script: &str) -> Scenario {
        Scenario::new(&["sh", "-c", script])
    }

    fn grace_ms(mut self, ms: u64) -> Scenario {
        self.grace_ms = Some(ms);
        self
    }

    fn tee(mut self) -> Scenario {
        self.tee = true;
        self
    }

    /// Starts the scenario process with every signal blocked.
    fn start(&self) -> Running {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path();
        let mut vars: Vec<(String, String)> = vec![
            ("KFPI_DIR".into(), path.to_str().unwrap().into()),
            ("KFPI_ARGV".into(), self.argv.join(&SEP.to_string())),
            (
                "KFPI_ENV".into(),
                self.env
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(&SEP.to_string()),
            ),
            ("KFPI_SUBREAPER".into(), (self.subreaper as u8).to_string()),
            ("KFPI_REPEAT".into(), self.repeat.to_string()),
            ("KFPI_WAIT_TERM".into(), (self.wait_term as u8).to_string()),
        ];
        if let Some(ms) = self.grace_ms {
            vars.push(("KFPI_GRACE_MS".into(), ms.to_string()));
        }
        if self.tee {
            let log = path.join("logs/executor-logs");
            vars.push(("KFPI_LOG".into(), log.to_str().unwrap().into()));
        }
        if let Some(cwd) = &self.cwd {
            vars.push(("KFPI_CWD".into(), cwd.to_str().unwrap().into()));
        }
        let mut env: Vec<CString> = std::env::vars_os()
            .filter(|(k, _)| !k.as_bytes().starts_with(b"KFPI_"))
            .map(|(k, v)| {
                let mut kv = k.as_bytes().to_vec();
                kv.push(b'=');
                kv.extend_from_slice(v.as_bytes());
                CString::new(kv).unwrap()
            })
            .collect();
        env.extend(
            vars.iter()
                .map(|(k, v)| CString::new(format!("{k}={v}")).unwrap()),
        );

        let exe = std::env::current_exe().unwrap();
        let mut args: Vec<CString> = Vec::new();
        if !self.unshare.is_empty() {
            args.push(CString::new("unshare").unwrap());
            args.extend(
                self.unshare
                    .iter()
                    .map(|a| CString::new(a.as_str()).unwrap()),
            );
        }
        args.push(CString::new(exe.as_os_str().as_bytes()).unwrap());
        for a in [
            "scenario_entry",
            "--exact",
            "--nocapture",
            "--test-threads=1",
            "-q",
        ] {
            args.push(CString::new(a).unwrap());
        }

        let mut actions = PosixSpawnFileActions::init().unwrap();
        let write = OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_TRUNC;
        let mode = Mode::from_bits_truncate(0o644);
        actions
            .add_open(0, "/dev/null", OFlag::O_RDONLY, Mode::empty())
            .unwrap();
        actions
            .add_open(1, &path.join("stdout"), write, mode)
            .unwrap();
        actions
            .add_open(2, &path.join("stderr"), write, mode)
            .unwrap();
        let mut attr = PosixSpawnAttr::init().unwrap();
        attr.set_sigmask(&SigSet::all()).unwrap();
        attr.set_flags(PosixSpawnFlags::POSIX_SPAWN_SETSIGMASK)
            .unwrap();
        let pid = posix_spawnp(&args[0], &actions, &attr, &args, &env).unwrap();
        Running { pid, dir }
    }

    fn run(&self) -> Finished {
        self.start().finish()
    }
}

struct Running {
    pid: Pid,
    dir: tempfile::TempDir,
}

impl Running {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Waits until the scenario (or its user program) creates `name`.
    fn wait_for(&self, name: &str) {
        let path = self.path(name);
        let deadline = Instant::now() + DEADLINE;
        while !path.exists() {
            if Instant::now() > deadline {
                let _ = kill(self.pid, Signal::SIGKILL);
                panic!("{name} never appeared; {}", self.dump());
            }
            if let Ok(WaitStatus::Exited(..) | WaitStatus::Signaled(..)) =
                waitpid(self.pid, Some(WaitPidFlag::WNOHANG | WaitPidFlag::WNOWAIT))
            {
                panic!("scenario ended before {name} appeared; {}", self.dump());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn signal(&self, signal: Signal) {
        kill(self.pid, signal).unwrap();
    }

    fn dump(&self) -> String {
        let read = |n: &str| fs::read_to_string(self.path(n)).unwrap_or_default();
        format!(
            "stdout:\n{}\nstderr:\n{}\nresult:\n{}",
            read("stdout"),
            read("stderr"),
            read("result")
        )
    }

    /// Waits for the scenario process to exit, with a deadline.
    fn finish(self) -> Finished {
        let deadline = Instant::now() + DEADLINE;
        let exit = loop {
            match waitpid(self.pid, Some(WaitPidFlag::WNOHANG)).unwrap() {
                WaitStatus::Exited(_, code) => break code,
                WaitStatus::Signaled(_, signal, _) => break 128 + signal as i32,
                _ if Instant::now() > deadline => {
                    let _ = kill(self.pid, Signal::SIGKILL);
                    panic!("scenario did not finish; {}", self.dump());
                }
                _ => std::thread::sleep(Duration::from_millis(5)),
            }
        };
        let text = fs::read_to_string(self.path("result"))
            .unwrap_or_else(|e| panic!("no result ({e}); exit {exit}; {}", self.dump()));
        let result = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        Finished {
            exit,
            result,
            stdout: fs::read(self.path("stdout")).unwrap(),
            stderr: fs::read(self.path("stderr")).unwrap(),
            dir: self.dir,
        }
    }
}

struct Finished {
    /// The scenario process's own exit code (128+N when killed by signal N).
    exit: i32,
    result: HashMap<String, String>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    dir: tempfile::TempDir,
}

impl Finished {
    fn get(&self, key: &str) -> &str {
        self.result
            .get(key)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("no {key} in {:?}", self.result))
    }

    fn code(&self) -> i32 {
        let code: i32 = self.get("code").parse().unwrap();
        assert_eq!(code, self.exit, "process exit vs reported code");
        code
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn log(&self) -> Vec<u8> {
        fs::read(self.path("logs/executor-logs")).unwrap()
    }
}

fn ends_with(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.len() >= needle.len() && &haystack[haystack.len() - needle.len()..] == needle
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

// ---------------------------------------------------------------------------
// Exit codes.

#[test]
fn exit_codes_propagate() {
    for code in [0, 1, 2, 42, 255] {
        let done = Scenario::sh(&format!("exit {code}")).run();
        assert_eq!(done.code(), code);
        assert_eq!(done.get("status"), format!("exited with code {code}"));
        assert_eq!(done.get("termination"), "None");
    }
}

#[test]
fn signal_deaths_map_to_128_plus_signal() {
    // The child's own USR1 is at its default disposition: it dies of it.
    let done = Scenario::sh("kill -USR1 $$").run();
    assert_eq!(done.code(), 138);
    assert_eq!(done.get("status"), "killed by SIGUSR1");
    assert_eq!(done.get("possibly_oom"), "false");

    // A real-time signal, which nix's `Signal` cannot represent: still
    // reaped and reported (nix's waitpid would fail with EINVAL here).
    let done = Scenario::sh("kill -34 $$").run();
    assert_eq!(done.code(), 162);
    assert_eq!(done.get("status"), "killed by signal 34");

    // A SIGKILL we did not send: reported as possibly OOM.
    let done = Scenario::sh("kill -KILL $$").run();
    assert_eq!(done.code(), 137);
    assert_eq!(done.get("possibly_oom"), "true");
    assert_eq!(done.get("killed_after_grace"), "false");
    assert_eq!(done.get("describe"), "killed by SIGKILL, possibly OOM");
}

#[test]
fn program_not_found_is_127() {
    let done = Scenario::new(&["kfp-no-such-program-here", "arg"]).run();
    assert_eq!(done.code(), 127);
    assert!(
        done.get("error").contains("kfp-no-such-program-here"),
        "{}",
        done.get("error")
    );
}

#[test]
fn program_not_executable_is_126() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("not-executable.sh");
    fs::write(&script, "#!/bin/sh\nexit 0\n").unwrap();
    fs::set_permissions(&script, fs::Permissions::from_mode(0o644)).unwrap();
    let done = Scenario::new(&[script.to_str().unwrap()]).run();
    assert_eq!(done.code(), 126);
    assert!(done.get("error").contains("not-executable.sh"));
}

#[test]
fn bad_working_directory_is_a_launcher_failure() {
    let mut scenario = Scenario::new(&["true"]);
    scenario.cwd = Some("/nonexistent/kfp-cwd".into());
    let done = scenario.run();
    assert_eq!(done.code(), 1);
    assert!(done.get("error").contains("/nonexistent/kfp-cwd"));
}

#[test]
fn env_cwd_and_path_lookup() {
    let work = tempfile::tempdir().unwrap();
    let bin = work.path().join("bin");
    fs::create_dir(&bin).unwrap();
    let tool = bin.join("kfp-test-tool");
    fs::write(
        &tool,
        "#!/bin/sh\necho \"var=$KFP_TEST_VAR\"\necho \"cwd=$(pwd)\"\nexit 5\n",
    )
    .unwrap();
    fs::set_permissions(&tool, fs::Permissions::from_mode(0o755)).unwrap();
    let mut scenario = Scenario::new(&["kfp-test-tool"]);
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    scenario.env = vec![
        ("PATH".into(), path),
        ("KFP_TEST_VAR".into(), "hello world".into()),
    ];
    let cwd = work.path().canonicalize().unwrap();
    scenario.cwd = Some(cwd.clone());
    let done = scenario.run();
    assert_eq!(done.code(), 5);
    let expected = format!("var=hello world\ncwd={}\n", cwd.display());
    assert!(
        ends_with(&done.stdout, expected.as_bytes()),
        "{}",
        String::from_utf8_lossy(&done.stdout)
    );
}

#[test]
fn supervise_can_run_twice_in_one_process() {
    let mut scenario = Scenario::sh("echo run; exit 3");
    scenario.repeat = 2;
    let done = scenario.run();
    assert_eq!(done.code(), 3);
    assert!(ends_with(&done.stdout, b"run\nrun\n"));
}

// ---------------------------------------------------------------------------
// Signals.
//
// The trapping scripts idle in a loop of short foreground sleeps rather than
// `sleep 30 & wait`: a signal that lands while the shell is forking can be
// swallowed by the child's copy of the trap handler, which would leave a
// 30 s `sleep` behind. The short sleeps bound what a lost signal costs.

#[test]
fn child_starts_with_an_empty_signal_mask() {
    // The program itself, not a shell: dash blocks signals while it waits
    // for its own children, which would muddy the reading.
    let done = Scenario::new(&["grep", "-E", "^Sig(Blk|Ign):", "/proc/self/status"]).run();
    assert_eq!(done.code(), 0);
    assert_eq!(done.get("parent_blocked_term"), "true");
    let stdout = String::from_utf8_lossy(&done.stdout);
    let field = |name: &str| -> u64 {
        let line = stdout
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} in {stdout}"));
        u64::from_str_radix(line[name.len()..].trim(), 16).unwrap()
    };
    assert_eq!(field("SigBlk:"), 0, "{stdout}");
    let sigpipe_bit = 1u64 << (Signal::SIGPIPE as u32 - 1);
    assert_eq!(
        field("SigIgn:") & sigpipe_bit,
        0,
        "SIGPIPE ignored: {stdout}"
    );
}

#[test]
fn sigterm_is_forwarded_to_the_process_group() {
    let running =
        Scenario::sh(r#"trap 'exit 7' TERM; : > "$KFPI_DIR/ready"; while :; do sleep 1; done"#)
            .start();
    running.wait_for("ready");
    running.signal(Signal::SIGTERM);
    let done = running.finish();
    assert_eq!(done.code(), 7);
    assert_eq!(done.get("termination"), "Some(SIGTERM)");
    assert_eq!(done.get("killed_after_grace"), "false");
}

#[test]
fn child_ignoring_sigterm_is_killed_after_the_grace_period() {
    let running = Scenario::sh(r#"trap '' TERM; : > "$KFPI_DIR/ready"; sleep 30"#)
        .grace_ms(SHORT_GRACE_MS)
        .start();
    running.wait_for("ready");
    running.signal(Signal::SIGTERM);
    let done = running.finish();
    assert_eq!(done.code(), 137);
    assert_eq!(done.get("termination"), "Some(SIGTERM)");
    assert_eq!(done.get("killed_after_grace"), "true");
    assert_eq!(done.get("possibly_oom"), "false");
}

#[test]
fn sigint_is_forwarded_and_counts_as_termination() {
    let running =
        Scenario::sh(r#"trap 'exit 3' INT; : > "$KFPI_DIR/ready"; while :; do sleep 1; done"#)
            .start();
    running.wait_for("ready");
    running.signal(Signal::SIGINT);
    let done = running.finish();
    assert_eq!(done.code(), 3);
    assert_eq!(done.get("termination"), "Some(SIGINT)");
}

#[test]
fn sigusr1_is_forwarded() {
    let running = Scenario::sh(
        r#"trap 'echo got-usr1 > "$KFPI_DIR/marker"; exit 10' USR1; : > "$KFPI_DIR/ready"; while :; do sleep 1; done"#,
    )
    .start();
    running.wait_for("ready");
    running.signal(Signal::SIGUSR1);
    let done = running.finish();
    assert_eq!(done.code(), 10);
    assert_eq!(done.get("termination"), "None");
    assert_eq!(
        fs::read_to_string(done.path("marker")).unwrap(),
        "got-usr1\n"
    );
}

#[test]
fn sigterm_before_the_spawn_is_remembered_and_forwarded() {
    let mut scenario = Scenario::sh("sleep 30");
    scenario.wait_term = true;
    let running = scenario.start();
    running.wait_for("blocked");
    running.signal(Signal::SIGTERM);
    let done = running.finish();
    assert_eq!(done.get("pre_termination"), "Some(SIGTERM)");
    // The queued SIGTERM reached the user process as soon as it existed.
    assert_eq!(done.code(), 143);
    assert_eq!(done.get("termination"), "Some(SIGTERM)");
}

// ---------------------------------------------------------------------------
// Reaping.

/// The user process M starts I, which starts G in the background and exits:
/// G is orphaned while M still runs. M records G's new parent, lets G finish
/// (through a FIFO) and waits until G is a zombie or gone before exiting, so
/// whether the launcher reaped it is decided before the launcher returns.
const ORPHAN_SCRIPT: &str = r#"
set -e
d="$KFPI_DIR"
mkfifo "$d/f"
sh -c 'sh -c "read x < $KFPI_DIR/f" & echo $! > $KFPI_DIR/gpid'
g=$(cat "$d/gpid")
grep '^PPid:' /proc/$g/status | cut -f2 > "$d/ppid"
echo go > "$d/f"
while [ -e /proc/$g ] && [ "$(cut -d' ' -f3 /proc/$g/stat 2>/dev/null)" != Z ]; do sleep 0.01; done
"#;

fn orphan_ppid(done: &Finished) -> String {
    fs::read_to_string(done.path("ppid"))
        .unwrap()
        .trim()
        .to_owned()
}

#[test]
fn orphans_are_reaped_by_the_subreaper() {
    let done = Scenario::sh(ORPHAN_SCRIPT).run();
    assert_eq!(done.code(), 0, "{}", String::from_utf8_lossy(&done.stderr));
    assert_eq!(orphan_ppid(&done), done.get("launcher_pid"));
    let orphans: u64 = done.get("orphans").parse().unwrap();
    assert!(orphans >= 1, "orphans={orphans}");
}

/// Negative control for the test above: same script without the subreaper
/// bit, the orphan goes to some other reaper and the launcher never sees it.
#[test]
fn orphans_are_not_ours_without_the_subreaper_bit() {
    let mut scenario = Scenario::sh(ORPHAN_SCRIPT);
    scenario.subreaper = false;
    let done = scenario.run();
    assert_eq!(done.code(), 0, "{}", String::from_utf8_lossy(&done.stderr));
    assert_ne!(orphan_ppid(&done), done.get("launcher_pid"));
    assert_eq!(done.get("orphans"), "0");
}

/// The launcher as real PID 1 of a PID namespace, as in a pod.
#[test]
fn orphans_are_reaped_as_pid1_in_a_pid_namespace() {
    let candidates: [&[&str]; 2] = [
        &["--pid", "--fork", "--mount-proc"],
        &[
            "--user",
            "--map-root-user",
            "--pid",
            "--fork",
            "--mount-proc",
        ],
    ];
    let usable = candidates.iter().find(|flags| {
        Command::new("unshare")
            .args(flags.iter())
            .arg("true")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    });
    let Some(flags) = usable else {
        return kfp_common::test_util::host_lacks("`unshare --pid --fork --mount-proc`");
    };
    let mut scenario = Scenario::sh(ORPHAN_SCRIPT);
    scenario.unshare = flags.iter().map(|f| f.to_string()).collect();
    let done = scenario.run();
    assert_eq!(done.get("launcher_pid"), "1");
    assert_eq!(done.code(), 0, "{}", String::from_utf8_lossy(&done.stderr));
    assert_eq!(orphan_ppid(&done), "1");
    let orphans: u64 = done.get("orphans").parse().unwrap();
    assert!(orphans >= 1, "orphans={orphans}");
}

// ---------------------------------------------------------------------------
// Output.

#[test]
fn without_a_log_file_the_child_writes_straight_to_the_launcher_streams() {
    let done = Scenario::sh(
        r#"a=$(readlink /proc/$$/fd/1); b=$(readlink /proc/$$/fd/2); echo "$a" > "$KFPI_DIR/fd1"; echo "$b" > "$KFPI_DIR/fd2""#,
    )
    .run();
    assert_eq!(done.code(), 0);
    let link = |n: &str| PathBuf::from(fs::read_to_string(done.path(n)).unwrap().trim());
    let real = |n: &str| done.path(n).canonicalize().unwrap();
    assert_eq!(link("fd1"), real("stdout"));
    assert_eq!(link("fd2"), real("stderr"));
}

#[test]
fn stdout_and_stderr_are_passed_through_separately_and_teed() {
    let done = Scenario::sh("echo out-line; echo err-line >&2; exit 4")
        .tee()
        .run();
    assert_eq!(done.code(), 4);
    assert!(ends_with(&done.stdout, b"out-line\n"));
    assert!(!contains(&done.stdout, b"err-line"));
    assert!(ends_with(&done.stderr, b"err-line\n"));
    assert!(!contains(&done.stderr, b"out-line"));
    let log = done.log();
    assert!(contains(&log, b"out-line\n") && contains(&log, b"err-line\n"));
    assert_eq!(log.len(), b"out-line\nerr-line\n".len());
    assert_eq!(done.get("tee_error"), "None");
}

#[test]
fn large_output_is_not_truncated() {
    let lines = 750_000;
    let expected: String = (1..=lines).map(|i| format!("{i}\n")).collect();
    assert!(expected.len() > 5_000_000);
    let done = Scenario::sh(&format!("seq 1 {lines}; echo done >&2"))
        .tee()
        .run();
    assert_eq!(done.code(), 0);
    assert!(
        ends_with(&done.stdout, expected.as_bytes()),
        "stdout truncated"
    );
    assert!(ends_with(&done.stderr, b"done\n"));
    // The stderr chunk lands somewhere between stdout chunks; without it the
    // log is exactly the stdout stream.
    let log = String::from_utf8(done.log()).unwrap();
    assert_eq!(log.len(), expected.len() + "done\n".len());
    assert_eq!(log.replacen("done\n", "", 1), expected);
}

#[test]
fn leftover_process_holding_the_pipes_does_not_hang_the_launcher() {
    // The background process ignores SIGTERM (set before it is forked, so
    // there is no race) and keeps stdout open after the main child exits; the
    // launcher gives up after the grace period.
    let done =
        Scenario::sh(r#"trap '' TERM; sleep 30 & echo $! > "$KFPI_DIR/straggler"; echo main-done"#)
            .tee()
            .grace_ms(SHORT_GRACE_MS)
            .run();
    if let Ok(pid) = fs::read_to_string(done.path("straggler")) {
        let _ = kill(Pid::from_raw(pid.trim().parse().unwrap()), Signal::SIGKILL);
    }
    assert_eq!(done.code(), 0);
    assert!(done.get("tee_error").contains("still held open"));
    assert!(contains(&done.log(), b"main-done\n"));
}
