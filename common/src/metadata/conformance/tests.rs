use std::collections::BTreeSet;

use super::*;

/// The name of the check a source line defines, if it has a check's signature.
fn check_defined_on(line: &str) -> Option<&str> {
    let rest = line
        .trim_start()
        .strip_prefix("pub ")
        .unwrap_or(line.trim_start());
    let rest = rest.strip_prefix("async fn ")?;
    let (name, signature) = rest.split_once('<')?;
    signature
        .starts_with("B: MetadataBackend>(backend: &B) {")
        .then_some(name)
}

/// Every function with a check's signature in an area module is in that
/// area's `register!`, so `run_all` runs it; the compiler already refuses a
/// registered name with no function behind it.
#[test]
fn every_check_is_registered() {
    let mut all = BTreeSet::new();
    for (module, source, names) in SOURCES {
        let defined: Vec<&str> = source.lines().filter_map(check_defined_on).collect();
        let registered: Vec<&str> = names.to_vec();
        assert_eq!(
            defined, registered,
            "conformance/{module}.rs: the checks it defines, in order, are the ones its register! lists"
        );
        for name in names.iter() {
            assert!(all.insert(*name), "check {name} is registered once");
        }
    }
    assert!(
        !source_defines_pub_check(),
        "checks are private: run_all is the only way in"
    );
}

fn source_defines_pub_check() -> bool {
    SOURCES.iter().any(|(_, source, _)| {
        source
            .lines()
            .any(|l| l.starts_with("pub async fn") && check_defined_on(l).is_some())
    })
}

/// The line scan above recognises a check and nothing else.
#[test]
fn check_signature_is_recognised() {
    assert_eq!(
        check_defined_on("async fn foo<B: MetadataBackend>(backend: &B) {"),
        Some("foo")
    );
    assert_eq!(
        check_defined_on("pub async fn foo<B: MetadataBackend>(backend: &B) {"),
        Some("foo")
    );
    assert_eq!(
        check_defined_on("async fn new_run<B: MetadataBackend>(backend: &B) -> RunContexts {"),
        None,
        "a helper returns something"
    );
    assert_eq!(
        check_defined_on("async fn publish_import<B: MetadataBackend>("),
        None
    );
    assert_eq!(
        check_defined_on("fn unique(prefix: &str) -> String {"),
        None
    );
}

/// `run_all` runs every registered check once, in registration order, and
/// `run_area` exactly the checks of its area.
#[cfg(feature = "sqlite")]
#[tokio::test]
async fn run_all_runs_every_registered_check() {
    use crate::metadata::sqlite::SqliteStore;

    let store = SqliteStore::open_in_memory().unwrap();
    let registered: Vec<&str> = checks::<SqliteStore>().iter().map(|c| c.name).collect();
    let from_sources: Vec<&str> = SOURCES
        .iter()
        .flat_map(|(_, _, n)| n.iter().copied())
        .collect();
    assert_eq!(registered, from_sources);
    assert_eq!(run_all(&store).await, registered);

    let lineage = run_area(&store, Area::Lineage).await;
    assert_eq!(lineage, lineage::NAMES);
}
