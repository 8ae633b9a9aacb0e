"""The built-in differs on hand-made grids, and the `s` list a battery returns."""

from __future__ import annotations

from pathlib import Path

import pytest
from battery_helpers import load, program

from arcbatt.battery import Source, make_battery
from arcbatt.battery.differs import (
    DIFFERS,
    cell_match,
    palette_extra,
    palette_missing,
    shape_match,
    single_cells,
)
from arcbatt.battery.runtime import E, as_grid, run_differs

A = ((1, 2), (3, 4))
B = ((1, 2), (3, 5))
SOLID = ((1, 1), (1, 1))
WIDE = ((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))  # 3 x 4
RAINBOW = (tuple(range(10)),)


def test_palette_extra() -> None:
    assert palette_extra(None, A, B) == (900, (4,))
    assert palette_extra(None, A, A) == (1000, ())
    assert palette_extra(None, RAINBOW, SOLID) == (100, (0, 2, 3, 4, 5, 6, 7, 8, 9))
    assert palette_extra(None, RAINBOW, ((5,),)) == (100, (0, 1, 2, 3, 4, 6, 7, 8, 9))
    assert palette_extra(None, RAINBOW + (tuple(range(10, 20)),), ((0,),))[0] == 0  # floor


def test_palette_missing() -> None:
    assert palette_missing(None, A, B) == (900, (5,))
    assert palette_missing(None, SOLID, A) == (700, (2, 3, 4))
    assert palette_missing(None, B, B) == (1000, ())


def test_shape_match() -> None:
    assert shape_match(None, A, B) == (1000, (2, 2))
    assert shape_match(None, A, WIDE) == (333, (2, 2))  # (2/3) * (2/4)
    assert shape_match(None, WIDE, A) == (333, (3, 4))
    assert shape_match(None, RAINBOW, A) == (100, (1, 10))  # (1/2) * (2/10)
    assert shape_match(None, (), A) == (0, (0, 0))
    assert shape_match(None, A, ()) == (0, (2, 2))


def test_cell_match() -> None:
    assert cell_match(None, A, B) == (750, 1)
    assert cell_match(None, A, A) == (1000, 0)
    assert cell_match(None, SOLID, A) == (250, 3)
    assert cell_match(None, A, WIDE) == (0, -1)
    assert cell_match(None, ((1, 2, 3),), ((1, 2),)) == (0, -1)  # same height, other width
    assert cell_match(None, A, ()) == (0, -1)


def test_single_cells() -> None:
    # every cell of A and of B is isolated; they differ at (1, 1): 4 vs 5 -> two singles
    assert single_cells(None, A, B) == (800, 2)
    assert single_cells(None, SOLID, SOLID) == (1000, 0)
    # ((1, 1), (2, 3)) has singles 2 at (1, 0) and 3 at (1, 1); SOLID has none
    assert single_cells(None, ((1, 1), (2, 3)), SOLID) == (800, 2)
    assert single_cells(None, RAINBOW, ((0,) * 10,)) == (0, 10)


def test_differ_registry() -> None:
    assert list(DIFFERS) == ["palette_extra", "palette_missing", "shape_match", "cell_match",
                             "single_cells"]
    for fn in DIFFERS.values():
        score, _ = fn(None, A, B)
        assert isinstance(score, int) and 0 <= score <= 1000


def test_as_grid() -> None:
    assert as_grid(A) is A
    for bad in (E, None, (), ((),), [[1]], ((1, 2), (3,)), ((1, True),), ((1.0,),), 3,
                frozenset({(1, (0, 0))})):
        assert as_grid(bad) is None, bad


def test_run_differs_entries() -> None:
    o = [(5, False, "c000", A), (7, True, "c001", None), (5, False, "c002", A),
         (9, False, "c003", SOLID)]
    with_c = run_differs((), B, WIDE, o)
    names = list(DIFFERS)
    # baseline: differ(input, C), solver id None, t-number 0
    assert with_c[:5] == [(0, None, n, DIFFERS[n]((), B, WIDE)) for n in names]
    # then per candidate with an output, differ(output, C); none for the failed c001
    assert with_c[5:] == [(t, cid, n, DIFFERS[n]((), g, WIDE))
                          for t, _, cid, g in (o[0], o[2], o[3]) for n in names]
    without_c = run_differs((), B, None, o)
    # no expected grid: no baseline, and each output is compared with the input
    assert without_c == [(t, cid, n, DIFFERS[n]((), B, g))
                         for t, _, cid, g in (o[0], o[2], o[3]) for n in names]
    assert all(cid is not None for _, cid, _, _ in without_c)


def test_a_faulty_differ_costs_only_its_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(S: object, I: object, C: object) -> tuple[int, object]:
        raise RuntimeError("differ fault")

    monkeypatch.setitem(DIFFERS, "boom", boom)
    s = run_differs((), A, B, [(3, False, "c000", A)])
    assert [r for _, _, n, r in s if n == "boom"] == [None, None]
    assert [r for t, _, n, r in s if n == "cell_match"] == [(750, 1), (750, 1)]


MIRROR = program("""
def solve_6150a2bd(I):
    x1 = vmirror(I)
    O = hmirror(x1)
    return O
""")
BROKEN = program("""
def solve_007bbfb7(I):
    x1 = height(I)
    x2 = divide(x1, ZERO)
    O = upscale(I, x2)
    return O
""")


def test_battery_s_with_and_without_expected(tmp_path: Path) -> None:
    bat = make_battery([Source(MIRROR), Source(BROKEN)], 2, 0, 0.0)
    batt = load(bat, tmp_path).batt
    cid = {c.parent: c.id for c in bat.table.candidates}
    t_mirror = bat.table.candidate(cid[MIRROR.name]).t
    grid = ((1, 2, 0), (0, 3, 0))
    rotated = ((0, 3, 0), (0, 2, 1))
    expected = ((0, 3, 0), (0, 2, 2))

    o, s = batt("6150a2bd", (), grid, expected, None)
    assert {c: g for _, _, c, g in o} == {cid[MIRROR.name]: rotated, cid[BROKEN.name]: None}
    base = [e for e in s if e[1] is None]
    assert base == [(0, None, n, fn((), grid, expected)) for n, fn in DIFFERS.items()]
    assert [e for e in s if e[1] is not None] == [
        (t_mirror, cid[MIRROR.name], n, fn((), rotated, expected)) for n, fn in DIFFERS.items()]
    assert dict((n, r) for _, c, n, r in s if c is not None)["cell_match"] == (833, 1)
    assert dict((n, r) for _, c, n, r in s if c is not None)["palette_extra"] == (900, (1,))

    o2, s2 = batt("6150a2bd", (), grid, None, None)
    assert o2 == o
    assert all(c is not None for _, c, _, _ in s2)  # no baseline without C
    assert s2 == [(t_mirror, cid[MIRROR.name], n, fn((), grid, rotated))
                  for n, fn in DIFFERS.items()]
