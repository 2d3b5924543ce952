# Demo data, loaded through the public API (via the gateway) as the demo accounts, so it obeys every
# rule a real user does. Idempotent: a park that already exists is left as it is.
# Sourced by ./platform after common.sh and keycloak.sh.

DEMO_DIR="$ROOT/tools/platform/demo"
# GATEWAY_URL comes from common.sh (the list of components).
declare -A DEMO_TOKENS

demo_token() {
  [ -n "${DEMO_TOKENS[$1]:-}" ] || DEMO_TOKENS[$1]=$(kc_token "$1")
  printf '%s' "${DEMO_TOKENS[$1]}"
}

# demo_call ACCOUNT METHOD PATH [BODY [HEADER...]]: prints "<status> <body>"; never fails (status 000
# when unreachable). Extra arguments are request headers ("If-Match: \"3\"").
demo_call() {
  local account=$1 method=$2 path=$3 body=${4:-} token out h
  local -a headers=()
  shift $(($# < 4 ? $# : 4))
  for h in "$@"; do headers+=(-H "$h"); done
  token=$(demo_token "$account") || { printf '000 no token for %s' "$account"; return 0; }
  out=$(curl -sS --max-time 10 -w '\n%{http_code}' -X "$method" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "${headers[@]}" \
    ${body:+--data "$body"} "$GATEWAY_URL$path" 2>/dev/null) || out=$'\n000'
  printf '%s %s' "${out##*$'\n'}" "${out%$'\n'*}"
}

# demo_step ACCOUNT METHOD PATH [BODY]: a call whose failure is reported, not fatal.
demo_step() {
  local result
  result=$(demo_call "$@")
  case "${result%% *}" in
    2??) printf '%s' "$result" ;;
    *) log "demo: $2 $3 as $1 answered ${result%% *}: ${result#* }" ; printf '%s' "$result" ;;
  esac
}

demo_load_parks() {
  local file="$DEMO_DIR/parks.json" n i as code result status created=0 kept=0 j change
  n=$(jq '.parks | length' "$file")
  for ((i = 0; i < n; i++)); do
    as=$(jq -r ".parks[$i].as" "$file")
    code=$(jq -r ".parks[$i].park.code" "$file")
    result=$(demo_call "$as" POST /api/parks "$(jq -c ".parks[$i].park" "$file")")
    # 409: the park exists already (an earlier up); leave it and its children as they are.
    status=${result%% *}
    case "$status" in
      201) created=$((created + 1)) ;;
      409) kept=$((kept + 1)); continue ;;
      *) log "demo: park $code not created (HTTP $status): ${result#* }"; continue ;;
    esac
    for j in $(jq -c ".parks[$i].areas[]? | @base64" "$file"); do
      demo_step "$as" POST "/api/parks/$code/area-history" "$(base64 -d <<<"${j//\"/}")" >/dev/null
    done
    for j in $(jq -c ".parks[$i].designations[]? | @base64" "$file"); do
      result=$(demo_step "$as" POST "/api/parks/$code/designations" "$(base64 -d <<<"${j//\"/}")")
      if [ "${result%% *}" = 202 ]; then   # a joint-zone park: both provinces approve
        change=$(jq -r .id <<<"${result#* }")
        demo_step sc-admin POST "/api/parks/$code/designation-changes/$change/approvals" >/dev/null
        demo_step cq-admin POST "/api/parks/$code/designation-changes/$change/approvals" >/dev/null
      fi
    done
    for j in $(jq -c ".parks[$i].indicators // {} | to_entries[] | @base64" "$file"); do
      j=$(base64 -d <<<"${j//\"/}")
      demo_step "$as" PUT "/api/parks/$code/indicators/$(jq -r .key <<<"$j")" "$(jq -c .value <<<"$j")" >/dev/null
    done
  done
  log "demo data: parks created $created, already present $kept"
}

demo_load() {
  demo_load_parks
  demo_load_projects
  demo_load_cases
  demo_load_policies
}
