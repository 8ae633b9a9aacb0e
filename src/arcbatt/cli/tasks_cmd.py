"""`arcbatt tasks list|show|render`: look at the data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from arcbatt.cli.common import add_data_args, dataset_from
from arcbatt.cli.errors import UserError
from arcbatt.data import grid_shape
from arcbatt.report import images
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

    pr = tsub.add_parser("render", help="draw a task (and answers) as a PNG or SVG picture")
    pr.add_argument("task_id")
    pr.add_argument("--out", required=True, help="picture file: NAME.png or NAME.svg")
    add_data_args(pr)
    pr.add_argument("--submission", default=None,
                    help="submission.json whose two attempts per test input to draw")
    pr.add_argument("--cell", type=int, default=None,
                    help="pixels per cell (default: fitted to the largest grid)")
    pr.set_defaults(func=run_render)


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


def run_render(args: argparse.Namespace) -> int:
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in images.FORMATS:
        raise UserError(f"--out {out}: unknown picture type '{out.suffix or '(none)'}'; "
                        "name a .png or .svg file")
    if args.cell is not None and not 2 <= args.cell <= 64:
        raise UserError(f"--cell must be between 2 and 64 pixels, got {args.cell}")
    task = dataset_from(args).get(args.task_id)
    attempts = None
    if args.submission:
        raw = images.load_submission_file(args.submission)
        attempts = images.submission_attempts(raw, task, file=args.submission)
    data = images.render_task(task, attempts, fmt, cell=args.cell)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
    print(f"wrote {out}")
    return 0
