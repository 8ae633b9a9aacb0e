"""Diagonal joins and gravity agree with their DSL macros on small hand-made grids."""

from __future__ import annotations

from arcbatt.search.library import all_colours_library
from arcbatt.search.table import Table
from arcbatt.search.transform import run_macro
from arcbatt.search.values import rows_of, to_dsl


def _apply(name: str, grid: tuple, seg: str | None = None) -> tuple | None:
    """The transform's fast result on the grid (or on `seg` of it) and a macro check."""
    lib = all_colours_library()
    table = Table(grid)
    t = lib.transforms[lib.index(name)]
    arg = table.input
    if seg is not None:
        arg = lib.transforms[lib.index(seg)].fn(table, arg)
    out = t.fn(table, arg)
    if out is None:
        return None
    want = run_macro(t.macro, to_dsl(arg, table.values), grid)
    assert rows_of(out) == want
    return rows_of(out)


def test_gravity_down_keeps_column_order() -> None:
    grid = ((0, 4, 0, 9), (0, 0, 0, 0), (0, 4, 6, 0), (1, 0, 0, 0))
    assert _apply("gravity_down", grid) == (
        (0, 0, 0, 0), (0, 0, 0, 0), (0, 4, 0, 0), (1, 4, 6, 9))


def test_gravity_other_directions() -> None:
    grid = ((0, 3, 0), (2, 0, 0), (0, 0, 5))
    assert _apply("gravity_up", grid) == ((2, 3, 5), (0, 0, 0), (0, 0, 0))
    assert _apply("gravity_left", grid) == ((3, 0, 0), (2, 0, 0), (5, 0, 0))
    assert _apply("gravity_right", grid) == ((0, 0, 3), (0, 0, 2), (0, 0, 5))


def test_gravity_refuses_a_settled_grid() -> None:
    assert _apply("gravity_down", ((0, 0), (1, 2))) is None


def test_connect_refuses_crossing_colours() -> None:
    """Two colours would meet in the centre cell: the DSL's paint order would decide."""
    grid = ((2, 0, 0, 0, 6), (0, 0, 0, 0, 0), (0, 0, 0, 0, 0), (0, 0, 0, 0, 0),
            (6, 0, 0, 0, 2))
    assert _apply("connect_own_colour_d", grid, "partition_nz") is None


def test_connect_diagonal_single_pair() -> None:
    grid = ((3, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 3), (0, 5, 5, 0))
    out = _apply("connect_own_colour_d", grid, "partition_nz")
    assert out == ((3, 0, 0, 0), (0, 3, 0, 0), (0, 0, 3, 0), (0, 0, 0, 3), (0, 5, 5, 0))
    full = _apply("connect_own_colour_all", grid, "partition_nz")
    assert full == out
