"""Every view and filter of `papergraph build` on the whole shared corpus, read
back by every consumer: xmllint (GraphML XSD), NetworkX and igraph (GraphML),
Graphviz (nop, gvpr; `dot -Tcanon` on the small --around views). No view may
hold two edges of one kind between the same pair of nodes (Gephi would sum
their weights), and each view's numbers are recounted from the full view."""
import collections
import math
import os
import re
import time
import xml.etree.ElementTree as ET

import pgtest

NS = "{http://graphml.graphdrawing.org/xmlns}"
VIEW_RE = re.compile(r"view (\w+) \((directed|undirected)\) of (\d+) nodes \((.*?)\) "
                     r"and (\d+) edges \((.*?)\)")

# name -> flags; "full" first, the others are checked against it.
VIEWS = {
    "full": [],
    "coauthor": ["--view", "coauthor"],
    "coauthor-fractional": ["--view", "coauthor", "--counting", "fractional",
                            "--min-weight", "0.5", "--min-papers", "2"],
    "results": ["--view", "results"],
    "around-author": ["--around", "Dahua Lin"],
    "around-coauthor": ["--view", "coauthor", "--around", "Dahua Lin", "--depth", "2",
                        "--min-weight", "2"],
    "around-benchmark": ["--view", "results", "--around", "HumanEval", "--depth", "2"],
    "january-2024": ["--from", "2024-01-01", "--to", "2024-01-31"],
}
SMALL = ("around-author", "around-coauthor", "around-benchmark")

_built = {}


def view(name):
    """Builds one view of the corpus once; returns (dir, summary) where summary
    holds what the tool says graph.graphml and graph.dot contain."""
    if name not in _built:
        out = os.path.join(pgtest.WORK, "views", name)
        os.makedirs(out, exist_ok=True)
        p, full_counts = pgtest.build([pgtest.CORPUS], out, *VIEWS[name])
        m = VIEW_RE.search(p.stderr)
        assert m, "no view summary on stderr:\n" + p.stderr[-2000:]
        per_kind = lambda s: {k: int(n) for n, k in (x.split(" ") for x in s.split(", ")) if int(n)}
        _built[name] = (out, {"directed": m.group(2) == "directed", "nodes": int(m.group(3)),
                              "node_kinds": per_kind(m.group(4)), "edges": int(m.group(5)),
                              "edge_kinds": per_kind(m.group(6)), "graph": full_counts})
    return _built[name]


def read_networkx(name):
    """The view's GraphML as NetworkX reads it without force_multigraph."""
    import networkx as nx
    out, summary = view(name)
    g = nx.read_graphml(os.path.join(out, "graph.graphml"))
    assert g.is_directed() == summary["directed"], name
    return g


def test_every_view_validates_against_the_graphml_xsd():
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(pgtest.GRAPHML_SCHEMA, "catalog.xml"))
    for name in VIEWS:
        out, _ = view(name)
        p = pgtest.run(["xmllint", "--noout", "--nonet", "--schema",
                        os.path.join(pgtest.GRAPHML_SCHEMA, "graphml.xsd"),
                        os.path.join(out, "graph.graphml")], check=False, env=env)
        assert p.returncode == 0 and "validates" in p.stderr, (name, p.stderr[-3000:])


def test_every_view_has_typed_keys_and_the_attributes_gephi_reads():
    for name in VIEWS:
        out, summary = view(name)
        keys, nodes, edges, data = {}, 0, 0, set()
        for _, el in ET.iterparse(os.path.join(out, "graph.graphml"), events=("end",)):
            if el.tag == NS + "key":
                assert el.get("attr.type") in ("boolean", "int", "long", "double", "string"), el.attrib
                keys[el.get("id")] = el.get("attr.type")
            elif el.tag == NS + "data":
                typed = keys[el.get("key")] != "string"
                assert el.text and (el.text.strip() or not typed), (name, "empty value", el.attrib)
                data.add(el.get("key"))
            elif el.tag == NS + "graph":
                want = "directed" if summary["directed"] else "undirected"
                assert el.get("edgedefault") == want, (name, el.attrib)
            elif el.tag in (NS + "node", NS + "edge"):
                need = (("n.label", "n.kind", "n.r", "n.g", "n.b", "n.size") if el.tag == NS + "node"
                        else ("e.kind", "e.weight"))
                have = {d.get("key") for d in el.findall(NS + "data")}
                assert set(need) <= have, (name, el.get("id"), have)
                nodes += el.tag == NS + "node"
                edges += el.tag == NS + "edge"
                el.clear()
        assert (nodes, edges) == (summary["nodes"], summary["edges"]), (name, nodes, edges, summary)


def test_networkx_reads_every_view_without_parallel_edges_of_one_kind():
    import networkx as nx
    for name in VIEWS:
        out, summary = view(name)
        g = nx.read_graphml(os.path.join(out, "graph.graphml"), force_multigraph=True)
        assert g.is_directed() == summary["directed"], name
        assert g.number_of_nodes() == summary["nodes"], (name, g.number_of_nodes(), summary)
        assert g.number_of_edges() == summary["edges"], (name, g.number_of_edges(), summary)
        kinds = collections.Counter(d["kind"] for _, d in g.nodes(data=True))
        assert dict(kinds) == summary["node_kinds"], (name, kinds)
        seen = collections.Counter()
        for u, v, d in g.edges(data=True):
            ends = (u, v) if g.is_directed() else tuple(sorted((u, v)))
            seen[ends + (d["kind"],)] += 1
            assert isinstance(d["weight"], float) and d["weight"] > 0, (name, u, v, d)
        repeated = [k for k, n in seen.items() if n > 1]
        assert not repeated, (name, "parallel edges of one kind", repeated[:5])
        by_kind = collections.Counter(k[-1] for k in seen.elements())
        assert dict(by_kind) == summary["edge_kinds"], (name, by_kind)
        # The only pairs joined twice are a paper and the entity it mentions
        # and proposes; without paper nodes a view is a simple (Di)Graph.
        if "paper" not in summary["node_kinds"]:
            assert not read_networkx(name).is_multigraph(), name


def test_igraph_reads_every_view():
    import igraph
    for name in VIEWS:
        out, summary = view(name)
        g = igraph.Graph.Read_GraphML(os.path.join(out, "graph.graphml"))
        assert (g.vcount(), g.ecount()) == (summary["nodes"], summary["edges"]), (name, summary)
        assert g.is_directed() == summary["directed"], name


def authors_of_papers():
    """paper -> authors and author -> paper count, from the full view."""
    g = read_networkx("full")
    authors = collections.defaultdict(list)
    for u, v, d in g.edges(data=True):
        if d["kind"] == "authored":
            authors[v].append(u)
    return g, authors


def test_coauthor_weights_recount_from_the_authored_edges():
    full, authors = authors_of_papers()
    expected = {"full": collections.Counter(), "fractional": collections.Counter()}
    paper_count = collections.Counter()
    for paper, names in authors.items():
        paper_count.update(names)
        n = len(names)
        if n < 2 or n > 25:
            continue
        names = sorted(names)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                expected["full"][(a, b)] += 1
                expected["fractional"][(a, b)] += 1 / (n - 1)
    g = read_networkx("coauthor")
    assert g.number_of_nodes() == len(paper_count)
    for n, d in g.nodes(data=True):
        assert d["kind"] == "author" and d["paper_count"] == paper_count[n], (n, d)
    got = {tuple(sorted((u, v))): d["weight"] for u, v, d in g.edges(data=True)}
    assert got == dict(expected["full"])
    fractional = read_networkx("coauthor-fractional")
    for n, d in fractional.nodes(data=True):
        assert paper_count[n] >= 2, (n, d)
    want = {k: w for k, w in expected["fractional"].items()
            if w >= 0.5 and paper_count[k[0]] >= 2 and paper_count[k[1]] >= 2}
    got = {tuple(sorted((u, v))): d["weight"] for u, v, d in fractional.edges(data=True)}
    assert got.keys() == want.keys(), (len(got), len(want))
    for k, w in want.items():
        assert math.isclose(got[k], w, rel_tol=1e-12), (k, got[k], w)
    # The full view's coauthor edges are the coauthor view's, once per pair.
    in_full = {tuple(sorted((u, v))): d["weight"] for u, v, d in full.edges(data=True)
               if d["kind"] == "coauthor"}
    assert in_full == dict(expected["full"])
    largest = max(__import__("networkx").connected_components(g), key=len)
    print("largest co-author component: %d of %d authors" % (len(largest), g.number_of_nodes()))


def test_results_view_is_one_edge_per_pair_with_every_report_counted():
    _, summary = view("results")
    g = read_networkx("results")
    reports = 0
    for u, v, d in g.edges(data=True):
        assert d["kind"] == "score" and d["reports"] >= 1 and d["weight"] == d["reports"], d
        papers = d["papers"].split(" ")
        assert len(papers) <= d["reports"] and d["paper"] in papers, d
        reports += d["reports"]
    # Every report of the whole graph (graph.nt keeps each one) is counted once.
    assert reports == summary["graph"]["edge_kinds"]["score"], (reports, summary["graph"])
    full = read_networkx("full")
    in_full = {(u, v): (d["value"], d["reports"]) for u, v, d in full.edges(data=True)
               if d["kind"] == "score"}
    assert in_full == {(u, v): (d["value"], d["reports"]) for u, v, d in g.edges(data=True)}


def test_around_and_date_filters_keep_what_they_say():
    g = read_networkx("around-author")
    center = "author:Dahua_Lin"
    assert center in g
    undirected = g.to_undirected(as_view=True)
    assert all(n == center or undirected.has_edge(center, n) for n in g), "farther than depth 1"
    papers = [n for n, d in g.nodes(data=True) if d["kind"] == "paper"]
    assert len(papers) == g.nodes[center]["paper_count"], len(papers)
    import networkx as nx
    c = read_networkx("around-coauthor")
    lengths = nx.single_source_shortest_path_length(c, center)
    assert set(lengths) == set(c) and max(lengths.values()) == 2, max(lengths.values())
    assert all(d["weight"] >= 2 for _, _, d in c.edges(data=True))
    jan = read_networkx("january-2024")
    for n, d in jan.nodes(data=True):
        if d["kind"] == "paper":
            assert any("2024-01-01" <= x <= "2024-01-31" for x in d["dates"].split(" ")), (n, d)
    assert 0 < view("january-2024")[1]["node_kinds"]["paper"] < view("full")[1]["node_kinds"]["paper"]


def gvpr(dot_file, program):
    p = pgtest.run(["gvpr", program, dot_file])
    assert p.stderr == "", p.stderr[-2000:]
    return p.stdout


def test_graphviz_reads_every_view_without_parallel_edges_of_one_kind():
    for name in VIEWS:
        out, summary = view(name)
        dot_file = os.path.join(out, "graph.dot")
        p = pgtest.run(["nop", dot_file])
        assert p.stderr == "", (name, p.stderr[-2000:])
        head = gvpr(dot_file, 'BEG_G { printf("%d %d %d\\n", nNodes($G), nEdges($G), isDirect($G)) }')
        assert tuple(map(int, head.split())) == (summary["nodes"], summary["edges"],
                                                 int(summary["directed"])), (name, head, summary)
        edges = gvpr(dot_file, 'E { printf("%s\\t%s\\t%s\\n", tail.name, head.name, kind) }')
        seen = collections.Counter(tuple(line.split("\t")) for line in edges.splitlines())
        assert max(seen.values()) == 1, (name, seen.most_common(3))


def test_small_views_render_with_dot_in_seconds():
    for name in SMALL:
        out, summary = view(name)
        dot_file = os.path.join(out, "graph.dot")
        assert "layout=dot" in open(dot_file, encoding="utf-8").read(2000), name
        start = time.monotonic()
        p = pgtest.run(["dot", "-Tcanon", dot_file])
        seconds = time.monotonic() - start
        assert p.stderr == "", (name, p.stderr[-2000:])
        assert seconds < 30, (name, seconds)
        print("%s: %d nodes, %d edges, dot -Tcanon in %.1f s" % (name, summary["nodes"],
                                                                 summary["edges"], seconds))


def test_bad_view_flags_are_usage_errors_that_name_the_problem():
    samples = os.path.join(pgtest.SOURCE, "samples")
    out = os.path.join(pgtest.WORK, "views", "bad")
    for flags, says in ((["--view", "authors"], "--view expects full, coauthor or results"),
                        (["--counting", "half"], "--counting expects full or fractional"),
                        (["--min-weight", "-1"], "--min-weight expects a non-negative number"),
                        (["--depth", "two"], "--depth expects a non-negative integer"),
                        (["--from", "2024-6-1"], "expected a date YYYY-MM-DD"),
                        (["--from", "2024-07-01", "--to", "2024-06-01"], "is after --to"),
                        (["--around", "Nobody Here"], "names no node of this view"),
                        (["--view", "coauthor", "--around", "GPT-4o"], "names no node of this view")):
        p = pgtest.run([pgtest.BINARY, "build", samples, "-o", out, "--quiet", *flags], check=False)
        assert p.returncode == 2, (flags, p.returncode, p.stderr)
        assert says in p.stderr, (flags, p.stderr)
        assert not os.path.exists(os.path.join(out, "graph.graphml")), flags


if __name__ == "__main__":
    pgtest.main([test_every_view_validates_against_the_graphml_xsd,
                 test_every_view_has_typed_keys_and_the_attributes_gephi_reads,
                 test_networkx_reads_every_view_without_parallel_edges_of_one_kind,
                 test_igraph_reads_every_view,
                 test_coauthor_weights_recount_from_the_authored_edges,
                 test_results_view_is_one_edge_per_pair_with_every_report_counted,
                 test_around_and_date_filters_keep_what_they_say,
                 test_graphviz_reads_every_view_without_parallel_edges_of_one_kind,
                 test_small_views_render_with_dot_in_seconds,
                 test_bad_view_flags_are_usage_errors_that_name_the_problem])
