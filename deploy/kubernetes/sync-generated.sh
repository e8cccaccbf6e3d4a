#!/usr/bin/env bash
# Copies the manifests Quarkus wrote at `mvn package` (<service>/target/kubernetes/kubernetes.yml) into
# base/generated/, where the kustomization composes them. Run it after changing a service's quarkus.kubernetes.*
# properties, then commit the copies: the check (check/check.mjs) fails while a copy differs from a fresh build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
status=0
for service in actors-service agreements-service analytics-service; do
  generated="$root/$service/target/kubernetes/kubernetes.yml"
  if [[ ! -f "$generated" ]]; then
    echo "missing $generated: build it first (mvn package -pl $service -am)" >&2
    status=1
    continue
  fi
  cp "$generated" "$here/base/generated/$service.yml"
  echo "copied $service"
done
exit "$status"
