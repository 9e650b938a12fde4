#!/usr/bin/env python3
"""Smoke test and measurements of the real ML Metadata server (mlmd_server.py).

Run with the MLMD venv's python against a started server:
  bash e2e/services/with-mlmd.sh bash -c '"$KFP_MLMD_PYTHON" e2e/services/mlmd_smoke.py'
or: mlmd_smoke.py [--addr HOST:PORT] [--calls 200] [--pid PID]
(defaults from KFP_MLMD_HOST / KFP_MLMD_PORT / KFP_MLMD_PID).

Uses the ml_metadata gRPC stubs, as any client would, checks the engine's
behaviours that the Rust clients rely on, then starts private servers of its
own (failure injection, start-up time and RSS) and measures loopback round
trips. Exits non-zero on the first unexpected behaviour.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

import grpc
from ml_metadata.proto import metadata_store_pb2 as mp
from ml_metadata.proto import metadata_store_service_pb2 as ms
from ml_metadata.proto import metadata_store_service_pb2_grpc as msg

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.environ.get("KFP_MLMD_SERVER", os.path.join(HERE, "mlmd_server.py"))
RESULTS = {"passed": 0, "failed": 0}


def check(name, cond, observed):
    observed = str(observed).strip().splitlines()[0] if str(observed).strip() else ""
    if cond:
        RESULTS["passed"] += 1
        print("ok    %-44s %s" % (name, observed))
    else:
        RESULTS["failed"] += 1
        print("FAIL  %-44s %s" % (name, observed))


def rpc_error(fn, request):
    """(code, details) of a failing call, or (OK, response)."""
    try:
        return grpc.StatusCode.OK, fn(request, timeout=10)
    except grpc.RpcError as e:
        return e.code(), e.details()


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def start_private(db, *flags):
    """A private server; returns (proc, addr, seconds to readiness line)."""
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, SERVER, "--db", db, "--port", "0", *flags],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline().strip()
    ready = time.monotonic() - t0
    prefix = "MLMD listening on "
    if not line.startswith(prefix):
        proc.kill()
        raise SystemExit("private server did not start: %r" % line)
    return proc, line[len(prefix):], ready


def stop_private(proc):
    t0 = time.monotonic()
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return time.monotonic() - t0


def behaviours(stub):
    # Types.
    ctx_type_id = stub.PutContextType(ms.PutContextTypeRequest(
        context_type=mp.ContextType(name="system.PipelineRun"))).type_id
    again = stub.PutContextType(ms.PutContextTypeRequest(
        context_type=mp.ContextType(name="system.PipelineRun"))).type_id
    check("PutContextType is idempotent", again == ctx_type_id, "type_id %d twice" % again)
    exec_type_id = stub.PutExecutionType(ms.PutExecutionTypeRequest(
        execution_type=mp.ExecutionType(name="system.ContainerExecution"))).type_id
    art_type_id = stub.PutArtifactType(ms.PutArtifactTypeRequest(
        artifact_type=mp.ArtifactType(name="system.Dataset"))).type_id

    # Contexts; a duplicate name is ALREADY_EXISTS.
    run_ctx = mp.Context(type_id=ctx_type_id, name="run-1")
    run_ctx_id = stub.PutContexts(ms.PutContextsRequest(contexts=[run_ctx])).context_ids[0]
    code, details = rpc_error(stub.PutContexts, ms.PutContextsRequest(contexts=[run_ctx]))
    check("PutContexts duplicate name", code == grpc.StatusCode.ALREADY_EXISTS,
          "%s: %s" % (code.name, details))

    # PutExecution with an artifact + OUTPUT event and two contexts (one
    # existing by id, one new).
    ex = mp.Execution(type_id=exec_type_id, name="task-a",
                      last_known_state=mp.Execution.RUNNING)
    ex.custom_properties["parent_dag_id"].int_value = 42
    ex.custom_properties["task_name"].string_value = "a"
    art = mp.Artifact(type_id=art_type_id, uri="s3://mlpipeline/a/out",
                      state=mp.Artifact.LIVE)
    ev = mp.Event(type=mp.Event.OUTPUT)
    ev.path.steps.add().key = "out"
    dag_ctx = mp.Context(type_id=ctx_type_id, name="dag-1")
    resp = stub.PutExecution(ms.PutExecutionRequest(
        execution=ex,
        artifact_event_pairs=[ms.PutExecutionRequest.ArtifactAndEvent(artifact=art, event=ev)],
        contexts=[mp.Context(id=run_ctx_id, type_id=ctx_type_id, name="run-1"), dag_ctx]))
    check("PutExecution with event + contexts",
          resp.execution_id > 0 and len(resp.artifact_ids) == 1 and len(resp.context_ids) == 2
          and resp.context_ids[0] == run_ctx_id,
          "execution %d, artifacts %s, contexts %s" % (
              resp.execution_id, list(resp.artifact_ids), list(resp.context_ids)))
    exec_id, art_id, dag_ctx_id = resp.execution_id, resp.artifact_ids[0], resp.context_ids[1]

    # The same new context by name again: ALREADY_EXISTS, unless reused.
    ex2 = mp.Execution(type_id=exec_type_id, name="task-b")
    ex2.custom_properties["parent_dag_id"].int_value = 7
    code, details = rpc_error(stub.PutExecution, ms.PutExecutionRequest(
        execution=ex2, contexts=[dag_ctx]))
    check("PutExecution, known context without id", code == grpc.StatusCode.ALREADY_EXISTS,
          "%s: %s" % (code.name, details))
    resp2 = stub.PutExecution(ms.PutExecutionRequest(
        execution=ex2, contexts=[dag_ctx],
        options=ms.PutExecutionRequest.Options(reuse_context_if_already_exist=True)))
    check("... with reuse_context_if_already_exist", resp2.context_ids[0] == dag_ctx_id,
          "context %d reused, execution %d" % (resp2.context_ids[0], resp2.execution_id))

    # Filter query on a custom property.
    req = ms.GetExecutionsByContextRequest(context_id=dag_ctx_id)
    req.options.filter_query = "custom_properties.parent_dag_id.int_value = 42"
    got = stub.GetExecutionsByContext(req)
    check("GetExecutionsByContext filter_query",
          [e.id for e in got.executions] == [exec_id],
          "%d of 2 executions match parent_dag_id = 42" % len(got.executions))
    req.options.filter_query = "custom_properties.parent_dag_id.int_value = 42 AND name = 'task-a'"
    got = stub.GetExecutionsByContext(req)
    check("filter_query with AND name", [e.id for e in got.executions] == [exec_id],
          "%d match" % len(got.executions))
    req.options.filter_query = "custom_properties.parent_dag_id.int_value = "
    code, details = rpc_error(stub.GetExecutionsByContext, req)
    check("bad filter_query", code == grpc.StatusCode.INVALID_ARGUMENT,
          "%s: %s" % (code.name, (details or "")[:70]))

    # Missing names are OK + empty, not NOT_FOUND.
    code, r = rpc_error(stub.GetExecutionByTypeAndName, ms.GetExecutionByTypeAndNameRequest(
        type_name="system.ContainerExecution", execution_name="no-such-task"))
    check("GetExecutionByTypeAndName missing name",
          code == grpc.StatusCode.OK and not r.HasField("execution"),
          "%s, has execution: %s" % (code.name, r.HasField("execution")))
    code, r = rpc_error(stub.GetContextByTypeAndName, ms.GetContextByTypeAndNameRequest(
        type_name="no.SuchType", context_name="x"))
    check("GetContextByTypeAndName missing type",
          code == grpc.StatusCode.OK and not r.HasField("context"),
          "%s, has context: %s" % (code.name, r.HasField("context")))
    code, r = rpc_error(stub.GetExecutionsByID, ms.GetExecutionsByIDRequest(
        execution_ids=[exec_id, 999999]))
    check("GetExecutionsByID unknown id skipped",
          code == grpc.StatusCode.OK and [e.id for e in r.executions] == [exec_id],
          "%s, %d of 2" % (code.name, len(r.executions)))

    # Update without update_mask replaces all custom properties.
    upd = mp.Execution(id=exec_id, type_id=exec_type_id, last_known_state=mp.Execution.COMPLETE)
    upd.custom_properties["outputs"].string_value = "done"
    stub.PutExecution(ms.PutExecutionRequest(execution=upd))
    e = stub.GetExecutionsByID(ms.GetExecutionsByIDRequest(execution_ids=[exec_id])).executions[0]
    check("PutExecution update (no mask) replaces",
          set(e.custom_properties) == {"outputs"} and e.name == "task-a"
          and e.last_known_state == mp.Execution.COMPLETE,
          "custom_properties now %s, name kept %r" % (sorted(e.custom_properties), e.name))
    # ... and with update_mask (PutExecutions) only the masked keys change.
    upd = mp.Execution(id=exec_id, type_id=exec_type_id)
    upd.custom_properties["parent_dag_id"].int_value = 42
    stub.PutExecutions(ms.PutExecutionsRequest(
        executions=[upd], update_mask={"paths": ["custom_properties.parent_dag_id"]}))
    e = stub.GetExecutionsByID(ms.GetExecutionsByIDRequest(execution_ids=[exec_id])).executions[0]
    check("PutExecutions with update_mask merges",
          set(e.custom_properties) == {"outputs", "parent_dag_id"}
          and e.last_known_state == mp.Execution.COMPLETE,
          "custom_properties now %s" % sorted(e.custom_properties))

    # A new context without type_id: INVALID_ARGUMENT.
    code, details = rpc_error(stub.PutExecution, ms.PutExecutionRequest(
        execution=mp.Execution(type_id=exec_type_id),
        contexts=[mp.Context(name="untyped")]))
    check("PutExecution context lacking type_id", code == grpc.StatusCode.INVALID_ARGUMENT,
          "%s: %s" % (code.name, details))
    code, details = rpc_error(stub.PutExecution, ms.PutExecutionRequest(
        execution=mp.Execution(name="untyped-exec")))
    check("PutExecution execution lacking type_id", code == grpc.StatusCode.INVALID_ARGUMENT,
          "%s: %s" % (code.name, details))

    # Events: the OUTPUT event exists already; same again is ALREADY_EXISTS.
    code, details = rpc_error(stub.PutEvents, ms.PutEventsRequest(events=[
        mp.Event(artifact_id=art_id, execution_id=exec_id, type=mp.Event.OUTPUT)]))
    check("PutEvents duplicate event", code == grpc.StatusCode.ALREADY_EXISTS,
          "%s: %s" % (code.name, details))
    code, _ = rpc_error(stub.PutEvents, ms.PutEventsRequest(events=[
        mp.Event(artifact_id=art_id, execution_id=resp2.execution_id, type=mp.Event.INPUT)]))
    check("PutEvents new event", code == grpc.StatusCode.OK, code.name)
    evs = stub.GetEventsByExecutionIDs(ms.GetEventsByExecutionIDsRequest(
        execution_ids=[exec_id])).events
    check("GetEventsByExecutionIDs", len(evs) == 1 and evs[0].path.steps[0].key == "out"
          and evs[0].milliseconds_since_epoch > 0,
          "%d event, path %s" % (len(evs), evs[0].path.steps[0].key if evs else None))

    # Parent contexts (the batch RPCs are composed by mlmd_server.py).
    stub.PutParentContexts(ms.PutParentContextsRequest(parent_contexts=[
        mp.ParentContext(child_id=dag_ctx_id, parent_id=run_ctx_id)]))
    code, details = rpc_error(stub.PutParentContexts, ms.PutParentContextsRequest(parent_contexts=[
        mp.ParentContext(child_id=dag_ctx_id, parent_id=run_ctx_id)]))
    check("PutParentContexts duplicate", code == grpc.StatusCode.ALREADY_EXISTS,
          "%s: %s" % (code.name, details))
    r = stub.GetParentContextsByContexts(ms.GetParentContextsByContextsRequest(
        context_ids=[dag_ctx_id, run_ctx_id, 999999]))
    check("GetParentContextsByContexts (composed)",
          list(r.contexts) == [dag_ctx_id]
          and [c.id for c in r.contexts[dag_ctx_id].parent_contexts] == [run_ctx_id],
          "entries for %s" % sorted(r.contexts))
    r = stub.GetChildrenContextsByContexts(ms.GetChildrenContextsByContextsRequest(
        context_ids=[run_ctx_id, dag_ctx_id]))
    check("GetChildrenContextsByContexts (composed)",
          list(r.contexts) == [run_ctx_id]
          and [c.id for c in r.contexts[run_ctx_id].children_contexts] == [dag_ctx_id],
          "entries for %s" % sorted(r.contexts))
    code, details = rpc_error(stub.GetLineageGraph, ms.GetLineageGraphRequest())
    check("GetLineageGraph", code == grpc.StatusCode.UNIMPLEMENTED, code.name)
    return exec_type_id


def bench(stub, exec_type_id, calls):
    put, get, ids = [], [], []
    for i in range(calls):
        ex = mp.Execution(type_id=exec_type_id, name="bench-%d-%d" % (os.getpid(), i))
        ex.custom_properties["i"].int_value = i
        req = ms.PutExecutionRequest(execution=ex)
        t0 = time.perf_counter()
        ids.append(stub.PutExecution(req, timeout=10).execution_id)
        put.append(time.perf_counter() - t0)
    for i in range(calls):
        req = ms.GetExecutionsByIDRequest(execution_ids=[ids[i]])
        t0 = time.perf_counter()
        stub.GetExecutionsByID(req, timeout=10)
        get.append(time.perf_counter() - t0)

    def fmt(xs):
        xs = sorted(xs)
        return "p50 %.2f ms, p90 %.2f ms, max %.2f ms" % (
            statistics.median(xs) * 1e3, xs[int(len(xs) * 0.9)] * 1e3, xs[-1] * 1e3)
    print("bench PutExecution x%d:       %s" % (calls, fmt(put)))
    print("bench GetExecutionsByID x%d:  %s" % (calls, fmt(get)))


def concurrent_writes(stub, exec_type_id, threads=8, each=25):
    """Parallel clients: the server serialises them over the one store."""
    from concurrent.futures import ThreadPoolExecutor

    def work(t):
        out = []
        for i in range(each):
            ex = mp.Execution(type_id=exec_type_id, name="par-%d-%d-%d" % (os.getpid(), t, i))
            out.append(stub.PutExecution(ms.PutExecutionRequest(execution=ex), timeout=30).execution_id)
        return out

    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        ids = [i for chunk in pool.map(work, range(threads)) for i in chunk]
    took = time.perf_counter() - t0
    check("%d concurrent PutExecution" % (threads * each), len(set(ids)) == threads * each,
          "%d distinct ids in %.2f s (%d clients)" % (len(set(ids)), took, threads))


def private_servers():
    with tempfile.TemporaryDirectory(prefix="kfp-mlmd-smoke.") as d:
        # Start-up and RSS of a fresh server.
        proc, addr, ready = start_private(os.path.join(d, "a.sqlite"))
        with grpc.insecure_channel(addr) as ch:
            t0 = time.monotonic()
            msg.MetadataStoreServiceStub(ch).GetContextTypes(ms.GetContextTypesRequest(), timeout=10)
            first = time.monotonic() - t0
        rss = rss_kib(proc.pid)
        stopped = stop_private(proc)
        print("start-up: readiness line after %.2f s, first call %.1f ms; RSS %.1f MiB; "
              "SIGTERM stop %.2f s, exit code %d" % (ready, first * 1e3, rss / 1024, stopped,
                                                      proc.returncode))
        check("fresh server RSS < 150 MiB", 0 < rss < 150 * 1024, "%.1f MiB" % (rss / 1024))
        check("SIGTERM exits 0", proc.returncode == 0, "exit %d" % proc.returncode)

        # Failure injection: first 2 PutContextType calls UNAVAILABLE, then
        # the engine; any RPC ABORTED once via the environment form.
        env_before = os.environ.get("KFP_MLMD_FAIL_FIRST")
        os.environ["KFP_MLMD_FAIL_FIRST"] = "GetContextTypes:1:ABORTED"
        try:
            proc, addr, _ = start_private(os.path.join(d, "b.sqlite"),
                                         "--fail-first", "PutContextType", "2", "UNAVAILABLE")
        finally:
            if env_before is None:
                del os.environ["KFP_MLMD_FAIL_FIRST"]
            else:
                os.environ["KFP_MLMD_FAIL_FIRST"] = env_before
        try:
            with grpc.insecure_channel(addr) as ch:
                stub = msg.MetadataStoreServiceStub(ch)
                req = ms.PutContextTypeRequest(context_type=mp.ContextType(name="t"))
                codes = [rpc_error(stub.PutContextType, req)[0].name for _ in range(3)]
                check("--fail-first PutContextType 2 UNAVAILABLE",
                      codes == ["UNAVAILABLE", "UNAVAILABLE", "OK"], " ".join(codes))
                codes = [rpc_error(stub.GetContextTypes, ms.GetContextTypesRequest())[0].name
                         for _ in range(2)]
                check("KFP_MLMD_FAIL_FIRST=GetContextTypes:1:ABORTED",
                      codes == ["ABORTED", "OK"], " ".join(codes))
        finally:
            stop_private(proc)

        # Only loopback.
        r = subprocess.run([sys.executable, SERVER, "--db", os.path.join(d, "c.sqlite"),
                            "--host", "0.0.0.0"], capture_output=True, text=True, timeout=30)
        check("--host 0.0.0.0 refused", r.returncode == 2, "exit %d" % r.returncode)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--addr", default="%s:%s" % (os.environ.get("KFP_MLMD_HOST", "127.0.0.1"),
                                                os.environ.get("KFP_MLMD_PORT", "")))
    p.add_argument("--pid", type=int, default=int(os.environ.get("KFP_MLMD_PID", "0")))
    p.add_argument("--calls", type=int, default=200)
    args = p.parse_args()
    if args.addr.endswith(":"):
        p.error("no server: pass --addr or set KFP_MLMD_HOST / KFP_MLMD_PORT")

    with grpc.insecure_channel(args.addr) as ch:
        stub = msg.MetadataStoreServiceStub(ch)
        exec_type_id = behaviours(stub)
        concurrent_writes(stub, exec_type_id)
        if args.calls > 0:
            bench(stub, exec_type_id, args.calls)
    if args.pid:
        print("shared server RSS after the run: %.1f MiB" % (rss_kib(args.pid) / 1024))
    private_servers()
    print("%d passed, %d failed" % (RESULTS["passed"], RESULTS["failed"]))
    return 1 if RESULTS["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
