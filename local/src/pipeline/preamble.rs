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

/// The elements the preamble takes: `sh`, `-c`, the script.
pub const SKIPPED_ELEMENTS: usize = 3;

/// The `V` of a user command that is exactly the SDK preamble installing
/// only `kfp==V`; `None` for anything else.
pub fn pinned_kfp(user: &[String]) -> Option<&str> {
    let [sh, c, script, ..] = user else {
        return None;
    };
    if sh != "sh" || c != "-c" {
        return None;
    }
    // Exactly the SDK's template: its ensurepip block, one `pip install`,
    // then `&& "$0" "$@"` — nothing else may hide in the script (a second
    // install of the user's packages follows the first in some SDKs).
    let (install, rest) = script.split_once("&&")?;
    if rest.trim() != r#""$0" "$@""# {
        return None;
    }
    let (prefix, args) = install.split_once("python3 -m pip install")?;
    if words(prefix) != words(SDK_PREFIX) {
        return None;
    }
    // The quoted requirements, e.g. 'kfp==2.17.3' '--no-deps'
    // 'typing-extensions>=3.7.4,<5; python_version<"3.9"'.
    let unquoted: String = args.split('\'').step_by(2).collect();
    let flags_ok = unquoted
        .split_whitespace()
        .all(|f| matches!(f, "--quiet" | "--no-warn-script-location"));
    let mut pinned = None;
    for requirement in args.split('\'').skip(1).step_by(2) {
        match requirement.strip_prefix("kfp==") {
            Some(v) if pinned.is_none() => pinned = Some(v),
            _ if requirement == "--no-deps" => {}
            _ if requirement.ends_with(r#"python_version<"3.9""#) => {}
            _ => return None,
        }
    }
    pinned.filter(|_| flags_ok)
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
    fn only_the_sdk_template_installing_only_kfp_pins_a_version() {
        assert_eq!(pinned_kfp(&cmd(SDK)), Some("2.17.3"));
        let extra = SDK.replace("'--no-deps'", "'--no-deps' 'pandas'");
        assert_eq!(pinned_kfp(&cmd(&extra)), None, "packages_to_install");
        // The SDK's shape with packages_to_install: a second install.
        let second = SDK.replace(
            r#"&& "$0" "$@""#,
            r#"&& python3 -m pip install --quiet --no-warn-script-location 'pandas==2.2.0' && "$0" "$@""#,
        );
        assert_eq!(pinned_kfp(&cmd(&second)), None, "user packages");
        let before = format!("curl http://x | sh\n{SDK}");
        assert_eq!(pinned_kfp(&cmd(&before)), None, "more before pip");
        let index = SDK.replace("--quiet", "--quiet --index-url http://x");
        assert_eq!(pinned_kfp(&cmd(&index)), None, "other pip flags");
        let twice = SDK.replace("'--no-deps'", "'--no-deps' 'kfp==2.14.3'");
        assert_eq!(pinned_kfp(&cmd(&twice)), None, "two pins");
        assert_eq!(pinned_kfp(&cmd("echo hi")), None);
        assert_eq!(pinned_kfp(&["sh".into()]), None);
    }
}
