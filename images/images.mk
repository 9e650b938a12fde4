# images/images.mk: the pod images, their smoke test, and the offline check
# of the deployment manifests (images/README.md). Included from the top-level
# Makefile, whose STATIC_DIR, TARGET_DIR, CACHE, PYTHON and MAKE it uses; on
# its own: make -f Makefile -f images/images.mk images.
#
#   images        static binaries -> $(IMAGE_DIR)/kfp-{launcher,driver,publisher}.oci.tar
#   image-test    the images as a pod uses them (images/smoke.sh); skips
#                 when buildah cannot be had
#   deploy-test   every manifest under images/deploy, offline (images/validate.py)

IMAGE_DIR      := $(TARGET_DIR)/images
IMAGE_REPO     ?= ghcr.io/kfp-runtime
# The workspace version; the commit (with -dirty for uncommitted changes,
# so a label never claims a revision the image was not built from).
IMAGE_VERSION  ?= $(shell sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n1)
IMAGE_REVISION ?= $(shell git rev-parse HEAD 2>/dev/null || echo unknown)$(shell test -z "$$(git status --porcelain 2>/dev/null)" || echo -dirty)
IMAGE_SOURCE   ?= https://github.com/kfp-runtime/kfp-runtime
# Image and file times from the commit: the same inputs build the same image.
IMAGE_EPOCH    ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
# buildah's private store (vfs: no overlay, fuse or user namespaces needed).
IMAGES_STORE   ?= $(CACHE)/buildah
# kubernetes-validate (its schemas are pinned with it) and the Kubernetes
# versions checked: 1.29, the first with native sidecars on by default (the
# publisher sidecar snippet), and 1.33, where they are GA.
DEPLOY_VENV    := $(CACHE)/venv-deploy
DEPLOY_K8S     ?= 1.29.0 1.33.0

IMAGE_ENV = IMAGE_REPO=$(IMAGE_REPO) IMAGE_VERSION=$(IMAGE_VERSION) \
  IMAGE_REVISION=$(IMAGE_REVISION) IMAGE_SOURCE=$(IMAGE_SOURCE) \
  SOURCE_DATE_EPOCH=$(IMAGE_EPOCH) KFP_IMAGES_STORE=$(IMAGES_STORE)

.PHONY: images image-test deploy-test

## Scratch images of the static binaries as OCI archives, with their sizes.
## Always rebuilt (a few seconds): the labels follow the commit even when
## the binaries did not change.
images: static
	@$(IMAGE_ENV) bash images/build.sh $(STATIC_DIR) $(IMAGE_DIR)

## The images the way a task pod uses them (images/smoke.sh), beside a
## private SeaweedFS and ML Metadata: the copy, the wrapped step as uid 1000
## in another image, driver and publisher end to end, and the Argo and
## Tekton examples of images/deploy run as written. Skips (exit 0) when
## buildah cannot be had. (`static` by a sub-make, not as a prerequisite:
## without buildah nothing is built.)
image-test: $(DEPLOY_VENV)/.installed
	@if KFP_IMAGES_STORE=$(IMAGES_STORE) bash images/smoke.sh --can-run; then \
	  $(MAKE) --no-print-directory static && \
	  $(IMAGE_ENV) bash images/build.sh $(STATIC_DIR) $(IMAGE_DIR) && \
	  KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) KFP_IMAGES_STORE=$(IMAGES_STORE) \
	  DEPLOY_PYTHON=$(DEPLOY_VENV)/bin/python \
	    bash e2e/services/with-seaweedfs.sh bash e2e/services/with-mlmd.sh \
	    bash images/smoke.sh $(IMAGE_DIR) $(STATIC_DIR); \
	fi

## Every manifest under images/deploy checked offline: core kinds against
## the Kubernetes $(DEPLOY_K8S) schemas, Argo and Tekton kinds against the
## binaries' own flag tables, the kustomize overlay built when kubectl has
## kustomize. Then every Workflow KFP compiled, as `driver rewrite-workflow`
## writes it with plugin drivers, against Argo's schema (hera's models) and
## the controller's own checks (images/argo_schema.py); the fixtures must be
## there.
deploy-test: $(DEPLOY_VENV)/.installed
	$(DEPLOY_VENV)/bin/python images/validate.py --kubernetes-version "$(DEPLOY_K8S)" \
	  --image-repo $(IMAGE_REPO) --image-version $(IMAGE_VERSION)
	$(CARGO) build -p kfp-driver
	$(DEPLOY_VENV)/bin/python images/argo_schema.py --driver $(TARGET_DIR)/debug/driver \
	  --fixtures ../shared/fixtures/kfp/argo

$(DEPLOY_VENV)/.installed: images/deploy-requirements.txt
	$(PYTHON) -m venv $(DEPLOY_VENV)
	$(DEPLOY_VENV)/bin/pip install --quiet --disable-pip-version-check -r images/deploy-requirements.txt
	touch $@
