"""`arcbatt search`: enumerative search over the DSL; exported programs go to the store."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from arcbatt.cli.common import add_data_args, dataset_from
from arcbatt.cli.errors import UserError
from arcbatt.data import Dataset
from arcbatt.evolve import parse_duration
from arcbatt.search.schedule import TaskOutcome, run_search, store_answers
from arcbatt.store import DEFAULT_STORE, Store

DEFAULT_SEARCH_MEMORY_MB = 4096


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="enumerative search: find, export and store programs")
    add_data_args(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("-i", "--ids", nargs="+", metavar="ID", default=None, help="task ids")
    which.add_argument("-c", "--count", type=int, default=None, metavar="N",
                       help="the first N tasks of --data (default: all)")
    p.add_argument("--budget-per-task", default="30s",
                   help="CPU time per task, e.g. 30s, 2m (%(default)s)")
    p.add_argument("--depth", type=int, default=2, choices=(1, 2, 3, 4),
                   help="program depth; above 2, a depth-2 pass runs first (%(default)s)")
    p.add_argument("--store", default=DEFAULT_STORE, help="store folder (%(default)s)")
    p.add_argument("--no-store", action="store_true", help="do not store programs")
    p.add_argument("--out", default=None, metavar="FILE",
                   help="also write the search's two attempts as a submission.json")
    p.add_argument("--workers", type=int, default=0, help="worker processes (all cores)")
    p.add_argument("--max-memory", type=int, default=DEFAULT_SEARCH_MEMORY_MB, metavar="MB",
                   help="memory cap per worker (%(default)s)")
    p.add_argument("--augment", action="store_true",
                   help="also fit the demo pairs transposed and anti-transposed (several "
                        "times the CPU; no gain measured on training tasks)")
    p.add_argument("-q", "--quiet", action="store_true", help="summary only")
    p.set_defaults(func=run_search_cmd)


def outcome_line(o: TaskOutcome, phase: int) -> str:
    last = o.stats[-1] if o.stats else {}
    nodes = last.get("nodes")
    best = o.answers[0] if o.answers else None
    fit = f"{best.goods}/{best.demo_total}" if best else "-"
    parts = [f"{o.task_id}", f"phase {phase}", f"{o.status:<7}",
             f"depth {last.get('depth_done', '-')}", f"nodes {sum(nodes) if nodes else '-'}",
             f"pieces {last.get('pieces', '-')}", f"best fit {fit}",
             f"answers {len(o.answers)}", f"{o.cpu_s:.1f} cpu-s"]
    if o.detail:
        parts.append(o.detail)
    return "  ".join(parts)


def run_search_cmd(args: argparse.Namespace) -> int:
    try:
        budget = parse_duration(args.budget_per_task)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    ds = dataset_from(args)
    if args.ids:
        task_ids = list(args.ids)
        for t in task_ids:
            ds.get(t)
    elif args.count is not None:
        if args.count < 1:
            raise UserError(f"--count must be at least 1, got {args.count}")
        task_ids = ds.ids[:args.count]
    else:
        task_ids = ds.ids
    workers = args.workers or (os.cpu_count() or 1)
    store = None if args.no_store else Store(Path(args.store))
    print(f"search: {len(task_ids)} tasks of {args.data}, depth {args.depth}, "
          f"{budget:g} cpu-s per task, {workers} workers, {args.max_memory} MB each")

    def on_result(o: TaskOutcome, phase: int) -> None:
        if store is not None and o.answers:
            o.stored = store_answers(store, o, data_hash=ds.content_hash)
        if not args.quiet:
            print(outcome_line(o, phase), flush=True)

    try:
        outcomes = run_search(ds, task_ids, data_spec=args.data, solutions=args.solutions,
                              depth=args.depth, budget_s=budget, workers=workers,
                              max_memory_mb=args.max_memory or None, on_result=on_result,
                              augment=args.augment)
    finally:
        if store is not None:
            store.close()
    print(summary_text(outcomes))
    if args.ids and not args.quiet:
        for t in task_ids:
            print(best_program_text(outcomes[t]))
    if args.out:
        from arcbatt.solve import choose_attempts, write_submission

        preds = {}
        for task in ds:
            o = outcomes.get(task.id)
            inputs = [s.input for s in task.test]
            preds[task.id] = choose_attempts(inputs, o.answers if o else [])
        write_submission(preds, args.out)
        print(f"wrote {args.out}")
    return 0


def search_into_store(ds: Dataset, task_ids: list[str], data_spec: str,
                      solutions: str | None, store_path: Path, depth: int, budget_s: float,
                      workers: int, max_memory_mb: int = DEFAULT_SEARCH_MEMORY_MB,
                      ) -> dict[str, TaskOutcome]:
    """Search the tasks and store every exported answer (what `arcbatt solve` runs first)."""
    print(f"enumerative search: {len(task_ids)} tasks, depth {depth}, {budget_s:g} cpu-s "
          f"per task on {workers} workers")
    with Store(store_path) as store:
        def on_result(o: TaskOutcome, phase: int) -> None:
            if o.answers:
                o.stored = store_answers(store, o, data_hash=ds.content_hash)

        outcomes = run_search(ds, task_ids, data_spec=data_spec, solutions=solutions,
                              depth=depth, budget_s=budget_s, workers=workers,
                              max_memory_mb=max_memory_mb, on_result=on_result)
    print(summary_text(outcomes))
    return outcomes


def best_program_text(o: TaskOutcome) -> str:
    """The task's first answer as a program, with what it fits (for `search -i`)."""
    if not o.answers:
        return f"# {o.task_id}: no answer"
    a = o.answers[0]
    return (f"# {o.task_id}: best answer fits {a.goods}/{a.demo_total} demo pairs, depth "
            f"{a.depth}, {a.pieces} piece(s)\n{a.program.rstrip()}\n")


def summary_text(outcomes: dict[str, TaskOutcome]) -> str:
    vals = list(outcomes.values())
    failed: dict[str, int] = {}
    for o in vals:
        if o.status != "ok":
            failed[o.status] = failed.get(o.status, 0) + 1
    cpu = sum(o.cpu_s for o in vals)
    lines = [
        f"tasks {len(vals)}: {sum(o.demo_fit for o in vals)} with a program fitting every "
        f"demo pair, {sum(bool(o.answers) for o in vals)} with any answer",
        f"programs stored {sum(o.stored for o in vals)}; cpu {cpu:.0f} s in total "
        f"({cpu / max(1, len(vals)):.1f} s per task)",
    ]
    if failed:
        lines.append("stopped: " + ", ".join(f"{n} {k}" for k, n in sorted(failed.items())))
    return "\n".join(lines)
