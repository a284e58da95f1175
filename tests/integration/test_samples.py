"""The README's main job on samples/: the outputs must equal the golden files
in tests/golden/ byte for byte, for the default view (tests/golden/sample,
all four files) and for every other view and filter (tests/golden/sample-NAME,
GraphML and DOT; their JSON-LD and N-Triples are the default view's).
Regenerate them with scripts/update-golden.sh after an intended change (its
view table is the one below), and review the diff."""
import difflib
import os

import pgtest

OUTPUTS = ("graph.graphml", "graph.dot", "graph.jsonld", "graph.nt")
# golden directory suffix -> build flags, as in scripts/update-golden.sh
VIEWS = {
    "coauthor": ["--view", "coauthor"],
    "coauthor-fractional": ["--view", "coauthor", "--counting", "fractional", "--min-papers", "2"],
    "results": ["--view", "results"],
    "around": ["--around", "Mina Park", "--depth", "2"],
    "dates": ["--from", "2024-06-04", "--to", "2024-06-04"],
}


def build_sample(name, *flags):
    out = os.path.join(pgtest.WORK, name)
    # Run from the source tree, as the README does, so that source paths match.
    pgtest.run([pgtest.BINARY, "build", "samples", "-o", out, "--quiet", *flags], cwd=pgtest.SOURCE)
    return out


def assert_same(out, golden, name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        got = f.read()
    with open(os.path.join(golden, name), encoding="utf-8") as f:
        want = f.read()
    if got != want:
        diff = "".join(list(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                 golden + "/" + name, "output/" + name))[:60])
        raise AssertionError(name + " differs from its golden file:\n" + diff)


def test_sample_outputs_equal_golden_files():
    out = build_sample("sample")
    for name in OUTPUTS:
        assert_same(out, os.path.join(pgtest.SOURCE, "tests", "golden", "sample"), name)


def test_sample_views_equal_golden_files():
    for view, flags in VIEWS.items():
        out = build_sample("sample-" + view, *flags)
        golden = os.path.join(pgtest.SOURCE, "tests", "golden", "sample-" + view)
        assert_same(out, golden, "graph.graphml")
        assert_same(out, golden, "graph.dot")
        # Views shape the drawings only: the RDF keeps the whole graph.
        for name in ("graph.jsonld", "graph.nt"):
            assert_same(out, os.path.join(pgtest.SOURCE, "tests", "golden", "sample"), name)


def test_sample_graph_has_every_kind():
    out = os.path.join(pgtest.WORK, "sample-counts")
    _, counts = pgtest.build([os.path.join(pgtest.SOURCE, "samples")], out)
    assert counts["node_kinds"]["paper"] == 5, counts  # CodeLark is listed on two days
    for kind in ("author", "model", "method", "benchmark"):
        assert counts["node_kinds"][kind] > 0, (kind, counts)
    for kind in ("authored", "coauthor", "mentions", "proposes", "score"):
        assert counts["edge_kinds"][kind] > 0, (kind, counts)


if __name__ == "__main__":
    pgtest.main([test_sample_outputs_equal_golden_files, test_sample_views_equal_golden_files,
                 test_sample_graph_has_every_kind])
