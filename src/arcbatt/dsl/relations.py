"""Relations between patches (spec §4.7).

Solvers compare patches by shared rows/columns, distance, contact with each other or with
the grid frame, relative direction, and find where an object occurs in a grid; colours are
ignored except by `occurrences`.
"""

from bisect import bisect_left

from arcbatt.dsl.extent import center, height, width
from arcbatt.dsl.patches import _bounds, normalize, toindices
from arcbatt.dsl.types import Boolean, Grid, Indices, Integer, IntegerTuple, Object, Patch

__all__ = [
    "hmatching", "vmatching", "manhattan", "adjacent", "bordering", "position", "gravitate",
    "occurrences",
]


def _touching(a: frozenset, b: frozenset) -> bool:
    """Whether two non-empty location sets are at Manhattan distance exactly 1."""
    if not a.isdisjoint(b):
        return False
    for i, j in a:
        if (i - 1, j) in b or (i + 1, j) in b or (i, j - 1) in b or (i, j + 1) in b:
            return True
    return False


def hmatching(a: Patch, b: Patch) -> Boolean:
    """Whether some row is occupied by both patches."""
    return not {i for i, _ in toindices(a)}.isdisjoint({i for i, _ in toindices(b)})


def vmatching(a: Patch, b: Patch) -> Boolean:
    """Whether some column is occupied by both patches."""
    return not {j for _, j in toindices(a)}.isdisjoint({j for _, j in toindices(b)})


def _columns_by_row(locations) -> dict:
    """Row -> list of the columns of the locations in that row."""
    rows: dict = {}
    for i, j in locations:
        cols = rows.get(i)
        if cols is None:
            rows[i] = [j]
        else:
            cols.append(j)
    return rows


def manhattan(a: Patch, b: Patch) -> Integer:
    """Smallest Manhattan distance between a location of a and one of b."""
    # The minimum over all pairs, taken row pair by row pair: |row difference| plus the
    # nearest column of b's row (bisection) for each column of a's row; row pairs already
    # as far apart as the best distance found are skipped.
    rows_a = _columns_by_row(toindices(a))
    if not rows_a:
        raise ValueError("manhattan of an empty patch")
    rows_b = _columns_by_row(toindices(b))
    if not rows_b:
        raise ValueError("manhattan of an empty patch")
    for cols in rows_b.values():
        cols.sort()
    best = None
    for i, cols_a in rows_a.items():
        for k, cols_b in rows_b.items():
            d = abs(i - k)
            if best is not None and d >= best:
                continue
            n = len(cols_b)
            for j in cols_a:
                x = bisect_left(cols_b, j)
                if x == n:
                    e = j - cols_b[-1]
                else:
                    e = cols_b[x] - j
                    if x and j - cols_b[x - 1] < e:
                        e = j - cols_b[x - 1]
                if best is None or d + e < best:
                    best = d + e
                    if best == 0:
                        return 0
    return best


def adjacent(a: Patch, b: Patch) -> Boolean:
    """Whether the patches touch orthogonally without sharing a location."""
    ia, ib = frozenset(toindices(a)), frozenset(toindices(b))
    if not ia or not ib:
        raise ValueError("adjacent of an empty patch")
    return _touching(ia, ib)


def bordering(patch: Patch, grid: Grid) -> Boolean:
    """Whether the patch's bbox touches the grid's outer frame."""
    top, left, bottom, right = _bounds(patch)
    return top == 0 or left == 0 or bottom == height(grid) - 1 or right == width(grid) - 1


def position(a: Patch, b: Patch) -> IntegerTuple:
    """Unit direction from a's bbox centre toward b's."""
    ia, ja = center(a)
    ib, jb = center(b)
    if ia == ib:
        return (0, 1 if ja < jb else -1)
    if ja == jb:
        return (1 if ia < ib else -1, 0)
    return (1 if ia < ib else -1, 1 if ja < jb else -1)


def gravitate(source: Patch, destination: Patch) -> IntegerTuple:
    """Offset sliding source in a straight line until adjacent to destination (max 42 steps)."""
    src, dst = frozenset(toindices(source)), frozenset(toindices(destination))
    si, sj = center(src)
    di, dj = center(dst)
    if vmatching(src, dst):
        oi, oj = (1 if si < di else -1), 0
    else:
        oi, oj = 0, (1 if sj < dj else -1)
    steps = 0
    moved = src
    while steps < 42 and not _touching(moved, dst):
        steps += 1
        moved = frozenset((i + oi, j + oj) for i, j in moved)
    return (steps * oi, steps * oj)


def occurrences(grid: Grid, obj: Object) -> Indices:
    """Upper-left offsets at which the normalized object matches the grid exactly."""
    h, w = len(grid), len(grid[0])
    cells = tuple(normalize(obj))
    if cells:
        top, left, bottom, right = _bounds(cells)
        oh, ow = bottom - top + 1, right - left + 1
    else:
        oh = ow = 0
    occs = set()
    for i in range(h - oh + 1):
        for j in range(w - ow + 1):
            for value, (a, b) in cells:
                a += i
                b += j
                if not (0 <= a < h and 0 <= b < w and grid[a][b] == value):
                    break
            else:
                occs.add((i, j))
    return frozenset(occs)
