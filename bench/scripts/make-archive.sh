#!/usr/bin/env bash
# usage: bench/scripts/make-archive.sh [COUNT]      (default 4500)
# Builds the archive the whole-run comparisons convert: the HTML bodies of the corpus articles ($AK_CORPUS,
# /work/shared/corpus), front matter stripped, copied round-robin into COUNT files $AK_BENCH_DIR/archive/NNNNN_name.html
# (deterministic: same corpus, same files). Also writes $AK_BENCH_DIR/seed-body.html, the seed's body for
# turndown's one-file run.
set -euo pipefail
. "$(dirname "$0")/common.sh"
count=${1:-4500}
[ -d "$CORPUS" ] || die "no corpus at $CORPUS (set AK_CORPUS)"
rm -rf "$WORK/archive"; mkdir -p "$WORK/archive"
python3 - "$CORPUS" "$WORK/archive" "$count" "$SEED" "$WORK/seed-body.html" <<'PY'
import os, re, sys
corpus, out, count, seed, seed_out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
# a YAML (---) or TOML (+++) block at the top, after an optional BOM and blank lines
FENCE = re.compile(r'\A\ufeff?(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n(?:.*?\n)??(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)', re.S)
def body(path):
    text = open(path, encoding='utf-8', errors='replace').read()
    m = FENCE.match(text)
    return text[m.end():] if m else text
bodies = []
for root, dirs, files in sorted(os.walk(corpus)):
    dirs.sort()
    for f in sorted(files):
        if f.endswith(('.md', '.html', '.txt')):
            b = body(os.path.join(root, f))
            if b.lstrip().startswith('<'):      # HTML bodies only, as the fidelity judges take them
                name = re.sub(r'[^\w.-]+', '_', os.path.basename(root) + '__' + os.path.splitext(f)[0])
                bodies.append((name, b))
if not bodies:
    sys.exit('no HTML bodies under ' + corpus)
size = 0
for i in range(count):
    name, b = bodies[i % len(bodies)]
    data = b.encode('utf-8')
    open(os.path.join(out, '%05d_%s.html' % (i, name)), 'wb').write(data)
    size += len(data)
open(seed_out, 'w', encoding='utf-8').write(body(seed))
print('%d files from %d distinct bodies, %.1f MB, in %s' % (count, len(bodies), size / 1e6, out))
PY
