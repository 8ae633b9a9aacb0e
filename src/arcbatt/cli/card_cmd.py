"""`arcbatt card`: write a battery module and its call table."""

from __future__ import annotations

import argparse

from arcbatt.battery import make_battery
from arcbatt.battery.card import DEFAULT_COUNT, DEFAULT_RATE
from arcbatt.battery.sources import battery_sources
from arcbatt.cli.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("card", help="generate a battery from the corpus and the store")
    p.add_argument("--count", type=int, default=DEFAULT_COUNT, help="candidates (%(default)s)")
    p.add_argument("--seed", type=int, default=0, help="random seed (%(default)s)")
    p.add_argument("--out", default="battery.py", help="battery module path (%(default)s)")
    p.add_argument("--corpus", default=None, help="corpus .py file or folder (default bundled)")
    p.add_argument("--store", default=None, help="draw from this store, weighted by score")
    p.add_argument("--task", default=None, help="only programs of this task")
    p.add_argument("--mutation-rate", type=float, default=DEFAULT_RATE,
                   help="chance per slot of a type-correct mutation (%(default)s)")
    p.set_defaults(func=run_card)


def run_card(args: argparse.Namespace) -> int:
    if args.count < 1:
        raise UserError("--count must be at least 1")
    if not 0.0 <= args.mutation_rate <= 1.0:
        raise UserError("--mutation-rate must be between 0 and 1")
    sources, notes = battery_sources(args.corpus, args.store, args.task)
    for note in notes:
        print(note)
    battery = make_battery(sources, args.count, args.seed, args.mutation_rate)
    module, table = battery.write(args.out)
    mutated = sum(c.evo for c in battery.table.candidates)
    print(f"wrote {module} ({len(battery.table.candidates)} candidates, {mutated} mutated, "
          f"{len(battery.table.calls)} shared calls) and its call table {table}")
    return 0
