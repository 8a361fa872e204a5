#!/usr/bin/env bash
# usage: bench/scripts/memory-jsonl.sh [COUNT]            (default 100000)
# Memory: converts COUNT small generated articles into one JSON Lines file under a 256 MB heap:
#   ARTICLEKIT_JAVA_OPTS=-Xmx256m ./articlekit convert $AK_BENCH_DIR/many --to jsonl -o $AK_BENCH_DIR/many.jsonl
# The articles (YAML front matter + a small HTML body, from a seeded generator: the same every time) are made
# once in $AK_BENCH_DIR/many/NNN/NNNNN.md, 1 000 per folder. Prints the exit status, wall time, peak RSS, what
# was written, and whether the run ran out of memory.
set -euo pipefail
. "$(dirname "$0")/common.sh"
count=${1:-100000}
in="$WORK/many"
out="$WORK/many.jsonl"
if [ "$(cat "$WORK/many.count" 2>/dev/null)" != "$count" ]; then
  rm -rf "$in"; mkdir -p "$in"
  python3 - "$in" "$count" <<'PY'
import os, random, sys
out, count = sys.argv[1], int(sys.argv[2])
rnd = random.Random(9)
words = ('archive article body build code data date feed front matter html image link list markdown '
         'model page parser post site table tag text title tree value writer').split()
cjk = '数据文章标题内容图片链接列表表格代码模型'
def sentence(n):
    return ' '.join(rnd.choice(words) for _ in range(n)).capitalize() + '.'
for i in range(count):
    folder = os.path.join(out, '%03d' % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(folder, exist_ok=True)
    tags = ', '.join(rnd.sample(words, 2))
    body = ['<p>%s <a href="https://example.org/%d">%s</a> %s</p>' % (sentence(8), i, rnd.choice(words), sentence(6)),
            '<p><img src="https://example.org/img/%d.png" alt="%s"> %s</p>' % (i, rnd.choice(words), ''.join(rnd.choice(cjk) for _ in range(20))),
            '<ul><li>%s</li><li><strong>%s</strong></li></ul>' % (sentence(4), sentence(3))]
    with open(os.path.join(folder, '%05d.md' % i), 'w', encoding='utf-8') as f:
        f.write('---\ntitle: "Article %d: %s"\ndate: 2021-%02d-%02d 10:%02d:00\ntags: [%s]\ncategories: [bench]\n---\n\n%s\n'
                % (i, sentence(3)[:-1], i % 12 + 1, i % 28 + 1, i % 60, tags, '\n'.join(body)))
PY
  echo "$count" >"$WORK/many.count"
fi
ensure_articlekit
bytes=$(find "$in" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')
rm -rf "$out"
export ARTICLEKIT_JAVA_OPTS="-Xmx256m${ARTICLEKIT_JAVA_OPTS:+ $ARTICLEKIT_JAVA_OPTS}"
read -r seconds peak status < <(measure articlekit "$WORK/memory.log" -- "$ROOT/articlekit" convert "$in" --to jsonl -o "$out")
if [ -f "$out" ]; then
  written="one file, $(wc -l <"$out") lines, $(stat -c %s "$out") bytes"
elif [ -d "$out" ]; then
  written="a folder of $(find "$out" -type f | wc -l) files (not one jsonl file)"
else
  written="nothing"
fi
oom=$(grep -c 'OutOfMemoryError' "$WORK/memory.log" || true)
echo
echo "## Memory: $count articles ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB) to jsonl with ARTICLEKIT_JAVA_OPTS=\"$ARTICLEKIT_JAVA_OPTS\""
echo
echo "| exit | wall s | articles/s | peak RSS MB | OutOfMemoryError | written |"
echo "|---:|---:|---:|---:|---:|---|"
awk -v e="$status" -v s="$seconds" -v n="$count" -v kb="$peak" -v o="$oom" -v w="$written" \
  'BEGIN { printf "| %s | %.1f | %.0f | %.0f | %s | %s |\n", e, s, n / s, kb / 1024, o ? "yes" : "no", w }'
echo
problems=()
[ "$status" = 0 ] || problems+=("exit status $status")
[ "$oom" = 0 ] || problems+=("OutOfMemoryError")
if [ -f "$out" ]; then
  lines=$(wc -l <"$out")
  [ "$lines" = "$count" ] || problems+=("$lines lines, not $count")
else
  problems+=("no single jsonl file at $out")
fi
if [ ${#problems[@]} = 0 ]; then
  echo "memory check: PASS ($count lines in one file, exit 0, no OutOfMemoryError)"
else
  echo "memory check: FAIL: $(IFS=';'; echo "${problems[*]}" | sed 's/;/; /g') (log: $WORK/memory.log)"
fi
