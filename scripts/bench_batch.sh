#!/usr/bin/env bash
# `plandiff batch` on generated plans: N plans (default 50) made from the 示例市 fixture with
# tasks dropped, moved and their figures changed, all N·(N−1)/2 pairs, with 1 and 2 threads.
# Prints pairs per second and the speed-up. Usage: bash scripts/bench_batch.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-50}"
cargo build -q --release --bin plandiff
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" "$n" <<'PY'
import random, re, sys
out, n = sys.argv[1], int(sys.argv[2])
base = open("tests/fixtures/compare_shilishi_a.txt", encoding="utf-8").read().splitlines()
for i in range(n):
    rnd = random.Random(i)
    lines = [l for l in base if not (re.match(r"^（[一二三四五六七八九十]+）", l) and rnd.random() < 0.15)]
    lines = [re.sub(r"\d+", lambda m: str(int(m.group()) + rnd.choice([0, 0, 1, 2])), l) for l in lines]
    open(f"{out}/plan{i:03}.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
with open(f"{out}/pairs.tsv", "w") as f:
    for a in range(n):
        for b in range(a + 1, n):
            f.write(f"{out}/plan{a:03}.txt\t{out}/plan{b:03}.txt\n")
PY
pairs=$(wc -l < "$dir/pairs.tsv")
for jobs in 1 2 1 2 1 2; do
    start=$(date +%s.%N)
    target/release/plandiff batch -j "$jobs" < "$dir/pairs.tsv" > "$dir/out.jsonl" 2>/dev/null
    end=$(date +%s.%N)
    lines=$(wc -l < "$dir/out.jsonl")
    [ "$lines" = "$pairs" ] || { echo "got $lines lines for $pairs pairs" >&2; exit 1; }
    python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'jobs={sys.argv[3]} pairs={sys.argv[4]} {t:.3f} s {int(sys.argv[4])/t:.0f} pairs/s')" "$start" "$end" "$jobs" "$pairs"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
