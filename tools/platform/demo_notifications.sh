# The demo's webhook receiver and one subscription per external system pointing at it (docs/notifications.md,
# "Trying it"). Sourced by ./platform after demo.sh.

RECEIVER_PORT="${RECEIVER_PORT:-8089}"
RECEIVER_DIR="$RUN_DIR/receiver"
DEMO_EVENT_TYPES='["cn.chuanyu.common-handling.case.submitted","cn.chuanyu.common-handling.case.status-changed","cn.chuanyu.common-handling.case.supplement-requested","cn.chuanyu.common-handling.case.overdue"]'

receiver_start() {
  pid_alive receiver && return 0
  mkdir -p "$RECEIVER_DIR/secrets"
  start_bg receiver "$LOG_DIR/receiver.log" java -Xmx32m "$ROOT/tools/platform/receiver/DemoReceiver.java" \
    "$RECEIVER_PORT" "$RECEIVER_DIR/secrets"
  local deadline=$((SECONDS + 30))
  until grep -q "listening" "$LOG_DIR/receiver.log" 2>/dev/null; do
    pid_alive receiver || die "the demo receiver did not start; log: $LOG_DIR/receiver.log"
    [ $SECONDS -lt $deadline ] || die "the demo receiver did not start within 30 s; log: $LOG_DIR/receiver.log"
    sleep 0.2
  done
}

receiver_stop() { stop_pid receiver; }

# demo_subscribe ACCOUNT: the account's subscription to the receiver, made once; a lost secret is rotated anew.
demo_subscribe() {
  local account=$1 url="http://$BIND_HOST:$RECEIVER_PORT/$1" secret_file="$RECEIVER_DIR/secrets/$1" result id body
  result=$(demo_step "$account" GET /api/notifications/subscriptions)
  [ "${result%% *}" = 200 ] || return 0
  id=$(jq -r --arg url "$url" '[.[] | select(.callbackUrl == $url)][0].id // empty' <<<"${result#* }")
  if [ -n "$id" ] && [ -s "$secret_file" ]; then
    return 0
  fi
  if [ -n "$id" ]; then
    result=$(demo_step "$account" POST "/api/notifications/subscriptions/$id/rotate-secret")
  else
    body=$(jq -cn --arg url "$url" --argjson types "$DEMO_EVENT_TYPES" --arg who "$account" \
      '{callbackUrl: $url, eventTypes: $types, description: ("demo: the cases " + $who + " filed")}')
    result=$(demo_step "$account" POST /api/notifications/subscriptions "$body")
  fi
  case "${result%% *}" in
    200|201) jq -r .secret <<<"${result#* }" > "$secret_file"; chmod 600 "$secret_file" ;;
  esac
}

demo_load_notifications() {
  receiver_start
  demo_subscribe tianfu-tongban
  demo_subscribe yukuaiban
  log "demo receiver on http://$BIND_HOST:$RECEIVER_PORT/ (what arrived: $LOG_DIR/receiver.log)"
}
