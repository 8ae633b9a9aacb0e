"""Tests of the patch-building primitives (spec §4.6)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arcbatt.dsl.patches import (
    asindices,
    asobject,
    backdrop,
    box,
    connect,
    corners,
    delta,
    dneighbors,
    hfrontier,
    inbox,
    ineighbors,
    neighbors,
    normalize,
    ofcolor,
    outbox,
    recolor,
    shift,
    shoot,
    toindices,
    toobject,
    vfrontier,
)

G = ((0, 1, 1), (2, 0, 3))
OBJ = frozenset({(4, (1, 2)), (5, (2, 4))})
IDX = frozenset({(1, 2), (2, 4)})

coords = st.integers(min_value=-5, max_value=8)
locations = st.tuples(coords, coords)
indices_st = st.frozensets(locations, min_size=1, max_size=12)
objects_st = st.frozensets(
    st.tuples(st.integers(0, 9), locations), min_size=1, max_size=12
)
patches_st = st.one_of(indices_st, objects_st)


@st.composite
def grids(draw):
    h = draw(st.integers(1, 6))
    w = draw(st.integers(1, 6))
    return tuple(tuple(draw(st.integers(0, 9)) for _ in range(w)) for _ in range(h))


def test_asindices():
    assert asindices(G) == frozenset((i, j) for i in range(2) for j in range(3))
    assert asindices(()) == frozenset()
    assert isinstance(asindices(((7,),)), frozenset)
    assert asindices(((7,),)) == {(0, 0)}


def test_ofcolor():
    assert ofcolor(G, 1) == {(0, 1), (0, 2)}
    assert ofcolor(G, 0) == {(0, 0), (1, 1)}
    assert ofcolor(G, 9) == frozenset()
    assert isinstance(ofcolor(G, 9), frozenset)


def test_toindices():
    assert toindices(OBJ) == IDX
    assert toindices(IDX) is IDX
    assert toindices(frozenset()) == frozenset()
    assert toindices(()) == frozenset() and isinstance(toindices(()), frozenset)
    tup = ((1, 1), (2, 2))
    assert toindices(tup) is tup
    # two cells at one location collapse
    assert toindices(frozenset({(1, (0, 0)), (2, (0, 0))})) == {(0, 0)}
    # a tuple of cells is still detected as an object
    assert toindices(((3, (0, 1)), (4, (2, 2)))) == {(0, 1), (2, 2)}


def test_recolor():
    assert recolor(7, OBJ) == {(7, (1, 2)), (7, (2, 4))}
    assert recolor(7, IDX) == {(7, (1, 2)), (7, (2, 4))}
    assert recolor(7, frozenset()) == frozenset()
    assert recolor(3, frozenset({(1, (0, 0)), (2, (0, 0))})) == {(3, (0, 0))}


def test_shift():
    assert shift(IDX, (1, -3)) == {(2, -1), (3, 1)}
    assert shift(OBJ, (-1, 0)) == {(4, (0, 2)), (5, (1, 4))}
    empty = frozenset()
    assert shift(empty, (1, 1)) is empty
    assert shift((), (1, 1)) == ()
    res = shift(((0, 0), (1, 1)), (1, 1))
    assert isinstance(res, frozenset) and res == {(1, 1), (2, 2)}


@given(patches_st, locations)
def test_shift_property(patch, d):
    back = shift(shift(patch, d), (-d[0], -d[1]))
    assert back == patch


def test_normalize():
    assert normalize(IDX) == {(0, 0), (1, 2)}
    assert normalize(OBJ) == {(4, (0, 0)), (5, (1, 2))}
    assert normalize(frozenset({(-2, 5), (3, -1)})) == {(0, 6), (5, 0)}
    empty = frozenset()
    assert normalize(empty) is empty


@given(patches_st)
def test_normalize_property(patch):
    n = normalize(patch)
    locs = toindices(n)
    assert min(i for i, _ in locs) == 0 and min(j for _, j in locs) == 0
    assert len(n) == len(patch)


def test_toobject():
    assert toobject(frozenset({(0, 1), (1, 2), (5, 5), (-1, 0)}), G) == {(1, (0, 1)), (3, (1, 2))}
    # an object's own colours are ignored
    assert toobject(frozenset({(9, (1, 0))}), G) == {(2, (1, 0))}
    assert toobject(frozenset(), G) == frozenset()
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        toobject(frozenset({(0, 0)}), ())


def test_asobject():
    assert asobject(((1, 2),)) == {(1, (0, 0)), (2, (0, 1))}
    assert asobject(()) == frozenset()
    assert len(asobject(G)) == 6


def test_dneighbors():
    assert dneighbors((0, 0)) == {(-1, 0), (1, 0), (0, -1), (0, 1)}
    assert isinstance(dneighbors((3, 3)), frozenset)


def test_ineighbors():
    assert ineighbors((2, 5)) == {(1, 4), (1, 6), (3, 4), (3, 6)}


def test_neighbors():
    n = neighbors((1, 1))
    assert n == {(i, j) for i in range(3) for j in range(3)} - {(1, 1)}
    assert n == dneighbors((1, 1)) | ineighbors((1, 1))


def test_corners():
    assert corners(frozenset({(1, 1), (3, 4), (2, 2)})) == {(1, 1), (1, 4), (3, 1), (3, 4)}
    assert corners(frozenset({(2, 0), (2, 5)})) == {(2, 0), (2, 5)}
    assert corners(frozenset({(4, (2, 2))})) == {(2, 2)}
    assert corners(frozenset()) == frozenset({()})


def test_connect():
    assert connect((1, 4), (1, 1)) == {(1, 1), (1, 2), (1, 3), (1, 4)}
    assert connect((0, 2), (2, 2)) == {(0, 2), (1, 2), (2, 2)}
    assert connect((3, 3), (1, 1)) == {(1, 1), (2, 2), (3, 3)}
    assert connect((0, 3), (3, 0)) == {(0, 3), (1, 2), (2, 1), (3, 0)}
    assert connect((3, 0), (0, 3)) == {(0, 3), (1, 2), (2, 1), (3, 0)}
    assert connect((0, 0), (1, 2)) == frozenset()
    assert connect((5, 5), (5, 5)) == {(5, 5)}


def test_shoot():
    ray = shoot((2, 3), (0, 1))
    assert len(ray) == 43 and (2, 3) in ray and (2, 45) in ray and (2, 46) not in ray
    up = shoot((0, 0), (-1, 0))
    assert (-42, 0) in up and len(up) == 43
    assert shoot((1, 1), (0, 0)) == {(1, 1)}
    assert shoot((0, 0), (1, 2)) == frozenset()
    diag = shoot((0, 0), (2, 2))
    assert len(diag) == 85 and (84, 84) in diag and (1, 1) in diag
    anti = shoot((0, 0), (1, -1))
    assert len(anti) == 43 and (42, -42) in anti


def test_vfrontier():
    v = vfrontier((17, 4))
    assert v == {(i, 4) for i in range(30)}
    assert vfrontier((-3, -2)) == {(i, -2) for i in range(30)}


def test_hfrontier():
    assert hfrontier((4, 17)) == {(4, j) for j in range(30)}


def test_backdrop():
    assert backdrop(frozenset({(1, 1), (2, 3)})) == {(i, j) for i in (1, 2) for j in (1, 2, 3)}
    assert backdrop(frozenset({(5, (0, 0))})) == {(0, 0)}
    assert backdrop(frozenset()) == frozenset()


def test_delta():
    assert delta(frozenset({(1, 1), (2, 3)})) == {(1, 2), (1, 3), (2, 1), (2, 2)}
    assert delta(frozenset({(3, (0, 0)), (3, (0, 1))})) == frozenset()
    assert delta(frozenset()) == frozenset()


def test_box():
    sq = frozenset({(0, 0), (3, 3)})
    b = box(sq)
    assert len(b) == 12 and (1, 1) not in b and (0, 2) in b and (2, 3) in b
    assert box(frozenset({(2, 1), (2, 4)})) == {(2, 1), (2, 2), (2, 3), (2, 4)}
    assert box(frozenset({(7, (4, 4))})) == {(4, 4)}
    empty_obj = frozenset()
    assert box(empty_obj) is empty_obj


def test_inbox():
    big = frozenset({(0, 0), (4, 4)})
    assert inbox(big) == box(frozenset({(1, 1), (3, 3)}))
    # width 2, height 2: full original range
    assert inbox(frozenset({(0, 0), (1, 1)})) == {(0, 0), (0, 1), (1, 0), (1, 1)}
    # single cell: the 8 surrounding locations
    assert inbox(frozenset({(0, 0)})) == neighbors((0, 0))
    # one row of three: rows -1..1, columns 1..1
    assert inbox(frozenset({(0, 0), (0, 2)})) == {(-1, 1), (0, 1), (1, 1)}
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        inbox(frozenset())


def test_outbox():
    assert outbox(frozenset({(0, 0)})) == neighbors((0, 0))
    o = outbox(frozenset({(1, 1), (2, 3)}))
    assert o == box(frozenset({(0, 0), (3, 4)}))
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        outbox(frozenset())


@given(grids())
def test_asobject_toobject_roundtrip(g):
    assert toobject(asindices(g), g) == asobject(g)
    assert toindices(asobject(g)) == asindices(g)
