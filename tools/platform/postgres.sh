# PostgreSQL for the local stack and the tests. Sourced by ./platform after common.sh.
# Order of preference: a server already answering on $PG_HOST:$PG_PORT; the installed Debian
# cluster; a Debian cluster created now (as root); a project-local cluster under $RUN_DIR (non-root).

# One database per service (docs/architecture.md, "Databases"); each gets <db>_owner and <db>_app roles, a
# <db>_test twin for the test suite and a <db>_bench twin for ./platform bench.
SERVICE_DATABASES="parks projects policy_coordination common_handling notifications"
PG_LOCAL_DATA="$RUN_DIR/postgres/data"

pg_answers() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; }

pg_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/postgres" ] && { echo "$d"; return 0; }
  done
  return 1
}

pg_install_binaries() {
  if [ "$(id -u)" -ne 0 ]; then
    die "PostgreSQL server binaries are missing. Install them (Debian: sudo apt-get install postgresql) or point PG_HOST/PG_PORT, PGUSER and PGPASSWORD at a running server."
  fi
  log "installing Debian's postgresql package"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
    || die "apt-get install postgresql failed"
}

pg_wait() {
  local deadline=$(( $(date +%s) + 60 ))
  until pg_answers; do
    [ "$(date +%s)" -ge "$deadline" ] && die "PostgreSQL did not answer on $PG_HOST:$PG_PORT within 60s (log: $1)"
    sleep 0.5
  done
}

pg_start() {
  pg_answers && return 0
  command -v pg_isready >/dev/null || pg_install_binaries
  if [ -d "$PG_LOCAL_DATA" ]; then
    "$(pg_bindir)/pg_ctl" -D "$PG_LOCAL_DATA" -l "$LOG_DIR/postgres.log" -w start >/dev/null || die "project-local PostgreSQL did not start; log: $LOG_DIR/postgres.log"
    pg_wait "$LOG_DIR/postgres.log"; return 0
  fi
  pg_bindir >/dev/null || pg_install_binaries
  if [ "$(id -u)" -eq 0 ] && command -v pg_ctlcluster >/dev/null; then
    local version cluster
    read -r version cluster < <(pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3==p {print $1, $2; exit}')
    if [ -z "$version" ]; then
      version=$(basename "$(dirname "$(pg_bindir)")"); cluster=main
      log "creating the Debian cluster $version/$cluster on port $PG_PORT"
      pg_createcluster -p "$PG_PORT" "$version" "$cluster" >/dev/null || die "pg_createcluster failed"
    fi
    log "starting the Debian PostgreSQL cluster $version/$cluster"
    pg_ctlcluster "$version" "$cluster" start || die "pg_ctlcluster $version $cluster start failed; see /var/log/postgresql/"
    pg_wait "/var/log/postgresql/postgresql-$version-$cluster.log"; return 0
  fi
  log "initialising a project-local PostgreSQL cluster in $PG_LOCAL_DATA"
  mkdir -p "$(dirname "$PG_LOCAL_DATA")"
  "$(pg_bindir)/initdb" -D "$PG_LOCAL_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null \
    || die "initdb failed"
  printf "listen_addresses = '%s'\nport = %s\nunix_socket_directories = '%s'\n" "$PG_HOST" "$PG_PORT" "$RUN_DIR/postgres" >> "$PG_LOCAL_DATA/postgresql.conf"
  "$(pg_bindir)/pg_ctl" -D "$PG_LOCAL_DATA" -l "$LOG_DIR/postgres.log" -w start >/dev/null || die "PostgreSQL did not start; log: $LOG_DIR/postgres.log"
  pg_wait "$LOG_DIR/postgres.log"
}

pg_stop() {
  # Only a cluster this project created is stopped; a shared server keeps running.
  if [ -d "$PG_LOCAL_DATA" ] && [ -f "$PG_LOCAL_DATA/postmaster.pid" ]; then
    "$(pg_bindir)/pg_ctl" -D "$PG_LOCAL_DATA" -m fast stop >/dev/null
  fi
}

# Superuser psql: PGUSER/PGPASSWORD when given, else the postgres OS user (peer), else the local cluster.
# It runs from / : psql as the postgres user cannot read a root-owned working directory and says so
# ("could not change directory") on every call. Scripts are fed on standard input, never by path, for
# the same reason.
pg_super() {
  (
    cd /
    if [ -n "${PGUSER:-}" ]; then
      psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" "$@"
    elif [ -d "$PG_LOCAL_DATA" ]; then
      psql -X -q -v ON_ERROR_STOP=1 -h "$RUN_DIR/postgres" -p "$PG_PORT" -U postgres "$@"
    elif [ "$(id -u)" -eq 0 ]; then
      runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"
    else
      psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres "$@"
    fi
  )
}

# The twins of each service database: <db>_test for the module tests, <db>_e2e for the stack that
# ./platform test runs end to end (dropped and created in every such run), <db>_bench for ./platform
# bench's data at scale. The demo database <db> is the developer's own and no test touches it.
DB_TWINS="_test _e2e _bench"

# pg_roles DB: the owner and runtime roles of one service, created when missing. Dev passwords equal
# the role names; they exist only on this loopback server (production takes its passwords from Secrets).
pg_roles() {
  local db=$1
  pg_super -d postgres <<SQL >/dev/null || die "could not create the roles of $db"
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${db}_owner') THEN
    CREATE ROLE ${db}_owner LOGIN PASSWORD '${db}_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${db}_app') THEN
    CREATE ROLE ${db}_app LOGIN PASSWORD '${db}_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END \$\$;
SQL
}

# pg_database NAME DB: database NAME owned by DB's owner role, created when missing, with the runtime
# role's grants. Whatever the owner creates, the runtime role may use (but never owns: RLS stays in force).
pg_database() {
  local d=$1 db=$2
  if [ -z "$(pg_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$d'")" ]; then
    pg_super -d postgres -c "CREATE DATABASE $d OWNER ${db}_owner ENCODING 'UTF8' TEMPLATE template0" >/dev/null \
      || die "could not create database $d"
  fi
  pg_super -d "$d" >/dev/null <<SQL || die "could not grant privileges in $d"
REVOKE ALL ON DATABASE $d FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $d TO ${db}_app;
GRANT USAGE ON SCHEMA public TO ${db}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${db}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${db}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${db}_app;
SQL
}

# pg_provision DB: roles, the demo database and its twins for one service; idempotent.
pg_provision() {
  local db=$1 twin
  pg_roles "$db"
  pg_database "$db" "$db"
  for twin in $DB_TWINS; do pg_database "$db$twin" "$db"; done
}

pg_provision_all() {
  local db
  for db in $SERVICE_DATABASES; do pg_provision "$db"; done
}

# pg_recreate SUFFIX: every service's <db>SUFFIX twin dropped (sessions on it ended; every object in it,
# whichever role owns it, goes with it) and created empty again. The roles are reset to the attributes
# and dev passwords pg_roles gives them, so nothing an earlier run changed in them survives either.
pg_recreate() {
  local suffix=$1 db
  [ -n "$suffix" ] || die "pg_recreate: a twin suffix is required (the demo databases are never dropped)"
  for db in $SERVICE_DATABASES; do
    pg_roles "$db"
    pg_super -d postgres >/dev/null <<SQL || die "could not reset the roles of $db"
ALTER ROLE ${db}_owner LOGIN PASSWORD '${db}_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
ALTER ROLE ${db}_app LOGIN PASSWORD '${db}_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
ALTER ROLE ${db}_owner RESET ALL;
ALTER ROLE ${db}_app RESET ALL;
SQL
    pg_super -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db$suffix WITH (FORCE)" >/dev/null \
      || die "could not drop database $db$suffix"
    pg_database "$db$suffix" "$db"
  done
}

pg_status_line() {
  if pg_answers; then
    printf '%-20s %-5s port %-5s %s\n' postgres up "$PG_PORT" "$( [ -d "$PG_LOCAL_DATA" ] && echo "log $LOG_DIR/postgres.log" || echo "(system server)")"
  else
    printf '%-20s %-5s port %-5s\n' postgres down "$PG_PORT"
  fi
}

# pg_restart: a fast restart of the server this project runs (the fault drill's "restart PostgreSQL").
pg_restart() {
  if [ -d "$PG_LOCAL_DATA" ] && [ -f "$PG_LOCAL_DATA/postmaster.pid" ]; then
    "$(pg_bindir)/pg_ctl" -D "$PG_LOCAL_DATA" -l "$LOG_DIR/postgres.log" -m fast -w restart >/dev/null \
      || die "project-local PostgreSQL did not restart; log: $LOG_DIR/postgres.log"
  elif [ "$(id -u)" -eq 0 ] && command -v pg_ctlcluster >/dev/null; then
    local version cluster
    read -r version cluster < <(pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3==p {print $1, $2; exit}')
    [ -n "$version" ] || die "no Debian cluster on port $PG_PORT to restart"
    pg_ctlcluster --mode fast "$version" "$cluster" restart || die "pg_ctlcluster $version $cluster restart failed"
  else
    die "PostgreSQL on $PG_HOST:$PG_PORT was not started by this project; the drill cannot restart it"
  fi
  pg_wait "$LOG_DIR/postgres.log"
}
