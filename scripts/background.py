#!/usr/bin/env python3
"""Learns the background weights of character bigrams from many plan documents and writes
them to src/align/background.txt (derived numbers only, no text of the documents).

  python3 scripts/background.py ../shared/corpus [more folders of .txt/.html …]

Every paragraph of every document is one sample. A bigram found in a large share p of the
paragraphs is boilerplate (加强, 进一步, 深入, 贯彻): its weight is ln(1/p) / ln(1/P0), kept
only when below 1 (p above P0); bigrams not in the file weigh 1. Also reads tests/fixtures.
"""
import html, math, os, re, sys

P0 = 0.004         # paragraphs share at and below which a bigram is fully telling
MIN_WEIGHT = 0.08  # weights are clamped to at least this
OUT = os.path.join('src', 'align', 'background.txt')


def is_content(c):
    return '\u4e00' <= c <= '\u9fff' or c.isascii() and c.isalnum() or c in '%+'


def fold(c):
    if '\uff01' <= c <= '\uff5e':
        c = chr(ord(c) - 0xfee0)
    return c.lower()


def bigrams(text):
    out, prev = set(), None
    for c in map(fold, text):
        if is_content(c):
            if prev is not None:
                out.add(prev + c)
            prev = c
        else:
            prev = None
    return out


def paragraphs(path):
    raw = open(path, 'rb').read()
    for enc in ('utf-8-sig', 'gb18030'):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        return []
    if path.endswith(('.html', '.htm')):
        text = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', text)
        text = re.sub(r'(?i)<(br|/p|/div|/li|/tr|/h\d)[^>]*>', '\n', text)
        text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    out = []
    for line in re.split(r'[\n。；;]', text):
        line = line.strip()
        if len(line) >= 8:
            out.append(line)
    return out


def files(folders):
    for folder in folders:
        for root, _, names in os.walk(folder):
            for n in sorted(names):
                if n.endswith(('.txt', '.html', '.htm', '.md')) and 'gold' not in root:
                    yield os.path.join(root, n)


def main(folders):
    folders = list(folders) + [os.path.join('tests', 'fixtures')]
    df, n = {}, 0
    for path in files(folders):
        for para in paragraphs(path):
            n += 1
            for b in bigrams(para):
                df[b] = df.get(b, 0) + 1
    rows = []
    for b, d in df.items():
        p = d / n
        if p > P0 and len(b) == 2:
            w = max(MIN_WEIGHT, math.log(1 / p) / math.log(1 / P0))
            rows.append((b, round(w * 100)))
    rows.sort(key=lambda r: (r[1], r[0]))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# Background weights of common character bigrams (scripts/background.py):\n')
        f.write(f'# {n} paragraphs; weight = 100 * ln(1/p) / ln(1/{P0}), p = share of paragraphs.\n')
        for b, w in rows:
            f.write(f'{b} {w}\n')
    print(f'{n} paragraphs, {len(df)} bigrams, {len(rows)} common ones written to {OUT}')


if __name__ == '__main__':
    main(sys.argv[1:] or [os.path.join('..', 'shared', 'corpus')])
