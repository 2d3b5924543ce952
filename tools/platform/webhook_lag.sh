#!/bin/bash
# Commit-to-2xx of webhooks at 100 and 200 case submissions per second (RATES), against a stack already up
# (./platform up); prints one line per rate (docs/benchmarks.md, "Webhooks"). Not yet part of ./platform bench.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export ROOT="$PWD"
eval "$(sed -e '$d' -e 's/^ROOT=.*//' platform)"
W="$RUN_DIR/webhook-lag"; rm -rf $W; mkdir -p $W/secrets
start_bg wh-receiver $W/receiver.log java -Xmx64m -jar bench/target/bench.jar receiver --port 8091 --secrets-dir $W/secrets --out $W/arrivals.jsonl
until grep -q listening "$W/receiver.log" 2>/dev/null; do sleep 0.2; done
body=$(jq -cn '{callbackUrl: "http://127.0.0.1:8091/tianfu-tongban", eventTypes: ["cn.chuanyu.common-handling.case.submitted"], description: "bench"}')
result=$(demo_call tianfu-tongban POST /api/notifications/subscriptions "$body")
jq -r .secret <<<"${result#* }" > $W/secrets/tianfu-tongban
sid=$(jq -r .id <<<"${result#* }")
snap() { curl -s http://127.0.0.1:9085/q/metrics | grep -E '^notifications_delivery_lag_seconds_bucket' | sed -E 's/.*le="([^"]+)"\} ([0-9.E+-]+)/\1 \2/' > "$1"; }
for rate in ${RATES:-100 200}; do
  snap $W/before-$rate
  pidstat_start=$(awk '{print $14+$15}' /proc/$(cat $PID_DIR/notifications.pid)/stat)
  t0=$(date +%s.%N)
  java -jar bench/target/bench.jar drill --gateway "$GATEWAY_URL" --token-cmd "'$ROOT/platform' token tianfu-tongban" \
    --rate $rate --max-seconds 60 --stop-file $W/stop-$rate --progress-file $W/progress-$rate --out $W/drill-$rate.json > $W/drill-$rate.log 2>&1 &
  dp=$!
  sleep 60; touch $W/stop-$rate; wait $dp
  sleep 5   # the last deliveries of the run land in the histogram
  t1=$(date +%s.%N)
  pidstat_end=$(awk '{print $14+$15}' /proc/$(cat $PID_DIR/notifications.pid)/stat)
  rss=$(awk '/VmRSS/ {print $2}' /proc/$(cat $PID_DIR/notifications.pid)/status)
  snap $W/after-$rate
  python3 - "$W/before-$rate" "$W/after-$rate" "$rate" "$pidstat_start" "$pidstat_end" "$t0" "$t1" "$rss" "$W/drill-$rate.json" <<'PY'
import sys, json
b=dict((float(l.split()[0]) if l.split()[0]!='+Inf' else float('inf'), float(l.split()[1])) for l in open(sys.argv[1]) if l.strip())
a=dict((float(l.split()[0]) if l.split()[0]!='+Inf' else float('inf'), float(l.split()[1])) for l in open(sys.argv[2]) if l.strip())
les=sorted(a); d=[(le, a[le]-b.get(le,0)) for le in les]
total=d[-1][1]
def q(p):
    for le,c in d:
        if c>=p*total: return le
ticks=100
cpu=(int(sys.argv[5])-int(sys.argv[4]))/ticks/(float(sys.argv[7])-float(sys.argv[6]))
r=json.load(open(sys.argv[9]))
print(f"rate {sys.argv[3]}/s: submitted {r['acknowledged']} acknowledged, webhooks delivered {int(total)}, commit-to-2xx p50 <= {q(0.5)*1000:.0f} ms, p99 <= {q(0.99)*1000:.0f} ms; notifications CPU {cpu*100:.0f}% of one core, RSS {int(sys.argv[8])//1024} MiB")
PY
done
demo_call tianfu-tongban DELETE /api/notifications/subscriptions/$sid >/dev/null
stop_pid wh-receiver
