# Shared settings and helpers of the whole-run benchmark scripts; sourced, not run.
# Everything they make lives outside the repository: $AK_BENCH_DIR (inputs, outputs) and $AK_PEERS_DIR (peers).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SCRIPTS="$ROOT/bench/scripts"
WORK=${AK_BENCH_DIR:-/tmp/ak-bench}
PEERS=${AK_PEERS_DIR:-/tmp/ak-peers}
CORPUS=${AK_CORPUS:-/work/shared/corpus}
SEED="$ROOT/seeds/000_88a5f9ebf2cb9794.txt"

# peer versions, pinned so that reruns measure the same code
TURNDOWN_VERSION=7.2.5
FLEXMARK_VERSION=0.64.8

TURNDOWN=(env NODE_PATH="$PEERS/node/node_modules" node "$SCRIPTS/peers/turndown-driver.js")
FLEXMARK=(java -cp "$PEERS/flexmark/classes:$PEERS/flexmark/lib/*" FlexmarkDriver)

die() { echo "$*" >&2; exit 2; }

# measure LABEL LOG -- COMMAND...: runs COMMAND once, prints "SECONDS PEAK_KB EXIT" (wall time with process start,
# the peak resident set of the process tree's largest member, the exit status); its output goes to LOG
measure() {
  local log=$2; shift 3
  local stats; stats=$(mktemp)
  local start end status=0
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$stats" "$@" >"$log" 2>&1 || status=$?
  end=$(date +%s%N)
  printf '%s %s %s\n' "$(awk -v n=$((end - start)) 'BEGIN { printf "%.3f", n / 1e9 }')" "$(tail -1 "$stats")" "$status"
  rm -f "$stats"
}

# median of the numbers on standard input
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# the build the launcher would do, done before timing so no run pays for it
ensure_articlekit() {
  "$ROOT/articlekit" formats >/dev/null 2>&1 || die "./articlekit does not run; build it first"
}

ensure_peers() {
  [ -f "$PEERS/node/node_modules/turndown/package.json" ] && [ -f "$PEERS/flexmark/classes/FlexmarkDriver.class" ] \
    || "$SCRIPTS/setup-peers.sh"
}
