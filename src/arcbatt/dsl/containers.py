"""Generic container primitives (spec §4.2).

Tuples and frozensets are the two container kinds of the DSL; these primitives combine,
filter, order and pick from either, rebuilding results as the type the specification
names so that tuple order and frozenset iteration order behave exactly as in arc-dsl.
"""

from itertools import chain

from arcbatt.dsl.types import (
    Any,
    Boolean,
    Callable,
    Container,
    ContainerContainer,
    FrozenSet,
    Integer,
    IntegerSet,
    Tuple,
    TupleTuple,
)

__all__ = [
    "contained", "combine", "intersection", "difference", "dedupe", "order", "repeat",
    "size", "merge", "maximum", "minimum", "valmax", "valmin", "argmax", "argmin",
    "mostcommon", "leastcommon", "initset", "sfilter", "mfilter", "extract", "totuple",
    "first", "last", "insert", "remove", "other", "interval", "product", "pair",
]

_from_iterable = chain.from_iterable


def contained(value: Any, container: Container) -> Boolean:
    """Whether ``value`` is a member of ``container``."""
    return value in container


def combine(a: Container, b: Container) -> Container:
    """Elements of ``a`` then those of ``b``, as a container of ``a``'s type."""
    return type(a)((*a, *b))


def intersection(a: FrozenSet, b: FrozenSet) -> FrozenSet:
    """Set intersection of two sets."""
    return a & b


def difference(a: FrozenSet, b: FrozenSet) -> FrozenSet:
    """Elements of ``a`` not in ``b``, in ``a``'s order and of ``a``'s type."""
    return type(a)([e for e in a if e not in b])


def dedupe(tup: Tuple) -> Tuple:
    """The tuple without repeats, each value kept at its first occurrence."""
    try:
        return tuple(dict.fromkeys(tup))
    except TypeError:  # unhashable items: fall back to equality scans
        return tuple([e for i, e in enumerate(tup) if tup.index(e) == i])


def order(container: Container, compfunc: Callable) -> Tuple:
    """Tuple of the elements stably sorted ascending by ``compfunc``."""
    return tuple(sorted(container, key=compfunc))


def repeat(item: Any, num: Integer) -> Tuple:
    """Tuple holding ``item`` ``num`` times."""
    return (item,) * num


def size(container: Container) -> Integer:
    """Number of elements."""
    return len(container)


def merge(containers: ContainerContainer) -> Container:
    """Flatten one level into a container of the outer container's type."""
    return type(containers)(_from_iterable(containers))


def maximum(container: IntegerSet) -> Integer:
    """Largest element, 0 when empty."""
    return max(container, default=0)


def minimum(container: IntegerSet) -> Integer:
    """Smallest element, 0 when empty."""
    return min(container, default=0)


def valmax(container: Container, compfunc: Callable) -> Integer:
    """Largest ``compfunc`` value over the elements; ``compfunc(0)`` when empty."""
    return compfunc(max(container, key=compfunc, default=0))


def valmin(container: Container, compfunc: Callable) -> Integer:
    """Smallest ``compfunc`` value over the elements; ``compfunc(0)`` when empty."""
    return compfunc(min(container, key=compfunc, default=0))


def argmax(container: Container, compfunc: Callable) -> Any:
    """First element (iteration order) with the largest key."""
    return max(container, key=compfunc)


def argmin(container: Container, compfunc: Callable) -> Any:
    """First element (iteration order) with the smallest key."""
    return min(container, key=compfunc)


def mostcommon(container: Container) -> Any:
    """Most frequent value; ties go to the first in the value set's iteration order."""
    return max(set(container), key=container.count)


def leastcommon(container: Container) -> Any:
    """Least frequent value; ties go to the first in the value set's iteration order."""
    return min(set(container), key=container.count)


def initset(value: Any) -> FrozenSet:
    """Frozenset holding just ``value``."""
    return frozenset({value})


def sfilter(container: Container, condition: Callable) -> Container:
    """Elements satisfying ``condition``, as a container of the input's type."""
    return type(container)([e for e in container if condition(e)])


def mfilter(container: Container, function: Callable) -> FrozenSet:
    """``merge(sfilter(container, function))``."""
    kept = type(container)([e for e in container if function(e)])
    return type(kept)(_from_iterable(kept))


def extract(container: Container, condition: Callable) -> Any:
    """First element (iteration order) satisfying ``condition``; error if none."""
    for e in container:
        if condition(e):
            return e
    raise ValueError("extract: no element satisfies the condition")


def totuple(container: FrozenSet) -> Tuple:
    """Tuple of the elements in iteration order."""
    return tuple(container)


def first(container: Container) -> Any:
    """First element in iteration order; error when empty."""
    for e in container:
        return e
    raise ValueError("first: empty container")


def last(container: Container) -> Any:
    """Element at the final iteration position; error when empty."""
    if isinstance(container, tuple):
        return container[-1]
    return tuple(container)[-1]


def insert(value: Any, container: FrozenSet) -> FrozenSet:
    """The set ``container`` plus ``value``."""
    return container.union(frozenset({value}))


def remove(value: Any, container: Container) -> Container:
    """All elements not equal to ``value``, as a container of the input's type."""
    return type(container)([e for e in container if e != value])


def other(container: Container, value: Any) -> Any:
    """First remaining element after removing every element equal to ``value``."""
    return first(remove(value, container))


def interval(start: Integer, stop: Integer, step: Integer) -> Tuple:
    """``tuple(range(start, stop, step))``."""
    return tuple(range(start, stop, step))


def product(a: Container, b: Container) -> FrozenSet:
    """Frozenset of all pairs ``(x, y)``; ``b`` drives the outer loop."""
    return frozenset([(i, j) for j in b for i in a])


def pair(a: Tuple, b: Tuple) -> TupleTuple:
    """Zip two sequences into a tuple of pairs, truncated to the shorter."""
    return tuple(zip(a, b, strict=False))
