"""Grid -> grid transforms: rigid moves, crops, halves, scaling, tiling, colour filters.

Fast versions work on row-major bytes (numpy views for the geometry, `bytes.translate`
for colour maps); each is paired with the DSL macro that defines it.
"""

from __future__ import annotations

import numpy as np

from arcbatt.search.library_objects import neighbours
from arcbatt.search.transform import COLOUR_NAMES, Transform, line
from arcbatt.search.values import GRID, least_colour, most_colour

_u8 = np.uint8
_fb = np.frombuffer


def arr(v: tuple) -> np.ndarray:
    """A read-only (h, w) uint8 view of an image value's pixels."""
    return _fb(v[5], _u8).reshape(v[3], v[4])


def grid_of(a: np.ndarray) -> tuple | None:
    """A GRID value from an array (None when it has no cells)."""
    h, w = a.shape
    if h == 0 or w == 0:
        return None
    return (GRID, 0, 0, h, w, a.tobytes())


def _table(mapping: dict[int, int]) -> bytes:
    t = bytearray(range(256))
    for k, v in mapping.items():
        t[k] = v
    return bytes(t)


# -- rigid -------------------------------------------------------------------------------
def rot90(t, v):
    return grid_of(arr(v)[::-1].T)


def rot180(t, v):
    return (GRID, 0, 0, v[3], v[4], v[5][::-1])


def rot270(t, v):
    return grid_of(arr(v).T[::-1])


def hmirror(t, v):
    return grid_of(arr(v)[::-1])


def vmirror(t, v):
    return grid_of(arr(v)[:, ::-1])


def dmirror(t, v):
    return grid_of(arr(v).T)


def cmirror(t, v):
    return grid_of(arr(v)[::-1, ::-1].T)


# -- crops -------------------------------------------------------------------------------
def compress(t, v):
    """DSL compress: drop every uniform row and column."""
    a = arr(v)
    rows = (a == a[:, :1]).all(1)
    cols = (a == a[:1, :]).all(0)
    if not rows.any() and not cols.any():
        return v
    return grid_of(a[~rows][:, ~cols])


def _crop_to(a: np.ndarray, mask: np.ndarray) -> tuple | None:
    rows = np.flatnonzero(mask.any(1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(0))
    return grid_of(a[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1])


def crop_nonzero(t, v):
    a = arr(v)
    return _crop_to(a, a != 0)


def crop_nonbg(t, v):
    a = arr(v)
    return _crop_to(a, a != most_colour(v[5]))


def trim(t, v):
    if v[3] < 3 or v[4] < 3:
        return None
    return grid_of(arr(v)[1:-1, 1:-1])


def tophalf(t, v):
    return grid_of(arr(v)[:v[3] // 2])


def bottomhalf(t, v):
    h = v[3]
    return grid_of(arr(v)[h // 2 + h % 2:])


def lefthalf(t, v):
    return grid_of(arr(v)[:, :v[4] // 2])


def righthalf(t, v):
    w = v[4]
    return grid_of(arr(v)[:, w // 2 + w % 2:])


# -- scaling and tiling ------------------------------------------------------------------
def _upscale(k: int):
    def fn(t, v):
        return grid_of(np.repeat(np.repeat(arr(v), k, 0), k, 1))
    return fn


def _downscale(k: int):
    def fn(t, v):
        return grid_of(arr(v)[::k, ::k])
    return fn


def _hupscale(k: int):
    def fn(t, v):
        return grid_of(np.repeat(arr(v), k, 1))
    return fn


def _vupscale(k: int):
    def fn(t, v):
        return grid_of(np.repeat(arr(v), k, 0))
    return fn


def mirror_right(t, v):
    a = arr(v)
    return grid_of(np.concatenate((a, a[:, ::-1]), 1))


def mirror_left(t, v):
    a = arr(v)
    return grid_of(np.concatenate((a[:, ::-1], a), 1))


def mirror_down(t, v):
    a = arr(v)
    return grid_of(np.concatenate((a, a[::-1]), 0))


def mirror_up(t, v):
    a = arr(v)
    return grid_of(np.concatenate((a[::-1], a), 0))


def tile_right(t, v):
    a = arr(v)
    return grid_of(np.concatenate((a, a), 1))


def tile_down(t, v):
    return (GRID, 0, 0, v[3] * 2, v[4], v[5] + v[5])


# -- colours -----------------------------------------------------------------------------
_KEEP = [_table({k: (k if k == c else 0) for k in range(10)}) for c in range(10)]
_ERASE = [_table({c: 0}) for c in range(10)]
_SHAPE = [_table({k: c for k in range(1, 10)}) for c in range(10)]


def _keep(c: int):
    table = _KEEP[c]

    def fn(t, v):
        return (GRID, 0, 0, v[3], v[4], v[5].translate(table))
    return fn


def _erase(c: int):
    table = _ERASE[c]

    def fn(t, v):
        if c not in v[5]:
            return v
        return (GRID, 0, 0, v[3], v[4], v[5].translate(table))
    return fn


def _colshape(c: int):
    table = _SHAPE[c]

    def fn(t, v):
        return (GRID, 0, 0, v[3], v[4], v[5].translate(table))
    return fn


def erase_most(t, v):
    c = most_colour(v[5])
    if c == 0:
        return v
    return (GRID, 0, 0, v[3], v[4], v[5].translate(_ERASE[c]))


def keep_least(t, v):
    c = least_colour(v[5])
    return (GRID, 0, 0, v[3], v[4], v[5].translate(_KEEP[c]))


def _may_enclose(v: tuple) -> bool:
    """Necessary for a hole: a zero cell with non-zero cells left, right, above and below."""
    nz = arr(v) != 0
    acc = np.logical_or.accumulate
    cand = (~nz & acc(nz, 1) & acc(nz[:, ::-1], 1)[:, ::-1]
            & acc(nz, 0) & acc(nz[::-1], 0)[::-1])
    return bool(cand.any())


def enclosed_zeros(v: tuple) -> list[int]:
    """Flat indices of 4-connected zero regions whose bbox does not touch the frame."""
    h, w, data = v[3], v[4], v[5]
    if h < 3 or w < 3 or not _may_enclose(v):
        return []
    nb = neighbours(h, w, False)
    seen = bytearray(h * w)
    out: list[int] = []
    for p in range(h * w):
        if seen[p] or data[p] != 0:
            continue
        seen[p] = 1
        stack, comp = [p], [p]
        while stack:
            q = stack.pop()
            for r in nb[q]:
                if not seen[r] and data[r] == 0:
                    seen[r] = 1
                    stack.append(r)
                    comp.append(r)
        rows = [q // w for q in comp]
        cols = [q % w for q in comp]
        if min(rows) > 0 and min(cols) > 0 and max(rows) < h - 1 and max(cols) < w - 1:
            out.extend(comp)
    return out


def _fill_holes(c: int):
    def fn(t, v):
        key = ("holes", v)
        holes = t.cache.get(key)
        if holes is None:
            holes = t.cache[key] = enclosed_zeros(v)
        if not holes:
            return v
        data = bytearray(v[5])
        for p in holes:
            data[p] = c
        return (GRID, 0, 0, v[3], v[4], bytes(data))
    return fn


def rot_tile_cw(t, v):
    """2 x 2 tiling with quarter turns: I, rot90 / rot270, rot180."""
    a = arr(v)
    if a.shape[0] != a.shape[1]:
        return None
    top = np.concatenate((a, a[::-1].T), 1)
    bottom = np.concatenate((a.T[::-1], a[::-1, ::-1]), 1)
    return grid_of(np.concatenate((top, bottom), 0))


def rot_tile_ccw(t, v):
    """2 x 2 tiling with quarter turns: I, rot270 / rot90, rot180."""
    a = arr(v)
    if a.shape[0] != a.shape[1]:
        return None
    top = np.concatenate((a, a.T[::-1]), 1)
    bottom = np.concatenate((a[::-1].T, a[::-1, ::-1]), 1)
    return grid_of(np.concatenate((top, bottom), 0))


def upscale_by_colours(t, v):
    """upscale(x, numcolors(x) - 1): one step per non-background colour."""
    k = len(set(v[5])) - 1
    if k < 2 or v[3] * v[4] * k * k > 900:
        return None
    return _upscale(k)(t, v)


def count_bar(t, v):
    """A 1 x n row in the one non-zero colour, n = its cell count."""
    cs = set(v[5])
    if len(cs) != 2 or 0 not in cs:
        return None
    c = max(cs)
    n = v[5].count(c)
    if n > 30:
        return None
    return (GRID, 0, 0, 1, n, bytes([c]) * n)


def swap_most_least(t, v):
    a, b = most_colour(v[5]), least_colour(v[5])
    if a == b:
        return None
    table = _table({a: b, b: a})
    return (GRID, 0, 0, v[3], v[4], v[5].translate(table))


def _fractal(k: int):
    """A k x k grid tiled k x k times, each block kept where its cell is non-zero."""
    def fn(t, v):
        if v[3] != k or v[4] != k:
            return None
        a = arr(v)
        mask = np.repeat(np.repeat(a != 0, k, 0), k, 1)
        return grid_of(np.where(mask, np.tile(a, (k, k)), 0).astype(np.uint8))
    return fn


def _fractal_macro(k: int) -> tuple:
    K = COLOUR_NAMES[k]
    lines = [line("upscale", "x", K)]
    row = "x"
    for _ in range(k - 1):
        lines.append(line("hconcat", row, "x"))
        row = f"${len(lines) - 1}"
    out = row
    for _ in range(k - 1):
        lines.append(line("vconcat", out, row))
        out = f"${len(lines) - 1}"
    lines.append(line("ofcolor", "$0", "ZERO"))
    lines.append(line("fill", out, "ZERO", f"${len(lines) - 1}"))
    return tuple(lines)


def grid_transforms(in_colours: list[int], out_colours: list[int]) -> list[Transform]:
    """Grid -> grid transforms; colour-parametrised ones use the task's colours."""
    G = GRID
    x = "x"
    ts = [
        Transform("rot90", G, G, rot90, (line("rot90", x),)),
        Transform("rot180", G, G, rot180, (line("rot180", x),)),
        Transform("rot270", G, G, rot270, (line("rot270", x),)),
        Transform("hmirror", G, G, hmirror, (line("hmirror", x),)),
        Transform("vmirror", G, G, vmirror, (line("vmirror", x),)),
        Transform("dmirror", G, G, dmirror, (line("dmirror", x),)),
        Transform("cmirror", G, G, cmirror, (line("cmirror", x),)),
        Transform("compress", G, G, compress, (line("compress", x),)),
        Transform("crop_nonzero", G, G, crop_nonzero, (
            line("asindices", x), line("ofcolor", x, "ZERO"), line("difference", "$0", "$1"),
            line("subgrid", "$2", x))),
        Transform("crop_nonbg", G, G, crop_nonbg, (
            line("mostcolor", x), line("asindices", x), line("ofcolor", x, "$0"),
            line("difference", "$1", "$2"), line("subgrid", "$3", x))),
        Transform("trim", G, G, trim, (line("trim", x),)),
        Transform("tophalf", G, G, tophalf, (line("tophalf", x),)),
        Transform("bottomhalf", G, G, bottomhalf, (line("bottomhalf", x),)),
        Transform("lefthalf", G, G, lefthalf, (line("lefthalf", x),)),
        Transform("righthalf", G, G, righthalf, (line("righthalf", x),)),
        Transform("upscale2", G, G, _upscale(2), (line("upscale", x, "TWO"),)),
        Transform("upscale3", G, G, _upscale(3), (line("upscale", x, "THREE"),)),
        Transform("hupscale2", G, G, _hupscale(2), (line("hupscale", x, "TWO"),)),
        Transform("vupscale2", G, G, _vupscale(2), (line("vupscale", x, "TWO"),)),
        Transform("downscale2", G, G, _downscale(2), (line("downscale", x, "TWO"),)),
        Transform("downscale3", G, G, _downscale(3), (line("downscale", x, "THREE"),)),
        Transform("mirror_right", G, G, mirror_right, (
            line("vmirror", x), line("hconcat", x, "$0"))),
        Transform("mirror_left", G, G, mirror_left, (
            line("vmirror", x), line("hconcat", "$0", x))),
        Transform("mirror_down", G, G, mirror_down, (
            line("hmirror", x), line("vconcat", x, "$0"))),
        Transform("mirror_up", G, G, mirror_up, (
            line("hmirror", x), line("vconcat", "$0", x))),
        Transform("tile_right", G, G, tile_right, (line("hconcat", x, x),)),
        Transform("tile_down", G, G, tile_down, (line("vconcat", x, x),)),
        Transform("rot_tile_cw", G, G, rot_tile_cw, (
            line("rot90", x), line("hconcat", x, "$0"), line("rot270", x), line("rot180", x),
            line("hconcat", "$2", "$3"), line("vconcat", "$1", "$4"))),
        Transform("rot_tile_ccw", G, G, rot_tile_ccw, (
            line("rot270", x), line("hconcat", x, "$0"), line("rot90", x), line("rot180", x),
            line("hconcat", "$2", "$3"), line("vconcat", "$1", "$4"))),
        Transform("fractal2", G, G, _fractal(2), _fractal_macro(2)),
        Transform("fractal3", G, G, _fractal(3), _fractal_macro(3)),
        Transform("fractal4", G, G, _fractal(4), _fractal_macro(4)),
        Transform("upscale_by_colours", G, G, upscale_by_colours, (
            line("numcolors", x), line("decrement", "$0"), line("upscale", x, "$1"))),
        Transform("count_bar", G, G, count_bar, (
            line("palette", x), line("other", "$0", "ZERO"), line("colorcount", x, "$1"),
            line("astuple", "ONE", "$2"), line("canvas", "$1", "$3"))),
        Transform("swap_most_least", G, G, swap_most_least, (
            line("mostcolor", x), line("leastcolor", x), line("switch", x, "$0", "$1"))),
        Transform("erase_most", G, G, erase_most, (
            line("mostcolor", x), line("replace", x, "$0", "ZERO"))),
        Transform("keep_least", G, G, keep_least, (
            line("leastcolor", x), line("shape", x), line("canvas", "$0", "$1"),
            line("cellwise", x, "$2", "ZERO"))),
    ]
    for c in in_colours:
        C = COLOUR_NAMES[c]
        ts.append(Transform(f"keep{c}", G, G, _keep(c), (
            line("shape", x), line("canvas", C, "$0"), line("cellwise", x, "$1", "ZERO"))))
        ts.append(Transform(f"erase{c}", G, G, _erase(c), (line("replace", x, C, "ZERO"),)))
    for c in out_colours:
        C = COLOUR_NAMES[c]
        ts.append(Transform(f"colshape{c}", G, G, _colshape(c), (
            line("ofcolor", x, "ZERO"), line("shape", x), line("canvas", C, "$1"),
            line("fill", "$2", "ZERO", "$0"))))
        ts.append(Transform(f"fill_holes{c}", G, G, _fill_holes(c), (
            line("objects", x, "T", "F", "F"), line("colorfilter", "$0", "ZERO"),
            line("rbind", "bordering", x), line("compose", "flip", "$2"),
            line("mfilter", "$1", "$3"), line("fill", x, C, "$4"))))
    return ts
