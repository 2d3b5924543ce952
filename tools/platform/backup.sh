# Backups of the local PostgreSQL cluster with pgBackRest (Debian's package): ./platform backup, backups, restore,
# and the restore drill. Sourced by ./platform. Why pgBackRest and what it promises: docs/adr/0014.
#
# PostgreSQL hands each completed WAL segment to pgBackRest (archive_command), and archive_timeout completes a
# segment at least every BACKUP_ARCHIVE_TIMEOUT while anything is written: that bounds what a destroyed cluster can
# lose (the recovery point). Backups are of the whole cluster (every database on it), full, differential or
# incremental, into a repository on this machine. Keycloak's local store is not PostgreSQL (start-dev keeps it in
# H2), so a backup also exports both realms with their users and credentials (kc.sh export), and a restore imports
# the newest export taken at or before the point restored to.

BACKUP_STANZA=platform
BACKUP_CONF="${BACKUP_CONF:-/etc/pgbackrest/chuanyu.conf}"
BACKUP_REPO="${BACKUP_REPO:-/var/lib/pgbackrest}"
BACKUP_LOG="${BACKUP_LOG:-/var/log/pgbackrest}"
# The recovery point objective: at most this much acknowledged work is lost with the cluster (plus one archive-push).
BACKUP_ARCHIVE_TIMEOUT="${BACKUP_ARCHIVE_TIMEOUT:-10s}"
# Full backups kept (each with the differentials, incrementals and WAL that depend on it).
BACKUP_RETENTION_FULL="${BACKUP_RETENTION_FULL:-2}"
BACKUP_KEYCLOAK_DIR="$BACKUP_REPO/keycloak"

pgbackrest_install() {
  command -v pgbackrest >/dev/null 2>&1 && return 0
  [ "$(id -u)" -eq 0 ] || die "install pgbackrest (Debian) first"
  log "installing pgbackrest (Debian)"
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbackrest >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbackrest >/dev/null; }; } \
    || die "apt-get install pgbackrest failed"
}

# pgbr CONF STANZA ARGS...: pgBackRest as the postgres user (it reads the data directory and connects by peer).
pgbr() {
  local conf=$1 stanza=$2; shift 2
  (cd / && runuser -u postgres -- pgbackrest --config="$conf" --stanza="$stanza" "$@")
}

# backup_write_conf CONF STANZA DATA_DIR PORT REPO LOG_DIR: one stanza, its repository and its logs.
backup_write_conf() {
  local conf=$1 stanza=$2 data=$3 port=$4 repo=$5 logs=$6
  mkdir -p "$(dirname "$conf")" "$repo" "$logs"
  chown postgres:postgres "$repo" "$logs"
  cat > "$conf" <<CONF
# Written by ./platform (tools/platform/backup.sh); edits are overwritten.
[global]
repo1-path=$repo
repo1-retention-full=$BACKUP_RETENTION_FULL
compress-type=lz4
process-max=2
start-fast=y
log-path=$logs
log-level-console=warn
log-level-file=info

[$stanza]
pg1-path=$data
pg1-port=$port
pg1-socket-path=/var/run/postgresql
CONF
  chmod 644 "$conf"
}

# backup_archive_settings PORT CONF STANZA: WAL archiving to the stanza; prints "restart" when the server must be
# restarted for archive_mode to take effect.
backup_archive_settings() {
  local port=$1 conf=$2 stanza=$3
  PG_PORT=$port pg_super -d postgres >/dev/null <<SQL || die "could not set WAL archiving on port $port"
ALTER SYSTEM SET archive_mode = 'on';
ALTER SYSTEM SET archive_command = 'pgbackrest --config=$conf --stanza=$stanza archive-push %p';
ALTER SYSTEM SET archive_timeout = '$BACKUP_ARCHIVE_TIMEOUT';
SELECT pg_reload_conf();
SQL
  [ "$(PG_PORT=$port pg_super -d postgres -Atc "SELECT setting FROM pg_settings WHERE name = 'archive_mode'")" = on ] \
    || echo restart
}

# The installed Debian cluster on PG_PORT: "version cluster", or nothing.
backup_debian_cluster() { pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p {print $1, $2; exit}'; }

# backup_setup: the shared cluster archives into the platform stanza (once; later calls find it so).
backup_setup() {
  [ "$(id -u)" -eq 0 ] || die "./platform backup and restore manage the Debian cluster as root"
  pgbackrest_install
  pg_start
  local version cluster data
  read -r version cluster < <(backup_debian_cluster)
  [ -n "$version" ] || die "./platform backup works on the installed Debian cluster; none listens on port $PG_PORT"
  data=$(pg_super -d postgres -Atc "show data_directory")
  backup_write_conf "$BACKUP_CONF" "$BACKUP_STANZA" "$data" "$PG_PORT" "$BACKUP_REPO" "$BACKUP_LOG"
  if [ "$(backup_archive_settings "$PG_PORT" "$BACKUP_CONF" "$BACKUP_STANZA")" = restart ]; then
    log "restarting PostgreSQL once to switch WAL archiving on (the services reconnect by themselves)"
    pg_ctlcluster "$version" "$cluster" restart || die "pg_ctlcluster $version $cluster restart failed"
    pg_wait "/var/log/postgresql/postgresql-$version-$cluster.log"
  fi
  pgbr "$BACKUP_CONF" "$BACKUP_STANZA" stanza-create >/dev/null || die "pgbackrest stanza-create failed (log: $BACKUP_LOG)"
  pgbr "$BACKUP_CONF" "$BACKUP_STANZA" check >/dev/null || die "pgbackrest check failed: WAL is not reaching the repository (log: $BACKUP_LOG)"
}

# The kinds of backup in the repository, one per line (full, diff, incr).
backup_kinds() { pgbr "$BACKUP_CONF" "$BACKUP_STANZA" info --output=json 2>/dev/null | jq -r '.[0].backup[]?.type'; }

# When a realm export was taken (its directory is named by the UTC time, 20261207T214157Z), in epoch seconds.
backup_export_epoch() {
  date -u -d "$(basename "$1" | sed -E 's/(....)(..)(..)T(..)(..)(..)Z/\1-\2-\3 \4:\5:\6Z/')" +%s
}

# backup_keycloak: both realms with their users and credentials, exported while Keycloak is stopped (its H2 store
# admits one process), into $BACKUP_KEYCLOAK_DIR/<UTC time>. Keycloak starts again if it was running.
backup_keycloak() {
  kc_install
  local was_up="" dir
  dir="$BACKUP_KEYCLOAK_DIR/$(date -u +%Y%m%dT%H%M%SZ)"
  pid_alive keycloak && was_up=1
  [ -z "$was_up" ] || { log "keycloak: stopped for the realm export (tokens already issued stay valid)"; kc_stop; }
  # The exports hold password hashes and client secrets: readable by root alone.
  mkdir -p -m 700 "$BACKUP_KEYCLOAK_DIR" "$dir"
  chmod 700 "$BACKUP_KEYCLOAK_DIR"
  (umask 077 && "$(kc_home)/bin/kc.sh" export --dir "$dir" --users realm_file > "$LOG_DIR/keycloak-export.log" 2>&1) \
    || { [ -z "$was_up" ] || kc_start; die "the realm export failed; log: $LOG_DIR/keycloak-export.log"; }
  [ -z "$was_up" ] || kc_start
  rm -f "$dir"/master-realm.json
  ls "$dir"/*-realm.json >/dev/null 2>&1 || die "the realm export wrote no realm; log: $LOG_DIR/keycloak-export.log"
  # Exports are kept as long as the oldest full backup: older ones could only restore realms without their data.
  local oldest old
  oldest=$(pgbr "$BACKUP_CONF" "$BACKUP_STANZA" info --output=json | jq -r '[.[0].backup[] | select(.type == "full")][0].timestamp.start')
  for old in "$BACKUP_KEYCLOAK_DIR"/*; do
    [ "$(backup_export_epoch "$old")" -ge "$oldest" ] || rm -rf "$old"
  done
  log "keycloak: realms exported to $dir"
}

# ./platform backup [--full|--diff|--incr]: full when none exists, else incremental (on the last backup).
cmd_backup() {
  require_tools
  local type=""
  case "${1:-}" in
    --full) type=full ;; --diff) type=diff ;; --incr) type=incr ;; "") ;;
    *) die "usage: ./platform backup [--full|--diff|--incr]" ;;
  esac
  backup_setup
  if [ -z "$type" ]; then
    if backup_kinds | grep -qx full; then type=incr; else type=full; fi
  fi
  [ "$type" = full ] || backup_kinds | grep -qx full || die "no full backup yet: ./platform backup --full first"
  log "backup: $type backup of the cluster on port $PG_PORT into $BACKUP_REPO"
  local t0=$SECONDS
  pgbr "$BACKUP_CONF" "$BACKUP_STANZA" backup --type="$type" || die "pgbackrest backup failed (log: $BACKUP_LOG)"
  log "backup: $type backup done in $((SECONDS - t0)) s"
  backup_keycloak
  cmd_backups
}

# ./platform backups: every backup with its times and sizes, the WAL that extends it, and the realm exports.
cmd_backups() {
  pgbackrest_install
  [ -f "$BACKUP_CONF" ] || die "no backup configured yet: ./platform backup"
  pgbr "$BACKUP_CONF" "$BACKUP_STANZA" info
  echo "Keycloak realm exports (start-dev's H2 store; restored with the cluster):"
  ls -1 "$BACKUP_KEYCLOAK_DIR" 2>/dev/null | sed 's/^/    /'
}

# ./platform restore [--to <ISO time>]: the whole cluster as it was at that time (default: as late as the archive
# reaches), and the realms from the newest export taken at or before it. The stack is stopped around it.
cmd_restore() {
  require_tools
  local to="" target=() stack_was_up="" version cluster export
  case "${1:-}" in
    --to) to=${2:?usage: ./platform restore [--to <ISO time>]} ;;
    "") ;;
    *) die "usage: ./platform restore [--to <ISO time>]" ;;
  esac
  [ "$(id -u)" -eq 0 ] || die "./platform restore manages the Debian cluster as root"
  [ -f "$BACKUP_CONF" ] && backup_kinds | grep -qx full || die "no backup to restore from (./platform backups)"
  if [ -n "$to" ]; then
    date -u -d "$to" +%s >/dev/null 2>&1 || die "--to: not a time: $to (e.g. 2026-12-07T21:30:00+08:00)"
    target=(--type=time "--target=$(date -u -d "$to" '+%Y-%m-%d %H:%M:%S+00')" --target-action=promote)
  fi
  read -r version cluster < <(backup_debian_cluster)
  [ -n "$version" ] || die "no Debian cluster on port $PG_PORT to restore"
  pid_alive gateway && stack_was_up=1
  stop_services
  log "restore: stopping PostgreSQL $version/$cluster and restoring it${to:+ to $to}"
  local t0=$SECONDS
  pg_ctlcluster "$version" "$cluster" stop -m fast || die "could not stop PostgreSQL"
  pgbr "$BACKUP_CONF" "$BACKUP_STANZA" restore --delta --recovery-option=hot_standby=off "${target[@]}" || die "pgbackrest restore failed (log: $BACKUP_LOG)"
  pg_ctlcluster "$version" "$cluster" start || die "PostgreSQL did not start after the restore; see /var/log/postgresql/"
  pg_wait "/var/log/postgresql/postgresql-$version-$cluster.log"
  backup_await_promotion "$PG_PORT"
  log "restore: PostgreSQL restored in $((SECONDS - t0)) s"
  export=$(backup_keycloak_export_at "${to:-now}")
  if [ -n "$export" ]; then
    local kc_was_up=""
    pid_alive keycloak && kc_was_up=1
    kc_stop
    log "restore: importing the realms exported at $(basename "$export")"
    "$(kc_home)/bin/kc.sh" import --dir "$export" --override true > "$LOG_DIR/keycloak-import.log" 2>&1 \
      || die "the realm import failed; log: $LOG_DIR/keycloak-import.log"
    [ -z "$kc_was_up" ] && [ -z "$stack_was_up" ] || kc_start
  fi
  [ -z "$stack_was_up" ] || start_services
  log "restore: done${to:+ (as at $to)}"
}

# The newest realm export taken at or before TIME, or nothing.
backup_keycloak_export_at() {
  local limit d best=""
  limit=$(date -u -d "$1" +%s)
  for d in "$BACKUP_KEYCLOAK_DIR"/*; do
    [ -d "$d" ] || continue
    [ "$(backup_export_epoch "$d")" -le "$limit" ] && best=$d
  done
  printf '%s' "$best"
}

# backup_await_promotion PORT: until the restored server has replayed what it was given and accepts writes. A restore
# sets hot_standby=off, so that the server refuses every connection ("starting up", which the services answer as a
# 503 outage) until then: with it on, a service that reconnects during recovery met a read-only database, and the
# restore drill saw 500s and a row-level-security refusal (docs/drill.md).
backup_await_promotion() {
  local deadline=$((SECONDS + ${RESTORE_RECOVERY_TIMEOUT:-600}))
  until [ "$(PG_PORT=$1 pg_super -d postgres -Atc "SELECT pg_is_in_recovery()" 2>/dev/null)" = f ]; do
    [ $SECONDS -lt $deadline ] || die "PostgreSQL on port $1 was still recovering after ${RESTORE_RECOVERY_TIMEOUT:-600}s"
    sleep 0.2
  done
}
