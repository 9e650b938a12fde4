//! `launcher local run PIPELINE.yaml [--task TASK] [--param NAME=VALUE]... [--home DIR] [--json]
//! [--parallelism N] [--mlmd HOST:PORT] [--no-cache] [--secret NAME=DIR|FILE]...
//! [--config-map NAME=DIR|FILE]...`

use std::path::PathBuf;

use lexopt::prelude::*;

/// How the user process is shown the KFP paths (`/minio/...`, `/tmp/kfp/...`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Isolation {
    /// A private mount namespace when the kernel allows it, else `None`.
    #[default]
    Auto,
    /// A private mount namespace, or fail.
    Namespace,
    /// No namespace: the step sees scratch paths under the home instead.
    None,
}

/// Parsed `local run` arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalArgs {
    pub pipeline: PathBuf,
    pub task: Option<String>,
    /// `--param NAME=VALUE` in order; VALUE is JSON when it parses, else a string.
    pub params: Vec<(String, String)>,
    pub home: PathBuf,
    pub json: bool,
    pub isolation: Isolation,
    /// Artifacts go under this root instead of the home's local store
    /// (`s3://b/p?endpoint=…`, credentials from the environment).
    pub pipeline_root: Option<String>,
    /// Whole pipelines: launchers running at once (default: one per core).
    pub parallelism: Option<usize>,
    /// Whole pipelines: lineage in this ML Metadata server instead of the
    /// home's SQLite file.
    pub mlmd: Option<(String, u16)>,
    /// Whole pipelines: no cache lookups, no cache entries.
    pub no_cache: bool,
    /// Whole pipelines: run every step's command as compiled, including the
    /// SDK's `pip install kfp==V` when this machine has that kfp already.
    pub verbatim_steps: bool,
    /// Whole pipelines: `--secret NAME=DIR|FILE`, the Secrets steps use
    /// (env, volumes), in order.
    pub secrets: Vec<(String, PathBuf)>,
    /// Whole pipelines: `--config-map NAME=DIR|FILE`, likewise.
    pub config_maps: Vec<(String, PathBuf)>,
}

/// Usage text of the local subcommand.
pub const USAGE: &str = "\
usage: launcher local run PIPELINE.yaml [--task TASK] [--param NAME=VALUE]... [--home DIR] [--json]
                          [--isolation auto|namespace|none] [--pipeline-root URI]
                          [--parallelism N] [--mlmd HOST:PORT] [--no-cache] [--verbatim-steps]
                          [--secret NAME=DIR|FILE]... [--config-map NAME=DIR|FILE]...
       launcher local lineage (ARTIFACT_URI | EXECUTION_ID) [--home DIR | --mlmd HOST:PORT] [--json]

Runs a pipeline compiled by the KFP SDK on this machine, with no cluster: the whole
pipeline, or with --task one of its tasks.
  --task TASK          only this task: its key, or its path in nested pipelines (outer/inner)
  --parallelism N      whole pipelines: tasks running at once (default: one per core)
  --mlmd HOST:PORT     whole pipelines: lineage in this ML Metadata server, not the home
  --no-cache           whole pipelines: neither look up nor leave cache entries
  --verbatim-steps     whole pipelines: keep the SDK's `pip install kfp==V` of Python steps even
                       when python3 here has that kfp (it is skipped by default)
  --secret NAME=DIR|FILE, --config-map NAME=DIR|FILE
                       whole pipelines: the Secret / ConfigMap NAME that steps use as env or
                       volumes: a directory (one file per key) or an env-file (KEY=VALUE lines)
  --param NAME=VALUE   pipeline (or task) input; VALUE is JSON when it parses, else a string
  --home DIR           lineage, artifacts and logs (default: .kfp-local)
  --json               print the summary as one JSON object
  --pipeline-root URI  put artifacts there instead of the home (e.g.
                       s3://bucket/prefix?endpoint=http://127.0.0.1:8333&disableSSL=true&s3ForcePathStyle=true,
                       credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)
  --isolation MODE     auto (default): private mount namespace when allowed, so the step
                       sees the real KFP paths; none: scratch paths under DIR instead";

/// Errors name the flag at fault.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum LocalArgsError {
    /// `-h`/`--help`: the usage is the answer.
    #[error("{USAGE}")]
    Help,
    /// The command line cannot be parsed (unknown flag, missing value or
    /// argument): exit 2.
    #[error("{0}\n\n{USAGE}")]
    Usage(String),
    /// A flag's value is not one this command takes: exit 1.
    #[error("{0}")]
    Invalid(String),
}

/// Parse the arguments after `local`.
pub fn parse(args: &[String]) -> Result<LocalArgs, LocalArgsError> {
    let usage = |m: String| LocalArgsError::Usage(m);
    let invalid = |m: String| LocalArgsError::Invalid(m);
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    let mut sub = None;
    let mut pipeline = None;
    let mut out = LocalArgs {
        pipeline: PathBuf::new(),
        task: None,
        params: Vec::new(),
        home: PathBuf::from(".kfp-local"),
        json: false,
        isolation: Isolation::Auto,
        pipeline_root: None,
        parallelism: None,
        mlmd: None,
        no_cache: false,
        verbatim_steps: false,
        secrets: Vec::new(),
        config_maps: Vec::new(),
    };
    loop {
        let arg = parser.next().map_err(|e| usage(e.to_string()))?;
        let Some(arg) = arg else { break };
        match arg {
            Long("task") => out.task = Some(value(&mut parser, "--task")?),
            Long("param") => {
                let v = value(&mut parser, "--param")?;
                let (name, val) = v
                    .split_once('=')
                    .ok_or_else(|| invalid(format!("--param {v:?}: expected NAME=VALUE")))?;
                if name.is_empty() {
                    return Err(invalid(format!("--param {v:?}: empty NAME")));
                }
                out.params.push((name.to_owned(), val.to_owned()));
            }
            Long("home") => out.home = PathBuf::from(value(&mut parser, "--home")?),
            Long("json") => out.json = true,
            Long("pipeline-root") => {
                out.pipeline_root = Some(value(&mut parser, "--pipeline-root")?)
            }
            Long("isolation") => {
                out.isolation =
                    parse_isolation(&value(&mut parser, "--isolation")?).map_err(invalid)?
            }
            Long("parallelism") => {
                let v = value(&mut parser, "--parallelism")?;
                out.parallelism = Some(v.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                    invalid(format!("--parallelism {v:?}: expected a positive number"))
                })?);
            }
            Long("mlmd") => {
                out.mlmd = Some(super::parse_mlmd(&value(&mut parser, "--mlmd")?).map_err(invalid)?)
            }
            Long("no-cache") => out.no_cache = true,
            Long("verbatim-steps") => out.verbatim_steps = true,
            Long("secret") => {
                let v = value(&mut parser, "--secret")?;
                out.secrets
                    .push(named_path("--secret", &v).map_err(invalid)?);
            }
            Long("config-map") => {
                let v = value(&mut parser, "--config-map")?;
                out.config_maps
                    .push(named_path("--config-map", &v).map_err(invalid)?);
            }
            Short('h') | Long("help") => return Err(LocalArgsError::Help),
            Value(v) if sub.is_none() => sub = Some(v.to_string_lossy().into_owned()),
            Value(v) if pipeline.is_none() => pipeline = Some(PathBuf::from(v)),
            other => return Err(usage(other.unexpected().to_string())),
        }
    }
    match sub.as_deref() {
        Some("run") => {}
        Some(other) => return Err(usage(format!("unknown local command {other:?}"))),
        None => return Err(usage("missing command: run".into())),
    }
    out.pipeline = pipeline.ok_or_else(|| usage("missing PIPELINE.yaml".into()))?;
    if out.home.as_os_str().is_empty() {
        return Err(invalid(
            "--home \"\": give a directory (the default is .kfp-local)".into(),
        ));
    }
    if let Some(root) = &out.pipeline_root {
        check_pipeline_root(root).map_err(invalid)?;
    }
    if out.task.is_some() {
        // Said, not ignored: these change what a whole run does only.
        let whole_run_only = [
            ("--mlmd", out.mlmd.is_some()),
            ("--no-cache", out.no_cache),
            ("--parallelism", out.parallelism.is_some()),
            ("--verbatim-steps", out.verbatim_steps),
            ("--secret", !out.secrets.is_empty()),
            ("--config-map", !out.config_maps.is_empty()),
        ];
        if let Some((flag, _)) = whole_run_only.iter().find(|(_, given)| *given) {
            return Err(invalid(format!(
                "{flag} applies to whole-pipeline runs, not to one task (--task)"
            )));
        }
    }
    Ok(out)
}

/// A pipeline root a step can write to: the KFP SDK maps only `gs://`,
/// `s3://` and `minio://` URIs to local paths (its `Artifact.path`), so
/// under `file://` or `mem://` every step would fail to write its outputs.
fn check_pipeline_root(root: &str) -> Result<(), String> {
    let cfg = kfp_common::store::bucket::parse_bucket_config(root)
        .map_err(|e| format!("--pipeline-root {root:?}: {}", kfp_common::error_chain(&e)))?;
    match cfg.scheme.as_str() {
        "s3://" | "minio://" | "gs://" => Ok(()),
        other => Err(format!(
            "--pipeline-root {root:?}: steps cannot write artifacts under {other} (the KFP SDK \
             maps only gs://, s3:// and minio:// URIs to local paths); use an S3 or GCS bucket, \
             or leave it out to keep artifacts in the home"
        )),
    }
}

/// `NAME=PATH` of `--secret` / `--config-map`.
fn named_path(flag: &str, v: &str) -> Result<(String, PathBuf), String> {
    match v.split_once('=') {
        Some((name, path)) if !name.is_empty() && !path.is_empty() => {
            Ok((name.to_owned(), PathBuf::from(path)))
        }
        _ => Err(format!("{flag} {v:?}: expected NAME=DIR or NAME=FILE")),
    }
}

/// `--isolation MODE`.
pub(super) fn parse_isolation(v: &str) -> Result<Isolation, String> {
    match v {
        "auto" => Ok(Isolation::Auto),
        "namespace" => Ok(Isolation::Namespace),
        "none" => Ok(Isolation::None),
        other => Err(format!(
            "--isolation {other:?}: expected auto, namespace or none"
        )),
    }
}

fn value(parser: &mut lexopt::Parser, flag: &str) -> Result<String, LocalArgsError> {
    parser
        .value()
        .map_err(|_| LocalArgsError::Usage(format!("{flag} needs a value")))?
        .into_string()
        .map_err(|_| LocalArgsError::Usage(format!("{flag}: value is not valid UTF-8")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<LocalArgs, LocalArgsError> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_everything() {
        let a = p(&[
            "run",
            "p.yaml",
            "--task",
            "t",
            "--param",
            "n=3",
            "--param=s=a=b",
            "--home",
            "/h",
            "--json",
            "--isolation",
            "none",
        ])
        .unwrap();
        assert_eq!(a.pipeline, PathBuf::from("p.yaml"));
        assert_eq!(a.task.as_deref(), Some("t"));
        assert_eq!(
            a.params,
            vec![("n".into(), "3".into()), ("s".into(), "a=b".into())]
        );
        assert_eq!(a.home, PathBuf::from("/h"));
        assert!(a.json);
        assert_eq!(a.isolation, Isolation::None);
        let k = p(&[
            "run",
            "p.yaml",
            "--secret",
            "creds=/s/creds",
            "--config-map=cfg=/c/a=b.env",
            "--secret",
            "other=env",
        ])
        .unwrap();
        assert_eq!(
            k.secrets,
            vec![
                ("creds".into(), PathBuf::from("/s/creds")),
                ("other".into(), PathBuf::from("env"))
            ]
        );
        assert_eq!(
            k.config_maps,
            vec![("cfg".into(), PathBuf::from("/c/a=b.env"))]
        );
        let d = p(&["run", "p.yaml", "--task", "t"]).unwrap();
        assert_eq!(d.home, PathBuf::from(".kfp-local"));
        assert_eq!(d.isolation, Isolation::Auto);
    }

    #[test]
    fn errors_name_the_flag() {
        for (args, want) in [
            (&["run", "p.yaml", "--task"][..], "--task needs a value"),
            (
                &["run", "p.yaml", "--task", "t", "--param", "novalue"][..],
                "--param \"novalue\"",
            ),
            (&["run", "--task", "t"][..], "missing PIPELINE.yaml"),
            (
                &["run", "p.yaml", "--parallelism", "0"][..],
                "--parallelism",
            ),
            (&["run", "p.yaml", "--mlmd", "nohost"][..], "--mlmd"),
            (
                &["walk", "p.yaml", "--task", "t"][..],
                "unknown local command",
            ),
            (&["run", "p.yaml", "--task", "t", "--bogus"][..], "--bogus"),
            (
                &["run", "p.yaml", "--secret", "noequals"][..],
                "--secret \"noequals\"",
            ),
            (
                &["run", "p.yaml", "--secret", "=/x"][..],
                "--secret \"=/x\"",
            ),
            (
                &["run", "p.yaml", "--config-map", "c="][..],
                "--config-map \"c=\"",
            ),
            (
                &["run", "p.yaml", "--config-map"][..],
                "--config-map needs a value",
            ),
            (
                &["run", "p.yaml", "--task", "t", "--isolation", "x"][..],
                "--isolation",
            ),
        ] {
            let e = p(args).unwrap_err().to_string();
            assert!(e.contains(want), "{args:?}: {e}");
        }
    }

    #[test]
    fn what_would_be_ignored_or_fail_later_is_refused_naming_the_flag() {
        for (extra, says) in [
            (&["--home", ""][..], "--home \"\""),
            (
                &["--pipeline-root", "mem://b/x"],
                "--pipeline-root \"mem://b/x\"",
            ),
            (&["--pipeline-root", "file:///tmp/x"], "under file:///"),
            (
                &["--pipeline-root", "nonsense"],
                "--pipeline-root \"nonsense\"",
            ),
            (
                &["--task", "t", "--mlmd", "127.0.0.1:8080"],
                "--mlmd applies to whole-pipeline runs",
            ),
            (&["--task", "t", "--no-cache"], "--no-cache applies"),
            (&["--task", "t", "--secret", "s=/x"], "--secret applies"),
        ] {
            let mut argv: Vec<String> = vec!["run".into(), "p.yaml".into()];
            argv.extend(extra.iter().map(|a| (*a).to_owned()));
            match parse(&argv) {
                Err(LocalArgsError::Invalid(m)) => assert!(m.contains(says), "{extra:?}: {m}"),
                other => panic!("{extra:?}: {other:?}"),
            }
        }
        let argv: Vec<String> = [
            "run",
            "p.yaml",
            "--pipeline-root",
            "s3://b/p?endpoint=http://h:9",
        ]
        .map(String::from)
        .to_vec();
        assert!(parse(&argv).is_ok());
    }
}
