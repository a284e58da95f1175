"""The benchmark report: the markdown that bench/run.py prints and writes,
one section per measurement, from a finished run.Bench. The meaning of every
column is in docs/performance.md."""

from statistics import median

from tables import megabytes, mib, rate, ratio, seconds, table, verdict

FLOOR, SCAN, EXTRACT = 'BM_Re2Floor_Tokens', 'BM_Re2Floor_SetScan', 'BM_ExtractAll'


def render(bench, started, machine_before, machine_after, revision, argv):
    parts = [
        '# papergraph benchmark\n',
        f'- run: `{" ".join(["bench/run.py", argv]).strip()}`, started {started}',
        f'- source: {revision}',
        f'- machine at start: {machine_before}',
        f'- machine at end: {machine_after}\n',
        targets(bench), sizes(bench), stages(bench), peer(bench), job_floor(bench), floor(bench),
        coauthors(bench), threads(bench), micro(bench),
    ]
    return '\n'.join(p for p in parts if p is not None)


def _row(bench, times):
    s = bench.sizes.get(times, {})
    return s if 'run' in s else None


def targets(bench):
    one, hundred = _row(bench, 1), _row(bench, 100)
    biggest = max((t for t in bench.sizes if _row(bench, t)), default=1)
    big = _row(bench, biggest)
    t1 = one['run'].wall
    peer_ratio = median(r['peer'].wall / r['all'].wall for r in bench.peer_rounds)
    bound = job_floor_bounds(bench)
    rows = [['all formats on the shared corpus (x1) in well under 1 s', f'{seconds(t1)} s', verdict(t1 < 1)],
            ['at least 50× faster than the Python peer on x1 (median of rounds run in turn)',
             f'{peer_ratio:.1f}×' + (f' (at most {bound["all"]["floor_ratio"]:.0f}× for any regex-driven tool '
                                     'here: see "The floor of the job")' if bound else ''),
             verdict(peer_ratio >= 50)]]
    floor = median(bench.floor_ratios) if bench.micro else None
    rows.append(['extract stage within 3× of one re2 pass (1 thread, MB/s; median of side-by-side pairs)',
                 f'{floor:.2f}×' if floor else 'not measured',
                 verdict(floor <= 3) if floor else verdict(None)])
    rows.append(['x100 takes at most 120× the time of x1',
                 ratio(hundred['run'].wall, t1) if hundred else 'not run',
                 verdict(hundred['run'].wall / t1 <= 120) if hundred else verdict(None)])
    if hundred:  # context: the same ratio in CPU time, which the disk does not slow
        rows.append(['(for context, not a target) x100 CPU time / x1 CPU time',
                     ratio(hundred['run'].cpu, one['run'].cpu), ''])
    rss = big['run'].rss_kib * 1024 / big['bytes']
    rows.append([f'peak RSS under 4× the input size (x{biggest})', f'{rss:.2f}×', verdict(rss < 4)])
    th = bench.threads
    rows.append([f'--threads 2 output identical to --threads 1 (x{th["times"]})',
                 'identical' if th['same'] else 'DIFFERENT', verdict(th['same'])])
    return '## Targets (issue 7)\n\n' + table(['target', 'measured', 'met'], rows)


def sizes(bench):
    t1, c1 = _row(bench, 1)['run'].wall, _row(bench, 1)['run'].cpu
    rows = []
    for times in sorted(bench.sizes):
        s = bench.sizes[times]
        if 'run' not in s:
            rows.append([f'x{times}', f'skipped: {s["skipped"]}'] + [''] * 13)
            continue
        r, g = s['run'], s['run'].graph()
        rows.append([f'x{times}', megabytes(s['bytes']), g.get('paper', '–'), g.get('nodes', '–'),
                     g.get('edges', '–'), megabytes(r.out_bytes), seconds(r.wall), rate(s['bytes'], r.wall),
                     mib(r.rss_kib),
                     f'{r.rss_kib * 1024 / s["bytes"]:.2f}×', ratio(r.wall, t1),
                     f'{r.wall / (times * t1):.2f}', seconds(r.cpu), f'{r.cpu / (times * c1):.2f}',
                     rate(r.out_bytes, r.wall)])
    return ('## Whole process: `papergraph build --timings --quiet` (all four formats)\n\n'
            'x1 is the best of the runs, bigger corpora run once. Each corpus is read once before it is '
            'timed, so that every size starts with its input in the page cache. CPU s: user + system '
            'time of the process, all threads. Output MB/s: the four files written, over the wall time '
            '(all four are fsync\'d before they are renamed into place).\n\n' +
            table(['corpus', 'digest MB', 'papers', 'nodes', 'edges', 'output MB', 'wall s', 'MB/s',
                   'peak RSS MiB', 'RSS / input', 'time / x1', 'time / (N × x1)', 'CPU s',
                   'CPU / (N × x1 CPU)', 'output MB/s'], rows))


def stages(bench):
    runs = [(f'x{t}', bench.sizes[t]['run'].stages()) for t in sorted(bench.sizes) if _row(bench, t)]
    names, how = [], {}
    for _, (times, parts) in runs:
        names += [n for n in times if n not in names]
        how.update(parts)
    rows = [[label] + [seconds(times.get(n)) for n in names] for label, (times, _) in runs]
    notes = ''.join(f'"{stage} › …" columns: {text}. ' for stage, text in how.items())
    return ('## Stage split (seconds, from `--timings`)\n\n' + (notes.strip() + '\n\n' if notes else '') +
            table(['corpus'] + names, rows))


def peer(bench):
    rounds = bench.peer_rounds
    rows = []
    for key, label, writes in (('all', 'papergraph build', 'GraphML, DOT, JSON-LD, N-Triples'),
                               ('same', 'papergraph build --formats graphml,dot,jsonld', 'GraphML, DOT, JSON-LD'),
                               ('peer', 'Python peer (re + NetworkX)', 'GraphML, DOT, JSON-LD')):
        best = min((r[key] for r in rounds), key=lambda run: run.wall)
        rows.append([label, writes, seconds(best.wall), seconds(best.cpu), rate(_row(bench, 1)['bytes'], best.wall),
                     mib(best.rss_kib)])
    def ratios(key):
        values = sorted(r['peer'].wall / r[key].wall for r in rounds)
        return ', '.join(f'{v:.1f}×' for v in values) + f'; median **{median(values):.1f}×**'
    return ('## Against the Python peer (x1, the shared corpus)\n\n'
            f'{len(rounds)} rounds, each: the peer once, then papergraph with all four formats and with the '
            'peer\'s three, best of 3 each. Best times of all rounds:\n\n' +
            table(['tool', 'writes', 'wall s (best)', 'CPU s', 'MB/s', 'peak RSS MiB'], rows) +
            f'\nPeer wall time / papergraph wall time, per round: all four formats {ratios("all")}; '
            f'the peer\'s three formats {ratios("same")}.\n\n')


def job_floor_bounds(bench):
    """For all four formats and for the peer's three: the floor of the job
    in seconds, and the peer's best wall time over it; None if not measured."""
    f = getattr(bench, 'job_floor', None)
    if not f:
        return None
    peer_best = min(r['peer'].wall for r in bench.peer_rounds)
    out = {}
    for key, write in (('all', f['write_all']), ('same', f['write_same'])):
        least = f['read'] + f['re2'] + write
        allowed = f['read'] + 3 * f['re2'] + write  # extract at the 3x the re2 pass
        out[key] = {'write': write, 'floor': least, 'floor_ratio': peer_best / least,
                    'allowed': allowed, 'allowed_ratio': peer_best / allowed}
    return out


def job_floor(bench):
    bounds = job_floor_bounds(bench)
    if not bounds:
        return None
    f, cores = bench.job_floor, bench.job_floor['cores']
    peer_best = min(r['peer'].wall for r in bench.peer_rounds)
    rows = [[f'read the digests (page cache warm; one thread\'s time / {cores})', seconds(f['read']), seconds(f['read'])],
            [f'one re2 pass over them (`{FLOOR}` CPU time / {cores})', seconds(f['re2']), seconds(f['re2'])],
            ['write as many bytes as the output files, 2 at a time, into the page cache (no fsync)',
             seconds(bounds['all']['write']), seconds(bounds['same']['write'])],
            ['**floor of the job** (the sum)', seconds(bounds['all']['floor']), seconds(bounds['same']['floor'])],
            ['the peer\'s best wall time / the floor: the most any such tool can beat the peer by here',
             f'{bounds["all"]["floor_ratio"]:.1f}×', f'{bounds["same"]["floor_ratio"]:.1f}×'],
            ['the same with extraction at 3× the re2 pass, as the extract target allows',
             f'{bounds["all"]["allowed_ratio"]:.1f}×', f'{bounds["same"]["allowed_ratio"]:.1f}×']]
    return ('## The floor of the job (x1)\n\n'
            'The least wall time any regex-driven tool could take to write papergraph\'s files from the '
            'shared corpus on this machine: its reading, one re2 pass and its writing, each spread perfectly '
            'over the cores, and nothing else (no graph, no formatting, no extraction beyond the one pass). '
            f'Best of several runs each; the peer\'s best wall time is {seconds(peer_best)} s.\n\n' +
            table(['part (seconds)', 'four formats', 'the peer\'s three'], rows))


def floor(bench):
    if not bench.micro:
        return '## Extract stage against one re2 pass\n\nNot measured: papergraph_bench was not built.\n'
    m = bench.micro
    one = _row(bench, 1)
    extract_threads = one['run'].stages()[0].get('read and extract › extract')
    rows = [[f'extract: entities and results, 1 thread (`{EXTRACT}`)', f'{m[EXTRACT]["mbs"]:.1f}'],
            [f're2 floor: every token found with FindAndConsume (`{FLOOR}`)', f'{m[FLOOR]["mbs"]:.1f}'],
            [f're2 DFA scan, matches not needed (`{SCAN}`, a bound below the floor)', f'{m[SCAN]["mbs"]:.1f}'],
            ['extract inside `build` on x1 (digest bytes / extract seconds summed over threads)',
             rate(one['bytes'], extract_threads)]]
    return ('## Extract stage against one re2 pass (MB/s of digest text, x1)\n\n' +
            table(['measure', 'MB/s'], rows) +
            f'\nIn this table, from the suite: extract is {ratio(m[FLOOR]["mbs"], m[EXTRACT]["mbs"], 2)} slower '
            f'than the re2 floor ({ratio(m[SCAN]["mbs"], m[EXTRACT]["mbs"], 2)} slower than the DFA scan). '
            f'Timed side by side, {len(bench.floor_ratios)} times (each pair a few seconds apart, as the '
            f'machine\'s speed drifts): ' + ', '.join(f'{r:.2f}×' for r in bench.floor_ratios) +
            f'; median **{median(bench.floor_ratios):.2f}×**.\n')


def coauthors(bench):
    c = bench.coauthors
    rows = []
    for label, r in (('default cut (--max-authors 25)', c['cut']), ('no cut (--max-authors 0)', c['full'])):
        rows.append([label, seconds(r.wall), mib(r.rss_kib), r.graph().get('coauthor', '–'),
                     megabytes(r.out_bytes)])
    return (f'## Huge author lists ({c["papers"]} papers of {c["authors"]} authors, '
            f'{c["pairs"]:,} co-author pairs without the cut; a {c["bytes"] / 1e3:.0f} kB digest)\n\n' +
            table(['case', 'wall s', 'peak RSS MiB', 'coauthor edges', 'output MB'], rows))


def threads(bench):
    th = bench.threads
    one, two = th['runs']
    rows = [[n, seconds(r.wall), seconds(r.stages()[0].get('read and extract')), mib(r.rss_kib)]
            for n, r in ((1, one), (2, two))]
    return (f'## --threads 1 and 2 (x{th["times"]}, once each)\n\n' +
            table(['--threads', 'wall s', 'read and extract s', 'peak RSS MiB'], rows) +
            f'\nSpeed-up {ratio(one.wall, two.wall, 2)} (read and extract: '
            f'{ratio(one.stages()[0].get("read and extract"), two.stages()[0].get("read and extract"), 2)}); '
            f'the four output files are {"byte for byte identical" if th["same"] else "**different**"}.\n')


def micro(bench):
    if not bench.micro:
        return None
    rows = [[f'`{name}`', f'{m["ms"]:.2f}', f'{m["mbs"]:.1f}' if m['mbs'] else '–', m['extra']]
            for name, m in bench.micro.items()]
    return ('## Micro-benchmarks (`papergraph_bench`, x1)\n\n'
            'Time per iteration is CPU time; wall time for the `real_time` ones (ReadAndExtract, threads). '
            'MB/s: of digest text for whole-corpus stages; of the strings given for '
            'the pieces (lookups, keys, sentences); of output for the writers.\n\n' +
            table(['benchmark', 'ms / iteration', 'MB/s', 'counters'], rows))
