"""Container components generated at random, compiled by the KFP SDK and
resolved by the SDK's own placeholder resolver (`kfp.local`): the oracle for
our resolver (`kfp_common::placeholder`, tested in
`common/tests/placeholder_oracle.rs`).

Each case is one JSON line: the compiled command line (`command` + `args` of
the component's executor, as the SDK writes them), the ExecutorInput the step
gets, and the argv `kfp.local` resolves from them.

Where a pod and `kfp.local` differ on purpose, the case follows the pod:
  * an artifact's `.path` is where KFP mounts its URI (`minio://b/k` ->
    `/minio/b/k`); `kfp.local` runs on the host and uses the URI itself;
  * a list or dict value is written compact (`[1,"a"]`, Go's
    `encoding/json`); `kfp.local` writes Python's `json.dumps` (`[1, "a"]`);
    dict keys are drawn sorted (a protobuf Struct is a map: KFP sorts them,
    `kfp.local` keeps insertion order);
  * floats are drawn where Go's `%g` and Python's `repr` agree (not whole,
    1e-4 <= |x| < 1e6); outside that KFP's driver writes `1e+06` / `2`
    where `kfp.local` writes `1000000.5` / `2.0`, and we follow the driver.
Values never contain `{{` (`kfp.local` re-scans substituted text; KFP does not).

usage: python placeholder_cases.py N SEED > cases.jsonl   (kfp==2.17.3)
"""
import json
import random
import sys
import textwrap

from google.protobuf import json_format
from kfp import dsl  # noqa: F401  (used by the generated source)
from kfp.local import placeholder_utils

ALPHABET = "abcXYZ019 _-./:=,'\"\\$%&<>{}[]é\t"
TYPES = ["str", "int", "float", "bool", "list", "dict"]
ANNOTATION = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "list": "list",
    "dict": "dict",
}


def text(rnd, short=False):
    n = rnd.randint(0, 4 if short else 12)
    s = "".join(rnd.choice(ALPHABET) for _ in range(n))
    return s.replace("{{", "{")


def fstring_text(rnd):
    """Literal text of an f-string, its braces doubled."""
    return text(rnd, short=True).replace("{", "{{").replace("}", "}}")


def value(rnd, kind):
    if kind == "str":
        return text(rnd)
    if kind == "int":
        return rnd.choice([0, 1, -7, 42, 2**40, rnd.randint(-1000, 1000)])
    if kind == "float":
        while True:
            x = round(rnd.uniform(-1e6, 1e6) / rnd.choice([1, 10, 1000, 10**6]), rnd.randint(1, 6))
            if x != int(x) and 1e-4 <= abs(x) < 1e6:
                return x
    if kind == "bool":
        return rnd.choice([True, False])
    if kind == "list":
        return [rnd.choice([1, 2.5, "x", True, None, "a b"]) for _ in range(rnd.randint(0, 3))]
    # Keys sorted: a dict travels as a protobuf Struct (a map), which KFP
    # writes sorted; kfp.local keeps Python's insertion order.
    return {k: rnd.choice([1, "v", False, [1, 2]]) for k in sorted(rnd.sample("abcde", rnd.randint(0, 3)))}


class Case:
    def __init__(self, rnd, index):
        self.rnd = rnd
        self.index = index
        self.params = {}  # name -> (kind, optional)
        for i in range(rnd.randint(1, 4)):
            self.params[f"p{i}"] = (rnd.choice(TYPES), rnd.random() < 0.4)
        self.in_artifacts = [f"a{i}" for i in range(rnd.randint(0, 2))]
        self.out_params = [f"o{i}" for i in range(rnd.randint(0, 2))]
        self.out_artifacts = [f"m{i}" for i in range(rnd.randint(0, 1))]

    def required(self):
        return [n for n, (_, opt) in self.params.items() if not opt]

    def optional(self):
        return [n for n, (_, opt) in self.params.items() if opt]

    # Python expressions inside the generated ContainerSpec.
    def leaf(self, usable):
        r = self.rnd
        choices = [lambda: repr(text(r, short=True))]
        names = [n for n in usable]
        if names:
            choices += [
                lambda: r.choice(names),
                lambda: "f" + repr(fstring_text(r) + "{" + r.choice(names) + "}" + fstring_text(r)),
            ]
        if self.in_artifacts:
            choices.append(lambda: f"{r.choice(self.in_artifacts)}.{r.choice(['uri', 'path'])}")
        if self.out_params:
            choices.append(lambda: r.choice(self.out_params))
        if self.out_artifacts:
            choices.append(lambda: f"{r.choice(self.out_artifacts)}.{r.choice(['uri', 'path'])}")
        return r.choice(choices)()

    def concat(self, usable, depth):
        items = []
        for _ in range(self.rnd.randint(1, 4)):
            if depth < 2 and self.optional() and self.rnd.random() < 0.3:
                items.append(self.if_present(usable, depth + 1, in_concat=True))
            elif depth < 2 and self.rnd.random() < 0.2:
                items.append(self.concat(usable, depth + 1))
            else:
                items.append(self.leaf(usable))
        return f"dsl.ConcatPlaceholder([{', '.join(items)}])"

    def branch(self, usable, depth, in_concat):
        roll = self.rnd.random()
        if roll < 0.35:
            return self.leaf(usable)
        if roll < 0.7 or in_concat:
            return self.concat(usable, depth)
        items = [
            self.concat(usable, depth) if self.rnd.random() < 0.4 else self.leaf(usable)
            for _ in range(self.rnd.randint(1, 3))
        ]
        return f"[{', '.join(items)}]"

    def if_present(self, usable, depth, in_concat=False):
        name = self.rnd.choice(self.optional())
        then = self.branch(usable + [name], depth, in_concat)
        else_ = ""
        if self.rnd.random() < 0.6:
            else_ = ", else_=" + self.branch(usable, depth, in_concat)
        return f"dsl.IfPresentPlaceholder(input_name={name!r}, then={then}{else_})"

    def source(self):
        usable = self.required()
        args = []
        for _ in range(self.rnd.randint(1, 6)):
            roll = self.rnd.random()
            if roll < 0.35 and self.optional():
                args.append(self.if_present(usable, 0))
            elif roll < 0.65:
                args.append(self.concat(usable, 0))
            else:
                args.append(self.leaf(usable))
        sig = []
        for n, (kind, opt) in self.params.items():
            sig.append(f"{n}: Optional[{ANNOTATION[kind]}] = None" if opt else f"{n}: {ANNOTATION[kind]}")
        sig += [f"{a}: Input[Dataset]" for a in self.in_artifacts]
        sig += [f"{o}: OutputPath(str)" for o in self.out_params]
        sig += [f"{m}: Output[Model]" for m in self.out_artifacts]
        # Required parameters first: Python wants defaults last.
        sig.sort(key=lambda s: "=" in s)
        return textwrap.dedent(
            f"""\
            @dsl.container_component
            def comp_{self.index}({', '.join(sig)}):
                return dsl.ContainerSpec(image="busybox", command=["prog"], args=[{', '.join(args)}])
            """
        )

    def executor_input(self):
        r = self.rnd
        params = {}
        for n, (kind, opt) in self.params.items():
            if opt and r.random() < 0.5:
                continue  # absent
            params[n] = value(r, kind)

        def artifact(name, schema):
            key = f"v2/artifacts/pipe/run/task/{r.randint(1, 999)}/{name}"
            return {
                "artifacts": [
                    {
                        "name": name,
                        "type": {"schemaTitle": schema},
                        "uri": f"minio://mlpipeline/{key}",
                        "metadata": {},
                    }
                ]
            }

        return {
            "inputs": {
                "parameterValues": params,
                "artifacts": {a: artifact(a, "system.Dataset") for a in self.in_artifacts},
            },
            "outputs": {
                "parameters": {
                    o: {"outputFile": f"/tmp/kfp_outputs/{o}"} for o in self.out_params
                },
                "artifacts": {m: artifact(m, "system.Model") for m in self.out_artifacts},
                "outputFile": "/tmp/kfp_outputs/output_metadata.json",
            },
        }


def pod_path(uri):
    for scheme, prefix in (("minio://", "/minio/"), ("s3://", "/s3/"), ("gs://", "/gcs/")):
        if uri.startswith(scheme):
            return prefix + uri[len(scheme):]
    return uri


def resolve(command, executor_input):
    """kfp.local's resolver, with an artifact's `.path` where a pod has it."""
    ei = json.loads(json.dumps(executor_input))
    for side in ("inputs", "outputs"):
        for lst in ei[side].get("artifacts", {}).values():
            for a in lst["artifacts"]:
                a["path"] = pod_path(a["uri"])
    original = placeholder_utils.convert_placeholder_parts_to_path

    def keep_path(parts):
        was_path = len(parts) > 3 and parts[1] == "artifacts" and parts[3] == "path"
        path = original(parts)
        if was_path:
            path[5] = "path"
        return path

    placeholder_utils.convert_placeholder_parts_to_path = keep_path
    try:
        argv = placeholder_utils.replace_placeholders(
            full_command=command,
            executor_input_dict=ei,
            pipeline_resource_name="pipe",
            task_resource_name="task",
            pipeline_root="minio://mlpipeline/v2/artifacts",
            unique_pipeline_id="run",
        )
    finally:
        placeholder_utils.convert_placeholder_parts_to_path = original
    # Compact JSON for list and dict values, as KFP's Go driver writes them.
    for v in executor_input["inputs"]["parameterValues"].values():
        if isinstance(v, (list, dict)):
            spaced, compact = json.dumps(v), json.dumps(v, separators=(",", ":"))
            argv = [a.replace(spaced, compact) for a in argv]
    return argv


def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    rnd = random.Random(seed)
    scope = {}
    exec("from typing import Optional\nfrom kfp import dsl\nfrom kfp.dsl import Input, Output, OutputPath, Dataset, Model", scope)
    for i in range(n):
        case = Case(rnd, i)
        src = case.source()
        exec(src, scope)
        comp = scope[f"comp_{i}"]
        spec = json_format.MessageToDict(comp.pipeline_spec)
        executor = next(iter(spec["deploymentSpec"]["executors"].values()))
        container = executor["container"]
        command = list(container.get("command", [])) + list(container.get("args", []))
        ei = case.executor_input()
        try:
            expected = resolve(command, ei)
        except Exception as e:  # the SDK's resolver refuses it: so must we
            expected = None
            error = f"{type(e).__name__}: {e}"
        else:
            error = None
        print(json.dumps({"case": i, "source": src, "command": command, "executor_input": ei,
                          "expected": expected, "sdk_error": error}))


if __name__ == "__main__":
    main()
