//! Every driver command line in KFP's compiled Argo workflows
//! (`shared/fixtures/kfp/argo`), placeholders replaced by sample values,
//! parses, validates its type, and carries every flag master requires.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kfp_common::argo_fixtures::{self, CommandLine};
use kfp_driver::args::{self, DriverType};
use serde::Deserialize as _;

const JSON_FLAGS: &[&str] = &[
    "component",
    "task",
    "container",
    "kubernetes_config",
    "runtime_config",
];
const INT_FLAGS: &[&str] = &[
    "iteration_index",
    "dag_execution_id",
    "default_run_as_user",
    "default_run_as_group",
];

fn is_driver(command: &[String], _args: &[String]) -> bool {
    command
        .first()
        .map(|p| p.rsplit('/').next().unwrap_or(p) == "driver")
        .unwrap_or(false)
}

#[test]
fn fixture_command_lines_parse() {
    let Some(dir) = kfp_common::test_util::argo_fixtures() else {
        return;
    };
    let mut lines: Vec<CommandLine> = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for doc in serde_yaml::Deserializer::from_str(&text) {
            let v = serde_yaml::Value::deserialize(doc).unwrap();
            argo_fixtures::collect(&v, &name, &is_driver, &mut lines);
        }
    }
    assert!(
        files > 0 && !lines.is_empty(),
        "{files} files, no driver command lines"
    );
    let mut types = std::collections::BTreeMap::new();
    for line in &lines {
        let argv = argo_fixtures::program_argv(&line.argv, JSON_FLAGS, INT_FLAGS);
        let parsed = match args::parse(&argv) {
            Ok(p) => p,
            // `--type` is itself an Argo input parameter in the shared
            // driver templates: then every type must parse.
            Err(args::ArgsError::Type { value }) if value.starts_with("sample-") => {
                for t in ["ROOT_DAG", "DAG", "CONTAINER"] {
                    let argv: Vec<String> = argv
                        .iter()
                        .map(|a| if *a == value { t.to_owned() } else { a.clone() })
                        .collect();
                    args::parse(&argv).unwrap_or_else(|e| panic!("{}: {argv:?}: {e}", line.file));
                }
                *types.entry("(from input)").or_insert(0) += 1;
                continue;
            }
            Err(e) => panic!("{}: {argv:?}: {e}", line.file),
        };
        let missing = parsed.missing_required();
        assert!(
            missing.is_empty() || parsed.driver_type == DriverType::RootDag,
            "{}: {missing:?}",
            line.file
        );
        *types.entry(parsed.driver_type.as_str()).or_insert(0) += 1;
    }
    println!(
        "{} driver command lines in {files} files: {types:?}",
        lines.len()
    );
}
