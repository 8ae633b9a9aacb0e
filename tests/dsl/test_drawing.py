"""Tests of drawing onto grids (spec §4.10)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arcbatt.dsl.drawing import cover, fill, move, paint, underfill, underpaint
from arcbatt.dsl.patches import asobject

G = ((0, 0, 0), (0, 5, 0), (0, 0, 3))


@st.composite
def grids(draw):
    h = draw(st.integers(1, 6))
    w = draw(st.integers(1, 6))
    return tuple(tuple(draw(st.integers(0, 9)) for _ in range(w)) for _ in range(h))


def test_fill():
    assert fill(G, 7, frozenset({(0, 0), (1, 1)})) == ((7, 0, 0), (0, 7, 0), (0, 0, 3))
    # out-of-bounds and negative locations are skipped (no wrap)
    assert fill(G, 7, frozenset({(-1, 0), (0, -1), (3, 0), (0, 3), (2, 2)})) == (
        (0, 0, 0), (0, 5, 0), (0, 0, 7)
    )
    # an object's colours are ignored
    assert fill(G, 4, frozenset({(9, (0, 1))})) == ((0, 4, 0), (0, 5, 0), (0, 0, 3))
    assert fill(G, 4, frozenset()) == G
    out = fill(G, 1, frozenset({(0, 0)}))
    assert isinstance(out, tuple) and all(isinstance(r, tuple) for r in out)
    assert G == ((0, 0, 0), (0, 5, 0), (0, 0, 3))
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        fill((), 1, frozenset({(0, 0)}))


def test_paint():
    obj = frozenset({(2, (0, 2)), (8, (2, 0)), (6, (5, 5)), (6, (-1, -1))})
    assert paint(G, obj) == ((0, 0, 2), (0, 5, 0), (8, 0, 3))
    # a tuple of cells (e.g. from mpapply) is accepted
    assert paint(G, ((1, (0, 0)), (1, (0, 0)))) == ((1, 0, 0), (0, 5, 0), (0, 0, 3))
    assert paint(G, frozenset()) == G
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        paint(G, frozenset({(0, 0), (1, 1)}))
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        paint((), frozenset({(1, (0, 0))}))


@given(grids())
def test_paint_asobject_property(g):
    blank = tuple(tuple(0 for _ in row) for row in g)
    assert paint(blank, asobject(g)) == g
    assert paint(g, asobject(g)) == g


def test_underfill():
    assert underfill(G, 7, frozenset({(0, 0), (1, 1), (2, 2), (9, 9)})) == (
        (7, 0, 0), (0, 5, 0), (0, 0, 3)
    )
    # background is the most common colour, here 4
    g = ((4, 4), (4, 1))
    assert underfill(g, 2, frozenset({(0, 1), (1, 1)})) == ((4, 2), (4, 1))


def test_underpaint():
    obj = frozenset({(2, (0, 1)), (2, (1, 1)), (9, (2, 2)), (9, (2, 1))})
    assert underpaint(G, obj) == ((0, 2, 0), (0, 5, 0), (0, 9, 3))
    # the first non-background colour written at a location wins (tuple order)
    assert underpaint(G, ((1, (0, 0)), (2, (0, 0)))) == ((1, 0, 0), (0, 5, 0), (0, 0, 3))
    assert underpaint(G, frozenset()) == G


def test_cover():
    assert cover(G, frozenset({(1, 1), (2, 2), (7, 7)})) == ((0,) * 3,) * 3
    g = ((6, 6), (6, 1))
    assert cover(g, frozenset({(1, (1, 1))})) == ((6, 6), (6, 6))


def test_move():
    obj = frozenset({(5, (1, 1))})
    assert move(G, obj, (-1, 1)) == ((0, 0, 5), (0, 0, 0), (0, 0, 3))
    # shifted cells outside the grid are lost
    assert move(G, obj, (5, 0)) == ((0, 0, 0), (0, 0, 0), (0, 0, 3))
    # overlap with itself is fine
    obj2 = frozenset({(5, (1, 1)), (3, (2, 2))})
    assert move(G, obj2, (-1, -1)) == ((5, 0, 0), (0, 3, 0), (0, 0, 0))
    assert move(G, obj, (0, 0)) == G
