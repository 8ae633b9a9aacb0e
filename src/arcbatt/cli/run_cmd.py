"""`arcbatt run`: score a battery on many tasks in parallel and store the good programs."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from tqdm import tqdm

from arcbatt.cli.common import add_backend_args, add_data_args, dataset_from, resolve_workers
from arcbatt.cli.errors import UserError
from arcbatt.data import Dataset
from arcbatt.run import RunConfig, RunReport, run_battery
from arcbatt.run.runner import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT
from arcbatt.store import DEFAULT_CAP, DEFAULT_STORE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="score a battery on demo and test samples of many tasks")
    p.add_argument("-b", "--battery", required=True, help="battery module written by card")
    sel = p.add_mutually_exclusive_group(required=True)
    sel.add_argument("-i", "--ids", nargs="+", metavar="ID", help="these task ids")
    sel.add_argument("-c", "--count", type=int, metavar="N", help="N tasks (from -s START)")
    p.add_argument("-s", "--start", type=int, default=0, help="first task position for -c")
    p.add_argument("--random", action="store_true", help="-c draws N tasks at random")
    p.add_argument("--seed", type=int, default=0, help="seed for --random")
    add_data_args(p)
    p.add_argument("-t", "--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help="hard limit per sample in seconds (%(default)s)")
    p.add_argument("--workers", type=int, default=0, help="worker processes (default: cores)")
    p.add_argument("--max-memory", type=int, default=DEFAULT_MEMORY_MB, metavar="MB",
                   help="memory cap per worker in MB, 0 for none (%(default)s)")
    p.add_argument("--store", default=DEFAULT_STORE, help="store folder (%(default)s)")
    p.add_argument("--no-store", action="store_true", help="score only; write nothing")
    p.add_argument("--cap", type=int, default=DEFAULT_CAP, help="programs kept per task")
    p.add_argument("--timing", action="store_true", help="print the phase profile")
    p.add_argument("--profile-json", default=None, help="write the profile as JSON here")
    add_backend_args(p)
    p.set_defaults(func=run_run)


def select_tasks(ds: Dataset, args: argparse.Namespace) -> list[str]:
    """Task ids from -i, or N of them from -c (in order from -s, or at random)."""
    if args.ids:
        for task_id in args.ids:
            ds.get(task_id)  # unknown ids fail here, with suggestions
        return list(dict.fromkeys(args.ids))
    if args.count < 1:
        raise UserError("-c needs a positive number of tasks")
    if args.random:
        return sorted(random.Random(args.seed).sample(ds.ids, min(args.count, len(ds))))
    if not 0 <= args.start < len(ds):
        raise UserError(f"-s {args.start} is outside 0..{len(ds) - 1}")
    return ds.ids[args.start : args.start + args.count]


def print_report(report: RunReport, timing: bool) -> None:
    solved = [t.task_id for t in report.tasks if t.demo_total and t.best_o_score == t.demo_total]
    test_hits = sum(
        any(c.test_correct == t.test_total for c in t.candidates.values() if t.test_total)
        for t in report.tasks)
    new = sum(s.new for s in report.stored)
    print(f"{len(report.tasks)} tasks, {report.units} samples: {len(solved)} tasks with a "
          f"candidate matching every demo; {test_hits} with one also right on every test "
          f"output (reported only, never used for selection)")
    print(f"stored {len(report.stored)} programs ({new} new); rejected {len(report.rejected)}; "
          f"failed samples {report.failed_samples}")
    for t in report.tasks:
        for kind, index, status, detail in t.failed_samples:
            print(f"  {t.task_id} {kind} {index}: {status} {detail}")
    for task_id, md5, why in report.rejected[:10]:
        print(f"  rejected {task_id} {md5}: {why}")
    if timing:
        print(report.profile.table())
        per = report.dispatch_overhead_s / report.units * 1000 if report.units else 0.0
        print(f"dispatch overhead {per:.3f} ms per sample")


def run_run(args: argparse.Namespace) -> int:
    ds = dataset_from(args)
    task_ids = select_tasks(ds, args)
    if args.timeout <= 0:
        raise UserError("--timeout must be more than 0 seconds")
    config = RunConfig(
        battery=Path(args.battery), task_ids=task_ids, data_spec=args.data,
        solutions=args.solutions, workers=resolve_workers(args),
        timeout=args.timeout, max_memory_mb=args.max_memory or None,
        store=None if args.no_store else Path(args.store), store_cap=args.cap,
        backend=args.backend, ray_address=args.address)
    total = sum(len(ds.get(t).demo) + len(ds.get(t).test) for t in task_ids)
    with tqdm(total=total, unit="sample", disable=not sys.stderr.isatty(), leave=False) as bar:
        report = run_battery(config, ds, progress=bar.update)
    print_report(report, args.timing)
    if args.profile_json:
        report.profile.write_json(args.profile_json)
    return 0
