"""The README's main job on samples/: the outputs must equal the golden files
in tests/golden/sample byte for byte (regenerate them with
scripts/update-golden.sh after an intended change, and review the diff)."""
import difflib
import os

import pgtest

OUTPUTS = ("graph.graphml", "graph.dot", "graph.jsonld", "graph.nt")


def test_sample_outputs_equal_golden_files():
    out = os.path.join(pgtest.WORK, "sample")
    # Run from the source tree, as the README does, so that source paths match.
    pgtest.run([pgtest.BINARY, "build", "samples", "-o", out, "--quiet"], cwd=pgtest.SOURCE)
    golden = os.path.join(pgtest.SOURCE, "tests", "golden", "sample")
    for name in OUTPUTS:
        with open(os.path.join(out, name), encoding="utf-8") as f:
            got = f.read()
        with open(os.path.join(golden, name), encoding="utf-8") as f:
            want = f.read()
        if got != want:
            diff = "".join(list(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                     "golden/" + name, "output/" + name))[:60])
            raise AssertionError(name + " differs from its golden file:\n" + diff)


def test_sample_graph_has_every_kind():
    out = os.path.join(pgtest.WORK, "sample-counts")
    _, counts = pgtest.build([os.path.join(pgtest.SOURCE, "samples")], out)
    assert counts["node_kinds"]["paper"] == 5, counts  # CodeLark is listed on two days
    for kind in ("author", "model", "method", "benchmark"):
        assert counts["node_kinds"][kind] > 0, (kind, counts)
    for kind in ("authored", "coauthor", "mentions", "proposes", "score"):
        assert counts["edge_kinds"][kind] > 0, (kind, counts)


if __name__ == "__main__":
    pgtest.main([test_sample_outputs_equal_golden_files, test_sample_graph_has_every_kind])
