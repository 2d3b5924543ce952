# Demo 川渝通办 cases, filed and moved along through the public API as the demo clerks and systems
# would, so every demo account opens a realistic work queue: every status, cross-province cases
# both ways, supplements outstanding, and (moved into the past in the database, demo only) some
# whose deadline has passed, which the service's overdue watch then marks and records.
# Idempotent: each case is filed with Idempotency-Key demo-case-<n>; a replayed one is left alone.
# Sourced by ./platform after demo.sh.

DEMO_CASES=${DEMO_CASES:-300}
DEMO_CASE_WORKERS=${DEMO_CASE_WORKERS:-4}
CASES_PATH=/api/common-handling/cases

# Accepting account and district, handling account and district.
DEMO_CASE_ROUTES=(
  "linshui-clerk 511623 yubei-clerk 500112"
  "yubei-clerk 500112 linshui-clerk 511623"
  "rongchang-clerk 500153 longchang-clerk 511083"
  "longchang-clerk 511083 rongchang-clerk 500153"
  "linshui-clerk 511623 linshui-clerk 511623"
  "yubei-clerk 500112 yubei-clerk 500112"
  "tianfu-tongban 511623 yubei-clerk 500112"
  "rongchang-clerk 500153 rongchang-clerk 500153"
)
# Who accepts a case an external system filed.
declare -A DEMO_CASE_WINDOW=([tianfu-tongban]=linshui-clerk)
DEMO_CASE_ITEMS=(yidi-jiuyi-beian qiye-zhusuo-biangeng shipin-jingying-xuke shebao-guanxi-zhuanyi
  gongjijin-zhuanyi-jiexu hukou-qianyi jiashizheng-buhuan geti-gongshanghu-sheli zhiye-zige-hecha
  yanglao-zige-renzheng chusheng-yixue-zhengming budongchan-ziliao-chaxun)
DEMO_CASE_NAMES=(张伟 王芳 李娜 刘洋 陈静 杨磊 赵敏 黄勇 周杰 吴婷 徐强 孙丽)

# A resident ID number (GB 11643) registered in DISTRICT, with a valid check character.
demo_resident_id() {
  local n=$1 district=$2 body weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=(1 0 X 9 8 7 6 5 4 3 2) sum=0 k
  body=$(printf '%s%04d%02d%02d%03d' "$district" $((1955 + n % 45)) $((1 + n % 12)) $((1 + n % 28)) $((n % 1000)))
  for ((k = 0; k < 17; k++)); do sum=$((sum + ${body:k:1} * weights[k])); done
  printf '%s%s' "$body" "${checks[sum % 11]}"
}

# demo_case_act ACCOUNT NUMBER VERSION ACTION [EXTRA-JSON]: prints the new version, or nothing on failure.
demo_case_act() {
  local account=$1 number=$2 version=$3 action=$4 extra=${5:-'{}'} result
  result=$(demo_step "$account" POST "$CASES_PATH/$number/transitions" \
    "$(jq -cn --arg a "$action" --argjson x "$extra" '$x + {action: $a}')" "If-Match: \"$version\"")
  if [ "${result%% *}" = 200 ]; then jq -r .version <<<"${result#* }"; else return 1; fi
}

# demo_case_take ACCOUNT DISTRICT NUMBER VERSION SIDE: the clerk takes that side of the case for itself; prints the
# new version (the old one when it could not).
demo_case_take() {
  local account=$1 district=$2 number=$3 version=$4 side=$5 realm=chongqing result
  [ "${district:0:2}" = 51 ] && realm=sichuan
  result=$(demo_step "$account" PUT "$CASES_PATH/$number/assignee" \
    "$(jq -cn --arg s "$side" --arg r "$realm" --arg u "$account" '{side: $s, assignee: {realm: $r, username: $u}}')" \
    "If-Match: \"$version\"")
  if [ "${result%% *}" = 200 ]; then jq -r .version <<<"${result#* }"; else printf '%s' "$version"; fi
}

# File case N and move it towards one of eleven outcomes, so every status appears. Half the cases have their
# accepting side taken by the window's clerk, a quarter their handling side too, and every fifth carries a staff note;
# some cases under review wait on an inspection or had their decision deadline extended.
demo_case() {
  local n=$1 route acc acc_district hand hand_district window item body result number v outcome cross round
  read -r acc acc_district hand hand_district <<<"${DEMO_CASE_ROUTES[n % ${#DEMO_CASE_ROUTES[@]}]}"
  window=${DEMO_CASE_WINDOW[$acc]:-$acc}
  item=${DEMO_CASE_ITEMS[(n / ${#DEMO_CASE_ROUTES[@]}) % ${#DEMO_CASE_ITEMS[@]}]}
  body=$(jq -cn --arg item "$item" --arg name "${DEMO_CASE_NAMES[n % ${#DEMO_CASE_NAMES[@]}]}" \
    --arg id "$(demo_resident_id "$n" "$acc_district")" --arg ad "$acc_district" --arg hd "$hand_district" \
    --arg phone "$(printf '138%08d' "$n")" \
    '{itemCode: $item, applicant: {kind: "PERSON", name: $name, idNumber: $id, contact: $phone},
      acceptingDistrict: $ad, acceptingWindow: "政务服务中心川渝通办窗口", handlingDistrict: $hd,
      materials: [{name: "居民身份证", checksum: ("0" * 64), size: 48213, location: "oss://demo-cases/id-card.pdf"}]}')
  result=$(demo_call "$acc" POST "$CASES_PATH" "$body" "Idempotency-Key: demo-case-$n")
  case "${result%% *}" in
    201) ;;
    200) return 0 ;;   # filed by an earlier ./platform up
    *) log "demo: case $n not filed (HTTP ${result%% *}): ${result#* }"; return 0 ;;
  esac
  number=$(jq -r .number <<<"${result#* }")
  v=$(jq -r .version <<<"${result#* }")
  # By the round over the routes, not by n alone: n modulo the routes' count picks the route.
  round=$((n / ${#DEMO_CASE_ROUTES[@]}))
  if [ $((round % 4)) -ge 2 ] && [ "${DEMO_CASE_WINDOW[$acc]:-}" = "" ]; then
    v=$(demo_case_take "$acc" "$acc_district" "$number" "$v" ACCEPTING)
    if [ $((round % 4)) = 3 ]; then v=$(demo_case_take "$hand" "$hand_district" "$number" "$v" HANDLING); fi
  fi
  if [ $((n % 5)) = 0 ]; then
    demo_step "$window" POST "$CASES_PATH/$number/notes" '{"text":"已电话联系申请人，确认材料齐全后办理。"}' >/dev/null
  fi
  outcome=$(((n / 3) % 11))
  cross=""
  if [ "$acc_district" != "$hand_district" ]; then cross=1; fi
  case $outcome in
    0) return 0 ;;                                                                  # SUBMITTED
    1) demo_case_act "$window" "$number" "$v" REJECT_AT_INTAKE '{"reason":"不属于川渝通办事项受理范围"}' >/dev/null; return 0 ;;
    2) demo_case_act "$window" "$number" "$v" WITHDRAW '{"comment":"申请人撤回"}' >/dev/null; return 0 ;;
    3) demo_case_act "$window" "$number" "$v" REQUEST_SUPPLEMENT '{"materials":["户口簿"]}' >/dev/null; return 0 ;;
  esac
  v=$(demo_case_act "$window" "$number" "$v" ACCEPT) || return 0                   # ACCEPTED
  if [ "$outcome" = 4 ]; then return 0; fi
  if [ -n "$cross" ]; then
    v=$(demo_case_act "$window" "$number" "$v" FORWARD) || return 0               # FORWARDED
    [ "$outcome" = 5 ] && return 0
  fi
  v=$(demo_case_act "$hand" "$number" "$v" START_REVIEW) || return 0              # IN_REVIEW
  case $outcome in
    5|6)
      # Some of the cases under review wait on an inspection (art. 45), some had their deadline extended (art. 42).
      if [ $((n % 6)) = 0 ]; then
        demo_step "$hand" POST "$CASES_PATH/$number/special-procedures" \
          '{"kind":"INSPECTION","reason":"需现场核查经营场所"}' >/dev/null
      elif [ $((n % 6)) = 3 ]; then
        result=$(demo_step "$hand" POST "$CASES_PATH/$number/extensions" '{"workingDays":10,"reason":"需补充专家论证"}')
        # Every other one still waits for the handling province's admin: the administrators' inbox shows it.
        if [ "${result%% *}" = 201 ] && [ $(((n / 6) % 2)) = 0 ]; then
          demo_step "$([ "${hand_district:0:2}" = 51 ] && echo sc-admin || echo cq-admin)" POST \
            "$CASES_PATH/$number/extensions/$(jq -r .id <<<"${result#* }")/approval" \
            '{"approve":true,"comment":"同意延期十个工作日"}' >/dev/null
        fi
      fi
      return 0 ;;
    7) demo_case_act "$hand" "$number" "$v" REQUEST_SUPPLEMENT '{"materials":["参保缴费凭证"]}' >/dev/null; return 0 ;;
    8) demo_case_act "$hand" "$number" "$v" APPROVE '{"decisionReference":"川渝通办〔2026〕'"$n"'号"}' >/dev/null; return 0 ;;
    9) v=$(demo_case_act "$hand" "$number" "$v" APPROVE '{"decisionReference":"川渝通办〔2026〕'"$n"'号"}') || return 0 ;;
    10) v=$(demo_case_act "$hand" "$number" "$v" DENY \
          '{"reason":"不符合办理条件","decisionReference":"川渝通办不予〔2026〕'"$n"'号"}') || return 0 ;;
  esac
  demo_case_act "$window" "$number" "$v" DELIVER >/dev/null                         # DELIVERED
}

# The two provinces promise (承诺时限) to decide 社保关系转移 within 10 of its statutory 15 working days: a new version
# of the item with that step limit, proposed by Sichuan and approved by both, through the catalogue's API. Cases filed
# afterwards follow it; one that passes the promise but not the law shows a yellow card. Once only: a version with
# the promise already approved is left alone.
DEMO_PROMISE_ITEM=shebao-guanxi-zhuanyi
DEMO_PROMISE_DECISION_DAYS=10
demo_catalogue_promise() {
  local path=/api/common-handling/items/$DEMO_PROMISE_ITEM headers item etag body result number
  headers=$(mktemp)
  item=$(curl -sS --max-time 10 -D "$headers" -H "Authorization: Bearer $(demo_token sc-admin)" "$GATEWAY_URL$path") || item=""
  etag=$(tr -d '\r' < "$headers" | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
  rm -f "$headers"
  [ -n "$etag" ] || { log "demo: $path could not be read for the promised limit"; return 0; }
  jq -e '.inForce.stepLimits.decision != null or .pendingVersion != null' <<<"$item" >/dev/null && return 0
  body=$(jq -c --argjson d "$DEMO_PROMISE_DECISION_DAYS" '.inForce | {name, nameEn, batch, goLiveOn, mode,
      acceptanceWorkingDays, decisionWorkingDays, materials, departments, stepLimits: {decision: $d},
      reason: "两地承诺压缩办理时限：审查决定10个工作日"}' <<<"$item")
  result=$(demo_step sc-admin POST "$path/versions" "$body" "If-Match: $etag")
  [ "${result%% *}" = 201 ] || return 0
  number=$(jq -r .number <<<"${result#* }")
  demo_step sc-admin POST "$path/versions/$number/approvals" >/dev/null
  demo_step cq-admin POST "$path/versions/$number/approvals" >/dev/null
}

# Demo only: the deadlines of every seventh open demo case are moved a few days into the past, so
# that work queues show late cases; the overdue watch marks them and records it on the timeline, and the
# supervision watch (told to look at them now) turns their lights red. Some cases under review on the item with a
# promised decision limit were accepted a month ago with two days of the law's limit left: past the promise, within
# the law, their light turns yellow.
demo_cases_make_some_late() {
  pg_super -d "common_handling${DB_NAME_SUFFIX:-}" -c "
    update case_file c set acceptance_due = least(c.acceptance_due, now() - (1 + k.n % 5) * interval '1 day'),
                           decision_due = case when c.decision_due is null then null
                                          else now() - (1 + k.n % 5) * interval '1 day' end,
                           next_due = now() - (1 + k.n % 5) * interval '1 day',
                           supervision_next_at = now()
    from (select case_number, substring(key from 11)::int as n from case_submission_key
          where key ~ '^demo-case-[0-9]+\$') k
    where k.case_number = c.number and k.n % 7 = 0 and not c.overdue
      and c.status in ('SUBMITTED', 'ACCEPTED', 'FORWARDED', 'IN_REVIEW')" >/dev/null \
    || log "demo: could not move demo deadlines into the past"
  pg_super -d "common_handling${DB_NAME_SUFFIX:-}" -c "
    update case_file c set accepted_on = current_date - 30, decision_due = now() + interval '2 days',
                           next_due = now() + interval '2 days', supervision_next_at = now()
    from item_version i
    where i.item = c.item_code and i.number = c.item_version and i.decision_limit_days < i.decision_working_days
      and c.status in ('ACCEPTED', 'FORWARDED', 'IN_REVIEW') and c.extension_days = 0 and not c.overdue
      and c.supervision_level is distinct from 'YELLOW' and c.id % 3 = 0" >/dev/null \
    || log "demo: could not move demo cases past their promised limit"
}

demo_load_cases() {
  local account worker n before
  local -a workers=()
  # Tokens once, before the workers fork, so they share them.
  for account in linshui-clerk yubei-clerk rongchang-clerk longchang-clerk tianfu-tongban; do
    demo_token "$account" >/dev/null
  done
  before=$SECONDS
  demo_catalogue_promise
  for ((worker = 0; worker < DEMO_CASE_WORKERS; worker++)); do
    # A case that cannot move on is logged and left where it stands; the worker goes on.
    (set +e; for ((n = worker; n < DEMO_CASES; n += DEMO_CASE_WORKERS)); do demo_case "$n"; done) &
    workers+=($!)
  done
  # Only the workers: a bare wait would also wait for the services ./platform started.
  wait "${workers[@]}"
  demo_cases_make_some_late
  log "demo data: $DEMO_CASES cases filed or already present ($((SECONDS - before)) s)"
}
