"""A pipeline of Kubernetes-only features for local runs (issue 16),
compiled by the real KFP SDK and kfp-kubernetes:

* `CreatePVC` with a generated name (`pvc_name_suffix`), mounted by two
  tasks in a row (`mount_pvc`; the writer's with a `sub_path`): the first
  writes, the second reads; then `DeletePVC`;
* a Secret and a ConfigMap as env (one optional and absent) and as volumes;
* `use_field_path_as_env` of the pod's name, namespace, a label and an
  annotation set by `add_pod_label` / `add_pod_annotation`, its node,
  service account and IP.

The steps are shell only, so a local run needs no Python SDK in the step.
`launcher/tests/local_kubernetes.rs` runs it with `--secret creds=...` and
`--config-map settings=...`.

Compile: PYTHONPATH=<kfp-kubernetes> python k8s_local.py  (kfp==2.17.3,
kfp-kubernetes==2.17.3) -> whole/k8s_local.yaml
"""
import os

from kfp import compiler, dsl, kubernetes

IMAGE = "alpine:3"


@dsl.container_component
def write_pvc(written: dsl.OutputPath(str)):
    return dsl.ContainerSpec(
        image=IMAGE,
        command=["sh", "-c"],
        args=[
            'set -eu\n'
            '[ -z "${OPTIONAL+x}" ] || { echo "OPTIONAL is set"; exit 5; }\n'
            'printf "%s:%s" "$USER_NAME" "$MODE" > /data/greeting.txt\n'
            'printf "%s" "$(cat /data/greeting.txt)" > "$0"\n',
            written,
        ],
    )


@dsl.container_component
def read_pvc(seen: dsl.OutputPath(str)):
    return dsl.ContainerSpec(
        image=IMAGE,
        command=["sh", "-c"],
        args=[
            'set -eu\n'
            'if touch /etc/creds/new 2>/dev/null; then echo "secret volume is writable"; exit 4; fi\n'
            '[ -n "$POD_NAME" ] && [ -n "$POD_UID" ] && [ -n "$NODE" ] || exit 3\n'
            'printf "%s|%s|%s|%s|%s|%s|%s|%s" "$(cat /mnt/shared/run/greeting.txt)" '
            '"$(cat /etc/creds/username)" "$(cat /etc/settings/mode)" '
            '"$POD_NS" "$TEAM" "$NOTE" "$SA" "$POD_IP" > "$0"\n',
            seen,
        ],
    )


@dsl.pipeline(name="local-kubernetes")
def local_kubernetes():
    pvc = kubernetes.CreatePVC(
        pvc_name_suffix="-local-data",
        access_modes=["ReadWriteOnce"],
        size="1Mi",
        storage_class_name="standard",
    )
    writer = write_pvc().set_caching_options(False)
    kubernetes.mount_pvc(
        writer, pvc_name=pvc.outputs["name"], mount_path="/data", sub_path="run"
    )
    kubernetes.use_secret_as_env(writer, "creds", {"username": "USER_NAME"})
    kubernetes.use_secret_as_env(writer, "not-given", {"k": "OPTIONAL"}, optional=True)
    kubernetes.use_config_map_as_env(writer, "settings", {"mode": "MODE"})

    reader = read_pvc().after(writer).set_caching_options(False)
    kubernetes.mount_pvc(reader, pvc_name=pvc.outputs["name"], mount_path="/mnt/shared")
    kubernetes.use_secret_as_volume(reader, "creds", mount_path="/etc/creds")
    kubernetes.use_config_map_as_volume(reader, "settings", mount_path="/etc/settings")
    kubernetes.add_pod_label(reader, "team", "ml")
    kubernetes.add_pod_annotation(reader, "note", "hello")
    for env, path in [
        ("POD_NAME", "metadata.name"),
        ("POD_UID", "metadata.uid"),
        ("POD_NS", "metadata.namespace"),
        ("TEAM", "metadata.labels['team']"),
        ("NOTE", "metadata.annotations['note']"),
        ("NODE", "spec.nodeName"),
        ("SA", "spec.serviceAccountName"),
        ("POD_IP", "status.podIP"),
    ]:
        kubernetes.use_field_path_as_env(reader, env, path)

    kubernetes.DeletePVC(pvc_name=pvc.outputs["name"]).after(reader)


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "whole")
    compiler.Compiler().compile(local_kubernetes, os.path.join(out, "k8s_local.yaml"))
