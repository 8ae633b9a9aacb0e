"""Colours, counting and filtering (spec §4.4), including the colour-set tie order."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arcbatt.dsl.colours as colours_module
from arcbatt.dsl import (
    color,
    colorcount,
    colorfilter,
    leastcolor,
    mostcolor,
    numcolors,
    palette,
    sizefilter,
)

OBJ = frozenset({(3, (0, 0)), (3, (0, 1)), (5, (1, 1))})


def colour_set_order(values) -> list:
    """Spec §2.5 model of the iteration order of a set filled in first-occurrence order."""
    distinct = list(dict.fromkeys(values))
    if len(distinct) >= 5:
        return sorted(distinct)
    slots: dict = {}
    for v in distinct:
        s = v % 8
        while s in slots:
            s = (5 * s + 1) % 8
        slots[s] = v
    return [slots[s] for s in sorted(slots)]


grids = st.integers(1, 5).flatmap(
    lambda w: st.lists(st.lists(st.integers(0, 9), min_size=w, max_size=w).map(tuple),
                       min_size=1, max_size=5).map(tuple)
)


def test_module_exports_spec_order() -> None:
    assert colours_module.__all__ == [
        "mostcolor", "leastcolor", "colorcount", "colorfilter", "sizefilter", "palette",
        "numcolors", "color",
    ]


def test_mostcolor() -> None:
    assert mostcolor(((1, 1), (1, 2))) == 1
    assert mostcolor(((2, 8), (8, 2))) == 8
    assert mostcolor(((8, 2), (2, 8))) == 8
    assert mostcolor(((2, 3), (3, 2))) == 2
    assert mostcolor(((3, 2), (2, 3))) == 2
    assert mostcolor(((0, 8), (8, 0))) == 0
    assert mostcolor(((8, 0), (0, 8))) == 8
    assert mostcolor(((1, 9), (9, 1))) == 1  # 1 takes slot 1, 9 lands in slot 6
    assert mostcolor(((9, 1), (1, 9))) == 9
    assert mostcolor(((9, 3), (3, 9))) == 9
    assert mostcolor(((4, 3, 2, 1, 0),)) == 0  # five colours: ascending
    assert mostcolor(OBJ) == 3
    assert mostcolor(frozenset({(0, 1), (0, 2), (4, 4)})) == 0  # Indices: rows as colours
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        mostcolor(())
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        mostcolor(frozenset())


def test_leastcolor() -> None:
    assert leastcolor(((1, 1), (1, 2))) == 2
    assert leastcolor(((2, 8), (8, 2))) == 8
    assert leastcolor(((2, 3, 5),)) == 2
    assert leastcolor(((9, 3, 3),)) == 9
    assert leastcolor(OBJ) == 5
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        leastcolor(((),))


def test_colorcount() -> None:
    grid = ((1, 2, 1), (1, 0, 0))
    assert colorcount(grid, 1) == 3
    assert colorcount(grid, 7) == 0
    assert colorcount(OBJ, 3) == 2
    assert colorcount(frozenset(), 3) == 0
    assert type(colorcount(OBJ, 5)) is int


def test_colorfilter() -> None:
    a = frozenset({(1, (0, 0))})
    b = frozenset({(2, (1, 1)), (2, (1, 2))})
    objs = frozenset({a, b})
    assert colorfilter(objs, 2) == frozenset({b})
    assert colorfilter(objs, 7) == frozenset()
    assert isinstance(colorfilter((a, a), 1), frozenset)
    assert colorfilter((a, a), 1) == frozenset({a})
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        colorfilter(frozenset({frozenset()}), 1)


def test_sizefilter() -> None:
    items = ((1, 2), (3,), (4, 5), (1, 2))
    result = sizefilter(items, 2)
    assert result == frozenset({(1, 2), (4, 5)}) and isinstance(result, frozenset)
    assert sizefilter(frozenset({OBJ}), 3) == frozenset({OBJ})
    assert sizefilter((), 0) == frozenset()


def test_palette() -> None:
    assert palette(((1, 2), (2, 0))) == frozenset({0, 1, 2})
    assert palette(OBJ) == frozenset({3, 5})
    assert palette(()) == frozenset()
    assert palette(frozenset({(4, 0), (6, 1)})) == frozenset({4, 6})  # Indices quirk
    assert list(palette(((2, 8),))) == [8, 2]
    assert isinstance(palette(OBJ), frozenset)


def test_numcolors() -> None:
    assert numcolors(((1, 2), (2, 0))) == 3
    assert numcolors(OBJ) == 2
    assert numcolors(()) == 0
    assert type(numcolors(OBJ)) is int


def test_color() -> None:
    assert color(frozenset({(7, (3, 4)), (7, (3, 5))})) == 7
    mixed = frozenset({(1, (0, 0)), (2, (0, 1))})
    assert color(mixed) == next(iter(mixed))[0]
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        color(frozenset())


@given(grids)
def test_mostcolor_and_leastcolor_follow_colour_set_order(grid) -> None:
    values = [v for row in grid for v in row]
    candidates = colour_set_order(values)
    counts = [values.count(v) for v in candidates]
    assert mostcolor(grid) == candidates[counts.index(max(counts))]
    assert leastcolor(grid) == candidates[counts.index(min(counts))]
    assert list(palette(grid)) == candidates


@given(grids)
def test_counts_add_up(grid) -> None:
    cells = frozenset((v, (i, j)) for i, row in enumerate(grid) for j, v in enumerate(row))
    assert sum(colorcount(grid, c) for c in palette(grid)) == len(grid) * len(grid[0])
    assert palette(cells) == palette(grid)
    assert numcolors(grid) == len(palette(grid))
    assert colorcount(cells, mostcolor(grid)) == max(colorcount(grid, c) for c in range(10))
