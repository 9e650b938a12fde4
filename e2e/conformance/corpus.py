#!/usr/bin/env python3
"""Every pipeline the KFP SDK compiled for KFP's own tests
(shared/fixtures/kfp/ir/*.yaml), run whole with `launcher local run`, and
CONFORMANCE.md written from what happened: the oracle is KFP's corpus, not
our reading of the spec.

Each pipeline runs in a fresh --home, with a timeout, one step at a time
(--parallelism 1: two cores), one pipeline at a time (see --jobs). Its
lightweight Python steps run with a virtualenv holding the kfp the steps
were compiled with on PATH (the version their `pip install 'kfp==V'`
names, else the IR's sdkVersion: several fixtures say sdkVersion 2.13.0 but
were compiled by 2.14.3), one cached virtualenv per version in
$KFP_CACHE/venv-kfp-V, created on first use. Steps may `pip install` more
packages (the index is reachable); those land in that cached virtualenv.

Outcomes, one row per pipeline:
  * ran whole: no task failed, with the count of each task state;
  * failed: the first failed task and the first line of its error (for a
    step that exited non-zero, also the last line of its log: the
    exception), or the launcher's own error, or the timeout;
  * not runnable here: listed in NOT_RUNNABLE with a reason a reader can
    check in the IR; these are not run at all.
Pipelines that fail on purpose (`failing__*`, exit handlers after a
failure, ignore_upstream_failure) are in EXPECTED with the task states KFP
gives them: matching is "ran whole", any mismatch is a failure naming it.

Stdlib only: python3 e2e/conformance/corpus.py --launcher PATH
(`make conformance` builds the launcher and passes it).
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = REPO.parent / "shared/fixtures/kfp/ir"
CACHE = pathlib.Path(os.environ.get("KFP_CACHE", pathlib.Path.home() / ".cache/kfp-runtime"))

# Why a pipeline cannot run on a laptop, checkable in its IR. Kubernetes
# features a local run stands in for (secrets as env or files, PVCs, pod
# metadata) are not here: those pipelines run (SECRETS, PVCS below).
_ROOT_ARTIFACT = ("takes a pipeline input artifact `{}`, which no run can be given "
                  "(KFP's RuntimeConfig has parameters only; a compile-only fixture)")
_NO_PROGRAM = "its command is `my_program`, which no image has (a compile-only fixture)"
_GCS = "imports gs://ml-pipeline-playground/shakespeare1.txt: needs Google Cloud Storage"
NOT_RUNNABLE = {
    "component_with_metadata_fields": _ROOT_ARTIFACT.format("dataset_a"),
    "input_artifact": _ROOT_ARTIFACT.format("data"),
    "pipeline_with_metadata_fields": _ROOT_ARTIFACT.format("in_dataset"),
    "pipeline_with_various_io_types": _ROOT_ARTIFACT.format("input3")
    + "; its steps are gcr.io/image's entrypoint (no command)",
    "container_io": _NO_PROGRAM,
    "container_with_concat_placeholder": _NO_PROGRAM,
    "container_with_placeholder_in_fstring": _NO_PROGRAM,
    "container_with_artifact_output": "runs `sh run.sh` of gcr.io/my-image, a placeholder image",
    "containerized_python_component": "its component module is baked into `kfp-image` by "
    "`kfp component build`; without the image the executor finds no component",
    "pipeline_with_importer_and_gcpc_types": "its step is `cmd` of the image `dummy`; " + _GCS,
    "pipeline_with_importer": _GCS,
    "components_with_optional_artifacts": _GCS + " (its inner pipeline's importer; the "
    "optional-artifact consumers run, launcher/tests/local_pipeline.rs)",
    "artifacts_simple": "its add-container step opens the artifacts' gs:// URIs under /gcs/, "
    "which only a Google Cloud Storage pipeline root mounts (its `add` step runs, "
    "launcher/tests/local_pipeline.rs)",
    "pythonic_artifact_with_single_return": _GCS,
    "pipeline_with_google_artifact_type": _GCS + "; its step installs `aiplatform`, which "
    "no package index has",
    "sequential_v2": "copies gs://ml-pipeline-playground/shakespeare1.txt with gsutil: "
    "needs Google Cloud Storage",
    "pipeline_with_condition_dynamic_task_output_custom_training_job": "starts a Vertex AI "
    "CustomJob (google-cloud-pipeline-components): needs Google Cloud",
    "critical__modelcar": "imports oci://registry.domain.local/modelcar:test: needs that OCI "
    "registry (KFP mounts modelcar images in pods)",
    "critical__pipeline_with_artifact_upload_download": "downloads google/frames-benchmark "
    "from the Hugging Face Hub; only package registries are reachable here",
    "integration__ray_integration_compiled": "connects to a Ray cluster through codeflare-sdk "
    "(KubeRay on Kubernetes)",
    "upload_download_compiled": "checks the upload with the minio client against the "
    "cluster's MinIO, whose address and keys come from its mlpipeline-minio-artifact secret",
    "xgboost_sample_pipeline": "downloads the Chicago taxi data with curl under the image's "
    "busybox sh (`set -o pipefail`, which this host's sh lacks), then pins xgboost==1.1.1 and "
    "pandas==1.0.5 for the image's Python 3.7 (no wheels for Python 3.11)",
    "pipeline_with_concat_placeholder": "tests with `[[ ... ]]`, which the image's busybox sh "
    "has and this host's sh (dash) has not",
    "essential__component_with_pip_install_in_venv": "pip-installs yapf into the image's "
    "system Python, then expects it in a --system-site-packages venv; here python3 is itself "
    "a virtualenv, whose packages a nested venv does not see",
    "essential__embedded_artifact": "compiled by an unreleased SDK: its steps use "
    "dsl.EmbeddedInput, which the kfp they pin (2.14.3) lacks",
    "critical__pipeline_with_artifact_custom_path": "compiled by an unreleased SDK: its steps "
    "call Artifact.set_path, which the kfp they pin (2.14.6) lacks (2.15 has it)",
}

# Required pipeline inputs without a default: values for a run ("{work}" is
# the run's scratch directory).
PARAMS = {
    "arguments_parameters": {"param2": "world"},
    # A component compiled standalone, to be loaded as an exit task: run on
    # its own, the final status it reports on is the caller's to give (KFP
    # too passes nothing, and the SDK's executor then fails on None).
    "component_with_task_final_status_GH-12033": {"status": {
        "state": "SUCCEEDED", "pipelineJobResourceName": "a-run",
        "pipelineTaskName": "train", "error": {}}},
    "container_io": {"text": "hello"},
    "container_with_artifact_output": {"num_epochs": 2},
    "container_with_concat_placeholder": {"text1": "hello"},
    "containerized_python_component": {"message1": "hello", "message2": "world"},
    # A variable KFP sets in every pod (the test checks a pod's environment).
    "env-var": {"env_var": "KFP_POD_NAME"},
    "essential__concat_message": {"message1": "hello", "message2": "world"},
    "essential__dict_input": {"struct": {"a": 1, "b": "two"}},
    "essential__lightweight_python_functions_with_outputs": {
        "first_message": "hello", "first_number": 2, "second_message": "world",
        "second_number": 3},
    "local_execution__local_execution_pipeline_with_retry": {"counter_path": "{work}/counter"},
    "pipeline_with_condition_dynamic_task_output_custom_training_job": {
        "location": "us-central1", "project": "a-project"},
    "pipeline_with_metadata_fields": {"string": "hello"},
    "pipeline_with_parallelfor_parallelism": {"loop_parameter": ["a", "b", "c"]},
    "pipeline_with_parallelfor_pipeline_param": {"loop_parameter": ["a", "b"], "prefix": "p"},
    "pipeline_with_various_io_types": {"input1": "hello"},
    "preprocess": {"input_dict_parameter": {"a": 1}, "input_list_parameter": [1, 2],
                   "message": "hello"},
    "pvc_mount": {"pvc_name": "a-pvc"},
    "sequential_v2": {"url": "gs://ml-pipeline-playground/shakespeare1.txt"},
    # 900 s by default: the nap, not its length, is what the test is about.
    "take_nap_compiled": {"naptime_secs": 3},
    "take_nap_pipeline_root_compiled": {"naptime_secs": 3},
    "upload_download_compiled": {"bucket_name": "mlpipeline",
                                 "mlpipeline_minio_artifact_secret": "{}"},
}

# What a local run stands in for Kubernetes with: Secrets given with
# --secret (files made in the run's scratch directory), PVCs the pipeline
# mounts but does not create (a directory in the home).
_TEST_SECRETS = {"test-secret-1": {"username": "user1"},
                 "test-secret-2": {"password": "psw1"},
                 "test-secret-3": {"password": "psw2"}}
SECRETS = {
    "critical__pipeline_with_secret_as_env": _TEST_SECRETS,
    "pipeline_with_secret_as_volume": _TEST_SECRETS,
    "parallel_and_nested__parallel_for_secret": _TEST_SECRETS,
}
PVCS = {"pvc_mount": ["a-pvc"]}

# Pipelines whose failures are intended: the task states KFP ends them in
# (a failed task fails its DAG; exit handlers and ALL_UPSTREAM_TASKS_COMPLETED
# tasks run after it). Tasks not named may end in any state but FAILED.
_EXIT_HANDLER_1 = {"exit-handler-1": "FAILED", "exit-handler-1/fail-op": "FAILED",
                   "exit-handler-1/print-op": "COMPLETE"}
EXPECTED = {
    "failing__fail_v2": {"fail": "FAILED"},
    "failing__pipeline_with_multiple_exit_handlers": {
        "exit-handler-1": "FAILED", "exit-handler-1/fail-op": "FAILED",
        "exit-handler-1/print-op-2": "COMPLETE", "print-op": "COMPLETE",
        "exit-handler-2": "COMPLETE", "exit-handler-2/print-op-4": "COMPLETE",
        "print-op-3": "COMPLETE",
        "exit-handler-3": "COMPLETE", "exit-handler-3/print-op-6": "COMPLETE",
        "print-op-5": "COMPLETE"},
    # The exit task is a pipeline whose condition sees the run FAILED.
    "pipeline_as_exit_task": {
        **_EXIT_HANDLER_1, "conditional-notification": "COMPLETE",
        "conditional-notification/get-run-state": "COMPLETE",
        "conditional-notification/condition-1": "COMPLETE",
        "conditional-notification/condition-1/print-op": "COMPLETE"},
    "pipeline_with_task_final_status": {**_EXIT_HANDLER_1, "exit-op": "COMPLETE"},
    # validate-no-pod-metadata has no Kubernetes config, so its variables are
    # unset and os.getenv answers None, which it rejects: it fails on KFP too.
    "create_pod_metadata_complex": {"validate-pod-metadata": "COMPLETE",
                                    "validate-pod-metadata-2": "COMPLETE",
                                    "validate-no-pod-metadata": "FAILED"},
}

# Seconds per pipeline, where the default is too short on purpose.
TIMEOUTS = {"long-running": 700}  # two steps of `sleep 300`, not shortened


def kfp_version(text):
    """The kfp the Python steps install, else the IR's sdkVersion; None
    when no step runs the KFP executor (no virtualenv needed)."""
    if "kfp.dsl.executor_main" not in text and "kfp.v2.components.executor_main" not in text:
        return None
    pinned = re.findall(r"'kfp==([^']+)'", text)
    if pinned:
        return max(set(pinned), key=pinned.count)
    sdk = re.search(r"^sdkVersion: kfp-(\S+)", text, re.M)
    return sdk.group(1) if sdk else None


_venv_locks = {}
_venv_guard = threading.Lock()


def venv(version, python):
    """$KFP_CACHE/venv-kfp-VERSION with kfp==VERSION, created once."""
    path = CACHE / f"venv-kfp-{version}"
    with _venv_guard:
        lock = _venv_locks.setdefault(version, threading.Lock())
    with lock:
        if not (path / ".installed").exists():
            print(f"creating {path}", flush=True)
            shutil.rmtree(path, ignore_errors=True)
            subprocess.run([python, "-m", "venv", str(path)], check=True)
            subprocess.run([str(path / "bin/pip"), "install", "--quiet",
                            "--disable-pip-version-check", f"kfp=={version}"], check=True)
            (path / ".installed").touch()
    return path


def first_line(text):
    return next((line.strip() for line in (text or "").splitlines() if line.strip()), "")


def cause(path):
    """The log's last exception line (`ValueError: ...`, pip's `ERROR: ...`),
    else its last line."""
    try:
        lines = [l.strip() for l in pathlib.Path(path).read_text(errors="replace").splitlines()]
    except OSError:
        return ""
    lines = [l for l in lines if l]
    pattern = re.compile(r"^([\w.]+(Error|Exception|Exit)\b|ERROR\b|error:)")
    return next((l for l in reversed(lines) if pattern.match(l)), lines[-1] if lines else "")


def why_failed(task):
    """First line of a failed task's error, with its log's last line when
    the error only says the step exited non-zero."""
    error = first_line(task.get("error")) or "FAILED, no error recorded"
    tail = cause(task["log"]) if task.get("log") else ""
    if tail and tail not in error and "exit" in error.lower():
        error += f" — log: {tail}"
    return error


def counts(states):
    n = {}
    for s in states.values():
        n[s] = n.get(s, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(n.items()))


def judge(name, summary):
    """(outcome, detail) of a finished run's summary."""
    tasks = summary.get("tasks", {})
    states = {path: t.get("state") for path, t in tasks.items()}
    expected = EXPECTED.get(name)
    if expected is not None:
        wrong = [f"{t}: {states.get(t, 'absent')}, KFP: {s}"
                 for t, s in expected.items() if states.get(t) != s]
        wrong += [f"{t}: FAILED, not expected" for t, s in states.items()
                  if s == "FAILED" and t not in expected]
        if wrong:
            return "failed", "task states differ from KFP's: " + "; ".join(wrong)
        return "ran", counts(states) + " (as KFP ends it)"
    # A failed DAG has no error of its own: name the task inside it.
    failed = sorted(((p, t) for p, t in tasks.items() if t.get("state") == "FAILED"),
                    key=lambda pt: (not pt[1].get("error"), pt[0]))
    if failed:
        path, task = failed[0]
        return "failed", f"`{path}`: {why_failed(task)}"
    if not tasks:
        return "failed", "no task ran"
    return "ran", counts(states)


def run(name, ir, launcher, python, timeout):
    """Runs one pipeline whole; (outcome, detail, seconds)."""
    text = ir.read_text()
    env = dict(os.environ)
    version = kfp_version(text)
    if version:
        env["PATH"] = f"{venv(version, python) / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    work = pathlib.Path(tempfile.mkdtemp(prefix=f"kfp-conformance-{name}-"))
    argv = [launcher, "local", "run", str(ir), "--home", str(work / "home"), "--json",
            "--parallelism", "1"]
    for k, v in PARAMS.get(name, {}).items():
        v = v.replace("{work}", str(work)) if isinstance(v, str) else json.dumps(v)
        argv += ["--param", f"{k}={v}"]
    for secret, keys in SECRETS.get(name, {}).items():
        d = work / "secrets" / secret
        d.mkdir(parents=True)
        for key, value in keys.items():
            (d / key).write_text(value)
        argv += ["--secret", f"{secret}={d}"]
    for pvc in PVCS.get(name, []):
        (work / "home" / "pvcs" / pvc).mkdir(parents=True)
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, cwd=work)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        # The launcher stops its steps on SIGTERM; the group catches strays.
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
        shutil.rmtree(work, ignore_errors=True)
        return "failed", f"timed out after {timeout} s", time.monotonic() - t0
    seconds = time.monotonic() - t0
    try:
        summary = json.loads(out)
    except ValueError:
        shutil.rmtree(work, ignore_errors=True)
        return "failed", f"launcher (exit {proc.returncode}): {first_line(err)}", seconds
    outcome, detail = judge(name, summary)
    shutil.rmtree(work, ignore_errors=True)
    return outcome, detail, seconds


def markdown(rows, versions):
    total = {o: sum(1 for r in rows.values() if r[0] == o) for o in ("ran", "failed", "not runnable")}
    rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    label = {"ran": "ran whole", "failed": "**failed**", "not runnable": "not runnable here"}
    lines = [
        "# Conformance: KFP's own test pipelines, run whole",
        "",
        "Written by `make conformance` (`e2e/conformance/corpus.py`): every pipeline the KFP SDK "
        f"compiled for KFP's own tests (`shared/fixtures/kfp/ir`, {len(rows)} files) run whole "
        "with `launcher local run`, each in a fresh home, its Python steps with the kfp they were "
        f"compiled with ({', '.join(sorted(versions))}). Measured "
        f"{datetime.date.today().isoformat()} at {rev}.",
        "",
        f"**{total['ran']} ran whole, {total['failed']} failed, "
        f"{total['not runnable']} not runnable here.**",
        "",
        "*ran whole*: no task failed (or, for pipelines that fail on purpose, every task ended "
        "as KFP ends it); task states counted. *failed*: the first failed task and the first "
        "line of its error. *not runnable here*: why, checkable in the IR (the list is in the "
        "script).",
        "",
        "| pipeline | outcome | detail | s |",
        "|---|---|---|---|",
    ]
    for name, (outcome, detail, seconds) in sorted(rows.items()):
        detail = detail.replace("|", "\\|").replace("\n", " ")
        secs = f"{seconds:.0f}" if seconds is not None else ""
        lines.append(f"| {name} | {label[outcome]} | {detail} | {secs} |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--launcher", required=True)
    ap.add_argument("--fixtures", type=pathlib.Path, default=FIXTURES)
    ap.add_argument("--out", type=pathlib.Path, help="default: CONFORMANCE.md, unless --only")
    ap.add_argument("--only", nargs="*", help="these pipelines (no CONFORMANCE.md unless --out)")
    # One pipeline at a time: every step of every local run on the host
    # takes an exclusive lock on /tmp/.kfp-local-mounts.lock before its
    # mount namespace, so steps wait for each other whatever the number of
    # runs, and a second run only makes the first one's timeout count the
    # other's steps. More jobs once steps can overlap.
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--python", default=os.environ.get("PYTHON", "python3"))
    args = ap.parse_args()
    irs = sorted(args.fixtures.glob("*.yaml"))
    if not irs:
        sys.exit(f"no pipelines in {args.fixtures}")
    if args.only:
        irs = [ir for ir in irs if ir.stem in args.only]
    out = args.out or (None if args.only else REPO / "CONFORMANCE.md")
    launcher = str(pathlib.Path(args.launcher).resolve())

    rows, versions = {}, set()
    todo = []
    for ir in irs:
        if ir.stem in NOT_RUNNABLE:
            rows[ir.stem] = ("not runnable", NOT_RUNNABLE[ir.stem], None)
        else:
            todo.append(ir)
            v = kfp_version(ir.read_text())
            if v:
                versions.add(v)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(run, ir.stem, ir, launcher, args.python,
                               TIMEOUTS.get(ir.stem, args.timeout)): ir.stem for ir in todo}
        for f in concurrent.futures.as_completed(futures):
            name = futures[f]
            rows[name] = f.result()
            print(f"{name}: {rows[name][0]} ({rows[name][2]:.0f} s): {rows[name][1]}", flush=True)
    for name, (outcome, detail, _) in sorted(rows.items()):
        if outcome == "not runnable":
            print(f"{name}: not runnable: {detail}")
    if out:
        out.write_text(markdown(rows, versions))
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
