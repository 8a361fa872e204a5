#!/usr/bin/env bash
# usage: bench/scripts/compare-archive.sh [ROUNDS]        (default 3)
# Whole runs, process start included: `./articlekit convert DIR --to markdown -o OUT` against turndown and
# flexmark-html2md over the same archive of real bodies ($AK_BENCH_DIR/archive, made by make-archive.sh when
# missing), ROUNDS rounds run alternately; prints the median wall time, articles/s, MB/s and peak RSS of each,
# and the targets of issue 9: turndown/articlekit >= 2, flexmark/articlekit >= 3.
set -euo pipefail
. "$(dirname "$0")/common.sh"
rounds=${1:-3}
ensure_peers
[ -d "$WORK/archive" ] || "$SCRIPTS/make-archive.sh"
ensure_articlekit
in="$WORK/archive"
files=$(find "$in" -type f | wc -l)
bytes=$(find "$in" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
results="$WORK/archive-runs.txt"; : >"$results"

run() { # TOOL: one whole run into a fresh output folder; appends "TOOL SECONDS PEAK_KB EXIT OUTPUTS" to $results
  local tool=$1 out="$WORK/out-$1" line
  rm -rf "$out"
  case $tool in
    articlekit) line=$(measure "$tool" "$WORK/$tool.log" -- "$ROOT/articlekit" convert "$in" --to markdown -o "$out") ;;
    turndown)   line=$(measure "$tool" "$WORK/$tool.log" -- "${TURNDOWN[@]}" "$in" "$out") ;;
    flexmark)   line=$(measure "$tool" "$WORK/$tool.log" -- "${FLEXMARK[@]}" "$in" "$out") ;;
  esac
  echo "$tool $line $(find "$out" -type f 2>/dev/null | wc -l)" | tee -a "$results" >&2
}

echo "archive: $files files, $bytes bytes; $rounds rounds of articlekit, turndown, flexmark (alternating)" >&2
for round in $(seq "$rounds"); do
  for tool in articlekit turndown flexmark; do run "$tool"; done
done

med() { awk -v t="$1" -v c="$2" '$1 == t { print $c }' "$results" | median; }
echo
echo "## Whole runs over $files bodies ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB), markdown, median of $rounds"
echo
echo "| tool | wall s | articles/s | MB/s | peak RSS MB | exit | outputs |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for tool in articlekit turndown flexmark; do
  s=$(med "$tool" 2); kb=$(med "$tool" 3)
  exits=$(awk -v t="$tool" '$1 == t { print $4 }' "$results" | sort -u | tr '\n' ' ')
  outs=$(awk -v t="$tool" '$1 == t { print $5 }' "$results" | sort -u | tr '\n' ' ')
  awk -v t="$tool" -v s="$s" -v kb="$kb" -v n="$files" -v b="$bytes" -v e="$exits" -v o="$outs" \
    'BEGIN { printf "| %s | %.2f | %.0f | %.2f | %.0f | %s| %s|\n", t, s, n / s, b / 1e6 / s, kb / 1024, e, o }'
done
# the per-round ratios (each round runs the three back to back, so a busy spell hits all of them), median of them
ratios() { # PEER: the peer's time / articlekit's, one per round
  awk -v p="$1" '$1 == "articlekit" { ak = $2 } $1 == p { printf "%.4f\n", $2 / ak }' "$results"
}
td_ratio=$(ratios turndown | median); fm_ratio=$(ratios flexmark | median)
echo
awk -v td="$td_ratio" -v fm="$fm_ratio" -v tdm="$(med turndown 2)" -v fmm="$(med flexmark 2)" -v ak="$(med articlekit 2)" 'BEGIN {
  printf "turndown / articlekit = %.2fx median of per-round ratios (%.2fx of medians)  target >= 2x  %s\n", td, tdm / ak, (td >= 2 ? "PASS" : "FAIL")
  printf "flexmark / articlekit = %.2fx median of per-round ratios (%.2fx of medians)  target >= 3x  %s\n", fm, fmm / ak, (fm >= 3 ? "PASS" : "FAIL") }'
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "(all runs: $results; logs: $WORK/*.log)"
