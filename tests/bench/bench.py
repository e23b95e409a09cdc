#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Jurybox benchmarks: whole-process median times and peak memory, each beside its floor measured in the same run.

Usage: tests/bench/bench.py [--sizes 1000,10000,100000] [--runs 5] [--out build/bench]
Needs a release build (scripts/setup) and the sqlite3 shell. Never part of the ctest run.
For each N: a generated award (J = N/50 judges, K = 5 per entry, C = 6 criteria), then every operation below.
Prints a table (N, operation, time, floor, ratio, peak RSS) and writes the same as JSON for comparison across commits.
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
    """Runs one process; returns (seconds, peak RSS in MB) of that process alone.

    The peak comes from GNU time: a child forked from Python would report Python's own memory as its high-water
    mark (ru_maxrss counts the pages before exec)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "jurybox-bench-rss %M"] + argv, stdin=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0:
        sys.exit(f"benchmark command failed: {' '.join(argv)}\n{err}")
    peak_kb = int(err.rsplit("jurybox-bench-rss ", 1)[1].split()[0])
    return elapsed, peak_kb / 1024.0


def median_of(runs, prepare, argv_of, **kwargs):
    """Median time and the largest peak RSS over `runs` runs; prepare() runs untimed before each."""
    times, peaks = [], []
    for _ in range(runs):
        context = prepare() if prepare else None
        seconds, peak = measure(argv_of(context), **kwargs)
        times.append(seconds)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


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

    def row(operation, seconds, peak, floor=None, floor_peak=None):
        rows.append({"n": n, "operation": operation, "seconds": round(seconds, 4), "peak_rss_mb": round(peak, 1),
                     "floor_seconds": None if floor is None else round(floor, 4),
                     "floor_peak_rss_mb": None if floor_peak is None else round(floor_peak, 1),
                     "ratio": None if not floor else round(seconds / floor, 2)})

    # Floor for reading: the sqlite3 shell reading every score row once.
    read_floor, read_floor_peak = median_of(runs, None, lambda _: ["sqlite3", award, "SELECT * FROM score"])
    tally, tally_peak = median_of(runs, None, lambda _: [CLI, "tally", award, "--format", "json"])
    row("tally (all 5 methods + leave-one-out, JSON)", tally, tally_peak, read_floor, read_floor_peak)
    rel, rel_peak = median_of(runs, None, lambda _: [CLI, "reliability", award, "--format", "json"])
    row("reliability (ICC, alpha, judges, JSON)", rel, rel_peak, read_floor, read_floor_peak)
    both, both_peak = median_of(runs, None, lambda _: [CLI, "tally", award, "--format", "json", "--reliability"])
    row("tally + reliability (one pass, JSON)", both, both_peak, read_floor, read_floor_peak)

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

    imp, imp_peak = median_of(runs, fresh_copy, lambda _: [CLI, "import", target, "--scores", scores_csv])
    floor_db = os.path.join(work, f"floor-{n}.db")

    def fresh_floor():
        if os.path.exists(floor_db):
            os.remove(floor_db)

    floor_import, floor_import_peak = median_of(
        runs, fresh_floor, lambda _: ["sqlite3", floor_db, "CREATE TABLE s(judge, submission, criterion, score)",
                                      ".mode csv", f".import --skip 1 {scores_csv} s"])
    row("import scores CSV", imp, imp_peak, floor_import, floor_import_peak)

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

    merge, merge_peak = median_of(runs, fresh_stripped, lambda _: [CLI, "merge", merged] + packages)
    row(f"merge {judges} judge packages", merge, merge_peak, floor_import, floor_import_peak)

    # Handbook export (PDF) of the round.
    pdf = os.path.join(work, f"handbook-{n}.pdf")

    def fresh_pdf():
        if os.path.exists(pdf):
            os.remove(pdf)

    handbook, handbook_peak = median_of(runs, fresh_pdf, lambda _: [CLI, "export", award, "--handbook", pdf])
    row("handbook export (PDF)", handbook, handbook_peak)

    # The desktop app: from start to the submissions table painted with every entry, offscreen.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    gui_times, gui_peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "jurybox-bench-rss %M", GUI, award, "--quit-after-first-paint"],
                              capture_output=True, env=env, timeout=120)
        err = proc.stderr.decode(errors="replace")
        if proc.returncode != 0 or "painted after" not in err:
            sys.exit(f"the GUI probe failed:\n{err}")
        gui_times.append(int(err.split("painted after ")[1].split()[0]) / 1000.0)
        gui_peaks.append(int(err.rsplit("jurybox-bench-rss ", 1)[1].split()[0]) / 1024.0)
    row("GUI: start to submissions table painted", statistics.median(gui_times), max(gui_peaks))
    return rows


def print_table(rows):
    header = ["N", "operation", "time s", "floor s", "ratio", "peak RSS MB", "floor RSS MB"]
    lines = [[str(r["n"]), r["operation"], f"{r['seconds']:.3f}",
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
