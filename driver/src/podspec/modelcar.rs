//! Modelcar (`oci://` model images) and workspace volumes (contract §2.10).
//!
//! A Modelcar input is an OCI image whose `/models` the user process reads
//! at `/oci/<escaped uri>/models`: an init container pre-pulls the image and
//! checks `/models`, a sidecar of the same image links its `/models` (through
//! the shared process namespace) into an emptyDir that `main` mounts, and
//! sleeps until the launcher drops `launcher-complete` there on exit.

use k8s_openapi::api::core::v1::{
    Capabilities, Container, EmptyDirVolumeSource, EnvVar, PersistentVolumeClaimVolumeSource,
    PodSpec, SeccompProfile, SecurityContext, Volume, VolumeMount,
};
use kfp_common::proto::ml_pipelines::{ExecutorInput, RuntimeArtifact};
use kfp_common::proto::wkt::value::Kind;
use kfp_common::uri;

use super::{PatchError, WORKSPACE_VOLUME};

/// The placeholder the SDK writes for `dsl.WORKSPACE_PATH_PLACEHOLDER`.
const WORKSPACE_PLACEHOLDER: &str = "{{$.workspace_path}}";

/// Adds init container, emptyDir, mount and sidecar for every `oci://`
/// input artifact, numbered in the order of `<input>-<index>` so names are
/// stable (artifact names need not be valid Kubernetes names).
pub(super) fn add_modelcars(pod: &mut PodSpec, ei: &ExecutorInput) {
    let env = pod
        .containers
        .first()
        .and_then(|main| main.env.clone())
        .unwrap_or_default();
    for (i, artifact) in oci_artifacts(ei).into_iter().enumerate() {
        let Some(local) = uri::local_path(&artifact.uri) else {
            continue;
        };
        let local = local.to_string_lossy().into_owned();
        let image = artifact.uri.trim_start_matches("oci://").to_owned();
        let mount_path = local.trim_end_matches("/models").to_owned();
        let mount = VolumeMount {
            name: format!("oci-{i}"),
            sub_path: Some(mount_path.trim_start_matches("/oci/").to_owned()),
            mount_path: mount_path.clone(),
            ..VolumeMount::default()
        };
        pod.share_process_namespace = Some(true);
        pod.init_containers
            .get_or_insert_with(Vec::new)
            .push(prepull(i, &image, &env));
        pod.volumes.get_or_insert_with(Vec::new).push(Volume {
            name: format!("oci-{i}"),
            empty_dir: Some(EmptyDirVolumeSource::default()),
            ..Volume::default()
        });
        if let Some(main) = pod.containers.first_mut() {
            main.volume_mounts
                .get_or_insert_with(Vec::new)
                .push(mount.clone());
        }
        pod.containers
            .push(sidecar(i, &image, &env, mount, &local, &mount_path));
    }
}

fn oci_artifacts(ei: &ExecutorInput) -> Vec<&RuntimeArtifact> {
    let mut found: Vec<(String, &RuntimeArtifact)> = ei
        .inputs
        .iter()
        .flat_map(|inputs| inputs.artifacts.iter())
        .flat_map(|(name, list)| {
            list.artifacts
                .iter()
                .enumerate()
                .filter(|(_, a)| a.uri.starts_with("oci://"))
                .map(move |(index, a)| (format!("{name}-{index}"), a))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found.into_iter().map(|(_, a)| a).collect()
}

/// Fails the pod early, with a clear log, when the image has no `/models`.
/// `$$` is the kubelet's escape for a literal `$`.
fn prepull(i: usize, image: &str, env: &[EnvVar]) -> Container {
    let script = format!(
        "echo 'Pre-fetching modelcar {image}: ' && [ -d /models ] && [ \"$$(ls -A /models)\" ] \
         && echo 'OK ... Prefetched and valid (/models exists)' \
         || (echo 'NOK ... Prefetched but modelcar is invalid (/models does not exist or is empty)' && exit 1)"
    );
    Container {
        name: format!("oci-prepull-{i}"),
        image: Some(image.to_owned()),
        command: Some(vec!["sh".into(), "-c".into(), script]),
        env: (!env.is_empty()).then(|| env.to_vec()),
        termination_message_policy: Some("FallbackToLogsOnError".into()),
        security_context: Some(hardened()),
        ..Container::default()
    }
}

/// Keeps the model image's filesystem reachable from `main` until the
/// launcher is done; `$$$$` reaches the shell as `$$` (its own PID).
fn sidecar(
    i: usize,
    image: &str,
    env: &[EnvVar],
    mount: VolumeMount,
    local: &str,
    mount_path: &str,
) -> Container {
    let script = format!(
        "ln -s /proc/$$$$/root/models \"{local}\" && echo \"Running Modelcar container...\" \
         && until [ -f \"{mount_path}/launcher-complete\" ]; do sleep 1; done"
    );
    Container {
        name: format!("oci-{i}"),
        image: Some(image.to_owned()),
        image_pull_policy: Some("IfNotPresent".into()),
        command: Some(vec!["sh".into(), "-c".into(), script]),
        env: (!env.is_empty()).then(|| env.to_vec()),
        volume_mounts: Some(vec![mount]),
        termination_message_policy: Some("FallbackToLogsOnError".into()),
        security_context: Some(hardened()),
        ..Container::default()
    }
}

/// No privilege escalation, no capabilities, default seccomp: what the
/// Pod Security "restricted" profile asks of every container.
pub(super) fn hardened() -> SecurityContext {
    SecurityContext {
        allow_privilege_escalation: Some(false),
        capabilities: Some(Capabilities {
            drop: Some(vec!["ALL".into()]),
            ..Capabilities::default()
        }),
        seccomp_profile: Some(SeccompProfile {
            type_: "RuntimeDefault".into(),
            ..SeccompProfile::default()
        }),
        ..SecurityContext::default()
    }
}

/// Whether the task uses the run's workspace: an input parameter string
/// mentions it, or an input artifact lives in it (first of each list, as
/// upstream checks).
pub(super) fn needs_workspace(ei: &ExecutorInput) -> bool {
    let Some(inputs) = ei.inputs.as_ref() else {
        return false;
    };
    let in_params = inputs.parameter_values.values().any(|v| match &v.kind {
        Some(Kind::StringValue(s)) => {
            s.contains(WORKSPACE_PLACEHOLDER) || s.contains(uri::WORKSPACE_PATH)
        }
        _ => false,
    });
    in_params
        || inputs
            .artifacts
            .values()
            .filter_map(|list| list.artifacts.first())
            .any(uri::is_workspace_artifact)
}

/// `<run_name>-kfp-workspace`, the PVC the compiler's volumeClaimTemplate creates.
pub(super) fn workspace_pvc_name(run_name: &str) -> Result<String, PatchError> {
    if run_name.is_empty() {
        return Err(PatchError::invalid(
            "--run_name",
            "required when the task uses the workspace",
        ));
    }
    Ok(format!("{run_name}-{WORKSPACE_VOLUME}"))
}

/// The run's workspace PVC and its mount at `/kfp-workspace`: a task that
/// reads the workspace, and an importer that downloads into it (KFP's Argo
/// compiler mounts it in that importer's pod).
pub fn workspace_mount(run_name: &str) -> Result<(Volume, VolumeMount), PatchError> {
    let claim_name = workspace_pvc_name(run_name)?;
    let volume = Volume {
        name: WORKSPACE_VOLUME.into(),
        persistent_volume_claim: Some(PersistentVolumeClaimVolumeSource {
            claim_name,
            ..PersistentVolumeClaimVolumeSource::default()
        }),
        ..Volume::default()
    };
    let mount = VolumeMount {
        name: WORKSPACE_VOLUME.into(),
        mount_path: uri::WORKSPACE_PATH.into(),
        ..VolumeMount::default()
    };
    Ok((volume, mount))
}

/// A user mount at or under `/kfp-workspace`, or named `kfp-workspace`,
/// would shadow or hijack the run's shared workspace.
pub(super) fn check_workspace_conflicts(pod: &PodSpec) -> Result<(), PatchError> {
    let containers = pod
        .containers
        .iter()
        .chain(pod.init_containers.iter().flatten());
    let mut ours_seen = false;
    for container in containers {
        for (i, m) in container.volume_mounts.iter().flatten().enumerate() {
            // The one mount this module added to `main`.
            if !ours_seen && container.name == super::MAIN_CONTAINER && is_workspace_mount(m) {
                ours_seen = true;
                continue;
            }
            let under = m.mount_path == uri::WORKSPACE_PATH
                || m.mount_path
                    .strip_prefix(uri::WORKSPACE_PATH)
                    .is_some_and(|rest| rest.starts_with('/'));
            if under || m.name == WORKSPACE_VOLUME {
                return Err(PatchError::invalid(
                    format!("containers[{}].volumeMounts[{i}]", container.name),
                    format!(
                        "mount {:?} at {} conflicts with the workspace volume {WORKSPACE_VOLUME} at {}",
                        m.name,
                        m.mount_path,
                        uri::WORKSPACE_PATH
                    ),
                ));
            }
        }
    }
    Ok(())
}

fn is_workspace_mount(m: &VolumeMount) -> bool {
    m.name == WORKSPACE_VOLUME && m.mount_path == uri::WORKSPACE_PATH && m.sub_path.is_none()
}
