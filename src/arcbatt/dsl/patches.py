"""Building and converting patches (spec §4.6).

Patches (objects and index sets) are how solvers talk about parts of a grid; these
primitives create them from grids, convert between coloured and uncoloured forms, move
them, and derive lines, neighbourhoods and bounding-box outlines from them.
"""

from functools import lru_cache
from itertools import chain

from arcbatt.dsl.extent import llcorner, lrcorner, ulcorner, urcorner
from arcbatt.dsl.types import Grid, Indices, Integer, IntegerTuple, Object, Patch

__all__ = [
    "asindices", "ofcolor", "toindices", "recolor", "shift", "normalize", "toobject",
    "asobject", "dneighbors", "ineighbors", "neighbors", "corners", "connect", "shoot",
    "vfrontier", "hfrontier", "backdrop", "delta", "box", "inbox", "outbox",
]


def _is_object(patch) -> bool:
    """Dispatch rule §2.3: a patch is an Object iff its first element's 2nd part is a tuple.

    An empty patch gives False (never StopIteration, which `map` would swallow).
    """
    for element in patch:
        return isinstance(element[1], tuple)
    return False


def _bounds(patch) -> tuple:
    """(min row, min col, max row, max col) of a patch's locations; raises when it is empty."""
    if len(patch) == 0:
        raise ValueError("empty patch has no bounding box")
    if _is_object(patch):
        rows = [loc[0] for _, loc in patch]
        cols = [loc[1] for _, loc in patch]
    else:
        rows = [loc[0] for loc in patch]
        cols = [loc[1] for loc in patch]
    return min(rows), min(cols), max(rows), max(cols)


@lru_cache(maxsize=256)
def _indices(h: int, w: int) -> Indices:
    """All locations of an h x w grid (cached: frozensets are immutable)."""
    return frozenset((i, j) for i in range(h) for j in range(w))


@lru_cache(maxsize=256)
def _row_major(h: int, w: int) -> tuple:
    """The locations of an h x w grid in row-major order (cached)."""
    return tuple([(i, j) for i in range(h) for j in range(w)])


def _is_rectangular(grid: Grid, h: int, w: int, flat: tuple) -> bool:
    """Whether every row of the grid has length w (flat: its values, row by row)."""
    return len(flat) == h * w and all(len(row) == w for row in grid)


def _outline(si: int, sj: int, ei: int, ej: int) -> Indices:
    """The four edges of the rectangle with rows si..ei and columns sj..ej."""
    vlines = {(i, sj) for i in range(si, ei + 1)} | {(i, ej) for i in range(si, ei + 1)}
    hlines = {(si, j) for j in range(sj, ej + 1)} | {(ei, j) for j in range(sj, ej + 1)}
    return frozenset(vlines | hlines)


def asindices(grid: Grid) -> Indices:
    """All locations of the grid."""
    if not grid:
        return frozenset()
    return _indices(len(grid), len(grid[0]))


def ofcolor(grid: Grid, value: Integer) -> Indices:
    """Locations of the grid holding `value`."""
    # Rows without the value are skipped whole; the set is filled in row-major order as ever.
    return frozenset([
        (i, j)
        for i, row in enumerate(grid) if value in row
        for j, v in enumerate(row) if v == value
    ])


def toindices(patch: Patch) -> Indices:
    """Locations of a patch (objects lose their colours; anything else passes through)."""
    if len(patch) == 0:
        return frozenset()
    if _is_object(patch):
        return frozenset(index for _, index in patch)
    return patch


def recolor(value: Integer, patch: Patch) -> Object:
    """An object giving colour `value` to every location of the patch."""
    return frozenset((value, index) for index in toindices(patch))


def shift(patch: Patch, directions: IntegerTuple) -> Patch:
    """Translates a patch by (drow, dcol); empty input is returned unchanged."""
    if len(patch) == 0:
        return patch
    di, dj = directions
    if _is_object(patch):
        return frozenset((value, (i + di, j + dj)) for value, (i, j) in patch)
    return frozenset((i + di, j + dj) for i, j in patch)


def normalize(patch: Patch) -> Patch:
    """Shifts the patch so that its upper-left bbox corner is (0, 0)."""
    if len(patch) == 0:
        return patch
    top, left, _, _ = _bounds(patch)
    return shift(patch, (-top, -left))


def toobject(patch: Patch, grid: Grid) -> Object:
    """The object of the grid's cells at the patch's in-grid locations."""
    h, w = len(grid), len(grid[0])
    return frozenset(
        (grid[i][j], (i, j)) for i, j in toindices(patch) if 0 <= i < h and 0 <= j < w
    )


def asobject(grid: Grid) -> Object:
    """The object of all cells of the grid."""
    h = len(grid)
    if h:
        w = len(grid[0])
        flat = tuple(chain.from_iterable(grid))
        if _is_rectangular(grid, h, w, flat):
            # the same cells, inserted in the same row-major order, built by zip
            return frozenset(zip(flat, _row_major(h, w), strict=True))
    return frozenset((v, (i, j)) for i, row in enumerate(grid) for j, v in enumerate(row))


def dneighbors(loc: IntegerTuple) -> Indices:
    """The four orthogonal neighbours of a location (unbounded)."""
    i, j = loc
    return frozenset({(i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)})


def ineighbors(loc: IntegerTuple) -> Indices:
    """The four diagonal neighbours of a location (unbounded)."""
    i, j = loc
    return frozenset({(i - 1, j - 1), (i - 1, j + 1), (i + 1, j - 1), (i + 1, j + 1)})


def neighbors(loc: IntegerTuple) -> Indices:
    """The eight surrounding locations (unbounded)."""
    return dneighbors(loc) | ineighbors(loc)


def corners(patch: Patch) -> Indices:
    """The bbox corners of a patch; `{()}` for an empty patch."""
    return frozenset({ulcorner(patch), urcorner(patch), llcorner(patch), lrcorner(patch)})


def connect(a: IntegerTuple, b: IntegerTuple) -> Indices:
    """The horizontal, vertical or 45-degree segment from a to b (else empty)."""
    ai, aj = a
    bi, bj = b
    si, ei = min(ai, bi), max(ai, bi) + 1
    sj, ej = min(aj, bj), max(aj, bj) + 1
    if ai == bi:
        return frozenset((ai, j) for j in range(sj, ej))
    if aj == bj:
        return frozenset((i, aj) for i in range(si, ei))
    if bi - ai == bj - aj:
        return frozenset((i, j) for i, j in zip(range(si, ei), range(sj, ej), strict=True))
    if bi - ai == aj - bj:
        return frozenset(
            (i, j) for i, j in zip(range(si, ei), range(ej - 1, sj - 1, -1), strict=True)
        )
    return frozenset()


def shoot(start: IntegerTuple, direction: IntegerTuple) -> Indices:
    """The segment from start to start + 42 * direction."""
    return connect(start, (start[0] + 42 * direction[0], start[1] + 42 * direction[1]))


def vfrontier(location: IntegerTuple) -> Indices:
    """The column of `location`, rows 0..29."""
    j = location[1]
    return frozenset((i, j) for i in range(30))


def hfrontier(location: IntegerTuple) -> Indices:
    """The row of `location`, columns 0..29."""
    i = location[0]
    return frozenset((i, j) for j in range(30))


def backdrop(patch: Patch) -> Indices:
    """All locations of the patch's bounding box."""
    if len(patch) == 0:
        return frozenset()
    si, sj, ei, ej = _bounds(patch)
    return frozenset((i, j) for i in range(si, ei + 1) for j in range(sj, ej + 1))


def delta(patch: Patch) -> Indices:
    """Bounding-box locations not occupied by the patch."""
    if len(patch) == 0:
        return frozenset()
    return backdrop(patch).difference(toindices(patch))


def box(patch: Patch) -> Indices:
    """The outline of the patch's bounding box; empty input is returned unchanged."""
    if len(patch) == 0:
        return patch
    si, sj, ei, ej = _bounds(patch)
    return _outline(si, sj, ei, ej)


def inbox(patch: Patch) -> Indices:
    """The outline one step inside the bounding box (bounds swapped when crossed)."""
    top, left, bottom, right = _bounds(patch)
    ai, aj, bi, bj = top + 1, left + 1, bottom - 1, right - 1
    return _outline(min(ai, bi), min(aj, bj), max(ai, bi), max(aj, bj))


def outbox(patch: Patch) -> Indices:
    """The outline one step outside the bounding box."""
    top, left, bottom, right = _bounds(patch)
    return _outline(top - 1, left - 1, bottom + 1, right + 1)
