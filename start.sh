#!/usr/bin/env bash
# Builds Fabrique and starts it at http://localhost:8080/ (Ctrl-C stops it).
# With no configuration it uses the embedded H2 database in ~/.fabrique/data (FABRIQUE_DATA_DIR) and,
# when that database is empty, loads the demo data and demo accounts. See README.md, "Configuration".
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -B -q -DskipTests package

server=web-ui/target/server
if [ -n "${FABRIQUE_DB_URL:-}" ] && [ -z "${FABRIQUE_DB_DRIVER:-}" ]; then
  case "$FABRIQUE_DB_URL" in
    jdbc:postgresql:*) export FABRIQUE_DB_DRIVER=postgresql ;;
    jdbc:h2:*) export FABRIQUE_DB_DRIVER=h2 ;;
    *) echo "FABRIQUE_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL" >&2; exit 1 ;;
  esac
fi
mkdir -p "${FABRIQUE_DATA_DIR:-$HOME/.fabrique/data}"

# standalone.sh then forwards Ctrl-C and a plain kill to WildFly instead of leaving it running.
export LAUNCH_JBOSS_IN_BACKGROUND=1
echo "Starting Fabrique on http://localhost:8080/ (Ctrl-C to stop)"
# exec: the server is this process, so stopping it stops WildFly.
exec "$server/bin/standalone.sh" -b "${FABRIQUE_BIND_ADDRESS:-127.0.0.1}" "$@"
