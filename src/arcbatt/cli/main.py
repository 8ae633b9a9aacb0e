"""Entry point: builds the subcommand parser from each command module and runs one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from arcbatt import __version__
from arcbatt.backends.ray_backend import RayUnavailableError
from arcbatt.battery.table import BatteryError
from arcbatt.cli import (
    card_cmd,
    corpus_cmd,
    evolve_cmd,
    report_cmd,
    run_cmd,
    search_cmd,
    solve_cmd,
    store_cmd,
    tasks_cmd,
)
from arcbatt.cli.errors import UserError
from arcbatt.corpus.parse import FormatError
from arcbatt.data.errors import DataError
from arcbatt.solve.submission import SubmissionError
from arcbatt.store.index import StoreError

USER_ERRORS = (DataError, UserError, BatteryError, FormatError, StoreError, SubmissionError,
               FileNotFoundError, RayUnavailableError)

COMMANDS = [tasks_cmd, corpus_cmd, card_cmd, run_cmd, store_cmd, evolve_cmd, solve_cmd,
            report_cmd, search_cmd]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arcbatt",
        description="Program search for ARC-AGI over an arc-dsl compatible grid DSL.",
    )
    parser.add_argument("--version", action="version", version=f"arcbatt {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except USER_ERRORS as exc:
        print(f"arcbatt {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(f"arcbatt {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
