"""`arcbatt tasks list|show`: look at the data."""

from __future__ import annotations

import argparse
import sys

from arcbatt.cli.common import add_data_args, dataset_from
from arcbatt.data import grid_shape
from arcbatt.report.terminal import render_task


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tasks", help="list and show ARC tasks")
    tsub = p.add_subparsers(dest="tasks_command", required=True, metavar="ACTION")

    pl = tsub.add_parser("list", help="task ids with grid sizes")
    add_data_args(pl)
    pl.set_defaults(func=run_list)

    ps = tsub.add_parser("show", help="draw a task in colour in the terminal")
    ps.add_argument("task_id")
    add_data_args(ps)
    ps.add_argument("--plain", action="store_true", help="digits instead of colours")
    ps.set_defaults(func=run_show)


def run_list(args: argparse.Namespace) -> int:
    ds = dataset_from(args)
    print(f"# {ds.name}: {len(ds)} tasks, content hash {ds.content_hash}")
    for task in ds:
        sizes = " ".join(
            "{}x{}".format(*grid_shape(s.input)) for s in (*task.demo, *task.test)
        )
        print(f"{task.id}  demo={len(task.demo)} test={len(task.test)}  inputs {sizes}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    task = dataset_from(args).get(args.task_id)
    colour_on = not args.plain and sys.stdout.isatty()
    print(render_task(task, colour_on=colour_on))
    return 0
