//! Command lines of KFP's compiled Argo workflows, for tests that feed
//! every one of them to a parser (`shared/fixtures/kfp/argo`): find the
//! containers, replace Argo `{{…}}` and Kubernetes `$(VAR)` placeholders by
//! sample values of the right type.

use serde_yaml::Value;

fn string_seq(v: Option<&Value>) -> Option<Vec<String>> {
    v?.as_sequence()?
        .iter()
        .map(|x| x.as_str().map(str::to_string))
        .collect()
}

/// A container found in a workflow.
#[derive(Debug)]
pub struct CommandLine {
    pub file: String,
    /// `command` + `args`, as in the YAML.
    pub argv: Vec<String>,
}

/// Collects every mapping with a `command` sequence for which `wanted`
/// (command, args) holds: containers, init containers, wherever they are.
pub fn collect(
    v: &Value,
    file: &str,
    wanted: &dyn Fn(&[String], &[String]) -> bool,
    out: &mut Vec<CommandLine>,
) {
    match v {
        Value::Mapping(m) => {
            if let Some(command) = string_seq(m.get("command")) {
                let args = string_seq(m.get("args")).unwrap_or_default();
                if wanted(&command, &args) {
                    let mut argv = command;
                    argv.extend(args);
                    out.push(CommandLine {
                        file: file.to_string(),
                        argv,
                    });
                }
            }
            for (_, child) in m {
                collect(child, file, wanted, out);
            }
        }
        Value::Sequence(s) => {
            for child in s {
                collect(child, file, wanted, out);
            }
        }
        Value::Tagged(t) => collect(&t.value, file, wanted, out),
        _ => {}
    }
}

/// The flag name `arg` sets, if it is a flag (`-x`, `--x`, `--x=v`).
pub fn flag_name(arg: &str) -> Option<&str> {
    let body = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-'))?;
    Some(body.split('=').next().unwrap_or(body))
}

/// Replaces every `open … close` span in `s` with `sample(inner)`.
pub fn replace_spans(s: &str, open: &str, close: &str, sample: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(start) = rest.find(open) {
        let Some(len) = rest[start + open.len()..].find(close) else {
            break;
        };
        out.push_str(&rest[..start]);
        let inner = &rest[start + open.len()..start + open.len() + len];
        out.push_str(&sample(inner));
        rest = &rest[start + open.len() + len + close.len()..];
    }
    out.push_str(rest);
    out
}

/// Substitutes Argo `{{…}}` placeholders and Kubernetes `$(VAR)` env
/// references with sample values of the right type for the flag they are
/// the value of: `{}` for `json_flags`, `7` for `int_flags`.
pub fn substitute(
    value: &str,
    flag: Option<&str>,
    json_flags: &[&str],
    int_flags: &[&str],
) -> String {
    let whole_placeholder = value.starts_with("{{") && value.ends_with("}}");
    match flag {
        Some(f) if whole_placeholder && json_flags.contains(&f) => return "{}".into(),
        Some(f) if whole_placeholder && int_flags.contains(&f) => return "7".into(),
        _ => {}
    }
    let s = replace_spans(value, "{{", "}}", |inner| {
        format!("sample-{}", inner.trim().replace(['.', '$'], "-"))
    });
    replace_spans(&s, "$(", ")", |var| {
        format!("sample-{}", var.to_lowercase())
    })
}

/// A program's argv (without the program name), with placeholders replaced.
pub fn program_argv(argv: &[String], json_flags: &[&str], int_flags: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(argv.len());
    let mut prev_flag: Option<String> = None;
    for arg in argv.iter().skip(1) {
        let replaced = if let Some((name, value)) = arg
            .strip_prefix('-')
            .and_then(|_| arg.split_once('='))
            .filter(|(n, _)| n.starts_with('-'))
        {
            let flag = flag_name(name);
            format!("{name}={}", substitute(value, flag, json_flags, int_flags))
        } else {
            substitute(arg, prev_flag.as_deref(), json_flags, int_flags)
        };
        prev_flag = flag_name(arg)
            .filter(|_| !arg.contains('='))
            .map(str::to_string);
        out.push(replaced);
    }
    out
}
