"""Running one command for the benchmark: wall time, CPU time (user + system)
and peak RSS of the process (os.wait4, no /usr/bin/time needed), and what `papergraph build
--timings` says about its stages and its graph.
"""

import os
import re
import subprocess
import sys
import time

TIMINGS = re.compile(r'^papergraph: timings: (.*)$', re.M)
WITHIN = re.compile(r'^within (.+?), (.+?): (.*)$')
STAGE = re.compile(r'(\S.*?) (\d+(?:\.\d+)?) s(?:,|\s|$)')
GRAPH = re.compile(r'^papergraph: graph of (\d+) nodes \((.*?)\) and (\d+) edges \((.*?)\)$', re.M)
COUNT = re.compile(r'(\d+) (\w+)')


class Run:
    """One finished process."""

    def __init__(self, argv, wall, cpu, rss_kib, code, stderr):
        self.argv, self.wall, self.cpu, self.rss_kib = argv, wall, cpu, rss_kib
        self.code, self.stderr = code, stderr

    def check(self):
        if self.code != 0:
            sys.exit(f'bench: {" ".join(self.argv)} failed with exit code {self.code}:\n'
                     f'{self.stderr[-2000:]}')
        return self

    def stages(self):
        """({stage: seconds}, {stage: how its parts are measured}) from the
        --timings line. The line lists the stages, then, after "; within
        STAGE, HOW:", the parts of a stage; a part is keyed "STAGE › part"."""
        m = TIMINGS.search(self.stderr)
        if not m:
            return {}, {}
        pieces = m.group(1).split('; ')
        times = {name: float(t) for name, t in STAGE.findall(pieces[0])}
        how = {}
        for piece in pieces[1:]:
            w = WITHIN.match(piece)
            if w:
                how[w.group(1)] = w.group(2)
                times.update({f'{w.group(1)} › {name}': float(t) for name, t in STAGE.findall(w.group(3))})
        return times, how

    def graph(self):
        """{'nodes': n, 'edges': m, kind: count...} of the full graph."""
        m = GRAPH.search(self.stderr)
        if not m:
            return {}
        out = {'nodes': int(m.group(1)), 'edges': int(m.group(3))}
        for text in (m.group(2), m.group(4)):
            out.update({kind: int(n) for n, kind in COUNT.findall(text)})
        return out


def run(argv):
    """Runs argv to completion; its stderr is kept, its stdout dropped."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read().decode('utf-8', 'replace')  # until the process closes it
    proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)  # usage of this child alone: its peak RSS
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(argv, wall, cpu, usage.ru_maxrss, proc.returncode, stderr)


def best_of(runs, argv):
    """The fastest of `runs` runs (each checked)."""
    return min((run(argv).check() for _ in range(runs)), key=lambda r: r.wall)


def warm(path):
    """Reads every file under path once, so that a timed run finds its input
    in the page cache whatever ran before (a bigger corpus's outputs evict it)."""
    for root, _, files in os.walk(path):
        for name in files:
            with open(os.path.join(root, name), 'rb') as f:
                while f.read(1 << 20):
                    pass


def tree_bytes(path, suffixes=('.md', '.json')):
    """Total size of the files under path with one of the suffixes (any case)."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            if name.lower().endswith(suffixes):
                total += os.path.getsize(os.path.join(root, name))
    return total
