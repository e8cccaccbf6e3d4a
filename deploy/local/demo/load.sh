#!/usr/bin/env bash
# Loads the demo actors and network memberships of actors.json through the public actors API.
#
# Every request carries an Idempotency-Key derived from the record's key (demo-actor-<key>,
# demo-membership-<actor>-<network>), so running this again replays the first responses (same ids,
# header Idempotent-Replayed: true) and creates nothing new.
#
# Usage: deploy/local/demo/load.sh            (ACTORS_URL defaults to http://127.0.0.1:8081)
set -euo pipefail

ACTORS_URL=${ACTORS_URL:-http://127.0.0.1:8081}
ACTORS_URL=${ACTORS_URL%/}
DATA=${DEMO_DATA:-"$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/actors.json"}

die() {
  echo "demo data: $*" >&2
  exit 1
}

for tool in curl jq; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is required but not installed"
done
[ -r "$DATA" ] || die "cannot read $DATA"
jq -e '(.actors | type == "array") and ((.memberships // []) | type == "array")' "$DATA" >/dev/null 2>&1 \
  || die "$DATA is not valid: it needs an \"actors\" array (and optionally \"memberships\")"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# post PATH KEY BODY LABEL: POSTs BODY as JSON; on 2xx leaves the response body in $WORK/body and sets
# REPLAYED=true|false; on anything else prints the problem's detail and exits.
REPLAYED=false
post() {
  local path=$1 key=$2 body=$3 label=$4 status
  : >"$WORK/headers"
  : >"$WORK/body"
  if ! status=$(curl -sS -X POST "$ACTORS_URL$path" \
      -H 'Content-Type: application/json' -H 'Accept: application/json' \
      -H "Idempotency-Key: $key" \
      --data-binary "$body" \
      -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' 2>"$WORK/curl.err"); then
    die "$label: cannot reach the actors service at $ACTORS_URL ($(tr -d '\n' <"$WORK/curl.err"))"
  fi
  if [[ ! $status =~ ^2[0-9][0-9]$ ]]; then
    local detail
    # The problem's detail already names each field at fault; fall back to errors[], then the title.
    detail=$(jq -r '
        .detail
        // ([(.errors // [])[] | "\(.field // "?"): \(.message // "")"] | join("; ") | select(. != ""))
        // .title // empty' "$WORK/body" 2>/dev/null || true)
    [ -n "$detail" ] || detail=$(head -c 500 "$WORK/body")
    die "$label: HTTP $status from POST $path: ${detail:-no details}"
  fi
  if tr -d '\r' <"$WORK/headers" | grep -qi '^idempotent-replayed:[[:space:]]*true[[:space:]]*$'; then
    REPLAYED=true
  else
    REPLAYED=false
  fi
}

declare -A ID=()
actors=0 actors_new=0
count=$(jq '.actors | length' "$DATA")
for ((i = 0; i < count; i++)); do
  record=$(jq -c ".actors[$i]" "$DATA")
  key=$(jq -r '.key // empty' <<<"$record")
  [ -n "$key" ] || die "actors[$i] has no key"
  [ -z "${ID[$key]:-}" ] || die "actors[$i]: key '$key' is used twice"
  parent=$(jq -r '.parent // empty' <<<"$record")
  body=$(jq -c '.actor' <<<"$record")
  [ "$body" != null ] || die "actor '$key' has no \"actor\" body"
  if [ -n "$parent" ]; then
    [ -n "${ID[$parent]:-}" ] || die "actor '$key': its parent '$parent' must come earlier in $DATA"
    body=$(jq -c --arg parentId "${ID[$parent]}" '. + {parentId: $parentId}' <<<"$body")
  fi
  post /api/v1/actors "demo-actor-$key" "$body" "actor '$key'"
  id=$(jq -r '.id // empty' "$WORK/body")
  [ -n "$id" ] || die "actor '$key': the response has no id"
  ID[$key]=$id
  actors=$((actors + 1))
  [ "$REPLAYED" = true ] || actors_new=$((actors_new + 1))
done

memberships=0 memberships_new=0
count=$(jq '(.memberships // []) | length' "$DATA")
for ((i = 0; i < count; i++)); do
  record=$(jq -c ".memberships[$i]" "$DATA")
  actor=$(jq -r '.actor // empty' <<<"$record")
  network=$(jq -r '.network // empty' <<<"$record")
  [ -n "${ID[$actor]:-}" ] || die "memberships[$i]: no actor with key '$actor' in $DATA"
  [ -n "${ID[$network]:-}" ] || die "memberships[$i]: no network with key '$network' in $DATA"
  body=$(jq -c --arg networkId "${ID[$network]}" \
    '{networkId: $networkId, since: .since} + (if .role then {role: .role} else {} end)' <<<"$record")
  post "/api/v1/actors/${ID[$actor]}/memberships" "demo-membership-$actor-$network" "$body" \
    "membership of '$actor' in '$network'"
  memberships=$((memberships + 1))
  [ "$REPLAYED" = true ] || memberships_new=$((memberships_new + 1))
done

echo "demo data: $actors actors ($actors_new new), $memberships memberships ($memberships_new new)"
