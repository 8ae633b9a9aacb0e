"""Symmetry repair and smears: behaviour on small crafted grids, and agreement with macros."""

from __future__ import annotations

from arcbatt.search.library_fill import fill_transforms
from arcbatt.search.table import Table
from arcbatt.search.transform import run_macro
from arcbatt.search.values import rows_of

TS = {t.name: t for t in fill_transforms([1, 2, 3, 4, 5])}


def apply(name: str, grid: tuple) -> tuple | None:
    table = Table(grid)
    got = TS[name].fn(table, table.input)
    if got is None:
        return None
    out = rows_of(got)
    assert out == run_macro(TS[name].macro, grid, grid)
    return out


PICTURE = ((1, 2, 2, 1), (3, 4, 4, 3), (3, 4, 4, 3), (1, 2, 2, 1))


def test_symfill_repairs_noise_cells() -> None:
    noisy = ((1, 2, 2, 1), (3, 5, 5, 3), (3, 5, 4, 3), (1, 2, 2, 1))
    assert apply("symfill_hv5", noisy) == PICTURE
    assert apply("symcrop_hv5", noisy) == ((4, 4), (4, 4))


def test_symfill_refuses_asymmetric_grids() -> None:
    assert apply("symfill_hv5", ((1, 2), (5, 3))) is None
    assert apply("symfill_v0", ((1, 2), (3, 4))) is None  # no noise cell


def test_smear_diagonal_rays_and_conflicts() -> None:
    g = ((0, 0, 0), (0, 2, 0), (0, 0, 0))
    assert apply("smear_diag", g) == ((2, 0, 2), (0, 2, 0), (2, 0, 2))
    assert apply("smear_h", ((1, 0, 2),)) is None  # two colours meet in one cell
