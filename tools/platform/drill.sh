# The fault drill (./platform drill, and a short form at the end of ./platform test). Sourced by ./platform.
#
# An external system files cases through the gateway at a steady rate, each with an Idempotency-Key, retrying as
# a real client would (bench.jar drill). Meanwhile: kill -9 common-handling and start it again; restart
# PostgreSQL; stop Keycloak for a while. Each fault is followed by waiting until acknowledgements flow again,
# measured, not slept. Afterwards the client checks what the platform kept: nothing acknowledged lost, nothing
# duplicated, every timeline verifies; and every component must be healthy without a hand laid on it.

DRILL_DIR="$RUN_DIR/drill"
DRILL_RATE="${DRILL_RATE:-5}"
DRILL_ACCOUNT="${DRILL_ACCOUNT:-tianfu-tongban}"
# Acknowledgements that count as "flowing again" after a fault, and how long recovery may take.
DRILL_RECOVERED_ACKS="${DRILL_RECOVERED_ACKS:-10}"
DRILL_RECOVERY_TIMEOUT="${DRILL_RECOVERY_TIMEOUT:-180}"
# The client fetches a new token this often, so that the Keycloak outage shows as failed refreshes.
DRILL_TOKEN_REFRESH="${DRILL_TOKEN_REFRESH:-10}"
# The webhook receiver (bench.jar receiver), subscribed as both external systems; how long after the client stops
# every acknowledged case's event may take to arrive (retries back off while the receiver was down).
DRILL_RECEIVER_PORT="${DRILL_RECEIVER_PORT:-8090}"
DRILL_SYSTEMS="tianfu-tongban yukuaiban"
DRILL_WEBHOOKS_WAIT="${DRILL_WEBHOOKS_WAIT:-240}"
DRILL_EVENT_TYPES='["cn.chuanyu.common-handling.case.submitted","cn.chuanyu.common-handling.case.status-changed"]'

# drill_fail MESSAGE: stop the client (it would go on filing cases) and give up.
drill_fail() { stop_pid drill-client; die "$*"; }

drill_progress() { awk -v k="$1" '$1 == k {print $2}' "$DRILL_DIR/progress" 2>/dev/null | grep . || echo 0; }

# drill_await_acks N: until N more submissions are acknowledged than now; prints the seconds it took.
drill_await_acks() {
  local want=$(( $(drill_progress acknowledged) + $1 )) t0=$SECONDS deadline=$((SECONDS + DRILL_RECOVERY_TIMEOUT))
  until [ "$(drill_progress acknowledged)" -ge "$want" ]; do
    pid_alive drill-client || drill_fail "the drill client stopped early; its log is $LOG_DIR/drill-client.log"
    [ $SECONDS -ge $deadline ] && drill_fail "no $1 acknowledgements within ${DRILL_RECOVERY_TIMEOUT}s: the platform did not recover"
    sleep 0.2
  done
  echo $((SECONDS - t0))
}

# drill_client_start [OPTIONS...]: the external system's client (bench.jar drill), filing cases through the gateway
# until $DRILL_DIR/stop appears; OPTIONS go to it as they are (the restore drill gives up later).
drill_client_start() {
  start_bg drill-client "$LOG_DIR/drill-client.log" java -jar "$ROOT/bench/target/bench.jar" drill \
    --gateway "$GATEWAY_URL" --token-cmd "'$ROOT/platform' token $DRILL_ACCOUNT" \
    --rate "$DRILL_RATE" --token-refresh-seconds "$DRILL_TOKEN_REFRESH" --stop-file "$DRILL_DIR/stop" --progress-file "$DRILL_DIR/progress" \
    --out "$DRILL_DIR/report.json" "$@"
}

# drill_client_finish: tell the client to stop, wait until it has checked what the platform kept, require its report.
drill_client_finish() {
  touch "$DRILL_DIR/stop"
  while pid_alive drill-client; do sleep 0.5; done
  rm -f "$PID_DIR/drill-client.pid"
  grep '^drill:' "$LOG_DIR/drill-client.log" >&2 || true
  [ -s "$DRILL_DIR/report.json" ] || die "the drill client wrote no report; its log is $LOG_DIR/drill-client.log"
}

drill_record() { printf '| %s | %s | %s |\n' "$1" "$2" "$3" >> "$DRILL_DIR/faults.md"; }

drill_health_all() {
  local c name port module
  for c in $COMPONENTS; do
    IFS=: read -r name port module <<<"$c"
    curl -fsS -o /dev/null --max-time 5 "http://$BIND_HOST:$(management_port "$port")/q/health/ready" || die "$name is not healthy after the drill"
  done
}

drill_receiver_start() {
  start_bg drill-receiver "$LOG_DIR/drill-receiver.log" java -Xmx64m -jar "$ROOT/bench/target/bench.jar" receiver \
    --port "$DRILL_RECEIVER_PORT" --secrets-dir "$DRILL_DIR/secrets" --out "$DRILL_DIR/arrivals.jsonl"
  local deadline=$((SECONDS + 30))
  until grep -q listening "$LOG_DIR/drill-receiver.log" 2>/dev/null; do
    pid_alive drill-receiver || drill_fail "the drill's receiver did not start; log: $LOG_DIR/drill-receiver.log"
    [ $SECONDS -lt $deadline ] || drill_fail "the drill's receiver did not start within 30 s"
    sleep 0.2
  done
}

# drill_subscribe: each external system subscribes the receiver (its own path) to the case events.
drill_subscribe() {
  local account body result
  mkdir -p "$DRILL_DIR/secrets"
  : > "$DRILL_DIR/subscriptions"
  for account in $DRILL_SYSTEMS; do
    body=$(jq -cn --arg url "http://$BIND_HOST:$DRILL_RECEIVER_PORT/$account" --argjson types "$DRILL_EVENT_TYPES" \
      '{callbackUrl: $url, eventTypes: $types, description: "the fault drill"}')
    result=$(demo_call "$account" POST /api/notifications/subscriptions "$body")
    [ "${result%% *}" = 201 ] || drill_fail "$account could not subscribe the drill's receiver: $result"
    jq -r .secret <<<"${result#* }" > "$DRILL_DIR/secrets/$account"
    printf '%s %s\n' "$account" "$(jq -r .id <<<"${result#* }")" >> "$DRILL_DIR/subscriptions"
  done
}

drill_unsubscribe() {
  local account id
  while read -r account id; do
    demo_call "$account" DELETE "/api/notifications/subscriptions/$id" >/dev/null
  done < "$DRILL_DIR/subscriptions"
}

# drill_kill_and_restart NAME: kill -9 a component, start it again, wait until it is ready.
drill_kill_and_restart() {
  local name=$1 victim
  victim=$(cat "$PID_DIR/$name.pid")
  kill -KILL "$victim"
  wait "$victim" 2>/dev/null || true   # reaped here, so the shell does not report it as "Killed"
  rm -f "$PID_DIR/$name.pid"
  start_component "$name" "$(component_port "$name")" "$(component_module "$name")"
  wait_http "$name" "http://$BIND_HOST:$(management_port "$(component_port "$name")")/q/health/ready" "$START_TIMEOUT" "$LOG_DIR/$name.log"
}

# drill_run KEYCLOAK_OUTAGE_SECONDS RECEIVER_OUTAGE_SECONDS: runs the drill against the running stack; the reports
# are $DRILL_DIR/report.json (cases) and $DRILL_DIR/webhooks.json (what the receiver got).
drill_run() {
  local outage=$1 receiver_outage=${2:-60} t0 took acks_before acks_after login rc=0
  rm -rf "$DRILL_DIR"; mkdir -p "$DRILL_DIR"
  : > "$DRILL_DIR/faults.md"
  drill_receiver_start
  drill_subscribe
  log "drill: $DRILL_ACCOUNT files cases through the gateway at $DRILL_RATE/s"
  drill_client_start
  took=$(drill_await_acks "$DRILL_RECOVERED_ACKS") || drill_fail "no steady submissions before any fault"
  drill_record "steady submissions before any fault" "$took s to $DRILL_RECOVERED_ACKS acknowledgements" "baseline"

  log "drill: the webhook receiver down for ${receiver_outage}s"
  t0=$SECONDS
  stop_pid drill-receiver
  while [ $((SECONDS - t0)) -lt "$receiver_outage" ]; do
    pid_alive drill-client || drill_fail "the drill client stopped during the receiver's outage"
    sleep 0.5
  done
  drill_receiver_start
  drill_record "webhook receiver down for ${receiver_outage} s, start again" "$((SECONDS - t0)) s" \
    "deliveries fail and are retried with backoff; submissions go on"

  log "drill: kill -9 notifications, then start it again"
  t0=$SECONDS
  drill_kill_and_restart notifications
  drill_record "kill -9 notifications, start again" "$((SECONDS - t0)) s" \
    "ready again; claims of the killed process are taken up after 30 s (at least once)"

  log "drill: kill -9 common-handling, then start it again"
  t0=$SECONDS
  drill_kill_and_restart common-handling
  took=$(drill_await_acks "$DRILL_RECOVERED_ACKS") || drill_fail "no recovery after common-handling was killed"
  drill_record "kill -9 common-handling, start again" "$((SECONDS - t0)) s" "ready, then $took s to $DRILL_RECOVERED_ACKS acknowledgements"

  log "drill: restart PostgreSQL"
  t0=$SECONDS
  pg_restart
  took=$(drill_await_acks "$DRILL_RECOVERED_ACKS") || drill_fail "no recovery after PostgreSQL restarted"
  drill_record "restart PostgreSQL (fast mode)" "$((SECONDS - t0)) s" "services reconnect by themselves; $took s to $DRILL_RECOVERED_ACKS acknowledgements after the restart"

  log "drill: stop Keycloak for ${outage}s"
  kc_stop
  t0=$SECONDS
  acks_before=$(drill_progress acknowledged)
  if (kc_token "$DRILL_ACCOUNT" >/dev/null 2>&1); then login="a new login succeeded (unexpected)"; rc=1; else login="a new login fails cleanly"; fi
  while [ $((SECONDS - t0)) -lt "$outage" ]; do
    pid_alive drill-client || drill_fail "the drill client stopped during the Keycloak outage"
    sleep 0.5
  done
  acks_after=$(drill_progress acknowledged)
  [ "$acks_after" -gt "$acks_before" ] || { log "drill: no submission was acknowledged while Keycloak was down"; rc=1; }
  kc_start
  took=$(drill_await_acks "$DRILL_RECOVERED_ACKS") || drill_fail "no recovery after Keycloak came back"
  drill_record "stop Keycloak for ${outage} s, start again" "$((SECONDS - t0)) s" \
    "$((acks_after - acks_before)) submissions acknowledged with tokens already issued while it was down; $login"

  drill_client_finish
  drill_health_all
  jq -e '.lost == 0 and .duplicated == 0 and .timelinesBroken == 0 and .refused == 0 and .gaveUp == 0 and .acknowledged == .sent' \
    "$DRILL_DIR/report.json" >/dev/null || rc=1
  log "drill: waiting for every acknowledged case's event at the receiver (at most ${DRILL_WEBHOOKS_WAIT}s)"
  java -jar "$ROOT/bench/target/bench.jar" webhooks --drill-report "$DRILL_DIR/report.json" \
    --arrivals "$DRILL_DIR/arrivals.jsonl" --path /tianfu-tongban --foreign-path /yukuaiban \
    --wait-seconds "$DRILL_WEBHOOKS_WAIT" --out "$DRILL_DIR/webhooks.json" >&2 || rc=1
  drill_unsubscribe
  stop_pid drill-receiver
  drill_markdown "$outage" "$receiver_outage" > "$DRILL_DIR/report.md"
  return $rc
}

drill_markdown() {
  local r="$DRILL_DIR/report.json"
  cat <<MD
Run $(jq -r .runId "$r"), $(jq -r .started "$r") to $(jq -r .ended "$r"), on $(uname -n) ($(nproc) cores),
command \`./platform drill\` (Keycloak outage $1 s, receiver outage $2 s, $(jq -r .ratePerSecond "$r") submissions per second as \`$DRILL_ACCOUNT\`).

| fault | time to recover | notes |
|---|---|---|
$(cat "$DRILL_DIR/faults.md")

| sent | acknowledged | retried | attempts | found | lost | duplicated | timelines verified |
|---|---|---|---|---|---|---|---|
| $(jq -r '[.sent, .acknowledged, .retried, .attempts, .found, .lost, .duplicated, "\(.timelinesVerified) of \(.timelinesVerified + .timelinesBroken)"] | map(tostring) | join(" | ")' "$r") |

Attempts by result: $(jq -r '.attemptResults | to_entries | map("\(.key) × \(.value)") | join(", ")' "$r").
Token refreshes that failed (Keycloak down; the client kept its token): $(jq -r .failedTokenRefreshes "$r").

Webhooks (a receiver verifying every signature, subscribed as both external systems; one \`case.submitted\` expected
per acknowledged case, at \`tianfu-tongban\`'s path; duplicates are allowed, at least once):

| expected | delivered | duplicates | lost | out of order | bad signatures | foreign | waited |
|---|---|---|---|---|---|---|---|
| $(jq -r '[.expected, .delivered, .duplicates, .lost, .outOfOrder, .badSignatures, .foreign, "\(.waitedSeconds) s"] | map(tostring) | join(" | ")' "$DRILL_DIR/webhooks.json" 2>/dev/null) |
MD
}

cmd_drill() {
  require_tools
  stack_up
  local rc=0
  case "${1:-}" in
    --restore) cmd_drill_restore; return ;;
    "") ;;
    *) die "usage: ./platform drill [--restore]" ;;
  esac
  drill_run "${DRILL_KEYCLOAK_OUTAGE:-30}" "${DRILL_RECEIVER_OUTAGE:-60}" || rc=$?
  java -jar "$ROOT/bench/target/bench.jar" report --file "$ROOT/docs/drill.md" --section drill --content "$DRILL_DIR/report.md"
  cat "$DRILL_DIR/report.md"
  [ $rc -eq 0 ] || die "the drill found a problem (report: $DRILL_DIR/report.json)"
  log "drill passed; docs/drill.md updated"
}

# ./platform drill --restore: the restore drill with RESTORE_DRILL_CASES stored (default 1M, as the target asks).
cmd_drill_restore() {
  local rc=0
  restore_drill_run "${RESTORE_DRILL_CASES:-1000000}" "./platform drill --restore" || rc=$?
  java -jar "$ROOT/bench/target/bench.jar" report --file "$ROOT/docs/drill.md" --section restore --content "$RESTORE_DRILL_DIR/report.md"
  cat "$RESTORE_DRILL_DIR/report.md"
  [ $rc -eq 0 ] || die "the restore drill missed a target (facts: $RESTORE_DRILL_DIR/facts.json)"
  log "restore drill passed; docs/drill.md updated"
}
