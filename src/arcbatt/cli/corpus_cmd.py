"""`arcbatt corpus check|stats`: verify solver programs on their tasks; usage statistics."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from arcbatt.cli.common import add_data_args, dataset_from
from arcbatt.corpus import load_corpus
from arcbatt.corpus.check import check_corpus
from arcbatt.corpus.stats import corpus_stats


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("corpus", help="check and describe the solver corpus")
    csub = p.add_subparsers(dest="corpus_command", required=True, metavar="ACTION")

    pc = csub.add_parser("check", help="run every program on its task")
    pc.add_argument("--corpus", default=None, help="a .py file or folder (default: bundled)")
    add_data_args(pc)
    pc.add_argument("-v", "--verbose", action="store_true", help="one line per program")
    pc.add_argument("-t", "--timeout", type=float, default=10.0,
                    help="seconds per program, all its samples (%(default)s)")
    pc.add_argument("--workers", type=int, default=0, help="worker processes (default: cores)")
    pc.set_defaults(func=run_check)

    ps = csub.add_parser("stats", help="primitive usage counts and program lengths")
    ps.add_argument("--corpus", default=None)
    ps.add_argument("--top", type=int, default=30, help="how many primitives to list")
    ps.set_defaults(func=run_stats)


def _print_errors(corpus) -> None:
    for err in corpus.errors:
        print(f"format error: {err}", file=sys.stderr)


def run_check(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.corpus)
    _print_errors(corpus)
    ds = dataset_from(args)
    programs = list(corpus)
    with tqdm(total=len(programs), desc="checking", unit="prog",
              disable=not sys.stderr.isatty(), leave=False) as bar:
        results = check_corpus(programs, ds, args.workers, args.timeout, bar.update)
    for r in results:
        if args.verbose or r.verdict != "solved":
            extra = f"  {r.detail}" if r.detail else ""
            print(f"{r.verdict:8} {r.name:24} {r.seconds * 1000:8.1f} ms{extra}")
    counts = {v: sum(r.verdict == v for r in results) for v in
              ("solved", "failed", "error", "timeout", "no-task")}
    total = sum(r.seconds for r in results)
    print(f"{len(results)} programs: " + ", ".join(f"{n} {v}" for v, n in counts.items() if n)
          + f"; {len(corpus.errors)} format errors; {total:.2f} s")
    return 0 if counts["solved"] == len(results) and not corpus.errors else 1


def run_stats(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.corpus)
    _print_errors(corpus)
    st = corpus_stats(corpus)
    print(f"{st.programs} programs for {st.tasks} tasks; "
          f"{len(st.primitive_counts)} distinct primitives used")
    if st.lengths:
        print(f"lengths: min {min(st.lengths)}, mean {st.mean_length:.1f}, max {max(st.lengths)}")
    for name, n in st.primitive_counts.most_common(args.top):
        print(f"{n:6}  {name}")
    return 0
