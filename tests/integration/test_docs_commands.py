"""Every command that README.md and docs/*.md show is run, so that the docs
cannot rot. The convention (docs/README.md, "Commands in the docs"):

- A fenced block marked ```sh holds commands, one a line (`#` starts a
  comment, a trailing backslash continues the line). They run with bash, in
  document order, from a scratch copy of the project made for each page, where
  build/papergraph (and `papergraph` on PATH) is the binary under test and
  ../shared is the shared corpus. A command must exit 0, or N when its comment
  says `exit N`. What it names after -o, --output or > (build: the four graph
  files; scripts: SCRIPT_OUTPUTS) is deleted first and must exist, not empty,
  afterwards. A ```python block runs with python3 the same way.
- Commands that cannot run here are in EXEMPT, with the reason, and must
  still appear in the docs. Pages for developers (DEVELOPER_PAGES: sanitizer,
  fuzzer and benchmark recipes) run their papergraph commands only. A
  papergraph command in any other code block fails the test: nothing would
  run it.
- Every --flag written after `papergraph SUBCOMMAND`, in a block or in inline
  code, and every inline `--flag ...` span of the pages about papergraph itself,
  must appear in that subcommand's --help.
Relative links and images must point at files that exist. The ```sparql blocks
are test_docs_sparql.py's."""
import glob
import os
import re
import shlex
import shutil
import subprocess

import pgtest

DOCS = [os.path.join(pgtest.SOURCE, "README.md")] + sorted(glob.glob(os.path.join(pgtest.SOURCE, "docs", "*.md")))
BLOCK_RE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.S | re.M)
COMMAND_RE = re.compile(r"^(?:\$ )?(?:\S*/)?papergraph (build|extract|stats|leaderboard|eval)\b")
FLAG_RE = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
EXEMPT = {
    "bash scripts/test.sh": "the whole test suite, which runs this test; .ci/run runs it",
    "curl ": "needs the internet; examples/2024-10-09.json is such a saved response",
}
SCRIPT_OUTPUTS = {
    "scripts/run-sample.sh": ["out/sample/graph." + x for x in ("graphml", "dot", "jsonld", "nt", "svg")],
    "scripts/draw-pictures.sh": ["docs/images/coauthors.svg", "docs/images/results.svg"],
}
# Pages for the project's developers: of their sh blocks only the papergraph
# commands run, and their bare --flags are other programs'.
DEVELOPER_PAGES = {
    "performance.md": "benchmark runs (bench/run.py), minutes long",
    "robustness.md": "sanitizer and fuzzer builds and runs, which scripts/test.sh does",
}
NOT_COPIED = {".git", "build", "out", "bench/results"}
GRAPH_FILES = ("graph.graphml", "graph.dot", "graph.jsonld", "graph.nt")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def name(doc):
    return os.path.relpath(doc, pgtest.SOURCE)


def blocks(text):
    """(info string, lines) of every fenced block, continuation lines joined."""
    for info, body in BLOCK_RE.findall(text):
        yield info, re.sub(r"\\\n\s*", "", body).splitlines()


def help_texts():
    top = pgtest.run([pgtest.BINARY, "--help"]).stdout
    subs = re.findall(r"^  ([a-z]+)\t", top, re.M)
    assert {"build", "extract", "stats", "leaderboard", "eval"} <= set(subs), top
    return top, {s: pgtest.run([pgtest.BINARY, s, "--help"]).stdout for s in subs}


def unknown_flags(text, top, helps):
    """The --flags of `papergraph SUB ...` (or of a bare `--flag ...`) that SUB's
    --help (or, without a known SUB, no --help) mentions."""
    words = text.split()
    if words[0].endswith("papergraph") and len(words) > 1 and words[1] in helps:
        allowed = helps[words[1]] + top
    else:
        allowed = top + "".join(helps.values())
    known = set(FLAG_RE.findall(allowed))
    return [f for f in FLAG_RE.findall(text) if f not in known]


def outputs(line):
    """The files and directories a command line says it writes."""
    words = shlex.split(line, comments=True)
    named = [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-o", "--output", ">")]
    named += [w[1:] for w in words if w.startswith(">") and len(w) > 1]
    if "--help" in words or "--version" in words:
        return []
    if COMMAND_RE.match(line) and words[1] == "build":
        named = [os.path.join(d, f) for d in (named or ["papergraph-out"]) for f in GRAPH_FILES]
    for script, files in SCRIPT_OUTPUTS.items():
        if script in words or "./" + script in words:
            named += files
    return named


def not_copied(directory, names):
    """Build trees, outputs and installed packages stay out of the copy."""
    where = os.path.relpath(directory, pgtest.SOURCE)
    return [n for n in names if n == "node_modules" or os.path.normpath(os.path.join(where, n)) in NOT_COPIED
            or where == "." and n.startswith("build-")]


def scratch_project(name):
    """A copy of the project (sources, samples, docs, scripts) beside a link to
    the shared corpus, with build/papergraph linked to the binary under test."""
    root = os.path.join(pgtest.WORK, "docs-commands", name)
    shutil.rmtree(root, ignore_errors=True)
    project = os.path.join(root, "project")
    shutil.copytree(pgtest.SOURCE, project, ignore=not_copied, symlinks=True)
    os.symlink(os.path.abspath(pgtest.SHARED), os.path.join(root, "shared"))
    os.makedirs(os.path.join(project, "build"))
    os.symlink(os.path.abspath(pgtest.BINARY), os.path.join(project, "build", "papergraph"))
    return project


def run_line(project, env, kind, line):
    """Runs one command (or a python block) in the scratch project; returns
    what went wrong, or None."""
    if kind == "python":
        args = ["python3", "-c", line]
        named, want = [], 0
    else:
        args = ["bash", "-c", line]
        named = outputs(line)
        code = re.search(r"#.*\bexit (\d+)\b", line)
        want = int(code.group(1)) if code else 0
    for path in named:
        target = os.path.join(project, path)
        if os.path.isdir(target):
            shutil.rmtree(target)
        elif os.path.exists(target):
            os.remove(target)
    p = subprocess.run(args, cwd=project, env=env, capture_output=True, text=True, timeout=600)
    if p.returncode != want:
        return "exit %d (want %d):\n%s" % (p.returncode, want, (p.stdout + p.stderr)[-2000:])
    missing = [n for n in named if not os.path.exists(os.path.join(project, n))
               or os.path.getsize(os.path.join(project, n)) == 0]
    return "did not write %s" % missing if missing else None


def runnable(doc):
    """(kind, command) of a page: each line of its sh blocks, each python block;
    on a developer page, its papergraph commands only."""
    developer = os.path.basename(doc) in DEVELOPER_PAGES
    if developer:
        print("%s: only papergraph commands run (%s)" % (name(doc), DEVELOPER_PAGES[os.path.basename(doc)]))
    for kind, lines in blocks(read(doc)):
        if kind == "python" and not developer:
            yield kind, "\n".join(lines)
        elif kind == "sh":
            yield from ((kind, l) for l in lines if l.strip() and not l.lstrip().startswith("#")
                        and (COMMAND_RE.match(l.strip()) or not developer))


def test_every_command_in_the_docs_runs():
    failures, ran, exempt_seen = [], 0, set()
    for doc in DOCS:
        commands = list(runnable(doc))
        if not commands:
            continue
        project = scratch_project(name(doc).replace("/", "_"))
        env = dict(os.environ, PAPERGRAPH=os.path.abspath(pgtest.BINARY),
                   PATH=os.path.join(project, "build") + os.pathsep + os.environ["PATH"])
        for kind, command in commands:
            exempt = next((c for c in EXEMPT if kind == "sh" and command.startswith(c)), None)
            if exempt:
                exempt_seen.add(exempt)
                print("exempt %s: %s (%s)" % (name(doc), command, EXEMPT[exempt]))
                continue
            failure = run_line(project, env, kind, command)
            ran += 1
            print("%s %s: %s" % ("FAIL" if failure else "ok", name(doc), command.splitlines()[0]))
            if failure:
                failures.append("%s: %s\n  %s" % (name(doc), command, failure))
    assert not failures, "\n".join(failures)
    assert ran >= 10, ran  # the README alone shows more
    assert exempt_seen == set(EXEMPT), "exempt but no longer in the docs: %s" % (set(EXEMPT) - exempt_seen)


def test_papergraph_commands_are_only_in_sh_blocks():
    stray = []
    for doc in DOCS:
        for kind, lines in blocks(read(doc)):
            if kind != "sh":
                stray += ["%s: %s" % (name(doc), l) for l in lines if COMMAND_RE.match(l.strip())]
        indented = re.findall(r"^(?: {4}|\t)(.*)$", BLOCK_RE.sub("", read(doc)), re.M)
        stray += ["%s: %s" % (name(doc), l) for l in indented if COMMAND_RE.match(l.strip())]
    assert not stray, "papergraph commands no test runs (put them in a ```sh block):\n" + "\n".join(stray)


def test_every_flag_in_the_docs_is_in_its_help():
    top, helps = help_texts()
    unknown = []
    for doc in DOCS:
        text = read(doc)
        spans = [l for k, lines in blocks(text) if k == "sh" for l in lines if COMMAND_RE.match(l.strip())]
        for span in re.findall(r"`([^`\n]+)`", BLOCK_RE.sub("", text)):
            words = span.split()
            if words and (words[0].endswith("papergraph") or words[0].startswith("--")
                          and os.path.basename(doc) not in DEVELOPER_PAGES):
                spans.append(span)
        unknown += ["%s: %s in `%s`" % (name(doc), f, s)
                    for s in spans for f in unknown_flags(s, top, helps)]
    assert not unknown, "flags the --help does not know:\n" + "\n".join(unknown)


def test_links_and_images_resolve():
    broken = []
    for doc in DOCS:
        prose = re.sub(r"`[^`\n]*`", "", BLOCK_RE.sub("", read(doc)))
        for target in re.findall(r"\]\(([^)\s]+)\)", prose):
            path = target.split("#")[0]
            if path and not re.match(r"[a-z]+:", path) and not os.path.exists(
                    os.path.join(os.path.dirname(doc), path)):
                broken.append("%s: %s" % (name(doc), target))
    assert not broken, "links to missing files:\n" + "\n".join(broken)


if __name__ == "__main__":
    pgtest.main([test_papergraph_commands_are_only_in_sh_blocks, test_every_flag_in_the_docs_is_in_its_help,
                 test_links_and_images_resolve, test_every_command_in_the_docs_runs])
