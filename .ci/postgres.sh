# Starts a throwaway PostgreSQL server on 127.0.0.1 and exports MINUTES_TEST_POSTGRES_URL for the
# store tests. Sourced by .ci/run; usable by hand: `source .ci/postgres.sh && start_postgres`.

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

start_postgres() {
  local bin
  if ! bin=$(pg_bin_dir); then
    apt_install postgresql || return 1
    bin=$(pg_bin_dir) || return 1
  fi
  # initdb refuses to run as root: run the server as an unprivileged user.
  local as_user=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres || return 1
    as_user=(runuser -u postgres --)
  fi
  PG_DATA_DIR=$(mktemp -d /tmp/minutes-pg.XXXXXX) || return 1
  chmod 755 "$PG_DATA_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DATA_DIR" || return 1; fi
  local port=$((20000 + RANDOM % 20000))
  "${as_user[@]}" "$bin/initdb" -D "$PG_DATA_DIR/data" -U minutes --auth=trust -E UTF8 >/dev/null \
    || return 1
  PG_STOP=("${as_user[@]}" "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -m fast stop)
  trap 'stop_postgres' EXIT
  "${as_user[@]}" "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -l "$PG_DATA_DIR/log" -w \
    -o "-p $port -k $PG_DATA_DIR -c listen_addresses=127.0.0.1" start >/dev/null || return 1
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U minutes minutes || return 1
  export MINUTES_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/minutes?user=minutes"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for tests on 127.0.0.1:$port"
}

stop_postgres() {
  [ -n "${PG_DATA_DIR:-}" ] || return 0
  "${PG_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$PG_DATA_DIR"
  PG_DATA_DIR=""
}
