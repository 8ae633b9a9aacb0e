"""Periodicity of objects (spec §4.11).

Pattern-completion solvers need the smallest shift under which an object repeats; these
compute it horizontally and vertically with the original's one-sided consistency test.
"""

from arcbatt.dsl.patches import _bounds, normalize
from arcbatt.dsl.types import Integer, Object

__all__ = ["hperiod", "vperiod"]


def hperiod(obj: Object) -> Integer:
    """Smallest horizontal period of the object (its width if none; 0 if empty)."""
    normalized = normalize(obj)
    if len(normalized) == 0:
        return 0
    w = _bounds(normalized)[3] + 1
    for p in range(1, w):
        # every cell shifted p columns left (those still at column >= 0) is a cell too;
        # tested cell by cell, stopping at the first miss
        if all((c, (i, j - p)) in normalized for c, (i, j) in normalized if j >= p):
            return p
    return w


def vperiod(obj: Object) -> Integer:
    """Smallest vertical period of the object (its height if none; 0 if empty)."""
    normalized = normalize(obj)
    if len(normalized) == 0:
        return 0
    h = _bounds(normalized)[2] + 1
    for p in range(1, h):
        if all((c, (i - p, j)) in normalized for c, (i, j) in normalized if i >= p):
            return p
    return h
