use super::*;
use object_store::local::LocalFileSystem;

fn bucket(dir: &Path) -> Bucket {
    let store = LocalFileSystem::new_with_prefix(dir).unwrap();
    Bucket::new(Arc::new(store), "minio://mlpipeline")
}

#[tokio::test]
async fn file_round_trip_with_digest() {
    let tmp = tempfile::tempdir().unwrap();
    let objects = tmp.path().join("objects");
    std::fs::create_dir_all(&objects).unwrap();
    let b = bucket(&objects);
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
    let objects = tmp.path().join("objects");
    std::fs::create_dir_all(&objects).unwrap();
    let b = bucket(&objects);
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
    // nothing there: nothing moved, no error
    let none = b
        .download("minio://mlpipeline/k/none", &tmp.path().join("n"))
        .await
        .unwrap();
    assert_eq!(none.files, 0);
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
