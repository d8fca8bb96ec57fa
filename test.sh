#!/usr/bin/env bash
# Runs every test of Fabrique: unit tests, Arquillian tests against the provisioned WildFly, browser tests in
# headless Chromium with axe-core and the kill -9 crash test, on the embedded H2 database; then the suite
# again on a real PostgreSQL, a private cluster started on loopback for this run only (Debian's postgresql
# package, installed when missing) and removed afterwards: every unit and Arquillian test, every page opened
# by every role (PageMatrixIT), but not the browser tests, which check what the browser shows of the same
# services (FABRIQUE_TEST_PG_BROWSER=true runs them there too). Installs Debian's chromium and chromium-driver
# when they are missing. A browser or database that cannot start fails the run.
#
# With FABRIQUE_DB_URL set, the whole suite runs once, on that database only (see README.md, "PostgreSQL").
set -euo pipefail
cd "$(dirname "$0")"

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

install_packages() {
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests…"
  install_packages chromium chromium-driver
fi

if [ -n "${FABRIQUE_DB_URL:-}" ]; then
  exec ./mvnw -B verify "$@"
fi

started=$(date +%s)
echo "== The test suite on the embedded H2 database"
./mvnw -B verify "$@"
h2_done=$(date +%s)

echo "== The test suite on PostgreSQL"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the PostgreSQL run…"
  install_packages postgresql
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_port=${FABRIQUE_TEST_PG_PORT:-55432}
pg_dir=$(mktemp -d /tmp/fabrique-test-pg.XXXXXX)
pg_password="fabrique-test-$RANDOM$RANDOM"
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user the package created.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop_postgresql() {
  as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgresql EXIT
printf '%s\n' "$pg_password" > "$pg_dir/password"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$pg_dir"; fi
as_owner "$pg_bin/initdb" -D "$pg_dir/data" -U fabrique --pwfile="$pg_dir/password" --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgresql.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir" start >/dev/null \
  || { cat "$pg_dir/postgresql.log" >&2; echo "PostgreSQL did not start on 127.0.0.1:$pg_port" >&2; exit 1; }
as_owner "$pg_bin/createdb" -h "$pg_dir" -p "$pg_port" -U fabrique fabrique_test
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port, a fresh database fabrique_test"

pg_excluded=("-Dit.excluded.classes=**/browser/**")
if [ "${FABRIQUE_TEST_PG_BROWSER:-false}" = "true" ]; then pg_excluded=(); fi
FABRIQUE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/fabrique_test" FABRIQUE_DB_USER=fabrique \
FABRIQUE_DB_PASSWORD="$pg_password" ./mvnw -B verify "${pg_excluded[@]}" "$@"
pg_done=$(date +%s)

echo "== Every test passed: on H2 in $(( (h2_done - started) / 60 )) min $(( (h2_done - started) % 60 )) s," \
  "on PostgreSQL in $(( (pg_done - h2_done) / 60 )) min $(( (pg_done - h2_done) % 60 )) s"
