"""The progress line (cli/progress_line.h): while `papergraph extract` reads
the 252 digests of the shared corpus, a stderr that is a terminal (a pty here)
shows "papergraph: reading N/252 files", redrawn with \\r and erased with
\\r ESC[K before the summary; a stderr that is a pipe never sees it, and
--quiet silences it on a terminal too."""
import os
import pty
import re
import subprocess

import pgtest

PROGRESS_RE = re.compile(r"\rpapergraph: reading (\d+)/252 files")
ERASE = "\r\x1b[K"


def extract_args(name, *flags):
    return [pgtest.BINARY, "extract", pgtest.CORPUS, "-o", os.path.join(pgtest.WORK, name), *flags]


def stderr_on_terminal(args):
    """Runs args with stderr on a new pty; returns (exit code, all it wrote)."""
    master, slave = pty.openpty()
    p = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:  # read while it runs: a full pty buffer would block the writer
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return p.wait(), b"".join(chunks).decode("utf-8", "replace")


def test_terminal_shows_the_progress_line_then_erases_it():
    os.makedirs(pgtest.WORK, exist_ok=True)
    code, err = stderr_on_terminal(extract_args("progress-tty.json"))
    assert code == 0, err[-2000:]
    counts = [int(n) for n in PROGRESS_RE.findall(err)]
    assert counts, "no progress line on a terminal:\n" + err[-2000:]
    assert counts == sorted(counts) and all(1 <= n < 252 for n in counts), counts
    erase = err.rindex(ERASE)
    summary = err.index("papergraph: 252 files read")
    assert err.rindex("papergraph: reading") < erase < summary, err[-2000:]


def test_pipe_and_quiet_show_no_progress_line():
    p = pgtest.run(extract_args("progress-pipe.json"))
    assert "reading" not in p.stderr and "\x1b" not in p.stderr, p.stderr[-2000:]
    assert "papergraph: 252 files read" in p.stderr, p.stderr[-2000:]
    code, err = stderr_on_terminal(extract_args("progress-quiet.json", "--quiet"))
    assert code == 0, err[-2000:]
    assert "reading" not in err and "\x1b" not in err, err[-2000:]


if __name__ == "__main__":
    pgtest.main([test_terminal_shows_the_progress_line_then_erases_it,
                 test_pipe_and_quiet_show_no_progress_line])
