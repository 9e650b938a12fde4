"""Our own small pipelines for the kfp.local differential test
(differential.py): each is run by the KFP SDK's local runner and by
`launcher local run`, and every task's outputs must agree.

Together they cover what KFP's test pipelines exercise: parameters of every
type (defaults, optional None, values computed by steps), artifacts in and
out (files, directories, InputPath/OutputPath, metadata), Metrics, NamedTuple
outputs, nested pipelines with parameter and artifact outputs, If/Elif/Else
with dsl.OneOf of parameters and of artifacts, ParallelFor over a list of
structs and over a step's output list, with dsl.Collected parameters and
artifacts.

Every step is deterministic (no clocks, no randomness, no run ids), so the
two runners must agree byte for byte. Written for kfp==2.17.3.
"""
from typing import Dict, List, NamedTuple, Optional

from kfp import dsl
from kfp.dsl import Artifact, Dataset, Input, InputPath, Metrics, Model, Output, OutputPath

IMAGE = "python:3.11"


@dsl.component(base_image=IMAGE)
def echo_all(
    s: str, i: int, f: float, b: bool, d: Dict[str, int], l: List[str],
    opt: Optional[str] = None, dflt: int = 7,
) -> dict:
    # What arrived, and as which Python types.
    values = [s, i, f, b, d, l, opt, dflt]
    return {"values": values, "types": [type(v).__name__ for v in values]}


@dsl.component(base_image=IMAGE)
def produce_all(seed: int) -> NamedTuple(
    "Outs", s=str, i=int, f=float, b=bool, d=dict, l=list
):
    from collections import namedtuple

    outs = namedtuple("Outs", "s i f b d l")
    return outs(f"s{seed}", seed * 2, seed / 4, seed % 2 == 1,
                {"seed": seed, "nested": {"k": [1, 2]}}, [seed, "two", 3.5, [True, {}]])


@dsl.component(base_image=IMAGE)
def consume_all(s: str, i: int, f: float, b: bool, d: dict, l: list) -> list:
    return [s, i, f, b, d, l, [type(v).__name__ for v in (s, i, f, b, d, l)]]


@dsl.pipeline(name="diff-parameters")
def parameters(
    s: str = "text é", i: int = -3, f: float = 0.25, b: bool = False,
    d: Dict[str, int] = {"z": 1, "a": 2}, l: List[str] = ["x", "y"],
):
    echo_all(s=s, i=i, f=f, b=b, d=d, l=l)
    echo_all(s="", i=0, f=1.5, b=True, d={}, l=[], opt="given", dflt=9).set_display_name("literals")
    p = produce_all(seed=5)
    consume_all(s=p.outputs["s"], i=p.outputs["i"], f=p.outputs["f"], b=p.outputs["b"],
                d=p.outputs["d"], l=p.outputs["l"])


@dsl.component(base_image=IMAGE)
def write_files(n: int, data: Output[Dataset], tree: Output[Artifact],
                blob: OutputPath("Dataset"), raw: OutputPath(str)):
    import os

    with open(data.path, "w") as f:
        f.writelines(f"{r},{r * r}\n" for r in range(n))
    data.metadata["rows"] = n
    data.metadata["schema"] = {"cols": ["x", "x2"]}
    os.makedirs(os.path.join(tree.path, "sub"))
    for name in ("a.txt", "sub/b.bin"):
        with open(os.path.join(tree.path, name), "wb") as f:
            f.write(name.encode() + bytes(range(256)))
    with open(blob, "wb") as f:
        f.write(bytes(range(255, -1, -1)))
    with open(raw, "w") as f:
        f.write("raw text\n")


@dsl.component(base_image=IMAGE)
def fit(data: Input[Dataset], tree: Input[Artifact], blob: InputPath("Dataset"), raw: str,
        model: Output[Model], metrics: Output[Metrics]) -> NamedTuple("Fit", rows=int, files=int):
    import os
    from collections import namedtuple

    rows = [line.split(",") for line in open(data.path)]
    files = sum(len(fs) for _, _, fs in os.walk(tree.path))
    with open(model.path, "w") as f:
        f.write(f"{len(rows)} rows, {files} files, {len(open(blob, 'rb').read())} bytes, {raw}")
    model.metadata["framework"] = "none"
    metrics.log_metric("rows", len(rows))
    metrics.log_metric("mean_x2", sum(int(r[1]) for r in rows) / len(rows))
    return namedtuple("Fit", "rows files")(len(rows), files)


@dsl.component(base_image=IMAGE)
def read_model(model: Input[Model]) -> str:
    return open(model.path).read() + " " + model.metadata.get("framework", "?")


@dsl.pipeline(name="diff-artifacts")
def artifacts(n: int = 4):
    w = write_files(n=n)
    m = fit(data=w.outputs["data"], tree=w.outputs["tree"], blob=w.outputs["blob"],
            raw=w.outputs["raw"])
    read_model(model=m.outputs["model"])


@dsl.component(base_image=IMAGE)
def grade(score: int) -> str:
    return "high" if score > 10 else "mid" if score > 3 else "low"


@dsl.component(base_image=IMAGE)
def tag(text: str) -> str:
    return f"tag:{text}"


@dsl.component(base_image=IMAGE)
def tag_file(text: str, out: Output[Dataset]):
    with open(out.path, "w") as f:
        f.write(f"file:{text}")


@dsl.component(base_image=IMAGE)
def cat(data: Input[Dataset]) -> str:
    return open(data.path).read()


@dsl.pipeline(name="diff-branches")
def branches(score: int) -> NamedTuple("Branches", label=str, data=Dataset):
    # kfp.local 2.17.3 cannot select a dsl.OneOf of artifacts ("Expected 1
    # artifact in ArtifactSelectorSpec"): the artifact output comes from a
    # task outside the branches, the parameter one through OneOf.
    g = grade(score=score)
    with dsl.If(g.output == "high"):
        hi = tag(text="high")
    with dsl.Elif(g.output == "mid"):
        mid = tag(text="mid")
    with dsl.Else():
        lo = tag(text="low")
    f = tag_file(text=g.output)
    outs = NamedTuple("Branches", label=str, data=Dataset)
    return outs(label=dsl.OneOf(hi.output, mid.output, lo.output), data=f.outputs["out"])


@dsl.component(base_image=IMAGE)
def square(x: int) -> int:
    return x * x


@dsl.component(base_image=IMAGE)
def describe_item(item: dict, out: Output[Dataset]) -> str:
    with open(out.path, "w") as f:
        # :g, as kfp.local hands over the struct's numbers as floats.
        f.write(f"{item['key']}={item['count']:g}")
    return item["key"]


@dsl.component(base_image=IMAGE)
def total(values: List[int]) -> int:
    # int(): kfp.local collects the ints as floats (differential.py says why).
    return int(sum(values))


@dsl.component(base_image=IMAGE)
def join_names(names: List[str], files: Input[List[Dataset]]) -> str:
    # Collected values arrive in iteration order.
    return ",".join(names) + "|" + ",".join(open(f.path).read() for f in files)


@dsl.component(base_image=IMAGE)
def numbers(n: int) -> List[int]:
    return list(range(1, n + 1))


@dsl.pipeline(name="diff-control")
def control(n: int = 3):
    nums = numbers(n=n)
    with dsl.ParallelFor(nums.output, parallelism=2) as x:
        sq = square(x=x)
    t = total(values=dsl.Collected(sq.output))
    with dsl.ParallelFor([{"key": "a", "count": 1}, {"key": "b", "count": 2}]) as item:
        d = describe_item(item=item)
    join_names(names=dsl.Collected(d.outputs["Output"]), files=dsl.Collected(d.outputs["out"]))
    # Each branch of the nested pipeline once: 14 (high), 3 (low), 5 (mid).
    for score in (t.output, n, 5):
        b = branches(score=score)
        tag(text=b.outputs["label"])
        cat(data=b.outputs["data"])


PIPELINES = {"parameters": parameters, "artifacts": artifacts, "control": control}
