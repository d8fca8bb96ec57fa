#!/usr/bin/env bash
# Fabrique's benchmark: builds Fabrique, then starts it (both CPUs: the start time is the machine's), pins it to
# CPU 0 and measures each main page and endpoint with wrk pinned to CPU 1, at 1 and 8 clients, as ratios to the
# floor (GET /api/health) measured in the same run, with the time from the start to the first page and the
# resident memory.
#   bench/benchmark.sh                      the demo data on a fresh embedded database (or FABRIQUE_DB_URL's);
#                                           its first start is the one measured
#   bench/benchmark.sh --scales 1,100       each scale in turn on its own database in bench/work/scale-N/,
#                                           generated on both CPUs by a first start with FABRIQUE_GENERATE_SCALE=N
#                                           when it is not there yet (up to 30 minutes) and kept for the next runs;
#                                           the measured start keeps the search index; the report compares the
#                                           largest scale with the smallest and each scale with issue 16's targets
# Options: --scale N (repeatable) or --scales N,M (1 to 1000), --fresh (delete bench/work/scale-N first: generate
# again), --seconds N (10) per measure, --warm N (5) of warming each, --out FILE (bench/results/
# benchmark-<date>.md, or benchmark-<date>-scale-<scales>.md), --label TEXT. BENCH_NO_BUILD=1 skips the build.
# Needs wrk and taskset (Debian: apt-get install wrk util-linux). See README.md, "Performance".
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk taskset; do
  command -v "$tool" >/dev/null || { echo "The benchmark needs $tool (Debian: apt-get install wrk util-linux)" >&2; exit 1; }
done
if [ "${BENCH_NO_BUILD:-}" != "1" ]; then
  ./mvnw -B -q -DskipTests package
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -encoding UTF-8 -d "$tmp" bench/*.java
java -cp "$tmp" Benchmark "$@"
