"""The SPARQL queries that docs/graph-model.md shows users, run as they are
written (every ```sparql block, prefixes included) on the RDF of the whole
shared corpus, loaded into Oxigraph by tests/node/rdf_check.mjs. Each must
parse and find something: a query that the docs promise and that returns
nothing is a broken promise."""
import json
import os
import re
import subprocess

import pgtest

DOC = os.path.join(pgtest.SOURCE, "docs", "graph-model.md")
NODE_DIR = os.path.join(pgtest.SOURCE, "tests", "node")
BLOCK_RE = re.compile(r"^```sparql\n(.*?)^```", re.S | re.M)


def doc_queries():
    with open(DOC, encoding="utf-8") as f:
        return BLOCK_RE.findall(f.read())


def run_queries(queries):
    out = os.path.join(pgtest.WORK, "docs-sparql")
    os.makedirs(out, exist_ok=True)
    pgtest.build([pgtest.CORPUS], out)
    if not os.path.isdir(os.path.join(NODE_DIR, "node_modules")):
        pgtest.run(["npm", "ci", "--prefix", NODE_DIR, "--no-audit", "--no-fund"])
    args = ["node", os.path.join(NODE_DIR, "rdf_check.mjs"),
            os.path.join(out, "graph.jsonld"), os.path.join(out, "graph.nt")]
    for q in queries:
        args += ["--query", q]
    p = subprocess.run(args, capture_output=True, text=True)
    assert p.returncode == 0, "rdf_check failed (%d):\n%s" % (p.returncode, p.stderr[-3000:])
    return json.loads(p.stdout)["queries"]


def test_docs_show_the_promised_queries():
    titles = [q.splitlines()[0] for q in doc_queries()]
    for topic in ("Papers by an author", "Co-authors of an author", "leaderboard",
                  "Papers that mention a model", "authors of a paper"):
        assert any(topic in t for t in titles), (topic, titles)


def test_every_docs_query_finds_something_in_oxigraph():
    queries = doc_queries()
    results = run_queries(queries)
    assert len(results) == len(queries)
    for q in results:
        rows = q["result"]
        title = q["query"].splitlines()[0]
        assert isinstance(rows, list) and rows, (title, rows)
        for row in rows:
            assert all(v is not None for k, v in row.items() if k != "unit"), (title, row)
        print("%s: %d rows, first %s" % (title, len(rows), json.dumps(rows[0], ensure_ascii=False)))


if __name__ == "__main__":
    pgtest.main([test_docs_show_the_promised_queries, test_every_docs_query_finds_something_in_oxigraph])
