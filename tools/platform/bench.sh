# ./platform bench: data at scale, real load generators, numbers into docs/benchmarks.md. Sourced by ./platform.
#
# The services run against their <db>_bench twins (seeded by SQL: bench/seed/*.sql), the gateway's rate limits
# raised by configuration as for the end-to-end run. Two generators: wrk (closed loop: the most the stack does
# with N connections kept busy) and bench.jar load (open model: a constant arrival rate, latency timed from each
# request's intended start, so queueing is not hidden). Each scenario appends JSON lines to $BENCH_DIR/results.jsonl;
# the report turns them into tables and a chart and rewrites only the bench sections of docs/benchmarks.md.

BENCH_DIR="$RUN_DIR/bench"
BENCH_CASES="${BENCH_CASES:-1000000}"
BENCH_PROJECTS="${BENCH_PROJECTS:-100000}"
BENCH_REPORTS_PER_PROJECT="${BENCH_REPORTS_PER_PROJECT:-10}"
BENCH_STEP_SECONDS="${BENCH_STEP_SECONDS:-20}"
BENCH_WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-5}"
BENCH_WRK_SECONDS="${BENCH_WRK_SECONDS:-20}"
BENCH_WRK_CONNECTIONS="${BENCH_WRK_CONNECTIONS:-16}"
# Statistics take hundreds of milliseconds each: two connections keep them busy without a queue of timeouts.
BENCH_WRK_STATS_CONNECTIONS="${BENCH_WRK_STATS_CONNECTIONS:-2}"
BENCH_WRK_TIMEOUT="${BENCH_WRK_TIMEOUT:-10s}"
BENCH_LOAD_CONNECTIONS="${BENCH_LOAD_CONNECTIONS:-64}"
BENCH_NGINX_PORT="${BENCH_NGINX_PORT:-8090}"
BENCH_RATE_LIMIT="${BENCH_RATE_LIMIT:-100000000}"
BENCH_RSS_LOAD_SECONDS="${BENCH_RSS_LOAD_SECONDS:-60}"
# Load before the first measurement, so that the JIT has compiled the hot paths (C2 takes a while).
BENCH_WARMUP_ALL_SECONDS="${BENCH_WARMUP_ALL_SECONDS:-60}"
# Offered rates (requests/s) per scenario; each series stops after the first step whose p99 exceeds 100 ms.
BENCH_RATES_GET="${BENCH_RATES_GET:-100,250,500,750,1000,1500,2000,3000}"
BENCH_RATES_SUBMIT="${BENCH_RATES_SUBMIT:-25,50,100,150,200,250,300,400,600,800,1000}"
BENCH_RATES_QUEUE="${BENCH_RATES_QUEUE:-25,50,100,200,300,400,600}"
BENCH_RATES_STATS="${BENCH_RATES_STATS:-1,2,5,10,20}"
BENCH_STOP_P99_MS="${BENCH_STOP_P99_MS:-100}"
# A park's move reaching the projects on it: how many moves, and projects on the moving park.
BENCH_MOVES="${BENCH_MOVES:-100}"
BENCH_MOVE_PROJECTS="${BENCH_MOVE_PROJECTS:-20}"
# The warning-light scan: how often the watch looks, and how long the bench waits for it to see every open case.
BENCH_LIGHT_SCAN_EVERY="${BENCH_LIGHT_SCAN_EVERY:-1s}"
BENCH_LIGHT_SCAN_TIMEOUT="${BENCH_LIGHT_SCAN_TIMEOUT:-600}"
# Submissions offered meanwhile (req/s); the verdict (bench Targets.LIGHT_SCAN_SUBMISSION_RATE) reads this rate's row.
BENCH_LIGHT_SCAN_RATE=50
# The console's queue after sign-in: how many sign-ins, each in a new browser context (console/tests/bench).
BENCH_CONSOLE_RUNS="${BENCH_CONSOLE_RUNS:-10}"
# Loads of each administrators' dashboard per data set, and who opens them (a province-admin: the widest scope).
BENCH_DASHBOARD_RUNS="${BENCH_DASHBOARD_RUNS:-5}"
BENCH_DASHBOARD_USER="${BENCH_DASHBOARD_USER:-cq-admin}"

bench_jar() { java -jar "$ROOT/bench/target/bench.jar" "$@"; }

bench_tools() {
  local missing=""
  command -v wrk >/dev/null || missing="$missing wrk"
  command -v nginx >/dev/null || missing="$missing nginx-light"
  [ -z "$missing" ] && return 0
  [ "$(id -u)" -eq 0 ] || die "install$missing (Debian packages) first"
  log "installing$missing (Debian)"
  # shellcheck disable=SC2086
  { apt-get install -y -qq $missing >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; }; } \
    || die "apt-get install$missing failed"
}

bench_raised_limits() {
  local route
  for route in parks projects policies common-handling; do
    printf -- '-Dgateway.routes.%s.rate-limit.requests=%s ' "$route" "$BENCH_RATE_LIMIT"
  done
  # The light scan is timed from the cases' marking: a scan each second, not each 30, so the wait for the next one
  # adds at most a second to it.
  printf -- '-Dcommon-handling.supervision.scan-every=%s ' "$BENCH_LIGHT_SCAN_EVERY"
}

# The stack on the bench databases. Flyway creates their schemas when the services start.
bench_stack() {
  stop_services
  pg_start
  pg_provision_all
  kc_install
  kc_start
  DB_NAME_SUFFIX=_bench SERVICE_EXTRA_OPTS="$(bench_raised_limits)" start_services
}

bench_psql() { pg_super -d "$1" -Atc "$2"; }

# Seeds once: a second run finds the rows and keeps them (drop the _bench databases to start over).
bench_seed() {
  local have t0
  have=$(bench_psql common_handling_bench "select count(*) from case_file where accepting_window = '政务服务中心川渝通办窗口'")
  if [ "$have" -lt "$BENCH_CASES" ]; then
    log "bench: seeding $BENCH_CASES cases into common_handling_bench"
    t0=$SECONDS
    pg_super -d common_handling_bench -v cases="$((BENCH_CASES - have))" < "$ROOT/bench/seed/common-handling.sql" >/dev/null
    echo "cases $BENCH_CASES $((SECONDS - t0))" >> "$BENCH_DIR/seeding"
  fi
  have=$(bench_psql common_handling_bench "select count(*) from case_file where accepting_assignee is not null")
  if [ "$have" -eq 0 ]; then
    log "bench: assigning both sides of every case in common_handling_bench"
    t0=$SECONDS
    pg_super -d common_handling_bench < "$ROOT/bench/seed/common-handling-assignees.sql" >/dev/null
    echo "case-assignees $BENCH_CASES $((SECONDS - t0))" >> "$BENCH_DIR/seeding"
  fi
  have=$(bench_psql projects_bench "select count(*) from project where created_by = 'bench-seed'")
  if [ "$have" -lt "$BENCH_PROJECTS" ]; then
    [ "$have" -eq 0 ] || die "projects_bench holds $have of $BENCH_PROJECTS bench projects; drop it and run again"
    log "bench: seeding $BENCH_PROJECTS projects with $BENCH_REPORTS_PER_PROJECT progress reports each into projects_bench"
    t0=$SECONDS
    pg_super -d projects_bench -v projects="$BENCH_PROJECTS" -v reports="$BENCH_REPORTS_PER_PROJECT" \
      < "$ROOT/bench/seed/projects.sql" >/dev/null
    echo "projects $BENCH_PROJECTS $((SECONDS - t0))" >> "$BENCH_DIR/seeding"
  fi
}

# --watch argument: the processes under test by name=pid.
bench_watch() {
  local name list=""
  for name in "$@"; do list="$list${list:+,}$name=$(cat "$PID_DIR/$name.pid")"; done
  echo "$list"
}

# bench_wrk SCENARIO SCRIPT URL ACCOUNT WATCH...: one closed-loop run; CPU and RSS of the watched processes added.
bench_wrk() {
  local scenario=$1 script=$2 url=$3 account=$4; shift 4
  local token name pid before=() after=() rss=() i=0 procs="{}" t0 t1
  token=$(kc_token "$account")
  for name in "$@"; do before+=("$(bench_ticks "$(cat "$PID_DIR/$name.pid")")"); done
  t0=$(date +%s%N)
  BENCH_LUA_DIR="$ROOT/bench/wrk" BENCH_SCENARIO="$scenario" BENCH_OUT="$BENCH_DIR/wrk.tmp" BENCH_RUN="$scenario-$(date +%s)" \
    wrk -t2 -c"$BENCH_WRK_CONNECTIONS" -d"${BENCH_WRK_SECONDS}s" --timeout "$BENCH_WRK_TIMEOUT" -s "$ROOT/bench/wrk/$script" \
      -H "Authorization: Bearer $token" "$url" >> "$LOG_DIR/bench-wrk.log" 2>&1 || die "wrk failed for $scenario ($LOG_DIR/bench-wrk.log)"
  t1=$(date +%s%N)
  for name in "$@"; do
    pid=$(cat "$PID_DIR/$name.pid")
    procs=$(jq -c --arg n "$name" --argjson cpu "$(( ( $(bench_ticks "$pid") - before[i] ) * 1000000000 / (t1 - t0) ))" \
      --argjson rss "$(bench_rss_mb "$pid")" '. + {($n): {cpuPercent: $cpu, rssMaxMb: $rss}}' <<<"$procs")
    i=$((i + 1))
  done
  jq -c --argjson p "$procs" '. + {processes: $p, connections: '"$BENCH_WRK_CONNECTIONS"'}' "$BENCH_DIR/wrk.tmp" >> "$BENCH_DIR/results.jsonl"
  rm -f "$BENCH_DIR/wrk.tmp"
  tail -n 1 "$BENCH_DIR/results.jsonl" | jq -r '"bench: \(.scenario) (wrk): \(.throughput) req/s, p50 \(.p50) ms, p99 \(.p99) ms, errors \(.errors)"' >&2
}

# CPU ticks (user + system; 100 per second on Linux) and resident set of a process.
bench_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
bench_rss_mb() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

# bench_load SCENARIO RATES METHOD URL ACCOUNT [BODY-FILE] -- WATCH...: open-model steps.
bench_load() {
  local scenario=$1 rates=$2 method=$3 url=$4 account=$5 body=${6:-}; shift 6
  local -a extra=()
  [ -n "$body" ] && extra+=(--body-file "$body" --idempotency-key)
  [ -n "${BENCH_LOAD_STOP_FILE:-}" ] && extra+=(--stop-file "$BENCH_LOAD_STOP_FILE")
  bench_jar load --scenario "$scenario" --url "$url" --method "$method" \
    --token-cmd "'$ROOT/platform' token $account" --rates "$rates" --step-seconds "$BENCH_STEP_SECONDS" \
    --warmup-seconds "$BENCH_WARMUP_SECONDS" --connections "$BENCH_LOAD_CONNECTIONS" \
    --stop-p99-ms "$BENCH_STOP_P99_MS" --out "$BENCH_DIR/results.jsonl" --watch "$(bench_watch "$@")" "${extra[@]}" \
    2>> "$LOG_DIR/bench-load.log" | sed "s/^/bench: $scenario: /" >&2
}

bench_nginx() {
  mkdir -p "$BENCH_DIR/nginx"
  cat > "$BENCH_DIR/nginx/nginx.conf" <<CONF
# nginx in front of parks, for the gateway-overhead comparison: keep-alive to the upstream, no logging.
worker_processes 1;
pid $BENCH_DIR/nginx/nginx.pid;
error_log $BENCH_DIR/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $BENCH_DIR/nginx/body;
  proxy_temp_path $BENCH_DIR/nginx/proxy;
  upstream parks { server $BIND_HOST:$(component_port parks); keepalive 64; }
  server {
    listen $BIND_HOST:$BENCH_NGINX_PORT;
    location / {
      proxy_pass http://parks;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
CONF
  nginx -c "$BENCH_DIR/nginx/nginx.conf" -s stop 2>/dev/null || true
  nginx -c "$BENCH_DIR/nginx/nginx.conf" || die "nginx did not start ($BENCH_DIR/nginx/error.log)"
  # The worker does the proxying (one worker, as one core's worth): watch it, not the master.
  local master worker="" i
  master=$(cat "$BENCH_DIR/nginx/nginx.pid")
  for i in $(seq 1 50); do worker=$(pgrep -P "$master" | head -n 1) && [ -n "$worker" ] && break; sleep 0.1; done
  [ -n "$worker" ] || die "nginx started no worker"
  echo "$worker" > "$PID_DIR/nginx.pid"
}
bench_nginx_stop() { nginx -c "$BENCH_DIR/nginx/nginx.conf" -s stop 2>/dev/null || true; rm -f "$PID_DIR/nginx.pid"; }

# A submission body for bench.jar load: valid resident ID numbers and items picked round robin.
bench_submission_body() {
  local ids="" n
  for n in $(seq 1 16); do ids="$ids${ids:+|}$(demo_resident_id "$n" 511623)"; done
  cat > "$BENCH_DIR/submission.json" <<JSON
{"itemCode":"\${pick:yidi-jiuyi-beian|hukou-qianyi|shebao-guanxi-zhuanyi|jiashizheng-buhuan}",
 "applicant":{"kind":"PERSON","name":"压测申请人","idNumber":"\${pick:$ids}"},
 "acceptingDistrict":"511623","acceptingWindow":"bench load \${seq}","handlingDistrict":"\${pick:511623|500112}"}
JSON
  echo "$BENCH_DIR/submission.json"
}

# Every path the scenarios take, at once, for a minute; nothing recorded.
bench_warm_up() {
  local gw="$GATEWAY_URL" token admin pids=()
  token=$(kc_token linshui-clerk); admin=$(kc_token sc-admin)
  log "bench: warming up for ${BENCH_WARMUP_ALL_SECONDS}s (not recorded)"
  export BENCH_LUA_DIR="$ROOT/bench/wrk" BENCH_OUT=/dev/null BENCH_RUN="warm-up-$(date +%s)"
  wrk -t1 -c4 -d"${BENCH_WARMUP_ALL_SECONDS}s" -s "$ROOT/bench/wrk/get.lua" -H "Authorization: Bearer $token" "$gw/api/parks/whoami" >/dev/null & pids+=($!)
  wrk -t1 -c4 -d"${BENCH_WARMUP_ALL_SECONDS}s" -s "$ROOT/bench/wrk/submit.lua" -H "Authorization: Bearer $token" "$gw" >/dev/null & pids+=($!)
  wrk -t1 -c2 -d"${BENCH_WARMUP_ALL_SECONDS}s" -s "$ROOT/bench/wrk/get.lua" -H "Authorization: Bearer $token" "$gw/api/common-handling/cases?limit=20" >/dev/null & pids+=($!)
  wrk -t1 -c1 -d"${BENCH_WARMUP_ALL_SECONDS}s" -s "$ROOT/bench/wrk/get.lua" -H "Authorization: Bearer $admin" "$gw/api/projects/stats?groupBy=designation&year=2024" >/dev/null & pids+=($!)
  wait "${pids[@]}"
  unset BENCH_OUT BENCH_RUN
}

bench_scenarios() {
  local gw="$GATEWAY_URL" body year
  year=$(date +%Y)
  bench_warm_up
  # 1. Gateway overhead: the same GET directly, through the gateway and through nginx.
  bench_nginx
  bench_wrk get-direct get.lua "$(component_url parks)/api/parks/whoami" linshui-clerk parks
  bench_wrk get-gateway get.lua "$gw/api/parks/whoami" linshui-clerk gateway parks
  bench_wrk get-nginx get.lua "http://$BIND_HOST:$BENCH_NGINX_PORT/api/parks/whoami" linshui-clerk nginx parks
  bench_load get-direct "$BENCH_RATES_GET" GET "$(component_url parks)/api/parks/whoami" linshui-clerk "" parks
  bench_load get-gateway "$BENCH_RATES_GET" GET "$gw/api/parks/whoami" linshui-clerk "" gateway parks
  bench_load get-nginx "$BENCH_RATES_GET" GET "http://$BIND_HOST:$BENCH_NGINX_PORT/api/parks/whoami" linshui-clerk "" nginx parks
  bench_nginx_stop
  # 2. Case submissions through the gateway with a million cases stored.
  body=$(bench_submission_body)
  bench_load case-submission "$BENCH_RATES_SUBMIT" POST "$gw/api/common-handling/cases" linshui-clerk "$body" gateway common-handling
  bench_wrk case-submission submit.lua "$gw" linshui-clerk gateway common-handling
  # 3. A clerk's work queue, and a year's statistics for a province.
  bench_load work-queue "$BENCH_RATES_QUEUE" GET "$gw/api/common-handling/cases?limit=20" linshui-clerk "" gateway common-handling
  bench_wrk work-queue get.lua "$gw/api/common-handling/cases?limit=20" linshui-clerk gateway common-handling
  # The same clerk's own cases, and the red cards in its queue (issue 18).
  bench_load work-queue-mine "$BENCH_RATES_QUEUE" GET "$gw/api/common-handling/cases?limit=20&assignee=me" linshui-clerk "" gateway common-handling
  bench_wrk work-queue-mine get.lua "$gw/api/common-handling/cases?limit=20&assignee=me" linshui-clerk gateway common-handling
  bench_load work-queue-red "$BENCH_RATES_QUEUE" GET "$gw/api/common-handling/cases?limit=20&level=RED" linshui-clerk "" gateway common-handling
  bench_wrk work-queue-red get.lua "$gw/api/common-handling/cases?limit=20&level=RED" linshui-clerk gateway common-handling
  bench_load case-stats "$BENCH_RATES_STATS" GET "$gw/api/common-handling/stats?from=$year-01-01" sc-admin "" gateway common-handling
  BENCH_WRK_CONNECTIONS=$BENCH_WRK_STATS_CONNECTIONS bench_wrk case-stats get.lua "$gw/api/common-handling/stats?from=$year-01-01" sc-admin gateway common-handling
  # 4. Project statistics over 100,000 projects and 1,000,000 progress reports.
  bench_load project-stats "$BENCH_RATES_STATS" GET "$gw/api/projects/stats?groupBy=designation&year=2024" sc-admin "" gateway projects
  BENCH_WRK_CONNECTIONS=$BENCH_WRK_STATS_CONNECTIONS bench_wrk project-stats get.lua "$gw/api/projects/stats?groupBy=designation&year=2024" sc-admin gateway projects
}

# The warning lights with every open case due for a look at once (the worst the watch meets: the first scan after
# the upgrade that brought the lights does just this): the open cases are marked, and the time runs until the watch
# has looked at the last of them. Twice: first to give the seeded cases their lights (as that upgrade did; nothing
# measured, the queue's level filter needs them), then, after the scenarios have warmed the services, measured:
# submissions arrive at a steady rate meanwhile and PostgreSQL is asked every 0.2 s for the longest any session has
# been waiting on a lock. The measured run writes "cases seconds longest-lock-wait-ms" to $BENCH_DIR/light-scan.
bench_light_scan() {
  local mode=${1:-measure}
  local cases marked t0 left waiting longest=0 load="" gw="$GATEWAY_URL" body stop="$BENCH_DIR/light-scan.stop"
  body=$(bench_submission_body)
  rm -f "$stop"
  marked=$(pg_super -d common_handling_bench -At <<'SQL'
begin;
set local session_replication_role = replica;
select now();
update case_file set supervision_next_at = now() where status not in ('REJECTED_AT_INTAKE', 'DELIVERED', 'WITHDRAWN');
commit;
SQL
)
  marked=$(head -n 1 <<<"$marked")
  cases=$(bench_psql common_handling_bench "select count(*) from case_file where supervision_next_at <= '$marked'")
  t0=$(date +%s%N)
  log "bench: $cases open cases due for a look at once ($mode); waiting for the supervision watch"
  if [ "$mode" = measure ]; then
    BENCH_STEP_SECONDS=$BENCH_LIGHT_SCAN_TIMEOUT BENCH_WARMUP_SECONDS=0 BENCH_LOAD_STOP_FILE=$stop \
      bench_load case-submission-during-scan "$BENCH_LIGHT_SCAN_RATE" POST "$gw/api/common-handling/cases" linshui-clerk "$body" gateway common-handling &
    load=$!
  fi
  while :; do
    read -r left waiting < <(bench_psql common_handling_bench "select (select count(*) from case_file where supervision_next_at <= '$marked'),
      (select coalesce(max(extract(epoch from clock_timestamp() - query_start) * 1000), 0)::int from pg_stat_activity
       where datname = 'common_handling_bench' and wait_event_type = 'Lock')" | tr '|' ' ')
    [ "$waiting" -gt "$longest" ] && longest=$waiting
    [ "$left" -eq 0 ] && break
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt "$BENCH_LIGHT_SCAN_TIMEOUT" ] || break
    sleep 0.2
  done
  local result
  result="$cases $(awk -v ns=$(( $(date +%s%N) - t0 )) 'BEGIN {printf "%.1f", ns / 1e9}') $longest"
  log "bench: light scan ($mode): $result (cases, seconds, longest lock wait in ms); $left left"
  [ "$mode" = measure ] || return 0
  echo "$result" > "$BENCH_DIR/light-scan"
  # The submissions run for the scan's length only: the stop file ends their step, which is then reported.
  touch "$stop"
  wait "$load" || die "the submissions during the light scan failed ($LOG_DIR/bench-load.log)"
}

# A park's move reaching every project on it (target ≤ 5 s at p99; docs/benchmarks.md, "Park moves"): yubei-clerk
# takes a Gaozhu park with projects out of the zone and puts it back; linshui-clerk lists its projects until all or
# none show.
bench_moves() {
  bench_jar moves --url "$GATEWAY_URL" --mover-token-command "'$ROOT/platform' token yubei-clerk" \
    --reader-token-command "'$ROOT/platform' token linshui-clerk" --moves "$BENCH_MOVES" \
    --projects "$BENCH_MOVE_PROJECTS" --out "$BENCH_DIR/moves.jsonl" > /dev/null \
    || die "park moves did not reach their projects (bench: park moves)"
}

# Exports and the red/black list over every bench project, as joint-office-sc (who reads all 100,000), against the
# projects service at its production heap (docs/security.md, finding 2): each must complete and the service stay up.
bench_exports() {
  local token fmt out code secs size rows month pid
  token=$("$ROOT/platform" token joint-office-sc | tail -n 1)
  month=$(date +%Y-%m)
  pid=$(cat "$PID_DIR/projects.pid")
  : > "$BENCH_DIR/exports"
  for fmt in csv xlsx oc4ids rankings; do
    out="$BENCH_DIR/export.$fmt"
    : > "$out"
    code=000 secs=-
    if [ "$fmt" = rankings ]; then
      read -r code secs < <(curl -sS -o "$out" -w '%{http_code} %{time_total}\n' --max-time 600 \
        -H "Authorization: Bearer $token" "$(component_url projects)/api/projects/rankings?month=$month") || true
    else
      read -r code secs < <(curl -sS -o "$out" -w '%{http_code} %{time_total}\n' --max-time 600 \
        -H "Authorization: Bearer $token" "$(component_url projects)/api/projects/export?format=$fmt") || true
    fi
    size=$(stat -c %s "$out")
    case $fmt in
      csv) rows=$(($(wc -l < "$out") - 1)) ;;
      oc4ids) rows=$(jq '.projects | length' "$out" 2>/dev/null || echo 0) ;;
      *) rows=- ;;
    esac
    kill -0 "$pid" 2>/dev/null || die "projects died during the $fmt export ($LOG_DIR/projects.log)"
    echo "$fmt $code $secs $size $rows $(bench_rss_mb "$pid")" >> "$BENCH_DIR/exports"
    log "bench: $fmt over every project as joint-office-sc: $code in $secs s, $size bytes, rows $rows"
  done
}

# Cold start: each component stopped and started alone while the rest runs; time from exec to the first 200 of
# its readiness check (polled every 20 ms), and the start-up time Quarkus itself logs.
# The work queue as a clerk sees it after signing in, in Debian's Chromium: the browser's largest contentful paint and
# the paint of the queue's first rows, over the bench data (linshui-clerk's queue holds thousands of open cases).
bench_console() {
  console_install
  chromium_install
  log "bench: the console's work queue after sign-in ($BENCH_CONSOLE_RUNS sign-ins in Chromium)"
  (cd "$CONSOLE_DIR" && BENCH_OUT="$BENCH_DIR/console-paint" BENCH_CONSOLE_RUNS="$BENCH_CONSOLE_RUNS" \
    CONSOLE_URL="$CONSOLE_URL" CHROMIUM_PATH="$(command -v chromium)" npx playwright test -c playwright.bench.config.ts queue-paint.bench.ts) \
    >> "$LOG_DIR/bench-console.log" 2>&1 || die "the console's paint bench failed ($LOG_DIR/bench-console.log)"
  awk '{print "bench: console run " NR ": largest contentful paint " $1 " ms, first rows " $2 " ms (" $4 ")"}' \
    "$BENCH_DIR/console-paint" >&2
}

# The administrators' dashboards in Chromium, each loaded from its address BENCH_DASHBOARD_RUNS times: when every panel's
# chart and table were drawn. DATA names the data set in the output file (bench: 1M cases; demo: ./platform up's).
bench_dashboards() {
  local data=$1
  console_install
  chromium_install
  log "bench: the administrators' dashboards on the $data data ($BENCH_DASHBOARD_RUNS loads each, $BENCH_DASHBOARD_USER)"
  (cd "$CONSOLE_DIR" && BENCH_OUT="$BENCH_DIR/dashboards-$data" BENCH_DASHBOARD_RUNS="$BENCH_DASHBOARD_RUNS" \
    BENCH_DASHBOARD_USER="$BENCH_DASHBOARD_USER" BENCH_DASHBOARD_REALM=chongqing \
    CONSOLE_URL="$CONSOLE_URL" CHROMIUM_PATH="$(command -v chromium)" \
    npx playwright test -c playwright.bench.config.ts dashboards.bench.ts) \
    >> "$LOG_DIR/bench-console.log" 2>&1 || die "the dashboards bench failed on the $data data ($LOG_DIR/bench-console.log)"
  awk -v d="$data" '{print "bench: dashboard " $1 " on the " d " data drawn in " $2 " ms"}' "$BENCH_DIR/dashboards-$data" >&2
}

# The same on the demo databases, with the demo data loaded if it is missing (loading is idempotent): the stack is
# restarted on them, as ./platform up would leave it.
bench_dashboards_demo() {
  stop_services
  DB_NAME_SUFFIX= SERVICE_EXTRA_OPTS="$(bench_raised_limits)" start_services
  demo_load > "$LOG_DIR/demo-bench.log" 2>&1 || die "loading the demo data failed ($LOG_DIR/demo-bench.log)"
  bench_dashboards demo
}

bench_cold_start() {
  local c name port module t0 ms quarkus
  : > "$BENCH_DIR/cold-start"
  for c in $COMPONENTS; do
    IFS=: read -r name port module <<<"$c"
    stop_pid "$name"
    t0=$(date +%s%N)
    DB_NAME_SUFFIX=_bench SERVICE_EXTRA_OPTS="$(bench_raised_limits)" start_component "$name" "$port" "$module"
    until curl -fsS -o /dev/null --max-time 1 "http://$BIND_HOST:$(management_port "$port")/q/health/ready" 2>/dev/null; do
      pid_alive "$name" || die "$name exited during start-up ($LOG_DIR/$name.log)"
      [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt "$START_TIMEOUT" ] || die "$name did not start within ${START_TIMEOUT}s"
      sleep 0.02
    done
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    quarkus=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1 s/p' "$LOG_DIR/$name.log" | tail -n 1)
    echo "$name $ms $quarkus" >> "$BENCH_DIR/cold-start"
    log "bench: $name answered ready ${ms} ms after exec (Quarkus: started in $quarkus)"
  done
}

# RSS of every service after a minute of load: wrk on a list of each service, all at once, straight to the port.
bench_rss_under_load() {
  local name pids=() path
  : > "$BENCH_DIR/rss"
  for name in parks projects policy-coordination common-handling; do
    case $name in
      parks) path="/api/parks?limit=20" ;; projects) path="/api/projects?limit=20" ;;
      policy-coordination) path="/api/policies?limit=20" ;; common-handling) path="/api/common-handling/cases?limit=20" ;;
    esac
    wrk -t1 -c2 -d"${BENCH_RSS_LOAD_SECONDS}s" -H "Authorization: Bearer $(kc_token sc-admin)" "$(component_url "$name")$path" \
      > "$BENCH_DIR/rss-$name.wrk" 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
  for name in parks projects policy-coordination common-handling gateway; do
    echo "$name $(bench_rss_mb "$(cat "$PID_DIR/$name.pid")") $(awk '/Requests\/sec/ {print $2}' "$BENCH_DIR/rss-$name.wrk" 2>/dev/null)" >> "$BENCH_DIR/rss"
  done
}

bench_report() {
  local md="$BENCH_DIR/report" flags="$JAVA_SERVICE_OPTS" pg jv cpus
  mkdir -p "$md"
  jv=$(java -version 2>&1 | head -n 1)
  pg=$(pg_super -d postgres -Atc "show server_version")
  cpus=$(nproc)
  cat > "$md/setup.md" <<MD
## Bench: machine, data and method (\`./platform bench\`)

Run on $(date -u +%Y-%m-%d) at $(date -u +%H:%M) UTC; machine: $cpus vCPU ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),
$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM; $jv; PostgreSQL $pg; Keycloak $KC_VERSION; wrk
$(wrk -v 2>&1 | head -n 1 | awk '{print $2}'); nginx $(nginx -v 2>&1 | sed 's/.*nginx\///').

Command: \`./platform bench\`. Data, loaded by SQL into the \`*_bench\` databases (not through the API):
$(awk '{printf "%s %s in %s s; ", $2, $1, $3}' "$BENCH_DIR/seeding" 2>/dev/null)$(bench_psql common_handling_bench "select count(*) from case_file") cases in common_handling_bench ($BENCH_CASES seeded, the rest filed by bench runs),
$(bench_psql projects_bench "select count(*) from project") projects and $(bench_psql projects_bench "select count(*) from progress_report") progress reports in projects_bench.

Services run with \`$flags\` (why: docs/benchmarks.md, memory section) and the gateway's rate limits raised by
configuration. Everything shares the $cpus cores: the load generator, the gateway, the service under test,
PostgreSQL and an idle Keycloak. The CPU columns below show how they were shared (100 % = one core); what is left
of $((cpus * 100)) % went to PostgreSQL and the kernel. Open-model rows (\`loadgen\`) offer a constant arrival rate for
$BENCH_STEP_SECONDS s per step after a $BENCH_WARMUP_SECONDS s warm-up, time each request from its intended start
and stop after the first step whose p99 exceeds $BENCH_STOP_P99_MS ms; closed-loop rows (\`wrk\`, $BENCH_WRK_CONNECTIONS
connections, $BENCH_WRK_STATS_CONNECTIONS for the statistics, $BENCH_WRK_SECONDS s) show the most the stack does when
kept busy.
MD

  # The targets and their verdicts are the bench jar's (verdict/Targets, with tests), not computed here.
  {
    echo "## Bench: results against the targets"
    echo
    bench_jar verdicts --results "$BENCH_DIR/results.jsonl" --exports "$BENCH_DIR/exports" \
      --moves "$BENCH_DIR/moves.jsonl" --light-scan "$BENCH_DIR/light-scan" --console "$BENCH_DIR/console-paint" \
      --dashboards-bench "$BENCH_DIR/dashboards-bench" --dashboards-demo "$BENCH_DIR/dashboards-demo" --wrk-connections "$BENCH_WRK_CONNECTIONS"
    echo
    echo "Every step measured (latencies in ms):"
    echo
    bench_jar table --in "$BENCH_DIR/results.jsonl"
    echo
    echo "![p99 and p50 latency against offered load](bench-latency.svg)"
  } > "$md/results.md"

  {
    echo "## Bench: cold start and memory under load"
    echo
    echo "Each component stopped and started alone while the rest of the stack runs; time from \`exec\` to its first"
    echo "successful readiness answer (polled every 20 ms). RSS after ${BENCH_RSS_LOAD_SECONDS} s of wrk on a list"
    echo "endpoint of every service at once (the gateway after its own scenarios). Targets: ≤ 2 s, ≤ 200 MB."
    echo
    bench_jar verdicts --cold-start "$BENCH_DIR/cold-start" --rss "$BENCH_DIR/rss"
  } > "$md/cold-start.md"

  bench_jar chart --out "$ROOT/docs/bench-latency.svg" --title "Latency against offered load (2 cores, everything on one machine)" \
    --in "$BENCH_DIR/results.jsonl" --target-ms 50 --target-ms 100
  local section
  for section in setup results cold-start; do
    bench_jar report --file "$ROOT/docs/benchmarks.md" --section "$section" --content "$md/$section.md"
  done
}

cmd_bench() {
  require_tools
  bench_tools
  rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"
  local t0=$SECONDS
  if build_needed; then stop_services; build; fi
  console_build
  bench_stack
  bench_seed
  bench_light_scan settle
  bench_scenarios
  bench_light_scan measure
  bench_moves
  bench_exports
  bench_console
  bench_dashboards bench
  bench_cold_start
  bench_rss_under_load
  bench_dashboards_demo
  bench_report
  # Back to the demo databases: the next ./platform up starts the services on them again.
  stop_services
  log "bench done in $((SECONDS - t0)) s; docs/benchmarks.md and docs/bench-latency.svg rewritten (raw results: $BENCH_DIR)"
}
