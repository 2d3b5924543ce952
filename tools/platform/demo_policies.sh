# Demo policies, joint policies and alignment topics from the seeds, loaded through the public API
# as the demo admins would: each province's own policies are drafted and published, joint policies
# are proposed and approved once by each province (so they come into force), and alignment topics
# link the published policies. Idempotent: a document number or topic code that exists is looked up
# and only its missing steps (publishing, an approval) are done.
# Sourced by ./platform after demo.sh; every command that may fail is guarded (set -euo pipefail).

POLICIES_PATH=/api/policies

# demo_policy_field ACCOUNT DOCUMENT-NUMBER FIELD: prints the field of the policy with that number, or nothing.
demo_policy_field() {
  local account=$1 number=$2 field=$3 encoded result
  encoded=$(jq -rn --arg v "$number" '$v | @uri' 2>/dev/null) || return 0
  result=$(demo_call "$account" GET "$POLICIES_PATH?documentNumber=$encoded&limit=1")
  [ "${result%% *}" = 200 ] || return 0
  printf '%s' "${result#* }" | jq -r ".items[0].$field // empty" 2>/dev/null || true
}

# demo_policy_publish ACCOUNT ID: publishes a draft (nothing when already published).
demo_policy_publish() {
  local account=$1 id=$2 result status version
  result=$(demo_call "$account" GET "$POLICIES_PATH/$id")
  [ "${result%% *}" = 200 ] || { log "demo: policy $id not readable as $account: ${result#* }"; return 0; }
  status=$(printf '%s' "${result#* }" | jq -r '.status' 2>/dev/null) || status=""
  [ "$status" = DRAFT ] || return 0
  version=$(printf '%s' "${result#* }" | jq -r '.recordVersion' 2>/dev/null) || version=""
  demo_step "$account" POST "$POLICIES_PATH/$id/status" '{"status":"PUBLISHED"}' "If-Match: \"$version\"" >/dev/null || true
}

# demo_policy_approve ACCOUNT ID: the account's province approves (409, already approved, is fine).
demo_policy_approve() {
  local account=$1 id=$2 result
  result=$(demo_call "$account" POST "$POLICIES_PATH/$id/approvals" '{}')
  case "${result%% *}" in
    200|409) ;;
    *) log "demo: approval of policy $id as $account answered ${result%% *}: ${result#* }" ;;
  esac
}

demo_load_policies() {
  local file="$DEMO_DIR/policies.json" n i as number result status id approver created=0 kept=0 topics t sc cq body
  n=$(jq '.policies | length' "$file" 2>/dev/null) || { log "demo: $file unreadable"; return 0; }
  for ((i = 0; i < n; i++)); do
    as=$(jq -r ".policies[$i].as" "$file")
    number=$(jq -r ".policies[$i].policy.documentNumber" "$file")
    body=$(jq -c "{joint: .policies[$i].joint, policy: .policies[$i].policy}" "$file")
    result=$(demo_call "$as" POST "$POLICIES_PATH" "$body")
    status=${result%% *}
    case "$status" in
      201) created=$((created + 1)); id=$(printf '%s' "${result#* }" | jq -r '.id' 2>/dev/null) || id="" ;;
      409) kept=$((kept + 1)); id=$(demo_policy_field "$as" "$number" id) ;;
      *) log "demo: policy $number not created (HTTP $status): ${result#* }"; continue ;;
    esac
    [ -n "$id" ] || { log "demo: policy $number has no id"; continue; }
    if [ "$(jq -r ".policies[$i].publish" "$file")" = true ]; then
      demo_policy_publish "$as" "$id"
    fi
    for approver in $(jq -r ".policies[$i].approvers[]" "$file"); do
      demo_policy_approve "$approver" "$id"
    done
  done
  topics=$(jq '.topics | length' "$file" 2>/dev/null) || topics=0
  for ((t = 0; t < topics; t++)); do
    as=$(jq -r ".topics[$t].as" "$file")
    sc=""; cq=""
    number=$(jq -r ".topics[$t].sichuan // empty" "$file")
    [ -z "$number" ] || sc=$(demo_policy_field "$as" "$number" id)
    number=$(jq -r ".topics[$t].chongqing // empty" "$file")
    [ -z "$number" ] || cq=$(demo_policy_field "$as" "$number" id)
    body=$(jq -c --arg sc "$sc" --arg cq "$cq" ".topics[$t].topic
      + {sichuanPolicyId: (if \$sc == \"\" then null else (\$sc | tonumber) end),
         chongqingPolicyId: (if \$cq == \"\" then null else (\$cq | tonumber) end)}" "$file" 2>/dev/null) || continue
    result=$(demo_call "$as" POST "$POLICIES_PATH/alignment-topics" "$body")
    case "${result%% *}" in
      201|409) ;;
      *) log "demo: alignment topic $t not recorded (HTTP ${result%% *}): ${result#* }" ;;
    esac
  done
  log "demo: policies: $created drafted, $kept already there; $topics alignment topics"
}
