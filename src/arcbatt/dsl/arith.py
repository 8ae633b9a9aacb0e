"""Scalars, vectors and logic (spec §4.1).

Arithmetic broadcasts between ints and ``(row, col)`` pairs so that solver programs can
offset locations and scale dimensions with the same primitives; the logic helpers keep
arc-dsl's operand-returning ``both``/``either``.
"""

from arcbatt.dsl.types import Any, Boolean, Integer, IntegerTuple, Numerical

__all__ = [
    "identity", "add", "subtract", "multiply", "divide", "invert", "even", "double", "halve",
    "flip", "equality", "greater", "both", "either", "increment", "decrement", "crement",
    "sign", "positive", "toivec", "tojvec", "astuple", "branch",
]


def identity(x: Any) -> Any:
    """Return the argument itself."""
    return x


def add(a: Numerical, b: Numerical) -> Numerical:
    """Sum of two ints, two pairs (component-wise) or an int broadcast onto a pair."""
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] + b[0], a[1] + b[1])
    if isinstance(a, int):
        return (a + b[0], a + b[1])
    return (a[0] + b, a[1] + b)


def subtract(a: Numerical, b: Numerical) -> Numerical:
    """Difference ``a - b`` with the same int/pair broadcasting as ``add``."""
    if isinstance(a, int) and isinstance(b, int):
        return a - b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] - b[0], a[1] - b[1])
    if isinstance(a, int):
        return (a - b[0], a - b[1])
    return (a[0] - b, a[1] - b)


def multiply(a: Numerical, b: Numerical) -> Numerical:
    """Product with the same int/pair broadcasting as ``add``."""
    if isinstance(a, int) and isinstance(b, int):
        return a * b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] * b[0], a[1] * b[1])
    if isinstance(a, int):
        return (a * b[0], a * b[1])
    return (a[0] * b, a[1] * b)


def divide(a: Numerical, b: Numerical) -> Numerical:
    """Floor division with the same int/pair broadcasting as ``add``."""
    if isinstance(a, int) and isinstance(b, int):
        return a // b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] // b[0], a[1] // b[1])
    if isinstance(a, int):
        return (a // b[0], a // b[1])
    return (a[0] // b, a[1] // b)


def invert(n: Numerical) -> Numerical:
    """Additive inverse (component-wise for a pair)."""
    return -n if isinstance(n, int) else (-n[0], -n[1])


def even(n: Integer) -> Boolean:
    """Whether ``n`` is divisible by 2."""
    return n % 2 == 0


def double(n: Numerical) -> Numerical:
    """Twice the value (component-wise for a pair)."""
    return n * 2 if isinstance(n, int) else (n[0] * 2, n[1] * 2)


def halve(n: Numerical) -> Numerical:
    """Floor division by 2 (component-wise for a pair)."""
    return n // 2 if isinstance(n, int) else (n[0] // 2, n[1] // 2)


def flip(b: Boolean) -> Boolean:
    """Logical negation as a genuine bool."""
    return not b


def equality(a: Any, b: Any) -> Boolean:
    """Python value equality."""
    return a == b


def greater(a: Integer, b: Integer) -> Boolean:
    """Strict ``a > b``."""
    return a > b


def both(a: Boolean, b: Boolean) -> Boolean:
    """Short-circuit AND returning an operand (``a and b``)."""
    return a and b


def either(a: Boolean, b: Boolean) -> Boolean:
    """Short-circuit OR returning an operand (``a or b``)."""
    return a or b


def increment(x: Numerical) -> Numerical:
    """Add 1 (to each component of a pair)."""
    return x + 1 if isinstance(x, int) else (x[0] + 1, x[1] + 1)


def decrement(x: Numerical) -> Numerical:
    """Subtract 1 (from each component of a pair)."""
    return x - 1 if isinstance(x, int) else (x[0] - 1, x[1] - 1)


def _crement(v: Integer) -> Integer:
    return 0 if v == 0 else (v + 1 if v > 0 else v - 1)


def crement(x: Numerical) -> Numerical:
    """Step one unit away from zero (0 stays 0), per component for a pair."""
    if isinstance(x, int):
        return 0 if x == 0 else (x + 1 if x > 0 else x - 1)
    return (_crement(x[0]), _crement(x[1]))


def _sign(v: Integer) -> Integer:
    return 0 if v == 0 else (1 if v > 0 else -1)


def sign(x: Numerical) -> Numerical:
    """-1, 0 or 1 according to the sign, per component for a pair."""
    if isinstance(x, int):
        return 0 if x == 0 else (1 if x > 0 else -1)
    return (_sign(x[0]), _sign(x[1]))


def positive(x: Integer) -> Boolean:
    """Whether ``x`` is strictly greater than zero."""
    return x > 0


def toivec(i: Integer) -> IntegerTuple:
    """The vertical vector ``(i, 0)``."""
    return (i, 0)


def tojvec(j: Integer) -> IntegerTuple:
    """The horizontal vector ``(0, j)``."""
    return (0, j)


def astuple(a: Integer, b: Integer) -> IntegerTuple:
    """The 2-tuple ``(a, b)`` (any two values)."""
    return (a, b)


def branch(condition: Boolean, a: Any, b: Any) -> Any:
    """``a`` if ``condition`` is truthy, else ``b`` (both already evaluated)."""
    return a if condition else b
