"""Drawing onto grids (spec §4.10).

Solvers produce their outputs by writing patches and objects into grids; these primitives
return a fresh grid with the in-grid locations written and out-of-grid ones skipped.
"""

from arcbatt.dsl.colours import mostcolor
from arcbatt.dsl.patches import shift, toindices
from arcbatt.dsl.types import Grid, Integer, IntegerTuple, Object, Patch

__all__ = ["fill", "paint", "underfill", "underpaint", "cover", "move"]


def fill(grid: Grid, value: Integer, patch: Patch) -> Grid:
    """Sets every in-grid location of the patch to `value`."""
    h, w = len(grid), len(grid[0])
    out = [list(row) for row in grid]
    for i, j in toindices(patch):
        if 0 <= i < h and 0 <= j < w:
            out[i][j] = value
    return tuple(tuple(row) for row in out)


def paint(grid: Grid, obj: Object) -> Grid:
    """Writes each in-grid cell of the object with its own colour."""
    h, w = len(grid), len(grid[0])
    out = [list(row) for row in grid]
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w:
            out[i][j] = value
    return tuple(tuple(row) for row in out)


def underfill(grid: Grid, value: Integer, patch: Patch) -> Grid:
    """Like `fill`, but only where the grid holds its background colour."""
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    out = [list(row) for row in grid]
    for i, j in toindices(patch):
        if 0 <= i < h and 0 <= j < w and out[i][j] == bg:
            out[i][j] = value
    return tuple(tuple(row) for row in out)


def underpaint(grid: Grid, obj: Object) -> Grid:
    """Like `paint`, but only where the grid (as being painted) holds its background."""
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    out = [list(row) for row in grid]
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w and out[i][j] == bg:
            out[i][j] = value
    return tuple(tuple(row) for row in out)


def cover(grid: Grid, patch: Patch) -> Grid:
    """Fills the patch's locations with the grid's background colour."""
    return fill(grid, mostcolor(grid), patch)


def move(grid: Grid, obj: Object, offset: IntegerTuple) -> Grid:
    """Covers the object, then paints it shifted by `offset`."""
    return paint(cover(grid, obj), shift(obj, offset))
