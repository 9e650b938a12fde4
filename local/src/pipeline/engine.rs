//! Who runs a driver or a launcher for the pipeline walk.
//!
//! [`InProcess`] is `launcher local run`: drivers are library calls on the
//! run's store, and every task's launcher is a child process
//! (`launcher local launch`), because a launcher is its user process's
//! init: it owns `waitpid(-1)` while the step runs, so two steps can only
//! run side by side in two processes. The end-to-end harness has its own
//! engine that runs the real `driver` and `launcher` binaries.

use std::{
    future::Future,
    path::{Path, PathBuf},
    process::Command,
};

use kfp_common::{metadata::MetadataBackend, store::providers::LauncherConfig};
use kfp_driver::{
    args::{self as driver_args, DriverType},
    container::{container_driver, CacheLookup, Env},
    dag::dag_driver,
    outputs::Outputs,
    root::root_dag_with_session,
    stale::StoreCheck,
};

use kfp_step::buckets::NoSecrets;

use super::WalkError;
use crate::{kube::LocalPvcs, BindMount, Isolation};

/// Runs the programs of one task (contract §7): drivers and launchers.
pub trait Engine {
    /// Run a driver with this command line (without the program name).
    fn driver(&self, argv: &[String]) -> impl Future<Output = Result<Outputs, WalkError>>;

    /// Run a launcher (`/kfp-launcher/launch` or `launcher-v2`) with this
    /// command line and extra environment, as the pod `pod` of task
    /// `task`, with the pod's `volumes` at their mount paths; its exit code.
    fn launcher(
        &self,
        task: &str,
        argv: &[String],
        env: &[(String, String)],
        volumes: &[BindMount],
    ) -> impl Future<Output = Result<i32, WalkError>>;
}

/// Drivers in this process, launchers as `launcher local launch` children.
pub struct InProcess<'a, M> {
    pub store: &'a M,
    /// Namespace recorded on executions and used as cache scope.
    pub namespace: String,
    /// The run's `store_session_info` when its objects live on this
    /// machine.
    pub session: Option<String>,
    pub cache_disabled: bool,
    /// This program, run as each task's launcher.
    pub exe: PathBuf,
    /// Arguments of `local launch` before `--`: home, store, isolation.
    pub launch_flags: Vec<String>,
    /// Per task scratch directories live under this directory.
    pub scratch: PathBuf,
    /// The stale-cache check, one for the run so each bucket is opened
    /// once: outputs in the home are checked there
    /// ([`StoreCheck::with_local_objects`]), others in their store.
    pub check: StoreCheck<NoSecrets>,
    /// Where createpvc and deletepvc tasks keep PVCs (`None`: such tasks
    /// fail, wanting the Kubernetes API).
    pub pvcs: Option<LocalPvcs>,
}

impl<M: MetadataBackend> Engine for InProcess<'_, M> {
    async fn driver(&self, argv: &[String]) -> Result<Outputs, WalkError> {
        let args = driver_args::parse(argv).map_err(WalkError::DriverArgs)?;
        let failed =
            |execution, source: Box<dyn std::error::Error + Send + Sync>| WalkError::Driver {
                driver_type: args.driver_type.as_str(),
                execution,
                source,
            };
        match args.driver_type {
            DriverType::RootDag => root_dag_with_session(
                self.store,
                &args,
                &self.namespace,
                &LauncherConfig::default(),
                self.session.as_deref(),
            )
            .await
            .map_err(|e| failed(None, e.into())),
            DriverType::Dag => dag_driver(self.store, &args, None)
                .await
                .map_err(|e| failed(None, e.into())),
            DriverType::Container => {
                let env = Env {
                    store: self.store,
                    cache: if self.cache_disabled {
                        CacheLookup::Disabled
                    } else {
                        CacheLookup::Mlmd
                    },
                    outputs_check: &self.check,
                    namespace: self.namespace.clone(),
                    kube: None,
                    pvcs: self
                        .pvcs
                        .as_ref()
                        .map(|p| p as &dyn kfp_driver::pvc::PvcApi),
                    // The pod a platform op records as the one that ran it.
                    pod_name: Some(format!("{}-{}-driver", args.run_name, args.task_name)),
                };
                match container_driver(&env, &args).await {
                    Ok(out) => Ok(out),
                    // The execution exists and is FAILED: the walk reads it.
                    Err(e) => {
                        let execution = e.recorded().and_then(|out| out.execution_id);
                        Err(failed(execution, e.into()))
                    }
                }
            }
        }
    }

    async fn launcher(
        &self,
        task: &str,
        argv: &[String],
        env: &[(String, String)],
        volumes: &[BindMount],
    ) -> Result<i32, WalkError> {
        let scratch = self.scratch.join(task);
        let mut command = Command::new(&self.exe);
        command.args(["local", "launch"]).args(&self.launch_flags);
        for v in volumes {
            command
                .arg(if v.read_only { "--bind-ro" } else { "--bind" })
                .arg(format!("{}={}", v.target.display(), v.source.display()));
        }
        command
            .arg("--scratch")
            .arg(&scratch)
            .arg("--")
            .args(argv)
            .envs(env.iter().map(|(k, v)| (k, v)));
        wait(command, "launcher", task).await
    }
}

/// A driver or step the walk starts gets SIGTERM when the walk dies, even
/// by SIGKILL: a step then stops its user process and publishes FAILED, as
/// on Ctrl-C, instead of running on unowned. (The walk spawns on its one
/// runtime thread, which lives as long as the walk: the kernel's
/// parent-death signal follows that thread.)
#[allow(unsafe_code)]
fn die_with_the_walk(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    let walk = nix::unistd::getpid();
    // SAFETY: runs in the forked child before exec: prctl and getppid are
    // system calls, nothing allocates or locks; it captures a pid (Copy).
    unsafe {
        command.pre_exec(move || {
            nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGTERM)
                .map_err(std::io::Error::from)?;
            if nix::unistd::getppid() != walk {
                return Err(std::io::Error::from(nix::errno::Errno::ESRCH));
            }
            Ok(())
        });
    }
}

/// Processes the walk started and has not reaped yet.
static CHILDREN: std::sync::Mutex<std::collections::BTreeSet<u32>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// Pass `signal` on to every process the walk is waiting for.
pub fn forward(signal: nix::sys::signal::Signal) {
    let children = CHILDREN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for pid in children.iter() {
        if let Ok(pid) = i32::try_from(*pid) {
            let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), signal);
        }
    }
}

/// Start `command`, the `program` of `task`, and wait for it without
/// blocking the walk; its exit code (128+N for signal N).
pub async fn wait(
    mut command: Command,
    program: &'static str,
    task: &str,
) -> Result<i32, WalkError> {
    die_with_the_walk(&mut command);
    let args: Vec<&std::ffi::OsStr> = command.get_args().collect();
    if let Some((index, size)) = kfp_step::init::too_long(&args) {
        return Err(WalkError::ArgumentTooLong {
            program,
            task: task.to_owned(),
            index,
            size,
        });
    }
    let mut child = command.spawn().map_err(|source| WalkError::Spawn {
        program,
        task: task.to_owned(),
        source,
    })?;
    let pid = child.id();
    CHILDREN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(pid);
    let task = task.to_owned();
    // Waiting on one pid (not `waitpid(-1)`), on a blocking thread: the
    // launcher's signal mask leaves no SIGCHLD for an async reaper.
    let status = tokio::task::spawn_blocking(move || child.wait()).await;
    CHILDREN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .remove(&pid);
    let waited = |source: Box<dyn std::error::Error + Send + Sync>| WalkError::Wait {
        program,
        task: task.clone(),
        source,
    };
    let status = status
        .map_err(|e| waited(e.into()))?
        .map_err(|e| waited(e.into()))?;
    use std::os::unix::process::ExitStatusExt;
    Ok(match (status.code(), status.signal()) {
        (Some(code), _) => code,
        (None, Some(sig)) => kfp_step::init::SIGNAL_BASE + sig,
        (None, None) => kfp_step::init::LAUNCHER_FAILURE,
    })
}

/// The local launcher's flags before `--`.
pub fn launch_flags(
    home: &Path,
    mlmd: Option<&str>,
    isolation: Isolation,
    objects: Option<&Path>,
) -> Vec<String> {
    let mut flags = vec!["--home".to_owned(), home.to_string_lossy().into_owned()];
    if let Some(m) = mlmd {
        flags.extend(["--mlmd".to_owned(), m.to_owned()]);
    }
    flags.extend([
        "--isolation".to_owned(),
        match isolation {
            Isolation::Auto => "auto",
            Isolation::Namespace => "namespace",
            Isolation::None => "none",
        }
        .to_owned(),
    ]);
    if let Some(o) = objects {
        flags.extend(["--objects".to_owned(), o.to_string_lossy().into_owned()]);
    }
    flags
}

/// The real `driver` and `launcher` binaries, as a cluster runs them: the
/// end-to-end harness. Drivers write their decisions into the output files
/// their command lines name, and the walk reads them back as Argo does.
#[derive(Debug, Clone)]
pub struct Binaries {
    pub driver: PathBuf,
    pub launcher: PathBuf,
    /// Environment of every process (object store credentials,
    /// `KFP_LAUNCHER_CONFIG_FILE`).
    pub env: Vec<(String, String)>,
    /// Passed as `--namespace`, which replaces the pod's service-account
    /// file outside a pod.
    pub namespace: String,
}

impl Engine for Binaries {
    async fn driver(&self, argv: &[String]) -> Result<Outputs, WalkError> {
        let mut argv = argv.to_vec();
        // The compiler asks a CONTAINER driver for no execution id (the
        // launcher finds it in the patch); the walk wants it for cache
        // hits too, so it asks for one more output file.
        if !argv.iter().any(|a| a == "--execution_id_path") {
            let patch = argv.iter().position(|a| a == "--pod_spec_patch_path");
            if let Some(path) = patch.and_then(|at| argv.get(at + 1)) {
                let file = Path::new(path).with_file_name("execution-id");
                argv.push("--execution_id_path".into());
                argv.push(file.to_string_lossy().into_owned());
            }
        }
        let argv = &argv[..];
        let mut command = Command::new(&self.driver);
        command
            .args(argv)
            .args(["--namespace", &self.namespace])
            .envs(self.env.iter().map(|(k, v)| (k, v)));
        let code = wait(command, "driver", "driver").await?;
        let file = |flag: &str| -> Option<String> {
            let at = argv.iter().position(|a| a == flag)?;
            std::fs::read_to_string(argv.get(at + 1)?).ok()
        };
        if code != 0 {
            return Err(WalkError::DriverExit { code });
        }
        Ok(Outputs::from_texts(|_, flag| file(&format!("--{flag}"))))
    }

    async fn launcher(
        &self,
        task: &str,
        argv: &[String],
        env: &[(String, String)],
        volumes: &[BindMount],
    ) -> Result<i32, WalkError> {
        if let Some(v) = volumes.first() {
            tracing::warn!(
                task,
                "the launcher binary cannot mount volumes; {} and others not mounted",
                v.target.display()
            );
        }
        // Flags go before the user command's `--`.
        let split = argv.iter().position(|a| a == "--").unwrap_or(argv.len());
        let mut command = Command::new(&self.launcher);
        command
            .args(&argv[..split])
            .args(["--namespace", &self.namespace])
            .args(&argv[split..])
            .envs(self.env.iter().chain(env).map(|(k, v)| (k, v)));
        wait(command, "launcher", task).await
    }
}
