"""Tests of grid segmentation (spec §4.8)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arcbatt.dsl.colours import mostcolor
from arcbatt.dsl.patches import asobject
from arcbatt.dsl.segment import fgpartition, frontiers, objects, partition

# background 0; a 2-3 blob touching a diagonal 2, a separate 5
G = (
    (0, 0, 0, 0, 5),
    (0, 2, 3, 0, 0),
    (0, 0, 0, 2, 0),
    (0, 0, 0, 0, 0),
)


@st.composite
def grids(draw):
    h = draw(st.integers(1, 6))
    w = draw(st.integers(1, 6))
    return tuple(tuple(draw(st.integers(0, 9)) for _ in range(w)) for _ in range(h))


def cells(*items):
    return frozenset(items)


def test_objects():
    # univalued, 4-connected, without background
    assert objects(G, True, False, True) == {
        cells((5, (0, 4))),
        cells((2, (1, 1))),
        cells((3, (1, 2))),
        cells((2, (2, 3))),
    }
    # multicoloured, 8-connected, without background
    assert objects(G, False, True, True) == {
        cells((5, (0, 4))),
        cells((2, (1, 1)), (3, (1, 2)), (2, (2, 3))),
    }
    # multicoloured, 4-connected
    assert objects(G, False, False, True) == {
        cells((5, (0, 4))),
        cells((2, (1, 1)), (3, (1, 2))),
        cells((2, (2, 3))),
    }
    # univalued, 8-connected: the two 2s are not connected (the 3 is between them)
    assert objects(G, True, True, True) == {
        cells((5, (0, 4))),
        cells((2, (1, 1))),
        cells((3, (1, 2))),
        cells((2, (2, 3))),
    }
    # (T, *, F): the background region becomes an object too
    with_bg = objects(G, True, False, False)
    zeros = frozenset(c for c in asobject(G) if c[0] == 0)
    assert zeros in with_bg and len(with_bg) == 5
    assert objects(G, True, True, False) == with_bg
    # (F, F, F) and (F, T, F): the whole grid as one object
    assert objects(G, False, False, False) == {asobject(G)}
    assert objects(G, False, True, False) == {asobject(G)}
    # uniform grid without background: nothing left
    assert objects(((4, 4), (4, 4)), True, False, True) == frozenset()
    # two diagonal cells: separate with 4-connectivity, one with 8
    d = ((1, 0), (0, 1))
    assert len(objects(d, True, False, True)) == 2
    assert objects(d, True, True, True) == {cells((1, (0, 0)), (1, (1, 1)))}
    # the background is the most common colour, here the 7s of the ring
    ring = ((7, 7, 7), (7, 0, 7), (7, 7, 7))
    assert objects(ring, True, False, True) == {cells((0, (1, 1)))}
    assert objects(ring, True, False, False) == {
        cells((0, (1, 1))),
        frozenset(c for c in asobject(ring) if c[0] == 7),
    }
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        objects((), True, False, True)


@given(grids(), st.booleans(), st.booleans())
def test_objects_partition_property(g, univalued, diagonal):
    bg = mostcolor(g)
    objs = objects(g, univalued, diagonal, True)
    seen = [c for obj in objs for c in obj]
    assert len(seen) == len(set(seen))
    assert set(seen) == {c for c in asobject(g) if c[0] != bg}
    assert all(obj for obj in objs)
    if univalued:
        assert all(len({v for v, _ in obj}) == 1 for obj in objs)


@given(grids(), st.booleans())
def test_objects_whole_grid_property(g, diagonal):
    assert objects(g, False, diagonal, False) == {asobject(g)}
    every = objects(g, True, diagonal, False)
    assert frozenset(c for o in every for c in o) == asobject(g)


def test_partition():
    p = partition(G)
    assert len(p) == 4
    assert cells((2, (1, 1)), (2, (2, 3))) in p
    assert cells((5, (0, 4))) in p
    assert frozenset(c for c in asobject(G) if c[0] == 0) in p
    assert partition(((1,),)) == {cells((1, (0, 0)))}


@given(grids())
def test_partition_property(g):
    p = partition(g)
    assert frozenset(c for o in p for c in o) == asobject(g)
    assert all(len({v for v, _ in o}) == 1 for o in p)
    assert len(p) == len({v for row in g for v in row})


def test_fgpartition():
    fp = fgpartition(G)
    assert fp == {cells((2, (1, 1)), (2, (2, 3))), cells((3, (1, 2))), cells((5, (0, 4)))}
    assert fgpartition(((3, 3),)) == frozenset()
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        fgpartition(())


def test_frontiers():
    g = (
        (1, 1, 1),
        (2, 1, 3),
        (4, 1, 4),
    )
    assert frontiers(g) == {
        cells((1, (0, 0)), (1, (0, 1)), (1, (0, 2))),
        cells((1, (0, 1)), (1, (1, 1)), (1, (2, 1))),
    }
    assert frontiers(G) == {
        cells((0, (3, 0)), (0, (3, 1)), (0, (3, 2)), (0, (3, 3)), (0, (3, 4))),
        cells((0, (0, 0)), (0, (1, 0)), (0, (2, 0)), (0, (3, 0))),
    }
    # one-row grid: every column is trivially uniform; the row is not
    assert frontiers(((5, 6),)) == {cells((5, (0, 0))), cells((6, (0, 1)))}
    # uniform one-row grid: the row too
    assert frontiers(((5, 5),)) == {
        cells((5, (0, 0))), cells((5, (0, 1))), cells((5, (0, 0)), (5, (0, 1)))
    }
    assert frontiers(((1, 2), (3, 4))) == frozenset()


def _reference_objects(g, univalued, diagonal, without_bg):
    """Independent union-find over neighbouring cells, for comparison."""
    bg = mostcolor(g) if without_bg else None
    h, w = len(g), len(g[0])
    parent = {(i, j): (i, j) for i in range(h) for j in range(w) if g[i][j] != bg}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    steps = [(0, 1), (1, 0), (1, 1), (1, -1)] if diagonal else [(0, 1), (1, 0)]
    for i, j in parent:
        for di, dj in steps:
            n = (i + di, j + dj)
            if n in parent and (not univalued or g[i][j] == g[n[0]][n[1]]):
                parent[find(n)] = find((i, j))
    groups: dict = {}
    for loc in parent:
        groups.setdefault(find(loc), set()).add((g[loc[0]][loc[1]], loc))
    return frozenset(frozenset(s) for s in groups.values())


@given(grids(), st.booleans(), st.booleans(), st.booleans())
def test_objects_match_reference(g, univalued, diagonal, without_bg):
    assert objects(g, univalued, diagonal, without_bg) == _reference_objects(
        g, univalued, diagonal, without_bg
    )
