#!/usr/bin/env python3
"""Which gold links a comparison misses and which of its links the gold does not hold.

  python3 scripts/gold_links.py GOLD.align.json GOLD_A.tasks.json GOLD_B.tasks.json PRED.json [-v]

PRED.json is `plandiff compare A B --json`; tasks are matched to the gold's as
`../shared/tools/score_gold.py` matches them. `-v` prints the start of each task's text.
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'tools'))
from score_gold import map_tasks
load = lambda f: json.load(open(f, encoding='utf-8'))
gold, ga, gb, comp = map(load, sys.argv[1:5])
ma = map_tasks(ga['tasks'], comp['a']['tasks']); mb = map_tasks(gb['tasks'], comp['b']['tasks'])
ra = {v: k for k, v in ma.items()}; rb = {v: k for k, v in mb.items()}
ta = {t['id']: t for t in comp['a']['tasks']}; tb = {t['id']: t for t in comp['b']['tasks']}
gl = {(p['a'], p['b']): p for p in gold['pairs']}
pred = {}
for p in comp['pairs']: pred[(ma.get(p['a']), mb.get(p['b']))] = ('PAIR', p['score'], [])
for p in comp.get('related', []): pred.setdefault((ma.get(p['a']), mb.get(p['b'])), ('REL', p['score'], p.get('shared', [])))
short = lambda t, n=60: (t or {}).get('text', '?')[:n]
print('== missed gold links')
for k, g in gl.items():
    if k not in pred:
        print(f"  [{g['strength']}] {k[0]} ~ {k[1]}: {g['why'][:120]}")
        if '-v' in sys.argv:
            print('     A:', short(ta.get(ra.get(k[0])))); print('     B:', short(tb.get(rb.get(k[1]))))
print('== wrong predicted links')
for k, v in pred.items():
    if k not in gl:
        print(f"  {v[0]} {k[0]} ~ {k[1]} score={v[1]} shared={v[2]}")
        if '-v' in sys.argv:
            print('     A:', short(ta.get(ra.get(k[0])))); print('     B:', short(tb.get(rb.get(k[1]))))
print('== hits', sum(1 for k in pred if k in gl), 'of', len(gl), 'pred', len(pred))
