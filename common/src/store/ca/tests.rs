#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

/// A self-signed test CA (public certificate only; its key was thrown away).
const CA: &str = "-----BEGIN CERTIFICATE-----
MIIBnTCCAUOgAwIBAgIUBHOeEQhxBqGaWXelKnwGwe+xoRMwCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYa2ZwLXJ1bnRpbWUtdW5pdC10ZXN0LWNhMCAXDTI2MTIwNzIw
MDkzM1oYDzIxMjYxMTEzMjAwOTMzWjAjMSEwHwYDVQQDDBhrZnAtcnVudGltZS11
bml0LXRlc3QtY2EwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASS9GYvrSARelCx
zTRWaMrsYxEHXeRkw6UvnXQGFjs4CxqaWyBcjo+inCC9vQoVeNu+fFrabI66TbGi
Eneo+ZIxo1MwUTAdBgNVHQ4EFgQUg29CC5iT4c8LMAGra7oAa7zhYsUwHwYDVR0j
BBgwFoAUg29CC5iT4c8LMAGra7oAa7zhYsUwDwYDVR0TAQH/BAUwAwEB/zAKBggq
hkjOPQQDAgNIADBFAiEApEiK5SK3CBC/qaQokixoq5S6zVyQoAwk5acu+uT2CvEC
IBR6lfk7zmOme/LjOxYeRJEvlTVE1csIshkJq5CWzqKK
-----END CERTIFICATE-----
";

fn ca_file(dir: &Path) -> PathBuf {
    let path = dir.join("ca.crt");
    std::fs::write(&path, CA).unwrap();
    path
}

#[test]
fn an_empty_flag_is_no_ca() {
    assert!(PrivateCa::from_flag("").unwrap().is_none());
}

#[test]
fn an_unreadable_or_empty_ca_is_an_error_naming_the_flag_and_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.crt");
    let err = PrivateCa::from_flag(missing.to_str().unwrap()).unwrap_err();
    assert!(matches!(err, CaError::Read { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!("--ca_cert_path {}: cannot read it", missing.display())
    );
    for junk in ["", "not a certificate\n", "-----BEGIN CERTIFICATE-----\n"] {
        let path = dir.path().join("junk.crt");
        std::fs::write(&path, junk).unwrap();
        let err = PrivateCa::read(&path).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "--ca_cert_path {}: no PEM certificate in it",
                path.display()
            ),
            "{junk:?}"
        );
    }
}

#[test]
fn the_bundle_is_ssl_cert_file_then_the_ca() {
    let dir = tempfile::tempdir().unwrap();
    let ca = PrivateCa::read(&ca_file(dir.path())).unwrap();
    assert!(!ca.roots().is_empty());
    let system = dir.path().join("system.pem");
    std::fs::write(&system, "SYSTEM ROOTS").unwrap();
    assert_eq!(
        ca.bundle(Some(system)),
        format!("SYSTEM ROOTS\n{CA}").into_bytes(),
        "$SSL_CERT_FILE first, a newline between"
    );
    // $SSL_CERT_FILE naming the CA itself is skipped, not doubled: the
    // bundle is a system bundle (if this machine has one) and the CA once.
    let own = ca.bundle(Some(dir.path().join("ca.crt")));
    assert!(own.ends_with(CA.as_bytes()));
    let text = String::from_utf8_lossy(&own);
    assert_eq!(text.matches(CA).count(), 1);
}

#[test]
fn the_bundle_goes_to_the_first_writable_directory_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let ca = PrivateCa::read(&ca_file(dir.path())).unwrap();
    let writable = dir.path().join("emptydir");
    std::fs::create_dir(&writable).unwrap();
    let dirs = [dir.path().join("no-such-dir"), writable.clone()];
    let (file, vars) = ca.write_bundle(&dirs).unwrap();
    assert_eq!(file.parent(), Some(writable.as_path()));
    let name = file.file_name().unwrap().to_str().unwrap();
    assert!(
        name.starts_with("ca-bundle-") && name.ends_with(".crt"),
        "{name}"
    );
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o444
    );
    assert!(std::fs::read(&file).unwrap().ends_with(CA.as_bytes()));
    let names: Vec<&str> = vars.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, BUNDLE_VARS);
    assert!(vars.iter().all(|(_, v)| Path::new(v) == file));
    // A second bundle of the same process is a new file.
    let (second, _) = ca.write_bundle(&dirs).unwrap();
    assert_ne!(second, file);

    let err = ca
        .write_bundle(&[dir.path().join("a"), dir.path().join("b")])
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("cannot write the user process's CA bundle in")
            && text.contains("/a, ")
            && text.ends_with("/b"),
        "{text}"
    );
}
