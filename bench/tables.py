"""Markdown tables for the benchmark report, the number formats used in
them (seconds, MB, MB/s, ratios), and the reading of Google Benchmark's JSON
output."""

import json


def table(headers, rows):
    """A markdown table; numbers right-aligned."""
    def align(cells):
        return ['---:' if any(_numeric(r[i]) for r in rows) else '---' for i in range(len(cells))]
    lines = ['| ' + ' | '.join(headers) + ' |', '| ' + ' | '.join(align(headers)) + ' |']
    lines += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(lines) + '\n'


def _numeric(cell):
    text = str(cell).rstrip('×x%').replace(',', '')
    try:
        float(text)
        return True
    except ValueError:
        return False


def seconds(s):
    return '–' if s is None else f'{s:.3f}' if s < 10 else f'{s:.1f}'


def megabytes(n):
    return '–' if n is None else f'{n / 1e6:.1f}'


def mib(kib):
    return '–' if kib is None else f'{kib / 1024:.0f}'


def rate(nbytes, s):
    """MB/s; '–' when unknown."""
    return '–' if not s or nbytes is None else f'{nbytes / 1e6 / s:.1f}'


def ratio(a, b, digits=1):
    return '–' if not a or not b else f'{a / b:.{digits}f}×'


def verdict(ok):
    return '–' if ok is None else ('yes' if ok else '**no**')


def micro_rows(path):
    """{name: {ms per iteration, MB/s, counters}} of a Google Benchmark JSON
    output file: the median of each benchmark's repetitions when it has them."""
    with open(path, encoding='utf-8') as f:
        data = json.load(f)
    to_ms = {'ns': 1e-6, 'us': 1e-3, 'ms': 1, 's': 1e3}
    rows = {}
    for b in data.get('benchmarks', []):
        if b.get('aggregate_name', 'median') != 'median':
            continue
        extra = ', '.join(f'{k} {v:g}' for k, v in b.items()
                          if k in ('tokens', 'out_MB') and isinstance(v, (int, float)))
        rows[b.get('run_name', b['name'])] = {
            # Wall time for the benchmarks that ask for it (threads), else CPU time.
            'ms': b['real_time' if '/real_time' in b['name'] else 'cpu_time'] * to_ms[b.get('time_unit', 'ns')],
            'mbs': b.get('bytes_per_second', 0) / 1e6,
            'extra': extra,
        }
    return rows
