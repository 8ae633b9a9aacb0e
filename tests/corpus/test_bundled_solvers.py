"""Every bundled solver reproduces every demo and test output of its ARC-AGI-1 training task."""

from __future__ import annotations

import pytest

from arcbatt.corpus import load_corpus
from arcbatt.corpus.check import check_program
from arcbatt.data import load_dataset

CORPUS = load_corpus()
DATA = load_dataset("arc1-train")


def test_bundled_corpus_loads_without_format_errors() -> None:
    assert [str(e) for e in CORPUS.errors] == []


def test_bundled_corpus_size_and_first_task() -> None:
    assert len(CORPUS) >= 120
    assert "solve_007bbfb7" in CORPUS.programs


@pytest.mark.parametrize("name", sorted(CORPUS.programs))
def test_solver_reproduces_its_task(name: str) -> None:
    result = check_program(CORPUS.programs[name], DATA)
    assert result.verdict == "solved", result.detail
