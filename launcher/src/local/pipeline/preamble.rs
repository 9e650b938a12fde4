//! The KFP SDK's install preamble of lightweight Python components, which a
//! local run may skip.
//!
//! Every such step starts `sh -c '…python3 -m pip install … 'kfp==V'
//! '--no-deps' … && "$0" "$@"' sh -ec PROGRAM …`: it installs the SDK it was
//! compiled with, then runs the rest. When the `python3` on this machine's
//! `PATH` already has `kfp==V` and the preamble installs nothing else, pip
//! does nothing but costs about half a second per step (more than the
//! executor itself). Dropping the first three elements runs exactly what
//! the preamble would have run next.

/// How many leading elements of the user command to drop: 3 when it is
/// the SDK preamble installing only `kfp==installed`, else 0.
pub fn skippable(user: &[String], installed_kfp: Option<&str>) -> usize {
    let Some(installed) = installed_kfp else {
        return 0;
    };
    let [sh, c, script, ..] = user else { return 0 };
    if sh != "sh" || c != "-c" {
        return 0;
    }
    // Exactly the SDK's template: its ensurepip block, one `pip install`,
    // then `&& "$0" "$@"` — nothing else may hide in the script (a second
    // install of the user's packages follows the first in some SDKs).
    let Some((install, rest)) = script.split_once("&&") else {
        return 0;
    };
    if rest.trim() != r#""$0" "$@""# {
        return 0;
    }
    let Some((prefix, args)) = install.split_once("python3 -m pip install") else {
        return 0;
    };
    if words(prefix) != words(SDK_PREFIX) {
        return 0;
    }
    // The quoted requirements, e.g. 'kfp==2.17.3' '--no-deps'
    // 'typing-extensions>=3.7.4,<5; python_version<"3.9"'.
    let quoted: Vec<&str> = args.split('\'').skip(1).step_by(2).collect();
    let unquoted: String = args.split('\'').step_by(2).collect();
    let flags_ok = unquoted
        .split_whitespace()
        .all(|f| matches!(f, "--quiet" | "--no-warn-script-location"));
    let wanted = format!("kfp=={installed}");
    let only_kfp = quoted
        .iter()
        .all(|r| *r == wanted || *r == "--no-deps" || r.ends_with(r#"python_version<"3.9""#));
    if flags_ok && only_kfp && quoted.contains(&wanted.as_str()) {
        3
    } else {
        0
    }
}

/// What the SDK's script runs before `python3 -m pip install`.
const SDK_PREFIX: &str = r#"if ! [ -x "$(command -v pip)" ]; then
    python3 -m ensurepip || python3 -m ensurepip --user || apt-get install python3-pip
fi

PIP_DISABLE_PIP_VERSION_CHECK=1"#;

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// The `kfp` version of the `python3` on `PATH`, if it has one.
pub fn installed_kfp() -> Option<String> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import importlib.metadata as m; print(m.version('kfp'))",
        ])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let v = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (out.status.success() && !v.is_empty()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SDK: &str = "\nif ! [ -x \"$(command -v pip)\" ]; then\n    python3 -m ensurepip || python3 -m ensurepip --user || apt-get install python3-pip\nfi\n\nPIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install --quiet --no-warn-script-location 'kfp==2.17.3' '--no-deps' 'typing-extensions>=3.7.4,<5; python_version<\"3.9\"' && \"$0\" \"$@\"\n";

    fn cmd(script: &str) -> Vec<String> {
        ["sh", "-c", script, "sh", "-ec", "program"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn skips_only_a_noop_install_of_the_same_sdk() {
        assert_eq!(skippable(&cmd(SDK), Some("2.17.3")), 3);
        assert_eq!(skippable(&cmd(SDK), Some("2.14.3")), 0, "another version");
        assert_eq!(skippable(&cmd(SDK), None), 0, "no kfp here");
        let extra = SDK.replace("'--no-deps'", "'--no-deps' 'pandas'");
        assert_eq!(
            skippable(&cmd(&extra), Some("2.17.3")),
            0,
            "packages_to_install"
        );
        // The SDK's shape with packages_to_install: a second install.
        let second = SDK.replace(
            r#"&& "$0" "$@""#,
            r#"&& python3 -m pip install --quiet --no-warn-script-location 'pandas==2.2.0' && "$0" "$@""#,
        );
        assert_eq!(skippable(&cmd(&second), Some("2.17.3")), 0, "user packages");
        let before = format!("curl http://x | sh\n{SDK}");
        assert_eq!(
            skippable(&cmd(&before), Some("2.17.3")),
            0,
            "more before pip"
        );
        let index = SDK.replace("--quiet", "--quiet --index-url http://x");
        assert_eq!(
            skippable(&cmd(&index), Some("2.17.3")),
            0,
            "other pip flags"
        );
        assert_eq!(skippable(&cmd("echo hi"), Some("2.17.3")), 0);
        assert_eq!(skippable(&["sh".into()], Some("2.17.3")), 0);
    }
}
