"""Generic container primitives (spec §4.2)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arcbatt.dsl.containers as containers_module
from arcbatt.dsl import (
    argmax,
    argmin,
    combine,
    contained,
    dedupe,
    difference,
    extract,
    first,
    initset,
    insert,
    intersection,
    interval,
    last,
    leastcommon,
    maximum,
    merge,
    mfilter,
    minimum,
    mostcommon,
    order,
    other,
    pair,
    product,
    remove,
    repeat,
    sfilter,
    size,
    totuple,
    valmax,
    valmin,
)

GRID = ((1, 2), (3, 4))
small_ints = st.integers(min_value=-20, max_value=20)
int_tuples = st.lists(small_ints, max_size=12).map(tuple)


def test_module_exports_spec_order() -> None:
    assert containers_module.__all__ == [
        "contained", "combine", "intersection", "difference", "dedupe", "order", "repeat",
        "size", "merge", "maximum", "minimum", "valmax", "valmin", "argmax", "argmin",
        "mostcommon", "leastcommon", "initset", "sfilter", "mfilter", "extract", "totuple",
        "first", "last", "insert", "remove", "other", "interval", "product", "pair",
    ]


def test_contained() -> None:
    assert contained(2, (1, 2)) is True
    assert contained(3, frozenset({1, 2})) is False
    assert contained((3, 4), GRID) is True
    assert contained(3, GRID) is False


def test_combine() -> None:
    assert combine((1, 2), (2,)) == (1, 2, 2)
    assert combine(frozenset({1, 2}), frozenset({2, 3})) == frozenset({1, 2, 3})
    mixed = combine((0,), frozenset({5}))
    assert mixed == (0, 5) and isinstance(mixed, tuple)
    assert isinstance(combine(frozenset(), (1, 1)), frozenset)
    assert combine(GRID, ((5, 6),)) == ((1, 2), (3, 4), (5, 6))


def test_intersection() -> None:
    assert intersection(frozenset({1, 2, 3}), frozenset({2, 3, 4})) == frozenset({2, 3})
    assert intersection(frozenset({1}), frozenset()) == frozenset()
    assert isinstance(intersection(frozenset({1}), frozenset({1})), frozenset)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        intersection((1, 2), (2, 3))


def test_difference() -> None:
    assert difference(frozenset({1, 2, 3}), frozenset({2})) == frozenset({1, 3})
    assert difference((3, 1, 3, 2), (1,)) == (3, 3, 2)
    assert difference((3, 1), frozenset({3})) == (1,)
    assert isinstance(difference(frozenset({1}), (1,)), frozenset)


def test_dedupe() -> None:
    assert dedupe((4, 4, 1, 4, 2)) == (4, 1, 2)
    assert dedupe(()) == ()
    assert dedupe(((1,), (1,), (2,))) == ((1,), (2,))
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        dedupe(5)


def test_order() -> None:
    assert order((3, -1, 2), identity_key) == (-1, 2, 3)
    assert order(frozenset(), identity_key) == ()
    words = ("bb", "a", "cc", "d")
    assert order(words, len) == ("a", "d", "bb", "cc")  # stable ties
    result = order(frozenset({(1, 5), (0, 7)}), last)
    assert result == ((1, 5), (0, 7)) and isinstance(result, tuple)


def identity_key(x):
    return x


def test_repeat() -> None:
    assert repeat(7, 3) == (7, 7, 7)
    assert repeat((1, 2), 2) == ((1, 2), (1, 2))
    assert repeat(7, 0) == ()
    assert repeat(7, -2) == ()


def test_size() -> None:
    assert size(()) == 0
    assert size(frozenset({1, 2, 3})) == 3
    assert size(((1, 2, 3),)) == 1


def test_merge() -> None:
    objs = frozenset({frozenset({(1, (0, 0))}), frozenset({(2, (0, 1)), (1, (0, 0))})})
    assert merge(objs) == frozenset({(1, (0, 0)), (2, (0, 1))})
    assert merge(((1, 2), (2,), ())) == (1, 2, 2)
    grids = (((1,),), ((2,), (3,)))
    assert merge(grids) == ((1,), (2,), (3,))
    assert merge(()) == () and merge(frozenset()) == frozenset()
    assert isinstance(merge(frozenset()), frozenset)


def test_maximum() -> None:
    assert maximum(frozenset({3, -1, 7})) == 7
    assert maximum(frozenset()) == 0
    assert maximum((-5, -2)) == -2


def test_minimum() -> None:
    assert minimum(frozenset({3, -1, 7})) == -1
    assert minimum(()) == 0
    assert minimum((5, 2)) == 2


def test_valmax() -> None:
    assert valmax(("aaa", "b", "cc"), len) == 3
    assert valmax((), increment_key) == 1
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        valmax(frozenset(), len)


def increment_key(x):
    return x + 1


def test_valmin() -> None:
    assert valmin(("aaa", "b", "cc"), len) == 1
    assert valmin(frozenset(), increment_key) == 1


def test_argmax() -> None:
    assert argmax(("bb", "a", "cc"), len) == "bb"  # first of the tied maxima
    assert argmax((1, -3, 2), abs) == -3
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        argmax((), len)


def test_argmin() -> None:
    assert argmin(("bb", "a", "c"), len) == "a"
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        argmin(frozenset(), len)


def test_mostcommon() -> None:
    assert mostcommon((3, 8, 3, 8)) == 8  # colour-set order: 8 sits in slot 0
    assert mostcommon((2, 3, 3, 2)) == 2
    assert mostcommon((5, 1, 1)) == 1
    assert mostcommon(((1,), (2,), (2,))) == (2,)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        mostcommon(())
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        mostcommon(frozenset({1, 2}))


def test_leastcommon() -> None:
    assert leastcommon((3, 8, 3, 8)) == 8
    assert leastcommon((5, 1, 1)) == 5
    assert leastcommon((9, 3)) == 9  # {9, 3} iterates as 9, 3
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        leastcommon(())


def test_initset() -> None:
    assert initset(5) == frozenset({5})
    assert initset((1, 2)) == frozenset({(1, 2)})
    assert isinstance(initset(0), frozenset)


def test_sfilter() -> None:
    assert sfilter((3, -1, 4, -2), is_positive) == (3, 4)
    assert sfilter(frozenset({3, -1}), is_positive) == frozenset({3})
    assert isinstance(sfilter(frozenset(), is_positive), frozenset)
    assert sfilter((), is_positive) == ()


def is_positive(x):
    return x > 0


def test_mfilter() -> None:
    a = frozenset({(1, (0, 0)), (1, (0, 1))})
    b = frozenset({(2, (5, 5))})
    result = mfilter(frozenset({a, b}), lambda o: len(o) == 2)
    assert result == a and isinstance(result, frozenset)
    assert mfilter(((1, 2), (), (3,)), bool) == (1, 2, 3)
    assert mfilter(frozenset(), bool) == frozenset()


def test_extract() -> None:
    assert extract((1, 4, 6), lambda x: x % 2 == 0) == 4
    assert extract(frozenset({7}), is_positive) == 7
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        extract((1, 3), lambda x: x % 2 == 0)


def test_totuple() -> None:
    s = frozenset({(1, 2), (0, 3)})
    t = totuple(s)
    assert isinstance(t, tuple) and t == tuple(s)
    assert totuple(frozenset()) == ()


def test_first() -> None:
    assert first((5, 6)) == 5
    assert first(GRID) == (1, 2)
    s = frozenset({4, 2, 9})
    assert first(s) == next(iter(s))
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        first(())
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        first(frozenset())


def test_last() -> None:
    assert last((5, 6)) == 6
    assert last(GRID) == (3, 4)
    s = frozenset({4, 2, 9})
    assert last(s) == list(s)[-1]
    assert last(frozenset({(0, 1), (2, 3)})) == list(frozenset({(0, 1), (2, 3)}))[-1]
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        last(())
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        last(frozenset())


def test_insert() -> None:
    assert insert(3, frozenset({1})) == frozenset({1, 3})
    assert insert(1, frozenset({1})) == frozenset({1})
    assert isinstance(insert(1, frozenset()), frozenset)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        insert(3, (1, 2))


def test_remove() -> None:
    assert remove(2, (2, 5, 2, 7)) == (5, 7)
    assert remove(9, (1,)) == (1,)
    assert remove(1, frozenset({1, 2})) == frozenset({2})
    assert isinstance(remove(1, frozenset({1})), frozenset)


def test_other() -> None:
    assert other((3, 8), 3) == 8
    assert other(frozenset({3, 8}), 8) == 3
    assert other((3, 3, 8), 3) == 8
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        other((3, 3), 3)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        other(frozenset(), 1)


def test_interval() -> None:
    assert interval(0, 4, 1) == (0, 1, 2, 3)
    assert interval(6, 0, -3) == (6, 3)
    assert interval(3, 3, 1) == ()
    assert interval(5, 0, 1) == ()
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        interval(0, 3, 0)


def test_product() -> None:
    result = product((1, 2), (7, 8))
    assert result == frozenset({(1, 7), (2, 7), (1, 8), (2, 8)})
    assert isinstance(result, frozenset)
    assert product((), (1,)) == frozenset()
    assert product(frozenset({1}), ()) == frozenset()
    assert product((1, 1), (2,)) == frozenset({(1, 2)})


def test_pair() -> None:
    assert pair((1, 2, 3), (7, 8)) == ((1, 7), (2, 8))
    assert pair((), (1,)) == ()
    s = frozenset({1, 2})
    assert pair(s, (5, 6)) == tuple(zip(tuple(s), (5, 6), strict=True))


@given(int_tuples)
def test_order_is_sorted_permutation(t) -> None:
    result = order(t, identity_key)
    assert list(result) == sorted(t)
    assert sorted(order(t, abs), key=abs) == list(order(t, abs))
    assert sorted(result) == sorted(t)


@given(st.lists(int_tuples, max_size=6).map(tuple))
def test_merge_of_tuples_is_concatenation(parts) -> None:
    assert merge(parts) == sum(parts, ())
    assert size(merge(parts)) == sum(size(p) for p in parts)


@given(int_tuples)
def test_dedupe_keeps_first_occurrences(t) -> None:
    d = dedupe(t)
    assert len(d) == len(set(t))
    assert [t.index(x) for x in d] == sorted(t.index(x) for x in d)
    assert all(remove(x, t) == tuple(y for y in t if y != x) for x in d)


@given(int_tuples)
def test_extremes_and_counts_agree(t) -> None:
    assert maximum(t) == (max(t) if t else 0)
    assert minimum(t) == (min(t) if t else 0)
    if t:
        assert t.count(mostcommon(t)) == max(t.count(x) for x in t)
        assert t.count(leastcommon(t)) == min(t.count(x) for x in t)
        assert valmax(t, abs) == abs(argmax(t, abs))
        assert valmin(t, abs) == abs(argmin(t, abs))
        assert first(t) == t[0] and last(t) == t[-1]


@given(int_tuples, int_tuples)
def test_combine_and_difference(a, b) -> None:
    assert combine(a, b) == a + b
    fa, fb = frozenset(a), frozenset(b)
    assert combine(fa, fb) == fa | fb
    assert difference(fa, fb) == fa - fb
    assert intersection(fa, fb) == fa & fb
    assert size(product(fa, fb)) == len(fa) * len(fb)
