"""Higher-order combinators (spec §4.3).

Solver programs contain no lambdas, so functions are built from primitives with these
combinators. The positional arity of every returned closure is part of the contract:
``rbind``/``lbind`` read it from the function's code object to decide what to return.
"""

import itertools

from arcbatt.dsl.types import (
    Any,
    Callable,
    Container,
    ContainerContainer,
    FrozenSet,
    Integer,
    Tuple,
)

__all__ = [
    "compose", "chain", "matcher", "rbind", "lbind", "power", "fork", "apply", "rapply",
    "mapply", "papply", "mpapply", "prapply",
]

_from_iterable = itertools.chain.from_iterable


def compose(outer: Callable, inner: Callable) -> Callable:
    """Unary function ``x -> outer(inner(x))``."""
    return lambda x: outer(inner(x))


def chain(h: Callable, g: Callable, f: Callable) -> Callable:
    """Unary function ``x -> h(g(f(x)))``."""
    return lambda x: h(g(f(x)))


def matcher(function: Callable, target: Any) -> Callable:
    """Unary predicate ``x -> function(x) == target``."""
    return lambda x: function(x) == target


def rbind(function: Callable, fixed: Any) -> Callable:
    """Fix the last argument; the closure's arity follows ``function``'s (2, 3, else 4)."""
    n = function.__code__.co_argcount
    if n == 2:
        return lambda x: function(x, fixed)
    if n == 3:
        return lambda x, y: function(x, y, fixed)
    return lambda x, y, z: function(x, y, z, fixed)


def lbind(function: Callable, fixed: Any) -> Callable:
    """Fix the first argument; the closure's arity follows ``function``'s (2, 3, else 4)."""
    n = function.__code__.co_argcount
    if n == 2:
        return lambda y: function(fixed, y)
    if n == 3:
        return lambda y, z: function(fixed, y, z)
    return lambda y, z, w: function(fixed, y, z, w)


def power(function: Callable, n: Integer) -> Callable:
    """``function`` itself for n = 1, else the unary n-fold self-composition."""
    if n == 1:
        return function
    if not n > 1 or n != int(n):
        raise ValueError("power: the exponent must be a positive integer")
    steps = range(int(n))

    def repeated(x):
        for _ in steps:
            x = function(x)
        return x

    return repeated


def fork(outer: Callable, a: Callable, b: Callable) -> Callable:
    """Unary function ``x -> outer(a(x), b(x))``."""
    return lambda x: outer(a(x), b(x))


def apply(function: Callable, container: Container) -> Container:
    """Map ``function`` over the elements, keeping the container's type."""
    return type(container)([function(e) for e in container])


def rapply(functions: Container, value: Any) -> Container:
    """Apply each function to ``value``, keeping the type of ``functions``."""
    return type(functions)([function(value) for function in functions])


def mapply(function: Callable, container: ContainerContainer) -> FrozenSet:
    """``merge(apply(function, container))``."""
    mapped = type(container)([function(e) for e in container])
    return type(mapped)(_from_iterable(mapped))


def papply(function: Callable, a: Tuple, b: Tuple) -> Tuple:
    """Tuple of ``function(a_k, b_k)`` over the shorter length."""
    return tuple([function(i, j) for i, j in zip(a, b, strict=False)])


def mpapply(function: Callable, a: Tuple, b: Tuple) -> Tuple:
    """``merge(papply(function, a, b))``: always a tuple."""
    return tuple(_from_iterable([function(i, j) for i, j in zip(a, b, strict=False)]))


def prapply(function, a: Container, b: Container) -> FrozenSet:
    """Frozenset of ``function(x, y)`` over the product; ``b`` drives the outer loop."""
    return frozenset([function(i, j) for j in b for i in a])
