#!/usr/bin/env bash
# usage: bench/scripts/jmh.sh [--quick] [--corpus seed,seeds,2mb,10mb] [--json FILE] [--gc serial|parallel|g1]
# Builds bench/target/benchmarks.jar when it is missing or older than the sources, then runs every JMH benchmark
# through BenchReport and prints its summary (ops/s, articles/s, MB/s, share of jsoup's floor, linearity).
# Full mode about 11 minutes on two cores, --quick about 4.
set -euo pipefail
. "$(dirname "$0")/common.sh"
jar="$ROOT/bench/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT"/{core,parser,exporter,bench}/pom.xml \
      "$ROOT"/{core,parser,exporter,bench}/src/main "$ROOT/seeds" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  if command -v mvn >/dev/null 2>&1; then maven=(mvn); else maven=("$ROOT/mvnw"); fi
  echo "building $jar…" >&2
  (cd "$ROOT" && "${maven[@]}" -B -q -pl bench -am -DskipTests package) >&2
fi
exec java -cp "$jar" org.articlekit.bench.BenchReport "$@"
