#!/usr/bin/python3
"""Writes a digest of consortium papers with huge author lists, for the
co-authorship cases of the benchmark: with the default --max-authors cut
they add no co-author pairs; with --max-authors 0 each adds n*(n-1)/2.

    bench/coauthor_digest.py FILE [--papers P] [--authors N] [--pool K]

Paper i lists N authors taken from a pool of K synthetic names, starting at
name i*N/2 (mod K), so consecutive papers share half their authors and
co-author edges get weights above 1, as in a real collaboration. The text
is made up here; nothing comes from the corpus.
"""

import argparse
import os


def digest(papers, authors, pool):
    names = [f'Member{i:05d} Collab' for i in range(pool)]
    lines = ['## Daily Papers (2024-01-15)', '']
    for p in range(papers):
        start = p * authors // 2
        listed = [names[(start + j) % pool] for j in range(authors)]
        lines += [f'### [Consortium Measurement {p + 1}](https://arxiv.org/abs/2401.{90000 + p:05d})',
                  'Vote: 1',
                  'Authors: ' + ', '.join(listed),
                  f'- **What\'s New**: A collaboration of {authors} people reports measurement {p + 1}.',
                  '']
    return '\n'.join(lines)


def pairs(papers, authors):
    """Co-author pairs visited without a cut (with repeats across papers)."""
    return papers * authors * (authors - 1) // 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('file')
    parser.add_argument('--papers', type=int, default=4)
    parser.add_argument('--authors', type=int, default=1500)
    parser.add_argument('--pool', type=int, default=3000)
    args = parser.parse_args()
    os.makedirs(os.path.dirname(os.path.abspath(args.file)), exist_ok=True)
    with open(args.file, 'w', encoding='utf-8') as f:
        f.write(digest(args.papers, args.authors, args.pool))


if __name__ == '__main__':
    main()
