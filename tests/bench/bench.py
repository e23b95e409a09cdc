#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Jurybox benchmarks: whole-process median times and peak memory, each beside its floor measured in the same run.

Usage: tests/bench/bench.py [--sizes 1000,10000,100000] [--runs 5] [--out build/bench]
Needs a release build (scripts/setup) and the sqlite3 shell. Never part of the ctest run.
For each N: a generated award (J = N/50 judges, K = 5 per entry, C = 6 criteria), then every operation below.
Each operation runs interleaved with its floor (round-robin), so both see the same machine. Prints a table (N,
operation, time, CPU time, floor, ratio, peak RSS) and writes the same as JSON for comparison across commits.
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(ROOT, "build")
CLI = os.path.join(BUILD, "app", "jurybox-cli")
GUI = os.path.join(BUILD, "app", "jurybox")


def measure(argv, stdin=None, stdout=subprocess.DEVNULL, env=None):
    """Runs one process; returns (seconds, peak RSS in MB, CPU seconds) of that process alone.

    The peak comes from GNU time: a child forked from Python would report Python's own memory as its high-water
    mark (ru_maxrss counts the pages before exec). CPU is user + system time over all the process's threads."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "jurybox-bench-rss %M %U %S"] + argv, stdin=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0:
        sys.exit(f"benchmark command failed: {' '.join(argv)}\n{err}")
    peak_kb, user, system = err.rsplit("jurybox-bench-rss ", 1)[1].split()[:3]
    return elapsed, int(peak_kb) / 1024.0, float(user) + float(system)


class Measured:
    """The runs of one command: median time, median CPU time and the largest peak RSS."""

    def __init__(self):
        self.times, self.peaks, self.cpus = [], [], []

    def add(self, seconds, peak, cpu):
        self.times.append(seconds)
        self.peaks.append(peak)
        self.cpus.append(cpu)

    @property
    def seconds(self):
        return statistics.median(self.times)

    @property
    def peak(self):
        return max(self.peaks)

    @property
    def cpu(self):
        return statistics.median(self.cpus)


def interleaved(runs, commands):
    """Measures each (prepare, argv) of `commands` once per round for `runs` rounds, round-robin, and returns one
    Measured per command, in order. Interleaved, an operation and its floor see the same machine: on a shared or
    frequency-scaled machine the speed drifts over a minute, and measuring all of one then all of the other put the
    drift into the ratio. prepare (or None) runs untimed before each run."""
    results = [Measured() for _ in commands]
    for _ in range(runs):
        for (prepare, argv), result in zip(commands, results):
            if prepare:
                prepare()
            result.add(*measure(argv))
    return results


def run(args):
    if not os.path.exists(CLI):
        sys.exit("build first: scripts/setup")
    if not os.path.exists("/usr/bin/time") or not shutil.which("sqlite3"):
        sys.exit("install the time and sqlite3 packages (scripts/bench does)")
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="jurybox-bench-")
    rows = []
    try:
        for n in args.sizes:
            rows += bench_size(n, args.runs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(rows)
    path = os.path.join(args.out, "results.json")
    with open(path, "w") as f:
        json.dump({"machine": os.uname().nodename, "cores": os.cpu_count(), "runs": args.runs, "results": rows},
                  f, indent=2)
    print(f"\nwritten: {path}")


def bench_size(n, runs, work):
    judges = max(5, n // 50)
    award = os.path.join(work, f"award-{n}.jurybox")
    print(f"== N = {n}: generating {n} entries, {judges} judges, K = 5, C = 6", file=sys.stderr, flush=True)
    subprocess.run([CLI, "generate", award, "--submissions", str(n), "--judges", str(judges), "--per-submission",
                    "5", "--criteria", "6", "--seed", "1"], check=True, stderr=subprocess.DEVNULL)
    rows = []

    def row(operation, measured, floor=None):
        seconds = measured.seconds
        rows.append({"n": n, "operation": operation, "seconds": round(seconds, 4), "cpu_seconds": round(measured.cpu, 4),
                     "peak_rss_mb": round(measured.peak, 1),
                     "floor_seconds": None if floor is None else round(floor.seconds, 4),
                     "floor_peak_rss_mb": None if floor is None else round(floor.peak, 1),
                     "ratio": None if floor is None else round(seconds / floor.seconds, 2)})

    # Floor for reading: the sqlite3 shell reading every score row once.
    read_floor, tally, rel, both = interleaved(runs, [
        (None, ["sqlite3", award, "SELECT * FROM score"]),
        (None, [CLI, "tally", award, "--format", "json"]),
        (None, [CLI, "reliability", award, "--format", "json"]),
        (None, [CLI, "tally", award, "--format", "json", "--reliability"])])
    row("tally (all 5 methods + leave-one-out, JSON)", tally, read_floor)
    row("reliability (ICC, alpha, judges, JSON)", rel, read_floor)
    row("tally + reliability (one pass, JSON)", both, read_floor)

    # Import of the scores as CSV into an award holding everything but the scores.
    csv_dir = os.path.join(work, f"csv-{n}")
    os.makedirs(csv_dir, exist_ok=True)
    for what in ("criteria", "submissions", "judges"):
        with open(os.path.join(csv_dir, f"{what}.csv"), "wb") as f:
            subprocess.run([CLI, "list", award, what, "--format", "csv"], stdout=f, check=True)
    scores_csv = os.path.join(csv_dir, "scores.csv")
    with open(scores_csv, "wb") as f:
        listing = subprocess.run([CLI, "list", award, "scorecards", "--format", "csv"], capture_output=True,
                                 check=True).stdout.decode()
        for line in listing.splitlines():
            f.write((",".join(line.split(",")[:4]) + "\r\n").encode())
    base = os.path.join(work, f"base-{n}.jurybox")
    subprocess.run([CLI, "init", base, "--empty"], check=True, stderr=subprocess.DEVNULL)
    subprocess.run([CLI, "import", base] + sum([[f"--{w}", os.path.join(csv_dir, f"{w}.csv")]
                                                for w in ("criteria", "submissions", "judges")], []),
                   check=True, stderr=subprocess.DEVNULL)
    target = os.path.join(work, f"import-{n}.jurybox")

    def fresh_copy():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        shutil.copy(base, target)

    floor_db = os.path.join(work, f"floor-{n}.db")

    def fresh_floor():
        if os.path.exists(floor_db):
            os.remove(floor_db)

    # Merge of every judge's package into the award stripped of its scorecards: the same rows arrive again.
    packages = []
    pkg_dir = os.path.join(work, f"packages-{n}")
    os.makedirs(pkg_dir, exist_ok=True)
    for j in range(1, judges + 1):
        ref = f"J{j:05d}"
        path = os.path.join(pkg_dir, f"{ref}.jurypkg")
        subprocess.run([CLI, "package", award, "--judge", ref, "--out", path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        packages.append(path)
    stripped = os.path.join(work, f"stripped-{n}.jurybox")
    shutil.copy(award, stripped)
    subprocess.run(["sqlite3", stripped, "PRAGMA foreign_keys=ON; DELETE FROM score; DELETE FROM scorecard; VACUUM;"],
                   check=True)
    merged = os.path.join(work, f"merged-{n}.jurybox")

    def fresh_stripped():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(merged + suffix):
                os.remove(merged + suffix)
        shutil.copy(stripped, merged)

    # The floor for both: the sqlite3 shell's .import of the same score rows into a bare table, one transaction.
    floor_import, imp, merge = interleaved(runs, [
        (fresh_floor, ["sqlite3", floor_db, "CREATE TABLE s(judge, submission, criterion, score)", ".mode csv",
                       f".import --skip 1 {scores_csv} s"]),
        (fresh_copy, [CLI, "import", target, "--scores", scores_csv]),
        (fresh_stripped, [CLI, "merge", merged] + packages)])
    row("import scores CSV", imp, floor_import)
    row(f"merge {judges} judge packages", merge, floor_import)

    # Handbook export (PDF) of the round.
    pdf = os.path.join(work, f"handbook-{n}.pdf")

    def fresh_pdf():
        if os.path.exists(pdf):
            os.remove(pdf)

    handbook, = interleaved(runs, [(fresh_pdf, [CLI, "export", award, "--handbook", pdf])])
    row("handbook export (PDF)", handbook)

    # The desktop app: from start to the submissions table painted with every entry, offscreen.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    gui = Measured()
    for _ in range(runs):
        proc = subprocess.run(["/usr/bin/time", "-f", "jurybox-bench-rss %M %U %S", GUI, award,
                               "--quit-after-first-paint"], capture_output=True, env=env, timeout=120)
        err = proc.stderr.decode(errors="replace")
        if proc.returncode != 0 or "painted after" not in err:
            sys.exit(f"the GUI probe failed:\n{err}")
        peak_kb, user, system = err.rsplit("jurybox-bench-rss ", 1)[1].split()[:3]
        # The app's own clock, start to first paint; the CPU time is the whole process's, quitting included.
        gui.add(int(err.split("painted after ")[1].split()[0]) / 1000.0, int(peak_kb) / 1024.0,
                float(user) + float(system))
    row("GUI: start to submissions table painted", gui)
    return rows


def print_table(rows):
    header = ["N", "operation", "time s", "CPU s", "floor s", "ratio", "peak RSS MB", "floor RSS MB"]
    lines = [[str(r["n"]), r["operation"], f"{r['seconds']:.3f}", f"{r['cpu_seconds']:.3f}",
              "" if r["floor_seconds"] is None else f"{r['floor_seconds']:.3f}",
              "" if r["ratio"] is None else f"{r['ratio']:.2f}", f"{r['peak_rss_mb']:.1f}",
              "" if r["floor_peak_rss_mb"] is None else f"{r['floor_peak_rss_mb']:.1f}"] for r in rows]
    widths = [max(len(h), *(len(l[i]) for l in lines)) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) if i == 1 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
    for l in lines:
        print("  ".join(c.ljust(w) if i == 1 else c.rjust(w) for i, (c, w) in enumerate(zip(l, widths))))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--runs", default=5, type=int)
    parser.add_argument("--out", default=os.path.join(BUILD, "bench"))
    run(parser.parse_args())
