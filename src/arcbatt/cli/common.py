"""Flags shared by several subcommands, declared once."""

from __future__ import annotations

import argparse
import os

from arcbatt.data import DEFAULT_DATA, Dataset, load_dataset


def add_data_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", default=DEFAULT_DATA,
                   help="arc1-train, arc1-eval, arc2-train, arc2-eval, a Kaggle challenges "
                        "JSON, a folder of task JSONs or one task JSON (default: %(default)s)")
    p.add_argument("--solutions", default=None,
                   help="Kaggle solutions JSON for a challenges file (test outputs)")


def dataset_from(args: argparse.Namespace) -> Dataset:
    return load_dataset(args.data, args.solutions)


def add_backend_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--backend", choices=("local", "ray"), default="local",
                   help="where work runs: local process pool (default) or a Ray cluster")
    p.add_argument("--address", default=None,
                   help="Ray cluster address (e.g. ray://head:10001 or auto); default: a "
                        "local Ray instance started for this run")


def resolve_workers(args: argparse.Namespace) -> int:
    """--workers as the backend wants it: 0 means every core here, or every CPU of a cluster."""
    if args.workers < 0:
        from arcbatt.cli.errors import UserError

        raise UserError("--workers must be 0 (all cores) or more")
    if getattr(args, "backend", "local") == "ray":
        return args.workers  # 0: the Ray backend uses the cluster's CPU count
    return args.workers or (os.cpu_count() or 1)
