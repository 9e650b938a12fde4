#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::goflag;

fn argv(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

fn connection(defaults: Defaults, args: &[&str]) -> Result<Connection, FlagError> {
    let p = goflag::parse(&shared(defaults), &argv(args))?;
    Connection::from_parsed(&p)
}

#[test]
fn the_table_parses_with_each_binarys_defaults() {
    for defaults in [Defaults::DRIVER, Defaults::LAUNCHER] {
        let p = goflag::parse(&shared(defaults), &[]).unwrap();
        assert!(p.set_names().is_empty());
        assert_eq!(p.str("log_level"), "1");
        assert_eq!(p.str("publish_logs"), "true");
        assert_eq!(p.int("iteration_index"), -1);
        assert_eq!(p.str("ml_pipeline_server_port"), "8887");
        assert_eq!(p.str("cache_store"), "api");
    }
    for f in shared(Defaults::DRIVER) {
        assert!(!f.doc.is_empty(), "{}", f.name);
    }
}

#[test]
fn the_defaults_that_differ_stay_per_binary() {
    let driver = connection(Defaults::DRIVER, &[]).unwrap();
    assert_eq!(driver.mlmd_server_port, "");
    assert_eq!(driver.ml_pipeline_server_address, "ml-pipeline");
    let launcher = connection(Defaults::LAUNCHER, &[]).unwrap();
    assert_eq!(launcher.mlmd_server_port, "8080");
    assert_eq!(launcher.ml_pipeline_server_address, "ml-pipeline.kubeflow");
    for c in [&driver, &launcher] {
        assert_eq!(c.mlmd_server_address, "");
        assert_eq!(c.ml_pipeline_server_port, "8887");
        assert!(!c.ml_pipeline_tls_enabled && !c.metadata_tls_enabled);
        assert!(!c.cache_disabled);
        assert_eq!(c.cache_store, CacheStore::Api);
    }
}

#[test]
fn cache_store_is_api_mlmd_or_empty_for_the_default() {
    for (value, store) in [
        ("api", CacheStore::Api),
        ("", CacheStore::Api),
        ("mlmd", CacheStore::Mlmd),
    ] {
        let c = connection(Defaults::LAUNCHER, &["--cache_store", value]).unwrap();
        assert_eq!(c.cache_store, store, "{value:?}");
        let c = connection(Defaults::DRIVER, &[&format!("--cache_store={value}")]).unwrap();
        assert_eq!(c.cache_store, store, "{value:?}");
    }
    assert_eq!(CacheStore::Mlmd.to_string(), "mlmd");
    assert_eq!(CacheStore::Api.as_str().parse(), Ok(CacheStore::Api));
}

#[test]
fn an_unknown_cache_store_is_a_flag_error_naming_the_flag() {
    for bad in ["MLMD", "sqlite", " api"] {
        let e = connection(Defaults::DRIVER, &["--cache_store", bad]).unwrap_err();
        assert_eq!(
            e,
            FlagError::InvalidChoice {
                name: "cache_store".into(),
                value: bad.into(),
                expected: "api or mlmd",
            }
        );
        assert_eq!(
            e.to_string(),
            format!("invalid value {bad:?} for flag -cache_store: expected api or mlmd")
        );
    }
}

#[test]
fn cache_target_follows_disabled_then_store() {
    let c = connection(Defaults::LAUNCHER, &["--ml_pipeline_server_address", "kfp"]).unwrap();
    assert_eq!(
        c.cache_target().unwrap(),
        CacheTarget::Api(Endpoint {
            address: "kfp".into(),
            port: 8887
        })
    );
    let c = connection(Defaults::LAUNCHER, &["--cache_store", "mlmd"]).unwrap();
    assert_eq!(c.cache_target().unwrap(), CacheTarget::Mlmd);
    // Disabled wins, and then the API server's port is not looked at.
    let c = connection(
        Defaults::DRIVER,
        &["--cache_disabled", "--ml_pipeline_server_port", "x"],
    )
    .unwrap();
    assert_eq!(c.cache_target().unwrap(), CacheTarget::Disabled);
}

#[test]
fn a_bad_port_names_its_flag_when_used() {
    let c = connection(Defaults::DRIVER, &["--ml_pipeline_server_port", "http"]).unwrap();
    let e = c.cache_target().unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"--ml_pipeline_server_port "http" is not a port number"#
    );
    // The driver's default MLMD port is empty: fine until MLMD is dialled.
    let c = connection(Defaults::DRIVER, &["--mlmd_server_address", "mlmd"]).unwrap();
    let e = c.mlmd().unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"--mlmd_server_port "" is not a port number"#
    );
    let c = connection(Defaults::LAUNCHER, &["--mlmd_server_address", "mlmd"]).unwrap();
    assert_eq!(
        c.mlmd().unwrap(),
        Endpoint {
            address: "mlmd".into(),
            port: 8080
        }
    );
}

#[cfg(feature = "mlmd")]
#[test]
fn tls_follows_metadata_tls_enabled_only() {
    let c = connection(
        Defaults::DRIVER,
        &["--ml_pipeline_tls_enabled", "--ca_cert_path", "/ca.pem"],
    )
    .unwrap();
    assert!(c.tls().is_none());
    let c = connection(Defaults::DRIVER, &["--metadata_tls_enabled"]).unwrap();
    assert_eq!(c.tls().unwrap().ca_cert_path, None);
    let c = connection(
        Defaults::LAUNCHER,
        &["--metadata_tls_enabled=true", "--ca_cert_path", "/ca.pem"],
    )
    .unwrap();
    assert_eq!(
        c.tls().unwrap().ca_cert_path,
        Some(std::path::PathBuf::from("/ca.pem"))
    );
}

#[test]
fn a_binarys_table_is_its_own_flags_then_the_shared_ones() {
    let own = [Flag::new("type", Kind::String, "", "task type")];
    let t = table(&own, Defaults::DRIVER);
    assert_eq!(t.len(), 1 + SHARED_LEN);
    assert_eq!(t[0].name, "type");
    assert_eq!(&t[1..], &shared(Defaults::DRIVER)[..]);
    // A name of both would be Go's "flag redefined".
    let clash = [Flag::new("run_id", Kind::String, "", "run")];
    let e = goflag::parse(&table(&clash, Defaults::LAUNCHER), &[]).unwrap_err();
    assert_eq!(
        e,
        FlagError::Redefined {
            name: "run_id".into()
        }
    );
}
