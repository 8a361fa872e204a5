#!/usr/bin/env bash
# usage: bench/scripts/compare-one-file.sh [RUNS]          (default 5)
# One-file latency, process start included: `./articlekit convert SEED --to markdown -o OUT` against turndown
# (and flexmark-html2md, for reference) converting the seed's body, RUNS runs alternately; prints medians and the
# target of issue 9: articlekit <= 2x turndown.
set -euo pipefail
. "$(dirname "$0")/common.sh"
runs=${1:-5}
ensure_peers
[ -f "$WORK/seed-body.html" ] || "$SCRIPTS/make-archive.sh"
ensure_articlekit
results="$WORK/one-file-runs.txt"; : >"$results"
for i in $(seq "$runs"); do
  for tool in articlekit turndown flexmark; do
    out="$WORK/one-$tool"; rm -rf "$out"
    case $tool in
      articlekit) line=$(measure "$tool" "$WORK/one-$tool.log" -- "$ROOT/articlekit" convert "$SEED" --to markdown -o "$out") ;;
      turndown)   line=$(measure "$tool" "$WORK/one-$tool.log" -- "${TURNDOWN[@]}" "$WORK/seed-body.html" "$out") ;;
      flexmark)   line=$(measure "$tool" "$WORK/one-$tool.log" -- "${FLEXMARK[@]}" "$WORK/seed-body.html" "$out") ;;
    esac
    echo "$tool $line" | tee -a "$results" >&2
  done
done
med() { awk -v t="$1" -v c="$2" '$1 == t { print $c }' "$results" | median; }
echo
echo "## One file: the seed to markdown, median of $runs runs (process start included)"
echo
echo "| tool | wall ms | peak RSS MB | exit |"
echo "|---|---:|---:|---:|"
for tool in articlekit turndown flexmark; do
  awk -v t="$tool" -v s="$(med "$tool" 2)" -v kb="$(med "$tool" 3)" \
    -v e="$(awk -v t="$tool" '$1 == t { print $4 }' "$results" | sort -u | tr '\n' ' ')" \
    'BEGIN { printf "| %s | %.0f | %.0f | %s|\n", t, s * 1000, kb / 1024, e }'
done
echo
ratio=$(awk '$1 == "articlekit" { ak = $2 } $1 == "turndown" { printf "%.4f\n", ak / $2 }' "$results" | median)
awk -v r="$ratio" -v ak="$(med articlekit 2)" -v td="$(med turndown 2)" 'BEGIN {
  printf "articlekit / turndown = %.2fx median of per-run ratios (%.2fx of medians)  target <= 2x  %s\n", r, ak / td, (r <= 2 ? "PASS" : "FAIL") }'
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "(all runs: $results)"
