"""Scalars, vectors and logic primitives (spec §4.1)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arcbatt.dsl.arith as arith_module
from arcbatt.dsl import (
    add,
    astuple,
    both,
    branch,
    crement,
    decrement,
    divide,
    double,
    either,
    equality,
    even,
    flip,
    greater,
    halve,
    identity,
    increment,
    invert,
    multiply,
    positive,
    sign,
    subtract,
    toivec,
    tojvec,
)

ints = st.integers(min_value=-1000, max_value=1000)
pairs = st.tuples(ints, ints)
numericals = st.one_of(ints, pairs)


def test_module_exports_spec_order() -> None:
    assert arith_module.__all__ == [
        "identity", "add", "subtract", "multiply", "divide", "invert", "even", "double",
        "halve", "flip", "equality", "greater", "both", "either", "increment", "decrement",
        "crement", "sign", "positive", "toivec", "tojvec", "astuple", "branch",
    ]


def test_identity() -> None:
    obj = frozenset({(3, (0, 1))})
    assert identity(obj) is obj
    assert identity(None) is None


def test_add() -> None:
    assert add(3, 4) == 7
    assert add((1, 2), (10, 20)) == (11, 22)
    assert add(2, (5, -1)) == (7, 1)
    assert add((5, -1), 2) == (7, 1)
    assert add(True, 1) == 2
    assert isinstance(add(3, 4), int)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        add(None, 1)


def test_subtract() -> None:
    assert subtract(3, 10) == -7
    assert subtract((4, 4), (1, 6)) == (3, -2)
    assert subtract(10, (3, 4)) == (7, 6)
    assert subtract((3, 4), 10) == (-7, -6)


def test_multiply() -> None:
    assert multiply(-3, 5) == -15
    assert multiply((2, -3), 4) == (8, -12)
    assert multiply(4, (2, -3)) == (8, -12)
    assert multiply((2, 3), (4, 5)) == (8, 15)


def test_divide() -> None:
    assert divide(-7, 2) == -4
    assert divide(7, 2) == 3
    assert divide((9, 5), 2) == (4, 2)
    assert divide(9, (2, 4)) == (4, 2)
    assert divide((9, -5), (3, 2)) == (3, -3)
    with pytest.raises(ZeroDivisionError):
        divide(1, 0)
    with pytest.raises(ZeroDivisionError):
        divide((1, 1), (1, 0))


def test_invert() -> None:
    assert invert(5) == -5
    assert invert(0) == 0
    assert invert((2, -3)) == (-2, 3)


def test_even() -> None:
    assert even(0) is True
    assert even(-4) is True
    assert even(7) is False
    assert even(-3) is False


def test_double() -> None:
    assert double(-6) == -12
    assert double((1, -2)) == (2, -4)


def test_halve() -> None:
    assert halve(7) == 3
    assert halve(-3) == -2
    assert halve((5, -5)) == (2, -3)


def test_flip() -> None:
    assert flip(True) is False
    assert flip(False) is True
    assert flip(0) is True
    assert flip((1,)) is False


def test_equality() -> None:
    assert equality((1, 2), (1, 2)) is True
    assert equality((1, 2), frozenset({1, 2})) is False
    assert equality(frozenset({1, 2}), frozenset({2, 1})) is True
    assert equality(1, True) is True


def test_greater() -> None:
    assert greater(3, 2) is True
    assert greater(2, 2) is False
    assert greater((1, 5), (1, 4)) is True
    assert greater((0, 9), (1, 0)) is False


def test_both() -> None:
    assert both(True, True) is True
    assert both(True, False) is False
    assert both(0, 5) == 0
    assert both(3, 5) == 5
    empty = ()
    assert both(empty, 5) is empty


def test_either() -> None:
    assert either(False, False) is False
    assert either(False, True) is True
    assert either(3, 5) == 3
    assert either(0, 5) == 5
    assert either((), 0) == 0


def test_increment() -> None:
    assert increment(-1) == 0
    assert increment((0, 9)) == (1, 10)


def test_decrement() -> None:
    assert decrement(0) == -1
    assert decrement((0, 9)) == (-1, 8)


def test_crement() -> None:
    assert crement(0) == 0
    assert crement(4) == 5
    assert crement(-4) == -5
    assert crement((-2, 0)) == (-3, 0)
    assert crement((3, -1)) == (4, -2)


def test_sign() -> None:
    assert sign(0) == 0
    assert sign(17) == 1
    assert sign(-2) == -1
    assert sign((-5, 7)) == (-1, 1)
    assert sign((0, -3)) == (0, -1)


def test_positive() -> None:
    assert positive(1) is True
    assert positive(0) is False
    assert positive(-1) is False


def test_toivec() -> None:
    assert toivec(3) == (3, 0)
    assert toivec(-1) == (-1, 0)


def test_tojvec() -> None:
    assert tojvec(3) == (0, 3)
    assert tojvec(-1) == (0, -1)


def test_astuple() -> None:
    assert astuple(2, 5) == (2, 5)
    pair = astuple(flip, identity)
    assert pair == (flip, identity)
    assert isinstance(pair, tuple)


def test_branch() -> None:
    assert branch(True, "a", "b") == "a"
    assert branch(False, "a", "b") == "b"
    assert branch(0, 1, 2) == 2
    assert branch((0,), 1, 2) == 1


@given(numericals, numericals)
def test_add_subtract_are_inverse(a, b) -> None:
    broadcast = isinstance(a, int) and isinstance(b, tuple)  # an int a comes back as (a, a)
    assert subtract(add(a, b), b) == ((a, a) if broadcast else a)
    assert add(a, b) == add(b, a)


@given(numericals)
def test_double_then_halve_roundtrips(n) -> None:
    assert halve(double(n)) == n
    assert double(n) == add(n, n)


@given(numericals)
def test_increment_decrement_invert(n) -> None:
    assert decrement(increment(n)) == n
    assert invert(invert(n)) == n
    assert add(n, invert(n)) == (0 if isinstance(n, int) else (0, 0))


@given(ints)
def test_crement_and_sign_relations(x) -> None:
    assert crement(x) == x + sign(x)
    assert sign(crement(x)) == sign(x)
    assert abs(crement(x)) == (abs(x) + 1 if x else 0)
    assert positive(x) == (sign(x) == 1)
    assert even(x) == even(double(x) // 2) == (x % 2 == 0)


@given(ints, st.integers(min_value=1, max_value=50))
def test_divide_is_floor_division(a, b) -> None:
    q = divide(a, b)
    assert q * b <= a < (q + 1) * b
