"""Segmenting grids into objects (spec §4.8).

Almost every solver starts by cutting the input grid into objects: connected components,
colour classes, or uniform full rows/columns. `objects` is the hottest primitive of the
program search, so its flood fill runs over cached per-shape neighbour tables.
"""

from functools import lru_cache

from arcbatt.dsl.colours import mostcolor, palette
from arcbatt.dsl.patches import asindices
from arcbatt.dsl.types import Boolean, Grid, Objects

__all__ = ["objects", "partition", "fgpartition", "frontiers"]


@lru_cache(maxsize=256)
def _neighbour_table(h: int, w: int, diagonal: bool) -> dict:
    """Maps each location of an h x w grid to its in-grid 4- or 8-neighbours."""
    if diagonal:
        deltas = ((-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1))
    else:
        deltas = ((-1, 0), (1, 0), (0, -1), (0, 1))
    table = {}
    for i in range(h):
        for j in range(w):
            table[(i, j)] = tuple(
                (i + di, j + dj) for di, dj in deltas if 0 <= i + di < h and 0 <= j + dj < w
            )
    return table


def _cells_by_colour(grid: Grid) -> dict:
    """Row-major lists of cells, grouped by colour."""
    groups: dict = {}
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            cell = (v, (i, j))
            group = groups.get(v)
            if group is None:
                groups[v] = [cell]
            else:
                group.append(cell)
    return groups


def objects(grid: Grid, univalued: Boolean, diagonal: Boolean, without_bg: Boolean) -> Objects:
    """Connected components of the grid, per colour rule, connectivity and background."""
    bg = mostcolor(grid) if without_bg else None
    h, w = len(grid), len(grid[0])
    table = _neighbour_table(h, w, bool(diagonal))
    occupied: set = set()
    objs: set = set()
    for loc in asindices(grid):
        if loc in occupied:
            continue
        seed = grid[loc[0]][loc[1]]
        if seed == bg:
            continue
        obj = set()
        frontier = {loc}
        while frontier:
            reached = set()
            for cand in frontier:
                v = grid[cand[0]][cand[1]]
                if (v == seed) if univalued else (v != bg):
                    obj.add((v, cand))
                    occupied.add(cand)
                    reached.update(table[cand])
            frontier = reached - occupied
        objs.add(frozenset(obj))
    return frozenset(objs)


def partition(grid: Grid) -> Objects:
    """One object per colour present, holding all cells of that colour."""
    groups = _cells_by_colour(grid)
    return frozenset(frozenset(groups[value]) for value in palette(grid))


def fgpartition(grid: Grid) -> Objects:
    """Like `partition`, without the object of the most common colour."""
    groups = _cells_by_colour(grid)
    return frozenset(frozenset(groups[value]) for value in palette(grid) - {mostcolor(grid)})


def frontiers(grid: Grid) -> Objects:
    """Objects of the uniformly coloured full rows and full columns of the grid."""
    h = len(grid)
    w = len(grid[0]) if h else 0
    row_indices = tuple(i for i, row in enumerate(grid) if len(set(row)) == 1)
    columns = zip(*grid, strict=False)
    column_indices = tuple(j for j, col in enumerate(columns) if len(set(col)) == 1)
    hfrontiers = frozenset(
        {frozenset({(grid[i][j], (i, j)) for j in range(w)}) for i in row_indices}
    )
    vfrontiers = frozenset(
        {frozenset({(grid[i][j], (i, j)) for i in range(h)}) for j in column_indices}
    )
    return hfrontiers | vfrontiers
