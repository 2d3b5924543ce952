# The web console (console/, docs/console.md): its packages, its build, and its tests in ./platform test.
# Sourced by ./platform.

CONSOLE_DIR="$ROOT/console"
CONSOLE_URL="$GATEWAY_URL/console/"
# Where the gateway's image carries the built console (gateway-config's GATEWAY_CONSOLE_DIR; k8s/check holds them equal).
CONSOLE_IMAGE_DIR=/srv/console
# Quarkus' Jib build copies the module's src/main/jib into the image's root: the console is put there for the build only.
CONSOLE_IMAGE_STAGE="$ROOT/gateway/src/main/jib"

# npm ci from the committed lockfile, again whenever the lockfile is newer than what it installed.
console_install() {
  command -v npm >/dev/null 2>&1 || die "npm is required to build the console (Node 20 with npm 11)"
  if [ -x "$CONSOLE_DIR/node_modules/.bin/vite" ] && [ "$CONSOLE_DIR/node_modules/.package-lock.json" -nt "$CONSOLE_DIR/package-lock.json" ]; then
    return 0
  fi
  log "installing the console's packages (npm ci)"
  (cd "$CONSOLE_DIR" && npm ci --no-audit --no-fund --loglevel=error) > "$LOG_DIR/console-install.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/console-install.log" >&2; die "npm ci in console/ failed; log: $LOG_DIR/console-install.log"; }
}

# True when dist/ is missing or older than any of the console's sources.
console_build_needed() {
  [ -f "$CONSOLE_DIR/dist/index.html" ] || return 0
  [ -n "$(find "$CONSOLE_DIR/src" "$CONSOLE_DIR/openapi" "$CONSOLE_DIR/index.html" "$CONSOLE_DIR/package-lock.json" \
    "$CONSOLE_DIR/vite.config.ts" "$CONSOLE_DIR/scripts" -newer "$CONSOLE_DIR/dist/index.html" -type f \
    ! -name platform.d.ts -print -quit)" ]
}

# Types from the committed OpenAPI snapshot, type check, Vite build, and the first route's size check.
console_build() {
  console_build_needed || return 0
  console_install
  log "building the console (npm run build: types, type check, bundle, size check)"
  (cd "$CONSOLE_DIR" && npm run build) > "$LOG_DIR/console-build.log" 2>&1 \
    || { tail -n 30 "$LOG_DIR/console-build.log" >&2; die "the console's build failed; log: $LOG_DIR/console-build.log"; }
  touch "$CONSOLE_DIR/dist/index.html"
}

# The gateway's option that serves the console, when it is built.
console_gateway_opts() {
  [ -f "$CONSOLE_DIR/dist/index.html" ] && printf -- '-Dgateway.console.dir=%s ' "$CONSOLE_DIR/dist"
  return 0
}

# console/dist into the gateway's image at CONSOLE_IMAGE_DIR (./platform images), staged outside version control.
console_stage_for_image() {
  console_build
  rm -rf "$CONSOLE_IMAGE_STAGE"
  mkdir -p "$CONSOLE_IMAGE_STAGE$(dirname "$CONSOLE_IMAGE_DIR")"
  cp -r "$CONSOLE_DIR/dist" "$CONSOLE_IMAGE_STAGE$CONSOLE_IMAGE_DIR"
}

console_unstage_for_image() { rm -rf "$CONSOLE_IMAGE_STAGE"; }

# Debian's Chromium and CJK fonts for the browser tests (never a browser Playwright downloads).
chromium_install() {
  command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "noto.*cjk" && return 0
  [ "$(id -u)" -eq 0 ] || die "install chromium and fonts-noto-cjk (Debian) for the console's browser tests"
  log "installing chromium and fonts-noto-cjk (Debian) for the console's browser tests"
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }; } \
    || die "apt-get install chromium fonts-noto-cjk failed"
}

# The console's tests against the running stack: unit tests (Vitest), the contract (types generated from the live
# gateway's document must equal those from the committed snapshot, and compile), then the browser tests.
console_test() {
  console_install
  chromium_install
  log "console: unit tests (Vitest)"
  (cd "$CONSOLE_DIR" && npx vitest run) || return 1
  log "console: types from the live gateway's OpenAPI document against the committed snapshot"
  local live="$RUN_DIR/console-live.d.ts" snapshot="$RUN_DIR/console-snapshot.d.ts"
  (cd "$CONSOLE_DIR" && npx openapi-typescript "$GATEWAY_URL/openapi?format=json" -o "$live" \
    && npx openapi-typescript openapi/platform.json -o "$snapshot") > "$LOG_DIR/console-openapi.log" 2>&1 || return 1
  if ! diff -q "$snapshot" "$live" >/dev/null; then
    diff "$snapshot" "$live" | head -n 40 >&2
    log "console: the merged OpenAPI document changed; refresh the snapshot: curl -s '$GATEWAY_URL/openapi?format=json' > console/openapi/platform.json"
    return 1
  fi
  log "console: browser tests (Playwright, Debian's Chromium, the real Keycloak) at $CONSOLE_URL"
  (cd "$CONSOLE_DIR" && CONSOLE_URL="$CONSOLE_URL" CHROMIUM_PATH="$(command -v chromium)" npx playwright test) || return 1
}
