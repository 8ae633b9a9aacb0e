"""`arcbatt store show|stats`: what the store holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from arcbatt.store import DEFAULT_STORE, Store, StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("store", help="inspect the program store")
    ssub = p.add_subparsers(dest="store_command", required=True, metavar="ACTION")
    ps = ssub.add_parser("show", help="a task's best programs")
    ps.add_argument("task_id")
    ps.add_argument("--store", default=DEFAULT_STORE)
    ps.add_argument("-n", type=int, default=5, help="how many (%(default)s)")
    ps.set_defaults(func=run_show)
    pt = ssub.add_parser("stats", help="store statistics")
    pt.add_argument("--store", default=DEFAULT_STORE)
    pt.set_defaults(func=run_stats)


def _open(path: str) -> Store:
    if not (Path(path) / "index.sqlite").exists():
        raise StoreError(f"no store at {path} (run `arcbatt run` to create one)")
    return Store(path)


def run_show(args: argparse.Namespace) -> int:
    with _open(args.store) as store:
        entries = store.best(args.task_id, args.n)
        if not entries:
            print(f"no programs stored for task {args.task_id}")
            return 1
        for e in entries:
            print(f"# {e.md5}  demos {e.o_score}/{e.demo_total}  differ {e.d_score}  "
                  f"{e.steps} steps  {e.speed_ms:.2f} ms  from {e.provenance}"
                  f"{' (' + e.parent + ')' if e.parent else ''}")
            print(store.read_program(e.md5, e.task_id).canonical())
    return 0


def run_stats(args: argparse.Namespace) -> int:
    with _open(args.store) as store:
        st = store.stats()
    print(f"{st['programs']} distinct programs in {st['entries']} task entries over "
          f"{st['tasks']} tasks; {st['tasks_solved_on_demos']} tasks solved on all demos")
    for kind, n in sorted(st["by_provenance"].items()):
        print(f"  {kind}: {n}")
    print(f"rounds recorded: {st['rounds']}")
    return 0
