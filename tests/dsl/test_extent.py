"""Size, extent and reference points (spec §4.5)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arcbatt.dsl.extent as extent_module
from arcbatt.dsl import (
    center,
    centerofmass,
    height,
    hline,
    leftmost,
    llcorner,
    lowermost,
    lrcorner,
    portrait,
    rightmost,
    shape,
    square,
    ulcorner,
    uppermost,
    urcorner,
    vline,
    width,
)

EMPTY = frozenset()
GRID = ((1, 2, 3), (4, 5, 6))
# bbox rows 1..3, cols 2..6 (with gaps)
IND = frozenset({(1, 2), (3, 6), (2, 4)})
OBJ = frozenset({(5, (1, 2)), (6, (3, 6)), (7, (2, 4))})

locations = st.tuples(st.integers(-15, 15), st.integers(-15, 15))
index_sets = st.frozensets(locations, min_size=1, max_size=12)


def test_module_exports_spec_order() -> None:
    assert extent_module.__all__ == [
        "height", "width", "shape", "portrait", "square", "vline", "hline", "ulcorner",
        "urcorner", "llcorner", "lrcorner", "uppermost", "lowermost", "leftmost", "rightmost",
        "center", "centerofmass",
    ]


def test_height() -> None:
    assert height(GRID) == 2
    assert height(()) == 0
    assert height(EMPTY) == 0
    assert height(IND) == 3
    assert height(OBJ) == 3
    assert height(frozenset({(-2, 0)})) == 1


def test_width() -> None:
    assert width(GRID) == 3
    assert width(()) == 0
    assert width(((),)) == 0
    assert width(EMPTY) == 0
    assert width(IND) == 5
    assert width(OBJ) == 5


def test_shape() -> None:
    assert shape(GRID) == (2, 3)
    assert shape(()) == (0, 0)
    assert shape(IND) == (3, 5)
    assert shape(OBJ) == (3, 5)
    assert isinstance(shape(EMPTY), tuple) and shape(EMPTY) == (0, 0)


def test_portrait() -> None:
    assert portrait(((1,), (2,))) is True
    assert portrait(GRID) is False
    assert portrait(frozenset({(0, 0), (1, 0)})) is True
    assert portrait(frozenset({(0, 0)})) is False
    assert portrait(EMPTY) is False


def test_square() -> None:
    assert square(((1, 2), (3, 4))) is True
    assert square(GRID) is False
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        square(())
    assert square(EMPTY) is True
    full = frozenset({(0, 0), (0, 1), (1, 0), (1, 1)})
    assert square(full) is True
    assert square(full - {(1, 1)}) is False  # bbox square but not filled
    assert square(frozenset({(0, 0), (0, 1)})) is False
    assert square(frozenset({(9, (4, 4))})) is True


def test_vline() -> None:
    assert vline(frozenset({(0, 3), (1, 3), (2, 3)})) is True
    assert vline(frozenset({(0, 3), (2, 3)})) is False  # gap
    assert vline(frozenset({(4, (7, 7))})) is True
    assert vline(EMPTY) is False
    assert vline(((1,), (2,), (3,))) is True
    assert vline(GRID) is False


def test_hline() -> None:
    assert hline(frozenset({(2, 0), (2, 1)})) is True
    assert hline(frozenset({(2, 0), (2, 2)})) is False
    assert hline(frozenset({(1, (0, 0)), (1, (0, 1)), (1, (0, 2))})) is True
    assert hline(EMPTY) is False
    assert hline(((1, 2, 3),)) is False  # grid quirk: only 1x1 grids qualify
    assert hline(((1,),)) is True


def test_ulcorner() -> None:
    assert ulcorner(IND) == (1, 2)
    assert ulcorner(OBJ) == (1, 2)
    assert ulcorner(frozenset({(0, 5), (5, 0)})) == (0, 0)  # need not be in the patch
    assert ulcorner(EMPTY) == ()


def test_urcorner() -> None:
    assert urcorner(IND) == (1, 6)
    assert urcorner(OBJ) == (1, 6)
    assert urcorner(EMPTY) == ()


def test_llcorner() -> None:
    assert llcorner(IND) == (3, 2)
    assert llcorner(OBJ) == (3, 2)
    assert llcorner(EMPTY) == ()


def test_lrcorner() -> None:
    assert lrcorner(IND) == (3, 6)
    assert lrcorner(OBJ) == (3, 6)
    assert lrcorner(frozenset({(-3, -4)})) == (-3, -4)
    assert lrcorner(EMPTY) == ()


def test_uppermost() -> None:
    assert uppermost(IND) == 1
    assert uppermost(OBJ) == 1
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        uppermost(EMPTY)


def test_lowermost() -> None:
    assert lowermost(IND) == 3
    assert lowermost(OBJ) == 3
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        lowermost(EMPTY)


def test_leftmost() -> None:
    assert leftmost(IND) == 2
    assert leftmost(OBJ) == 2
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        leftmost(EMPTY)


def test_rightmost() -> None:
    assert rightmost(IND) == 6
    assert rightmost(OBJ) == 6
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        rightmost(EMPTY)


def test_center() -> None:
    assert center(IND) == (2, 4)
    assert center(OBJ) == (2, 4)
    assert center(frozenset({(0, 0), (0, 3)})) == (0, 2)  # even width 4 -> column 2
    assert center(frozenset({(-3, -3), (-2, -2)})) == (-2, -2)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        center(EMPTY)


def test_centerofmass() -> None:
    assert centerofmass(frozenset({(0, 0), (2, 4)})) == (1, 2)
    assert centerofmass(frozenset({(-1, 0), (0, 0)})) == (-1, 0)  # floors
    assert centerofmass(frozenset({(1, (0, 0)), (1, (1, 3))})) == (0, 1)
    # two colours at one location: sum over distinct locations, divide by element count
    malformed = frozenset({(1, (2, 2)), (2, (2, 2))})
    assert centerofmass(malformed) == (1, 1)
    # a tuple of locations keeps its duplicates
    assert centerofmass(((2, 2), (2, 2))) == (2, 2)
    assert centerofmass(EMPTY) == ()


@given(index_sets, st.integers(0, 9))
def test_extent_invariants(indices, colour) -> None:
    obj = frozenset((colour, loc) for loc in indices)
    rows = [i for i, _ in indices]
    cols = [j for _, j in indices]
    for patch in (indices, obj):
        assert shape(patch) == (height(patch), width(patch))
        assert height(patch) == lowermost(patch) - uppermost(patch) + 1
        assert width(patch) == rightmost(patch) - leftmost(patch) + 1
        assert ulcorner(patch) == (min(rows), min(cols))
        assert urcorner(patch) == (min(rows), max(cols))
        assert llcorner(patch) == (max(rows), min(cols))
        assert lrcorner(patch) == (max(rows), max(cols))
        ci, cj = center(patch)
        assert uppermost(patch) <= ci <= lowermost(patch)
        assert leftmost(patch) <= cj <= rightmost(patch)
        mi, mj = centerofmass(patch)
        assert min(rows) <= mi <= max(rows) and min(cols) <= mj <= max(cols)
        assert portrait(patch) == (height(patch) > width(patch))
        assert square(patch) == (len(indices) == height(patch) ** 2 == width(patch) ** 2)
        assert vline(patch) == (len(set(cols)) == 1 and len(indices) == height(patch))


@given(st.integers(1, 6), st.integers(1, 6))
def test_grid_shape_matches_dimensions(h, w) -> None:
    grid = tuple(tuple(range(w)) for _ in range(h))
    assert shape(grid) == (h, w)
    assert square(grid) == (h == w)
    assert portrait(grid) == (h > w)
    assert vline(grid) == (w == 1)
    assert hline(grid) == (h == 1 and w == 1)
