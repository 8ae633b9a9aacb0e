"""`arcbatt solve` writes submission.json; `arcbatt score` grades one with pass@2."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from arcbatt.battery.card import DEFAULT_COUNT
from arcbatt.cli.common import add_backend_args, add_data_args, dataset_from, resolve_workers
from arcbatt.cli.errors import UserError
from arcbatt.corpus import load_corpus
from arcbatt.evolve import EvolveConfig, evolve, parse_duration
from arcbatt.evolve.loop import SEARCH_TIMEOUT
from arcbatt.run.runner import DEFAULT_MEMORY_MB
from arcbatt.solve import predict, read_submission, score, write_submission
from arcbatt.store import DEFAULT_STORE, Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("solve", help="answer every task: two attempts per test input")
    add_data_args(p)
    p.add_argument("--budget-per-task", default="30s",
                   help="search time per task in worker-seconds, 0 for none (%(default)s)")
    p.add_argument("--out", default="submission.json")
    p.add_argument("--store", default=DEFAULT_STORE)
    p.add_argument("--corpus", default=None)
    p.add_argument("--tasks", nargs="+", metavar="ID", default=None)
    p.add_argument("--count", type=int, default=DEFAULT_COUNT, help="candidates per battery")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workers", type=int, default=0)
    p.add_argument("-t", "--timeout", type=float, default=SEARCH_TIMEOUT,
                   help="hard limit per sample in seconds (%(default)s)")
    p.add_argument("--max-memory", type=int, default=DEFAULT_MEMORY_MB, metavar="MB")
    p.add_argument("--search-depth", type=int, default=2, metavar="N",
                   help="enumerative search depth run first with --budget-per-task, its "
                        "programs stored; 0 disables (%(default)s)")
    add_backend_args(p)
    p.set_defaults(func=run_solve)

    s = sub.add_parser("score", help="pass@2 of a submission.json against known answers")
    s.add_argument("submission")
    add_data_args(s)
    s.add_argument("--list", action="store_true", help="list the solved task ids")
    s.set_defaults(func=run_score)


def run_solve(args: argparse.Namespace) -> int:
    ds = dataset_from(args)
    task_ids = args.tasks or ds.ids
    for t in task_ids:
        ds.get(t)
    workers = resolve_workers(args)
    per_task = 0.0 if args.budget_per_task in ("0", "0s") else None
    if per_task is None:
        try:
            per_task = parse_duration(args.budget_per_task)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    store_path = Path(args.store)
    if per_task > 0 and args.search_depth > 0:
        from arcbatt.cli.search_cmd import search_into_store

        search_into_store(ds, task_ids, args.data, args.solutions, store_path,
                          args.search_depth, per_task, workers)
    if per_task > 0:
        budget = per_task * len(task_ids) / max(1, workers or (os.cpu_count() or 1))
        print(f"searching: {len(task_ids)} tasks, {budget:.0f} s wall on {workers} workers")
        evolve(EvolveConfig(
            store=store_path, task_ids=task_ids, data_spec=args.data, solutions=args.solutions,
            budget_s=budget, count=args.count, seed=args.seed, corpus=args.corpus,
            workers=workers, timeout=args.timeout, max_memory_mb=args.max_memory or None,
            backend=args.backend, ray_address=args.address),
            ds, on_round=lambda s: print(s.line(), flush=True))
    store = Store(store_path) if (store_path / "index.sqlite").exists() else None
    try:
        predictions, ranked = predict(
            ds, task_ids, store, load_corpus(args.corpus), data_spec=args.data,
            solutions=args.solutions, workers=workers, timeout=args.timeout,
            max_memory_mb=args.max_memory or None, backend=args.backend, address=args.address)
    finally:
        if store is not None:
            store.close()
    # every task of the dataset appears, also those not asked for (input as the guess)
    for task in ds:
        if task.id not in predictions:
            predictions[task.id] = [(s.input, s.input) for s in task.test]
    write_submission({t.id: predictions[t.id] for t in ds}, args.out)
    with_demo_fit = sum(1 for t in task_ids if ranked[t] and ranked[t][0].demo_matches ==
                        len(ds.get(t).demo))
    print(f"wrote {args.out}: {len(ds)} tasks; {with_demo_fit} of {len(task_ids)} searched "
          "tasks have a program matching every demo pair")
    return 0


def run_score(args: argparse.Namespace) -> int:
    ds = dataset_from(args)
    rep = score(read_submission(args.submission, ds), ds)
    print(rep.text())
    if rep.unscored_tasks:
        print(f"{len(rep.unscored_tasks)} tasks have no known test outputs and are not scored")
    if args.list:
        for t in rep.tasks_solved:
            print(t)
    return 0
