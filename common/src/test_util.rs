//! The real components tests run against but cannot start themselves, and
//! what a test does when one is absent.
//!
//! `make test` (and so CI) starts MLMD and SeaweedFS, installs the KFP SDK
//! and exports `KFP_REQUIRE_SERVICES=1`: there a missing component is a
//! failure that names it, so no test can pass by not running. A plain
//! `cargo test` on a laptop skips instead, with one `SKIPPED` line written
//! straight to stderr: libtest captures `println!`/`eprintln!` of passing
//! tests, so a skip printed that way is never seen.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

mod binary;
mod execution;

pub use binary::{assert_sigterm_ends_a_wait_on_mlmd, assert_usage_errors, run_binary};
pub use execution::{int_prop, state, str_prop};

/// Set (to `1`) by `make test`: an absent component fails the test.
pub const REQUIRE_SERVICES: &str = "KFP_REQUIRE_SERVICES";

/// A real component a test needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Component {
    /// The MLMD engine of `e2e/services/with-mlmd.sh`.
    Mlmd,
    /// The MLMD server script and its Python, for tests that start a
    /// server of their own (faults, TLS, restarts).
    MlmdServer,
    /// The SeaweedFS of `e2e/services/with-seaweedfs.sh`.
    SeaweedFs,
    /// What starts another S3 gateway on that SeaweedFS's filer (TLS).
    SeaweedFsFiler,
    /// A virtualenv with the KFP SDK, whose executor runs Python steps.
    KfpVenv,
    /// Pipelines compiled by the KFP SDK (`shared/fixtures/kfp/ir`).
    IrFixtures,
    /// Argo workflows compiled by KFP (`shared/fixtures/kfp/argo`).
    ArgoFixtures,
    /// A binary of another crate of the workspace, at this path.
    Binary(PathBuf),
}

impl Component {
    /// The variables that locate it, all non-empty when it is there.
    fn variables(&self) -> &'static [&'static str] {
        match self {
            Self::Mlmd => &["KFP_MLMD_HOST", "KFP_MLMD_PORT"],
            Self::MlmdServer => &["KFP_MLMD_PYTHON", "KFP_MLMD_SERVER"],
            Self::SeaweedFs => &[
                "KFP_S3_ENDPOINT",
                "KFP_S3_ACCESS_KEY",
                "KFP_S3_SECRET_KEY",
                "KFP_S3_BUCKET",
            ],
            Self::SeaweedFsFiler => &[
                "KFP_WEED_BIN",
                "KFP_WEED_FILER_ADDRESS",
                "KFP_WEED_S3_CONFIG",
            ],
            Self::KfpVenv => &["KFP_VENV"],
            Self::IrFixtures | Self::ArgoFixtures | Self::Binary(_) => &[],
        }
    }

    /// Where it is on disk, for those that are files.
    fn path(&self) -> Option<PathBuf> {
        match self {
            Self::IrFixtures => Some(fixtures("ir")),
            Self::ArgoFixtures => Some(fixtures("argo")),
            Self::Binary(path) => Some(path.clone()),
            _ => None,
        }
    }

    /// Whether the test can use it.
    pub fn is_present(&self) -> bool {
        self.variables().iter().all(|name| var(name).is_some())
            && self.path().is_none_or(|p| p.exists())
    }

    /// What it is, with the variables or path that locate it.
    fn what(&self) -> String {
        let located = match self.path() {
            Some(path) => path.display().to_string(),
            None => self.variables().join(", "),
        };
        let name = match self {
            Self::Mlmd => "the MLMD engine".to_owned(),
            Self::MlmdServer => "the MLMD server script".to_owned(),
            Self::SeaweedFs => "SeaweedFS".to_owned(),
            Self::SeaweedFsFiler => "SeaweedFS's filer and weed binary".to_owned(),
            Self::KfpVenv => "a virtualenv with kfp==2.17.3".to_owned(),
            Self::IrFixtures => "the KFP SDK's compiled pipelines".to_owned(),
            Self::ArgoFixtures => "KFP's compiled Argo workflows".to_owned(),
            Self::Binary(path) => format!(
                "the `{}` binary",
                path.file_name().unwrap_or_default().to_string_lossy()
            ),
        };
        format!("{name} ({located})")
    }

    /// How to provide it.
    fn how(&self) -> &'static str {
        match self {
            Self::Mlmd | Self::MlmdServer => {
                "run under e2e/services/with-mlmd.sh, as make test does"
            }
            Self::SeaweedFs | Self::SeaweedFsFiler => {
                "run under e2e/services/with-seaweedfs.sh, as make test does"
            }
            Self::KfpVenv => "`make venv-kfp` and KFP_VENV=<its directory>, as make test does",
            Self::IrFixtures | Self::ArgoFixtures => {
                "check the shared repository out next to this one (../shared)"
            }
            Self::Binary(_) => "`cargo test --workspace` builds it",
        }
    }
}

/// `true` when every one of `components` is there; otherwise [`skip`]
/// (which fails under `KFP_REQUIRE_SERVICES=1`) and `false`.
pub fn available(components: &[Component]) -> bool {
    let present = components.iter().all(Component::is_present);
    if !present {
        skip(components);
    }
    present
}

/// The test cannot run without `components`: under
/// `KFP_REQUIRE_SERVICES=1` a panic naming those that are absent and how
/// to provide them; otherwise a `SKIPPED` line on stderr, after which the
/// caller returns.
///
/// # Panics
///
/// Under `KFP_REQUIRE_SERVICES=1`, always: that is the point.
pub fn skip(components: &[Component]) {
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    let required = required();
    let message = verdict(&test, components, required);
    if required {
        panic!("{message}");
    }
    loud(&message);
}

/// What [`skip`] says about `test`: the components that are absent (all
/// of them if none is: the test found another fault in one) and how to
/// provide each.
fn verdict(test: &str, components: &[Component], required: bool) -> String {
    let absent: Vec<&Component> = components.iter().filter(|c| !c.is_present()).collect();
    let named = if absent.is_empty() {
        components.iter().collect()
    } else {
        absent
    };
    let missing = named
        .iter()
        .map(|c| format!("{} ({})", c.what(), c.how()))
        .collect::<Vec<_>>()
        .join("; ");
    if required {
        format!("{test}: missing {missing}; {REQUIRE_SERVICES} is set, so it may not skip")
    } else {
        format!("SKIPPED {test}: missing {missing}; {REQUIRE_SERVICES}=1 makes this a failure")
    }
}

/// The host does not allow what the test exercises (a PID namespace, a
/// memory cgroup). No `make` target provides a privilege, so this skips
/// even under `KFP_REQUIRE_SERVICES=1`, loudly.
pub fn host_lacks(what: &str) {
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    loud(&format!("SKIPPED {test}: this host lacks {what}"));
}

/// Whether an absent component fails the test (`KFP_REQUIRE_SERVICES=1`).
pub fn required() -> bool {
    var(REQUIRE_SERVICES).is_some_and(|v| v != "0")
}

/// To the process's stderr, past libtest's capture of `eprintln!`.
fn loud(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// `shared/fixtures/kfp/<kind>` of the shared repository next to this one.
fn fixtures(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/fixtures/kfp")
        .join(kind)
}

/// Where the MLMD engine of `with-mlmd.sh` listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MlmdAddress {
    pub host: String,
    pub port: u16,
}

#[cfg(feature = "mlmd")]
impl MlmdAddress {
    /// A new client of this engine, with the default options.
    ///
    /// # Panics
    ///
    /// When the engine does not answer: the test cannot run.
    pub async fn connect(&self) -> crate::metadata::grpc::MlmdStore {
        crate::metadata::grpc::MlmdStore::connect(&self.host, self.port, Default::default())
            .await
            .unwrap_or_else(|e| panic!("connect to MLMD at {}:{}: {e}", self.host, self.port))
    }
}

/// A client of the MLMD engine, or `None` after [`skip`].
#[cfg(feature = "mlmd")]
pub async fn mlmd_store() -> Option<crate::metadata::grpc::MlmdStore> {
    Some(mlmd()?.connect().await)
}

/// The MLMD engine, or `None` after [`skip`].
///
/// # Panics
///
/// When `KFP_MLMD_PORT` is not a port, or under `KFP_REQUIRE_SERVICES=1`
/// when MLMD is absent.
#[allow(clippy::expect_used)]
pub fn mlmd() -> Option<MlmdAddress> {
    available(&[Component::Mlmd]).then(|| MlmdAddress {
        host: var("KFP_MLMD_HOST").unwrap_or_default(),
        port: var("KFP_MLMD_PORT")
            .and_then(|p| p.parse().ok())
            .expect("KFP_MLMD_PORT is a port"),
    })
}

/// The MLMD server script's Python and path, or `None` after [`skip`].
pub fn mlmd_server() -> Option<(PathBuf, PathBuf)> {
    available(&[Component::MlmdServer]).then(|| {
        let path = |name| PathBuf::from(var(name).unwrap_or_default());
        (path("KFP_MLMD_PYTHON"), path("KFP_MLMD_SERVER"))
    })
}

/// The KFP SDK virtualenv, or `None` after [`skip`].
pub fn kfp_venv() -> Option<PathBuf> {
    available(&[Component::KfpVenv]).then(|| PathBuf::from(var("KFP_VENV").unwrap_or_default()))
}

/// A copy of a KFP fixture, written to `dir`, whose Python steps pin the
/// SDK of the KFP virtualenv (`KFP_VENV`, found through its `kfp-*.dist-info`)
/// instead of the one they were compiled with, and that virtualenv: the
/// steps' `pip install` of the pinned SDK is then a no-op, offline, and
/// the test runs under `make test` (`make conformance` runs the fixtures
/// with the SDKs they pin). `None` after [`skip`] without the virtualenv.
///
/// # Panics
///
/// When the pipeline cannot be read or the copy written: the caller chose them.
#[allow(clippy::expect_used)]
pub fn fixture_on_kfp_venv(pipeline: &Path, dir: &Path) -> Option<(PathBuf, PathBuf)> {
    let venv = kfp_venv()?;
    let version = installed_kfp_version(&venv).expect("KFP_VENV has a kfp-*.dist-info");
    let ir = std::fs::read_to_string(pipeline).expect("the pipeline is readable");
    let mut pinned = String::with_capacity(ir.len());
    let mut rest = ir.as_str();
    while let Some(at) = rest.find("'kfp==") {
        pinned.push_str(&rest[..at]);
        let after = &rest[at + "'kfp==".len()..];
        let end = after.find('\'').unwrap_or(after.len());
        pinned.push_str(&format!("'kfp=={version}'"));
        rest = after.get(end + 1..).unwrap_or_default();
    }
    pinned.push_str(rest);
    let name = pipeline.file_name().expect("a pipeline file");
    let copy = dir.join(name);
    std::fs::write(&copy, pinned).expect("the pipeline's copy is written");
    Some((copy, venv))
}

/// The version of the kfp installed in a virtualenv.
fn installed_kfp_version(venv: &Path) -> Option<String> {
    for lib in std::fs::read_dir(venv.join("lib")).ok()?.flatten() {
        let site = lib.path().join("site-packages");
        for entry in std::fs::read_dir(site).ok()?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(v) = name
                .strip_prefix("kfp-")
                .and_then(|n| n.strip_suffix(".dist-info"))
            {
                return Some(v.to_owned());
            }
        }
    }
    None
}

/// The SDK-compiled pipelines, or `None` after [`skip`].
pub fn ir_fixtures() -> Option<PathBuf> {
    available(&[Component::IrFixtures]).then(|| fixtures("ir"))
}

/// KFP's compiled Argo workflows, or `None` after [`skip`].
pub fn argo_fixtures() -> Option<PathBuf> {
    available(&[Component::ArgoFixtures]).then(|| fixtures("argo"))
}

/// The workspace binary `name`, built next to `binary` (a
/// `CARGO_BIN_EXE_*` of the crate under test), or `None` after [`skip`].
pub fn sibling_binary(binary: &Path, name: &str) -> Option<PathBuf> {
    let path = binary.with_file_name(name);
    available(&[Component::Binary(path.clone())]).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absent_component_is_named_with_how_to_provide_it() {
        let missing = Component::Binary(PathBuf::from("/nonexistent/driver"));
        assert!(!missing.is_present());
        assert_eq!(missing.what(), "the `driver` binary (/nonexistent/driver)");
        assert!(missing.how().contains("cargo test --workspace"));
        assert!(Component::Mlmd
            .what()
            .contains("KFP_MLMD_HOST, KFP_MLMD_PORT"));
        assert!(Component::IrFixtures
            .what()
            .ends_with("shared/fixtures/kfp/ir)"));
    }

    #[test]
    fn only_the_absent_components_are_named() {
        let absent = Component::Binary(PathBuf::from("/nonexistent/publisher"));
        let present = Component::Binary(std::env::current_exe().unwrap());
        let text = verdict("t", &[present, absent], true);
        assert_eq!(
            text,
            "t: missing the `publisher` binary (/nonexistent/publisher) \
             (`cargo test --workspace` builds it); KFP_REQUIRE_SERVICES is set, \
             so it may not skip"
        );
        let text = verdict("t", &[Component::Binary(PathBuf::from("/x/y"))], false);
        assert!(
            text.starts_with("SKIPPED t: missing the `y` binary"),
            "{text}"
        );
        assert!(text.ends_with("KFP_REQUIRE_SERVICES=1 makes this a failure"));
    }
}

/// A private CA and a certificate it signed for `127.0.0.1` (an IP SAN), as
/// PEM files in `dir`, made with the `openssl` CLI.
#[derive(Debug, Clone)]
pub struct PrivateCaFiles {
    /// The CA's certificate: what `--ca_cert_path` names.
    pub ca: PathBuf,
    /// The server's certificate and key.
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// Make [`PrivateCaFiles`] in `dir`.
///
/// # Panics
///
/// When `openssl` fails: the test has nothing to serve.
pub fn private_ca(dir: &Path) -> PrivateCaFiles {
    let openssl = |args: &[&str]| {
        let out = std::process::Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap_or_else(|e| panic!("openssl {args:?} (tests make certificates with it): {e}"));
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let key = ["-newkey", "rsa:2048", "-nodes"];
    openssl(
        &[
            &["req", "-x509"][..],
            &key,
            &[
                "-days",
                "1",
                "-subj",
                "/CN=kfp-test-ca",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
            ],
        ]
        .concat(),
    );
    openssl(
        &[
            &["req"][..],
            &key,
            &[
                "-subj",
                "/CN=127.0.0.1",
                "-keyout",
                "server.key",
                "-out",
                "server.csr",
            ],
        ]
        .concat(),
    );
    if let Err(e) = std::fs::write(dir.join("san.ext"), "subjectAltName=IP:127.0.0.1\n") {
        panic!("{}: {e}", dir.display());
    }
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "1",
        "-extfile",
        "san.ext",
        "-out",
        "server.pem",
    ]);
    PrivateCaFiles {
        ca: dir.join("ca.pem"),
        cert: dir.join("server.pem"),
        key: dir.join("server.key"),
    }
}
