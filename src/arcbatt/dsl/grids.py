"""Whole-grid transformations and construction (spec §4.9).

Rotations, mirrors (which also act on patches), cropping, joining, splitting, halving,
scaling and colour substitution: the grid-to-grid vocabulary of the solvers. All results
are tuples of tuples; the hot ones are written as slices, single comprehensions or maps
and zips that run in C, and rows that a primitive leaves unchanged are not rebuilt.
"""

from itertools import chain
from operator import add, itemgetter

from arcbatt.dsl.patches import _bounds, _is_object
from arcbatt.dsl.types import Element, Grid, Integer, IntegerTuple, Patch, Piece, Tuple

__all__ = [
    "rot90", "rot180", "rot270", "hmirror", "vmirror", "dmirror", "cmirror", "crop",
    "subgrid", "hconcat", "vconcat", "hsplit", "vsplit", "tophalf", "bottomhalf",
    "lefthalf", "righthalf", "trim", "compress", "hupscale", "vupscale", "upscale",
    "downscale", "canvas", "index", "cellwise", "replace", "switch",
]

_reversed = itemgetter(slice(None, None, -1))  # row -> row[::-1], callable from C (map)
_from_iterable = chain.from_iterable


def rot90(grid: Grid) -> Grid:
    """Quarter turn clockwise."""
    return tuple(zip(*grid[::-1], strict=False))


def rot180(grid: Grid) -> Grid:
    """Half turn."""
    return tuple(map(_reversed, grid[::-1]))


def rot270(grid: Grid) -> Grid:
    """Quarter turn anticlockwise."""
    return tuple(zip(*grid, strict=False))[::-1]


def hmirror(piece: Piece) -> Piece:
    """Flips top to bottom (a patch stays within its bbox)."""
    if isinstance(piece, tuple):
        return piece[::-1]
    top, _, bottom, _ = _bounds(piece)
    d = top + bottom
    if _is_object(piece):
        return frozenset((v, (d - i, j)) for v, (i, j) in piece)
    return frozenset((d - i, j) for i, j in piece)


def vmirror(piece: Piece) -> Piece:
    """Flips left to right (a patch stays within its bbox)."""
    if isinstance(piece, tuple):
        return tuple(map(_reversed, piece))
    _, left, _, right = _bounds(piece)
    d = left + right
    if _is_object(piece):
        return frozenset((v, (i, d - j)) for v, (i, j) in piece)
    return frozenset((i, d - j) for i, j in piece)


def dmirror(piece: Piece) -> Piece:
    """Reflects in the main diagonal (a patch keeps its upper-left corner)."""
    if isinstance(piece, tuple):
        return tuple(zip(*piece, strict=False))
    a, b, _, _ = _bounds(piece)
    if _is_object(piece):
        return frozenset((v, (a + j - b, b + i - a)) for v, (i, j) in piece)
    return frozenset((a + j - b, b + i - a) for i, j in piece)


def cmirror(piece: Piece) -> Piece:
    """Reflects in the anti-diagonal (a patch keeps its upper-left corner)."""
    if isinstance(piece, tuple):
        return tuple(zip(*map(_reversed, piece[::-1]), strict=False))
    a, b, bottom, right = _bounds(piece)
    # relative (p, q) -> (W-1-q, H-1-p), anchored at (a, b)
    ki = a + right  # a + (W - 1) + b, minus j
    kj = b + bottom  # b + (H - 1) + a, minus i
    if _is_object(piece):
        return frozenset((v, (ki - j, kj - i)) for v, (i, j) in piece)
    return frozenset((ki - j, kj - i) for i, j in piece)


def crop(grid: Grid, start: IntegerTuple, dims: IntegerTuple) -> Grid:
    """Sub-grid at `start` of size `dims`, with Python slice semantics."""
    r0, c0 = start
    c1 = c0 + dims[1]
    return tuple([row[c0:c1] for row in grid[r0:r0 + dims[0]]])


def subgrid(patch: Patch, grid: Grid) -> Grid:
    """The part of the grid under the patch's bounding box."""
    top, left, bottom, right = _bounds(patch)
    return crop(grid, (top, left), (bottom - top + 1, right - left + 1))


def hconcat(a: Grid, b: Grid) -> Grid:
    """Joins two grids side by side (height of the shorter)."""
    return tuple(map(add, a, b))  # map stops at the shorter, like zip


def vconcat(a: Grid, b: Grid) -> Grid:
    """Stacks b below a."""
    return a + b


def hsplit(grid: Grid, n: Integer) -> Tuple:
    """Splits into n side-by-side grids, dropping separator columns if not divisible."""
    h = len(grid)
    w = len(grid[0]) if h else 0
    p, rem = divmod(w, n)
    s = 1 if rem != 0 else 0
    return tuple(crop(grid, (0, k * (p + s)), (h, p)) for k in range(n))


def vsplit(grid: Grid, n: Integer) -> Tuple:
    """Splits into n stacked grids, dropping separator rows if not divisible."""
    h = len(grid)
    w = len(grid[0]) if h else 0
    p, rem = divmod(h, n)
    s = 1 if rem != 0 else 0
    return tuple(crop(grid, (k * (p + s), 0), (p, w)) for k in range(n))


def tophalf(grid: Grid) -> Grid:
    """The first floor(h/2) rows."""
    return grid[:len(grid) // 2]


def bottomhalf(grid: Grid) -> Grid:
    """The last floor(h/2) rows."""
    h = len(grid)
    return grid[h // 2 + h % 2:]


def lefthalf(grid: Grid) -> Grid:
    """The first floor(w/2) columns (`()` when that is 0)."""
    return rot270(tophalf(rot90(grid)))


def righthalf(grid: Grid) -> Grid:
    """The last floor(w/2) columns (`()` when that is 0)."""
    return rot270(bottomhalf(rot90(grid)))


def trim(grid: Grid) -> Grid:
    """Removes the outermost frame of cells."""
    return tuple(row[1:-1] for row in grid[1:-1])


def compress(grid: Grid) -> Grid:
    """Deletes every uniform row and every uniform column."""
    rows = {i for i, row in enumerate(grid) if len(set(row)) == 1}
    cols = {j for j, col in enumerate(zip(*grid, strict=False)) if len(set(col)) == 1}
    kept = [row for i, row in enumerate(grid) if i not in rows]
    if not cols:
        return tuple(map(tuple, kept))
    return tuple([tuple([v for j, v in enumerate(row) if j not in cols]) for row in kept])


def hupscale(grid: Grid, factor: Integer) -> Grid:
    """Repeats every value `factor` times horizontally."""
    # zip of `factor` copies of a row yields each value `factor` times, in order; an empty
    # row stays empty without looking at the factor, as the per-value loop did
    return tuple([tuple(_from_iterable(zip(*(row,) * factor, strict=False))) if row else ()
                  for row in grid])


def vupscale(grid: Grid, factor: Integer) -> Grid:
    """Repeats every row `factor` times vertically."""
    return tuple(row for row in grid for _ in range(factor))


def upscale(element: Element, factor: Integer) -> Element:
    """Scales a grid, or an object about its upper-left corner, by `factor`."""
    if isinstance(element, tuple):
        range(factor)  # a non-integer factor is an error even for an empty grid
        rows: list = []
        for row in element:
            wide = tuple(_from_iterable(zip(*(row,) * factor, strict=False))) if row else ()
            rows += (wide,) * factor
        return tuple(rows)
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


def downscale(grid: Grid, factor: Integer) -> Grid:
    """Keeps the upper-left cell of every factor x factor block."""
    step = abs(factor)
    return tuple(row[::step] for row in grid[::step])


def canvas(value: Integer, dimensions: IntegerTuple) -> Grid:
    """A grid of `dimensions` filled with `value`."""
    h, w = dimensions
    return ((value,) * w,) * h


def index(grid: Grid, loc: IntegerTuple) -> Integer:
    """The colour at `loc`, or None outside the grid."""
    i, j = loc
    if 0 <= i < len(grid) and 0 <= j < len(grid[0]):
        return grid[i][j]
    return None


def cellwise(a: Grid, b: Grid, fallback: Integer) -> Grid:
    """Keeps the cells where a and b agree, `fallback` elsewhere (shape of a)."""
    out = []
    for i, row in enumerate(a):
        other = b[i]
        if row == other:  # every cell agrees
            out.append(tuple(row))
        else:
            out.append(tuple([v if v == other[j] else fallback for j, v in enumerate(row)]))
    return tuple(out)


def replace(grid: Grid, replacee: Integer, replacer: Integer) -> Grid:
    """Replaces every cell equal to `replacee` by `replacer`."""
    return tuple([
        tuple([replacer if v == replacee else v for v in row]) if replacee in row
        else tuple(row)
        for row in grid
    ])


def switch(grid: Grid, a: Integer, b: Integer) -> Grid:
    """Swaps colours a and b."""
    return tuple([
        tuple([b if v == a else (a if v == b else v) for v in row]) if a in row or b in row
        else tuple(row)
        for row in grid
    ])
