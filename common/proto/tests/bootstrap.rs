//! Regenerates `src/gen/` from the committed descriptor sets and fails on any
//! difference, so the generated code can never drift from `descriptors/*.binpb`
//! (the linkerd `spiffe-proto` pattern: no `build.rs`, no protoc in normal builds).
//!
//! `kfp_api/*.proto` (KFP API server services no pinned package ships) are
//! compiled here with `protox`, pure Rust, so no protoc is needed either.
//!
//! After re-running `export_descriptors.py` or editing `kfp_api/`, refresh the
//! code with `KFP_PROTO_BLESS=1 cargo test -p kfp-proto --test bootstrap`.

use std::{fs, path::Path};

use prost::Message;

const SETS: &[&str] = &[
    "ml_metadata.binpb",
    "pipeline_spec.binpb",
    "kubernetes_executor_config.binpb",
];

/// Hand-written protos (under `kfp_api/`), compiled from source.
const PROTOS: &[&str] = &["task.proto"];

/// Packages we generate code for; `google.protobuf` comes from `pbjson-types`.
const PACKAGES: &[&str] = &[
    ".ml_metadata",
    ".ml_pipelines",
    ".kfp_kubernetes",
    ".google.rpc",
    ".api",
];

fn merged_descriptor_set(root: &Path) -> prost_types::FileDescriptorSet {
    let mut merged = prost_types::FileDescriptorSet::default();
    for set in SETS {
        let bytes = fs::read(root.join("descriptors").join(set)).expect("read descriptor set");
        let fds = prost_types::FileDescriptorSet::decode(bytes.as_slice()).expect("decode set");
        merge(&mut merged, fds);
    }
    merged
}

/// Adds the files of `more` that `into` does not have yet (shared imports).
fn merge(into: &mut prost_types::FileDescriptorSet, more: prost_types::FileDescriptorSet) {
    for file in more.file {
        if !into.file.iter().any(|f| f.name == file.name) {
            into.file.push(file);
        }
    }
}

/// `kfp_api/*.proto` compiled with `protox`, imports (`google/protobuf/*`,
/// built into protox) included; source info kept so that the comments of the
/// hand-written protos become doc comments.
fn api_descriptor_set(root: &Path) -> prost_types::FileDescriptorSet {
    let dir = root.join("kfp_api");
    let mut compiler = protox::Compiler::new([&dir]).expect("protox include dir");
    compiler.include_imports(true).include_source_info(true);
    compiler.open_files(PROTOS).expect("compile kfp_api protos");
    let bytes = compiler.encode_file_descriptor_set();
    prost_types::FileDescriptorSet::decode(bytes.as_slice()).expect("decode kfp_api set")
}

fn generate(root: &Path, out: &Path) {
    let fds = merged_descriptor_set(root);
    let api = api_descriptor_set(root);
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
    // KFP API services: clients behind `grpc` as above, plus servers behind
    // `grpc-server` for the fakes in tests. A pass of its own so that no
    // MLMD server is generated and the MLMD code stays as it was.
    let api_services = tonic_prost_build::configure()
        .build_server(true)
        .build_transport(true)
        .client_mod_attribute(".", r#"#[cfg(feature = "grpc")]"#)
        .server_mod_attribute(".", r#"#[cfg(feature = "grpc-server")]"#)
        .service_generator();
    let mut prost = prost_build::Config::new();
    prost
        .service_generator(api_services)
        .out_dir(out)
        .btree_map(["."])
        .compile_well_known_types()
        .extern_path(".google.protobuf", "::pbjson_types");
    prost.compile_fds(api.clone()).expect("prost-build kfp_api");
    let mut all = fds;
    merge(&mut all, api);
    pbjson_build::Builder::new()
        .register_descriptors(&all.encode_to_vec())
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
