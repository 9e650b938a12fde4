#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `launcher transfer` through the real binary, in an environment like a
//! user's image with no CA certificates (scratch, distroless/static): the
//! launcher is copied into images it knows nothing about.

use std::{
    path::Path,
    process::{Command, Output},
};

use serde_json::Value;

/// The launcher with the system's CA certificates hidden: empty
/// `SSL_CERT_FILE` and `SSL_CERT_DIR` override the usual places.
fn launcher_without_ca_certificates(tmp: &Path, args: &[&str]) -> Output {
    let empty_file = tmp.join("no-certs.pem");
    let empty_dir = tmp.join("no-certs.d");
    std::fs::write(&empty_file, b"").unwrap();
    std::fs::create_dir_all(&empty_dir).unwrap();
    Command::new(env!("CARGO_BIN_EXE_launcher"))
        .arg("transfer")
        .args(args)
        .env("SSL_CERT_FILE", &empty_file)
        .env("SSL_CERT_DIR", &empty_dir)
        .env(
            "AWS_ACCESS_KEY_ID",
            std::env::var("KFP_S3_ACCESS_KEY").unwrap_or_else(|_| "test".into()),
        )
        .env(
            "AWS_SECRET_ACCESS_KEY",
            std::env::var("KFP_S3_SECRET_KEY").unwrap_or_else(|_| "test".into()),
        )
        .output()
        .expect("run launcher")
}

fn json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "launcher failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// KFP's in-cluster SeaweedFS or MinIO is plain HTTP: it needs no CA
/// certificates, and an image without them must still move artifacts.
#[test]
fn plain_http_store_works_without_ca_certificates() {
    let (Ok(endpoint), Ok(bucket)) = (
        std::env::var("KFP_S3_ENDPOINT"),
        std::env::var("KFP_S3_BUCKET"),
    ) else {
        use kfp_common::test_util::{skip, Component};
        return skip(&[Component::SeaweedFs]);
    };
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(src.join("nested")).unwrap();
    std::fs::write(src.join("a.txt"), b"alpha").unwrap();
    std::fs::write(src.join("nested/b.bin"), vec![7u8; 100_000]).unwrap();
    let root = format!("s3://{bucket}?endpoint={endpoint}&disableSSL=true&s3ForcePathStyle=true");
    let uri = format!(
        "s3://{bucket}/transfer-cli/no-ca/{}",
        tmp.path().file_name().unwrap().to_string_lossy()
    );

    let up = json(&launcher_without_ca_certificates(
        tmp.path(),
        &["upload", src.to_str().unwrap(), &uri, "--root", &root],
    ));
    let dest = tmp.path().join("dest");
    let down = json(&launcher_without_ca_certificates(
        tmp.path(),
        &["download", &uri, dest.to_str().unwrap(), "--root", &root],
    ));

    assert_eq!(up["files"], 2);
    assert_eq!(up["digest"], down["digest"], "the same manifest both ways");
    assert_eq!(std::fs::read(dest.join("a.txt")).unwrap(), b"alpha");
    assert_eq!(
        std::fs::read(dest.join("nested/b.bin")).unwrap(),
        vec![7u8; 100_000]
    );
}

/// HTTPS does need them: a clear error naming the bucket, not a panic and
/// not a silently unverified connection.
#[test]
fn https_store_without_ca_certificates_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("f");
    std::fs::write(&file, b"x").unwrap();
    let out = launcher_without_ca_certificates(
        tmp.path(),
        &[
            "upload",
            file.to_str().unwrap(),
            "s3://some-bucket/k",
            "--root",
            "s3://some-bucket?endpoint=https://127.0.0.1:9&s3ForcePathStyle=true",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("opening bucket s3://some-bucket") && stderr.contains("CA certificates"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A password in an endpoint URL is refused before anything is tried, and
/// never echoed: not in the error, not where the errors of the HTTP client
/// (which quote the URLs they tried) would have put it.
#[test]
fn credentials_in_an_endpoint_are_refused_and_never_echoed() {
    let tmp = tempfile::tempdir().unwrap();
    let out = launcher_without_ca_certificates(
        tmp.path(),
        &[
            "download",
            "s3://some-bucket/k",
            tmp.path().join("out").to_str().unwrap(),
            "--root",
            "s3://some-bucket?endpoint=http://user:planted-secret@127.0.0.1:9&disableSSL=true",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("carries credentials"), "{stderr}");
    assert!(!stderr.contains("planted-secret"), "{stderr}");
    assert!(!tmp.path().join("out").exists());
}
