"""`arcbatt report`: one self-contained HTML page about a store (and a submission)."""

from __future__ import annotations

import argparse
from pathlib import Path

from arcbatt.cli.common import add_data_args, dataset_from
from arcbatt.cli.errors import UserError
from arcbatt.report.html import build_report
from arcbatt.report.images import load_submission_file
from arcbatt.store import DEFAULT_STORE, Store, StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write an HTML report: store stats, phase times, tasks")
    p.add_argument("--store", default=DEFAULT_STORE, help="store folder (%(default)s)")
    p.add_argument("--out", default="report.html", help="HTML file to write (%(default)s)")
    add_data_args(p)
    p.add_argument("--submission", default=None,
                   help="submission.json whose attempts to show (default: what the best "
                        "stored programs compute on the test inputs)")
    p.add_argument("--tasks", type=int, default=20, metavar="N",
                   help="at most N tasks, best first (%(default)s)")
    p.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    if args.tasks < 0:
        raise UserError(f"--tasks must be 0 or more, got {args.tasks}")
    if not (Path(args.store) / "index.sqlite").exists():
        raise StoreError(f"no store at {args.store} (run `arcbatt run` to create one)")
    dataset = dataset_from(args)
    submission = load_submission_file(args.submission) if args.submission else None
    with Store(args.store) as store:
        page = build_report(store, dataset, submission, max_tasks=args.tasks,
                            submission_name=args.submission or "submission")
    out = Path(args.out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
    print(f"wrote {out} ({len(page) // 1024} KiB)")
    return 0
