#!/usr/bin/env bash
# usage: bench/scripts/compare-builds.sh REV_A REV_B [FORMAT|parse] [DIR] [PASSES] [WARM_UP_SECONDS]
#        (defaults: markdown, $AK_BENCH_DIR/archive, 16, 20)
# Is REV_B faster than REV_A? Builds bench/target/benchmarks.jar of each git revision (in a temporary worktree,
# kept in $AK_BENCH_DIR/builds/ by commit) and runs CompareBuilds: both builds in one JVM, passes over DIR
# alternating between them after a warm-up: best and median pass of each, and the median ratio of the pairs. On a
# shared machine whose speed drifts from one minute to the next this separates a few per cent, where two JMH runs
# minutes apart do not.
set -euo pipefail
. "$(dirname "$0")/common.sh"
[ $# -ge 2 ] || die "usage: $0 REV_A REV_B [FORMAT|parse] [DIR] [PASSES] [WARM_UP_SECONDS]"
format=${3:-markdown}
dir=${4:-$WORK/archive}
passes=${5:-16}
warm_up=${6:-20}
[ -d "$dir" ] || { [ "$dir" = "$WORK/archive" ] && "$SCRIPTS/make-archive.sh" >&2; }
[ -d "$dir" ] || die "no such folder: $dir"
if command -v mvn >/dev/null 2>&1; then maven=(mvn); else maven=("$ROOT/mvnw"); fi

jar_of() { # REV: prints the path of that revision's benchmarks.jar, building it once
  local commit; commit=$(git -C "$ROOT" rev-parse --verify "$1^{commit}") || die "not a revision: $1"
  local jar="$WORK/builds/$commit.jar"
  if [ ! -f "$jar" ]; then
    local tree; tree=$(mktemp -d)
    git -C "$ROOT" worktree add -q --detach "$tree" "$commit" >&2
    echo "building $1 ($commit)…" >&2
    if (cd "$tree" && "${maven[@]}" -B -q -Dstyle.color=never -pl bench -am -DskipTests package) >&2; then
      mkdir -p "$WORK/builds" && cp "$tree/bench/target/benchmarks.jar" "$jar"
    fi
    git -C "$ROOT" worktree remove --force "$tree" >&2
    [ -f "$jar" ] || die "the build of $1 failed"
  fi
  echo "$jar"
}

a=$(jar_of "$1"); b=$(jar_of "$2")
exec java -XX:+UseSerialGC -Xmx2g -cp "$b" org.articlekit.bench.CompareBuilds "$a" "$b" "$dir" "$format" "$passes" "$warm_up"
