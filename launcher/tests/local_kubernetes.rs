#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `launcher local run` of pipelines that use Kubernetes features (issue
//! 16): PVCs (CreatePVC, mount_pvc, DeletePVC), Secrets and ConfigMaps as
//! env and volumes (`--secret`, `--config-map`), and `fieldRef` env
//! (`use_field_path_as_env` with `add_pod_label` / `add_pod_annotation`).
//! Our own pipeline (`e2e/pipelines/k8s_local.py`) has shell steps only;
//! the SDK's fixtures (`../shared/fixtures/kfp/ir`) have Python steps and
//! run with the real SDK executor (`KFP_VENV`). Mounts need a private mount
//! namespace: without CAP_SYS_ADMIN those tests skip loudly.

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A whole run with `--json`: the summary and the process output.
fn run(home: &Path, pipeline: &Path, extra: &[&str], venv: Option<&Path>) -> (Value, Output) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_launcher"));
    cmd.args(["local", "run"])
        .arg(pipeline)
        .arg("--home")
        .arg(home)
        .arg("--json")
        .args(extra);
    if let Some(v) = venv {
        cmd.env(
            "PATH",
            format!(
                "{}:{}",
                v.join("bin").display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("PIP_NO_INDEX", "1");
    }
    let out = cmd.output().unwrap();
    let summary = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (summary, out)
}

fn task<'a>(summary: &'a Value, name: &str) -> &'a Value {
    let t = &summary["tasks"][name];
    assert!(t.is_object(), "no task {name} in {:#}", summary["tasks"]);
    t
}

fn state<'a>(summary: &'a Value, name: &str) -> &'a str {
    task(summary, name)["state"].as_str().unwrap()
}

fn error<'a>(summary: &'a Value, name: &str) -> &'a str {
    task(summary, name)["error"].as_str().unwrap_or_default()
}

fn param<'a>(summary: &'a Value, name: &str, output: &str) -> &'a Value {
    &task(summary, name)["outputs"]["parameters"][output]
}

/// Whether steps can get a private mount namespace here (CAP_SYS_ADMIN);
/// if not, the test says so on stderr and returns.
fn mounts_allowed() -> bool {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let cap_eff = status
        .lines()
        .find_map(|l| l.strip_prefix("CapEff:"))
        .and_then(|v| u64::from_str_radix(v.trim(), 16).ok())
        .unwrap_or(0);
    let allowed = cap_eff & (1 << 21) != 0;
    if !allowed {
        eprintln!(
            "SKIPPED {}: volumes need a private mount namespace (CAP_SYS_ADMIN)",
            std::thread::current().name().unwrap_or("a test")
        );
    }
    allowed
}

/// `--secret creds=DIR` (a directory, one file per key) and
/// `--config-map settings=FILE` (an env-file), in `dir`.
fn sources(dir: &Path, username: Option<&str>) -> (String, String) {
    let creds = dir.join("creds");
    std::fs::create_dir_all(&creds).unwrap();
    if let Some(u) = username {
        std::fs::write(creds.join("username"), u).unwrap();
    }
    let settings = dir.join("settings.env");
    std::fs::write(&settings, "# local settings\nmode=fast\n").unwrap();
    (
        format!("creds={}", creds.display()),
        format!("settings={}", settings.display()),
    )
}

fn k8s_local() -> PathBuf {
    workspace().join("e2e/pipelines/whole/k8s_local.yaml")
}

/// createpvc makes a PVC with a generated name (UUID + suffix), the writer
/// writes into it through a subPath with env from a Secret and a ConfigMap
/// (an optional one absent), the reader reads it back with the Secret and
/// the ConfigMap as read-only volumes and its pod's fields as env, and
/// deletepvc removes it.
#[test]
fn pvc_secret_config_map_and_field_path_pipeline_runs_whole() {
    if !mounts_allowed() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (secret, config_map) = sources(home.path(), Some("user1"));
    let (summary, out) = run(
        &home.path().join("home"),
        &k8s_local(),
        &["--secret", &secret, "--config-map", &config_map],
        None,
    );
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:#}\n{log}", summary["tasks"]);
    for t in ["createpvc", "write-pvc", "read-pvc", "deletepvc"] {
        assert_eq!(
            state(&summary, t),
            "COMPLETE",
            "{t}: {:#}",
            summary["tasks"]
        );
    }
    let name = param(&summary, "createpvc", "name").as_str().unwrap();
    let generated = name.strip_suffix("-local-data").unwrap();
    assert!(uuid::Uuid::parse_str(generated).is_ok(), "{name}");
    assert_eq!(param(&summary, "write-pvc", "written"), "user1:fast");
    assert_eq!(
        param(&summary, "read-pvc", "seen"),
        "user1:fast|user1|fast|local|ml|hello|pipeline-runner|127.0.0.1"
    );
    // deletepvc removed the directory; the run's copies of the Secret and
    // ConfigMap went with their task.
    let pvcs = home.path().join("home/pvcs");
    assert!(!pvcs.join(name).exists());
    let run_id = summary["run_id"].as_str().unwrap();
    let volumes = home.path().join("home/runs").join(run_id).join("volumes");
    assert_eq!(
        std::fs::read_dir(&volumes).map_or(0, |d| d.count()),
        0,
        "{}",
        volumes.display()
    );
    // Nothing was mounted on the host.
    for p in ["/mnt/shared", "/etc/creds", "/etc/settings"] {
        assert!(!Path::new(p).exists(), "{p} left on the host");
    }
}

/// A key the Secret lacks fails the task that needs it, naming the task,
/// the secret, where it came from and the key; nothing downstream runs, and
/// the PVC stays (as in a cluster, where deletepvc would not run either).
#[test]
fn a_missing_secret_key_fails_the_task_naming_the_secret_and_key() {
    let home = tempfile::tempdir().unwrap();
    let (secret, config_map) = sources(home.path(), None);
    let (summary, out) = run(
        &home.path().join("home"),
        &k8s_local(),
        &["--secret", &secret, "--config-map", &config_map],
        None,
    );
    assert!(!out.status.success());
    assert_eq!(state(&summary, "write-pvc"), "FAILED");
    let e = error(&summary, "write-pvc");
    let creds = home.path().join("creds");
    assert!(
        e.contains(&format!(
            "task write-pvc: secret \"creds\" (--secret creds={}) has no key \"username\" (needed for environment variable USER_NAME)",
            creds.display()
        )),
        "{e}"
    );
    assert_eq!(state(&summary, "read-pvc"), "NOT_RUN");
    assert_eq!(state(&summary, "deletepvc"), "NOT_RUN");
    let name = param(&summary, "createpvc", "name").as_str().unwrap();
    assert!(home.path().join("home/pvcs").join(name).is_dir());
}

/// A Secret no flag gives: the error says which flag to pass.
#[test]
fn a_secret_not_given_names_the_flag_to_pass() {
    let home = tempfile::tempdir().unwrap();
    let (_, config_map) = sources(home.path(), None);
    let (summary, out) = run(
        &home.path().join("home"),
        &k8s_local(),
        &["--config-map", &config_map],
        None,
    );
    assert!(!out.status.success());
    let e = error(&summary, "write-pvc");
    assert!(
        e.contains("task write-pvc: secret \"creds\" is not given: pass --secret creds=DIR|FILE"),
        "{e}"
    );
}

/// Without a mount namespace a task with volumes fails up front, naming
/// the volume and its mount path; createpvc (no mounts) still works.
#[test]
fn isolation_none_fails_tasks_with_volumes_naming_the_mount_path() {
    let home = tempfile::tempdir().unwrap();
    let (secret, config_map) = sources(home.path(), Some("user1"));
    let (summary, out) = run(
        &home.path().join("home"),
        &k8s_local(),
        &[
            "--secret",
            &secret,
            "--config-map",
            &config_map,
            "--isolation",
            "none",
        ],
        None,
    );
    assert!(!out.status.success());
    assert_eq!(state(&summary, "createpvc"), "COMPLETE");
    assert_eq!(state(&summary, "write-pvc"), "FAILED");
    let e = error(&summary, "write-pvc");
    assert!(
        e.contains("task write-pvc: volume ")
            && e.contains("must be mounted at /data, which needs a private mount namespace, and --isolation none"),
        "{e}"
    );
    // The failed step never ran: nothing was written anywhere.
    assert!(!Path::new("/data/greeting.txt").exists());
}

/// A bad --secret fails the run before any task, naming the flag.
#[test]
fn an_unreadable_secret_source_fails_the_run_naming_the_flag() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_launcher"))
        .args(["local", "run"])
        .arg(k8s_local())
        .arg("--home")
        .arg(home.path())
        .args(["--secret", "creds=/nonexistent/creds"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--secret creds=/nonexistent/creds: cannot read it"),
        "{stderr}"
    );
    // Nothing ran, nothing was recorded.
    assert!(!home.path().join("metadata.sqlite").exists());
}

// === The SDK's own test pipelines ===

/// A fixture whose steps pin the SDK of `KFP_VENV`, so the walk skips
/// their no-op `pip install` (no network).
fn fixture(name: &str, dir: &Path) -> PathBuf {
    let src = kfp_common::test_util::ir_fixtures()
        .unwrap()
        .join(format!("{name}.yaml"));
    kfp_common::test_util::fixture_on_kfp_venv(&src, dir)
        .expect("sdk_ready checked KFP_VENV")
        .0
}

fn sdk_ready() -> Option<PathBuf> {
    kfp_common::test_util::ir_fixtures()?;
    let venv = kfp_common::test_util::kfp_venv()?;
    mounts_allowed().then_some(venv)
}

/// Every task of a fixture run ended COMPLETE, and the run exited 0.
fn assert_complete(name: &str, summary: &Value, out: &Output) {
    assert!(
        out.status.success(),
        "{name}: {:#}\n{}",
        summary["tasks"],
        String::from_utf8_lossy(&out.stderr)
    );
    for (t, v) in summary["tasks"].as_object().unwrap() {
        assert_eq!(v["state"], "COMPLETE", "{name}/{t}: {v:#}");
    }
}

/// `test-secret-1..3` as the SDK's secret pipelines expect them: one an
/// env-file, two directories.
fn test_secrets(dir: &Path) -> Vec<String> {
    let one = dir.join("test-secret-1");
    std::fs::create_dir_all(&one).unwrap();
    std::fs::write(one.join("username"), "user1").unwrap();
    let two = dir.join("test-secret-2.env");
    std::fs::write(&two, "password=psw1\n").unwrap();
    let three = dir.join("test-secret-3");
    std::fs::create_dir_all(&three).unwrap();
    std::fs::write(three.join("password"), "psw2").unwrap();
    vec![
        "--secret".into(),
        format!("test-secret-1={}", one.display()),
        "--secret".into(),
        format!("test-secret-2={}", two.display()),
        "--secret".into(),
        format!("test-secret-3={}", three.display()),
    ]
}

/// Secrets as env (a name from a pipeline input, a constant, and another
/// task's output), as a volume, and as env in every ParallelFor iteration.
#[test]
fn sdk_secret_pipelines_run_whole() {
    let Some(venv) = sdk_ready() else { return };
    let dir = tempfile::tempdir().unwrap();
    let secrets = test_secrets(dir.path());
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    for name in [
        "critical__pipeline_with_secret_as_env",
        "pipeline_with_secret_as_volume",
        "parallel_and_nested__parallel_for_secret",
    ] {
        let home = dir.path().join(name);
        let (summary, out) = run(&home, &fixture(name, dir.path()), &secrets, Some(&venv));
        assert_complete(name, &summary, &out);
    }
}

/// Pod labels and annotations reach the env through fieldRef.
///
/// The fixture's `validate-no-pod-metadata` has no Kubernetes config, so
/// its variables are unset and `os.getenv` answers `None`, which it
/// rejects (it wants `""`): it fails in a cluster too, and here.
#[test]
fn sdk_pod_metadata_pipeline_runs_whole() {
    let Some(venv) = sdk_ready() else { return };
    let dir = tempfile::tempdir().unwrap();
    let name = "create_pod_metadata_complex";
    let (summary, _) = run(
        &dir.path().join("home"),
        &fixture(name, dir.path()),
        &[],
        Some(&venv),
    );
    for t in ["validate-pod-metadata", "validate-pod-metadata-2"] {
        assert_eq!(
            state(&summary, t),
            "COMPLETE",
            "{t}: {:#}",
            summary["tasks"]
        );
        assert_eq!(param(&summary, t, "Output"), true);
    }
    assert_eq!(state(&summary, "validate-no-pod-metadata"), "FAILED");
    let log = task(&summary, "validate-no-pod-metadata")["log"]
        .as_str()
        .unwrap();
    let log = std::fs::read_to_string(log).unwrap();
    assert!(
        log.contains("Pod annotation is None but is supposed to be None."),
        "{log}"
    );
}

/// The SDK's CreatePVC / mount / DeletePVC pipeline; a PVC named by a
/// pipeline input must exist in the home (and says so when it does not);
/// the run's workspace is a PVC of its own, shared by its tasks.
#[test]
fn sdk_pvc_and_workspace_pipelines_run_whole() {
    let Some(venv) = sdk_ready() else { return };
    let dir = tempfile::tempdir().unwrap();

    let name = "pipeline_with_volume";
    let home = dir.path().join(name);
    let (summary, out) = run(&home, &fixture(name, dir.path()), &[], Some(&venv));
    assert_complete(name, &summary, &out);
    assert_eq!(param(&summary, "consumer", "Output"), "Hello world");
    let pvcs: Vec<_> = std::fs::read_dir(home.join("pvcs")).unwrap().collect();
    assert!(pvcs.is_empty(), "deletepvc left {pvcs:?}");

    let name = "pvc_mount";
    let home = dir.path().join(name);
    let pipeline = fixture(name, dir.path());
    let (summary, out) = run(
        &home,
        &pipeline,
        &["--param", "pvc_name=shared"],
        Some(&venv),
    );
    assert!(!out.status.success());
    let e = error(&summary, "producer");
    assert!(
        e.contains(
            "task producer: volume \"shared\" at /data: PVC \"shared\" does not exist locally"
        ),
        "{e}"
    );
    std::fs::create_dir_all(home.join("pvcs/shared")).unwrap();
    let (summary, out) = run(
        &home,
        &pipeline,
        &["--param", "pvc_name=shared"],
        Some(&venv),
    );
    assert_complete(name, &summary, &out);
    assert_eq!(
        std::fs::read_to_string(home.join("pvcs/shared/file.txt")).unwrap(),
        "hello"
    );

    let name = "critical__pipeline_with_workspace";
    let home = dir.path().join(name);
    let (summary, out) = run(&home, &fixture(name, dir.path()), &[], Some(&venv));
    assert_complete(name, &summary, &out);
    assert_eq!(
        param(&summary, "read-from-workspace", "Output"),
        "Hello from workspace!"
    );
    let left: Vec<_> = std::fs::read_dir(home.join("pvcs")).unwrap().collect();
    assert!(left.is_empty(), "the workspace outlived its run: {left:?}");
}
