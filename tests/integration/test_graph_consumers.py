"""The whole shared corpus through `papergraph build`, read back by the real
consumers: xmllint (GraphML XSD), NetworkX and igraph (GraphML), Graphviz
(DOT). Each must accept the file and see the graph the tool reports."""
import collections
import os
import xml.etree.ElementTree as ET

import pgtest

NS = "{http://graphml.graphdrawing.org/xmlns}"


def test_graphml_valid_against_xsd():
    out, _ = pgtest.corpus_build()
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(pgtest.GRAPHML_SCHEMA, "catalog.xml"))
    p = pgtest.run(["xmllint", "--noout", "--nonet", "--schema",
                    os.path.join(pgtest.GRAPHML_SCHEMA, "graphml.xsd"),
                    os.path.join(out, "graph.graphml")], check=False, env=env)
    assert p.returncode == 0, p.stderr[-3000:]
    assert "validates" in p.stderr, p.stderr


def test_networkx_reads_graphml_with_reported_counts():
    import networkx as nx
    out, counts = pgtest.corpus_build()
    counts = counts["view"]  # what graph.graphml holds
    g = nx.read_graphml(os.path.join(out, "graph.graphml"), force_multigraph=True)
    assert g.is_directed()
    assert g.number_of_nodes() == counts["nodes"], (g.number_of_nodes(), counts)
    assert g.number_of_edges() == counts["edges"], (g.number_of_edges(), counts)
    kinds = collections.Counter(d["kind"] for _, d in g.nodes(data=True))
    assert dict(kinds) == {k: v for k, v in counts["node_kinds"].items() if v}, kinds
    ekinds = collections.Counter(d["kind"] for _, _, d in g.edges(data=True))
    assert dict(ekinds) == {k: v for k, v in counts["edge_kinds"].items() if v}, ekinds
    for n, d in g.nodes(data=True):
        assert d.get("label"), n
    for u, v, d in g.edges(data=True):
        assert isinstance(d["weight"], float), (u, v, d)
    # A co-author weight is the number of shared papers with at most 25
    # authors (the default --max-authors): recount it from the authored edges.
    papers_of = collections.defaultdict(set)
    for u, v, d in g.edges(data=True):
        if d["kind"] == "authored":
            papers_of[u].add(v)
    expected = collections.Counter()
    by_paper = collections.defaultdict(list)
    for a, ps in papers_of.items():
        for p in ps:
            by_paper[p].append(a)
    for p, authors in by_paper.items():
        if len(authors) <= 25:
            authors.sort()
            for i, a in enumerate(authors):
                for b in authors[i + 1:]:
                    expected[(a, b)] += 1
    seen = 0
    for u, v, d in g.edges(data=True):
        if d["kind"] == "coauthor":
            assert d["weight"] == expected[tuple(sorted((u, v)))], (u, v, d)
            seen += 1
    assert seen == len(expected), (seen, len(expected))


def test_igraph_reads_graphml_with_reported_counts():
    import igraph
    out, counts = pgtest.corpus_build()
    counts = counts["view"]
    g = igraph.Graph.Read_GraphML(os.path.join(out, "graph.graphml"))
    assert g.vcount() == counts["nodes"], (g.vcount(), counts)
    assert g.ecount() == counts["edges"], (g.ecount(), counts)
    assert g.is_directed()


def test_graphml_declares_typed_keys_and_no_empty_typed_values():
    out, _ = pgtest.corpus_build()
    keys = {}
    for event, el in ET.iterparse(os.path.join(out, "graph.graphml"), events=("end",)):
        if el.tag == NS + "key":
            assert el.get("for") in ("node", "edge"), el.attrib
            assert el.get("attr.type") in ("boolean", "int", "long", "double", "string"), el.attrib
            keys[el.get("id")] = el.get("attr.type")
        elif el.tag == NS + "data":
            t = keys[el.get("key")]
            if t != "string":
                assert el.text and el.text.strip(), ("empty typed value", el.attrib)
            el.clear()


def graphviz_counts(dot_file):
    """(nodes, edges) as Graphviz's own parser reads them (gvpr)."""
    p = pgtest.run(["gvpr", 'BEG_G { printf("%d %d\\n", nNodes($G), nEdges($G)) }', dot_file])
    assert p.stderr == "", p.stderr[-2000:]
    return tuple(map(int, p.stdout.split()))


def test_dot_of_the_corpus_parses_without_warnings():
    # `dot -Tcanon` lays the graph out first (sfdp with overlap removal takes
    # minutes on 26,000 nodes), so the whole corpus goes through Graphviz's
    # parser with `nop` and gvpr; `dot -Tcanon` runs on one month below.
    out, counts = pgtest.corpus_build()
    dot_file = os.path.join(out, "graph.dot")
    p = pgtest.run(["nop", dot_file])
    assert p.stderr == "", p.stderr[-2000:]
    assert graphviz_counts(dot_file) == (counts["view"]["nodes"], counts["view"]["edges"]), counts


def test_dot_canon_of_one_month_without_warnings():
    out = os.path.join(pgtest.WORK, "month")
    _, counts = pgtest.build([os.path.join(pgtest.CORPUS, "2023", "12")], out)
    dot_file = os.path.join(out, "graph.dot")
    p = pgtest.run(["dot", "-Tcanon", dot_file])
    assert p.stderr == "", p.stderr[-2000:]
    assert graphviz_counts(dot_file) == (counts["view"]["nodes"], counts["view"]["edges"]), counts


def test_same_input_gives_identical_bytes_in_any_order():
    out, _ = pgtest.corpus_build()
    files = []
    for root, _, names in os.walk(pgtest.CORPUS):
        files += [os.path.join(root, n) for n in names if n.endswith(".md")]
    files.sort(reverse=True)  # another order than the directory walk
    other = os.path.join(pgtest.WORK, "corpus-reversed")
    pgtest.build(files, other)
    for name in ("graph.graphml", "graph.dot", "graph.jsonld", "graph.nt"):
        with open(os.path.join(out, name), "rb") as a, open(os.path.join(other, name), "rb") as b:
            assert a.read() == b.read(), name + " differs when the input files come in another order"


if __name__ == "__main__":
    pgtest.main([test_graphml_valid_against_xsd, test_networkx_reads_graphml_with_reported_counts,
                 test_igraph_reads_graphml_with_reported_counts,
                 test_graphml_declares_typed_keys_and_no_empty_typed_values,
                 test_dot_of_the_corpus_parses_without_warnings,
                 test_dot_canon_of_one_month_without_warnings, test_same_input_gives_identical_bytes_in_any_order])
