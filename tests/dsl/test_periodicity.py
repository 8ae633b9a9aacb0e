"""Tests of object periodicity (spec §4.11)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arcbatt.dsl.patches import shift
from arcbatt.dsl.periodicity import hperiod, vperiod


def row(*colours, r=0, c=0):
    return frozenset((v, (r, c + j)) for j, v in enumerate(colours))


def col(*colours, r=0, c=0):
    return frozenset((v, (r + i, c)) for i, v in enumerate(colours))


def test_hperiod():
    assert hperiod(row(5, 6, 5)) == 2
    assert hperiod(row(1, 2, 3, 1, 2, 3, 1)) == 3
    assert hperiod(row(4, 4, 4)) == 1
    assert hperiod(row(1, 2, 3)) == 3
    assert hperiod(row(7)) == 1
    # position does not matter (normalized first)
    assert hperiod(row(5, 6, 5, r=4, c=-3)) == 2
    # holes are allowed: cells that shift onto a hole need no partner
    holed = frozenset({(1, (0, 0)), (1, (0, 2))})
    assert hperiod(holed) == 2
    ragged = frozenset({(1, (0, 0)), (1, (0, 1)), (1, (1, 0))})
    assert hperiod(ragged) == 1
    assert hperiod(frozenset()) == 0
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        hperiod(frozenset({(0, 0), (0, 1)}))


def test_vperiod():
    assert vperiod(col(5, 6, 5)) == 2
    assert vperiod(col(1, 2, 1, 2)) == 2
    assert vperiod(col(1, 2, 3, 4)) == 4
    assert vperiod(row(1, 2, 3)) == 1
    two_rows = row(1, 2) | row(3, 4, r=1)
    assert vperiod(two_rows) == 2
    assert vperiod(frozenset()) == 0
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        vperiod(frozenset({(0, 0), (1, 0)}))


@given(
    st.lists(st.integers(0, 3), min_size=1, max_size=4),
    st.integers(1, 4),
    st.integers(-3, 3),
)
def test_period_of_repeated_pattern(unit, reps, offset):
    obj = shift(row(*(unit * reps)), (offset, offset))
    p = hperiod(obj)
    assert 1 <= p <= len(unit)
    assert len(unit) % p == 0 or reps == 1
    transposed = frozenset((v, (j, i)) for v, (i, j) in obj)
    assert vperiod(transposed) == p
