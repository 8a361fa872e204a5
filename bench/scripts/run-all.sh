#!/usr/bin/env bash
# usage: bench/scripts/run-all.sh [--quick]
# Every measurement of issue 9, one after another, each summary saved to $AK_BENCH_DIR/results/ and printed
# together at the end: JMH (full, or --quick), the archive against turndown and flexmark, the one-file run, memory.
set -euo pipefail
. "$(dirname "$0")/common.sh"
jmh_args=(); [ "${1:-}" = --quick ] && jmh_args=(--quick)
mkdir -p "$WORK/results"
uptime >"$WORK/results/load-before.txt"
"$SCRIPTS/jmh.sh" "${jmh_args[@]}" | tee "$WORK/results/jmh-full-log.txt" \
  | sed -n '/^## articlekit JMH summary/,$p' >"$WORK/results/jmh.txt"
"$SCRIPTS/compare-archive.sh" >"$WORK/results/archive.txt"
"$SCRIPTS/compare-one-file.sh" >"$WORK/results/one-file.txt"
"$SCRIPTS/memory-jsonl.sh" >"$WORK/results/memory.txt"
uptime >"$WORK/results/load-after.txt"
echo "# articlekit speed — $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "load average before: $(sed 's/.*average: //' "$WORK/results/load-before.txt"); after: $(sed 's/.*average: //' "$WORK/results/load-after.txt")"
cat "$WORK/results/jmh.txt" "$WORK/results/archive.txt" "$WORK/results/one-file.txt" "$WORK/results/memory.txt"
