"""Structural exactness on the whole shared corpus: `papergraph extract`
must give every paper of every digest, with the title, votes, authors and
date that the digest writes. The expectation is an independent, deliberately
simple reading of the same files (line regexes and ast.literal_eval), not the
reader's own code."""
import ast
import os
import re
import unicodedata

import pgtest

HEADING_RE = re.compile(r"^###\s*\[(.*)\]\((\S*)\)\s*$")
ARXIV_RE = re.compile(r"arxiv\.org/(?:abs|pdf)/(.+?)(?:v\d+)?(?:\.pdf)?/?$")
DAY_RE = re.compile(r"^##\s+Daily Papers\s*\((\d{4}-\d{2}-\d{2})\)")
ASCII_SPACE_RE = re.compile(r"[ \t\n\r\f\v]+")


def collapse(text):
    return ASCII_SPACE_RE.sub(" ", text).strip()


def authors_as_written(body):
    """(names, truncated) of the text after "Authors:"."""
    body = body.strip()
    raw = ast.literal_eval(body) if body.startswith("[") else body.split(",")
    names = [unicodedata.normalize("NFC", collapse(n)) for n in raw]
    truncated = "+" in names
    return [n for n in names if n and n != "+"], truncated


def read_listings():
    """Every paper heading of the corpus: {arxiv id: [listing, ...]}."""
    listings = {}
    for root, _, files in os.walk(pgtest.CORPUS):
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, pgtest.CORPUS).replace(os.sep, "/")
            with open(path, encoding="utf-8-sig") as f:
                lines = f.read().split("\n")
            date, current = None, None
            for number, line in enumerate(lines, 1):
                line = line.rstrip("\r")
                day = DAY_RE.match(line)
                if day:
                    date, current = day.group(1), None
                    continue
                m = HEADING_RE.match(line)
                if m:
                    link = ARXIV_RE.search(m.group(2))
                    assert link, "%s:%d: heading without an arXiv link" % (rel, number)
                    current = {"title": collapse(m.group(1)), "date": date, "votes": None,
                               "authors": [], "authors_truncated": False,
                               "source": "%s:%d" % (rel, number)}
                    listings.setdefault(link.group(1), []).append(current)
                    continue
                if line.startswith("#"):
                    current = None
                elif current is not None and line.startswith("Vote:"):
                    value = line[len("Vote:"):].strip()
                    current["votes"] = int(value) if value.isdigit() else None
                elif current is not None and line.startswith("Authors:"):
                    current["authors"], current["authors_truncated"] = \
                        authors_as_written(line[len("Authors:"):])
    return listings


_extracted = None


def extracted():
    global _extracted
    if _extracted is None:
        os.makedirs(pgtest.WORK, exist_ok=True)
        papers = pgtest.extract([pgtest.CORPUS], os.path.join(pgtest.WORK, "extract.json"))
        _extracted = {}
        for p in papers:
            assert p["arxiv"] not in _extracted, "paper %s written twice" % p["arxiv"]
            _extracted[p["arxiv"]] = p
    return _extracted


LISTINGS = read_listings()


def check_field(field):
    """Every paper's `field` equals what one of its listings writes."""
    wrong = []
    for arxiv, listings in sorted(LISTINGS.items()):
        paper = extracted().get(arxiv)
        if paper is None:
            continue  # test_one_paper_per_id reports it
        expected = [listing[field] for listing in listings]
        if paper[field] not in expected:
            wrong.append("%s (%s): %r, expected %r" % (arxiv, listings[0]["source"],
                                                        paper[field], expected[0]))
    assert not wrong, "%d papers with another %s, e.g.\n  %s" % (len(wrong), field,
                                                                "\n  ".join(wrong[:5]))


def test_corpus_is_large():
    assert len(LISTINGS) > 3000, "only %d ids read from %s" % (len(LISTINGS), pgtest.CORPUS)


def test_one_paper_per_id():
    missing = sorted(set(LISTINGS) - set(extracted()))
    extra = sorted(set(extracted()) - set(LISTINGS))
    assert not missing and not extra, "missing %s; not in any heading %s" % (missing[:5], extra[:5])
    assert len(extracted()) == len(LISTINGS)


def test_titles():
    check_field("title")


def test_votes():
    check_field("votes")


def test_authors():
    check_field("authors")


def test_authors_truncated():
    check_field("authors_truncated")


def test_dates():
    check_field("date")


def test_source_names_a_listing():
    wrong = []
    for arxiv, listings in sorted(LISTINGS.items()):
        source = extracted().get(arxiv, {}).get("source", "")
        if not any(source.endswith(listing["source"]) for listing in listings):
            wrong.append("%s: %r" % (arxiv, source))
    assert not wrong, "%d sources name no heading of the paper, e.g. %s" % (len(wrong), wrong[:5])


if __name__ == "__main__":
    pgtest.main([test_corpus_is_large, test_one_paper_per_id, test_titles, test_votes,
                 test_authors, test_authors_truncated, test_dates, test_source_names_a_listing])
