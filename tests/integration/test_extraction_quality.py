"""Extraction quality on the gold days: `papergraph extract` on the three
digests annotated in ../shared/gold, scored by `papergraph eval --json`
against the bar of issue 3 (docs/extraction.md has the measured figures).
The extractor has no knowledge of these days; a drop below a threshold
means a change made it worse for the general case."""
import json
import os

import pgtest

# F1 each field must reach on the gold days.
THRESHOLDS = {
    "entities": 0.85,    # models, methods and benchmarks together, kind ignored
    "models": 0.75,
    "methods": 0.75,
    "benchmarks": 0.75,
    "proposes": 0.85,
}


def gold_files():
    return sorted(os.path.join(pgtest.GOLD, f) for f in os.listdir(pgtest.GOLD)
                  if f.endswith(".json"))


def digest_of(gold_file):
    with open(gold_file, encoding="utf-8") as f:
        source = json.load(f)["source"]  # "daily_papers_ko/2024/06/19.md"
    return os.path.join(pgtest.SHARED, "corpus", source)


def scores():
    os.makedirs(pgtest.WORK, exist_ok=True)
    golds = gold_files()
    pred = os.path.join(pgtest.WORK, "gold_days_extraction.json")
    papers = pgtest.extract([digest_of(g) for g in golds], pred)
    assert len(papers) >= 60, "expected the 65 papers of the gold days, got %d" % len(papers)
    p = pgtest.run([pgtest.BINARY, "eval", *golds, "--pred", pred, "--json"])
    return json.loads(p.stdout)


_scores = None


def report():
    global _scores
    if _scores is None:
        _scores = scores()
    return _scores


def test_every_gold_paper_is_extracted():
    r = report()
    assert r["missing"] == [], "gold papers not extracted: %s" % r["missing"]
    assert r["matched_papers"] == r["gold_papers"] > 0


def test_fields_reach_the_bar():
    fields = report()["fields"]
    for name in ("entities", "models", "methods", "benchmarks", "proposes"):
        f = fields[name]
        print("  %-10s P %.3f R %.3f F1 %.3f" % (name, f["precision"], f["recall"], f["f1"]))
    low = {name: round(fields[name]["f1"], 3) for name, bar in THRESHOLDS.items()
           if fields[name]["f1"] < bar}
    assert not low, "F1 below the bar %s: %s" % (THRESHOLDS, low)


def test_eval_rejects_a_prediction_that_is_not_an_extraction():
    bad = os.path.join(pgtest.WORK, "not_an_extraction.json")
    with open(bad, "w", encoding="utf-8") as f:
        f.write('{"nodes": []}')
    p = pgtest.run([pgtest.BINARY, "eval", *gold_files(), "--pred", bad], check=False)
    assert p.returncode == 1, p.returncode
    assert "not_an_extraction.json" in p.stderr and "papers" in p.stderr, p.stderr


def test_a_perfect_prediction_scores_one():
    gold = gold_files()[0]
    p = pgtest.run([pgtest.BINARY, "eval", gold, "--pred", gold, "--json"])
    for name, f in json.loads(p.stdout)["fields"].items():
        if f["gold"]:
            assert f["f1"] == 1.0, (name, f)


if __name__ == "__main__":
    pgtest.main([test_every_gold_paper_is_extracted, test_fields_reach_the_bar,
                 test_eval_rejects_a_prediction_that_is_not_an_extraction,
                 test_a_perfect_prediction_scores_one])
