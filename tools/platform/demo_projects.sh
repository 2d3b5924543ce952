# Demo projects (tools/platform/demo/projects.json), loaded through the public API as the demo
# accounts, so they obey every rule a real user does: the parks service is asked for each destination
# park with the caller's token, stages move forward only, reports add up.
# Idempotent: a project that already exists (409) is left as it is, with everything filed on it.
# Parallel (DEMO_PROJECTS_PARALLEL requests in flight, default 8): hundreds of projects stay within
# seconds, and there is no bulk endpoint to bypass the rules. Sourced by ./platform after demo.sh, whose
# helpers (demo_token, demo_call, demo_step, log) it uses.

DEMO_PROJECTS_PARALLEL=${DEMO_PROJECTS_PARALLEL:-8}

# demo_call_if_match ACCOUNT METHOD PATH BODY ETAG: demo_call with an If-Match header (stage transitions).
demo_call_if_match() {
  local account=$1 method=$2 path=$3 body=$4 etag=$5 token out
  token=$(demo_token "$account") || { printf '000 no token for %s' "$account"; return 0; }
  out=$(curl -sS --max-time 10 -w '\n%{http_code}' -X "$method" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "If-Match: $etag" \
    --data "$body" "$GATEWAY_URL$path" 2>/dev/null) || out=$'\n000'
  printf '%s %s' "${out##*$'\n'}" "${out%$'\n'*}"
}

# demo_project AS CODE PROJECT_B64 THEN_B64 OUTCOMES: registers one project, then files what follows on it.
demo_project() {
  local as=$1 code=$2 project then outcomes=$5 result status step method path body etag
  project=$(base64 -d <<<"$3")
  then=$(base64 -d <<<"$4")
  result=$(demo_call "$as" POST /api/projects "$project")
  status=${result%% *}
  case "$status" in
    201) echo created >>"$outcomes" ;;
    409) echo kept >>"$outcomes"; return 0 ;;
    *) log "demo: project $code not created (HTTP $status): ${result#* }"; echo failed >>"$outcomes"; return 0 ;;
  esac
  # Fields split on the unit separator: unlike a tab, it is not blank, so an empty If-Match stays a field.
  while IFS=$'\x1f' read -r method path etag body; do
    [ -n "$method" ] || continue
    if [ -n "$etag" ]; then
      result=$(demo_call_if_match "$as" "$method" "/api/projects/$code/$path" "$body" "$etag")
      case "${result%% *}" in 2??) ;; *) log "demo: $method $path of $code answered ${result%% *}: ${result#* }" ;; esac
    else
      demo_step "$as" "$method" "/api/projects/$code/$path" "$body" >/dev/null
    fi
  done < <(jq -r '.[] | [.method, .path, (.ifMatch // ""), (.body | tojson)] | join("\u001f")' <<<"$then")
}

demo_load_projects() {
  local file="$DEMO_DIR/projects.json" outcomes as t0=$SECONDS
  outcomes=$(mktemp)
  # One token per account, fetched here so the parallel workers share it instead of asking Keycloak each.
  for as in $(jq -r '[.projects[].as] | unique | .[]' "$file"); do
    demo_token "$as" >/dev/null || { log "demo: no token for $as; projects skipped"; rm -f "$outcomes"; return 0; }
  done
  local -a lines=() workers=()
  local worker i
  mapfile -t lines < <(jq -r '.projects[] | [.as, .project.code, (.project | tojson | @base64), ((.then // []) | tojson | @base64)] | join(" ")' "$file")
  # Fixed workers over a share of the projects each, waited for by pid: ./platform's services are
  # background jobs of this shell too, so a bare wait (or counting jobs) would wait for them.
  for ((worker = 0; worker < DEMO_PROJECTS_PARALLEL; worker++)); do
    (set +e
     for ((i = worker; i < ${#lines[@]}; i += DEMO_PROJECTS_PARALLEL)); do
       # shellcheck disable=SC2086
       demo_project ${lines[i]} "$outcomes"
     done) &
    workers+=($!)
  done
  wait "${workers[@]}" || true
  log "demo data: projects created $(grep -c created "$outcomes"), already present $(grep -c kept "$outcomes"), failed $(grep -c failed "$outcomes") in $((SECONDS - t0))s"
  rm -f "$outcomes"
}
