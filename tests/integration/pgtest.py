"""Shared helpers of the integration tests: where things are, running the
papergraph binary, and building the shared corpus once per test run."""
import json
import os
import re
import subprocess
import sys

BINARY = os.environ.get("PAPERGRAPH", "build/papergraph")
SOURCE = os.environ.get("PAPERGRAPH_SOURCE", os.getcwd())
SHARED = os.environ.get("PAPERGRAPH_SHARED", os.path.join(SOURCE, "..", "shared"))
WORK = os.environ.get("PAPERGRAPH_WORK", os.path.join(SOURCE, "build", "integration"))
CORPUS = os.path.join(SHARED, "corpus", "daily_papers_ko")
GOLD = os.path.join(SHARED, "gold")
GRAPHML_SCHEMA = os.path.join(SHARED, "schema", "graphml")

COUNTS_RE = re.compile(r"graph of (\d+) nodes \((.*?)\) and (\d+) edges \((.*?)\)")
VIEW_RE = re.compile(r"view \w+ \((?:un)?directed\) of (\d+) nodes \((.*?)\) and (\d+) edges \((.*?)\)")


def run(args, check=True, **kw):
    """Runs a command, returns the CompletedProcess (text mode)."""
    p = subprocess.run(args, capture_output=True, text=True, **kw)
    if check and p.returncode != 0:
        sys.stderr.write(p.stderr[-4000:])
        raise AssertionError("%s exited with %d" % (args[0], p.returncode))
    return p


def build(inputs, out_dir, *flags):
    """Runs `papergraph build`; returns (process, counts) where counts holds
    the node and edge totals and per-kind counts the tool reported for the
    whole graph (what graph.jsonld and graph.nt hold), and counts["view"] the
    same for the view in graph.graphml and graph.dot (score reports collapsed)."""
    p = run([BINARY, "build", *inputs, "-o", out_dir, "--quiet", *flags])
    m = COUNTS_RE.search(p.stderr)
    assert m, "no graph summary on stderr:\n" + p.stderr[-2000:]
    per_kind = lambda s: {k: int(n) for n, k in (x.split(" ") for x in s.split(", "))}
    parse = lambda m: {"nodes": int(m.group(1)), "edges": int(m.group(3)),
                       "node_kinds": per_kind(m.group(2)), "edge_kinds": per_kind(m.group(4))}
    counts = parse(m)
    v = VIEW_RE.search(p.stderr)
    assert v, "no view summary on stderr:\n" + p.stderr[-2000:]
    counts["view"] = parse(v)
    return p, counts


_corpus_build = None


def corpus_build():
    """Builds the whole shared corpus once into WORK/corpus; returns (dir, counts)."""
    global _corpus_build
    if _corpus_build is None:
        out = os.path.join(WORK, "corpus")
        os.makedirs(out, exist_ok=True)
        _, counts = build([CORPUS], out)
        _corpus_build = (out, counts)
    return _corpus_build


def extract(inputs, out_file):
    run([BINARY, "extract", *inputs, "-o", out_file, "--quiet"])
    with open(out_file, encoding="utf-8") as f:
        return json.load(f)["papers"]


def validate_graphml(path):
    """Asserts that xmllint, offline, validates `path` against the GraphML XSD."""
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(GRAPHML_SCHEMA, "catalog.xml"))
    p = run(["xmllint", "--noout", "--nonet", "--schema", os.path.join(GRAPHML_SCHEMA, "graphml.xsd"),
             path], check=False, env=env)
    assert p.returncode == 0 and "validates" in p.stderr, path + ":\n" + p.stderr[-3000:]


def check_dot(path):
    """Asserts that Graphviz reads `path` without a warning (nop) and lays it
    out canonically (dot -Tcanon)."""
    for cmd in (["nop", path], ["dot", "-Tcanon", "-o", os.devnull, path]):
        p = run(cmd, check=False)
        assert p.returncode == 0 and p.stderr == "", "%s on %s:\n%s" % (cmd[0], path, p.stderr[-3000:])


def main(tests):
    """Runs test functions in order, reports each; exit 1 on any failure."""
    failed = 0
    for t in tests:
        try:
            t()
            print("PASS", t.__name__)
        except Exception as e:  # noqa: BLE001 - report every failure
            failed += 1
            print("FAIL", t.__name__, "-", e)
            import traceback
            traceback.print_exc()
    sys.exit(1 if failed else 0)
