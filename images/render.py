#!/usr/bin/env python3
"""Renders one container of a deployment example the way its orchestrator
would, so images/smoke.sh runs the examples as written (not a copy of them).

  render.py FILE --argo TEMPLATE [--init]       an Argo template's container
  render.py FILE --tekton TASK --step STEP      a Tekton Task's step
  render.py FILE --param NAME                   a default: Argo workflow
                                                parameter or Tekton Pipeline param
  render.py FILE --pipeline-task TASK           a Tekton Pipeline task's params,
                                                as "--set params.NAME=VALUE" for
                                                rendering its Task
Options: --set KEY=VALUE (a variable, e.g. workflow.uid, inputs.parameters.x,
params.x, results.x.path), --env NAME=VALUE (what the kubelet expands in
$(NAME)), --script (a Tekton step's script instead of its argv).

Prints the command and args NUL-separated (the script as text). Argo's
{{…}} and Tekton's $(…) are substituted from --set and the defaults;
{{$…}} placeholders are the launcher's and stay; an unknown orchestrator
variable is an error.
"""

import argparse
import re
import sys

import yaml

ARGO_VAR = re.compile(r"\{\{\s*([A-Za-z][^{}]*?)\s*\}\}")
TEKTON_VAR = re.compile(r"\$\(([a-z][A-Za-z0-9_.\-]*)\)")
KUBELET_VAR = re.compile(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")


def docs(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d]


def find(items, name, what):
    for item in items:
        if item.get("metadata", item).get("name") == name:
            return item
    sys.exit(f"render.py: no {what} {name!r}")


def substitute(text, pattern, values, env):
    def one(m):
        key = m.group(1)
        if key in values:
            return str(values[key])
        sys.exit(f"render.py: unknown variable {m.group(0)!r}")

    text = pattern.sub(one, text)
    return KUBELET_VAR.sub(lambda m: env.get(m.group(1), m.group(0)), text)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file")
    p.add_argument("--argo")
    p.add_argument("--init", action="store_true")
    p.add_argument("--tekton")
    p.add_argument("--step")
    p.add_argument("--param")
    p.add_argument("--pipeline-task")
    p.add_argument("--script", action="store_true")
    p.add_argument("--set", action="append", default=[])
    p.add_argument("--env", action="append", default=[])
    a = p.parse_args()
    values = dict(s.split("=", 1) for s in a.set)
    env = dict(s.split("=", 1) for s in a.env)
    manifests = docs(a.file)

    if a.param:
        for d in manifests:
            spec = d.get("spec", {})
            for prm in spec.get("arguments", {}).get("parameters", []) + spec.get("params", []):
                if prm["name"] == a.param:
                    sys.stdout.write(str(prm.get("value", prm.get("default"))))
                    return
        sys.exit(f"render.py: no parameter {a.param!r}")

    if a.pipeline_task:
        pipeline = next(d for d in manifests if d["kind"] == "Pipeline")
        for prm in pipeline["spec"].get("params", []):
            values.setdefault(f"params.{prm['name']}", prm.get("default"))
        spec = pipeline["spec"]
        task = find(spec.get("tasks", []) + spec.get("finally", []), a.pipeline_task, "pipeline task")
        out = []
        for prm in task.get("params", []):
            out += ["--set", f"params.{prm['name']}=" + substitute(str(prm["value"]), TEKTON_VAR, values, env)]
        sys.stdout.write("".join(x + "\0" for x in out))
        return

    if a.argo:
        wt = next(d for d in manifests if d["kind"] in ("WorkflowTemplate", "Workflow"))
        for prm in wt["spec"].get("arguments", {}).get("parameters", []):
            values.setdefault(f"workflow.parameters.{prm['name']}", prm["value"])
        template = find(wt["spec"]["templates"], a.argo, "template")
        for prm in template.get("inputs", {}).get("parameters", []):
            if "value" in prm or "default" in prm:
                values.setdefault(f"inputs.parameters.{prm['name']}", prm.get("value", prm.get("default")))
        container = template["initContainers"][0] if a.init else template["container"]
        pattern = ARGO_VAR
    else:
        task = find([d for d in manifests if d["kind"] == "Task"], a.tekton, "Task")
        for prm in task["spec"].get("params", []):
            if "default" in prm:
                values.setdefault(f"params.{prm['name']}", prm["default"])
        container = find(task["spec"]["steps"], a.step, "step")
        pattern = TEKTON_VAR
        if a.script:
            sys.stdout.write(substitute(container["script"], pattern, values, env))
            return

    argv = container.get("command", []) + container.get("args", [])
    sys.stdout.write("".join(substitute(str(x), pattern, values, env) + "\0" for x in argv))


if __name__ == "__main__":
    main()
