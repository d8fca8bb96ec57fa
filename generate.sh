#!/usr/bin/env bash
# Fills a fresh database with a city's volume of generated records, for measuring Fabrique at scale:
#   ./generate.sh --scale 100
# Scale 1 is about one year of a large city (50 candidate projects, 40 dialogue projects with their sessions,
# 300 recommendations, 3 workshops of 25 members, 2 evaluations), scale N is N times that, on top of the demo.
# It builds Fabrique, starts it once with FABRIQUE_GENERATE_SCALE=N on the database of FABRIQUE_DATA_DIR
# (default ~/.fabrique/data, which must not hold a database yet) or FABRIQUE_DB_URL (an empty one), waits until
# the records are generated and indexed, then stops it cleanly; ./start.sh then serves them, the index kept.
# See README.md, "Performance".
set -euo pipefail
cd "$(dirname "$0")"

scale=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="${2:-}"; shift 2 ;;
    *) echo "usage: ./generate.sh --scale N   (N from 1 to 1000)" >&2; exit 2 ;;
  esac
done
if ! [[ "$scale" =~ ^[0-9]+$ ]] || [ "$scale" -lt 1 ] || [ "$scale" -gt 1000 ]; then
  echo "usage: ./generate.sh --scale N   (N from 1 to 1000)" >&2
  exit 2
fi

data="${FABRIQUE_DATA_DIR:-$HOME/.fabrique/data}"
if [ -z "${FABRIQUE_DB_URL:-}" ] && [ -e "$data/fabrique.mv.db" ]; then
  echo "$data already holds a database: generate into a fresh one, e.g." >&2
  echo "  FABRIQUE_DATA_DIR=\$HOME/.fabrique/scale-$scale ./generate.sh --scale $scale" >&2
  exit 3
fi
mkdir -p "$data"
export FABRIQUE_DATA_DIR="$data"

./mvnw -B -q -DskipTests package

offset="${FABRIQUE_GENERATE_PORT_OFFSET:-0}"
log="$(mktemp -t fabrique-generate.XXXXXX.log)"
echo "Generating scale $scale into ${FABRIQUE_DB_URL:-$data} (server log: $log)"
started=$(date +%s)
LAUNCH_JBOSS_IN_BACKGROUND=1 FABRIQUE_GENERATE_SCALE="$scale" FABRIQUE_REMINDER_FIRST_RUN_SECONDS=86400 \
  web-ui/target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.socket.binding.port-offset="$offset" >"$log" 2>&1 &
server=$!
stop() { kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop EXIT
# WildFly says WFLYSRV0025 once Fabrique is deployed (generated and indexed), WFLYSRV0026 if it failed
until grep -q "WFLYSRV0025\|WFLYSRV0026" "$log"; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "The server stopped while generating:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  sleep 2
done
if grep -q "WFLYSRV0026\|nothing generated" "$log"; then
  grep "ERROR\|nothing generated" "$log" | head -20 >&2
  echo "Nothing generated: see $log" >&2
  exit 1
fi
grep -o "Generated at scale.*" "$log" || true
grep -o "Search index rebuilt.*" "$log" || true
stop
trap - EXIT
echo "Scale $scale generated in $(( $(date +%s) - started )) s; start Fabrique on it with:"
if [ -n "${FABRIQUE_DB_URL:-}" ]; then
  echo "  ./start.sh"
else
  echo "  FABRIQUE_DATA_DIR=$data ./start.sh"
fi
