//! Security context of `main` (contract §2.10, #12782, #12859): admin
//! defaults from the driver flags first, then the user's
//! `KubernetesExecutorConfig.securityContext` only where the admin left a
//! field unset.

use k8s_openapi::api::core::v1::{Capabilities, PodSpec, SecurityContext};
use kfp_common::proto::kfp_kubernetes::SecurityContext as UserSecurityContext;

use super::{KubernetesExtras, PatchError};
use crate::args::DriverArgs;

const FIELD: &str = "kubernetes_config.securityContext";

/// `--default_run_as_*` into `main.securityContext` (only flags present).
pub(super) fn apply_admin_defaults(pod: &mut PodSpec, args: &DriverArgs) {
    let Some(sc) = admin_context(args) else {
        return;
    };
    if let Some(main) = pod.containers.first_mut() {
        main.security_context = Some(sc);
    }
}

/// The admin's run-as defaults, if any flag was given.
pub(super) fn admin_context(args: &DriverArgs) -> Option<SecurityContext> {
    let sc = SecurityContext {
        run_as_user: args.default_run_as_user,
        run_as_group: args.default_run_as_group,
        run_as_non_root: args.default_run_as_non_root,
        ..SecurityContext::default()
    };
    (sc != SecurityContext::default()).then_some(sc)
}

/// The user's run-as settings where the admin set none; `runAsUser: 0` is
/// refused when runAsNonRoot ends up true (the kubelet would refuse to start
/// the container anyway, far less readably). Capabilities are always
/// dropped when a security context is configured (PSS baseline).
pub(super) fn apply_user_security(
    pod: &mut PodSpec,
    user: Option<UserSecurityContext>,
    extras: &KubernetesExtras,
) -> Result<(), PatchError> {
    let non_root = extras
        .security_context
        .as_ref()
        .and_then(|s| s.run_as_non_root);
    if user.is_none() && extras.security_context.is_none() {
        return Ok(());
    }
    let user = user.unwrap_or_default();
    let Some(main) = pod.containers.first_mut() else {
        return Ok(());
    };
    let sc = main
        .security_context
        .get_or_insert_with(SecurityContext::default);
    let user_uid_applied = user.run_as_user.is_some() && sc.run_as_user.is_none();
    fill(&mut sc.run_as_user, user.run_as_user);
    fill(&mut sc.run_as_group, user.run_as_group);
    fill(&mut sc.run_as_non_root, non_root);
    if user_uid_applied && sc.run_as_user == Some(0) && sc.run_as_non_root == Some(true) {
        return Err(PatchError::invalid(
            format!("{FIELD}.runAsUser"),
            "0 (root) contradicts runAsNonRoot: true",
        ));
    }
    sc.capabilities = Some(Capabilities {
        drop: Some(vec!["ALL".into()]),
        ..Capabilities::default()
    });
    Ok(())
}

/// Sets `slot` from the user only when the admin left it empty.
fn fill<T>(slot: &mut Option<T>, user: Option<T>) {
    if slot.is_none() {
        *slot = user;
    }
}
