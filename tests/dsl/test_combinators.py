"""Higher-order combinators (spec §4.3), including the arity of the closures."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arcbatt.dsl.combinators as combinators_module
from arcbatt.dsl import (
    add,
    apply,
    astuple,
    branch,
    chain,
    compose,
    double,
    equality,
    first,
    fork,
    identity,
    increment,
    initset,
    invert,
    lbind,
    mapply,
    matcher,
    mpapply,
    multiply,
    papply,
    power,
    prapply,
    rapply,
    rbind,
    subtract,
)


def arity(f) -> int:
    return f.__code__.co_argcount


def four(a, b, c, d):
    return (a, b, c, d)


def test_module_exports_spec_order() -> None:
    assert combinators_module.__all__ == [
        "compose", "chain", "matcher", "rbind", "lbind", "power", "fork", "apply", "rapply",
        "mapply", "papply", "mpapply", "prapply",
    ]


def test_compose() -> None:
    f = compose(double, increment)
    assert f(3) == 8
    assert arity(f) == 1
    assert compose(first, first)(((7, 8),)) == 7


def test_chain() -> None:
    f = chain(invert, double, increment)  # increment first, invert last
    assert f(3) == -8
    assert arity(f) == 1


def test_matcher() -> None:
    is_two = matcher(len, 2)
    assert is_two((1, 2)) is True
    assert is_two(()) is False
    assert arity(is_two) == 1


def test_rbind() -> None:
    minus_three = rbind(subtract, 3)
    assert arity(minus_three) == 1 and minus_three(10) == 7
    pick = rbind(branch, "no")
    assert arity(pick) == 2 and pick(True, "yes") == "yes" and pick(False, "yes") == "no"
    g = rbind(four, "d")
    assert arity(g) == 3 and g("a", "b", "c") == ("a", "b", "c", "d")
    # binding twice: ternary -> binary -> unary
    once = rbind(pick, "yes")
    assert arity(once) == 1 and once(False) == "no"
    # a unary function yields a ternary closure that fails when called
    bad = rbind(increment, 1)
    assert arity(bad) == 3
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        bad(1, 2, 3)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        rbind(len, 1)  # builtins carry no code object


def test_lbind() -> None:
    ten_minus = lbind(subtract, 10)
    assert arity(ten_minus) == 1 and ten_minus(3) == 7
    g = lbind(branch, False)
    assert arity(g) == 2 and g(1, 2) == 2
    h = lbind(four, "a")
    assert arity(h) == 3 and h("b", "c", "d") == ("a", "b", "c", "d")
    # binding a binder: lbind(lbind, f) maps y to lbind(f, y)
    binder = lbind(lbind, add)
    assert arity(binder) == 1
    add5 = binder(5)
    assert arity(add5) == 1 and add5(2) == 7
    rb = lbind(rbind, subtract)
    assert rb(1)(10) == 9
    assert arity(lbind(compose(double, double), 1)) == 3


def test_power() -> None:
    assert power(increment, 1) is increment
    assert power(subtract, 1) is subtract  # arity preserved for n = 1
    f = power(double, 3)
    assert arity(f) == 1 and f(1) == 8
    assert power(compose(increment, double), 2)(1) == 7
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        power(double, 0)(1)
    with pytest.raises(Exception):  # noqa: B017 - any error type is fine (spec §2.4)
        power(double, -1)(1)


def test_fork() -> None:
    f = fork(add, double, increment)
    assert f(5) == 16
    assert arity(f) == 1
    g = fork(astuple, identity, invert)
    assert g(3) == (3, -3)


def test_apply() -> None:
    assert apply(double, (1, 2, 1)) == (2, 4, 2)
    shrunk = apply(abs, frozenset({-1, 1, 2}))
    assert shrunk == frozenset({1, 2}) and isinstance(shrunk, frozenset)
    assert apply(first, ((1, 2), (3, 4))) == (1, 3)
    assert apply(double, ()) == ()
    assert isinstance(apply(double, frozenset()), frozenset)


def test_rapply() -> None:
    assert rapply((double, invert), 3) == (6, -3)
    assert rapply(frozenset({double, increment}), 1) == frozenset({2})
    assert rapply((), 1) == ()


def test_mapply() -> None:
    assert mapply(initset, (1, 2, 1)) == (1, 2, 1)
    objs = frozenset({frozenset({(1, (0, 0))}), frozenset({(2, (3, 3))})})
    result = mapply(shift_down, objs)
    assert result == frozenset({(1, (1, 0)), (2, (4, 3))})
    assert isinstance(result, frozenset)
    assert mapply(lambda t: t * 2, ((1,), (2, 3))) == (1, 1, 2, 3, 2, 3)


def shift_down(obj):
    return frozenset((v, (i + 1, j)) for v, (i, j) in obj)


def test_papply() -> None:
    assert papply(add, (1, 2, 3), (10, 20)) == (11, 22)
    assert papply(astuple, (), (1,)) == ()
    assert isinstance(papply(equality, (1,), (1,)), tuple)


def test_mpapply() -> None:
    result = mpapply(lambda a, b: frozenset({(a, b)}), (1, 2), (3, 4))
    assert result == ((1, 3), (2, 4)) and isinstance(result, tuple)
    doubled = mpapply(lambda a, b: (a, b, a), (1, 2), (3, 3))
    assert doubled == (1, 3, 1, 2, 3, 2)
    assert mpapply(astuple, (), ()) == ()


def test_prapply() -> None:
    result = prapply(multiply, (1, 2), (3, 4))
    assert result == frozenset({3, 4, 6, 8}) and isinstance(result, frozenset)
    calls: list = []
    prapply(lambda a, b: calls.append((a, b)), (1, 2), (7, 8))
    assert calls == [(1, 7), (2, 7), (1, 8), (2, 8)]  # b drives the outer loop
    assert prapply(add, (), (1,)) == frozenset()


@given(st.integers(-50, 50), st.integers(1, 8))
def test_power_equals_repeated_application(x, n) -> None:
    expected = x
    for _ in range(n):
        expected = expected * 2 + 1
    step = compose(increment, double)
    assert power(step, n)(x) == expected


@given(st.lists(st.integers(-20, 20), max_size=10).map(tuple))
def test_apply_and_binding_agree(t) -> None:
    assert apply(rbind(add, 3), t) == tuple(x + 3 for x in t)
    assert apply(lbind(subtract, 3), t) == tuple(3 - x for x in t)
    assert papply(add, t, t) == apply(double, t)
    assert apply(chain(increment, double, invert), t) == tuple(1 - 2 * x for x in t)
    assert apply(fork(add, identity, identity), t) == apply(double, t)
    assert size_of(apply(abs, frozenset(t))) == len({abs(x) for x in t})


def size_of(container) -> int:
    return len(container)
