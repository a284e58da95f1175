#!/usr/bin/python3
"""Makes an N-times corpus of digests for the benchmark, at benchmark time.

    bench/scale_corpus.py SOURCE TARGET --times N [--seed S] [--jobs J]

TARGET/copy-000 is SOURCE as it is; each further copy K is every digest of
SOURCE rewritten as the digests of another stretch of time, by other people:
  - arXiv ids: every id of SOURCE gets, per copy, a distinct new-style id
    (YYMM.NNNNN) in the months after the latest id of SOURCE, in the order of
    the originals; all occurrences in a copy (heading link, media, pages)
    change together, so a paper stays one paper within its copy.
  - dates: "## Daily Papers (DATE)" headers and the YYYY/MM/DD.md path move
    K * SPAN days later, SPAN = the days SOURCE covers rounded up to whole
    weeks (weekdays stay weekdays; copies never share a day).
  - authors: "Given Family" becomes sigma_K(Given) + " " + tau_K(Family), where
    sigma_K and tau_K are seeded permutations of the given names and family
    names found in SOURCE. Within a copy two authors stay two and one author
    stays one, so each copy has a co-author graph of the same shape with
    (nearly all) new people: co-author edges grow linearly with N, like
    years of real digests, instead of adding weight to the same edges.
Everything else is unchanged. The output depends only on SOURCE, N and the
seed. TARGET/SCALED.txt records them; a TARGET already made with the same
ones is reused. Nothing here is meant to be committed: TARGET is scratch.
"""

import argparse
import datetime
import multiprocessing
import os
import random
import re
import shutil
import sys

ARXIV_LINK = re.compile(r'arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})')
ANY_ID = re.compile(r'(?<![\w.])\d{4}\.\d{4,5}(?!\d)')
AUTHORS = re.compile(r'(?m)^(Authors:[ \t]*)([^\n]*)$')
QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")
DAY_HEADER = re.compile(r'(?m)^(##\s+Daily Papers\s*\()(\d{4}-\d{2}-\d{2})(\))')
PATH_DATE = re.compile(r'(\d{4})/(\d{2})/(\d{2})\.md$')
IDS_PER_MONTH = 99999


def read(path):
    with open(path, encoding='utf-8', errors='surrogateescape', newline='') as f:
        return f.read()


def digests(source):
    """Relative paths of the *.md and *.json files under source, sorted."""
    found = []
    for root, dirs, files in os.walk(source):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for name in files:
            if name.lower().endswith(('.md', '.json')):
                found.append(os.path.relpath(os.path.join(root, name), source))
    return sorted(found)


def author_items(value):
    """(list form?, names) of an Authors: value, names unescaped."""
    if value.lstrip().startswith('['):
        return True, [re.sub(r'\\(.)', r'\1', a if a is not None else b)
                      for a, b in QUOTED.findall(value)]
    return False, [item.strip() for item in value.split(',')]


def split_name(name):
    """(given, family): family is the last word; given may be ''."""
    words = name.split()
    if name.endswith(' +'):  # a truncation marker glued to the last name
        words = words[:-1]
    return ' '.join(words[:-1]), (words[-1] if words and words[-1] != '+' else '')


class Source:
    """What every copy is made from: the files, the ids, names and dates."""

    def __init__(self, source):
        self.dir = source
        self.files = digests(source)
        if not self.files:
            sys.exit(f'scale_corpus: no digests under {source}')
        self.texts = {f: read(os.path.join(source, f)) for f in self.files}
        ids, given, family, dates = set(), set(), set(), []
        for text in self.texts.values():
            ids.update(ARXIV_LINK.findall(text))
            dates += [datetime.date.fromisoformat(d) for _, d, _ in DAY_HEADER.findall(text)]
            for _, value in AUTHORS.findall(text):
                for name in author_items(value.rstrip('\r'))[1]:
                    g, f = split_name(name)
                    given.update([g] if g else [])
                    family.update([f] if f else [])
        self.ids = sorted(ids)
        self.given, self.family = sorted(given), sorted(family)
        last = max(int(i[:2]) * 12 + int(i[2:4]) - 1 for i in self.ids)
        self.first_free_month = last + 1  # months counted from year 00, January
        span = (max(dates) - min(dates)).days + 1 if dates else 7
        self.span_days = -(-span // 7) * 7

    def check_capacity(self, times):
        months = -(-(times - 1) * len(self.ids) // IDS_PER_MONTH)
        if self.first_free_month + months > 99 * 12 + 11:
            sys.exit(f'scale_corpus: --times {times} needs more arXiv ids than YYMM.NNNNN has')


class Copy:
    """The rewriting of copy number k (k >= 1)."""

    def __init__(self, src, k, seed):
        self.k = k
        base = (k - 1) * len(src.ids)
        self.ids = {old: self.new_id(src, base + i) for i, old in enumerate(src.ids)}
        rng = random.Random(seed * 1_000_003 + k)
        self.given = dict(zip(src.given, rng.sample(src.given, len(src.given))))
        self.family = dict(zip(src.family, rng.sample(src.family, len(src.family))))
        self.shift = datetime.timedelta(days=k * src.span_days)

    @staticmethod
    def new_id(src, g):
        month = src.first_free_month + g // IDS_PER_MONTH
        return f'{month // 12:02d}{month % 12 + 1:02d}.{g % IDS_PER_MONTH + 1:05d}'

    def name(self, name):
        given, family = split_name(name)
        if not family:
            return name
        new = self.family[family]
        if given:
            new = self.given[given] + ' ' + new
        return new + (' +' if name.endswith(' +') else '')

    def authors(self, match):
        value = match.group(2)
        cr = '\r' if value.endswith('\r') else ''
        value = value[:len(value) - len(cr)]
        if author_items(value)[0]:
            def requote(m):
                quote = "'" if m.group(1) is not None else '"'
                inner = re.sub(r'\\(.)', r'\1', m.group(1) if m.group(1) is not None else m.group(2))
                mapped = self.name(inner).replace('\\', '\\\\').replace(quote, '\\' + quote)
                return quote + mapped + quote
            value = QUOTED.sub(requote, value)
        else:
            value = ', '.join(self.name(item.strip()) for item in value.split(','))
        return match.group(1) + value + cr

    def date(self, iso):
        return (datetime.date.fromisoformat(iso) + self.shift).isoformat()

    def rewrite(self, text):
        text = ANY_ID.sub(lambda m: self.ids.get(m.group(0), m.group(0)), text)
        text = DAY_HEADER.sub(lambda m: m.group(1) + self.date(m.group(2)) + m.group(3), text)
        return AUTHORS.sub(self.authors, text)

    def path(self, rel):
        m = PATH_DATE.search(rel)
        if not m:
            return rel
        day = self.date(f'{m.group(1)}-{m.group(2)}-{m.group(3)}')
        return rel[:m.start()] + day.replace('-', '/') + '.md'


SOURCE = None  # set before the workers fork


def make_copy(args):
    target, k, seed = args
    out_dir = os.path.join(target, f'copy-{k:03d}')
    if k == 0:
        shutil.copytree(SOURCE.dir, out_dir, ignore=lambda d, names: [
            n for n in names if n.startswith('.')])
        return
    copy = Copy(SOURCE, k, seed)
    for rel in SOURCE.files:
        path = os.path.join(out_dir, copy.path(rel))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
            f.write(copy.rewrite(SOURCE.texts[rel]))


def main():
    global SOURCE
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('source')
    parser.add_argument('target')
    parser.add_argument('--times', type=int, required=True, help='N, the number of copies')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.times < 1:
        parser.error('--times must be at least 1')
    stamp = f'source={os.path.abspath(args.source)}\ntimes={args.times}\nseed={args.seed}\n'
    stamp_path = os.path.join(args.target, 'SCALED.txt')
    if os.path.exists(stamp_path) and read(stamp_path) == stamp:
        print(f'scale_corpus: {args.target} is already {args.times}x, reused')
        return
    if os.path.exists(args.target):
        shutil.rmtree(args.target)
    os.makedirs(args.target)
    SOURCE = Source(args.source)
    SOURCE.check_capacity(args.times)
    work = [(args.target, k, args.seed) for k in range(args.times)]
    with multiprocessing.get_context('fork').Pool(max(1, args.jobs)) as pool:
        for _ in pool.imap_unordered(make_copy, work):
            pass
    with open(stamp_path, 'w', encoding='utf-8') as f:
        f.write(stamp)


if __name__ == '__main__':
    main()
