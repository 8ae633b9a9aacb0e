"""`arcbatt corpus check|stats` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from arcbatt.cli.main import main
from arcbatt.corpus import load_corpus, parse_text
from arcbatt.corpus.check import check_corpus
from arcbatt.data import load_dataset

GOOD = "def solve_3c9b0459(I):\n    O = rot180(I)\n    return O\n"
WRONG = "def solve_007bbfb7(I):\n    O = vmirror(I)\n    return O\n"
BROKEN = "def solve_6150a2bd(I):\n    O = rot180(I, 3)\n    return O\n"
# segmenting a 3x3 grid blown up to 600x600 cells takes seconds, far past the limit
SLOW = ("def solve_0d3d703e(I):\n    x1 = upscale(I, TEN)\n    x2 = upscale(x1, TEN)\n"
        "    x3 = upscale(x2, TWO)\n    x4 = objects(x3, F, T, F)\n    O = first(x4)\n"
        "    return O\n")


def test_check_reports_solved_failed_and_format_errors(tmp_path: Path, capsys) -> None:
    path = tmp_path / "mine.py"
    path.write_text("from arcbatt.dsl import *\n\n" + GOOD + "\n" + WRONG + "\n" + BROKEN)
    code = main(["corpus", "check", "--corpus", str(path), "-v", "--workers", "1"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "solved   solve_3c9b0459" in out
    assert "failed   solve_007bbfb7" in out and "wrong output on demo 0" in out
    assert f"{path}:12 (solve_6150a2bd)" in err
    assert "2 programs: 1 solved, 1 failed; 1 format errors" in out


def test_slow_program_times_out_and_the_rest_are_checked() -> None:
    corpus = parse_text(GOOD + "\n" + SLOW, "slow.py")
    results = check_corpus(list(corpus), load_dataset("arc1-train"), workers=2, timeout=0.5)
    verdicts = {r.name: r.verdict for r in results}
    assert verdicts == {"solve_3c9b0459": "solved", "solve_0d3d703e": "timeout"}


def test_bundled_check_is_all_solved(capsys) -> None:
    assert main(["corpus", "check"]) == 0
    assert "0 format errors" in capsys.readouterr().out


def test_stats_counts_primitives(capsys) -> None:
    assert main(["corpus", "stats", "--top", "3"]) == 0
    out = capsys.readouterr().out
    n = len(load_corpus())
    assert out.startswith(f"{n} programs for ")
    assert len(out.strip().splitlines()) == 2 + 3


def test_missing_corpus_path_is_a_clear_error(capsys) -> None:
    assert main(["corpus", "check", "--corpus", "/nope/none.py"]) == 2
    assert "no corpus file or folder at /nope/none.py" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["tasks", "show", "007bbfb7", "--plain"],
                                  ["tasks", "list", "--data", "arc2-eval"]])
def test_tasks_commands(argv: list[str], capsys) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert ("007bbfb7" in out) or ("120 tasks" in out)
