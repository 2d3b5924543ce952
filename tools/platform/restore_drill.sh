# The restore drill (./platform drill --restore, and a short form in ./platform test). Sourced by ./platform after
# backup.sh and drill.sh.
#
# On a throwaway PostgreSQL cluster of its own (under $RUN_DIR, on its own port; never the shared cluster, whose
# other databases a whole-cluster restore would rewind): common-handling runs on it, an external system files cases
# through the gateway (bench.jar drill, as in the fault drill), a full backup is taken while they arrive, more are
# filed, then the cluster is destroyed (kill -9, data directory removed), restored from the backups and
# common-handling started on it again. The report: acknowledged before the destruction, present after, lost (and how
# old the oldest lost acknowledgement was: the recovery point), duplicated, timelines verified, and the time from the
# destruction until common-handling answered again (the recovery time).

RESTORE_DRILL_DIR="$RUN_DIR/restore-drill"
RESTORE_DRILL_PORT="${RESTORE_DRILL_PORT:-5499}"
RESTORE_DRILL_STANZA=drill
# Acknowledgements to wait for before the backup, and after it before the destruction. The backup ends with a WAL
# switch; 75 at 5 a second puts the destruction some 5 s into an archive_timeout interval (10 s) rather than on the
# switch that ends it, so the drill shows what a destruction in the middle of an interval loses.
RESTORE_DRILL_ACKS_BEFORE="${RESTORE_DRILL_ACKS_BEFORE:-20}"
RESTORE_DRILL_ACKS_AFTER="${RESTORE_DRILL_ACKS_AFTER:-75}"
# Targets: the recovery point as the archive_timeout bounds it (docs/adr/0014), the recovery time.
RESTORE_DRILL_RPO_MAX_S="${RESTORE_DRILL_RPO_MAX_S:-60}"
RESTORE_DRILL_RTO_MAX_S="${RESTORE_DRILL_RTO_MAX_S:-300}"

restore_drill_pg() { # ARGS...: pg_ctl on the drill's cluster, as postgres
  (cd / && runuser -u postgres -- "$(pg_bindir)/pg_ctl" -D "$RESTORE_DRILL_DIR/pgdata" -l "$RESTORE_DRILL_DIR/postgres.log" "$@")
}

restore_drill_pbr() { pgbr "$RESTORE_DRILL_DIR/pgbackrest.conf" "$RESTORE_DRILL_STANZA" "$@"; }

restore_drill_ms() { date +%s%3N; }

# common-handling on the drill's cluster (PG_PORT is where start_component points it).
restore_drill_service() {
  stop_pid common-handling
  PG_PORT=$RESTORE_DRILL_PORT start_component common-handling "$(component_port common-handling)" "$(component_module common-handling)"
  wait_http common-handling "http://$BIND_HOST:$(management_port "$(component_port common-handling)")/q/health/ready" \
    "$START_TIMEOUT" "$LOG_DIR/common-handling.log"
}

# The throwaway cluster: initdb, its pgBackRest configuration (archiving starts later), the service's roles and database.
restore_drill_cluster() {
  local db="common_handling${DB_NAME_SUFFIX:-}"
  restore_drill_teardown
  mkdir -p "$RESTORE_DRILL_DIR/pgdata"
  chown -R postgres:postgres "$RESTORE_DRILL_DIR"
  chmod 700 "$RESTORE_DRILL_DIR/pgdata"
  (cd / && runuser -u postgres -- "$(pg_bindir)/initdb" -D "$RESTORE_DRILL_DIR/pgdata" -U postgres --auth-local=peer \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8) > "$LOG_DIR/restore-drill-initdb.log" 2>&1 \
    || die "initdb of the drill's cluster failed; log: $LOG_DIR/restore-drill-initdb.log"
  printf "port = %s\nlisten_addresses = '%s'\nunix_socket_directories = '/var/run/postgresql'\n" \
    "$RESTORE_DRILL_PORT" "$PG_HOST" >> "$RESTORE_DRILL_DIR/pgdata/postgresql.conf"
  backup_write_conf "$RESTORE_DRILL_DIR/pgbackrest.conf" "$RESTORE_DRILL_STANZA" "$RESTORE_DRILL_DIR/pgdata" \
    "$RESTORE_DRILL_PORT" "$RESTORE_DRILL_DIR/repo" "$RESTORE_DRILL_DIR/log"
  restore_drill_pg -w start >/dev/null || die "the drill's cluster did not start; log: $RESTORE_DRILL_DIR/postgres.log"
  PG_PORT=$RESTORE_DRILL_PORT pg_roles common_handling
  PG_PORT=$RESTORE_DRILL_PORT pg_database "$db" common_handling
}

# WAL archiving switched on after the seed (whose gigabytes of WAL the base backup makes unnecessary), as
# ./platform backup does on the shared cluster: one restart, which common-handling rides out by reconnecting.
restore_drill_archive() {
  if [ "$(backup_archive_settings "$RESTORE_DRILL_PORT" "$RESTORE_DRILL_DIR/pgbackrest.conf" "$RESTORE_DRILL_STANZA")" = restart ]; then
    restore_drill_pg -w -m fast restart >/dev/null || die "the drill's cluster did not restart"
  fi
  restore_drill_pbr stanza-create >/dev/null || die "pgbackrest stanza-create failed; log: $RESTORE_DRILL_DIR/log"
  restore_drill_pbr check >/dev/null || die "pgbackrest check failed: WAL does not reach the drill's repository; log: $RESTORE_DRILL_DIR/log"
}

# The drill's server stopped (on any exit: a failed drill leaves its repository and logs for a look).
restore_drill_stop() {
  [ ! -f "$RESTORE_DRILL_DIR/pgdata/postmaster.pid" ] || restore_drill_pg -m immediate stop >/dev/null 2>&1 || true
}

restore_drill_teardown() {
  restore_drill_stop
  rm -rf "$RESTORE_DRILL_DIR/pgdata" "$RESTORE_DRILL_DIR/repo" "$RESTORE_DRILL_DIR/log"
}

# restore_drill_run CASES COMMAND: the drill with CASES cases seeded first (bench/seed/common-handling.sql), run by
# COMMAND (named in the report); report in $RESTORE_DRILL_DIR/report.md, facts in $RESTORE_DRILL_DIR/facts.json.
restore_drill_run() {
  local cases=$1 command=$2 db="common_handling${DB_NAME_SUFFIX:-}" rc=0 t_backup backup_s t_destroy t_ready stored
  pgbackrest_install
  mkdir -p "$RESTORE_DRILL_DIR"
  trap restore_drill_stop EXIT
  log "restore drill: a throwaway cluster on port $RESTORE_DRILL_PORT, WAL archived by pgBackRest (archive_timeout $BACKUP_ARCHIVE_TIMEOUT)"
  restore_drill_cluster
  # notifications follows common-handling's event feed; it must not read the drill's feed and keep its positions.
  stop_pid notifications
  restore_drill_service
  if [ "$cases" -gt 0 ]; then
    log "restore drill: seeding $cases cases"
    PG_PORT=$RESTORE_DRILL_PORT pg_super -d "$db" -v cases="$cases" < "$ROOT/bench/seed/common-handling.sql" >/dev/null \
      || die "seeding the drill's cluster failed"
  fi
  stored=$(PG_PORT=$RESTORE_DRILL_PORT pg_super -d "$db" -Atc "select count(*) from case_file")
  restore_drill_archive

  rm -rf "$DRILL_DIR"; mkdir -p "$DRILL_DIR"
  log "restore drill: $DRILL_ACCOUNT files cases through the gateway at $DRILL_RATE/s"
  drill_client_start --give-up-seconds "$((RESTORE_DRILL_RTO_MAX_S + 60))"
  drill_await_acks "$RESTORE_DRILL_ACKS_BEFORE" >/dev/null || drill_fail "no submissions before the backup"

  log "restore drill: full backup while cases arrive"
  t_backup=$(restore_drill_ms)
  restore_drill_pbr backup --type=full >/dev/null || drill_fail "pgbackrest backup failed; log: $RESTORE_DRILL_DIR/log"
  backup_s=$(( ($(restore_drill_ms) - t_backup) / 1000 ))
  drill_await_acks "$RESTORE_DRILL_ACKS_AFTER" >/dev/null || drill_fail "submissions stopped after the backup"

  log "restore drill: destroying the cluster (kill -9, data directory removed)"
  t_destroy=$(restore_drill_ms)
  local postmaster; postmaster=$(head -n 1 "$RESTORE_DRILL_DIR/pgdata/postmaster.pid")
  kill -KILL "$postmaster"
  # Gone before the restore starts: a new postmaster refuses the port while the old one's socket lock names a live
  # process. (A lost machine would have no lock file at all; this one keeps it, naming a dead process.)
  local deadline=$((SECONDS + 30))
  while kill -0 "$postmaster" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.05; done
  rm -rf "$RESTORE_DRILL_DIR/pgdata"
  mkdir -m 700 "$RESTORE_DRILL_DIR/pgdata"; chown postgres:postgres "$RESTORE_DRILL_DIR/pgdata"

  log "restore drill: restoring from the backup and the archived WAL"
  restore_drill_pbr restore --recovery-option=hot_standby=off >/dev/null || drill_fail "pgbackrest restore failed; log: $RESTORE_DRILL_DIR/log"
  restore_drill_pg -w -t 600 start >/dev/null || drill_fail "the restored cluster did not start; log: $RESTORE_DRILL_DIR/postgres.log"
  backup_await_promotion "$RESTORE_DRILL_PORT"
  local t_restored; t_restored=$(restore_drill_ms)
  # What the process that lived through the destruction logged, kept for a look before it is restarted.
  cp "$LOG_DIR/common-handling.log" "$RESTORE_DRILL_DIR/common-handling-through-the-destruction.log"
  restore_drill_service
  t_ready=$(restore_drill_ms)
  # The client kept filing (and retrying) through the outage, as a real one would; now it stops and checks.
  drill_client_finish

  jq --argjson destroy "$t_destroy" --argjson ready "$t_ready" --argjson restored "$t_restored" \
    --argjson backup "$backup_s" --argjson stored "$stored" --arg timeout "$BACKUP_ARCHIVE_TIMEOUT" '{
      stored: $stored, backupSeconds: $backup, archiveTimeout: $timeout,
      acknowledgedBefore: ([.acknowledgedAtMillis[] | select(. < $destroy)] | length),
      acknowledgedAfter: ([.acknowledgedAtMillis[] | select(. >= $destroy)] | length),
      present: (.found), lost, duplicated, timelinesVerified, timelinesBroken, refused, gaveUp,
      rpoSeconds: (if (.lostAcknowledgedAtMillis | length) == 0 then 0
                   else (($destroy - (.lostAcknowledgedAtMillis | min)) / 1000) end),
      restoreSeconds: (($restored - $destroy) / 1000), rtoSeconds: (($ready - $destroy) / 1000),
      started, ended, ratePerSecond }' "$DRILL_DIR/report.json" > "$RESTORE_DRILL_DIR/facts.json"
  jq -e --argjson rpo "$RESTORE_DRILL_RPO_MAX_S" --argjson rto "$RESTORE_DRILL_RTO_MAX_S" \
    '.duplicated == 0 and .timelinesBroken == 0 and .refused == 0 and .gaveUp == 0 and .rpoSeconds <= $rpo and .rtoSeconds <= $rto' \
    "$RESTORE_DRILL_DIR/facts.json" >/dev/null || rc=1
  restore_drill_markdown "$command" > "$RESTORE_DRILL_DIR/report.md"

  # Back as before: common-handling on the shared cluster, notifications again, the throwaway cluster gone.
  stop_pid common-handling
  restore_drill_teardown
  start_services
  return $rc
}

restore_drill_markdown() {
  local f="$RESTORE_DRILL_DIR/facts.json"
  cat <<MD
Run $(jq -r .started "$f") to $(jq -r .ended "$f"), on $(uname -n) ($(nproc) cores), command \`$1\`:
a throwaway PostgreSQL $(PG_PORT=$PG_PORT pg_super -d postgres -Atc "show server_version" | cut -d' ' -f1) cluster with $(jq -r .stored "$f") cases stored, WAL archived by pgBackRest
$(pgbackrest version | awk '{print $2}') with \`archive_timeout = $(jq -r .archiveTimeout "$f")\`, \`$DRILL_ACCOUNT\` filing $(jq -r .ratePerSecond "$f") cases a second through
the gateway; a full backup while they arrived ($(jq -r .backupSeconds "$f") s), $RESTORE_DRILL_ACKS_AFTER more acknowledged, then \`kill -9\` and the
data directory removed; \`pgbackrest restore\` (to the end of the archive) and common-handling started on it again.

| acknowledged before the destruction | present after the restore | lost | duplicated | timelines verified | recovery point (RPO) | restore | recovery time (RTO) |
|---|---|---|---|---|---|---|---|
| $(jq -r '[.acknowledgedBefore, .present, .lost, .duplicated, "\(.timelinesVerified) of \(.timelinesVerified + .timelinesBroken)", "\(.rpoSeconds) s", "\(.restoreSeconds) s", "\(.rtoSeconds) s"] | map(tostring) | join(" | ")' "$f") |

Lost: acknowledged cases the restored cluster does not hold (their WAL had not been archived yet); the recovery
point is how long before the destruction the oldest of them was acknowledged (0 when none was lost); target
≤ $RESTORE_DRILL_RPO_MAX_S s. Present counts every drill case found after the restore, including the $(jq -r .acknowledgedAfter "$f") filed or retried
while the cluster was gone and acknowledged once it was back. Recovery time: from the destruction until common-handling answered again on
the restored cluster; target ≤ $RESTORE_DRILL_RTO_MAX_S s.
MD
}
