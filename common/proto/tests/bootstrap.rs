//! Regenerates `src/gen/` from the committed descriptor sets and fails on any
//! difference, so the generated code can never drift from `descriptors/*.binpb`
//! (the linkerd `spiffe-proto` pattern: no `build.rs`, no protoc in normal builds).
//!
//! After re-running `export_descriptors.py`, refresh the code with
//! `KFP_PROTO_BLESS=1 cargo test -p kfp-proto --test bootstrap`.

use std::{fs, path::Path};

use prost::Message;

const SETS: &[&str] = &[
    "ml_metadata.binpb",
    "pipeline_spec.binpb",
    "kubernetes_executor_config.binpb",
];

/// Packages we generate code for; `google.protobuf` comes from `pbjson-types`.
const PACKAGES: &[&str] = &[
    ".ml_metadata",
    ".ml_pipelines",
    ".kfp_kubernetes",
    ".google.rpc",
];

fn merged_descriptor_set(root: &Path) -> prost_types::FileDescriptorSet {
    let mut merged = prost_types::FileDescriptorSet::default();
    for set in SETS {
        let bytes = fs::read(root.join("descriptors").join(set)).expect("read descriptor set");
        let fds = prost_types::FileDescriptorSet::decode(bytes.as_slice()).expect("decode set");
        for file in fds.file {
            if !merged.file.iter().any(|f| f.name == file.name) {
                merged.file.push(file);
            }
        }
    }
    merged
}

fn generate(root: &Path, out: &Path) {
    let fds = merged_descriptor_set(root);
    // gRPC clients (MLMD's MetadataStoreService), behind the `grpc` feature
    // so crates that only need the messages do not pull in tonic.
    let services = tonic_prost_build::configure()
        .build_server(false)
        .build_transport(true)
        .client_mod_attribute(".", r#"#[cfg(feature = "grpc")]"#)
        .service_generator();
    let mut prost = prost_build::Config::new();
    prost
        .service_generator(services)
        .out_dir(out)
        .btree_map(["."])
        .compile_well_known_types()
        .extern_path(".google.protobuf", "::pbjson_types");
    prost.compile_fds(fds.clone()).expect("prost-build");
    pbjson_build::Builder::new()
        .register_descriptors(&fds.encode_to_vec())
        .expect("register descriptors")
        .out_dir(out)
        .btree_map(["."])
        .ignore_unknown_fields()
        .build(PACKAGES)
        .expect("pbjson-build");
    // prost renames a oneof whose enum would clash with a nested message
    // (`LineageSubgraphQueryOptions.starting_nodes` vs message `StartingNodes`)
    // to `StartingNodesOneOf`; pbjson-build does not know, so follow prost.
    let serde = out.join("ml_metadata.serde.rs");
    let text = fs::read_to_string(&serde).expect("read ml_metadata.serde.rs");
    let text = text.replace(
        "lineage_subgraph_query_options::StartingNodes::Starting",
        "lineage_subgraph_query_options::StartingNodesOneOf::Starting",
    );
    fs::write(&serde, text).expect("write ml_metadata.serde.rs");
}

#[test]
fn generated_code_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("tempdir");
    generate(root, tmp.path());
    let committed = root.join("src").join("gen");
    let bless = std::env::var_os("KFP_PROTO_BLESS").is_some();
    let mut stale = Vec::new();
    let mut names: Vec<_> = fs::read_dir(tmp.path())
        .expect("read out dir")
        .map(|e| e.expect("dir entry").file_name())
        .collect();
    names.sort();
    for name in &names {
        let fresh = fs::read_to_string(tmp.path().join(name)).expect("read generated");
        let path = committed.join(name);
        if fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            if bless {
                fs::create_dir_all(&committed).expect("mkdir gen");
                fs::write(&path, fresh).expect("write generated");
            } else {
                stale.push(name.to_string_lossy().into_owned());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated code is stale: {stale:?}; run KFP_PROTO_BLESS=1 cargo test -p kfp-proto --test bootstrap"
    );
}
