#!/usr/bin/env bash
# Fabrique's benchmark: builds Fabrique, then starts it on a database of its own (a fresh embedded one with the
# demo data, or FABRIQUE_DB_URL's) pinned to CPU 0, and measures each main page and endpoint with wrk pinned to
# CPU 1, at 1 and 8 clients, as ratios to the floor (GET /api/health) measured in the same run.
# Needs wrk and taskset (Debian: apt-get install wrk util-linux). Options: --seconds N (10) per measure,
# --warm N (5) of warming each, --out FILE (bench/results/benchmark-<date>.md), --label TEXT. See README.md,
# "Performance".
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk taskset; do
  command -v "$tool" >/dev/null || { echo "The benchmark needs $tool (Debian: apt-get install wrk util-linux)" >&2; exit 1; }
done
if [ "${BENCH_NO_BUILD:-}" != "1" ]; then
  ./mvnw -B -q -DskipTests package
fi
exec java bench/Benchmark.java "$@"
