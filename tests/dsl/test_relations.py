"""Tests of the patch relations (spec §4.7)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arcbatt.dsl.patches import asobject, shift
from arcbatt.dsl.relations import (
    adjacent,
    bordering,
    gravitate,
    hmatching,
    manhattan,
    occurrences,
    position,
    vmatching,
)

A = frozenset({(1, 1), (1, 2)})
B = frozenset({(1, 5), (3, 5)})
C = frozenset({(4, (5, 2))})


@st.composite
def grids(draw):
    h = draw(st.integers(1, 6))
    w = draw(st.integers(1, 6))
    return tuple(tuple(draw(st.integers(0, 9)) for _ in range(w)) for _ in range(h))


def test_hmatching():
    assert hmatching(A, B)
    assert not hmatching(A, C)
    assert hmatching(frozenset({(2, (1, 9))}), A)
    assert not hmatching(frozenset(), A)


def test_vmatching():
    assert vmatching(A, C)
    assert not vmatching(A, B)
    assert not vmatching(A, frozenset())


def test_manhattan():
    assert manhattan(A, B) == 3
    assert manhattan(A, C) == 4
    assert manhattan(A, A) == 0
    assert manhattan(frozenset({(0, 0)}), frozenset({(-2, 3)})) == 5
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        manhattan(A, frozenset())


def test_adjacent():
    assert adjacent(A, frozenset({(2, 2)}))
    assert adjacent(frozenset({(7, (0, 0))}), frozenset({(0, 1)}))
    assert not adjacent(A, frozenset({(2, 3)}))  # diagonal only
    assert not adjacent(A, frozenset({(1, 2), (1, 3)}))  # overlap
    assert not adjacent(A, B)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        adjacent(A, frozenset())


def test_bordering():
    g = ((0,) * 5,) * 4
    assert bordering(frozenset({(0, 2)}), g)
    assert bordering(frozenset({(2, 0)}), g)
    assert bordering(frozenset({(3, 2)}), g)
    assert bordering(frozenset({(1, 4)}), g)
    assert not bordering(frozenset({(1, 1), (2, 3)}), g)
    # partly outside the grid: only exact extremes count
    assert not bordering(frozenset({(-1, 2), (1, 2)}), g)
    assert not bordering(frozenset({(1, 2), (2, 5)}), g)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        bordering(frozenset(), g)


def test_position():
    assert position(frozenset({(0, 0)}), frozenset({(0, 3)})) == (0, 1)
    assert position(frozenset({(0, 3)}), frozenset({(0, 0)})) == (0, -1)
    assert position(frozenset({(1, 1)}), frozenset({(1, 1)})) == (0, -1)
    assert position(frozenset({(0, 2)}), frozenset({(5, 2)})) == (1, 0)
    assert position(frozenset({(5, 2)}), frozenset({(0, 2)})) == (-1, 0)
    assert position(frozenset({(5, 5)}), frozenset({(0, 9)})) == (-1, 1)
    # bbox centres, floor: {(0,0),(0,3)} has centre (0, 2)
    assert position(frozenset({(0, 0), (0, 3)}), frozenset({(3, 2)})) == (1, 0)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        position(frozenset(), A)


def test_gravitate():
    src = frozenset({(0, 0)})
    # shares a column: vertical, downward
    assert gravitate(src, frozenset({(5, 0)})) == (4, 0)
    assert gravitate(frozenset({(0, 5)}), frozenset({(3, 5), (3, 0)})) == (2, 0)
    # no shared column: horizontal, rightward then leftward
    assert gravitate(frozenset({(2, 0)}), frozenset({(0, 6), (1, 6)})) == (0, 6)
    assert gravitate(frozenset({(0, 9)}), frozenset({(0, 2)})) == (0, -6)
    # already adjacent
    assert gravitate(src, frozenset({(0, 1)})) == (0, 0)
    # identical single cells: equal centre rows move up, one step reaches adjacency
    assert gravitate(src, src) == (-1, 0)
    # adjacency never reached: 42 steps in the chosen direction
    assert gravitate(src, frozenset({(5, 3)})) == (0, 42)
    assert gravitate(frozenset({(5, 1)}), frozenset({(7, 1), (3, 9)})) == (-42, 0)
    # objects accepted
    assert gravitate(frozenset({(3, (0, 0))}), frozenset({(4, (0, 4))})) == (0, 3)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        gravitate(frozenset(), src)


def test_occurrences():
    g = ((1, 2, 1, 2), (0, 1, 2, 0), (1, 2, 0, 0))
    obj = frozenset({(1, (5, 5)), (2, (5, 6))})
    assert occurrences(g, obj) == {(0, 0), (0, 2), (1, 1), (2, 0)}
    # holes in the bbox are not checked; offset need not be a cell of the object
    diag = frozenset({(1, (0, 1)), (1, (1, 0))})
    assert occurrences(g, diag) == {(0, 1), (1, 0)}
    assert occurrences(g, frozenset({(7, (0, 0))})) == frozenset()
    big = frozenset({(1, (0, 0)), (1, (4, 0))})
    assert occurrences(g, big) == frozenset()
    # empty object: every offset from (0, 0) to (rows, width) inclusive
    assert occurrences(g, frozenset()) == {(i, j) for i in range(4) for j in range(5)}
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        occurrences(g, frozenset({(0, 0), (0, 1)}))


@given(grids())
def test_occurrences_of_whole_grid(g):
    obj = shift(asobject(g), (3, -2))
    assert (0, 0) in occurrences(g, obj)
    assert occurrences(g, obj) == {(0, 0)}
