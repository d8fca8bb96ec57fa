#!/usr/bin/env bash
# Restores a backup of Fabrique's embedded database while Fabrique is stopped:
#   ./restore.sh ~/.fabrique/data/backups/fabrique-2026-12-03T01-00-00Z.zip
# It puts the backup's fabrique.mv.db into the data folder (FABRIQUE_DATA_DIR, else ~/.fabrique/data) and
# moves the database it replaces into replaced-<time>/ there. It refuses, changing nothing, while Fabrique
# runs on that folder (the database file is locked) and a file that is not a Fabrique backup.
# The work is done by web-ui/src/main/scripts/Restore.java, run by the JDK (nothing else is needed).
# See README.md, "Operations".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
fi
if ! command -v "$java" >/dev/null 2>&1; then
  echo "restore.sh: a JDK 17 or later is needed (java on the PATH or JAVA_HOME)" >&2
  exit 1
fi
exec "$java" "$here/web-ui/src/main/scripts/Restore.java" "$@"
