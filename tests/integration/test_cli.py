"""The command line as a user meets it: help, exit codes, error messages that
say what to do, diagnostics with file:line, and outputs never half-written."""
import os
import re
import shutil

import pgtest

SAMPLES = os.path.join(pgtest.SOURCE, "samples")
FIXTURES = os.path.join(pgtest.SOURCE, "tests", "fixtures", "markdown")


def run(*args):
    return pgtest.run([pgtest.BINARY, *args], check=False)


def test_help_and_version():
    p = run("--help")
    assert p.returncode == 0 and "build" in p.stdout and "extract" in p.stdout, p.stdout
    p = run("build", "--help")
    assert p.returncode == 0 and "--max-authors" in p.stdout, p.stdout
    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith("papergraph "), p.stdout


def test_usage_errors_exit_2_and_name_the_problem():
    p = run("frobnicate")
    assert p.returncode == 2 and "unknown command 'frobnicate'" in p.stderr, p.stderr
    p = run("build", SAMPLES, "--no-such-flag")
    assert p.returncode == 2 and "unknown option --no-such-flag" in p.stderr, p.stderr
    p = run("build")
    assert p.returncode == 2 and "no INPUT" in p.stderr, p.stderr
    p = run("build", SAMPLES, "--max-authors", "many")
    assert p.returncode == 2 and "--max-authors" in p.stderr, p.stderr


def test_missing_input_is_reported_and_the_rest_is_read():
    out = os.path.join(pgtest.WORK, "cli-missing")
    missing = os.path.join(pgtest.WORK, "no-such-dir")
    p = run("build", missing, SAMPLES, "-o", out)
    assert p.returncode == 1, p.stderr
    assert missing in p.stderr and "No such file" in p.stderr, p.stderr
    assert "5 papers" in p.stderr, p.stderr  # the samples were still read
    assert os.path.getsize(os.path.join(out, "graph.graphml")) > 0


def test_directory_without_digests_says_what_was_expected():
    empty = os.path.join(pgtest.WORK, "cli-empty")
    os.makedirs(empty, exist_ok=True)
    p = run("build", empty, "-o", os.path.join(pgtest.WORK, "cli-empty-out"))
    assert p.returncode == 1, p.stderr
    assert "no digests found under" in p.stderr and "*.md" in p.stderr, p.stderr


def test_warnings_carry_file_and_line_and_strict_fails_on_them():
    # The fixture with an unbalanced section marker gives a warning with its line.
    digests = [os.path.join(FIXTURES, f) for f in sorted(os.listdir(FIXTURES)) if f.endswith(".md")]
    out = os.path.join(pgtest.WORK, "cli-fixtures")
    p = run("build", *digests, "-o", out)
    warnings = [l for l in p.stderr.splitlines() if ": warning: " in l]
    assert warnings, p.stderr
    for line in warnings:
        assert re.match(r"^[^:]+\.md(:\d+)?: warning: ", line), line
    assert any(re.match(r"^[^:]+\.md:\d+: warning: ", l) for l in warnings), warnings
    assert p.returncode == 0, p.stderr  # warnings alone do not fail a run
    p = run("build", *digests, "-o", out, "--strict")
    assert p.returncode == 1, p.stderr


def test_unwritable_output_exits_3_and_keeps_nothing_half_written():
    blocker = os.path.join(pgtest.WORK, "cli-blocker")
    with open(blocker, "w") as f:
        f.write("a file where the output directory should be\n")
    p = run("build", SAMPLES, "-o", os.path.join(blocker, "out"))
    assert p.returncode == 3, (p.returncode, p.stderr)
    assert "cannot" in p.stderr, p.stderr


def test_extract_writes_the_documented_fields():
    out = os.path.join(pgtest.WORK, "cli-extract.json")
    papers = pgtest.extract([SAMPLES], out)
    assert len(papers) == 5
    fields = {"arxiv", "title", "date", "dates", "votes", "authors", "authors_truncated", "proposes",
              "models", "methods", "benchmarks", "results", "source"}
    for p in papers:
        assert set(p) == fields, set(p) ^ fields
    codelark = next(p for p in papers if p["arxiv"] == "2406.90001")
    assert codelark["dates"] == ["2024-06-03", "2024-06-04"] and codelark["votes"] == 58


def test_extract_creates_the_directories_of_its_output_like_build():
    root = os.path.join(pgtest.WORK, "cli-extract-dirs")
    shutil.rmtree(root, ignore_errors=True)
    out = os.path.join(root, "does", "not", "exist", "pred.json")
    assert len(pgtest.extract([SAMPLES], out)) == 5
    blocker = os.path.join(root, "blocker")
    with open(blocker, "w") as f:
        f.write("a file where a directory of the output should be\n")
    p = run("extract", SAMPLES, "-o", os.path.join(blocker, "sub", "pred.json"), "--quiet")
    assert p.returncode == 3, (p.returncode, p.stderr)
    assert "cannot create output directory " + os.path.join(blocker, "sub") in p.stderr, p.stderr


def test_formats_writes_the_named_files_only_and_leaves_the_others():
    out = os.path.join(pgtest.WORK, "cli-formats")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    with open(os.path.join(out, "graph.nt"), "w") as f:
        f.write("an earlier run's file\n")
    p = run("build", SAMPLES, "-o", out, "--formats", "nt,graphml", "--quiet")
    assert p.returncode == 0, p.stderr
    # Listed in the usual order, whatever the order asked.
    assert p.stdout.split() == [os.path.join(out, "graph.graphml"), os.path.join(out, "graph.nt")], p.stdout
    assert sorted(os.listdir(out)) == ["graph.graphml", "graph.nt"], os.listdir(out)
    with open(os.path.join(out, "graph.nt")) as f:
        assert f.read().startswith("<"), "graph.nt was not rewritten"
    assert "in graph.graphml\n" in p.stderr, p.stderr
    p = run("build", SAMPLES, "-o", out, "--formats", "jsonld", "--quiet")
    assert p.returncode == 0 and p.stdout.split() == [os.path.join(out, "graph.jsonld")], p.stdout
    assert "papergraph: view" not in p.stderr, p.stderr  # no drawing written
    for bad in ("graphml,svg", "", "dot,"):
        p = run("build", SAMPLES, "-o", out, "--formats", bad)
        assert p.returncode == 2 and "--formats expects" in p.stderr, (bad, p.stderr)


if __name__ == "__main__":
    pgtest.main([test_help_and_version, test_usage_errors_exit_2_and_name_the_problem,
                 test_missing_input_is_reported_and_the_rest_is_read,
                 test_directory_without_digests_says_what_was_expected,
                 test_warnings_carry_file_and_line_and_strict_fails_on_them,
                 test_unwritable_output_exits_3_and_keeps_nothing_half_written,
                 test_extract_writes_the_documented_fields,
                 test_extract_creates_the_directories_of_its_output_like_build,
                 test_formats_writes_the_named_files_only_and_leaves_the_others])
