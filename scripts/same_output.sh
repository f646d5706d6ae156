#!/usr/bin/env bash
# Guards speed work against any change of output: `plandiff compare --json` on the five corpus
# pairs one can form from ../shared/corpus (000→001, 004→000, 000→002, 002→003, 001→004) and on
# the generated plans of scripts/bench_vs_git.sh (1x, 10x, 100x, rep10x, rep100x).
#
#   bash scripts/same_output.sh save  CLI DIR   # writes the outputs of CLI to DIR
#   bash scripts/same_output.sh check CLI DIR   # compares the outputs of CLI with DIR, byte for byte
#
# The generated plans are read from $PLANDIFF_SYNTH_DIR (default target/synth; the bench script
# writes them).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="$1" cli="$2" out="$3"
corpus="${PLANDIFF_CORPUS:-$(cd .. && pwd)/shared/corpus}"
synth="${PLANDIFF_SYNTH_DIR:-target/synth}"
doc() { ls "$corpus"/"$1"_*.txt | head -n 1; }
cases=()
for pair in 000:001 004:000 000:002 002:003 001:004; do
  cases+=("corpus_${pair/:/_}|$(doc "${pair%:*}")|$(doc "${pair#*:}")")
done
for scale in 1 10 100 rep10 rep100; do
  cases+=("synth_${scale}x|$synth/synth_${scale}x_a.txt|$synth/synth_${scale}x_b.txt")
done
mkdir -p "$out"
fail=0
for c in "${cases[@]}"; do
  IFS='|' read -r name a b <<<"$c"
  if [ "$mode" = save ]; then
    "$cli" compare "$a" "$b" --json >"$out/$name.json"
  else
    if "$cli" compare "$a" "$b" --json | cmp -s - "$out/$name.json"; then
      echo "same     $name"
    else
      echo "DIFFERS  $name"
      fail=1
    fi
  fi
done
[ "$mode" = save ] && echo "saved ${#cases[@]} outputs in $out"
exit "$fail"
