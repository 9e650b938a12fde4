#!/usr/bin/env python3
"""Every Workflow KFP compiled (../shared/fixtures/kfp/argo), and what
`driver rewrite-workflow` makes of it, is a Workflow Argo accepts: checked
offline (make deploy-test).

* Argo's schema, from hera's models (generated from Argo's OpenAPI), kept
  strict: a Workflow is decoded and encoded again, and any field that did
  not survive is one Argo does not know. The inside of a template's
  `plugin` is the plugin's own (Argo keeps it as it is).
* What Argo's controller checks when a Workflow is submitted
  (workflow/validate/validate.go) and a schema cannot say: a template has
  exactly one type; an output parameter has `value` or a `valueFrom` of
  exactly one kind (a bare name is refused, `validateOutputParameter`), a
  `path` in container and script templates; every
  `{{tasks.T.outputs.parameters.P}}` of a DAG names a parameter task T's
  template declares.

    argo_schema.py --driver target/debug/driver --fixtures ../shared/fixtures/kfp/argo

Prints one line per workflow and "N passed, N failed"; exits 1 on a failure
(and when there are no fixtures).
"""

import argparse
import os
import re
import subprocess
import sys

import yaml
from hera.workflows.models import Workflow

TYPES = ("container", "containerSet", "script", "resource", "dag", "steps", "suspend", "data", "http", "plugin")
VALUE_FROM_KINDS = ("path", "jqFilter", "jsonPath", "parameter", "expression", "supplied")
TASK_OUTPUT = re.compile(r"\{\{\s*tasks\.([A-Za-z0-9_.-]+?)\.outputs\.parameters\.([A-Za-z0-9_-]+)\s*\}\}")


def dropped(given, kept, path=""):
    """Fields of `given` that decoding and encoding lost, and values changed."""
    out = []
    if isinstance(given, dict) and isinstance(kept, dict):
        for k, v in given.items():
            if k not in kept:
                out.append(f"{path}/{k}: not a field of Argo's schema")
            elif not (k == "plugin" and path.startswith("/spec/templates/")):
                out += dropped(v, kept[k], f"{path}/{k}")
    elif isinstance(given, list) and isinstance(kept, list):
        if len(given) != len(kept):
            out.append(f"{path}: {len(given)} items became {len(kept)}")
        for i, (a, b) in enumerate(zip(given, kept)):
            out += dropped(a, b, f"{path}/{i}")
    elif given != kept and str(given) != str(kept):
        out.append(f"{path}: {given!r} became {kept!r}")
    return out


def controller_problems(workflow):
    """What Argo's validation refuses that the schema allows."""
    problems = []
    templates = {t["name"]: t for t in workflow["spec"].get("templates", [])}
    for name, t in templates.items():
        types = [k for k in TYPES if k in t]
        if len(types) != 1:
            problems.append(f"template {name}: {len(types)} template types {types}, Argo wants exactly one")
        kind = types[0] if types else ""
        for p in t.get("outputs", {}).get("parameters", []):
            ref = f"template {name} output {p.get('name')}"
            if "value" in p:
                if "valueFrom" in p:
                    problems.append(f"{ref}: both value and valueFrom")
                continue
            vf = p.get("valueFrom")
            if vf is None:
                problems.append(f"{ref}: neither value nor valueFrom (Argo: does not have valueFrom or value specified)")
                continue
            kinds = [k for k in VALUE_FROM_KINDS if vf.get(k) not in (None, "")]
            if len(kinds) != 1:
                problems.append(f"{ref}: valueFrom has {kinds}, Argo wants exactly one of {VALUE_FROM_KINDS}")
            if kind in ("container", "containerSet", "script") and not vf.get("path"):
                problems.append(f"{ref}: a {kind} template's output needs valueFrom.path")
        for task in t.get("dag", {}).get("tasks", []):
            text = yaml.safe_dump(task)
            for other, param in TASK_OUTPUT.findall(text):
                siblings = {x["name"]: x for x in t["dag"]["tasks"]}
                target = templates.get(siblings.get(other, {}).get("template", ""), {})
                declared = {p["name"] for p in target.get("outputs", {}).get("parameters", [])}
                if other in siblings and param not in declared:
                    problems.append(f"template {name} task {task['name']}: tasks.{other}.outputs.parameters.{param} is not declared by {target.get('name')}")
    return problems


def check(workflow):
    decoded = Workflow.model_validate(workflow)
    kept = decoded.model_dump(by_alias=True, exclude_unset=True, mode="json")
    return dropped(workflow, kept) + controller_problems(workflow)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--driver", required=True)
    ap.add_argument("--fixtures", required=True)
    a = ap.parse_args()
    files = sorted(os.path.join(a.fixtures, f) for f in os.listdir(a.fixtures) if f.endswith(".yaml")) \
        if os.path.isdir(a.fixtures) else []
    if not files:
        sys.exit(f"argo_schema.py: no compiled workflows in {a.fixtures} (the shared fixtures are missing)")
    passed = failed = plugins = 0
    for f in files:
        text = open(f).read()
        out = subprocess.run([a.driver, "rewrite-workflow", f], capture_output=True, text=True)
        if out.returncode != 0:
            problems = [f"driver rewrite-workflow: {out.stderr.strip()}"]
        else:
            rewritten = yaml.safe_load(out.stdout)
            plugins += sum("plugin" in t for t in rewritten["spec"]["templates"])
            problems = [f"compiled: {p}" for p in check(yaml.safe_load(text))]
            problems += [f"rewritten: {p}" for p in check(rewritten)]
        where = os.path.basename(f)
        if problems:
            failed += 1
            print(f"FAIL {where}")
            for p in problems[:10]:
                print(f"       {p}")
        else:
            passed += 1
            print(f"ok   {where}: compiled and rewritten are Workflows Argo accepts")
    print(f"{passed} passed, {failed} failed ({plugins} plugin templates)")
    return 1 if failed or not plugins else 0


if __name__ == "__main__":
    sys.exit(main())
