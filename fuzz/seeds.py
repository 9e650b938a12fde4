"""Seed corpora for the fuzz targets, written into DIR/<target>/.

From this repository's own pipelines (e2e/pipelines, examples) and, when
given, KFP's compiled fixtures (--fixtures ../shared/fixtures/kfp/ir): read
there at run time, never copied into the repository. Stdlib only, plus
PyYAML when present (to pull command lines and executor inputs out of IRs).

    python3 fuzz/seeds.py DIR [--fixtures PATH]
"""
import argparse
import hashlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent

EXECUTOR_INPUTS = [
    {"inputs": {"parameterValues": {"n": 3, "s": "a", "f": 1.5, "b": True,
                                    "l": [1, "x"], "d": {"k": [1, {"z": None}]}}},
     "outputs": {"parameters": {"Output": {"outputFile": "/tmp/kfp/outputs/Output"}},
                 "artifacts": {"data": {"artifacts": [{"name": "data", "uri": "minio://b/r/t/data",
                                                       "type": {"schemaTitle": "system.Dataset"},
                                                       "metadata": {"rows": 3}}]}},
                 "outputFile": "/tmp/kfp_outputs/output_metadata.json"}},
    {"inputs": {"artifacts": {"xs": {"artifacts": [
        {"uri": "s3://b/k1", "metadata": {"_kfp_workspace": True}},
        {"uri": "gs://b/k2", "customPath": "/data/x"}]}}}},
    {},
]

COMMANDS = [
    ["echo", "{{$.inputs.parameters['n']}}", "{{$}}"],
    ["sh", "-c", "cat \"$0\" > \"$1\"", "{{$.inputs.artifacts['xs'].path}}",
     "{{$.outputs.parameters['Output'].output_file}}"],
    ['{"Concat": ["a", "{{$.inputs.parameters[\'s\']}}"]}',
     '{"IfPresent": {"InputName": "s", "Then": ["--s", "{{$.inputs.parameters[\'s\']}}"], "Else": "--none"}}',
     '{"IfPresent": {"InputName": "n", "Then": {"Concat": ["-n=", "{{$.inputs.parameters[\'n\']}}"]}}}'],
    ["{{$.outputs.artifacts['data'].uri}}", "{{$.outputs.artifacts['data'].metadata}}",
     "{{$.pipeline_job_name}}", "{{$.workspace_path}}"],
]

FLAGS = [
    ["--type", "CONTAINER", "--pipeline_name", "p", "--run_id", "r", "--dag_execution_id", "3",
     "--component", "{}", "--task", "{}", "--container", "{}", "--iteration_index", "-1",
     "--cached_decision_path", "/tmp/c", "--ml_pipeline_tls_enabled=true", "--log_level=1"],
    ["--copy", "/kfp-launcher/launch"],
    ["--executor_type", "importer", "--task_spec", "{}", "--component_spec", "{}",
     "--importer_spec", "{}", "--parent_dag_id", "2", "--pod_name", "p", "--pod_uid", "u"],
    ["--execution_id", "5", "--executor_input", "{}", "--component_spec", "{}", "--pod_name",
     "p", "--pod_uid", "u", "--mlmd_server_address", "h", "--mlmd_server_port", "8080", "--",
     "sh", "-c", "true"],
    ["run", "p.yaml", "--task", "t", "--param", "n=3", "--param", "s={\"a\":1}", "--home", "h",
     "--isolation", "none", "--pipeline-root", "s3://b/p?endpoint=http://h:9&disableSSL=true"],
    ["-help"],
    ["--", "--type=ROOT_DAG", "-runtime_config", "{\"parameterValues\": {}}"],
]

BUCKETS = [
    ("minio://mlpipeline/v2/artifacts",
     '{"Provider":"minio","Params":{"accessKeyKey":"accesskey","disableSSL":"true","endpoint":"seaweedfs.kubeflow:9000","fromEnv":"false","region":"minio","secretKeyKey":"secretkey","secretName":"mlpipeline-minio-artifact"}}',
     "minio:\n  default:\n    endpoint: minio:9000\n    disableSSL: true\n    region: us-east-1\n    credentials:\n      fromEnv: true\n"),
    ("s3://b/p?region=us-west-2&endpoint=http%3A%2F%2Fh%3A9&disableSSL=true&s3ForcePathStyle=true",
     '{"Provider":"s3","Params":{"fromEnv":"true"}}',
     "s3:\n  default:\n    region: us-east-1\n    credentials:\n      fromEnv: false\n      secretRef:\n        secretName: s\n        accessKeyKey: a\n        secretKeyKey: k\n  overrides:\n    - bucketName: b\n      keyPrefix: p\n      endpoint: h:9\n"),
    ("gs://bucket/a/b/c", '{"Provider":"gs","Params":{"fromEnv":"true"}}',
     "gs:\n  default:\n    credentials:\n      fromEnv: true\n"),
    ("file:///tmp/x", "", ""),
]

CEL = [
    ("inputs.parameter_values['x'] > 1", "3"),
    ("inputs.parameter_values['x'] == 'a' && true", '"a"'),
    ("parseJson(string_value)['k'][0]", '{"k": [1, 2]}'),
    ("size(list_value) == 2", "[1, 2]"),
    ("int(number_value) % 2 == 0", "4"),
    ("struct_value.a.b", '{"a": {"b": null}}'),
]

CACHE_KEYS = [
    {"inputArtifactNames": {"x": {"artifactNames": ["1", "2"]}},
     "inputParameterValues": {"n": 1, "s": "a", "l": [1, {"b": 2, "a": 1}]},
     "outputArtifactsSpec": {"data": {"name": "data", "type": {"schemaTitle": "system.Dataset"}}},
     "outputParametersSpec": {"Output": "STRING"},
     "containerSpec": {"image": "python:3.11", "cmdArgs": ["sh", "-c", "echo"]}},
    {},
]

# Inputs that once crashed or exhausted a target, replayed by every run.
# A "billion laughs": 5 KB of YAML aliases that expanded to over 1 GiB of
# values (ir_yaml ran out of memory in CI) until common/src/yaml.rs.
LAUGHS = "a: &a [{}]\nb: &b [{}]\nroot: {{}}\ncomponents: [{}]\n".format(
    ",".join(["0"] * 1000), ",".join(["*a"] * 1000), ",".join(["*b"] * 100))
REGRESSIONS = {
    "ir_yaml": [LAUGHS],
    "bucket": ["minio://b/p\0\0" + LAUGHS],
}


def write(out, target, name, data):
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    digest = hashlib.sha1(data).hexdigest()[:16]
    (d / f"{name}-{digest}").write_bytes(data)


def ir_files(fixtures):
    yield from sorted((REPO / "e2e" / "pipelines").rglob("*.yaml"))
    yield from sorted((REPO / "examples").glob("*.yaml"))
    if fixtures:
        yield from sorted(pathlib.Path(fixtures).glob("*.yaml"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--fixtures", type=pathlib.Path)
    args = ap.parse_args()
    for i, e in enumerate(EXECUTOR_INPUTS):
        write(args.out, "executor_io", f"input{i}", json.dumps(e))
        for j, c in enumerate(COMMANDS):
            write(args.out, "placeholder", f"cmd{j}-input{i}", json.dumps(c) + "\0" + json.dumps(e))
    for i, f in enumerate(FLAGS):
        write(args.out, "flags", f"argv{i}", "\0".join(f))
    for i, (uri, session, providers) in enumerate(BUCKETS):
        write(args.out, "bucket", f"b{i}", f"{uri}\0{session}\0{providers}")
    for i, (expr, value) in enumerate(CEL):
        write(args.out, "cel", f"e{i}", f"{expr}\0{value}")
    for i, k in enumerate(CACHE_KEYS):
        write(args.out, "fingerprint", f"k{i}", json.dumps(k))
    for target, inputs in REGRESSIONS.items():
        for i, data in enumerate(inputs):
            write(args.out, target, f"regression{i}", data)
    try:
        import yaml  # noqa: F401
    except ImportError:
        yaml = None
    for path in ir_files(args.fixtures):
        text = path.read_text()
        write(args.out, "ir_yaml", path.stem, text)
        if yaml is None:
            continue
        for doc in yaml.safe_load_all(text):
            execs = ((doc or {}).get("deploymentSpec") or {}).get("executors") or {}
            for label, spec in execs.items():
                c = spec.get("container")
                if c:
                    cmd = list(c.get("command", [])) + list(c.get("args", []))
                    cmd = [x if isinstance(x, str) else json.dumps(x) for x in cmd]
                    write(args.out, "placeholder", f"{path.stem}-{label}",
                          json.dumps(cmd) + "\0" + json.dumps(EXECUTOR_INPUTS[0]))
                    write(args.out, "flags", f"{path.stem}-{label}",
                          "\0".join(["--container", json.dumps(c), "--"] + cmd))
            for name, comp in (doc or {}).get("components", {}).items():
                for t in ((comp.get("dag") or {}).get("tasks") or {}).values():
                    cond = (t.get("triggerPolicy") or {}).get("condition")
                    if cond:
                        write(args.out, "cel", f"{path.stem}-cond", cond + "\0" + "1")
    print(f"seeds in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
