"""Whole pipelines for the end-to-end tests and the local-run benchmark,
compiled by the real KFP SDK:

* `everything`: parameters of every type; Dataset -> Model -> Metrics; a
  container component with Concat / IfPresent / OutputPath; a nested
  pipeline; If / Elif / Else with OneOf; ParallelFor (parallelism 2) with
  Collected parameters and artifacts; an importer; caching off on one task
  and a custom cache key on another; a task that fails on its first attempt
  and succeeds on its retry.
* `exit_handler`: an exit handler around a failing task, next to an
  independent branch that still runs.
* `chain3` and `fanout8`: the benchmark shapes (3 tasks in a row; 8 tasks
  fanned out and joined); `noop5`: five `true` container steps in a row
  (per-task overhead); `loop100`: a ParallelFor of 100 `true` steps (driver
  calls, process vs plugin); `stoppable`: a long step to stop a run in; `loop_limit`: a ParallelFor
  with parallelism 2 whose steps record when they ran; `artifact_loop`: a
  ParallelFor over a list of artifacts, and over an empty one.
* `upstream_failure`: `.ignore_upstream_failure()` consumers of a task that
  fails before writing its outputs (parameters of two types and an
  artifact, into a container task and into a nested pipeline): each runs
  with its inputs' defaults; one of a task that completed gets the values.
* `nested_collected`: `dsl.Collected` over a ParallelFor nested in a
  ParallelFor: a `List[List[int]]` with one list per outer iteration, a
  flat list per outer iteration inside it, and the artifacts as one list.
* `workspace_import`: an importer with `download_to_workspace` of the run's
  own output; one consumer reads it where the SDK maps it (the workspace),
  one where an SDK before 2.15 looks (the URI's usual local path).
* `same_artifact_twice`: one artifact as two inputs of a task, and twice
  in a `dsl.Collected` list (a loop whose third iteration is a cache hit of
  its first): MLMD keeps one INPUT event per artifact and execution.
* `s3_import`: an importer of an `s3://` URI outside the pipeline root,
  whose consumer opens the bucket from the environment (`fromEnv`).
* `chaos`: the reliability matrix's shape (e2e/chaos): a producer of an
  artifact large enough for a multipart upload (`mib` MiB, after `seconds`
  of sleep) and a consumer that downloads it and checks its SHA-256,
  inside a condition (a DAG whose state the consumer's publish propagates).

Compile: python whole.py  (kfp==2.17.3) -> whole/<name>.yaml
"""
import os
from typing import Dict, List, NamedTuple, Optional

from kfp import compiler, dsl
from kfp.dsl import (
    Dataset,
    Input,
    Metrics,
    Model,
    Output,
    OutputPath,
    PipelineTaskFinalStatus,
)

IMAGE = "python:3.11"


@dsl.component(base_image=IMAGE)
def describe(s: str, i: int, f: float, b: bool, d: Dict[str, int], l: List[str]) -> str:
    import json

    # Every type must arrive as itself, not as a string.
    assert isinstance(i, int) and isinstance(f, float) and isinstance(b, bool)
    assert isinstance(d, dict) and isinstance(l, list)
    return json.dumps({"s": s, "i": i, "f": f, "b": b, "d": d, "l": l}, sort_keys=True)


@dsl.component(base_image=IMAGE)
def make_data(rows: int, data: Output[Dataset]):
    with open(data.path, "w") as out:
        for r in range(rows):
            out.write(f"{r},{2 * r + 1}\n")
    data.metadata["rows"] = rows


@dsl.component(base_image=IMAGE)
def train(data: Input[Dataset], epochs: int, model: Output[Model]) -> float:
    pairs = [tuple(map(int, line.split(","))) for line in open(data.path)]
    # y = a*x + b by least squares: a = 2, b = 1 on make_data's rows.
    n = len(pairs)
    sx = sum(x for x, _ in pairs)
    sy = sum(y for _, y in pairs)
    sxx = sum(x * x for x, _ in pairs)
    sxy = sum(x * y for x, y in pairs)
    a = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    b = (sy - a * sx) / n
    with open(model.path, "w") as out:
        out.write(f"{a} {b}")
    model.metadata["epochs"] = epochs
    return a


@dsl.component(base_image=IMAGE)
def evaluate(model: Input[Model], data: Input[Dataset], metrics: Output[Metrics]):
    a, b = map(float, open(model.path).read().split())
    pairs = [tuple(map(int, line.split(","))) for line in open(data.path)]
    err = sum(abs(a * x + b - y) for x, y in pairs)
    metrics.log_metric("abs_error", err)
    metrics.log_metric("rows", len(pairs))


@dsl.container_component
def shout(text: str, out: OutputPath(str), suffix: Optional[str] = None):
    # IfPresent inside Concat, and at top level with a Concat branch, alone
    # and in a list (KFP's driver rejects the last two).
    return dsl.ContainerSpec(
        image="busybox",
        command=["sh", "-c", 'mkdir -p "$(dirname "$0")" && printf %s "$*" > "$0"'],
        args=[
            out,
            dsl.ConcatPlaceholder(
                [
                    text,
                    dsl.IfPresentPlaceholder(
                        input_name="suffix", then=dsl.ConcatPlaceholder(["-", suffix])
                    ),
                ]
            ),
            dsl.IfPresentPlaceholder(
                input_name="suffix",
                then=dsl.ConcatPlaceholder(["+", suffix]),
                else_=dsl.ConcatPlaceholder(["+none"]),
            ),
            dsl.IfPresentPlaceholder(
                input_name="suffix", then=[dsl.ConcatPlaceholder(["[", suffix, "]"])]
            ),
        ],
    )


@dsl.component(base_image=IMAGE)
def square(x: int) -> int:
    return x * x


@dsl.component(base_image=IMAGE)
def total(values: List[int]) -> int:
    return sum(values)


@dsl.component(base_image=IMAGE)
def write_item(x: int, item: Output[Dataset]):
    with open(item.path, "w") as out:
        out.write(str(x))


@dsl.component(base_image=IMAGE)
def join_items(items: Input[List[Dataset]]) -> str:
    return ",".join(open(i.path).read() for i in items)


@dsl.component(base_image=IMAGE)
def grade(score: int) -> str:
    return "high" if score > 10 else "mid" if score > 3 else "low"


@dsl.component(base_image=IMAGE)
def label(text: str) -> str:
    return f"grade:{text}"


@dsl.component(base_image=IMAGE)
def echo(text: str) -> str:
    return text


@dsl.component(base_image=IMAGE)
def read_imported(data: Input[Dataset]) -> str:
    return open(data.path).read().strip()


@dsl.component(base_image=IMAGE)
def stamp(text: str) -> str:
    import time

    return f"{text}@{time.time()}"


@dsl.component(base_image=IMAGE)
def flaky(text: str) -> str:
    import os

    # Argo's retry index reaches the step through the launcher's env.
    if os.environ.get("KFP_RETRY_INDEX", "0") == "0":
        raise SystemExit(3)
    return f"{text} on attempt {os.environ['KFP_RETRY_INDEX']}"


@dsl.pipeline(name="inner")
def inner(score: int) -> str:
    g = grade(score=score)
    with dsl.If(g.output == "high"):
        hi = label(text="high")
    with dsl.Elif(g.output == "mid"):
        mid = label(text="mid")
    with dsl.Else():
        lo = label(text="low")
    return dsl.OneOf(hi.output, mid.output, lo.output)


@dsl.pipeline(name="everything")
def everything(
    s: str = "text",
    i: int = 3,
    f: float = 0.5,
    b: bool = True,
    d: Dict[str, int] = {"k": 1},
    l: List[str] = ["x", "y"],
    imported_uri: str = "minio://mlpipeline/e2e-imports/hello.txt",
):
    describe(s=s, i=i, f=f, b=b, d=d, l=l)

    data = make_data(rows=i)
    model = train(data=data.outputs["data"], epochs=2)
    evaluate(model=model.outputs["model"], data=data.outputs["data"])

    shout(text=s, suffix="!")
    shout(text=s).set_display_name("shout-no-suffix")

    with dsl.ParallelFor([1, 2, 3], parallelism=2) as x:
        sq = square(x=x)
        it = write_item(x=x)
    sum_sq = total(values=dsl.Collected(sq.output))
    join_items(items=dsl.Collected(it.outputs["item"]))

    inner(score=sum_sq.output)

    imp = dsl.importer(artifact_uri=imported_uri, artifact_class=Dataset, reimport=False)
    read_imported(data=imp.output)

    stamp(text=s).set_caching_options(False)
    echo(text=s).set_caching_options(True, cache_key="everything-echo-v1")

    flaky(text=s).set_retry(num_retries=2, backoff_duration="0s")


@dsl.component(base_image=IMAGE)
def fail(msg: str):
    raise SystemExit(f"failing on purpose: {msg}")


@dsl.component(base_image=IMAGE)
def report(status: PipelineTaskFinalStatus) -> str:
    return f"{status.state} {status.pipeline_task_name} {status.error_code}"


@dsl.pipeline(name="exit-handler")
def exit_handler(msg: str = "boom"):
    with dsl.ExitHandler(exit_task=report()):
        ok = echo(text=msg)
        fail(msg=msg).after(ok)
    echo(text="independent")


@dsl.component(base_image=IMAGE)
def add_one(x: int) -> int:
    return x + 1


@dsl.pipeline(name="chain3")
def chain3(x: int = 0):
    a = add_one(x=x)
    b = add_one(x=a.output)
    add_one(x=b.output)


@dsl.component(base_image=IMAGE)
def sum8(a: int, b: int, c: int, d: int, e: int, f: int, g: int, h: int) -> int:
    return a + b + c + d + e + f + g + h


@dsl.pipeline(name="fanout8")
def fanout8(x: int = 0):
    outs = [add_one(x=x).set_display_name(f"branch-{n}") for n in range(8)]
    sum8(**{k: o.output for k, o in zip("abcdefgh", outs)})


@dsl.container_component
def noop():
    return dsl.ContainerSpec(image="busybox", command=["true"])


@dsl.pipeline(name="noop5")
def noop5():
    # Five `true` steps in a row: the per-task overhead benchmark.
    previous = noop()
    for _ in range(4):
        previous = noop().after(previous)


@dsl.pipeline(name="loop100")
def loop100():
    # A ParallelFor of 100 `true` steps: 100 iteration DAGs and 100 tasks,
    # each with its driver (the plugin benchmark, make bench-plugin).
    with dsl.ParallelFor(items=list(range(100)), parallelism=10):
        noop()


@dsl.container_component
def nap(seconds: int):
    return dsl.ContainerSpec(image="busybox", command=["sleep"], args=[seconds])


@dsl.pipeline(name="stoppable")
def stoppable(seconds: int = 30):
    # A long step and a task after it: stopping the run mid-step.
    first = nap(seconds=seconds)
    nap(seconds=1).after(first)


@dsl.container_component
def timed(x: int, began: OutputPath(str), ended: OutputPath(str)):
    # Start and end times (ns), to see how many iterations overlapped.
    return dsl.ContainerSpec(
        image="busybox",
        command=[
            "sh",
            "-c",
            'mkdir -p "$(dirname "$0")" "$(dirname "$1")"; date +%s%N > "$0"; sleep 0.6; date +%s%N > "$1"',
        ],
        args=[began, ended],
    )


@dsl.pipeline(name="loop-limit")
def loop_limit():
    # ParallelFor with parallelism 2 over 6 items: never more than 2 at once.
    with dsl.ParallelFor([1, 2, 3, 4, 5, 6], parallelism=2) as x:
        timed(x=x)


@dsl.component(base_image=IMAGE)
def make_text(x: int, data: Output[Dataset]):
    with open(data.path, "w") as out:
        out.write(f"item {x}")


@dsl.component(base_image=IMAGE)
def read_text(data: Input[Dataset]) -> str:
    with open(data.path) as f:
        return f.read()


@dsl.component(base_image=IMAGE)
def join_texts(texts: List[str]) -> str:
    return ",".join(texts)


@dsl.pipeline(name="make-datasets")
def make_datasets(n: List[int]) -> List[Dataset]:
    with dsl.ParallelFor(n) as x:
        made = make_text(x=x)
    return dsl.Collected(made.outputs["data"])


@dsl.pipeline(name="artifact-loop")
def artifact_loop():
    # ParallelFor over a list of artifacts (a nested pipeline's Collected
    # output): KFP fails with "ArtifactIterator is not implemented".
    datasets = make_datasets(n=[3, 1, 2])
    with dsl.ParallelFor(datasets.output) as data:
        read = read_text(data=data)
    join_texts(texts=dsl.Collected(read.output))
    # An empty list: the loop ends with no iterations.
    none = make_datasets(n=[]).set_display_name("make-none")
    with dsl.ParallelFor(none.output) as data:
        read_text(data=data)


@dsl.component(base_image=IMAGE)
def breaks(msg: str, data: Output[Dataset]) -> NamedTuple("Broken", [("text", str), ("count", int)]):
    raise SystemExit(f"failing on purpose before any output: {msg}")


@dsl.component(base_image=IMAGE)
def received(text: str = "fallback", count: int = 7, data: Input[Dataset] = None) -> str:
    import json

    # (Not Optional[Input[Dataset]]: kfp 2.17.3's executor cannot build an
    # artifact from that annotation when one arrives.)

    # What arrived: each input's default where its producer wrote nothing.
    return json.dumps(
        {
            "text": text,
            "count": count,
            "data": None if data is None else open(data.path).read(),
        },
        sort_keys=True,
    )


@dsl.pipeline(name="received-nested")
def received_nested(text: str = "nested-fallback") -> str:
    return received(text=text).output


@dsl.pipeline(name="upstream-failure")
def upstream_failure(msg: str = "boom"):
    broken = breaks(msg=msg)
    received(
        text=broken.outputs["text"],
        count=broken.outputs["count"],
        data=broken.outputs["data"],
    ).ignore_upstream_failure()
    received_nested(text=broken.outputs["text"]).ignore_upstream_failure()
    fine = echo(text=msg)
    made = make_data(rows=2)
    # (The SDK wants every input given when ignoring upstream failures.)
    received(text=fine.output, count=5, data=made.outputs["data"]).ignore_upstream_failure()


@dsl.component(base_image=IMAGE)
def mul(x: int, y: int) -> int:
    return x * y


@dsl.component(base_image=IMAGE)
def write_product(x: int, y: int, item: Output[Dataset]):
    with open(item.path, "w") as out:
        out.write(str(x * y))


@dsl.component(base_image=IMAGE)
def grid(rows: List[List[int]]) -> str:
    import json

    # One list per outer iteration, not one flat list.
    assert all(isinstance(r, list) for r in rows), rows
    return json.dumps(rows)


@dsl.pipeline(name="nested-collected")
def nested_collected():
    with dsl.ParallelFor([1, 2, 3]) as x:
        with dsl.ParallelFor([10, 20]) as y:
            product = mul(x=x, y=y)
            written = write_product(x=x, y=y)
        row = total(values=dsl.Collected(product.output))
    grid(rows=dsl.Collected(product.output))
    total(values=dsl.Collected(row.output))
    join_items(items=dsl.Collected(written.outputs["item"]))


@dsl.component(base_image=IMAGE)
def uri_of(data: Input[Dataset]) -> str:
    return data.uri


@dsl.container_component
def read_usual_path(data: Input[Dataset], text: OutputPath(str)):
    # What an SDK before 2.15 does with a workspace input: read the URI's
    # usual local path (minio://b/k -> /minio/b/k).
    return dsl.ContainerSpec(
        image=IMAGE,
        command=["sh", "-c", 'p="/minio/${0#minio://}"; test -e "$p" && cat "$p" > "$1"'],
        args=[data.uri, text],
    )


@dsl.pipeline(name="import-stage")
def import_stage(uri: str) -> str:
    # An importer's URI comes from its DAG's inputs (or a constant), as in
    # KFP's own workspace test pipeline.
    imported = dsl.importer(
        artifact_uri=uri,
        artifact_class=Dataset,
        reimport=True,
        download_to_workspace=True,
    )
    read_usual_path(data=imported.output)
    return read_text(data=imported.output).output


@dsl.pipeline(
    name="workspace-import",
    pipeline_config=dsl.PipelineConfig(workspace=dsl.WorkspaceConfig(size="1Gi")),
)
def workspace_import():
    made = make_text(x=5)
    import_stage(uri=uri_of(data=made.outputs["data"]).output)


@dsl.component(base_image=IMAGE)
def pair(a: Input[Dataset], b: Input[Dataset]) -> str:
    return open(a.path).read() + "|" + open(b.path).read()


@dsl.pipeline(name="same-artifact-twice")
def same_artifact_twice():
    made = make_text(x=1)
    pair(a=made.outputs["data"], b=made.outputs["data"])
    with dsl.ParallelFor([7, 8, 7], parallelism=1) as x:
        each = make_text(x=x)
    join_items(items=dsl.Collected(each.outputs["data"]))


@dsl.pipeline(name="s3-import")
def s3_import(uri: str):
    imported = dsl.importer(artifact_uri=uri, artifact_class=Dataset)
    read_text(data=imported.output)


@dsl.component(base_image=IMAGE)
def produce(mib: int, seconds: int, data: Output[Dataset]) -> str:
    import hashlib
    import time

    time.sleep(seconds)
    block = bytes(range(256)) * 4096
    digest = hashlib.sha256()
    with open(data.path, "wb") as f:
        for i in range(mib):
            chunk = block[i % 256 :] + block[: i % 256]
            f.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


@dsl.component(base_image=IMAGE)
def consume(data: Input[Dataset], digest: str) -> str:
    import hashlib

    got = hashlib.sha256()
    with open(data.path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            got.update(chunk)
    if got.hexdigest() != digest:
        raise ValueError(f"downloaded {got.hexdigest()}, produced {digest}")
    return digest[:12]


@dsl.pipeline(name="chaos")
def chaos(mib: int = 20, seconds: int = 0):
    made = produce(mib=mib, seconds=seconds)
    with dsl.If(made.outputs["Output"] != "", name="checked"):
        consume(data=made.outputs["data"], digest=made.outputs["Output"])


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "whole")
    os.makedirs(out, exist_ok=True)
    for name, fn in [
        ("everything", everything),
        ("exit_handler", exit_handler),
        ("chain3", chain3),
        ("fanout8", fanout8),
        ("noop5", noop5),
        ("loop100", loop100),
        ("stoppable", stoppable),
        ("loop_limit", loop_limit),
        ("artifact_loop", artifact_loop),
        ("upstream_failure", upstream_failure),
        ("nested_collected", nested_collected),
        ("workspace_import", workspace_import),
        ("s3_import", s3_import),
        ("same_artifact_twice", same_artifact_twice),
        ("chaos", chaos),
    ]:
        compiler.Compiler().compile(fn, os.path.join(out, name + ".yaml"))
