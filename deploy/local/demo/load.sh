#!/usr/bin/env bash
# Loads the demo data through the public APIs: the actors and network memberships of actors.json into
# actors-service, then the agreements, missions, conferences and statements of engagements.json into
# agreements-service (actor keys replaced by the ids actors-service gave them).
#
# Every request carries an Idempotency-Key derived from the record's key (demo-actor-<key>,
# demo-membership-<actor>-<network>, demo-agreement-<key>, demo-mission-<key>, demo-mission-completion-<key>,
# demo-conference-<key>, demo-statement-<key>), so running this again replays the first responses (same ids,
# header Idempotent-Replayed: true) and creates nothing new.
#
# Usage: deploy/local/demo/load.sh
#   ACTORS_URL          default http://127.0.0.1:8081
#   AGREEMENTS_URL      default http://127.0.0.1:8082
#   DIRECTORY_TIMEOUT   seconds to wait for agreements-service to know the actors the engagements name (60)
#   DEMO_DATA           the actors file (default actors.json next to this script)
#   DEMO_ENGAGEMENTS    the engagements file (default engagements.json next to this script); set it empty to
#                       load actors only
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ACTORS_URL=${ACTORS_URL:-http://127.0.0.1:8081}
ACTORS_URL=${ACTORS_URL%/}
AGREEMENTS_URL=${AGREEMENTS_URL:-http://127.0.0.1:8082}
AGREEMENTS_URL=${AGREEMENTS_URL%/}
DIRECTORY_TIMEOUT=${DIRECTORY_TIMEOUT:-60}
DATA=${DEMO_DATA:-"$HERE/actors.json"}
ENGAGEMENTS=${DEMO_ENGAGEMENTS-"$HERE/engagements.json"}

die() {
  echo "demo data: $*" >&2
  exit 1
}

for tool in curl jq; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is required but not installed"
done
[[ $DIRECTORY_TIMEOUT =~ ^[0-9]+$ ]] || die "DIRECTORY_TIMEOUT must be a whole number of seconds, not '$DIRECTORY_TIMEOUT'"
[ -r "$DATA" ] || die "cannot read $DATA"
jq -e '(.actors | type == "array") and ((.memberships // []) | type == "array")' "$DATA" >/dev/null 2>&1 \
  || die "$DATA is not valid: it needs an \"actors\" array (and optionally \"memberships\")"

# The engagement types: the section of engagements.json, the record's body property, the API path, and which
# body properties name actors (one actor, or a list of them).
TYPES=(agreement mission conference statement)
declare -A SECTION=([agreement]=agreements [mission]=missions [conference]=conferences [statement]=statements)
declare -A API_PATH=([agreement]=/api/v1/agreements [mission]=/api/v1/missions
  [conference]=/api/v1/conferences [statement]=/api/v1/statements)
# jq definitions shared by the check and the loading below.
# shellcheck disable=SC2016 # a jq program: its $ names are jq's, not the shell's
JQ_DEFS='
  def sections: {agreement: "agreements", mission: "missions", conference: "conferences", statement: "statements"};
  def one_actor: {agreement: [], mission: ["leader"], conference: ["host"], statement: ["issuer"]};
  def many_actors: {agreement: ["parties"], mission: ["hosts"], conference: ["participants"], statement: ["about"]};
  # The actor keys a body of this kind names. (Not "$type": a parameter named so would hide the builtin type.)
  def named($kind): . as $body
    | [(one_actor[$kind][] | $body[.] | select(type == "string")),
       (many_actors[$kind][] | ($body[.] // []) | select(type == "array") | .[] | select(type == "string"))];
'

# Check engagements.json before anything is posted: its shape, unique keys, and that every actor key it names is
# in the actors file and every agreement key it names is an agreement of its own.
if [ -n "$ENGAGEMENTS" ]; then
  [ -r "$ENGAGEMENTS" ] || die "cannot read $ENGAGEMENTS (set DEMO_ENGAGEMENTS empty to load actors only)"
  jq empty "$ENGAGEMENTS" 2>/dev/null || die "$ENGAGEMENTS is not valid JSON"
  problems=$(jq -r --slurpfile actors "$DATA" "$JQ_DEFS"'
    ([$actors[0].actors[].key]) as $known
    | ([(.agreements // [])[] | .key? | select(type == "string")]) as $agreements
    | . as $file
    | if type != "object" then "the file must be an object with agreements, missions, conferences and statements arrays"
      else
        (sections | to_entries[] | .key as $type | .value as $section
          | if ($file[$section] // []) | type != "array" then "\"\($section)\" must be an array"
            else
              ($file[$section] // []) as $records
              | range(0; $records | length) as $i
              | $records[$i] as $r
              | "\($section)[\($i)]" as $at
              | if ($r | type) != "object" then "\($at) must be an object"
                elif ($r.key | type) != "string" or ($r.key | test("^[A-Za-z0-9][A-Za-z0-9._-]*$") | not) then
                  "\($at) needs a key of letters, digits, dot, dash or underscore"
                elif ([$records[:$i][] | .key?] | index([$r.key])) != null then "\($at): key \u0027\($r.key)\u0027 is used twice"
                elif ($r[$type] | type) != "object" then "\($at) (\($r.key)) has no \"\($type)\" body"
                else
                  ($r[$type] | named($type)[] | select(. as $k | $known | index([$k]) | not)
                    | "\($at) (\($r.key)) names actor \u0027\(.)\u0027, which is not in the actors file"),
                  (one_actor[$type][] as $f | select($r[$type] | has($f)) | select(($r[$type][$f] | type) != "string")
                    | "\($at) (\($r.key)): \($f) must be an actor key"),
                  (many_actors[$type][] as $f | select($r[$type] | has($f))
                    | select(($r[$type][$f] | type) != "array" or any($r[$type][$f][]; type != "string"))
                    | "\($at) (\($r.key)): \($f) must be a list of actor keys"),
                  (select($type == "agreement" and ($r.agreement.upgrades != null))
                    | select($agreements[:$i] | index([$r.agreement.upgrades]) | not)
                    | "\($at) (\($r.key)): upgrades must be the key of an agreement earlier in the file"),
                  (select($type == "mission" and ($r.completion != null))
                    | if ($r.completion | type) != "object" then "\($at) (\($r.key)): completion must be an object"
                      else ($r.completion.agreementsSigned // [])[]
                        | select(. as $k | $agreements | index([$k]) | not)
                        | "\($at) (\($r.key)): completion names agreement \u0027\(.)\u0027, which is not in the file"
                      end)
                end
            end)
      end' "$ENGAGEMENTS") || die "cannot check $ENGAGEMENTS"
  [ -z "$problems" ] || die "$ENGAGEMENTS is not valid:"$'\n'"$problems"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# post SERVICE PATH KEY BODY LABEL: POSTs BODY as JSON to actors-service or agreements-service; on 2xx leaves the
# response body in $WORK/body and sets REPLAYED=true|false; on anything else prints the problem's detail and exits.
REPLAYED=false
post() {
  local service=$1 path=$2 key=$3 body=$4 label=$5 base status
  case $service in
    actors) base=$ACTORS_URL ;;
    agreements) base=$AGREEMENTS_URL ;;
    *) die "post: unknown service $service" ;;
  esac
  : >"$WORK/headers"
  : >"$WORK/body"
  if ! status=$(curl -sS -X POST "$base$path" \
      -H 'Content-Type: application/json' -H 'Accept: application/json' \
      -H "Idempotency-Key: $key" \
      --data-binary "$body" \
      -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' 2>"$WORK/curl.err"); then
    die "$label: cannot reach $service-service at $base ($(tr -d '\n' <"$WORK/curl.err"))"
  fi
  if [[ ! $status =~ ^2[0-9][0-9]$ ]]; then
    die "$label: HTTP $status from POST $base$path: $(problem_detail)"
  fi
  if tr -d '\r' <"$WORK/headers" | grep -qi '^idempotent-replayed:[[:space:]]*true[[:space:]]*$'; then
    REPLAYED=true
  else
    REPLAYED=false
  fi
}

# problem_detail: the detail of the problem in $WORK/body. The detail already names each field at fault; fall
# back to errors[], then the title, then the start of the raw body.
problem_detail() {
  local detail
  detail=$(jq -r '
      .detail
      // ([(.errors // [])[] | "\(.field // "?"): \(.message // "")"] | join("; ") | select(. != ""))
      // .title // empty' "$WORK/body" 2>/dev/null || true)
  [ -n "$detail" ] || detail=$(head -c 500 "$WORK/body")
  echo "${detail:-no details}"
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
  post actors /api/v1/actors "demo-actor-$key" "$body" "actor '$key'"
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
  post actors "/api/v1/actors/${ID[$actor]}/memberships" "demo-membership-$actor-$network" "$body" \
    "membership of '$actor' in '$network'"
  memberships=$((memberships + 1))
  [ "$REPLAYED" = true ] || memberships_new=$((memberships_new + 1))
done

declare -A TOTAL=() NEW=()
for type in "${TYPES[@]}"; do
  TOTAL[$type]=0 NEW[$type]=0
done

if [ -n "$ENGAGEMENTS" ]; then
  # agreements-service learns actors from actors-service's events, a moment after they are registered. Wait
  # (bounded) until its directory knows every actor the engagements name, so that none is refused as unknown.
  named=$(jq -r "$JQ_DEFS"'
      . as $file
      | [sections | to_entries[] | .key as $type | ($file[.value] // [])[] | .[$type] | named($type)[]]
      | unique[]' "$ENGAGEMENTS") || die "cannot read the actors named in $ENGAGEMENTS"
  pending=()
  [ -z "$named" ] || mapfile -t pending <<<"$named"
  deadline=$((SECONDS + DIRECTORY_TIMEOUT))
  while [ "${#pending[@]}" -gt 0 ]; do
    unknown=()
    for key in "${pending[@]}"; do
      url="$AGREEMENTS_URL/api/v1/directory/actors/${ID[$key]}"
      : >"$WORK/body"
      if ! status=$(curl -sS -m 10 -H 'Accept: application/json' -o "$WORK/body" -w '%{http_code}' "$url" \
          2>"$WORK/curl.err"); then
        die "cannot reach agreements-service at $AGREEMENTS_URL ($(tr -d '\n' <"$WORK/curl.err"))"
      fi
      case $status in
        200) ;;
        404) unknown+=("$key") ;;
        *) die "HTTP $status from GET $url (is actor '$key' known?): $(problem_detail)" ;;
      esac
    done
    [ "${#unknown[@]}" -gt 0 ] || break
    if ((SECONDS >= deadline)); then
      names=""
      for key in "${unknown[@]}"; do names+="${names:+, }$key (${ID[$key]})"; done
      die "after ${DIRECTORY_TIMEOUT}s agreements-service at $AGREEMENTS_URL still does not know ${#unknown[@]}" \
        "of the actors the engagements name: $names. It learns actors from actors-service's events: check that" \
        "it is running a build with /api/v1/directory, that it consumes the actors topic (its /q/health), or set" \
        "DIRECTORY_TIMEOUT higher"
    fi
    pending=("${unknown[@]}")
    sleep 1
  done

  ACTOR_IDS=$(for key in "${!ID[@]}"; do printf '%s\t%s\n' "$key" "${ID[$key]}"; done \
    | jq -Rn '[inputs | split("\t") | {(.[0]): .[1]}] | add // {}')
  declare -A AGREEMENT_ID=()
  for type in "${TYPES[@]}"; do
    section=${SECTION[$type]}
    count=$(jq --arg s "$section" '(.[$s] // []) | length' "$ENGAGEMENTS")
    for ((i = 0; i < count; i++)); do
      record=$(jq -c --arg s "$section" --argjson i "$i" '.[$s][$i]' "$ENGAGEMENTS")
      key=$(jq -r '.key' <<<"$record")
      AGREEMENT_IDS=$(for k in "${!AGREEMENT_ID[@]}"; do printf '%s\t%s\n' "$k" "${AGREEMENT_ID[$k]}"; done \
        | jq -Rn '[inputs | split("\t") | {(.[0]): .[1]}] | add // {}')
      # The body with actor keys (and the agreement key of upgrades) replaced by ids.
      body=$(jq -c --arg type "$type" --argjson ids "$ACTOR_IDS" --argjson agreements "$AGREEMENT_IDS" "$JQ_DEFS"'
          .[$type]
          | reduce (one_actor[$type][]) as $f (.; if has($f) then .[$f] = $ids[.[$f]] else . end)
          | reduce (many_actors[$type][]) as $f (.; if has($f) then .[$f] |= map($ids[.]) else . end)
          | if $type == "agreement" and .upgrades != null then .upgrades = $agreements[.upgrades] else . end' \
        <<<"$record")
      post agreements "${API_PATH[$type]}" "demo-$type-$key" "$body" "$type '$key'"
      id=$(jq -r '.id // empty' "$WORK/body")
      [ -n "$id" ] || die "$type '$key': the response has no id"
      created=false
      [ "$REPLAYED" = true ] || created=true
      [ "$type" != agreement ] || AGREEMENT_ID[$key]=$id
      if [ "$type" = mission ] && [ "$(jq '.completion != null' <<<"$record")" = true ]; then
        body=$(jq -c --argjson agreements "$AGREEMENT_IDS" \
          '.completion | if .agreementsSigned then .agreementsSigned |= map($agreements[.]) else . end' \
          <<<"$record")
        post agreements "/api/v1/missions/$id/completion" "demo-mission-completion-$key" "$body" \
          "completion of mission '$key'"
        [ "$REPLAYED" = true ] || created=true
      fi
      TOTAL[$type]=$((TOTAL[$type] + 1))
      [ "$created" = false ] || NEW[$type]=$((NEW[$type] + 1))
    done
  done
fi

summary="demo data: $actors actors ($actors_new new), $memberships memberships ($memberships_new new)"
for type in "${TYPES[@]}"; do
  summary+=", ${TOTAL[$type]} ${SECTION[$type]} (${NEW[$type]} new)"
done
echo "$summary"
