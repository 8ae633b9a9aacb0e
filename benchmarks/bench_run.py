"""Parallel `run`: one battery over many training tasks, one worker against many, in one go.

A 32-program battery (as `arcbatt card --count 32 --seed 7` makes it) is scored on the first
N tasks of arc1-train, with the full run (scoring, aggregation, normalisation, validation,
store into a fresh temporary folder) timed once per worker count and repeat:

    .venv/bin/python benchmarks/bench_run.py                       # 16 tasks, 1 vs all cores
    .venv/bin/python benchmarks/bench_run.py --tasks 32 --workers-list 1,2,4,8,16 --repeat 3
    .venv/bin/python benchmarks/bench_run.py --json bench_run.json

Per worker count it prints: wall time; CPU time (this process plus its reaped workers, from
getrusage); speedup (wall of the first count, normally 1, over this wall); efficiency
(speedup / workers); the median over tasks of the battery's CPU time per task (its demo and
test samples, as workers measured them); and the dispatch overhead per sample (round trip
minus time in the battery, `RunReport.dispatch_overhead_s / units`). With `--repeat R` each
figure is the median of R runs. Every run must give the same `RunReport.summary()` and store
digest, whatever the worker count; the script checks that and fails otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from arcbatt.battery import make_battery
from arcbatt.battery.sources import battery_sources
from arcbatt.data import load_dataset
from arcbatt.run import RunConfig, run_battery
from arcbatt.store import Store


def _cpu_s() -> float:
    """CPU seconds of this process and of its children that have been waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def one_run(battery: Path, ids: list[str], dataset, workers: int, timeout: float,
            store: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench_run_store_") as tmp:
        config = RunConfig(battery=battery, task_ids=ids, workers=workers, timeout=timeout,
                           store=Path(tmp) / "store" if store else None)
        c0, w0 = _cpu_s(), time.perf_counter()
        report = run_battery(config, dataset)
        wall, cpu = time.perf_counter() - w0, _cpu_s() - c0
        digest = ""
        if store:
            with Store(Path(tmp) / "store") as s:
                digest = s.digest()
    per_task = [t.demo_cpu_s + t.test_cpu_s for t in report.tasks]
    return {
        "wall_s": wall, "cpu_s": cpu,
        "task_median_ms": statistics.median(per_task) * 1000,
        "overhead_ms_per_sample": report.dispatch_overhead_s / report.units * 1000,
        "units": report.units, "failed_samples": report.failed_samples,
        "stored": len(report.stored), "summary": report.summary(), "digest": digest,
        "profile": report.profile.to_json(),
    }


def main(argv: list[str] | None = None) -> int:
    cores = os.cpu_count() or 1
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tasks", type=int, default=16, help="first N tasks of the data (16)")
    p.add_argument("--workers-list", default=f"1,{cores}",
                   help="comma-separated worker counts (default 1,<cores>)")
    p.add_argument("--repeat", type=int, default=1, help="runs per worker count, median kept")
    p.add_argument("--count", type=int, default=32, help="battery candidates (32)")
    p.add_argument("--seed", type=int, default=7, help="battery seed (7)")
    p.add_argument("--data", default="arc1-train", help="dataset spec (arc1-train)")
    p.add_argument("-t", "--timeout", type=float, default=10.0, help="per sample, seconds")
    p.add_argument("--no-store", action="store_true", help="score only (no store phases)")
    p.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    args = p.parse_args(argv)
    counts = [int(x) for x in args.workers_list.split(",") if x.strip()]
    if not counts or min(counts) < 1 or args.tasks < 1 or args.repeat < 1:
        p.error("worker counts, --tasks and --repeat must be positive")

    dataset = load_dataset(args.data)
    ids = dataset.ids[: args.tasks]
    with tempfile.TemporaryDirectory(prefix="bench_run_") as tmp:
        sources, _notes = battery_sources(None, None, None)
        battery, _table = make_battery(sources, args.count, args.seed).write(
            Path(tmp) / "battery.py")

        def run_one(w: int) -> dict:
            return one_run(battery, ids, dataset, w, args.timeout, not args.no_store)

        run_one(counts[0])  # warm-up: imports, page cache, first fork
        rows = []
        reference = None
        for w in counts:
            runs = [run_one(w) for _ in range(args.repeat)]
            for r in runs:
                key = (r["summary"], r["digest"])
                if reference is None:
                    reference = key
                elif key != reference:
                    print(f"error: workers={w} gave a different result", file=sys.stderr)
                    return 1
            row = {"workers": w, "repeat": args.repeat, "units": runs[0]["units"],
                   "failed_samples": runs[0]["failed_samples"], "stored": runs[0]["stored"]}
            for k in ("wall_s", "cpu_s", "task_median_ms", "overhead_ms_per_sample"):
                row[k] = statistics.median(r[k] for r in runs)
            row["profile"] = runs[-1]["profile"]
            rows.append(row)

    base = rows[0]["wall_s"]
    for row in rows:
        row["speedup"] = base / row["wall_s"] if row["wall_s"] else 0.0
        row["efficiency"] = row["speedup"] / row["workers"] * rows[0]["workers"]
    print(f"battery: {args.count} programs, seed {args.seed}; {len(ids)} tasks of {args.data}, "
          f"{rows[0]['units']} samples; {cores} cores; store {'off' if args.no_store else 'on'}; "
          f"median of {args.repeat}; results identical for every worker count")
    print(f"{'workers':>7} {'wall s':>8} {'cpu s':>8} {'speedup':>8} {'effic.':>7} "
          f"{'task med ms':>11} {'ovh ms/sample':>13} {'scoring cpu/wall':>16}")
    for row in rows:
        ph = row["profile"]["phases"]
        wall = ph["demo scoring"]["wall_s"] + ph["test scoring"]["wall_s"]
        cpu = ph["demo scoring"]["cpu_s"] + ph["test scoring"]["cpu_s"]
        print(f"{row['workers']:>7} {row['wall_s']:>8.3f} {row['cpu_s']:>8.3f} "
              f"{row['speedup']:>8.2f} {row['efficiency']:>7.2f} {row['task_median_ms']:>11.2f} "
              f"{row['overhead_ms_per_sample']:>13.3f} {cpu / wall if wall else 0:>16.2f}")
    if args.json:
        out = {"date": date.today().isoformat(), "command": " ".join(sys.argv),
               "python": platform.python_version(), "cores": cores, "tasks": ids,
               "battery": {"count": args.count, "seed": args.seed}, "rows": rows}
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
