#!/usr/bin/env python3
"""Checks every manifest under images/deploy offline (make deploy-test).

* Kubernetes kinds (Deployment, Pod, Job, RBAC, ConfigMap, Secret…) against
  the schemas of each --kubernetes-version, strictly (an unknown field is an
  error), with kubernetes-validate. Kustomize patches are checked in the
  built result instead: `kubectl kustomize` when kubectl has it, else the
  kustomization and its patch targets are parsed.
* Argo and Tekton kinds have no schema here: each container of an Argo
  template is checked as a Pod's, and what our binaries rely on is checked
  by hand: the init container (or first step) runs `launcher-v2 --copy
  /kfp-launcher/launch` into an emptyDir mounted at /kfp-launcher where the
  wrapped command runs; the wrapped command starts with /kfp-launcher/launch
  and has `--` then a command; every --flag given to launcher, driver or
  publisher is in that binary's flag table, read from its Rust source (Go
  flag syntax: -f, --f, -f=v, bare booleans); every kfp-* image is
  <repo>/kfp-<binary>:<version>.
* The driver plugin (deploy/driver-plugin): the ExecutorPlugin ConfigMap's
  sidecar is valid as a Pod's container, runs `driver serve` on 127.0.0.1
  at the port it declares with Argo's token, next to its ServiceAccount
  and that account's token Secret (which Argo mounts);
  the MutatingWebhookConfiguration takes Workflows on CREATE with
  failurePolicy Ignore to the webhook's path (webhook.rs) through a Service
  whose target port the webhook listens on; the controller Component,
  applied to a workflow-controller, sets ARGO_EXECUTOR_PLUGINS=true once.
Prints one line per check and "N passed, N failed"; exits 1 on a failure.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEPLOY = os.path.join(HERE, "deploy")
LAUNCH = "/kfp-launcher/launch"
COPY = ["launcher-v2", "--copy", LAUNCH]
CORE_GROUPS = ("v1", "apps/v1", "batch/v1", "rbac.authorization.k8s.io/v1",
               "admissionregistration.k8s.io/v1")


def flag_table(path, const):
    """name -> Kind of the `const NAME: &[Flag]` table in a Rust source."""
    src = open(os.path.join(ROOT, path)).read()
    start = src.index(f"const {const}: &[Flag] = &[")
    block = src[start : src.index("\n];", start)]
    table = dict(re.findall(r'Flag::new\(\s*"([a-z0-9_]+)",\s*Kind::(\w+)', block))
    if not table:
        sys.exit(f"validate.py: no flags found in {path} {const}")
    return table


def shared_flags():
    """name -> Kind of the flags driver and launcher share (`flags::shared`)."""
    path = "common/src/flags.rs"
    src = open(os.path.join(ROOT, path)).read()
    start = src.index("pub const fn shared(")
    block = src[start : src.index("\n}\n", start)]
    table = dict(re.findall(r'Flag::new\(\s*"([a-z0-9_]+)",\s*Kind::(\w+)', block))
    if not table:
        sys.exit(f"validate.py: no shared flags found in {path}")
    return table


SHARED = shared_flags()
LAUNCHER = {**flag_table("step/src/args.rs", "FLAGS"), **SHARED}
DRIVER = {**flag_table("driver/src/args.rs", "FLAGS"), **SHARED}
CLOSE_OUT = flag_table("publisher/src/cli.rs", "CLOSE_OUT_FLAGS")


def subcommand_flags(path, sub):
    """name -> "String" of a driver subcommand's `subcommand_flags("sub",
    argv, &[...])` list in its Rust source (all take a value)."""
    src = open(os.path.join(ROOT, path)).read()
    m = re.search(r'subcommand_flags\(\s*"' + sub + r'",\s*argv,\s*&\[([^\]]*)\]', src)
    if not m:
        sys.exit(f"validate.py: no {sub} flags found in {path}")
    return {n.lstrip("-"): "String" for n in re.findall(r'"(--[a-z-]+)"', m.group(1))}


DRIVER_SUBCOMMANDS = {sub: subcommand_flags("driver/src/cli.rs", sub) for sub in ("serve", "webhook")}


def rust_const(path, name):
    """The string value of `pub const NAME: &str = "…";` in a Rust source."""
    src = open(os.path.join(ROOT, path)).read()
    m = re.search(r'const ' + name + r': &str = "([^"]*)";', src)
    if not m:
        sys.exit(f"validate.py: no const {name} in {path}")
    return m.group(1)


MUTATE_PATH = rust_const("driver/src/webhook.rs", "MUTATE_PATH")
PUBLISH = {**LAUNCHER, **flag_table("publisher/src/cli.rs", "PUBLISH_FLAGS")}


def go_flags(argv, table):
    """Parses argv like Go's flag package; returns (errors, rest after the
    flags, whether `--` ended them)."""
    errors, i = [], 0
    while i < len(argv):
        arg = str(argv[i])
        if arg == "--":
            return errors, argv[i + 1 :], True
        if not arg.startswith("-") or arg == "-":
            break
        name, eq, _ = arg.lstrip("-").partition("=")
        if name in ("h", "help"):
            pass  # Go's flag package answers these itself
        elif name not in table:
            errors.append(f"--{name} is not a flag of this binary")
        elif table[name] != "Bool" and not eq:
            i += 1  # the value is the next argument
        i += 1
    return errors, argv[i:], False


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, where, what, problems):
        problems = [p for p in problems if p]
        if problems:
            self.failed += 1
            print(f"FAIL {where}: {what}")
            for p in problems:
                print(f"       {p}")
        else:
            self.passed += 1
            print(f"ok   {where}: {what}")


def argv_of(container):
    return [str(x) for x in container.get("command", []) + container.get("args", [])]


def binary_problems(argv):
    """Problems with a command line of one of our binaries (none if it is
    not ours)."""
    if not argv:
        return []
    prog = os.path.basename(argv[0])
    if argv[0] == LAUNCH or prog in ("launcher-v2", "launcher"):
        errors, rest, dashdash = go_flags(argv[1:], LAUNCHER)
        if argv[1:3] == ["--copy", LAUNCH]:
            return errors
        if argv[0] == LAUNCH and not (dashdash and rest):
            errors.append("the wrapped command needs `-- <command>` after the launcher's flags")
        return errors
    if prog == "driver" and len(argv) > 1 and argv[1] in DRIVER_SUBCOMMANDS:
        errors, rest, _ = go_flags(argv[2:], DRIVER_SUBCOMMANDS[argv[1]])
        return errors + ([f"stray arguments {rest}"] if rest else [])
    if prog == "driver":
        errors, rest, _ = go_flags(argv[1:], DRIVER)
        return errors + ([f"stray arguments {rest}"] if rest else [])
    if prog == "publisher":
        mode = argv[1] if len(argv) > 1 else ""
        table = {"close-out": CLOSE_OUT, "publish": PUBLISH, "sidecar": PUBLISH}.get(mode)
        if table is None:
            return [f"publisher mode {mode!r} is not publish, sidecar or close-out"]
        errors, _, _ = go_flags(argv[2:], table)
        need = {"publish": "--exit_code", "sidecar": "--marker"}.get(mode)
        if need and not any(a.split("=")[0] == need for a in argv):
            errors.append(f"publisher {mode} needs {need}")
        return errors
    return []


def image_problems(image, repo, version):
    m = re.match(r"^(.*)/(kfp-(?:launcher|driver|publisher)):(.+)$", image or "")
    if not m:
        return []
    if m.group(1) != repo or m.group(3) != version:
        return [f"image {image}: expected {repo}/{m.group(2)}:{version}"]
    return []


def pods_of(doc):
    """(label, pod-ish spec) of every pod a manifest runs; a Tekton Task's
    steps are its containers, an Argo template's `container` its main."""
    kind, spec = doc["kind"], doc.get("spec", {})
    if kind == "Pod":
        return [("", spec)]
    if kind in ("Deployment", "Job"):
        return [("", spec["template"]["spec"])]
    if kind in ("WorkflowTemplate", "Workflow"):
        return [(f"template {t['name']}", t) for t in spec.get("templates", [])]
    if kind == "Task":
        return [("", {"containers": spec.get("steps", []), "volumes": spec.get("volumes", [])})]
    if executor_plugin(doc):
        return [("sidecar", {"containers": [yaml.safe_load(doc["data"]["sidecar.container"])]})]
    return []


def executor_plugin(doc):
    labels = doc.get("metadata", {}).get("labels") or {}
    return doc["kind"] == "ConfigMap" and labels.get("workflows.argoproj.io/configmap-type") == "ExecutorPlugin"


def flag_value(argv, flag):
    """The value of `flag VALUE` or `flag=VALUE` in argv, or None."""
    for i, a in enumerate(argv):
        if a == flag and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith(flag + "="):
            return a.split("=", 1)[1]
    return None


def plugin_problems(doc, docs_here):
    """An ExecutorPlugin ConfigMap as Argo reads it: a sidecar container
    valid as a Pod's, listening on 127.0.0.1 at the port it declares (the
    agent calls localhost:<port>), checking the token Argo mounts, with the
    API token of the ServiceAccount Argo pairs with it, which exists."""
    data = doc.get("data", {})
    name = doc["metadata"]["name"]
    problems = []
    if not name.endswith("-executor-plugin"):
        problems.append(f"ConfigMap {name}: Argo names plugins <name>-executor-plugin")
    if data.get("sidecar.automountServiceAccountToken") != "true":
        problems.append("sidecar.automountServiceAccountToken is not \"true\": the driver reads the Kubernetes API")
    c = yaml.safe_load(data.get("sidecar.container", "")) or {}
    argv = argv_of(c)
    ports = [p.get("containerPort") for p in c.get("ports", [])]
    listen = flag_value(argv, "--listen") or ""
    if argv[:2] != ["driver", "serve"]:
        problems.append(f"the sidecar runs {argv[:2]}, not `driver serve`")
    if not listen.startswith("127.0.0.1:") or [int(listen.rsplit(":", 1)[1])] != ports[:1]:
        problems.append(f"--listen {listen!r} is not 127.0.0.1 at the first declared port {ports[:1]}")
    if flag_value(argv, "--token-file") != "/var/run/argo/token":
        problems.append("--token-file is not /var/run/argo/token, where Argo mounts the agent's token")
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name}, "spec": {"containers": [c]}}
    accounts = [d["metadata"]["name"] for d in docs_here if d["kind"] == "ServiceAccount"]
    if name not in accounts:
        problems.append(f"no ServiceAccount {name} next to it (Argo mounts that one's token)")
    tokens = [d for d in docs_here if d["kind"] == "Secret" and d["metadata"]["name"] == f"{name}.service-account-token"]
    if not tokens or tokens[0].get("type") != "kubernetes.io/service-account-token" \
            or tokens[0]["metadata"].get("annotations", {}).get("kubernetes.io/service-account.name") != name:
        problems.append(f"no Secret {name}.service-account-token of type kubernetes.io/service-account-token for "
                        f"ServiceAccount {name} (Argo mounts the token from it; Kubernetes 1.24+ makes none)")
    return problems, pod


def webhook_problems(doc, docs_here):
    """A MutatingWebhookConfiguration of `driver webhook`: Workflows on
    CREATE, failurePolicy Ignore, the path the webhook serves, and a Service
    here whose target port is the one the webhook's --listen has."""
    problems = []
    for w in doc.get("webhooks", []):
        if w.get("failurePolicy") != "Ignore":
            problems.append(f"{w['name']}: failurePolicy is not Ignore (an outage would block every run)")
        rules = w.get("rules", [])
        if not any("argoproj.io" in r.get("apiGroups", []) and "workflows" in r.get("resources", [])
                   and r.get("operations") == ["CREATE"] for r in rules):
            problems.append(f"{w['name']}: no rule for argoproj.io workflows on CREATE only")
        svc = w.get("clientConfig", {}).get("service", {})
        if svc.get("path") != MUTATE_PATH:
            problems.append(f"{w['name']}: path {svc.get('path')!r} is not {MUTATE_PATH!r}")
        services = [d for d in docs_here if d["kind"] == "Service" and d["metadata"]["name"] == svc.get("name")]
        if not services:
            problems.append(f"{w['name']}: no Service {svc.get('name')} here")
            continue
        port = [p for p in services[0]["spec"]["ports"] if p["port"] == svc.get("port", 443)]
        target = port[0].get("targetPort") if port else None
        listens = []
        for d in docs_here:
            if d["kind"] != "Deployment":
                continue
            for c in d["spec"]["template"]["spec"]["containers"]:
                argv = argv_of(c)
                if argv[:2] == ["driver", "webhook"]:
                    named = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
                    listens.append((flag_value(argv, "--listen") or "", named.get(target, target)))
        if not listens:
            problems.append(f"{w['name']}: no Deployment here runs `driver webhook`")
        for listen, port_number in listens:
            if not listen.endswith(f":{port_number}"):
                problems.append(f"--listen {listen!r} is not the Service's target port {port_number}")
    return problems


def containers(pod):
    """(init containers, main containers) of a pod-ish spec."""
    mains = pod.get("containers", []) + ([pod["container"]] if "container" in pod else [])
    return pod.get("initContainers", []), mains


def wrapped_problems(pod):
    """The launcher's pod shape: a copy into an emptyDir at /kfp-launcher
    (an init container, or an earlier step), then /kfp-launcher/launch from
    it. None when the pod does not run the launcher."""
    inits, mains = containers(pod)
    users = [i for i, c in enumerate(mains) if argv_of(c)[:1] == [LAUNCH]]
    if not users:
        return None
    copies = [c for c in inits if argv_of(c) == COPY]
    steps = [i for i, c in enumerate(mains) if argv_of(c) == COPY]
    problems = []
    if not copies and not (steps and steps[0] < users[0]):
        problems.append(f"no init container or earlier step runs {' '.join(COPY)}")
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    for c in copies + [mains[i] for i in steps + users]:
        mounts = [m for m in c.get("volumeMounts", []) if m.get("mountPath") == "/kfp-launcher"]
        if not mounts:
            problems.append(f"{c.get('name', 'main')} does not mount /kfp-launcher")
        elif "emptyDir" not in volumes.get(mounts[0]["name"], {}):
            problems.append(f"volume {mounts[0]['name']} at /kfp-launcher is not an emptyDir")
    for c in (mains[i] for i in users):
        # $(KFP_POD_*) in the command, the pod spec patch's or its own.
        names = {e["name"] for e in c.get("env", [])}
        problems += [f"{c.get('name', 'main')} lacks env {n}" for n in ("KFP_POD_NAME", "KFP_POD_UID") if n not in names]
    return problems


def tekton_param_problems(task):
    """Every $(params.X) a Task uses is declared."""
    declared = {p["name"] for p in task["spec"].get("params", [])}
    used = set(re.findall(r"\$\(params\.([A-Za-z0-9_-]+)\)", yaml.safe_dump(task["spec"])))
    return [f"$(params.{u}) is not declared" for u in sorted(used - declared)]


def kubernetes(doc, versions, strict=True):
    import kubernetes_validate

    problems = []
    for v in versions:
        try:
            kubernetes_validate.validate(doc, v, strict=strict)
        except kubernetes_validate.ValidationError as e:
            path = "/".join(str(p) for p in e.path)
            problems.append(f"Kubernetes {v}: {path}: {e.message}")
    return problems


def argo_pod(template):
    """An Argo template's containers as a Pod, for the Kubernetes schema."""
    containers = [dict(template["container"], name=template["container"].get("name", "main"))]
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": template["name"]},
        "spec": {k: v for k, v in {
            "initContainers": template.get("initContainers"),
            "containers": containers,
            "volumes": template.get("volumes"),
        }.items() if v},
    }


def controller_component(path, versions, check):
    """The Component that turns executor plugins on, applied to a minimal
    workflow-controller Deployment: still valid, the env var set once."""
    import tempfile
    where = os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.dirname(path))))
    kubectl = shutil.which("kubectl")
    if not kubectl:
        check(where, "kubectl kustomize (absent: not checked)", [])
        return
    base = {"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "workflow-controller"},
            "spec": {"selector": {"matchLabels": {"app": "workflow-controller"}},
                     "template": {"metadata": {"labels": {"app": "workflow-controller"}},
                                  "spec": {"containers": [{"name": "workflow-controller",
                                                           "image": "quay.io/argoproj/workflow-controller:v3.7.3",
                                                           "env": [{"name": "LEADER_ELECTION_IDENTITY", "value": "x"}]}]}}}}
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "controller.yaml"), "w") as f:
            yaml.safe_dump(base, f)
        with open(os.path.join(d, "kustomization.yaml"), "w") as f:
            yaml.safe_dump({"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
                            "resources": ["controller.yaml"], "components": [os.path.relpath(path, d)]}, f)
        r = subprocess.run([kubectl, "kustomize", "--load-restrictor", "LoadRestrictionsNone", d],
                           capture_output=True, text=True)
    if r.returncode != 0:
        check(where, "kubectl kustomize builds with a workflow-controller", [r.stderr.strip()])
        return
    built = [x for x in yaml.safe_load_all(r.stdout) if x]
    problems = kubernetes(built[0], versions)
    env = built[0]["spec"]["template"]["spec"]["containers"][0].get("env", [])
    plugins = [e for e in env if e["name"] == "ARGO_EXECUTOR_PLUGINS"]
    if [e.get("value") for e in plugins] != ["true"]:
        problems.append(f"ARGO_EXECUTOR_PLUGINS is {plugins}, not set once to \"true\"")
    if not any(e["name"] == "LEADER_ELECTION_IDENTITY" for e in env):
        problems.append("the controller's own env was not kept")
    check(where, "kubectl kustomize: workflow-controller valid, ARGO_EXECUTOR_PLUGINS=true, its env kept", problems)


def kustomize(path, versions, check):
    """The overlay built, or parsed when there is no kustomize."""
    where = os.path.relpath(path, os.path.dirname(os.path.dirname(path)))
    kubectl = shutil.which("kubectl")
    built = None
    if kubectl:
        r = subprocess.run([kubectl, "kustomize", path], capture_output=True, text=True)
        if r.returncode != 0:
            check(where, "kubectl kustomize builds", [r.stderr.strip()])
            return
        built = [d for d in yaml.safe_load_all(r.stdout) if d]
    if built is None:
        k = yaml.safe_load(open(os.path.join(path, "kustomization.yaml")))
        problems = []
        for comp in k.get("components", []):
            c = yaml.safe_load(open(os.path.join(path, comp, "kustomization.yaml")))
            for p in c.get("patches", []):
                t = p.get("target", {})
                if (t.get("kind"), t.get("name")) != ("Deployment", "ml-pipeline"):
                    problems.append(f"patch target {t}: expected Deployment ml-pipeline")
                if not os.path.exists(os.path.join(path, comp, p["path"])):
                    problems.append(f"patch {p['path']} missing")
        check(where, "kustomization parsed (no kustomize here): the patch targets Deployment ml-pipeline", problems)
        return
    deployments = [d for d in built if d["kind"] == "Deployment" and d["metadata"]["name"] == "ml-pipeline"]
    problems = [] if deployments else ["no Deployment ml-pipeline in the build"]
    for d in deployments:
        problems += kubernetes(d, versions)
        api = [c for c in d["spec"]["template"]["spec"]["containers"] if c["name"] == "ml-pipeline-api-server"]
        env = [e["name"] for e in (api[0].get("env", []) if api else [])]
        for name in ("V2_DRIVER_IMAGE", "V2_LAUNCHER_IMAGE", "V2_DRIVER_COMMAND"):
            if env.count(name) != 1:
                problems.append(f"env {name} appears {env.count(name)} times in ml-pipeline-api-server")
        values = {e["name"]: e.get("value", "") for e in (api[0].get("env", []) if api else [])}
        if not values.get("V2_DRIVER_IMAGE", "").split(":")[0].endswith("/kfp-driver"):
            problems.append("V2_DRIVER_IMAGE is not a kfp-driver image")
        if not values.get("V2_LAUNCHER_IMAGE", "").split(":")[0].endswith("/kfp-launcher"):
            problems.append("V2_LAUNCHER_IMAGE is not a kfp-launcher image")
        if values.get("V2_DRIVER_COMMAND", "").split()[:1] != ["driver"]:
            problems.append("V2_DRIVER_COMMAND does not run `driver`")
    check(where, "kubectl kustomize: ml-pipeline valid, V2_* env set once each", problems)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--kubernetes-version", action="append", required=True,
                   help="Kubernetes schema version (repeatable), e.g. 1.32.0")
    p.add_argument("--image-repo", default="ghcr.io/kfp-runtime")
    p.add_argument("--image-version", required=True)
    p.add_argument("--deploy", default=DEPLOY, help="the manifests (default: images/deploy)")
    a = p.parse_args()
    deploy = os.path.abspath(a.deploy)
    versions = [v for arg in a.kubernetes_version for v in arg.split()]
    check = Checks()

    patches, kustomizations = set(), []
    for dirpath, _, files in os.walk(deploy):
        if "kustomization.yaml" in files:
            k = yaml.safe_load(open(os.path.join(dirpath, "kustomization.yaml")))
            patches |= {os.path.join(dirpath, x["path"]) for x in k.get("patches", []) if "path" in x}
            if k.get("kind") != "Component" and k.get("components"):
                kustomizations.append(dirpath)

    for dirpath, _, files in sorted(os.walk(deploy)):
        for f in sorted(files):
            path = os.path.join(dirpath, f)
            where = os.path.relpath(path, os.path.dirname(deploy))
            if not f.endswith(".yaml") or f == "kustomization.yaml" or path in patches:
                continue
            docs_here = [d for d in yaml.safe_load_all(open(path)) if d]
            for name_ in os.listdir(dirpath):
                if name_.endswith(".yaml") and name_ != f and name_ != "kustomization.yaml":
                    docs_here += [d for d in yaml.safe_load_all(open(os.path.join(dirpath, name_))) if d and "kind" in d]
            for doc in yaml.safe_load_all(open(path)):
                if not doc:
                    continue
                kind, api = doc["kind"], doc["apiVersion"]
                name = f"{kind} {doc['metadata'].get('name') or doc['metadata'].get('generateName')}"
                if api in CORE_GROUPS:
                    check(where, f"{name}: Kubernetes schema {', '.join(versions)}", kubernetes(doc, versions))
                elif kind in ("WorkflowTemplate", "Workflow"):
                    for t in doc["spec"]["templates"]:
                        if "container" in t:
                            check(where, f"{name} template {t['name']}: containers as a Pod's, Kubernetes schema",
                                  kubernetes(argo_pod(t), versions))
                elif api != "tekton.dev/v1":
                    check(where, f"{name}: unknown kind", [f"{api} {kind} is not checked by validate.py"])
                if executor_plugin(doc):
                    problems, pod = plugin_problems(doc, docs_here)
                    check(where, f"{name}: Argo executor plugin (sidecar on the port it declares, token, ServiceAccount)", problems)
                    check(where, f"{name} sidecar.container: as a Pod's, Kubernetes schema", kubernetes(pod, versions))
                if kind == "MutatingWebhookConfiguration":
                    check(where, f"{name}: Workflows on CREATE, failurePolicy Ignore, {MUTATE_PATH} through a Service to the webhook's port",
                          webhook_problems(doc, docs_here))
                for label, pod in pods_of(doc):
                    inits, mains = containers(pod)
                    for c in inits + mains:
                        argv = argv_of(c)
                        problems = binary_problems(argv) + image_problems(c.get("image"), a.image_repo, a.image_version)
                        ours = re.search(r"/kfp-(launcher|driver|publisher):", c.get("image", ""))
                        if problems or ours or argv[:1] == [LAUNCH]:
                            what = f"{label} {c.get('name', 'main')}".strip()
                            check(where, f"{name} {what}: `{' '.join(argv[:2])}` flags and image", problems)
                    problems = wrapped_problems(pod)
                    if problems is not None:
                        check(where, f"{name} {label}".strip() + ": launcher copied into an emptyDir at /kfp-launcher, then wraps the command", problems)
                if kind == "Task":
                    check(where, f"{name}: every $(params.X) is declared", tekton_param_problems(doc))
                if kind == "Pipeline":
                    check(where, f"{name}: tasks and finally refer to Tasks defined here, with their params", pipeline_problems(doc, os.path.join(deploy, "tekton")))

    for k in kustomizations:
        kustomize(k, versions, check)
    controller_component(os.path.join(deploy, "driver-plugin", "controller"), versions, check)

    print(f"{check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


def pipeline_problems(pipeline, tekton):
    """Every task's Task is defined in the same folder, gets only params it
    declares and every param it requires; the close-out is a finally task."""
    tasks = {}
    for f in os.listdir(tekton):
        for d in yaml.safe_load_all(open(os.path.join(tekton, f))):
            if d and d["kind"] == "Task":
                tasks[d["metadata"]["name"]] = d["spec"].get("params", [])
    problems = []
    spec = pipeline["spec"]
    if not spec.get("finally"):
        problems.append("no finally task (the close-out)")
    for t in spec.get("tasks", []) + spec.get("finally", []):
        ref = t.get("taskRef", {}).get("name")
        if ref not in tasks:
            problems.append(f"task {t['name']}: Task {ref!r} is not defined in {tekton}")
            continue
        given = {p["name"] for p in t.get("params", [])}
        declared = {p["name"] for p in tasks[ref]}
        required = {p["name"] for p in tasks[ref] if "default" not in p}
        problems += [f"task {t['name']}: Task {ref} has no param {n!r}" for n in sorted(given - declared)]
        problems += [f"task {t['name']}: param {n!r} of Task {ref} is missing" for n in sorted(required - given)]
    return problems


if __name__ == "__main__":
    sys.exit(main())
