"""Colours, counting and filtering (spec §4.4).

A tuple argument is read as a grid (values row by row) and anything else as a patch
(first component of every element, so ``Indices`` count rows as colours). Ties follow
arc-dsl's colour-set order: candidates are iterated from a fresh ``set`` filled in
first-occurrence order, and the first extremal one wins.
"""

import itertools
from collections import Counter
from operator import itemgetter

from arcbatt.dsl.types import Container, Element, FrozenSet, Integer, IntegerSet, Object, Objects

__all__ = [
    "mostcolor", "leastcolor", "colorcount", "colorfilter", "sizefilter", "palette",
    "numcolors", "color",
]

_from_iterable = itertools.chain.from_iterable
_colour_of = itemgetter(0)


def _counts(element: Element) -> Counter:
    """Colour counts of a grid (row-major) or of a patch, keyed in first-occurrence order."""
    if isinstance(element, tuple):
        return Counter(_from_iterable(element))
    return Counter(map(_colour_of, element))


def mostcolor(element: Element) -> Integer:
    """Most frequent colour; ties go to the first in colour-set order."""
    counts = _counts(element)
    # The candidate set is filled one colour at a time in first-occurrence order (iterating
    # the keys, not handing over the dict, which would presize the table), so its iteration
    # order is that of a set built from the list of all values.
    return max(set(counts.keys()), key=counts.__getitem__)


def leastcolor(element: Element) -> Integer:
    """Least frequent colour present; ties go to the first in colour-set order."""
    counts = _counts(element)
    return min(set(counts.keys()), key=counts.__getitem__)


def colorcount(element: Element, value: Integer) -> Integer:
    """Number of cells whose colour equals ``value``."""
    if isinstance(element, tuple):
        return sum([row.count(value) for row in element])
    return sum([v == value for v, _ in element])


def colorfilter(objs: Objects, value: Integer) -> Objects:
    """Frozenset of the objects whose colour (read from one cell) equals ``value``."""
    return frozenset(obj for obj in objs if next(iter(obj))[0] == value)


def sizefilter(container: Container, n: Integer) -> FrozenSet:
    """Frozenset of the items whose length equals ``n``."""
    return frozenset([item for item in container if len(item) == n])


def palette(element: Element) -> IntegerSet:
    """Frozenset of the distinct colours."""
    if isinstance(element, tuple):
        return frozenset(set().union(*element))
    return frozenset({v for v, _ in element})


def numcolors(element: Element) -> IntegerSet:
    """Number of distinct colours (an int)."""
    if isinstance(element, tuple):
        return len(set().union(*element))
    return len({v for v, _ in element})


def color(obj: Object) -> Integer:
    """Colour of the first cell in iteration order; error when empty."""
    for cell in obj:
        return cell[0]
    raise ValueError("color: empty object")
