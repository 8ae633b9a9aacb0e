"""Tests of the whole-grid transformations (spec §4.9)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arcbatt.dsl.grids import (
    bottomhalf,
    canvas,
    cellwise,
    cmirror,
    compress,
    crop,
    dmirror,
    downscale,
    hconcat,
    hmirror,
    hsplit,
    hupscale,
    index,
    lefthalf,
    replace,
    righthalf,
    rot90,
    rot180,
    rot270,
    subgrid,
    switch,
    tophalf,
    trim,
    upscale,
    vconcat,
    vmirror,
    vsplit,
    vupscale,
)
from arcbatt.dsl.patches import asobject, normalize, toindices

G23 = ((1, 2, 3), (4, 5, 6))
G34 = ((1, 2, 3, 4), (5, 6, 7, 8), (9, 0, 1, 2))

coords = st.integers(min_value=-5, max_value=8)
locations = st.tuples(coords, coords)
indices_st = st.frozensets(locations, min_size=1, max_size=12)
objects_st = st.frozensets(st.tuples(st.integers(0, 9), locations), min_size=1, max_size=12)
patches_st = st.one_of(indices_st, objects_st)


@st.composite
def grids(draw):
    h = draw(st.integers(1, 6))
    w = draw(st.integers(1, 6))
    return tuple(tuple(draw(st.integers(0, 9)) for _ in range(w)) for _ in range(h))


def is_grid(g):
    return isinstance(g, tuple) and all(isinstance(r, tuple) for r in g)


def test_rot90():
    assert rot90(((1, 2, 3),)) == ((1,), (2,), (3,))
    assert rot90(G23) == ((4, 1), (5, 2), (6, 3))
    assert rot90(()) == ()
    assert rot90(((), ())) == ()
    assert is_grid(rot90(G34))


def test_rot180():
    assert rot180(G23) == ((6, 5, 4), (3, 2, 1))
    assert rot180(()) == ()


def test_rot270():
    assert rot270(((1, 2, 3),)) == ((3,), (2,), (1,))
    assert rot270(G23) == ((3, 6), (2, 5), (1, 4))


@given(grids())
def test_rotation_properties(g):
    assert rot90(rot90(rot90(rot90(g)))) == g
    assert rot270(rot90(g)) == g and rot90(rot270(g)) == g
    assert rot90(rot90(g)) == rot180(g)
    assert rot270(g) == rot180(rot90(g))
    assert is_grid(rot90(g)) and is_grid(rot270(g)) and is_grid(rot180(g))


def test_hmirror():
    assert hmirror(G23) == ((4, 5, 6), (1, 2, 3))
    assert hmirror(frozenset({(1, 1), (2, 5), (4, 3)})) == {(4, 1), (3, 5), (1, 3)}
    assert hmirror(frozenset({(7, (0, 0)), (8, (2, 0))})) == {(7, (2, 0)), (8, (0, 0))}
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        hmirror(frozenset())


def test_vmirror():
    assert vmirror(G23) == ((3, 2, 1), (6, 5, 4))
    assert vmirror(frozenset({(1, 1), (2, 4)})) == {(1, 4), (2, 1)}
    assert vmirror(frozenset({(7, (5, 2)), (8, (5, 3))})) == {(7, (5, 3)), (8, (5, 2))}
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        vmirror(frozenset())


def test_dmirror():
    assert dmirror(G23) == ((1, 4), (2, 5), (3, 6))
    # patch anchored at its ulcorner (1, 2): (1, 2)->(1, 2); (1, 5)->(4, 2); (2, 2)->(1, 3)
    assert dmirror(frozenset({(1, 2), (1, 5), (2, 2)})) == {(1, 2), (4, 2), (1, 3)}
    assert dmirror(frozenset({(9, (1, 5))})) == {(9, (1, 5))}
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        dmirror(frozenset())


def test_cmirror():
    assert cmirror(G23) == ((6, 3), (5, 2), (4, 1))
    # bbox at (1, 2), H=2, W=4: relative (p, q) -> (W-1-q, H-1-p)
    patch = frozenset({(5, (1, 2)), (6, (2, 5))})
    assert cmirror(patch) == {(5, (1 + 3, 2 + 1)), (6, (1 + 0, 2 + 0))}
    assert cmirror(patch) == vmirror(dmirror(vmirror(patch)))
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        cmirror(frozenset())


@given(grids())
def test_mirror_grid_properties(g):
    for mirror in (hmirror, vmirror, dmirror, cmirror):
        assert mirror(mirror(g)) == g
    assert cmirror(g) == vmirror(dmirror(vmirror(g)))
    assert dmirror(g) == rot90(hmirror(g))


@given(patches_st)
def test_mirror_patch_properties(p):
    for mirror in (hmirror, vmirror, dmirror, cmirror):
        m = mirror(p)
        assert isinstance(m, frozenset) and mirror(m) == p and len(m) == len(p)
    assert cmirror(p) == vmirror(dmirror(vmirror(p)))


@given(grids())
def test_mirror_consistency_grid_vs_object(g):
    obj = asobject(g)
    assert asobject(hmirror(g)) == hmirror(obj)
    assert asobject(vmirror(g)) == vmirror(obj)
    assert asobject(dmirror(g)) == dmirror(obj)
    assert asobject(cmirror(g)) == cmirror(obj)


def test_crop():
    assert crop(G34, (1, 1), (2, 2)) == ((6, 7), (0, 1))
    assert crop(G34, (2, 2), (5, 5)) == ((1, 2),)  # overrun shrinks
    # negative starts count from the end (slice semantics), often giving empty results
    assert crop(G34, (-2, 0), (1, 2)) == ((5, 6),)
    assert crop(G34, (0, -3), (1, 2)) == ((2, 3),)
    assert crop(G34, (-1, 0), (2, 2)) == ()
    assert crop(G34, (0, -1), (1, 1)) == ((),)
    assert crop(G34, (3, 0), (1, 1)) == ()
    assert crop(G34, (0, 5), (2, 2)) == ((), ())
    assert crop(G34, (0, 0), (0, 3)) == ()


def test_subgrid():
    assert subgrid(frozenset({(0, 1), (1, 2)}), G34) == ((2, 3), (6, 7))
    assert subgrid(frozenset({(3, (2, 3))}), G34) == ((2,),)
    # patch sticking above the grid: negative start, slice [-1:1] is empty
    assert subgrid(frozenset({(-1, 0), (0, 0)}), G34) == ()
    assert subgrid(frozenset({(-2, 1), (-2, 2)}), G34) == ((6, 7),)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        subgrid(frozenset(), G34)


def test_hconcat():
    assert hconcat(G23, ((7,), (8,))) == ((1, 2, 3, 7), (4, 5, 6, 8))
    assert hconcat(G23, ((7,),)) == ((1, 2, 3, 7),)
    assert hconcat((), G23) == ()


def test_vconcat():
    assert vconcat(G23, ((7, 8, 9),)) == ((1, 2, 3), (4, 5, 6), (7, 8, 9))
    assert vconcat(G23, ()) == G23
    assert vconcat(((1,),), ((2, 3),)) == ((1,), (2, 3))


def test_hsplit():
    assert hsplit(G34, 2) == (((1, 2), (5, 6), (9, 0)), ((3, 4), (7, 8), (1, 2)))
    g7 = (tuple(range(7)),)
    assert hsplit(g7, 2) == (((0, 1, 2),), ((4, 5, 6),))
    g10 = (tuple(range(10)),)
    assert hsplit(g10, 3) == (((0, 1, 2),), ((4, 5, 6),), ((8, 9),))
    assert hsplit(G34, 1) == (G34,)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        hsplit(G34, 0)


def test_vsplit():
    g5 = tuple((i,) for i in range(5))
    assert vsplit(g5, 2) == (((0,), (1,)), ((3,), (4,)))
    assert vsplit(G34, 3) == (G34[0:1], G34[1:2], G34[2:3])
    g10 = tuple((i, i) for i in range(10))
    assert vsplit(g10, 3) == (g10[0:3], g10[4:7], g10[8:10])
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        vsplit(G34, 0)


def test_tophalf():
    assert tophalf(G34) == ((1, 2, 3, 4),)
    assert tophalf(G23) == ((1, 2, 3),)
    assert tophalf(((1,),)) == ()


def test_bottomhalf():
    assert bottomhalf(G34) == ((9, 0, 1, 2),)
    assert bottomhalf(G23) == ((4, 5, 6),)
    assert bottomhalf(((1,),)) == ()
    assert bottomhalf(()) == ()


def test_lefthalf():
    assert lefthalf(G34) == ((1, 2), (5, 6), (9, 0))
    assert lefthalf(G23) == ((1,), (4,))
    assert lefthalf(((1,), (2,))) == ()
    assert lefthalf(()) == ()


def test_righthalf():
    assert righthalf(G34) == ((3, 4), (7, 8), (1, 2))
    assert righthalf(G23) == ((3,), (6,))
    assert righthalf(((1,), (2,))) == ()


@given(grids())
def test_halves_property(g):
    h, w = len(g), len(g[0])
    if h % 2 == 0:
        assert tophalf(g) + bottomhalf(g) == g
    if w % 2 == 0 and w > 0:
        assert hconcat(lefthalf(g), righthalf(g)) == g


def test_trim():
    g = ((1, 2, 3), (4, 5, 6), (7, 8, 9))
    assert trim(g) == ((5,),)
    assert trim(G23) == ()
    assert trim(((1, 2), (3, 4), (5, 6))) == ((),)
    assert trim(G34) == ((6, 7),)


def test_compress():
    g = ((1, 7, 2), (7, 7, 7), (3, 7, 4))
    assert compress(g) == ((1, 2), (3, 4))
    g2 = ((1, 2, 7, 3), (4, 4, 4, 4), (5, 6, 7, 8))
    assert compress(g2) == ((1, 2, 7, 3), (5, 6, 7, 8))
    # uniformity is decided on the input only, so compress is not idempotent
    g3 = ((1, 2), (1, 3), (4, 4))
    assert compress(g3) == ((1, 2), (1, 3))
    assert compress(compress(g3)) == ((2,), (3,))
    assert compress(((1, 1), (2, 2))) == ()
    assert compress(((1, 2), (1, 2))) == ((), ())
    assert compress(G23) == G23


@given(grids())
def test_compress_property(g):
    c = compress(g)
    rows = [i for i, row in enumerate(g) if len(set(row)) != 1]
    cols = [j for j, col in enumerate(zip(*g, strict=False)) if len(set(col)) != 1]
    assert is_grid(c)
    assert c == tuple(tuple(g[i][j] for j in cols) for i in rows)
    if not rows or not cols:
        assert all(row == () for row in c)


def test_hupscale():
    assert hupscale(((1, 2),), 3) == ((1, 1, 1, 2, 2, 2),)
    assert hupscale(G23, 1) == G23


def test_vupscale():
    assert vupscale(((1, 2),), 2) == ((1, 2), (1, 2))
    assert vupscale(G23, 1) == G23


def test_upscale():
    assert upscale(((1, 2),), 2) == ((1, 1, 2, 2), (1, 1, 2, 2))
    obj = frozenset({(4, (1, 2))})
    assert upscale(obj, 2) == {(4, (1, 2)), (4, (1, 3)), (4, (2, 2)), (4, (2, 3))}
    obj2 = frozenset({(1, (3, 3)), (2, (4, 5))})
    up = upscale(obj2, 3)
    assert len(up) == 18 and (1, (3, 3)) in up and (2, (8, 11)) in up and (2, (6, 9)) in up
    assert upscale(frozenset(), 3) == frozenset()
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        upscale(frozenset({(0, 0), (1, 1)}), 2)


@given(grids(), st.integers(1, 3))
def test_upscale_downscale_property(g, k):
    up = upscale(g, k)
    assert len(up) == len(g) * k and len(up[0]) == len(g[0]) * k
    assert downscale(up, k) == g
    assert upscale(g, k) == vupscale(hupscale(g, k), k)
    obj = asobject(g)
    assert upscale(obj, k) == asobject(up)


def test_downscale():
    g = ((1, 1, 2, 2), (1, 3, 2, 2), (4, 4, 5, 5), (4, 4, 5, 6))
    assert downscale(g, 2) == ((1, 2), (4, 5))
    # non-divisible: ceil(h/f) x ceil(w/f)
    assert downscale(G34, 2) == ((1, 3), (9, 1))
    assert downscale(G23, 3) == ((1,),)
    assert downscale(G23, 1) == G23
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        downscale(G23, 0)


def test_canvas():
    assert canvas(3, (2, 3)) == ((3, 3, 3), (3, 3, 3))
    assert canvas(3, (0, 3)) == ()
    assert canvas(3, (2, 0)) == ((), ())
    assert is_grid(canvas(0, (1, 1)))


def test_index():
    assert index(G23, (1, 2)) == 6
    assert index(G23, (0, 0)) == 1
    assert index(G23, (2, 0)) is None
    assert index(G23, (0, 3)) is None
    assert index(G23, (-1, 0)) is None
    assert index(G23, (0, -1)) is None


def test_cellwise():
    b = ((1, 0, 3, 9), (4, 5, 0, 9), (9, 9, 9, 9))
    assert cellwise(G23, b, 7) == ((1, 7, 3), (4, 5, 7))
    assert cellwise(G23, G23, 0) == G23
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        cellwise(G23, ((1, 2),), 0)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        cellwise(G23, ((1, 2), (4, 5)), 0)


def test_replace():
    assert replace(((1, 2, 1),), 1, 5) == ((5, 2, 5),)
    assert replace(G23, 9, 0) == G23
    assert is_grid(replace(G23, 1, 0))


def test_switch():
    assert switch(((1, 2, 3, 1),), 1, 3) == ((3, 2, 1, 3),)
    assert switch(G23, 2, 2) == G23
    assert switch(G23, 2, 9) == ((1, 9, 3), (4, 5, 6))


def bbox(p):
    locs = toindices(p)
    rows = [i for i, _ in locs]
    cols = [j for _, j in locs]
    return min(rows), min(cols), max(rows), max(cols)


@given(patches_st)
def test_mirror_patch_bbox_property(p):
    t, l, b, r = bbox(p)
    assert bbox(hmirror(p)) == (t, l, b, r)
    assert bbox(vmirror(p)) == (t, l, b, r)
    assert bbox(dmirror(p)) == (t, l, t + r - l, l + b - t)
    assert bbox(cmirror(p)) == (t, l, t + r - l, l + b - t)
    assert normalize(dmirror(p)) == dmirror(normalize(p))
