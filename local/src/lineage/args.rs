//! The arguments after `launcher local lineage`.

use std::path::PathBuf;

use kfp_common::metadata::Id;
use lexopt::prelude::*;

/// Usage text of `local lineage`.
pub const USAGE: &str = "\
usage: launcher local lineage (ARTIFACT_URI | EXECUTION_ID) [--home DIR | --mlmd HOST:PORT] [--json]

Shows where an artifact or an execution came from: the executions that made it,
their input artifacts and parameters, back to the first inputs.
  ARTIFACT_URI      e.g. minio://mlpipeline/v2/artifacts/PIPELINE/RUN/TASK/SALT/model
  EXECUTION_ID      an ML Metadata execution id (a number, e.g. from `local run --json`)
  --home DIR        the local runs' home to read (default: .kfp-local)
  --mlmd HOST:PORT  read a real ML Metadata server instead
  --json            print one JSON object: roots, executions, artifacts, edges";

/// What to trace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Every artifact recorded with this URI.
    Uri(String),
    /// One execution by its MLMD id.
    Execution(Id),
}

/// Where the lineage is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `DIR/metadata.sqlite` of local runs.
    Home(PathBuf),
    /// An ML Metadata gRPC server.
    Mlmd { host: String, port: u16 },
}

/// Parsed `local lineage` arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineageArgs {
    pub target: Target,
    pub source: Source,
    pub json: bool,
}

/// Parse the arguments after `local lineage`. The error is the message and
/// the usage; with `-h`/`--help` it is the usage alone.
pub fn parse(args: &[String]) -> Result<LineageArgs, String> {
    let usage = |message: String| format!("{message}\n\n{USAGE}");
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    let (mut target, mut home, mut mlmd, mut json) = (None, None, None, false);
    while let Some(arg) = parser.next().map_err(|e| usage(e.to_string()))? {
        match arg {
            Long("home") => home = Some(PathBuf::from(value(&mut parser).map_err(usage)?)),
            Long("mlmd") => {
                let v = value(&mut parser).map_err(usage)?;
                mlmd = Some(host_port(&v).ok_or_else(|| {
                    usage(format!(
                        "--mlmd {v:?}: expected HOST:PORT, e.g. 127.0.0.1:8080"
                    ))
                })?);
            }
            Long("json") => json = true,
            Short('h') | Long("help") => return Err(USAGE.to_owned()),
            Value(v) if target.is_none() => {
                let v = v
                    .into_string()
                    .map_err(|_| usage("ARTIFACT_URI is not valid UTF-8".to_owned()))?;
                target = Some(parse_target(v).map_err(usage)?);
            }
            other => return Err(usage(other.unexpected().to_string())),
        }
    }
    let target = target.ok_or_else(|| usage("missing ARTIFACT_URI or EXECUTION_ID".to_owned()))?;
    let source = match (home, mlmd) {
        (Some(_), Some(_)) => {
            return Err(usage(
                "--home and --mlmd exclude each other: read one store".to_owned(),
            ))
        }
        (_, Some((host, port))) => Source::Mlmd { host, port },
        (home, None) => Source::Home(home.unwrap_or_else(|| PathBuf::from(".kfp-local"))),
    };
    Ok(LineageArgs {
        target,
        source,
        json,
    })
}

/// A number is an execution id; anything else a URI.
fn parse_target(v: String) -> Result<Target, String> {
    if v.is_empty() {
        return Err("empty ARTIFACT_URI".to_owned());
    }
    if v.bytes().all(|b| b.is_ascii_digit()) {
        return match v.parse::<Id>() {
            Ok(id) if id > 0 => Ok(Target::Execution(id)),
            _ => Err(format!("EXECUTION_ID {v:?} is not an MLMD id")),
        };
    }
    Ok(Target::Uri(v))
}

/// `host:port`, `[v6]:port`.
fn host_port(v: &str) -> Option<(String, u16)> {
    let (host, port) = v.rsplit_once(':')?;
    let port = port.parse().ok()?;
    (!host.is_empty()).then(|| (host.to_owned(), port))
}

/// An option's value; lexopt's error names the option.
fn value(parser: &mut lexopt::Parser) -> Result<String, String> {
    parser
        .value()
        .and_then(|v| v.string())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<LineageArgs, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn targets_sources_and_json() {
        let uri = "minio://mlpipeline/v2/artifacts/p/r/t/s/model";
        assert_eq!(
            p(&[uri]),
            Ok(LineageArgs {
                target: Target::Uri(uri.to_owned()),
                source: Source::Home(PathBuf::from(".kfp-local")),
                json: false,
            })
        );
        assert_eq!(
            p(&["42", "--home", "/h", "--json"]),
            Ok(LineageArgs {
                target: Target::Execution(42),
                source: Source::Home(PathBuf::from("/h")),
                json: true,
            })
        );
        assert_eq!(
            p(&["--mlmd=[::1]:8080", "7"]).map(|a| a.source),
            Ok(Source::Mlmd {
                host: "[::1]".to_owned(),
                port: 8080
            })
        );
    }

    #[test]
    fn errors_name_the_argument() {
        for (args, want) in [
            (&[][..], "missing ARTIFACT_URI or EXECUTION_ID"),
            (&["a", "b"][..], "unexpected argument \"b\""),
            (&["0"][..], "EXECUTION_ID \"0\""),
            (&["99999999999999999999"][..], "EXECUTION_ID"),
            (&[""][..], "empty ARTIFACT_URI"),
            (&["u", "--mlmd", "nohost"][..], "--mlmd \"nohost\""),
            (&["u", "--mlmd", "h:99999"][..], "--mlmd \"h:99999\""),
            (&["u", "--home"][..], "missing argument for option '--home'"),
            (
                &["u", "--home", "h", "--mlmd", "h:1"][..],
                "--home and --mlmd",
            ),
            (&["u", "--bogus"][..], "--bogus"),
        ] {
            let e = p(args).expect_err("an error");
            assert!(e.contains(want), "{args:?}: {e}");
            assert!(e.ends_with(USAGE), "{args:?}: the usage follows");
        }
        assert_eq!(p(&["--help"]), Err(USAGE.to_owned()));
    }
}
