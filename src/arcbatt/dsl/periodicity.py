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
        shifted = frozenset((c, (i, j - p)) for c, (i, j) in normalized if j >= p)
        if shifted <= normalized:
            return p
    return w


def vperiod(obj: Object) -> Integer:
    """Smallest vertical period of the object (its height if none; 0 if empty)."""
    normalized = normalize(obj)
    if len(normalized) == 0:
        return 0
    h = _bounds(normalized)[2] + 1
    for p in range(1, h):
        shifted = frozenset((c, (i - p, j)) for c, (i, j) in normalized if i >= p)
        if shifted <= normalized:
            return p
    return h
