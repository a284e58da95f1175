"""Same inputs, same bytes: `papergraph build` (all four files) and `extract`
on the real corpus give byte-identical outputs whatever the order in which the
digest files are named on the command line (shuffled with several seeds) and
whatever the number of threads (1, 2, 4)."""
import hashlib
import os
import random

import pgtest

OUTPUTS = ("graph.graphml", "graph.dot", "graph.jsonld", "graph.nt")
# (seed of the shuffle, --threads): every thread count with a different order.
RUNS = ((1, 1), (2, 2), (3, 4))


def digest_files():
    files = []
    for root, _, names in os.walk(pgtest.CORPUS):
        files += [os.path.join(root, n) for n in names if n.endswith((".md", ".json"))]
    assert len(files) > 200, len(files)
    return sorted(files)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def shuffled(files, seed):
    order = list(files)
    random.Random(seed).shuffle(order)
    assert order != files
    return order


def test_build_ignores_file_order_and_threads():
    reference, _ = pgtest.corpus_build()  # the directory as input, default threads
    expected = {name: sha256(os.path.join(reference, name)) for name in OUTPUTS}
    files = digest_files()
    for seed, threads in RUNS:
        out = os.path.join(pgtest.WORK, "determinism-build-%d" % seed)
        pgtest.build(shuffled(files, seed), out, "--threads", str(threads))
        got = {name: sha256(os.path.join(out, name)) for name in OUTPUTS}
        differ = [n for n in OUTPUTS if got[n] != expected[n]]
        assert not differ, "seed %d, --threads %d: %s differ" % (seed, threads, differ)


def test_extract_ignores_file_order_and_threads():
    reference = os.path.join(pgtest.WORK, "determinism-extract-ref.json")
    pgtest.run([pgtest.BINARY, "extract", pgtest.CORPUS, "-o", reference, "--quiet"])
    files = digest_files()
    for seed, threads in RUNS:
        out = os.path.join(pgtest.WORK, "determinism-extract-%d.json" % seed)
        pgtest.run([pgtest.BINARY, "extract", *shuffled(files, seed), "-o", out, "--quiet",
                    "--threads", str(threads)])
        assert sha256(out) == sha256(reference), "seed %d, --threads %d" % (seed, threads)


if __name__ == "__main__":
    pgtest.main([test_build_ignores_file_order_and_threads,
                 test_extract_ignores_file_order_and_threads])
