# Shared helpers for ./platform and the scripts it sources. Sourced, never run.
# Everything the local stack writes lives under $RUN_DIR (git-ignored), so `rm -rf .run` is a full reset.

: "${ROOT:?ROOT must be set by ./platform}"
RUN_DIR="${RUN_DIR:-$ROOT/.run}"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
mkdir -p "$LOG_DIR" "$PID_DIR"

# Loopback only: nothing the local stack starts listens beyond this machine.
BIND_HOST="${BIND_HOST:-127.0.0.1}"
KC_PORT="${KC_PORT:-8180}"
KC_VERSION="${KC_VERSION:-26.4.0}"
KC_URL="http://$BIND_HOST:$KC_PORT"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"

# Each component's management interface (health, metrics, OpenAPI: everything under /q) listens on its API port
# plus this: 9080 the gateway, 9081-9084 the services. The gateway never routes it (docs/security.md, finding 3).
MANAGEMENT_PORT_OFFSET=1000
management_port() { echo $(( $1 + MANAGEMENT_PORT_OFFSET )); }

# The one list of the platform's components, name:port:module, in start order (the gateway last, in front of the
# others). Every script takes ports and modules from here (component_port, component_module, GATEWAY_URL).
COMPONENTS="parks:8081:services/parks projects:8082:services/projects policy-coordination:8083:services/policy-coordination common-handling:8084:services/common-handling notifications:8085:services/notifications gateway:8080:gateway"
component_field() { # NAME FIELD(2 port, 3 module)
  local c
  for c in $COMPONENTS; do
    [ "${c%%:*}" = "$1" ] && { echo "$c" | cut -d: -f"$2"; return 0; }
  done
  die "no component $1"
}
component_port() { component_field "$1" 2; }
component_module() { component_field "$1" 3; }
component_url() { echo "http://$BIND_HOST:$(component_port "$1")"; }
GATEWAY_URL="$(component_url gateway)"
# Where a browser reaches the gateway (Swagger UI, and the console): the realms' redirect URIs and web origins.
COOPERATION_CONSOLE_URL="${COOPERATION_CONSOLE_URL:-$GATEWAY_URL}"

log()  { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf 'platform: %s\n' "$*" >&2; exit 1; }

# pid_alive NAME: true when the process recorded in $PID_DIR/NAME.pid is running.
pid_alive() {
  local f="$PID_DIR/$1.pid"
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# stop_pid NAME: TERM the recorded process (and its group), wait up to 30 s, then KILL.
stop_pid() {
  local name=$1 f="$PID_DIR/$1.pid" pid i
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; }
  fi
  rm -f "$f"
}

# start_bg NAME LOGFILE CMD...: start CMD detached in its own process group, record its PID.
start_bg() {
  local name=$1 logfile=$2; shift 2
  # The previous run's log is kept as LOGFILE.1: a component restarted by a drill keeps the evidence of what it met.
  [ ! -s "$logfile" ] || mv -f "$logfile" "$logfile.1"
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  echo $! > "$PID_DIR/$name.pid"
  disown $! 2>/dev/null || true   # a service killed on purpose (the drill) is not reported as a job
}

# wait_http NAME URL TIMEOUT_S LOGFILE: poll URL until it answers 2xx; on timeout, name the component and its log.
wait_http() {
  local name=$1 url=$2 timeout=$3 logfile=$4 deadline=$(( $(date +%s) + $3 ))
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if ! pid_alive "$name"; then
      tail -n 30 "$logfile" >&2 2>/dev/null
      die "$name exited during start-up; its log is $logfile"
    fi
    [ "$(date +%s)" -ge "$deadline" ] && { tail -n 30 "$logfile" >&2 2>/dev/null; die "$name did not become healthy at $url within ${timeout}s; its log is $logfile"; }
    sleep 0.5
  done
}

# promtool (Debian's prometheus package) checks and unit-tests the alert rules in k8s/check
# (EveryComponentIsWatched). Installed when missing and this is root; the check says so when it could not run.
promtool_install() {
  command -v promtool >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing Debian's prometheus package for promtool (alert rule checks)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus; } \
      >/dev/null 2>&1 || log "prometheus (promtool) could not be installed: the alert rules will not be checked"
  else
    log "promtool not found: the alert rules will not be checked (apt-get install prometheus)"
  fi
}

# The TypeScript client check (TypeScriptClientIT): openapi-typescript and typescript, pinned by
# clients/typescript/package-lock.json, installed into clients/typescript/node_modules.
ts_client_install() {
  local dir="$ROOT/clients/typescript"
  [ -x "$dir/node_modules/.bin/tsc" ] && [ -x "$dir/node_modules/.bin/openapi-typescript" ] && return 0
  command -v npm >/dev/null 2>&1 || { log "npm not found: the TypeScript client check will be skipped"; return 0; }
  log "installing the TypeScript client check's packages into clients/typescript (npm ci)"
  (cd "$dir" && npm ci --no-audit --no-fund --silent) >&2 \
    || log "the TypeScript client check's packages could not be installed: the check will be skipped"
}

# Spectral (npm @stoplight/spectral-cli) lints the gateway's merged OpenAPI in the end-to-end suite
# (GatewayOpenApiIT). Installed into $RUN_DIR, never globally; without npm or a registry the lint is
# skipped (the test says so), not failed.
SPECTRAL_VERSION="${SPECTRAL_VERSION:-6.16.3}"
spectral_install() {
  [ -x "$RUN_DIR/node_modules/.bin/spectral" ] && return 0
  if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    log "installing npm (Debian) for the Spectral lint"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null || true
  fi
  command -v npm >/dev/null 2>&1 || { log "npm not found: the Spectral lint of the merged OpenAPI will be skipped"; return 0; }
  log "installing @stoplight/spectral-cli@$SPECTRAL_VERSION into $RUN_DIR"
  mkdir -p "$RUN_DIR"
  npm install --no-audit --no-fund --silent --prefix "$RUN_DIR" "@stoplight/spectral-cli@$SPECTRAL_VERSION" >&2 \
    || log "Spectral could not be installed: the lint of the merged OpenAPI will be skipped"
}
