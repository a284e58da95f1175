"""Outputs are replaced atomically. `papergraph build` of the whole corpus into a
directory that holds the outputs of an earlier build (of the samples) is
killed with SIGKILL while it writes its four files (as it opens the first
one, 0.1, 0.5 and 2 s later, and as each of the first three replaces its
earlier file): every output is then byte for byte either the earlier file or
the complete new one, never a mix or a truncated file, and where the
filesystem has O_TMPFILE no temporary file is left behind. An unwritable
output directory is exit code 3 with a message naming the file and the
reason, and leaves no file behind."""
import errno
import filecmp
import os
import shutil
import signal
import subprocess
import time

import pgtest

OUTPUTS = ("graph.graphml", "graph.dot", "graph.jsonld", "graph.nt")
SAMPLES = os.path.join(pgtest.SOURCE, "samples")
OLD = os.path.join(pgtest.WORK, "atomic-old")  # the earlier build
NOBODY = 65534


def temp_files(out):
    return [n for n in os.listdir(out) if ".tmp." in n]


def has_o_tmpfile(directory):
    """Whether the filesystem of `directory` makes unnamed files (O_TMPFILE),
    which papergraph then writes into instead of named temporary files."""
    try:
        os.close(os.open(directory, os.O_TMPFILE | os.O_WRONLY, 0o600))
        return True
    except OSError as e:
        if e.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return False
        raise


def files_open_in(pid, out):
    """The files process `pid` has open in `out`; an unnamed one reads as
    'out/#inode (deleted)'."""
    fds = "/proc/%d/fd" % pid
    out = os.path.realpath(out)
    found = []
    try:
        for n in os.listdir(fds):
            try:
                target = os.readlink(os.path.join(fds, n))
            except OSError:  # closed meanwhile
                continue
            if target.startswith(out + os.sep):
                found.append(target)
    except OSError:  # the process ended
        pass
    return found


def replaced(out, inodes):
    """The outputs in `out` that no longer are the files of `inodes`."""
    return [n for n in OUTPUTS if os.stat(os.path.join(out, n)).st_ino != inodes[n]]


def kill_when(out, ready, delay=0.0):
    """Starts a corpus build into `out` and kills it `delay` seconds after
    ready(pid) first holds. False when the run ended before that."""
    proc = subprocess.Popen([pgtest.BINARY, "build", pgtest.CORPUS, "-o", out, "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None:
            if ready(proc.pid):
                time.sleep(delay)
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.0005)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def check_old_or_new(out, new):
    """Every output is byte for byte the earlier file or the complete new one
    (the files are written in parallel, in no fixed order); one whose
    temporary file is left over was not renamed yet, so it is the earlier one.
    Returns the outputs that are still the earlier ones."""
    leftover = temp_files(out)
    old = []
    for name in OUTPUTS:
        path = os.path.join(out, name)
        is_old = filecmp.cmp(path, os.path.join(OLD, name), shallow=False)
        assert is_old or filecmp.cmp(path, os.path.join(new, name), shallow=False), \
            name + " is neither the earlier file nor the new one"
        if any(t.startswith(name + ".tmp.") for t in leftover):
            assert is_old, name + " replaced while its temporary file is still there"
        if is_old:
            old.append(name)
    assert all(t.split(".tmp.")[0] in OUTPUTS for t in leftover), leftover
    if has_o_tmpfile(out):  # unnamed files vanish with the process
        assert sorted(os.listdir(out)) == sorted(OUTPUTS), os.listdir(out)
    return old


def test_earlier_outputs_are_valid():
    pgtest.build([SAMPLES], OLD)
    pgtest.validate_graphml(os.path.join(OLD, "graph.graphml"))
    pgtest.check_dot(os.path.join(OLD, "graph.dot"))


def test_kill_9_while_writing_keeps_every_output_whole():
    new, _ = pgtest.corpus_build()
    moments = [("writing", d) for d in (0.0, 0.1, 0.5, 2.0)] + [("replaced", k) for k in (1, 2, 3)]
    for i, (event, arg) in enumerate(moments):
        out = os.path.join(pgtest.WORK, "atomic-kill-%d" % i)
        for _ in range(5):  # the run may outpace the polling; try again
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(OLD, out)
            inodes = {n: os.stat(os.path.join(out, n)).st_ino for n in OUTPUTS}
            if event == "writing":
                caught = kill_when(out, lambda pid: files_open_in(pid, out), arg)
            else:
                caught = kill_when(out, lambda pid: len(replaced(out, inodes)) >= arg)
            if caught:
                break
        else:
            raise AssertionError("never caught the moment %s %s" % (event, arg))
        old = check_old_or_new(out, new)
        print("killed at %s %s: still the earlier %s" % (event, arg, old))
        if (event, arg) == ("writing", 0.0):
            assert old, "killed as the first output was opened, yet all were replaced"
        if event == "replaced":
            assert len(OUTPUTS) - len(old) >= arg, (arg, old)


def test_unwritable_directory_exits_3_and_writes_nothing():
    out = os.path.join(pgtest.WORK, "atomic-readonly")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    os.chmod(out, 0o555)
    cmd = [pgtest.BINARY, "build", SAMPLES, "-o", out, "--quiet"]
    if os.geteuid() == 0:  # root writes anywhere: run as nobody
        cmd = ["setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups"] + cmd
    p = pgtest.run(cmd, check=False)
    assert p.returncode == 3, (p.returncode, p.stderr)
    assert "cannot write " + os.path.join(out, "graph.graphml") in p.stderr, p.stderr
    assert "Permission denied" in p.stderr, p.stderr
    assert os.listdir(out) == [], os.listdir(out)


def test_output_path_taken_by_a_directory_keeps_nothing_half_written():
    out = os.path.join(pgtest.WORK, "atomic-blocked")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "graph.graphml"))  # rename over it fails
    p = pgtest.run([pgtest.BINARY, "build", SAMPLES, "-o", out, "--quiet"], check=False)
    assert p.returncode == 3, (p.returncode, p.stderr)
    assert "cannot write " + os.path.join(out, "graph.graphml") in p.stderr, p.stderr
    assert temp_files(out) == [], os.listdir(out)


if __name__ == "__main__":
    pgtest.main([test_earlier_outputs_are_valid,
                 test_kill_9_while_writing_keeps_every_output_whole,
                 test_unwritable_directory_exits_3_and_writes_nothing,
                 test_output_path_taken_by_a_directory_keeps_nothing_half_written])
