# Keycloak for the local stack: install, realm import, start/stop, tokens. Sourced by ./platform after common.sh.
# Functions only; nothing here runs when the file is sourced.
#
# Realms come from two layers (see k8s/keycloak/README.md): k8s/keycloak/realms/<realm>.json (structure, every
# environment) and k8s/keycloak/dev/<realm>.json (demo users, dev secrets, dev signing key). kc_prepare_realms merges
# them with k8s/keycloak/merge.jq into Keycloak's import directory; when the merged result changed since the last
# import, the dev store is wiped so that the next start imports it again (--import-realm skips existing realms).

KC_REALMS_DIR="$ROOT/k8s/keycloak/realms"
KC_DEV_DIR="$ROOT/k8s/keycloak/dev"
KC_MERGE="$ROOT/k8s/keycloak/merge.jq"
KC_LOG="$LOG_DIR/keycloak.log"

kc_home() { printf '%s\n' "$RUN_DIR/keycloak/keycloak-$KC_VERSION"; }

# kc_install: unpack the Keycloak distribution under $RUN_DIR/keycloak (fetched from Maven Central when missing).
kc_install() {
  local home dl zip tmp
  home=$(kc_home)
  [ -x "$home/bin/kc.sh" ] && return 0
  command -v unzip >/dev/null || die "unzip is required to install Keycloak (apt-get install -y unzip)"
  dl="$RUN_DIR/keycloak/download"
  zip="$dl/keycloak-quarkus-dist-$KC_VERSION.zip"
  mkdir -p "$dl"
  if [ ! -f "$zip" ]; then
    log "keycloak: fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION from Maven Central"
    # Run outside the project so Maven does not walk the reactor.
    (cd "$dl" && mvn -B -q dependency:copy \
        "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "-DoutputDirectory=$dl" -Dstyle.color=never >&2) \
      || die "could not fetch the Keycloak $KC_VERSION distribution with Maven"
  fi
  log "keycloak: unpacking into $home"
  tmp=$(mktemp -d "$RUN_DIR/keycloak/unpack.XXXXXX")
  unzip -q "$zip" -d "$tmp" || { rm -rf "$tmp"; die "could not unpack $zip"; }
  [ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ] || { rm -rf "$tmp"; die "$zip does not contain keycloak-$KC_VERSION/bin/kc.sh"; }
  mv "$tmp/keycloak-$KC_VERSION" "$home" && rm -rf "$tmp" "$dl"
}

# kc_merge_realm STRUCTURE DEV: print the merged realm (DEV may be empty: structure only).
kc_merge_realm() {
  local structure=$1 dev=${2:-}
  if [ -n "$dev" ]; then
    jq -n --slurpfile s "$structure" --slurpfile d "$dev" -f "$KC_MERGE"
  else
    jq . "$structure"
  fi
}

# kc_prepare_realms: merge both layers into <kc>/data/import; when the merged result differs from the last successful
# import, stop Keycloak if it runs and wipe the dev store, so that the next start imports the realms afresh.
kc_prepare_realms() {
  local home import f realm dev hash last
  command -v jq >/dev/null || die "jq is required (apt-get install -y jq)"
  home=$(kc_home)
  [ -x "$home/bin/kc.sh" ] || die "Keycloak is not installed; run kc_install first"
  import="$home/data/import"
  rm -rf "$import.new" && mkdir -p "$import.new"

  for f in "$KC_DEV_DIR"/*.json; do
    [ -e "$f" ] || continue
    [ -f "$KC_REALMS_DIR/$(basename "$f")" ] || die "dev realm file $f has no structure file in $KC_REALMS_DIR"
  done
  for f in "$KC_REALMS_DIR"/*.json; do
    [ -e "$f" ] || die "no realm files in $KC_REALMS_DIR"
    realm=$(basename "$f" .json)
    dev="$KC_DEV_DIR/$realm.json"; [ -f "$dev" ] || dev=
    kc_merge_realm "$f" "$dev" > "$import.new/$realm-realm.json" \
      || die "could not merge realm $realm (${f#"$ROOT"/}${dev:+ + ${dev#"$ROOT"/}})"
    [ "$(jq -r .realm "$import.new/$realm-realm.json")" = "$realm" ] \
      || die "${f#"$ROOT"/}: .realm must be \"$realm\" (the file name)"
  done
  rm -rf "$import" && mv "$import.new" "$import"

  hash=$(cd "$import" && sha256sum ./*.json | sha256sum | cut -d' ' -f1)
  last=$(cat "$RUN_DIR/keycloak/imported.sha256" 2>/dev/null || true)
  if [ "$hash" != "$last" ]; then
    if pid_alive keycloak; then
      log "keycloak: realm files changed; stopping Keycloak to re-import"
      kc_stop
    fi
    [ -d "$home/data/h2" ] && log "keycloak: realm files changed; wiping the dev store $home/data/h2"
    rm -rf "$home/data/h2"
    rm -f "$RUN_DIR/keycloak/imported.sha256"   # the store now matches no import until a start succeeds
  fi
  printf '%s\n' "$hash" > "$RUN_DIR/keycloak/pending.sha256"
}

# kc_start: start Keycloak in dev mode with the merged realms; no-op when it runs and the realms are unchanged.
kc_start() {
  local home
  kc_install
  kc_prepare_realms
  home=$(kc_home)
  if pid_alive keycloak; then
    log "keycloak: already running (pid $(cat "$PID_DIR/keycloak.pid")), realms unchanged"
    kc_wait_ready
    return 0
  fi
  if curl -s -o /dev/null --max-time 2 "$KC_URL/"; then
    die "port $KC_PORT already answers but not from a Keycloak this script started; stop it first"
  fi
  log "keycloak: starting $KC_VERSION on $KC_URL (log $KC_LOG)"
  # The console's address, which the structure realm files name as ${COOPERATION_CONSOLE_URL} (each environment
  # supplies its own: the Kubernetes overlays in keycloak-config).
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin COOPERATION_CONSOLE_URL="$COOPERATION_CONSOLE_URL" \
    start_bg keycloak "$KC_LOG" "$home/bin/kc.sh" start-dev \
      --http-host="$BIND_HOST" --http-port="$KC_PORT" --hostname="$KC_URL" \
      --health-enabled=true --import-realm
  kc_wait_ready
  cp "$RUN_DIR/keycloak/pending.sha256" "$RUN_DIR/keycloak/imported.sha256"
  log "keycloak: ready (admin console $KC_URL/admin, admin/admin)"
}

# kc_wait_ready: poll until every realm publishes its discovery document (180 s in all).
kc_wait_ready() {
  local f realm deadline=$(( $(date +%s) + 180 ))
  for f in "$KC_REALMS_DIR"/*.json; do
    realm=$(basename "$f" .json)
    wait_http keycloak "$KC_URL/realms/$realm/.well-known/openid-configuration" \
      "$(( deadline > $(date +%s) ? deadline - $(date +%s) : 1 ))" "$KC_LOG"
  done
}

kc_stop() { stop_pid keycloak; }

# kc_reimport: the next kc_start imports every realm afresh, as on a new machine: Keycloak (when this project
# runs it) is stopped and its dev store wiped, so that nothing a run changed in the realms (users, sessions,
# brute-force counters, keys) is left for the next one.
kc_reimport() {
  if pid_alive keycloak; then
    log "keycloak: stopping it to import the realms afresh"
    kc_stop
  fi
  rm -rf "$(kc_home)/data/h2" "$RUN_DIR/keycloak/imported.sha256"
}

kc_status_line() {
  if pid_alive keycloak; then
    printf '%-20s %-5s port %-5s pid %-8s log %s\n' keycloak up "$KC_PORT" "$(cat "$PID_DIR/keycloak.pid")" "$KC_LOG"
  else
    printf '%-20s %-5s port %-5s pid %-8s log %s\n' keycloak down "$KC_PORT" - "$KC_LOG"
  fi
}

# kc_account_realm ACCOUNT: print "<realm> user|client <dev file>" for a demo user or a service-account client
# defined in a dev realm file; fail when no dev file defines it.
kc_account_realm() {
  local account=$1 f kind
  for f in "$KC_DEV_DIR"/*.json; do
    [ -e "$f" ] || continue
    kind=$(jq -r --arg a "$account" '
      if any(.users[]?; .username == $a) then "user"
      elif any(.clients[]?; .clientId == $a and (.secret // "") != "") then "client"
      else empty end' "$f") || die "could not read $f"
    if [ -n "$kind" ]; then
      printf '%s %s %s\n' "$(jq -r .realm "$f")" "$kind" "$f"
      return 0
    fi
  done
  return 1
}

# kc_token ACCOUNT: print an access token for a demo user (password grant via platform-cli, password = username)
# or a service-account client (client credentials with its dev secret).
kc_token() {
  local account=${1:?usage: kc_token ACCOUNT}
  local found realm kind file secret body code
  found=$(kc_account_realm "$account") \
    || die "unknown account '$account': neither a user nor a client with a secret in $KC_DEV_DIR/*.json"
  read -r realm kind file <<<"$found"
  if [ "$kind" = user ]; then
    body=$(curl -sS --max-time 10 -w '\n%{http_code}' "$KC_URL/realms/$realm/protocol/openid-connect/token" \
      --data-urlencode grant_type=password --data-urlencode client_id=platform-cli \
      --data-urlencode "username=$account" --data-urlencode "password=$account" --data-urlencode scope=openid) \
      || die "Keycloak does not answer at $KC_URL (./platform up?)"
  else
    secret=$(jq -r --arg a "$account" '.clients[] | select(.clientId == $a) | .secret' "$file")
    body=$(curl -sS --max-time 10 -w '\n%{http_code}' "$KC_URL/realms/$realm/protocol/openid-connect/token" \
      --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$account" \
      --data-urlencode "client_secret=$secret") \
      || die "Keycloak does not answer at $KC_URL (./platform up?)"
  fi
  code=${body##*$'\n'}; body=${body%$'\n'*}
  [ "$code" = 200 ] || die "token request for '$account' (realm $realm) failed: HTTP $code $body"
  jq -er .access_token <<<"$body" || die "no access_token in Keycloak's answer for '$account'"
}
