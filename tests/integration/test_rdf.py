"""The RDF outputs of `papergraph build` on the real corpus, read back offline
by jsonld.js, Oxigraph (tests/node/rdf_check.mjs) and rdflib: graph.jsonld and
graph.nt hold the same RDF graph, and SPARQL finds in it the papers, authors
and scores that the graph (as graph.graphml has it) holds."""
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pgtest  # noqa: E402

NODE_DIR = os.path.join(pgtest.SOURCE, "tests", "node")
OUT = os.path.join(pgtest.WORK, "rdf")

PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX pg: <https://w3id.org/papergraph/vocab#>
PREFIX fair4ml: <https://w3id.org/fair4ml#>
PREFIX mls: <http://www.w3.org/ns/mls#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
COUNTS = PREFIXES + """SELECT
  (SUM(IF(?t = schema:ScholarlyArticle, 1, 0)) AS ?papers)
  (SUM(IF(?t = schema:Person, 1, 0)) AS ?authors)
  (SUM(IF(?t = fair4ml:MLModelEvaluation, 1, 0)) AS ?scores)
WHERE { ?s a ?t }"""
# Papers of one author, with the author's pg:paperCount.
PAPERS_BY = PREFIXES + """SELECT ?paper ?id ?count WHERE {
  ?a a schema:Person ; schema:name %s ; pg:paperCount ?count .
  ?paper schema:author ?a ; schema:identifier ?id .
} ORDER BY ?id"""
# Ordered author list of one paper, through the authorship nodes.
AUTHORS_OF = PREFIXES + """SELECT ?name ?k WHERE {
  <https://arxiv.org/abs/%s> pg:authorship ?s .
  ?s pg:person ?a ; pg:authorPosition ?k . ?a schema:name ?name .
} ORDER BY ?k"""
HUMANEVAL = PREFIXES + """SELECT ?model ?value ?unit ?paper WHERE {
  ?e a mls:ModelEvaluation ; fair4ml:evaluationDataset ?b ; fair4ml:evaluatedMLModel ?m ;
     mls:hasValue ?value ; prov:wasDerivedFrom ?paper .
  ?b schema:name "HumanEval" . ?m schema:name ?model .
  OPTIONAL { ?e schema:unitText ?unit }
} ORDER BY DESC(?value) ?paper"""


def sparql_string(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a SPARQL string here


class Corpus:
    """Builds the corpus once and reads graph.graphml with NetworkX: the truth
    that the RDF outputs are checked against."""

    def __init__(self):
        import networkx
        os.makedirs(OUT, exist_ok=True)
        _, self.counts = pgtest.build([pgtest.CORPUS], OUT)
        self.path = {ext: os.path.join(OUT, "graph." + ext) for ext in ("graphml", "jsonld", "nt")}
        g = networkx.read_graphml(self.path["graphml"])
        self.papers_of = collections.defaultdict(set)   # author name -> arXiv ids
        self.authors_of = collections.defaultdict(dict)  # arXiv id -> {position: name}
        self.humaneval_scores = 0
        for u, v, d in g.edges(data=True):
            ends = {g.nodes[u]["kind"]: g.nodes[u], g.nodes[v]["kind"]: g.nodes[v]}
            if d["kind"] == "authored":
                paper, author = ends["paper"], ends["author"]
                self.papers_of[author["label"]].add(paper["arxiv"])
                self.authors_of[paper["arxiv"]][int(d["position"])] = author["label"]
            elif d["kind"] == "score" and g.nodes[v]["label"] == "HumanEval":
                self.humaneval_scores += d["reports"]  # one GraphML edge per pair


def ensure_node_modules():
    if not os.path.isdir(os.path.join(NODE_DIR, "node_modules")):
        p = pgtest.run(["npm", "ci", "--prefix", NODE_DIR, "--no-audit", "--no-fund"], check=False)
        assert p.returncode == 0, "npm ci in tests/node failed:\n" + p.stderr[-2000:]


def rdf_check(corpus, *queries):
    ensure_node_modules()
    args = ["node", os.path.join(NODE_DIR, "rdf_check.mjs"), corpus.path["jsonld"], corpus.path["nt"]]
    for q in queries:
        args += ["--query", q]
    p = subprocess.run(args, capture_output=True, text=True)
    assert p.returncode in (0, 1), "rdf_check failed (%d):\n%s" % (p.returncode, p.stderr[-3000:])
    return json.loads(p.stdout)


def main():
    corpus = Corpus()
    # The author with the most papers (ties by name) and a paper with several authors.
    author = min(corpus.papers_of, key=lambda a: (-len(corpus.papers_of[a]), a))
    paper = min(corpus.authors_of, key=lambda p: (-min(len(corpus.authors_of[p]), 5), p))
    report = rdf_check(corpus, COUNTS, PAPERS_BY % sparql_string(author), AUTHORS_OF % paper,
                       HUMANEVAL)
    counts, papers_by, authors_of, humaneval = (q["result"] for q in report["queries"])

    def test_jsonld_is_offline_and_the_same_graph_as_ntriples():
        assert report["refused_urls"] == [], report["refused_urls"]
        assert report["jsonld_triples"] > 100000, report["jsonld_triples"]
        assert report["same_graph"], (report["only_in_jsonld"], report["only_in_ntriples"])
        assert report["jsonld_triples"] == report["ntriples_triples"] == report["ntriples_lines"]
        assert report["canonical_equal"], "RDFC-1.0 canonical forms differ"
        assert report["oxigraph_jsonld_equal"], "Oxigraph's JSON-LD reading differs"
        assert report["store_size"] == report["ntriples_triples"]

    def test_rdflib_reads_as_many_triples():
        import rdflib
        g = rdflib.Graph().parse(corpus.path["jsonld"], format="json-ld")
        assert len(g) == report["ntriples_triples"], (len(g), report["ntriples_triples"])

    def test_sparql_counts_match_the_build():
        row = counts[0]
        kinds = corpus.counts["node_kinds"]
        assert int(row["papers"]) == kinds["paper"], (row, kinds)
        assert int(row["authors"]) == kinds["author"], (row, kinds)
        assert int(row["scores"]) == corpus.counts["edge_kinds"]["score"], row

    def test_sparql_finds_the_papers_of_an_author():
        expected = corpus.papers_of[author]
        assert len(expected) >= 2, (author, expected)
        assert {r["id"] for r in papers_by} == expected, (author, papers_by)
        assert len(papers_by) == len(expected), papers_by
        assert {int(r["count"]) for r in papers_by} == {len(expected)}, papers_by

    def test_sparql_gives_authors_in_list_order():
        expected = corpus.authors_of[paper]
        assert [int(r["k"]) for r in authors_of] == sorted(expected), authors_of
        assert [r["name"] for r in authors_of] == [expected[k] for k in sorted(expected)]

    def test_sparql_humaneval_scores():
        assert len(humaneval) > 0, "no HumanEval score"
        assert len(humaneval) == corpus.humaneval_scores, (len(humaneval), corpus.humaneval_scores)
        for r in humaneval:
            float(r["value"])  # an xsd:decimal lexical form
            assert "e" not in r["value"].lower(), r
            assert r["paper"].startswith("https://arxiv.org/abs/"), r

    pgtest.main([test_jsonld_is_offline_and_the_same_graph_as_ntriples,
                 test_rdflib_reads_as_many_triples, test_sparql_counts_match_the_build,
                 test_sparql_finds_the_papers_of_an_author, test_sparql_gives_authors_in_list_order,
                 test_sparql_humaneval_scores])


if __name__ == "__main__":
    main()
