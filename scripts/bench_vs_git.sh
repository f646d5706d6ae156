#!/usr/bin/env bash
# Times `plandiff compare --json` (release) against the tool a user would otherwise reach for,
# `git diff --no-index --word-diff=porcelain --word-diff-regex=.`, on the same generated plans
# (1x, 10x, 100x the size of a city plan; see benches/synth). Prints medians and the ratio.
#
#   bash scripts/bench_vs_git.sh [runs]      # runs per command, default 7 (at least 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
dir=target/synth
PLANDIFF_SYNTH_DIR="$dir" cargo bench -q --bench compare >/dev/null
cargo build -q --release --bin plandiff
cli=target/release/plandiff

python3 - "$dir" "$cli" "$runs" <<'PY'
import json, os, shutil, statistics, subprocess, sys, tempfile, time
dir, cli, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def medians_hyperfine(cmds):
    out = tempfile.mktemp(suffix='.json')
    subprocess.run(['hyperfine', '-N', '-i', '--warmup', '1', '--runs', str(runs), '--export-json', out, *cmds],
                   check=True, stdout=subprocess.DEVNULL)
    res = json.load(open(out))['results']
    os.unlink(out)
    return [r['median'] for r in res]

def medians_python(cmds):
    meds = []
    for cmd in cmds:
        times = []
        for k in range(runs + 1):
            t = time.perf_counter()
            subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if k:  # the first run warms the cache
                times.append(time.perf_counter() - t)
        meds.append(statistics.median(times))
    return meds

have_hyperfine = shutil.which('hyperfine') is not None
print(f'timer: {"hyperfine" if have_hyperfine else "python"}, {runs} runs each, medians in ms')
print(f'{"scale":>6} {"tasks A/B":>11} {"plandiff":>10} {"git diff":>10} {"ratio":>7}')
prev = None
for scale in (1, 10, 100):
    a, b = f'{dir}/synth_{scale}x_a.txt', f'{dir}/synth_{scale}x_b.txt'
    pd = f'{cli} compare {a} {b} --json'
    gd = f'git diff --no-index --word-diff=porcelain --word-diff-regex=. {a} {b}'
    if have_hyperfine:
        m_pd, m_gd = medians_hyperfine([pd, gd])
    else:
        m_pd, m_gd = medians_python([pd, gd])
    comp = json.loads(subprocess.run(pd.split(), capture_output=True, text=True).stdout)
    na, nb = len(comp['a']['tasks']), len(comp['b']['tasks'])
    print(f'{scale:>5}x {na:>5}/{nb:<5} {m_pd*1000:>10.1f} {m_gd*1000:>10.1f} {m_pd/m_gd:>7.2f}')
PY
