#!/usr/bin/python3
"""The whole-process benchmark of papergraph, in one command:

    bench/run.py            # full run: x1, x10, x100 corpora
    bench/run.py --quick    # x1 and x10 only, fewer repetitions (for development)

It builds Release if needed (CMake, into --build-dir), then measures, in one
run: `papergraph build --timings --quiet` (all formats) on the shared corpus
(best of --runs) and on corpora scaled by bench/scale_corpus.py (once each);
the Python peer (../shared/peer/papergraph_peer.py, Debian's python3 and
python3-networkx) on the shared corpus, in turn with papergraph; the extract stage against a single
re2 pass (papergraph_bench, bench/micro/); huge author lists with and
without the --max-authors cut; --threads 1 against 2 (outputs compared byte
for byte). It prints a markdown report and writes it to --out
(bench/results/latest.md). docs/performance.md explains every column.
"""

import argparse
import datetime
import filecmp
import os
import platform
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in bench/
import coauthor_digest  # noqa: E402
import job_floor  # noqa: E402
import measure  # noqa: E402
import report  # noqa: E402
import tables  # noqa: E402

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUTS = ('graph.graphml', 'graph.dot', 'graph.jsonld', 'graph.nt')


def log(message):
    print(f'bench: {message}', file=sys.stderr, flush=True)


def quiet(argv):
    """Runs argv; its output is shown only if it fails."""
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        sys.exit(f'bench: {" ".join(argv)} failed:\n{done.stdout[-5000:]}')


def build(build_dir):
    """Configures (Release) and builds; returns (papergraph, papergraph_bench or None)."""
    log(f'configuring {build_dir} (Release)')
    quiet(['cmake', '-S', SOURCE, '-B', build_dir, '-DCMAKE_BUILD_TYPE=Release'])
    with open(os.path.join(build_dir, 'CMakeCache.txt'), encoding='utf-8') as cache:
        with_bench = 'PAPERGRAPH_BENCH:BOOL=ON' in cache.read()
    targets = ['papergraph'] + (['papergraph_bench'] if with_bench else [])
    log(f'building {", ".join(targets)}')
    quiet(['cmake', '--build', build_dir, f'-j{os.cpu_count() or 1}', '--target', *targets])
    bench = os.path.join(build_dir, 'bench', 'papergraph_bench') if with_bench else None
    return os.path.join(build_dir, 'papergraph'), bench


def machine():
    """One line on the machine and its load, for the report's header."""
    cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
    mem = next((int(l.split()[1]) for l in open('/proc/meminfo') if l.startswith('MemTotal')), 0)
    load = ', '.join(f'{x:.2f}' for x in os.getloadavg())
    return f'{cpu}, {os.cpu_count()} cores, {mem / 2**20:.0f} GiB RAM, Linux {platform.release()}; load average {load}'


def revision():
    git = ['git', '-C', SOURCE]
    head = subprocess.run(git + ['rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(git + ['status', '--porcelain', '--untracked-files=no'],
                           capture_output=True, text=True).stdout.strip()
    return (head or '?') + (' with uncommitted changes' if dirty else '')


def mem_available():
    return next(int(l.split()[1]) * 1024 for l in open('/proc/meminfo') if l.startswith('MemAvailable'))


def out_sizes(directory):
    """{output file name: bytes} of the output files in directory."""
    return {f: os.path.getsize(os.path.join(directory, f)) for f in OUTPUTS
            if os.path.exists(os.path.join(directory, f))}


class Bench:
    def __init__(self, args):
        self.args = args
        self.work = args.work
        os.makedirs(self.work, exist_ok=True)
        self.corpus = os.path.join(args.shared, 'corpus', 'daily_papers_ko')
        if not os.path.isdir(self.corpus):
            sys.exit(f'bench: no shared corpus at {self.corpus} (--shared DIR)')
        if subprocess.run([args.python, '-c', 'import networkx'], capture_output=True).returncode != 0:
            sys.exit(f'bench: {args.python} cannot import networkx, which the peer needs '
                     '(apt-get install python3-networkx, or --python)')
        self.binary, self.micro_binary = build(args.build_dir)
        self.sizes = {}  # times -> row dict

    def build_run(self, corpus, *flags, runs=1, keep=None):
        out = keep or os.path.join(self.work, 'out')
        argv = [self.binary, 'build', corpus, '-o', out, '--timings', '--quiet', *flags]
        r = measure.best_of(runs, argv)
        r.out_sizes = out_sizes(out)
        r.out_bytes = sum(r.out_sizes.values())
        if not keep:
            shutil.rmtree(out, ignore_errors=True)
        return r

    def scaled(self, times):
        """The corpus times N (the shared corpus itself for 1), or None when
        this machine lacks the disk or memory for it (reason logged)."""
        if times == 1:
            return self.corpus
        base_bytes = self.sizes[1]['bytes']
        largest = max(t for t in self.sizes if 'run' in self.sizes[t])
        rss_estimate = self.sizes[largest]['run'].rss_kib * 1024 * times / largest
        target = os.path.join(self.work, f'x{times}')
        made = os.path.exists(os.path.join(target, 'SCALED.txt'))
        disk_needed = times * (self.sizes[1]['run'].out_bytes + (0 if made else base_bytes))
        free = shutil.disk_usage(self.work).free
        if disk_needed > free * 0.9:
            return self.skip(times, f'needs ~{disk_needed / 1e9:.1f} GB of disk, {free / 1e9:.1f} GB free')
        if rss_estimate > mem_available() * 0.8 and not self.args.force:
            return self.skip(times, f'would need ~{rss_estimate / 2**30:.1f} GiB of memory at the RSS per input '
                                    f'byte of x{largest}, {mem_available() / 2**30:.1f} GiB available (--force runs it)')
        log(f'the x{times} corpus: {target}')
        subprocess.run([sys.executable, os.path.join(SOURCE, 'bench', 'scale_corpus.py'), self.corpus, target,
                        '--times', str(times)], check=True)
        return target

    def skip(self, times, reason):
        log(f'x{times} skipped: {reason}')
        self.sizes[times] = {'skipped': reason}
        return None

    def run_sizes(self):
        for times in [1] + self.args.sizes:
            corpus = self.scaled(times)
            if corpus is None:
                continue
            runs = self.args.runs if times == 1 else 1
            log(f'papergraph build on x{times}' + (f', best of {runs}' if runs > 1 else ''))
            measure.warm(corpus)
            self.sizes[times] = {'corpus': corpus, 'bytes': measure.tree_bytes(corpus),
                                 'run': self.build_run(corpus, runs=runs)}

    def run_peer(self):
        """The peer and papergraph on x1 in turn, --peer-runs rounds. Each round
        compares runs a few seconds apart (the machine's speed drifts over
        minutes): the peer once, then papergraph with all four formats and
        with the peer's three (--formats graphml,dot,jsonld), best of 3 each."""
        peer = os.path.join(self.args.shared, 'peer', 'papergraph_peer.py')
        log(f'the Python peer against papergraph on x1, {self.args.peer_runs} rounds')
        out = os.path.join(self.work, 'peer-out')
        self.peer_rounds = []
        for _ in range(self.args.peer_runs):
            py = measure.run([self.args.python, peer, self.corpus, '--out', out]).check()
            shutil.rmtree(out, ignore_errors=True)
            self.peer_rounds.append({'peer': py, 'all': self.build_run(self.corpus, runs=3),
                                     'same': self.build_run(self.corpus, '--formats', 'graphml,dot,jsonld',
                                                            runs=3)})

    def run_threads(self):
        times = max(t for t in self.sizes if 'run' in self.sizes[t] and t <= 10)
        corpus = self.sizes[times]['corpus']
        log(f'--threads 1 and 2 on x{times}')
        dirs = [os.path.join(self.work, f'threads-{n}') for n in (1, 2)]
        runs = [self.build_run(corpus, '--threads', str(n), keep=d) for n, d in zip((1, 2), dirs)]
        same = all(filecmp.cmp(os.path.join(dirs[0], f), os.path.join(dirs[1], f), shallow=False)
                   for f in OUTPUTS)
        for d in dirs:
            shutil.rmtree(d, ignore_errors=True)
        self.threads = {'times': times, 'runs': runs, 'same': same}

    def run_coauthors(self):
        p, n = (2, 1000) if self.args.quick else (4, 1500)
        digest = os.path.join(self.work, 'coauthors', 'consortium.md')
        os.makedirs(os.path.dirname(digest), exist_ok=True)
        with open(digest, 'w', encoding='utf-8') as f:
            f.write(coauthor_digest.digest(p, n, 2 * n))
        log(f'huge author lists: {p} papers of {n} authors, with and without the cut')
        self.coauthors = {'papers': p, 'authors': n, 'pairs': coauthor_digest.pairs(p, n),
                          'bytes': os.path.getsize(digest),
                          'cut': self.build_run(digest), 'full': self.build_run(digest, '--max-authors', '0')}

    def run_micro(self):
        self.micro, self.floor_ratios = {}, []
        if not self.micro_binary:
            log('papergraph_bench not built (no libbenchmark-dev): no micro-benchmarks, no re2 floor')
            return
        log('micro-benchmarks and the re2 floor (papergraph_bench)')
        path = os.path.join(self.work, 'micro.json')
        measure.run([self.micro_binary, f'--corpus={self.corpus}', f'--benchmark_out={path}',
                     '--benchmark_out_format=json',
                     f'--benchmark_min_time={0.1 if self.args.quick else 1.0}',
                     # The median of repetitions: single timings swing by ±20% on a shared machine.
                     f'--benchmark_repetitions={1 if self.args.quick else 5}',
                     '--benchmark_report_aggregates_only=true']).check()
        self.micro = tables.micro_rows(path)
        self.floor_ratios = self.run_floor_pairs(1 if self.args.quick else 7)

    def run_floor_pairs(self, pairs):
        """Extract against the re2 floor, timed side by side `pairs` times:
        the machine's speed drifts over minutes, so each ratio compares two
        runs a few seconds apart. Returns the ratios, sorted."""
        log(f'extract against the re2 floor, {pairs} pairs side by side')
        path = os.path.join(self.work, 'floor.json')
        ratios = []
        for _ in range(pairs):
            measure.run([self.micro_binary, f'--corpus={self.corpus}', f'--benchmark_out={path}',
                         '--benchmark_out_format=json', '--benchmark_min_time=0.5',
                         '--benchmark_filter=^(BM_ExtractAll|BM_Re2Floor_Tokens)$']).check()
            rows = tables.micro_rows(path)
            ratios.append(rows['BM_Re2Floor_Tokens']['mbs'] / rows['BM_ExtractAll']['mbs'])
        return sorted(ratios)

    def run_job_floor(self):
        """The least wall time of the job on this machine (job_floor.py):
        reading x1, one re2 pass over it on every core, and writing as many
        bytes as the four output files (and as the peer's three)."""
        if not self.micro:
            self.job_floor = None
            return
        log('the floor of the job: reading x1 and writing its output bytes')
        sizes = self.sizes[1]['run'].out_sizes
        directory = os.path.join(self.work, 'floor-out')
        runs = 3 if self.args.quick else 5
        cores = os.cpu_count() or 1
        self.job_floor = {
            'cores': cores,
            'read': job_floor.read_seconds(self.corpus, runs) / cores,
            're2': self.micro['BM_Re2Floor_Tokens']['ms'] / 1e3 / cores,
            'write_all': job_floor.write_seconds(list(sizes.values()), directory, 2, runs),
            'write_same': job_floor.write_seconds([sizes[f] for f in OUTPUTS[:3]], directory, 2, runs),
        }
        shutil.rmtree(directory, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--quick', action='store_true', help='x1 and x10 only, fewer repetitions')
    parser.add_argument('--sizes', help='scaled corpus sizes (default 10,100; --quick: 10)')
    parser.add_argument('--runs', type=int, help='runs on x1, best kept (default 5; --quick: 3)')
    parser.add_argument('--peer-runs', type=int, help='rounds of the peer against papergraph (default 3; --quick: 1)')
    parser.add_argument('--build-dir', default=os.path.join(SOURCE, 'build'))
    parser.add_argument('--shared', default=os.path.join(os.path.dirname(SOURCE), 'shared'))
    parser.add_argument('--python', default='/usr/bin/python3', help='runs the peer (needs networkx)')
    parser.add_argument('--work', default=os.path.join(os.environ.get('TMPDIR', '/tmp'), 'papergraph-bench'),
                        help='scratch directory for the scaled corpora and outputs (kept for reuse)')
    parser.add_argument('--out', default=os.path.join(SOURCE, 'bench', 'results', 'latest.md'))
    parser.add_argument('--force', action='store_true', help='run big corpora even if memory looks short')
    args = parser.parse_args()
    args.sizes = [int(s) for s in (args.sizes or ('10' if args.quick else '10,100')).split(',') if s]
    args.runs = args.runs or (3 if args.quick else 5)
    args.peer_runs = args.peer_runs or (1 if args.quick else 3)

    started = datetime.datetime.now().isoformat(timespec='seconds')
    machine_before = machine()
    bench = Bench(args)
    bench.run_sizes()
    bench.run_peer()
    bench.run_threads()
    bench.run_coauthors()
    bench.run_micro()
    bench.run_job_floor()

    text = report.render(bench, started, machine_before, machine(), revision(), ' '.join(sys.argv[1:]))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write(text)
    print(text)
    log(f'written to {args.out}')


if __name__ == '__main__':
    main()
