"""The line-majority, dedupe and denoise transforms on small grids and on the tasks they solve."""

from __future__ import annotations

import pytest

from arcbatt.data import load_dataset
from arcbatt.search.library import all_colours_library
from arcbatt.search.library_extra_b import extra_b_transforms
from arcbatt.search.transform import run_macro
from arcbatt.search.values import grid_value, rows_of

T = {t.name: t for t in extra_b_transforms()}


def fast(name: str, grid: tuple) -> tuple | None:
    r = T[name].fn(None, grid_value(grid))
    return None if r is None else rows_of(r)


def macro(name: str, grid: tuple) -> tuple:
    return run_macro(T[name].macro, grid, grid)


def test_registered() -> None:
    names = {t.name for t in all_colours_library().transforms}
    assert set(T) <= names


def test_stripe_majority_picks_the_axis_that_changes_less() -> None:
    g = ((1, 1, 2, 2), (1, 3, 2, 2), (1, 1, 2, 2))
    want = ((1, 1, 2, 2),) * 3
    assert fast("stripe_majority", g) == want == macro("stripe_majority", g)
    rows = ((1, 1, 1), (2, 3, 2), (4, 4, 5))
    want = ((1, 1, 1), (2, 2, 2), (4, 4, 4))
    assert fast("stripe_majority", rows) == want == macro("stripe_majority", rows)


def test_stripe_majority_tie_fails() -> None:
    assert fast("stripe_majority", ((1, 2), (2, 1))) is None  # every line tied
    assert fast("stripe_majority", ((1, 1), (1, 1))) is None  # nothing to clean


def test_dedupe() -> None:
    g = ((1, 1, 2), (1, 1, 2), (3, 3, 4))
    assert fast("dedupe_rc", g) == ((1, 2), (3, 4)) == macro("dedupe_rc", g)
    assert fast("dedupe_rc", ((1, 2), (2, 1))) is None


def test_denoise_drops_thin_strays() -> None:
    g = ((5, 0, 0, 0), (0, 0, 5, 5), (0, 0, 5, 5), (0, 0, 0, 5))
    want = ((0, 0, 0, 0), (0, 0, 5, 5), (0, 0, 5, 5), (0, 0, 0, 0))
    assert fast("denoise_nbrs", g) == want == macro("denoise_nbrs", g)


@pytest.mark.parametrize("tid,name", [("e26a3af2", "stripe_majority"),
                                      ("7f4411dc", "denoise_nbrs")])
def test_solves_training_task(tid: str, name: str) -> None:
    task = load_dataset("arc1-train").get(tid)
    for s in task.demo:
        assert fast(name, s.input) == s.output == macro(name, s.input)

