#!/usr/bin/env python3
"""Score the target changes of `plandiff compare --json` against a gold target_changes file.

  score_targets.py GOLD.target_changes.json GOLD_A.tasks.json GOLD_B.tasks.json PRED_COMPARISON.json [-v]

Tasks are matched to gold tasks by text, as ../shared/tools/score_gold.py does. A gold row
(a_task, b_task, a_quote, b_quote, change) is agreed when our pair for (a_task, b_task) has a
target change row, not yet used by another gold row, with the same `change` whose A target text
overlaps a_quote (when a_quote is given) and whose B target text overlaps b_quote (when given).
Two texts overlap when, folded (NFKC, no white space), one contains the other or they share a
run of at least max(4, half the shorter) characters. Rows for pairs we did not produce count as
disagreements. Prints a JSON summary and, with -v, each disagreement.
"""
import json, re, sys, unicodedata


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    return re.sub(r'[\s*#\u3000\u00a0\u2002]+', '', s)


def map_tasks(gold_tasks, pred_tasks):
    """pred id -> gold id, by the gold text_start found near the start of the predicted text."""
    out = {}
    for p in pred_tasks:
        pt = norm(p.get('text', ''))
        for g in gold_tasks:
            starts = [norm(g['text_start'])]
            if g.get('text_start_after_title'):
                starts.append(norm(g['text_start_after_title']))
            if any(0 <= pt.find(st[:12]) <= 80 for st in starts):
                out[p['id']] = g['id']
                break
    return out


def longest_common_run(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def overlaps(ours, quote):
    x, y = norm(ours), norm(quote)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    return longest_common_run(x, y) >= max(4, min(len(x), len(y)) / 2)


def target_text(t):
    if not t:
        return ''
    return t.get('text') or ''


def agrees(gold, row):
    if row.get('change') != gold['change']:
        return False
    if gold.get('a_quote') and not overlaps(target_text(row.get('a')), gold['a_quote']):
        return False
    if gold.get('b_quote') and not overlaps(target_text(row.get('b')), gold['b_quote']):
        return False
    return True


def main(argv):
    verbose = '-v' in argv
    args = [a for a in argv if a != '-v']
    if len(args) != 4:
        sys.exit(__doc__)
    load = lambda f: json.load(open(f, encoding='utf-8'))
    gold, ga, gb, comp = (load(f) for f in args)
    ma = map_tasks(ga['tasks'], comp['a'].get('tasks', []))
    mb = map_tasks(gb['tasks'], comp['b'].get('tasks', []))
    rows_by_pair = {}
    for p in comp.get('pairs', []):
        key = (ma.get(p.get('a')), mb.get(p.get('b')))
        rows_by_pair.setdefault(key, []).extend(p.get('targets', []))
    used = set()
    agreed = 0
    missing_pairs = 0
    misses = []
    for g in gold:
        key = (g['a_task'], g['b_task'])
        rows = rows_by_pair.get(key)
        if rows is None:
            missing_pairs += 1
            misses.append((g, 'pair not produced'))
            continue
        hit = next((k for k, r in enumerate(rows) if (key, k) not in used and agrees(g, r)), None)
        if hit is None:
            misses.append((g, 'no agreeing row: ' + '; '.join(
                f"{r.get('change')} [{target_text(r.get('a'))}] -> [{target_text(r.get('b'))}]" for r in rows)))
        else:
            used.add((key, hit))
            agreed += 1
    total = len(gold)
    print(json.dumps({'gold_rows': total, 'agreed': agreed, 'pairs_missing': missing_pairs,
                      'agree_ratio': round(agreed / total, 3) if total else 1.0}, ensure_ascii=False))
    if verbose:
        for g, why in misses:
            print(f"- {g['a_task']} -> {g['b_task']} {g['change']} {g.get('metric')}: {why}")


if __name__ == '__main__':
    main(sys.argv[1:])
