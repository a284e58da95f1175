"""The floor of the job on this machine: the least wall time any
regex-driven tool could take to turn the shared corpus into papergraph's
output files, so that a ratio to the Python peer can be read against the
best ratio the machine allows.

The floor is the sum of three parts, each measured here, in the same run:
reading the digests (warm page cache), one re2 pass over them (the
`BM_Re2Floor_Tokens` CPU time of papergraph_bench), both split perfectly
over the cores, and writing as many bytes as the output files into the page
cache (two files at a time, 1 MiB writes, each renamed into place but not
fsync'd: papergraph fsyncs its files, so this is less than it does). It
leaves out all the rest of the work: building the graph, formatting the
output, everything an extractor does beyond one re2 pass.
"""

import os
import queue
import threading
import time

BLOCK = b'\n' * (1 << 20)


def read_seconds(corpus, runs):
    """Best wall time of reading every file under corpus, one thread."""
    paths = [os.path.join(root, name) for root, _, files in os.walk(corpus) for name in files]

    def once():
        start = time.perf_counter()
        for path in paths:
            with open(path, 'rb') as f:
                f.read()
        return time.perf_counter() - start
    return min(once() for _ in range(runs))


def _write_file(path, size):
    temp = path + '.tmp'
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        left = size
        while left > 0:
            left -= os.write(fd, BLOCK[:min(left, len(BLOCK))])
    finally:
        os.close(fd)
    os.rename(temp, path)


def write_seconds(sizes, directory, threads, runs):
    """Best wall time of writing files of `sizes` bytes into directory,
    `threads` at a time (the biggest first), then removing them."""
    os.makedirs(directory, exist_ok=True)

    def once():
        files = queue.Queue()
        for i, size in enumerate(sorted(sizes, reverse=True)):
            files.put((os.path.join(directory, f'floor-{i}.out'), size))

        def worker():
            while True:
                try:
                    path, size = files.get_nowait()
                except queue.Empty:
                    return
                _write_file(path, size)
        start = time.perf_counter()
        workers = [threading.Thread(target=worker) for _ in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        wall = time.perf_counter() - start
        for name in os.listdir(directory):
            os.remove(os.path.join(directory, name))
        return wall
    return min(once() for _ in range(runs))
