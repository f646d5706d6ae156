#!/usr/bin/env bash
# Times `plandiff compare --json` (the shipped CLI, `cargo xtask cli`) against the tool a user
# would otherwise reach for, `git diff --no-index --word-diff=porcelain --word-diff-regex=.`, on
# the same generated plans (1x, 10x, 100x the size of a city plan; see benches/synth). Both
# commands run alternately, output discarded, the first round a warm-up; prints the median wall
# time and the median CPU time (user + system, which the other jobs on a shared machine disturb
# less) and the ratios.
#
#   bash scripts/bench_vs_git.sh [runs]      # runs per command, default 7 (at least 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
dir="${PLANDIFF_SYNTH_DIR:-target/synth}"
PLANDIFF_SYNTH_DIR="$dir" cargo bench -q --bench compare >/dev/null
# The CLI as shipped: one static file with LTO (see xtask/src/cli.rs).
cli="$(cargo xtask cli 2>/dev/null | tail -n 1)"
[ -x "$cli" ] || { echo "cargo xtask cli failed" >&2; exit 1; }

python3 - "$dir" "$cli" "$runs" <<'PY'
import json, os, statistics, subprocess, sys, time
dir, cli, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def once(cmd):
    devnull = os.open(os.devnull, os.O_WRONLY)
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=devnull, stderr=devnull)
    _, _, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    os.close(devnull)
    return wall, ru.ru_utime + ru.ru_stime

print(f'{runs} runs each (after one warm-up), medians in ms')
print(f'{"scale":>7} {"tasks A/B":>11} | {"plandiff":>9} {"git diff":>9} {"ratio":>6} | '
      f'{"cpu pd":>8} {"cpu git":>8} {"ratio":>6}')
# 1x, 10x, 100x: a plan and its next version; rep10x, rep100x: a plan's tasks repeated k times
# and its rule version (look-alikes in order).
for scale in ('1', '10', '100', 'rep10', 'rep100'):
    a, b = f'{dir}/synth_{scale}x_a.txt', f'{dir}/synth_{scale}x_b.txt'
    pd = [cli, 'compare', a, b, '--json']
    gd = ['git', 'diff', '--no-index', '--word-diff=porcelain', '--word-diff-regex=.', a, b]
    samples = {'pd': [], 'gd': []}
    for k in range(runs + 1):
        for name, cmd in (('pd', pd), ('gd', gd)):
            r = once(cmd)
            if k:
                samples[name].append(r)
    med = lambda name, i: statistics.median(s[i] for s in samples[name]) * 1000
    comp = json.loads(subprocess.run(pd, capture_output=True, text=True).stdout)
    na, nb = len(comp['a']['tasks']), len(comp['b']['tasks'])
    w_pd, w_gd, c_pd, c_gd = med('pd', 0), med('gd', 0), med('pd', 1), med('gd', 1)
    print(f'{scale:>6}x {na:>5}/{nb:<5} | {w_pd:>9.1f} {w_gd:>9.1f} {w_pd / w_gd:>6.2f} | '
          f'{c_pd:>8.1f} {c_gd:>8.1f} {c_pd / max(c_gd, 1e-9):>6.2f}')
PY
