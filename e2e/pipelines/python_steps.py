"""Lightweight Python components, run by the real KFP SDK executor inside a
step: integers must reach `-> int` functions as JSON integers, artifacts
through /minio paths derived from their URIs.

Compile: python python_steps.py  (kfp==2.17.3) -> python_steps.yaml
"""
from kfp import compiler, dsl
from kfp.dsl import Dataset, Input, Metrics, Output


@dsl.component(base_image="python:3.11")
def add(a: int, b: int) -> int:
    return a + b


@dsl.component(base_image="python:3.11")
def write_numbers(total: int, data: Output[Dataset]):
    with open(data.path, "w") as f:
        f.write("\n".join(str(i) for i in range(total)))
    data.metadata["count"] = total


@dsl.component(base_image="python:3.11")
def summarize(data: Input[Dataset], metrics: Output[Metrics]) -> float:
    with open(data.path) as f:
        values = [int(line) for line in f]
    mean = sum(values) / len(values)
    metrics.log_metric("mean", mean)
    return mean


@dsl.pipeline(name="python-steps")
def python_steps(a: int = 1, b: int = 2):
    total = add(a=a, b=b)
    numbers = write_numbers(total=total.output)
    summarize(data=numbers.outputs["data"])


if __name__ == "__main__":
    compiler.Compiler().compile(python_steps, __file__.replace(".py", ".yaml"))
