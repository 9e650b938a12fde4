//! One container step from inputs to outputs (contract §3.3 step 8, §3.6–3.8):
//! download inputs, substitute placeholders, run the user process as its
//! init, collect output parameters and artifacts, upload them.
//!
//! Shared by the cluster path and `launcher local run`; publishing is the
//! caller's. After the user process has started nothing returns early:
//! every failure ends in a [`StepReport`] with a terminal state, so the caller
//! always has something to publish.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use kfp_common::{
    executor_io::{self, executor_input_json, read_output_parameter},
    placeholder::{self, Context},
    proto::{
        ml_pipelines::{
            parameter_type::ParameterTypeEnum, ComponentSpec, ExecutorInput, RuntimeArtifact,
        },
        wkt,
    },
    provision::EXECUTOR_LOGS,
    resolve::apply_parameter_defaults,
    uri::{artifact_local_path, is_workspace_artifact, local_path, PathMap, WORKSPACE_PATH},
};

mod error;

pub use error::StepError;

use crate::{
    buckets::Buckets,
    init::{self, Outcome, Signals, SuperviseOptions, UserCommand},
};
use kfp_common::transfer::{Moved, TransferError};

/// Everything needed to run one step.
#[derive(Debug, Clone)]
pub struct Step {
    /// As provisioned by the driver (or the local runner), without defaults.
    pub executor_input: ExecutorInput,
    pub component: ComponentSpec,
    /// Program and arguments, placeholders unresolved.
    pub command: Vec<String>,
    pub paths: PathMap,
    /// `{{$.name}}` values for placeholders in the command.
    pub runtime: BTreeMap<String, String>,
    /// Extra environment for the user process.
    pub env: Vec<(String, String)>,
    /// SIGTERM → SIGKILL grace period.
    pub grace: Duration,
    /// Tee stdout/stderr into the `executor-logs` artifact.
    pub publish_logs: bool,
    /// Whether the launcher runs the user process or it runs elsewhere.
    pub user: UserProcess,
}

/// Who runs the user process.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum UserProcess {
    /// The launcher, as its init (the wrapped entrypoint).
    #[default]
    Supervise,
    /// It ran elsewhere and exited with this code; its outputs are on disk
    /// (`publisher publish`). Inputs are not downloaded.
    Exited(i32),
    /// It runs in another container of the pod, which writes its exit code
    /// into this file when it ends (`publisher sidecar`). Inputs are not
    /// downloaded.
    Marker(PathBuf),
}

/// Terminal state of a step, as it will be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    Complete,
    Failed,
    /// Stopped by SIGTERM/SIGINT (the pod or the user stopped it).
    Canceled,
}

/// One output artifact after upload.
#[derive(Debug, Clone)]
pub struct OutputArtifact {
    /// Output name (`model`, `executor-logs`).
    pub name: String,
    /// Merged with what the executor reported (uri, metadata, custom_path).
    pub artifact: RuntimeArtifact,
    /// What was uploaded; `None` when the local path did not exist.
    pub moved: Option<Moved>,
}

/// Time spent per phase, recorded with the execution.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub download: Duration,
    pub run: Duration,
    pub upload: Duration,
}

/// What happened, for the caller to publish and report.
#[derive(Debug, Clone)]
pub struct StepReport {
    pub state: StepState,
    /// Why it is not `Complete`, naming the step that failed.
    pub error: Option<String>,
    /// The launcher's exit code: the user process's code, 128+N for a
    /// signal, or [`init::LAUNCHER_FAILURE`].
    pub exit_code: i32,
    pub outcome: Option<Outcome>,
    pub parameters: BTreeMap<String, wkt::Value>,
    pub artifacts: Vec<OutputArtifact>,
    pub downloaded: Vec<(String, Moved)>,
    pub timings: Timings,
    /// The resolved command line, for messages and dry runs.
    pub command: Vec<String>,
    /// Host path of the executor-logs file, when there is one.
    pub log_file: Option<PathBuf>,
}

impl StepReport {
    fn new() -> Self {
        Self {
            state: StepState::Failed,
            error: None,
            exit_code: init::LAUNCHER_FAILURE,
            outcome: None,
            parameters: BTreeMap::new(),
            artifacts: Vec::new(),
            downloaded: Vec::new(),
            timings: Timings::default(),
            command: Vec::new(),
            log_file: None,
        }
    }

    fn fail(mut self, state: StepState, error: StepError) -> Self {
        self.state = state;
        self.error = Some(error.message());
        self
    }
}

/// Run one step to a terminal state.
pub async fn run_step(step: &Step, signals: &Signals, buckets: &impl Buckets) -> StepReport {
    let step_started = Instant::now();
    let mut report = StepReport::new();
    let mut input = step.executor_input.clone();
    apply_parameter_defaults(&step.component, &mut input);
    let input_json = match executor_input_json(&input) {
        Ok(j) => j,
        Err(e) => return report.fail(StepState::Failed, StepError::ExecutorInput(e)),
    };
    let outputs = input.outputs.clone().unwrap_or_default();

    // Output locations must exist before the user process runs. When it
    // runs in another container (a sidecar's step), it may run as another
    // uid than ours: the directories we make are then writable by any.
    let for_any_user = step.user != UserProcess::Supervise;
    if let Err(e) = make_output_dirs(&input, &step.paths, for_any_user) {
        return report.fail(StepState::Failed, e);
    }
    if let Some(signal) = signals.termination() {
        return report.fail(
            StepState::Canceled,
            StepError::Stopped {
                signal: signal.as_str(),
                phase: "the inputs were downloaded",
            },
        );
    }

    if step.user != UserProcess::Supervise {
        return finish_reported(step, &input, &outputs, signals, buckets, report).await;
    }
    let started = Instant::now();
    match download_inputs(&input, &step.component, &step.paths, buckets).await {
        Ok(moved) => report.downloaded = moved,
        Err(e) => return report.fail(StepState::Failed, e),
    }
    report.timings.download = started.elapsed();

    let ctx = Context {
        input: &input,
        provided: &step.executor_input,
        input_json: &input_json,
        paths: &step.paths,
        runtime: &step.runtime,
    };
    let command = match placeholder::resolve_command(&step.command, &ctx) {
        Ok(c) if !c.is_empty() => c,
        Ok(_) => return report.fail(StepState::Failed, StepError::EmptyCommand),
        Err(e) => return report.fail(StepState::Failed, e.into()),
    };
    report.command = command.clone();

    let logs = outputs
        .artifacts
        .get(EXECUTOR_LOGS)
        .filter(|l| step.publish_logs && l.artifacts.len() == 1)
        .and_then(|l| artifact_local_path(&l.artifacts[0]))
        .map(|p| step.paths.host(&p));
    report.log_file = logs.clone();

    if let Some(signal) = signals.termination() {
        return report.fail(
            StepState::Canceled,
            StepError::Stopped {
                signal: signal.as_str(),
                phase: "the user process started",
            },
        );
    }
    let user = UserCommand {
        program: command[0].clone(),
        args: command[1..].to_vec(),
        env: step.env.clone(),
        cwd: None,
    };
    let options = SuperviseOptions {
        grace: step.grace,
        log_file: logs,
        ..Default::default()
    };
    let started = Instant::now();
    // Blocking by design: the init owns waitpid and the signal queue while
    // the user process runs, and nothing else in this step can progress.
    let supervised = init::supervise(signals, &user, &options);
    report.timings.run = started.elapsed();
    let outcome = match supervised {
        Ok(o) => o,
        Err(e) => {
            report.exit_code = e.exit_code();
            report.state = StepState::Failed;
            report.error = Some(StepError::Init(e).message());
            upload_logs_only(
                &mut report,
                &outputs,
                &step.paths,
                signals,
                step_started,
                buckets,
            )
            .await;
            return report;
        }
    };
    report.exit_code = outcome.exit_code;
    report.outcome = Some(outcome.clone());
    if !outcome.success() {
        let state = if outcome.termination.is_some() {
            StepState::Canceled
        } else {
            StepState::Failed
        };
        report.state = state;
        report.error = Some(
            StepError::UserProcess {
                how: outcome.describe(),
            }
            .message(),
        );
        upload_logs_only(
            &mut report,
            &outputs,
            &step.paths,
            signals,
            step_started,
            buckets,
        )
        .await;
        return report;
    }

    finish_outputs(step, &input, &outputs, signals, buckets, report).await
}

/// How long uploads may go on after SIGTERM/SIGINT (or after the upload
/// phase began, if later): what a finished step wrote is worth finishing,
/// but the stop must fit in Kubernetes' default grace period of 30 s with
/// room to publish (`container::LAST_WORD`).
/// Past it the upload is dropped (a multipart upload never completed is no
/// object) and the step is published stopped.
pub const UPLOAD_AFTER_STOP: Duration = Duration::from_secs(15);

/// Collect and upload the outputs of a user process that succeeded; a
/// failure there fails the step with nothing but its logs as output.
async fn finish_outputs(
    step: &Step,
    input: &ExecutorInput,
    outputs: &kfp_common::proto::ml_pipelines::executor_input::Outputs,
    signals: &Signals,
    buckets: &impl Buckets,
    mut report: StepReport,
) -> StepReport {
    let started = Instant::now();
    let result = tokio::select! {
        r = collect_outputs(step, input, buckets, &mut report) => r,
        signal = signals.stopped_for(UPLOAD_AFTER_STOP, started) => Err(StepError::StoppedUploading {
            signal: signal.as_str(),
            seconds: UPLOAD_AFTER_STOP.as_secs(),
        }),
    };
    report.timings.upload = started.elapsed();
    match result {
        Ok(()) => {
            report.state = StepState::Complete;
        }
        Err(e) => {
            let stopped = matches!(e, StepError::StoppedUploading { .. });
            report.state = if stopped {
                StepState::Canceled
            } else {
                StepState::Failed
            };
            report.error = Some(e.message());
            report.exit_code = match (stopped, signals.termination()) {
                (true, Some(signal)) => 128 + signal as i32,
                _ => init::LAUNCHER_FAILURE,
            };
            // Nothing of a failed step is presented as an output.
            report.parameters.clear();
            report.artifacts.retain(|a| a.name == EXECUTOR_LOGS);
            if report.artifacts.is_empty() {
                upload_logs_only(&mut report, outputs, &step.paths, signals, started, buckets)
                    .await;
            }
        }
    }
    report
}

/// The user process ran elsewhere: wait for its exit code if needed, then
/// collect and upload its outputs (or only its logs) as after a run here.
async fn finish_reported(
    step: &Step,
    input: &ExecutorInput,
    outputs: &kfp_common::proto::ml_pipelines::executor_input::Outputs,
    signals: &Signals,
    buckets: &impl Buckets,
    mut report: StepReport,
) -> StepReport {
    let started = Instant::now();
    let code = match &step.user {
        UserProcess::Exited(code) => Ok(*code),
        UserProcess::Marker(path) => wait_for_marker(path, signals).await,
        UserProcess::Supervise => Err(StepError::NotReported),
    };
    report.timings.run = started.elapsed();
    report.log_file = outputs
        .artifacts
        .get(EXECUTOR_LOGS)
        .and_then(|l| l.artifacts.first())
        .and_then(artifact_local_path)
        .map(|p| step.paths.host(&p));
    match code {
        Ok(0) => {}
        Ok(code) => {
            report.exit_code = code;
            report.state = StepState::Failed;
            report.error = Some(StepError::Reported { code }.message());
            upload_logs_only(&mut report, outputs, &step.paths, signals, started, buckets).await;
            return report;
        }
        Err(e) => {
            report.state = StepState::Failed;
            report.error = Some(e.message());
            upload_logs_only(&mut report, outputs, &step.paths, signals, started, buckets).await;
            return report;
        }
    }
    report.exit_code = 0;
    finish_outputs(step, input, outputs, signals, buckets, report).await
}

/// Poll for the completion marker; its content is the exit code. A
/// termination signal (a native sidecar is stopped after the main
/// container) gives the marker one last look.
async fn wait_for_marker(path: &Path, signals: &Signals) -> Result<i32, StepError> {
    let read = || -> Option<Result<i32, StepError>> {
        let text = std::fs::read_to_string(path).ok()?;
        Some(text.trim().parse::<i32>().map_err(|_| StepError::Marker {
            path: path.to_owned(),
            text: text.trim().to_owned(),
        }))
    };
    loop {
        if let Some(code) = read() {
            return code;
        }
        if let Some(signal) = signals.termination() {
            return read().unwrap_or_else(|| {
                Err(StepError::NoMarker {
                    signal: signal.as_str(),
                    path: path.to_owned(),
                })
            });
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn make_output_dirs(
    input: &ExecutorInput,
    paths: &PathMap,
    for_any_user: bool,
) -> Result<(), StepError> {
    let Some(outputs) = &input.outputs else {
        return Ok(());
    };
    let mut dirs: Vec<PathBuf> = Vec::new();
    for p in outputs.parameters.values() {
        if let Some(parent) = Path::new(&p.output_file).parent() {
            dirs.push(paths.host(parent));
        }
    }
    for list in outputs.artifacts.values() {
        for a in &list.artifacts {
            if let Some(parent) = artifact_local_path(a).as_deref().and_then(Path::parent) {
                dirs.push(paths.host(parent));
            }
        }
    }
    if let Some(parent) = Path::new(&outputs.output_file).parent() {
        if !outputs.output_file.is_empty() {
            dirs.push(paths.host(parent));
        }
    }
    for dir in dirs {
        let made = if for_any_user {
            create_dirs_for_any_user(&dir)
        } else {
            std::fs::create_dir_all(&dir)
        };
        made.map_err(|source| StepError::OutputDir { path: dir, source })?;
    }
    Ok(())
}

/// `dir` and its missing parents, each mode 0777 whatever the umask, as an
/// emptyDir's root is: the pod's volume is private to its containers, and
/// the step that writes into them may run as any uid. Directories that
/// exist, or that the step made first, are left as they are.
fn create_dirs_for_any_user(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let missing: Vec<&Path> = dir.ancestors().take_while(|d| !d.exists()).collect();
    for d in missing.into_iter().rev() {
        match std::fs::create_dir(d) {
            Ok(()) => std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o777))?,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

async fn download_inputs(
    input: &ExecutorInput,
    component: &ComponentSpec,
    paths: &PathMap,
    buckets: &impl Buckets,
) -> Result<Vec<(String, Moved)>, StepError> {
    let mut moved = Vec::new();
    let Some(inputs) = &input.inputs else {
        return Ok(moved);
    };
    for (name, list) in &inputs.artifacts {
        for artifact in &list.artifacts {
            if is_workspace_artifact(artifact) {
                link_workspace_artifact(name, &artifact.uri, paths);
                continue;
            }
            let Some(local) = artifact_local_path(artifact) else {
                tracing::warn!(input = %name, uri = %artifact.uri, "input artifact has no local path; not downloaded");
                continue;
            };
            let bucket = buckets.bucket_for(&artifact.uri).await.map_err(|source| {
                StepError::InputBucket {
                    name: name.clone(),
                    source: Box::new(source),
                }
            })?;
            let recorded = recorded_digest(artifact);
            let got = match bucket
                .download_recorded(&artifact.uri, &paths.host(&local), recorded.as_deref())
                .await
            {
                Ok(got) => got,
                Err(TransferError::NotFound { .. }) if metadata_only(component, name) => {
                    tracing::info!(input = %name, uri = %artifact.uri, "metrics input: no object behind it, its metadata is the artifact");
                    continue;
                }
                Err(source) => {
                    return Err(StepError::Download {
                        name: name.clone(),
                        source: Box::new(source),
                    })
                }
            };
            verify_digest(name, artifact, recorded, &got)?;
            tracing::info!(input = %name, uri = %artifact.uri, bytes = got.size, files = got.files, "downloaded");
            moved.push((name.clone(), got));
        }
    }
    Ok(moved)
}

/// A workspace artifact is read where the importer put it, under
/// `/kfp-workspace/.artifacts/`; only an SDK from 2.15 on maps its path
/// there. An older SDK in the step (a component pinning `kfp==2.14.6`, as
/// KFP's own workspace test pipeline does) reads the URI's usual local path,
/// which upstream's launcher leaves empty. A relative link from that path to
/// the workspace copy serves both, in a pod and in a local run's re-rooted
/// view alike. Best effort: the workspace path stays the real one.
fn link_workspace_artifact(name: &str, uri: &str, paths: &PathMap) {
    let Some(usual) = local_path(uri) else { return };
    let link = paths.host(&usual);
    if link.symlink_metadata().is_ok() {
        return;
    }
    let Some(parent) = link.parent() else { return };
    let Ok(rel) = usual.strip_prefix("/") else {
        return;
    };
    // From the link's directory up to the root, then down to the copy.
    let up = usual
        .parent()
        .map_or(0, |p| p.components().count().saturating_sub(1));
    let target: std::path::PathBuf = std::iter::repeat_n(std::path::Path::new(".."), up)
        .collect::<std::path::PathBuf>()
        .join(WORKSPACE_PATH.trim_start_matches('/'))
        .join(".artifacts")
        .join(rel);
    let made =
        create_dirs_for_any_user(parent).and_then(|()| std::os::unix::fs::symlink(&target, &link));
    match made {
        Ok(()) => {
            tracing::debug!(input = %name, %uri, link = %link.display(), "workspace artifact linked at its usual path")
        }
        Err(e) => {
            tracing::warn!(input = %name, %uri, link = %link.display(), error = %e, "workspace artifact not linked at its usual path; an SDK before 2.15 will not find it")
        }
    }
}

/// Metrics artifact types: the SDK writes their values into the metadata
/// and no file, so an input of one of these types has no object behind it
/// by design (the record is the artifact).
const METADATA_ONLY_TYPES: [&str; 3] = [
    "system.Metrics",
    "system.ClassificationMetrics",
    "system.SlicedClassificationMetrics",
];

/// Whether input `name` is declared with a metrics type.
fn metadata_only(component: &ComponentSpec, name: &str) -> bool {
    component
        .input_definitions
        .as_ref()
        .and_then(|d| d.artifacts.get(name))
        .and_then(|a| kfp_common::artifact::type_name(a.artifact_type.as_ref(), name).ok())
        .is_some_and(|t| METADATA_ONLY_TYPES.contains(&t.as_str()))
}

/// The digest our launcher recorded when it uploaded the artifact.
fn recorded_digest(artifact: &RuntimeArtifact) -> Option<String> {
    artifact
        .metadata
        .as_ref()
        .and_then(|m| m.fields.get(kfp_common::artifact::DIGEST))
        .and_then(|v| match &v.kind {
            Some(wkt::value::Kind::StringValue(s)) => Some(s.clone()),
            _ => None,
        })
}

/// A recorded digest must match what arrived: a mismatch is never used
/// silently. (Nothing arriving is an error before this, so every download
/// with a record is checked.)
fn verify_digest(
    name: &str,
    artifact: &RuntimeArtifact,
    recorded: Option<String>,
    got: &Moved,
) -> Result<(), StepError> {
    match recorded {
        Some(want) if want != got.digest => Err(StepError::Digest {
            name: name.to_owned(),
            uri: artifact.uri.clone(),
            recorded: want,
            downloaded: got.digest.clone(),
        }),
        _ => Ok(()),
    }
}

async fn collect_outputs(
    step: &Step,
    input: &ExecutorInput,
    buckets: &impl Buckets,
    report: &mut StepReport,
) -> Result<(), StepError> {
    let outputs = input.outputs.clone().unwrap_or_default();
    let executor_output = if outputs.output_file.is_empty() {
        Default::default()
    } else {
        executor_io::read_executor_output(&step.paths.host(Path::new(&outputs.output_file)))
            .map_err(StepError::Outputs)?
    };
    let declared = step
        .component
        .output_definitions
        .clone()
        .unwrap_or_default();
    for (name, param) in &outputs.parameters {
        if let Some(v) = executor_output.parameter_values.get(name) {
            report.parameters.insert(name.clone(), v.clone());
            continue;
        }
        let ty = declared
            .parameters
            .get(name)
            .and_then(|p| ParameterTypeEnum::try_from(p.parameter_type).ok())
            .unwrap_or(ParameterTypeEnum::String);
        let value =
            read_output_parameter(name, ty, &step.paths.host(Path::new(&param.output_file)))
                .map_err(StepError::Outputs)?;
        report.parameters.insert(name.clone(), value);
    }
    for (name, list) in &outputs.artifacts {
        for provisioned in &list.artifacts {
            let mut artifact = provisioned.clone();
            if name != EXECUTOR_LOGS {
                if let Some(reported) = executor_output
                    .artifacts
                    .get(name)
                    .and_then(|l| l.artifacts.first())
                {
                    merge_reported(&mut artifact, reported);
                }
            }
            let moved = upload_one(name, &artifact, &step.paths, buckets).await?;
            if moved.is_none() && name == EXECUTOR_LOGS {
                continue;
            }
            report.artifacts.push(OutputArtifact {
                name: name.clone(),
                artifact,
                moved,
            });
        }
    }
    Ok(())
}

/// The executor's report wins: a non-empty uri or custom_path replaces,
/// metadata fields are merged (contract §3.8).
fn merge_reported(artifact: &mut RuntimeArtifact, reported: &RuntimeArtifact) {
    if !reported.uri.is_empty() {
        artifact.uri = reported.uri.clone();
    }
    if let Some(meta) = &reported.metadata {
        let mine = artifact.metadata.get_or_insert_with(Default::default);
        for (k, v) in &meta.fields {
            mine.fields.insert(k.clone(), v.clone());
        }
    }
    if reported
        .custom_path
        .as_deref()
        .is_some_and(|p| !p.is_empty())
    {
        artifact.custom_path = reported.custom_path.clone();
    }
}

async fn upload_one(
    name: &str,
    artifact: &RuntimeArtifact,
    paths: &PathMap,
    buckets: &impl Buckets,
) -> Result<Option<Moved>, StepError> {
    let Some(local) = artifact_local_path(artifact) else {
        tracing::warn!(output = %name, uri = %artifact.uri, "output artifact has no local path; not uploaded");
        return Ok(None);
    };
    if artifact.uri.starts_with("oci://") {
        return Ok(None);
    }
    let bucket =
        buckets
            .bucket_for(&artifact.uri)
            .await
            .map_err(|source| StepError::OutputBucket {
                name: name.to_owned(),
                source: Box::new(source),
            })?;
    let host = if artifact.custom_path.is_some() {
        paths.host_of_user(&local)
    } else {
        paths.host(&local)
    };
    let moved = bucket
        .upload(&host, &artifact.uri)
        .await
        .map_err(|source| StepError::Upload {
            name: name.to_owned(),
            source: Box::new(source),
        })?;
    match &moved {
        Some(m) => {
            tracing::info!(output = %name, uri = %artifact.uri, bytes = m.size, files = m.files, digest = %m.digest, "uploaded")
        }
        None => {
            tracing::warn!(output = %name, path = %host.display(), "output artifact was not written; nothing uploaded")
        }
    }
    Ok(moved)
}

/// The executor logs alone, for a step that did not complete. Its uploads
/// share the budget of the phase that calls it: `since` is when that phase
/// began, so a stop gives them [`UPLOAD_AFTER_STOP`] once, not again after
/// an upload that already used it up.
async fn upload_logs_only(
    report: &mut StepReport,
    outputs: &kfp_common::proto::ml_pipelines::executor_input::Outputs,
    paths: &PathMap,
    signals: &Signals,
    since: Instant,
    buckets: &impl Buckets,
) {
    let Some(list) = outputs.artifacts.get(EXECUTOR_LOGS) else {
        return;
    };
    for artifact in &list.artifacts {
        let upload = tokio::select! {
            r = upload_one(EXECUTOR_LOGS, artifact, paths, buckets) => r,
            _ = signals.stopped_for(UPLOAD_AFTER_STOP, since) => {
                tracing::warn!(seconds = UPLOAD_AFTER_STOP.as_secs(), "the executor logs were not uploaded: the pod is being stopped");
                return;
            }
        };
        match upload {
            Ok(Some(moved)) => report.artifacts.push(OutputArtifact {
                name: EXECUTOR_LOGS.into(),
                artifact: artifact.clone(),
                moved: Some(moved),
            }),
            Ok(None) => {}
            Err(e) => {
                tracing::warn!(error = %e.message(), "could not upload the executor logs of a failed step")
            }
        }
    }
}

/// The local path of a URI for the user process, for summaries.
pub fn user_path(uri: &str, paths: &PathMap) -> Option<PathBuf> {
    local_path(uri).map(|p| paths.user(&p))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::os::unix::fs::PermissionsExt;

    use super::{create_dirs_for_any_user, download_inputs, StepError};

    fn mode(p: &std::path::Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn directories_for_a_step_of_another_uid_are_writable_by_any() {
        let tmp = tempfile::tempdir().unwrap();
        let existing = tmp.path().join("outputs");
        std::fs::create_dir(&existing).unwrap();
        std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o750)).unwrap();
        let dir = existing.join("Output").join("nested");

        create_dirs_for_any_user(&dir).unwrap();
        assert_eq!(mode(&existing.join("Output")), 0o777, "despite the umask");
        assert_eq!(mode(&dir), 0o777);
        assert_eq!(mode(&existing), 0o750, "what existed is left alone");
        create_dirs_for_any_user(&dir).unwrap();
    }

    mod inputs {
        use std::collections::BTreeMap;

        use kfp_common::{
            proto::{
                ml_pipelines::{
                    artifact_type_schema::Kind, component_inputs_spec::ArtifactSpec,
                    executor_input::Inputs, ArtifactList, ArtifactTypeSchema, ComponentInputsSpec,
                    ComponentSpec, ExecutorInput, RuntimeArtifact,
                },
                wkt,
            },
            transfer::{TransferError, EMPTY_DIRECTORY_DIGEST},
            uri::PathMap,
        };

        use super::*;
        use crate::buckets::{NoSecrets, RunBuckets};

        /// One input `name` at `uri`, recorded with `digest` if any.
        fn input(name: &str, uri: &str, digest: Option<&str>) -> ExecutorInput {
            let metadata = digest.map(|d| wkt::Struct {
                fields: [(
                    kfp_common::artifact::DIGEST.to_owned(),
                    wkt::Value {
                        kind: Some(wkt::value::Kind::StringValue(d.to_owned())),
                    },
                )]
                .into(),
            });
            ExecutorInput {
                inputs: Some(Inputs {
                    artifacts: [(
                        name.to_owned(),
                        ArtifactList {
                            artifacts: vec![RuntimeArtifact {
                                uri: uri.to_owned(),
                                metadata,
                                ..Default::default()
                            }],
                        },
                    )]
                    .into(),
                    ..Default::default()
                }),
                ..Default::default()
            }
        }

        fn typed(name: &str, title: &str) -> ComponentSpec {
            ComponentSpec {
                input_definitions: Some(ComponentInputsSpec {
                    artifacts: BTreeMap::from([(
                        name.to_owned(),
                        ArtifactSpec {
                            artifact_type: Some(ArtifactTypeSchema {
                                kind: Some(Kind::SchemaTitle(title.to_owned())),
                                ..Default::default()
                            }),
                            ..Default::default()
                        },
                    )]),
                    ..Default::default()
                }),
                ..Default::default()
            }
        }

        /// Buckets kept in `<tmp>/objects`, KFP paths under `<tmp>/root`.
        fn local(tmp: &std::path::Path) -> (RunBuckets<NoSecrets>, PathMap) {
            let root = tmp.join("root");
            (
                RunBuckets::new(None, NoSecrets, Some(tmp.join("objects"))),
                PathMap {
                    user_root: root.clone(),
                    host_root: root,
                    volumes: Vec::new(),
                },
            )
        }

        #[tokio::test]
        async fn a_missing_input_fails_naming_the_input_and_the_uri() {
            let tmp = tempfile::tempdir().unwrap();
            let (buckets, paths) = local(tmp.path());
            let uri = "minio://b/run/task/data";
            let e = download_inputs(
                &input("data", uri, None),
                &typed("data", "system.Dataset"),
                &paths,
                &buckets,
            )
            .await
            .unwrap_err();
            assert!(
                matches!(&e, StepError::Download { source, .. } if matches!(**source, TransferError::NotFound { .. })),
                "{e:?}"
            );
            let text = e.message();
            assert!(text.contains("\"data\"") && text.contains(uri), "{text}");
            // A recorded (non-empty) digest does not make nothing acceptable.
            let e = download_inputs(
                &input("data", uri, Some("sha256:0123")),
                &ComponentSpec::default(),
                &paths,
                &buckets,
            )
            .await
            .unwrap_err();
            assert!(matches!(e, StepError::Download { .. }), "{e:?}");
        }

        #[tokio::test]
        async fn a_recorded_empty_directory_arrives_empty() {
            let tmp = tempfile::tempdir().unwrap();
            let (buckets, paths) = local(tmp.path());
            let got = download_inputs(
                &input(
                    "dir",
                    "minio://b/run/task/dir",
                    Some(EMPTY_DIRECTORY_DIGEST),
                ),
                &ComponentSpec::default(),
                &paths,
                &buckets,
            )
            .await
            .unwrap();
            assert_eq!(got.len(), 1);
            assert_eq!(got[0].1.files, 0);
            let dir = paths.host(std::path::Path::new("/minio/b/run/task/dir"));
            assert!(dir.is_dir(), "{}", dir.display());
        }

        #[tokio::test]
        async fn a_workspace_input_is_also_at_its_usual_path() {
            let tmp = tempfile::tempdir().unwrap();
            let (buckets, paths) = local(tmp.path());
            let uri = "minio://b/run/task/ds";
            let copy = paths.host(std::path::Path::new(
                "/kfp-workspace/.artifacts/minio/b/run/task/ds",
            ));
            std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
            std::fs::write(&copy, "imported").unwrap();
            let mut inp = input("ds", uri, None);
            let artifact = &mut inp
                .inputs
                .as_mut()
                .unwrap()
                .artifacts
                .get_mut("ds")
                .unwrap()
                .artifacts[0];
            artifact.metadata = Some(wkt::Struct {
                fields: [(
                    kfp_common::uri::WORKSPACE_METADATA_KEY.to_owned(),
                    wkt::Value {
                        kind: Some(wkt::value::Kind::BoolValue(true)),
                    },
                )]
                .into(),
            });
            let got = download_inputs(&inp, &ComponentSpec::default(), &paths, &buckets)
                .await
                .unwrap();
            assert!(got.is_empty(), "a workspace input is not downloaded");
            let usual = paths.host(std::path::Path::new("/minio/b/run/task/ds"));
            assert_eq!(std::fs::read_to_string(&usual).unwrap(), "imported");
            assert!(std::fs::read_link(&usual).unwrap().is_relative());
            // Again (a retry in the same pod): the link stays as it is.
            download_inputs(&inp, &ComponentSpec::default(), &paths, &buckets)
                .await
                .unwrap();
            assert_eq!(std::fs::read_to_string(&usual).unwrap(), "imported");
        }

        #[tokio::test]
        async fn a_metrics_input_needs_no_object() {
            let tmp = tempfile::tempdir().unwrap();
            let (buckets, paths) = local(tmp.path());
            let got = download_inputs(
                &input("m", "minio://b/run/task/metrics", None),
                &typed("m", "system.Metrics"),
                &paths,
                &buckets,
            )
            .await
            .unwrap();
            assert!(got.is_empty());
        }
    }
}
