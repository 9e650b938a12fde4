use super::*;
use futures::TryStreamExt;
use object_store::local::LocalFileSystem;

/// `objects` under `tmp`, created: a local store the test can look into.
fn objects(tmp: &Path) -> LocalFileSystem {
    let objects = tmp.join("objects");
    std::fs::create_dir_all(&objects).unwrap();
    LocalFileSystem::new_with_prefix(&objects).unwrap()
}

/// `minio://mlpipeline` in `objects` under `tmp`.
fn bucket(tmp: &Path) -> Bucket {
    Bucket::new(Arc::new(objects(tmp)), "minio://mlpipeline")
}

/// `s3://b` in `objects` under `tmp`, tuned by `config`.
fn tuned_bucket(tmp: &Path, config: TransferConfig) -> Bucket {
    Bucket::with_config(Arc::new(objects(tmp)), "s3://b", config)
}

#[tokio::test]
async fn file_round_trip_with_digest() {
    let tmp = tempfile::tempdir().unwrap();
    let b = bucket(tmp.path());
    let src = tmp.path().join("model.bin");
    std::fs::write(&src, b"hello").unwrap();
    let up = b
        .upload(&src, "minio://mlpipeline/v2/a/model")
        .await
        .unwrap()
        .unwrap();
    // sha256("hello")
    assert_eq!(
        up.digest,
        "sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    );
    assert_eq!((up.size, up.files), (5, 1));
    let dest = tmp.path().join("in/model");
    let down = b
        .download("minio://mlpipeline/v2/a/model", &dest)
        .await
        .unwrap();
    assert_eq!(down, up);
    assert_eq!(std::fs::read(&dest).unwrap(), b"hello");
}

#[tokio::test]
async fn directory_round_trip_ignores_siblings() {
    let tmp = tempfile::tempdir().unwrap();
    let b = bucket(tmp.path());
    let src = tmp.path().join("ds");
    std::fs::create_dir_all(src.join("sub dir/ü")).unwrap();
    std::fs::write(src.join("a.txt"), b"a").unwrap();
    std::fs::write(src.join("sub dir/ü/b.txt"), b"bb").unwrap();
    std::fs::write(src.join("empty"), b"").unwrap();
    let up = b
        .upload(&src, "minio://mlpipeline/k/ds")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((up.size, up.files), (3, 3));
    let sibling = tmp.path().join("sib");
    std::fs::write(&sibling, b"x").unwrap();
    b.upload(&sibling, "minio://mlpipeline/k/ds2")
        .await
        .unwrap();
    let dest = tmp.path().join("out");
    let down = b.download("minio://mlpipeline/k/ds", &dest).await.unwrap();
    assert_eq!(down, up, "same manifest digest both ways");
    assert_eq!(std::fs::read(dest.join("sub dir/ü/b.txt")).unwrap(), b"bb");
    assert!(!tmp.path().join("out2").exists());
    // nothing there: an error naming the URI, nothing created
    let none = b
        .download("minio://mlpipeline/k/none", &tmp.path().join("n"))
        .await
        .unwrap_err();
    assert!(matches!(none, TransferError::NotFound { .. }), "{none:?}");
    assert!(
        none.to_string().contains("minio://mlpipeline/k/none"),
        "{none}"
    );
    assert!(!tmp.path().join("n").exists());
    // missing source: nothing uploaded
    assert_eq!(
        b.upload(&tmp.path().join("missing"), "minio://mlpipeline/k/m")
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn keys_outside_the_bucket_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let b = bucket(tmp.path());
    let e = b.key("minio://other/k").unwrap_err().to_string();
    assert!(e.contains("not in bucket minio://mlpipeline"), "{e}");
    assert!(b.key("minio://mlpipelinex/k").is_err());
    assert!(matches!(
        b.key("minio://mlpipeline/"),
        Err(TransferError::EmptyKey { .. })
    ));
}

fn small_parts() -> TransferConfig {
    TransferConfig {
        part_size: 1024,
        range_size: 700,
        multipart_threshold: 4096,
        max_requests: 3,
        max_bytes_in_flight: 4096,
        max_files: 4,
    }
}

fn pattern(n: usize) -> Vec<u8> {
    (0..n).map(|i| (i * 31 % 251) as u8).collect()
}

#[tokio::test]
async fn multipart_and_ranged_reads_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let b = tuned_bucket(tmp.path(), small_parts());
    for n in [0usize, 1, 1023, 1024, 4095, 4096, 10_000, 65_537] {
        let src = tmp.path().join(format!("f{n}"));
        let data = pattern(n);
        std::fs::write(&src, &data).unwrap();
        let uri = format!("s3://b/k/f{n}");
        let up = b.upload(&src, &uri).await.unwrap().unwrap();
        use sha2::Digest;
        assert_eq!(
            up.digest,
            format!("sha256:{}", hex(&sha2::Sha256::digest(&data))),
            "{n}"
        );
        assert_eq!(up.size, n as u64);
        let dest = tmp.path().join(format!("out/f{n}"));
        let down = b.download(&uri, &dest).await.unwrap();
        assert_eq!(down, up, "{n}");
        assert_eq!(std::fs::read(&dest).unwrap(), data, "{n}");
    }
    assert!(b.bytes_moved() > 0);
}

#[tokio::test]
async fn many_files_in_parallel_with_a_stable_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Arc::new(object_store::memory::InMemory::new());
    let b = Bucket::with_config(store, "mem://b", small_parts());
    let src = tmp.path().join("many");
    for i in 0..200 {
        let d = src.join(format!("d{}", i % 7));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join(format!("f{i}")), pattern(i * 37)).unwrap();
    }
    let up = b.upload(&src, "mem://b/many").await.unwrap().unwrap();
    assert_eq!(up.files, 200);
    let again = b.upload(&src, "mem://b/many2").await.unwrap().unwrap();
    assert_eq!(
        again.digest, up.digest,
        "digest does not depend on completion order"
    );
    let down = b
        .download("mem://b/many", &tmp.path().join("back"))
        .await
        .unwrap();
    assert_eq!(down, up);
}

#[tokio::test]
async fn downloads_never_write_through_a_symlink() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Arc::new(object_store::memory::InMemory::new());
    let b = Bucket::new(store, "mem://b");
    let src = tmp.path().join("tree");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    std::fs::write(src.join("sub/x"), b"x").unwrap();
    b.upload(&src, "mem://b/t").await.unwrap();
    let dest = tmp.path().join("dest");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&dest).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dest.join("sub")).unwrap();
    let e = b.download("mem://b/t", &dest).await.unwrap_err();
    assert!(matches!(e, TransferError::Escape { .. }), "{e}");
    assert!(!elsewhere.join("x").exists());
}

#[tokio::test]
async fn an_interrupted_upload_leaves_no_object() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Arc::new(objects(tmp.path()));
    let b = Bucket::with_config(store.clone(), "s3://b", small_parts());
    let src = tmp.path().join("big");
    std::fs::write(&src, pattern(200_000)).unwrap();
    {
        // Poll the upload a few times, then drop it half way (a killed pod).
        let fut = b.upload(&src, "s3://b/big");
        let _ = tokio::time::timeout(std::time::Duration::from_millis(1), fut).await;
    }
    let listed: Vec<_> = store.list(None).try_collect().await.unwrap();
    assert!(
        listed.iter().all(|m| m.location.as_ref() != "big"),
        "{listed:?}"
    );
    let e = b
        .download("s3://b/big", &tmp.path().join("got"))
        .await
        .unwrap_err();
    assert!(
        matches!(e, TransferError::NotFound { .. }),
        "nothing presented as complete: {e:?}"
    );
}

/// Parts read in several cache-sized steps, and ranges that arrive as many
/// chunks (the local store streams 8 KiB at a time) copied into slabs, with
/// three ranges in flight: the digest is still the content's, and the bytes
/// come back in order.
#[tokio::test]
async fn stepped_reads_and_chunked_ranges_keep_the_digest() {
    let tmp = tempfile::tempdir().unwrap();
    let b = tuned_bucket(
        tmp.path(),
        TransferConfig {
            part_size: 1 << 20,
            range_size: 1 << 20,
            multipart_threshold: 1 << 20,
            max_requests: 3,
            max_bytes_in_flight: 3 << 20,
            max_files: 1,
        },
    );
    let data = pattern((3 << 20) + 12_345);
    let src = tmp.path().join("big");
    std::fs::write(&src, &data).unwrap();
    let up = b.upload(&src, "s3://b/big").await.unwrap().unwrap();
    use sha2::Digest;
    let want = format!("sha256:{}", hex(&sha2::Sha256::digest(&data)));
    assert_eq!(up.digest, want);
    let dest = tmp.path().join("big.back");
    let down = b.download("s3://b/big", &dest).await.unwrap();
    assert_eq!(down.digest, want);
    assert!(std::fs::read(&dest).unwrap() == data, "bytes in order");
}

/// An upload of an empty directory stores nothing; its record (digest of
/// the empty manifest) is what lets it come back as an empty directory,
/// while nothing recorded, or any other digest, is a missing artifact.
#[tokio::test]
async fn a_recorded_empty_directory_comes_back_and_nothing_else_does() {
    let tmp = tempfile::tempdir().unwrap();
    let b = bucket(tmp.path());
    let src = tmp.path().join("empty-dir");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    let up = b
        .upload(&src, "minio://mlpipeline/k/empty")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((up.files, up.size), (0, 0));
    assert_eq!(up.digest, EMPTY_DIRECTORY_DIGEST);
    let dest = tmp.path().join("in/empty");
    let down = b
        .download_recorded("minio://mlpipeline/k/empty", &dest, Some(&up.digest))
        .await
        .unwrap();
    assert_eq!(down, up);
    assert!(dest.is_dir());
    assert_eq!(std::fs::read_dir(&dest).unwrap().count(), 0);
    for recorded in [None, Some("sha256:0123")] {
        let e = b
            .download_recorded(
                "minio://mlpipeline/k/empty",
                &tmp.path().join("x"),
                recorded,
            )
            .await
            .unwrap_err();
        assert!(
            matches!(e, TransferError::NotFound { .. }),
            "{recorded:?}: {e:?}"
        );
    }
    // A file recorded with any digest downloads as before.
    std::fs::write(tmp.path().join("f"), b"").unwrap();
    let f = b
        .upload(&tmp.path().join("f"), "minio://mlpipeline/k/f")
        .await
        .unwrap()
        .unwrap();
    let got = b
        .download_recorded(
            "minio://mlpipeline/k/f",
            &tmp.path().join("f2"),
            Some(&f.digest),
        )
        .await
        .unwrap();
    assert_eq!((got.files, tmp.path().join("f2").is_file()), (1, true));
}

/// A local bucket (`file://`, local runs) fails the same way.
#[tokio::test]
async fn a_missing_local_object_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let b = Bucket::new(Arc::new(objects(tmp.path())), "file:///objects");
    let e = b
        .download("file:///objects/not/there", &tmp.path().join("d"))
        .await
        .unwrap_err();
    assert!(matches!(e, TransferError::NotFound { .. }), "{e:?}");
    assert!(e.to_string().contains("file:///objects/not/there"), "{e}");
}
