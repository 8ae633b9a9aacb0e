"""`arcbatt evolve`: rounds of card -> run that grow the store within a budget."""

from __future__ import annotations

import argparse
from pathlib import Path

from arcbatt.battery.card import DEFAULT_COUNT, DEFAULT_RATE
from arcbatt.cli.common import add_backend_args, add_data_args, dataset_from, resolve_workers
from arcbatt.cli.errors import UserError
from arcbatt.evolve import EvolveConfig, evolve, parse_duration
from arcbatt.evolve.loop import SEARCH_TIMEOUT
from arcbatt.run.runner import DEFAULT_MEMORY_MB
from arcbatt.store import DEFAULT_STORE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evolve", help="repeat card -> run, growing the store")
    add_data_args(p)
    p.add_argument("--budget", default="10m", help="time budget, e.g. 90s, 10m (%(default)s)")
    p.add_argument("--count", type=int, default=DEFAULT_COUNT, help="candidates per battery")
    p.add_argument("--tasks", nargs="+", metavar="ID", default=None,
                   help="task ids (default: every task of --data)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--mutation-rate", type=float, default=DEFAULT_RATE)
    p.add_argument("--rounds", type=int, default=None, help="stop after this many rounds")
    p.add_argument("--store", default=DEFAULT_STORE)
    p.add_argument("--corpus", default=None)
    p.add_argument("--workers", type=int, default=0)
    p.add_argument("-t", "--timeout", type=float, default=SEARCH_TIMEOUT,
                   help="hard limit per sample in seconds (%(default)s)")
    p.add_argument("--max-memory", type=int, default=DEFAULT_MEMORY_MB, metavar="MB")
    add_backend_args(p)
    p.set_defaults(func=run_evolve)


def run_evolve(args: argparse.Namespace) -> int:
    try:
        budget = parse_duration(args.budget)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    ds = dataset_from(args)
    config = EvolveConfig(
        store=Path(args.store), task_ids=args.tasks or ds.ids, data_spec=args.data,
        solutions=args.solutions, budget_s=budget, count=args.count, seed=args.seed,
        mutation_rate=args.mutation_rate, corpus=args.corpus,
        workers=resolve_workers(args), timeout=args.timeout,
        max_memory_mb=args.max_memory or None, backend=args.backend,
        ray_address=args.address, max_rounds=args.rounds)
    rounds = []
    try:
        rounds = evolve(config, ds, on_round=lambda s: (rounds.append(s), print(s.line(),
                                                                                flush=True)))
    except KeyboardInterrupt:
        print(f"interrupted after {len(rounds)} complete rounds; the store is consistent and "
              "the same command resumes from it")
        return 130
    print(f"{len(rounds)} rounds, {sum(r.new_programs for r in rounds)} new programs")
    return 0
