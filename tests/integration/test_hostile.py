"""Hostile input never crashes papergraph, is reported, and never breaks an
output. `build` reads tests/fixtures/hostile/ (markup, quotes, backslashes,
DOT keywords and edge operators as names, control characters, invalid UTF-8,
lone surrogates, non-characters, bidi marks, CRLF and BOM, truncated files of
each format, an empty and a binary file, a paper listed twice, a directory
without digests) plus files made here (a 100 MB line, a NUL byte after the
binary probe, 1500 authors). Every problem must be on stderr with file:line,
the summary must count them, and every output must read back in its real
consumers: xmllint (GraphML XSD), NetworkX, igraph, Graphviz (nop, dot
-Tcanon), jsonld.js and Oxigraph (tests/node), rdflib."""
import json
import os
import re
import time
import types

import pgtest
import test_rdf

HOSTILE = os.path.join(pgtest.SOURCE, "tests", "fixtures", "hostile")
GENERATED = os.path.join(pgtest.WORK, "hostile-generated")
OUT = os.path.join(pgtest.WORK, "hostile")
SUMMARY_RE = re.compile(r"papergraph: (\d+) files read, (\d+) skipped, (\d+) listings, (\d+) papers; "
                        r"(\d+) errors, (\d+) warnings, (\d+) notes")
DIAGNOSTIC_RE = re.compile(r"^(.+?)(?::(\d+))?: (error|warning|note): (.*)$")

# Names that must come out of every format exactly as written.
HOSTILE_AUTHORS = {"graph", "node", "edge", "strict", "subgraph", "digraph", "a -- b", "c -> d",
                   "O'Brien \\ Jr.", "x<y>&z", "Ann <Lee>", 'Bo "B" {Chen}', "Cy|Pipe", "Di^Caret",
                   "Ed`Tick", "Fa\\Slash", "Gi Space", "<Cy> & \"Di\""}
HOSTILE_TITLE = "<script>alert(\"x\")</script> & \"Quotes\" 'Apos' \\Backslash\\ &amp; ]]> <!-- c -->"
PAPERS = {"2407.90001", "2407.90002", "2407.90003", "2407.90011", "2407.90021", "2407.90031",
          "2407.90041", "2407.90042", "2407.90043", "2407.90051", "2407.90061", "2407.90071",
          "2407.90081", "2407.90091", "2407.90092", "2407.90111",
          "2407.90200", "2407.90201", "2407.90202"}  # the last three are generated

# (file under HOSTILE or GENERATED, line or None, severity, words of the message)
EXPECTED = [
    ("no_digests", None, "error", "no digests found under"),
    ("api_hostile.json", 1, "warning", "lone UTF-16 surrogate \\ud800 replaced by U+FFFD"),
    ("api_hostile.json", 1, "warning", "lone UTF-16 surrogate \\udc00 replaced by U+FFFD"),
    ("api_hostile.json", 3, "warning", "lone UTF-16 surrogate \\udbff replaced by U+FFFD"),
    ("api_hostile.json", 1, "warning", "paper 2407.90091: 3 control character(s) replaced"),
    ("api_hostile.json", 1, "warning", "paper 2407.90091: 3 author(s) without a name dropped"),
    ("api_hostile.json", 6, "warning", "paper id \"not an id\" is not an arXiv id; skipped"),
    ("api_hostile.json", 7, "warning", "paper 2407.90092 has no authors list"),
    ("api_hostile.json", 9, "warning", "list element is not an object; skipped"),
    ("api_truncated.json", 3, "error", "invalid JSON"),
    ("binary.md", None, "warning", "binary file skipped"),
    ("control_chars.md", 3, "warning", "control character(s) replaced by U+FFFD"),
    ("control_chars.md", 7, "warning", "control character(s) replaced by U+FFFD"),
    ("control_chars.md", 9, "warning", "control character(s) replaced by U+FFFD"),
    ("empty.md", None, "warning", "not a digest papergraph can read"),
    ("invalid_utf8.md", 3, "warning", "invalid UTF-8 replaced by U+FFFD (4 sequences)"),
    ("invalid_utf8.md", 5, "warning", "invalid UTF-8 replaced by U+FFFD (2 sequences)"),
    ("invalid_utf8.md", 7, "warning", "invalid UTF-8 replaced by U+FFFD (1 sequence)"),
    ("missing_parts.md", 9, "warning", "paper heading not understood"),
    ("missing_parts.md", 15, "warning", "paper heading without an arXiv link skipped"),
    ("missing_parts.md", 21, "warning", "unreadable vote \"many\" taken as none"),
    ("missing_parts.md", 23, "warning", "authors: empty name dropped"),
    ("missing_parts.md", 25, "warning", "paper heading with an empty title"),
    ("table_hostile.md", 6, "warning", "table row without an arXiv link skipped"),
    ("table_hostile.md", 7, "warning", "table row with 1 cells, expected 3"),
    ("table_truncated.md", 6, "warning", "table row with 1 cells, expected 3"),
    ("truncated.md", 9, "warning", "paper heading not understood"),
    ("listed_twice/2024-07-13.md", 3, "note", "listed again with another title"),
    ("listed_twice/2024-07-13.md", 3, "note", "listed again with another author list"),
    ("huge_line.md", 7, "warning", "line of 100000002 bytes cut to 1048576"),
    ("late_nul.md", 8, "warning", "control character(s) replaced by U+FFFD"),
    ("many_authors.md", 3, "warning", "paper 2407.90202 lists 1500 authors; the first 1000 kept"),
]


def generate():
    """The inputs too big or too odd to commit; returns their paths."""
    os.makedirs(GENERATED, exist_ok=True)
    head = "## Daily Papers (2024-07-20)\n\n### [%s](https://arxiv.org/abs/%s)\n\nAuthors: %s\n\n"
    files = {
        "huge_line.md": head % ("A 100 MB Line", "2407.90200", "Ann Lee") + "- " + "w" * (100 * 10**6) + "\n",
        "late_nul.md": head % ("NUL After the Probe", "2407.90201", "Bo Chen") + "- " + "x" * 9000
                       + "\n- Summary with a NUL\0 byte.\n",
        "many_authors.md": head % ("Consortium", "2407.90202",
                                   ", ".join("Author %d" % i for i in range(1500))),
    }
    paths = []
    for name, text in files.items():
        path = os.path.join(GENERATED, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        paths.append(path)
    return paths


class Run:
    """One `build` of the hostile fixtures: exit code, diagnostics, summary."""

    def __init__(self):
        inputs = [HOSTILE, os.path.join(HOSTILE, "no_digests")] + generate()
        start = time.monotonic()
        p = pgtest.run([pgtest.BINARY, "build", *inputs, "-o", OUT], check=False)
        self.seconds = time.monotonic() - start
        self.code, self.stderr = p.returncode, p.stderr
        self.diagnostics = [m.groups() for m in map(DIAGNOSTIC_RE.match, p.stderr.splitlines())
                            if m and not m.group(1).startswith("papergraph")]
        m = SUMMARY_RE.search(p.stderr)
        assert m, p.stderr[-3000:]
        self.summary = dict(zip(("read", "skipped", "listings", "papers", "errors", "warnings", "notes"),
                                map(int, m.groups())))
        self.path = {ext: os.path.join(OUT, "graph." + ext) for ext in ("graphml", "dot", "jsonld", "nt")}


def place(name):
    folder = GENERATED if name in ("huge_line.md", "late_nul.md", "many_authors.md") else HOSTILE
    return os.path.join(folder, name)


def main():
    run = Run()

    def test_nothing_crashes_and_input_errors_exit_1():
        assert run.code == 1, (run.code, run.stderr[-3000:])  # the truncated JSON, the empty directory
        assert "AddressSanitizer" not in run.stderr and "runtime error" not in run.stderr

    def test_every_problem_is_reported_with_its_place():
        for name, line, severity, words in EXPECTED:
            found = [d for d in run.diagnostics if d[0] == place(name) and d[2] == severity
                     and (line is None or d[1] == str(line)) and words in d[3]]
            assert found, "not reported: %s:%s: %s: %s" % (name, line, severity, words)

    def test_every_diagnostic_names_a_file_and_the_summary_counts_them():
        lines = [l for l in run.stderr.splitlines() if re.search(r": (error|warning|note): ", l)]
        assert len(lines) == len(run.diagnostics), set(lines) - {l for l in lines if DIAGNOSTIC_RE.match(l)}
        for severity in ("error", "warning", "note"):
            assert sum(d[2] == severity for d in run.diagnostics) == run.summary[severity + "s"], run.summary
        assert run.summary["errors"] == 2, run.summary
        digests = sum(name.endswith((".md", ".json")) for _, _, names in os.walk(HOSTILE) for name in names)
        assert run.summary["read"] + run.summary["skipped"] == digests + 3, run.summary
        assert run.summary["skipped"] == 1, run.summary  # binary.md
        assert run.summary["papers"] == len(PAPERS), run.summary
        assert run.summary["listings"] == len(PAPERS) + 1, run.summary  # one paper listed twice

    def test_the_huge_line_is_cut_not_crawled():
        assert run.seconds < 300, run.seconds

    def test_graphml_is_valid_and_keeps_every_name():
        import igraph
        import networkx as nx
        pgtest.validate_graphml(run.path["graphml"])
        g = nx.read_graphml(run.path["graphml"], force_multigraph=True)
        labels = {d.get("label", "") for _, d in g.nodes(data=True)}  # the empty title has none
        assert HOSTILE_AUTHORS <= labels, HOSTILE_AUTHORS - labels
        assert HOSTILE_TITLE in labels
        assert {d["arxiv"] for _, d in g.nodes(data=True) if d["kind"] == "paper"} == PAPERS
        ig = igraph.Graph.Read_GraphML(run.path["graphml"])
        assert (ig.vcount(), ig.ecount()) == (g.number_of_nodes(), g.number_of_edges())

    def test_dot_reads_without_warnings_and_keeps_every_name():
        pgtest.check_dot(run.path["dot"])
        p = pgtest.run(["gvpr", 'N { print($.label) }', run.path["dot"]])
        # gvpr gives a label as written in the file, with DOT's label escapes (\\ for \).
        labels = {re.sub(r"\\(.)", r"\1", label) for label in p.stdout.splitlines()}
        assert HOSTILE_AUTHORS <= labels, HOSTILE_AUTHORS - labels

    def test_rdf_outputs_are_one_graph_and_keep_every_name():
        import rdflib
        report = test_rdf.rdf_check(types.SimpleNamespace(path=run.path))
        assert report["same_graph"] and report["canonical_equal"] and report["oxigraph_jsonld_equal"], report
        assert report["refused_urls"] == [], report["refused_urls"]
        nt = rdflib.Graph().parse(run.path["nt"], format="nt")
        assert len(nt) == report["ntriples_triples"] == len(rdflib.Graph().parse(run.path["jsonld"], format="json-ld"))
        names = {str(o) for o in nt.objects(None, rdflib.URIRef("http://schema.org/name"))}
        assert HOSTILE_AUTHORS | {HOSTILE_TITLE} <= names, (HOSTILE_AUTHORS | {HOSTILE_TITLE}) - names
        for term in nt.all_nodes():
            if isinstance(term, rdflib.URIRef):
                assert re.fullmatch(r"[!#-;=?-\[\]_a-z~]+", str(term)), term

    def test_jsonld_is_json_without_raw_control_characters():
        with open(run.path["jsonld"], encoding="utf-8") as f:
            text = f.read()
        assert not re.search(r"[\x00-\x1f]", text.replace("\n", "")), "raw control character"
        json.loads(text)

    def test_file_size_and_paper_count_limits_are_reported():
        big = os.path.join(GENERATED, "2024-07-21.md")
        with open(big, "w") as f:
            f.write("## Daily Papers (2024-07-21)\n\n" + "x" * (2 << 20) + "\n")
        p = pgtest.run([pgtest.BINARY, "extract", big, "-o", os.devnull, "--max-file-mb", "1"], check=False)
        assert big + ": warning: file larger than 1 MiB (--max-file-mb) skipped" in p.stderr, p.stderr
        assert "0 files read, 1 skipped" in p.stderr, p.stderr
        samples = os.path.join(pgtest.SOURCE, "samples")
        p = pgtest.run([pgtest.BINARY, "extract", samples, "-o", os.devnull, "--max-papers", "3"])
        assert re.search(r"samples/2024/06/04\.md:\d+: warning: more than 3 papers \(--max-papers\)",
                         p.stderr), p.stderr
        assert "3 listings" in p.stderr, p.stderr

    pgtest.main([test_nothing_crashes_and_input_errors_exit_1, test_every_problem_is_reported_with_its_place,
                 test_every_diagnostic_names_a_file_and_the_summary_counts_them,
                 test_the_huge_line_is_cut_not_crawled, test_graphml_is_valid_and_keeps_every_name,
                 test_dot_reads_without_warnings_and_keeps_every_name,
                 test_rdf_outputs_are_one_graph_and_keep_every_name,
                 test_jsonld_is_json_without_raw_control_characters,
                 test_file_size_and_paper_count_limits_are_reported])


if __name__ == "__main__":
    main()
