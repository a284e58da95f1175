"""Every input shape into one graph: the markdown samples, a folder of English
table digests and a saved API JSON; standard input; and `stats` on the result."""
import os
import subprocess

import pgtest

FIXTURES = os.path.join(pgtest.SOURCE, "tests", "fixtures")
SAMPLES = os.path.join(pgtest.SOURCE, "samples")


def test_three_formats_make_one_graph():
    out = os.path.join(pgtest.WORK, "inputs-all")
    inputs = [SAMPLES, os.path.join(FIXTURES, "table"), os.path.join(FIXTURES, "hf_api", "2024-10-04.json")]
    _, counts = pgtest.build(inputs, out)
    # 5 sample papers, 4 table rows with an arXiv link, 2 API papers with an id.
    assert counts["node_kinds"]["paper"] == 11, counts
    papers = pgtest.extract(inputs, os.path.join(pgtest.WORK, "inputs-all.json"))
    ids = {p["arxiv"] for p in papers}
    assert {"2406.90001", "2410.90011", "2410.90014", "2410.90021"} <= ids, ids
    # Ada Brenner writes in the table digest and in the API JSON: one author.
    import networkx as nx
    g = nx.read_graphml(os.path.join(out, "graph.graphml"), force_multigraph=True)
    assert g.nodes["author:Ada_Brenner"]["paper_count"] == 4, g.nodes["author:Ada_Brenner"]


def test_input_format_can_be_forced_and_is_checked():
    p = pgtest.run([pgtest.BINARY, "extract", os.path.join(FIXTURES, "table", "2024-10-02.md"),
                    "--input-format", "csv"], check=False)
    assert p.returncode == 2 and "--input-format" in p.stderr, p.stderr
    p = pgtest.run([pgtest.BINARY, "extract", os.path.join(SAMPLES, "2024", "06", "03.md"),
                    "--input-format", "json", "-o", os.path.join(pgtest.WORK, "forced.json")],
                   check=False)
    assert "invalid JSON" in p.stderr, p.stderr  # a markdown file forced through the JSON reader


def test_standard_input():
    with open(os.path.join(SAMPLES, "2024", "06", "03.md"), "rb") as f:
        p = subprocess.run([pgtest.BINARY, "extract", "-", "--quiet"], stdin=f, capture_output=True)
    assert p.returncode == 0, p.stderr
    import json
    papers = json.loads(p.stdout)["papers"]
    assert [x["arxiv"] for x in papers] == ["2406.90001", "2406.90002", "2406.90003"], papers
    assert papers[0]["source"] == "-:3", papers[0]["source"]


def test_stats_reports_rankings():
    p = pgtest.run([pgtest.BINARY, "stats", SAMPLES, "--top", "3", "--quiet"])
    assert "paper 5" in p.stdout and "author 8" in p.stdout, p.stdout
    lines = p.stdout.splitlines()
    top_authors = lines[lines.index("top authors by papers") + 1]
    assert top_authors.strip() == "3 papers\tDaniel Osei", top_authors
    assert "2024-06-03" in p.stdout and "2024-06-04" in p.stdout


if __name__ == "__main__":
    pgtest.main([test_three_formats_make_one_graph, test_input_format_can_be_forced_and_is_checked,
                 test_standard_input, test_stats_reports_rankings])
