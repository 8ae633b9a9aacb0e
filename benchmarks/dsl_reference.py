"""The DSL primitives as they were before the 2026-11-28 speed-up, kept for comparison.

`bench_dsl.py --compare` times each of these against the current primitive of the same name
on the same inputs, and `bench_dsl.py --verify` checks that both give identical results
(value, type, frozenset iteration order and table size). The code is the pre-optimisation
code of `arcbatt.dsl`, self-contained (helpers copied too) so that later changes to the
package's helpers do not leak into the "before" figures. Not used by the package itself.
"""

from collections import Counter
from itertools import chain
from operator import itemgetter

_from_iterable = chain.from_iterable
_colour_of = itemgetter(0)


# ---- helpers, copied as they were -------------------------------------------------


def _is_object(patch) -> bool:
    for element in patch:
        return isinstance(element[1], tuple)
    return False


def _bounds(patch) -> tuple:
    if len(patch) == 0:
        raise ValueError("empty patch has no bounding box")
    if _is_object(patch):
        rows = [loc[0] for _, loc in patch]
        cols = [loc[1] for _, loc in patch]
    else:
        rows = [loc[0] for loc in patch]
        cols = [loc[1] for loc in patch]
    return min(rows), min(cols), max(rows), max(cols)


def toindices(patch):
    if len(patch) == 0:
        return frozenset()
    if _is_object(patch):
        return frozenset(index for _, index in patch)
    return patch


def _counts(element) -> Counter:
    if isinstance(element, tuple):
        return Counter(_from_iterable(element))
    return Counter(map(_colour_of, element))


def mostcolor(element):
    counts = _counts(element)
    return max(set(counts.keys()), key=counts.__getitem__)


def shift(patch, directions):
    if len(patch) == 0:
        return patch
    di, dj = directions
    if _is_object(patch):
        return frozenset((value, (i + di, j + dj)) for value, (i, j) in patch)
    return frozenset((i + di, j + dj) for i, j in patch)


def normalize(patch):
    if len(patch) == 0:
        return patch
    top, left, _, _ = _bounds(patch)
    return shift(patch, (-top, -left))


# ---- the primitives that were changed ------------------------------------------------



def ofcolor(grid, value):
    return frozenset(
        (i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if v == value
    )






def rot180(grid):
    return tuple(row[::-1] for row in grid[::-1])




def vmirror(piece):
    if isinstance(piece, tuple):
        return tuple(row[::-1] for row in piece)
    _, left, _, right = _bounds(piece)
    d = left + right
    if _is_object(piece):
        return frozenset((v, (i, d - j)) for v, (i, j) in piece)
    return frozenset((i, d - j) for i, j in piece)



def cmirror(piece):
    if isinstance(piece, tuple):
        return tuple(zip(*(row[::-1] for row in piece[::-1]), strict=False))
    a, b, bottom, right = _bounds(piece)
    ki = a + right
    kj = b + bottom
    if _is_object(piece):
        return frozenset((v, (ki - j, kj - i)) for v, (i, j) in piece)
    return frozenset((ki - j, kj - i) for i, j in piece)


def crop(grid, start, dims):
    r0, c0 = start
    c1 = c0 + dims[1]
    return tuple(row[c0:c1] for row in grid[r0:r0 + dims[0]])


def hconcat(a, b):
    return tuple(i + j for i, j in zip(a, b, strict=False))



def hupscale(grid, factor):
    return tuple(tuple(v for v in row for _ in range(factor)) for row in grid)


def upscale(element, factor):
    if isinstance(element, tuple):
        reps = range(factor)
        return tuple(
            wide
            for row in element
            for wide in (tuple(v for v in row for _ in reps),) * factor
        )
    if len(element) == 0:
        return frozenset()
    di, dj, _, _ = _bounds(element)
    cells = set()
    for value, (i, j) in element:
        bi, bj = (i - di) * factor + di, (j - dj) * factor + dj
        for io in range(factor):
            for jo in range(factor):
                cells.add((value, (bi + io, bj + jo)))
    return frozenset(cells)



def compress(grid):
    rows = {i for i, row in enumerate(grid) if len(set(row)) == 1}
    cols = {j for j, col in enumerate(zip(*grid, strict=False)) if len(set(col)) == 1}
    return tuple(
        tuple(v for j, v in enumerate(row) if j not in cols)
        for i, row in enumerate(grid)
        if i not in rows
    )


def cellwise(a, b, fallback):
    out = []
    for i, row in enumerate(a):
        other = b[i]
        out.append(tuple(v if v == other[j] else fallback for j, v in enumerate(row)))
    return tuple(out)


def replace(grid, replacee, replacer):
    return tuple(tuple(replacer if v == replacee else v for v in row) for row in grid)


def switch(grid, a, b):
    return tuple(tuple(b if v == a else (a if v == b else v) for v in row) for row in grid)


def asobject(grid):
    return frozenset((v, (i, j)) for i, row in enumerate(grid) for j, v in enumerate(row))


def fill(grid, value, patch):
    h, w = len(grid), len(grid[0])
    out = [list(row) for row in grid]
    for i, j in toindices(patch):
        if 0 <= i < h and 0 <= j < w:
            out[i][j] = value
    return tuple(tuple(row) for row in out)


def paint(grid, obj):
    h, w = len(grid), len(grid[0])
    out = [list(row) for row in grid]
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w:
            out[i][j] = value
    return tuple(tuple(row) for row in out)


def underfill(grid, value, patch):
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    out = [list(row) for row in grid]
    for i, j in toindices(patch):
        if 0 <= i < h and 0 <= j < w and out[i][j] == bg:
            out[i][j] = value
    return tuple(tuple(row) for row in out)


def underpaint(grid, obj):
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    out = [list(row) for row in grid]
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w and out[i][j] == bg:
            out[i][j] = value
    return tuple(tuple(row) for row in out)


def cover(grid, patch):
    return fill(grid, mostcolor(grid), patch)


def move(grid, obj, offset):
    return paint(cover(grid, obj), shift(obj, offset))


def hperiod(obj):
    normalized = normalize(obj)
    if len(normalized) == 0:
        return 0
    w = _bounds(normalized)[3] + 1
    for p in range(1, w):
        shifted = frozenset((c, (i, j - p)) for c, (i, j) in normalized if j >= p)
        if shifted <= normalized:
            return p
    return w


def vperiod(obj):
    normalized = normalize(obj)
    if len(normalized) == 0:
        return 0
    h = _bounds(normalized)[2] + 1
    for p in range(1, h):
        shifted = frozenset((c, (i - p, j)) for c, (i, j) in normalized if i >= p)
        if shifted <= normalized:
            return p
    return h


def manhattan(a, b):
    return min(
        abs(ai - bi) + abs(aj - bj) for ai, aj in toindices(a) for bi, bj in toindices(b)
    )


REFERENCE: dict = {
    name: globals()[name]
    for name in (
        "ofcolor", "asobject", "manhattan", "rot180", "vmirror", "cmirror", "crop", "hconcat",
        "compress", "hupscale", "upscale", "cellwise", "replace", "switch", "fill", "paint",
        "underfill", "underpaint", "cover", "move", "hperiod", "vperiod",
    )
}
"""Pre-optimisation version of each primitive that --compare and --verify examine."""
