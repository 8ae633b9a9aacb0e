"""Drawing onto grids (spec §4.10).

Solvers produce their outputs by writing patches and objects into grids; these primitives
return a fresh grid with the in-grid locations written and out-of-grid ones skipped. Only
the rows that are written to are copied; the others are carried over as they are.
"""

from arcbatt.dsl.colours import mostcolor
from arcbatt.dsl.patches import _is_object, shift
from arcbatt.dsl.types import Grid, Integer, IntegerTuple, Object, Patch

__all__ = ["fill", "paint", "underfill", "underpaint", "cover", "move"]


def _locations(patch: Patch):
    """The locations of a patch, as `toindices` gives them (duplicates are harmless here)."""
    if _is_object(patch):
        return [loc for _, loc in patch]  # unpacks each cell, as `toindices` does
    return patch


def _assemble(grid: Grid, copies: dict) -> Grid:
    """The grid with the rows in `copies` (index -> list of values) replaced."""
    out = list(map(tuple, grid))
    for i, row in copies.items():
        out[i] = tuple(row)
    return tuple(out)


def fill(grid: Grid, value: Integer, patch: Patch) -> Grid:
    """Sets every in-grid location of the patch to `value`."""
    h, w = len(grid), len(grid[0])
    copies: dict = {}
    for i, j in _locations(patch):
        if 0 <= i < h and 0 <= j < w:
            row = copies.get(i)
            if row is None:
                row = copies[i] = list(grid[i])
            row[j] = value
    return _assemble(grid, copies)


def paint(grid: Grid, obj: Object) -> Grid:
    """Writes each in-grid cell of the object with its own colour."""
    h, w = len(grid), len(grid[0])
    copies: dict = {}
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w:
            row = copies.get(i)
            if row is None:
                row = copies[i] = list(grid[i])
            row[j] = value
    return _assemble(grid, copies)


def underfill(grid: Grid, value: Integer, patch: Patch) -> Grid:
    """Like `fill`, but only where the grid holds its background colour."""
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    copies: dict = {}
    for i, j in _locations(patch):
        if 0 <= i < h and 0 <= j < w:
            row = copies.get(i)
            if row is None:
                if grid[i][j] != bg:
                    continue
                row = copies[i] = list(grid[i])
            elif row[j] != bg:
                continue
            row[j] = value
    return _assemble(grid, copies)


def underpaint(grid: Grid, obj: Object) -> Grid:
    """Like `paint`, but only where the grid (as being painted) holds its background."""
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    copies: dict = {}
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w:
            row = copies.get(i)
            if row is None:
                if grid[i][j] != bg:
                    continue
                row = copies[i] = list(grid[i])
            elif row[j] != bg:
                continue
            row[j] = value
    return _assemble(grid, copies)


def cover(grid: Grid, patch: Patch) -> Grid:
    """Fills the patch's locations with the grid's background colour."""
    return fill(grid, mostcolor(grid), patch)


def move(grid: Grid, obj: Object, offset: IntegerTuple) -> Grid:
    """Covers the object, then paints it shifted by `offset`."""
    return paint(cover(grid, obj), shift(obj, offset))
