"""Patches (DSL Indices): cells picked from a grid or objects, grown or outlined, then drawn.

A patch value is ``(4, y, x, h, w, mask)`` with a tight box and a 0/1 byte per cell; it may
reach outside the grid (rays, outboxes, neighbours at the border), exactly as DSL Indices
can. Patches come from colours of a grid or from objects (their bounding boxes, holes,
interiors, outlines); they grow by neighbourhoods, rays and gap-filling lines; and they
are drawn into the input with `fill` or `underfill` in one colour. This is the DSL's way
of saying "colour these cells", which icecuber's search gets from stacking.
"""

from __future__ import annotations

import numpy as np

from arcbatt.search.library_grid import arr
from arcbatt.search.library_objects import _on_merged
from arcbatt.search.transform import COLOUR_NAMES, Transform, line
from arcbatt.search.values import ABSENT, GRID, OBJ, OBJS, PATCH, least_colour, most_colour

IDX = PATCH
_u8 = np.uint8


def mask_value(y: int, x: int, m: np.ndarray) -> tuple | None:
    """A patch value from a boolean mask placed at (y, x): shrunk to its cells."""
    rows = np.flatnonzero(m.any(1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(m.any(0))
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    sub = m[r0:r1, c0:c1]
    return (IDX, y + int(r0), x + int(c0), int(r1 - r0), int(c1 - c0),
            sub.astype(_u8).tobytes())


def mask_of(v: tuple) -> np.ndarray:
    return np.frombuffer(v[5], _u8).reshape(v[3], v[4]).astype(bool)


def patch_cells(v: tuple) -> frozenset:
    """The DSL Indices of a patch value."""
    _, y, x, h, w, data = v
    return frozenset((y + k // w, x + k % w) for k, b in enumerate(data) if b)


def _rect(top: int, left: int, bottom: int, right: int, outline: bool) -> tuple:
    h, w = bottom - top + 1, right - left + 1
    m = np.zeros((h, w), bool)
    if outline:
        m[0, :] = m[-1, :] = True
        m[:, 0] = m[:, -1] = True
    else:
        m[:, :] = True
    return (IDX, top, left, h, w, m.astype(_u8).tobytes())


def _bounds(v: tuple) -> tuple[int, int, int, int]:
    return v[1], v[2], v[1] + v[3] - 1, v[2] + v[4] - 1


# -- grid -> patch ------------------------------------------------------------------------
def _of_colour(c: int):
    def fn(t, v):
        return mask_value(0, 0, arr(v) == c)
    return fn


def nonzero_cells(t, v):
    return mask_value(0, 0, arr(v) != 0)


def all_cells(t, v):
    return (IDX, 0, 0, v[3], v[4], b"\x01" * (v[3] * v[4]))


def least_cells(t, v):
    return mask_value(0, 0, arr(v) == least_colour(v[5]))


# -- shapes of one patch -------------------------------------------------------------------
def p_box(t, v):
    return _rect(*_bounds(v), outline=True)


def p_backdrop(t, v):
    return _rect(*_bounds(v), outline=False)


def p_delta(t, v):
    m = ~mask_of(v)
    return mask_value(v[1], v[2], m)


def _inbox_bounds(top, left, bottom, right):
    ai, aj, bi, bj = top + 1, left + 1, bottom - 1, right - 1
    return min(ai, bi), min(aj, bj), max(ai, bi), max(aj, bj)


def p_inbox(t, v):
    return _rect(*_inbox_bounds(*_bounds(v)), outline=True)


def p_outbox(t, v):
    top, left, bottom, right = _bounds(v)
    return _rect(top - 1, left - 1, bottom + 1, right + 1, outline=True)


def _grow(v: tuple, steps: list[tuple[int, int]]) -> tuple | None:
    m = mask_of(v)
    h, w = m.shape
    out = np.zeros((h + 2, w + 2), bool)
    for dr, dc in steps:
        out[1 + dr:1 + dr + h, 1 + dc:1 + dc + w] |= m
    return mask_value(v[1] - 1, v[2] - 1, out)


_N4 = [(-1, 0), (1, 0), (0, -1), (0, 1)]
_NX = [(-1, -1), (-1, 1), (1, -1), (1, 1)]


def nbr4(t, v):
    return _grow(v, _N4)


def nbrx(t, v):
    return _grow(v, _NX)


def nbr8(t, v):
    return _grow(v, _N4 + _NX)


def halo8(t, v):
    g = _grow(v, _N4 + _NX)
    if g is None:
        return None
    m = mask_of(g)
    inner = mask_of(v)
    m[v[1] - g[1]:v[1] - g[1] + v[3], v[2] - g[2]:v[2] - g[2] + v[4]] &= ~inner
    return mask_value(g[1], g[2], m)


def _shift(dr: int, dc: int):
    def fn(t, v):
        return (IDX, v[1] + dr, v[2] + dc, v[3], v[4], v[5])
    return fn


def _frontiers(horizontal: bool):
    def fn(t, v):
        m = mask_of(v)
        if horizontal:  # each occupied row, columns 0..29
            rows = m.any(1)
            return mask_value(v[1], 0, np.repeat(rows[:, None], 30, 1))
        cols = m.any(0)
        return mask_value(0, v[2], np.repeat(cols[None, :], 30, 0))
    return fn


def _shoot(dr: int, dc: int):
    """mapply(rbind(shoot, d), patch): from every cell, 43 cells along d (itself first)."""
    def fn(t, v):
        m = mask_of(v)
        h, w = m.shape
        if dr and dc and int(m.sum()) > 64:
            return None  # the macro's diagonal rays are slow through the DSL
        hh, ww = h + 42 * abs(dr), w + 42 * abs(dc)
        out = np.zeros((hh, ww), bool)
        oy = 42 if dr < 0 else 0
        ox = 42 if dc < 0 else 0
        for k in range(43):
            r, c = oy + k * dr, ox + k * dc
            out[r:r + h, c:c + w] |= m
        return mask_value(v[1] - oy, v[2] - ox, out)
    return fn


MAX_CONNECT = 64  # cells: the DSL macro builds every pair's segment


def connect_lines(t, v):
    """Every horizontal or vertical segment between two cells of the patch, cells included."""
    m = mask_of(v)
    if int(m.sum()) > MAX_CONNECT:
        return None
    out = m.copy()
    for r in np.flatnonzero(m.any(1)):
        cs = np.flatnonzero(m[r])
        out[r, cs[0]:cs[-1] + 1] = True
    for c in np.flatnonzero(m.any(0)):
        rs = np.flatnonzero(m[:, c])
        out[rs[0]:rs[-1] + 1, c] = True
    return mask_value(v[1], v[2], out)


# -- objects -> patch ---------------------------------------------------------------------
def _object_mask(o: tuple) -> np.ndarray:
    return np.frombuffer(o[5], _u8).reshape(o[3], o[4]) != ABSENT


def _union(parts: list[tuple]) -> tuple | None:
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    y = min(p[1] for p in parts)
    x = min(p[2] for p in parts)
    h = max(p[1] + p[3] for p in parts) - y
    w = max(p[2] + p[4] for p in parts) - x
    out = np.zeros((h, w), bool)
    for p in parts:
        out[p[1] - y:p[1] - y + p[3], p[2] - x:p[2] - x + p[4]] |= mask_of(p)
    return mask_value(y, x, out)


def _as_patch(o: tuple) -> tuple:
    return (IDX, o[1], o[2], o[3], o[4], _object_mask(o).astype(_u8).tobytes())


def _each(op):
    def fn(t, v):
        vals = t.values
        return _union([op(t, _as_patch(vals[m])) for m in v[1]])
    return fn


def object_cells(t, v):
    return _as_patch(v)


def _interior(t, v):
    top, left, bottom, right = _inbox_bounds(*_bounds(v))
    return _rect(top, left, bottom, right, outline=False)


# -- patch -> grid -------------------------------------------------------------------------
def _fill(c: int, under: bool):
    def fn(t, v):
        inp = t.input
        ih, iw = inp[3], inp[4]
        out = np.frombuffer(inp[5], _u8).reshape(ih, iw).copy()
        m = mask_of(v) if v[0] == IDX else _object_mask(v)
        y, x = v[1], v[2]
        r0, c0 = max(0, -y), max(0, -x)
        r1, c1 = min(m.shape[0], ih - y), min(m.shape[1], iw - x)
        if r1 <= r0 or c1 <= c0:
            return inp
        sub = m[r0:r1, c0:c1]
        dest = out[y + r0:y + r1, x + c0:x + c1]
        if under:
            sub = sub & (dest == most_colour(inp[5]))
        dest[sub] = c
        return (GRID, 0, 0, ih, iw, out.tobytes())
    return fn


def patch_transforms(in_colours: list[int], out_colours: list[int]) -> list[Transform]:
    """Grid/object -> patch, patch -> patch and patch -> grid (fill into I) transforms."""
    G, O, S, P = GRID, OBJ, OBJS, IDX
    x = "x"
    ts = [
        Transform("nonzero_cells", G, P, nonzero_cells, (
            line("asindices", x), line("ofcolor", x, "ZERO"), line("difference", "$0", "$1"))),
        Transform("all_cells", G, P, all_cells, (line("asindices", x),)),
        Transform("least_cells", G, P, least_cells, (
            line("leastcolor", x), line("ofcolor", x, "$0"))),
    ]
    for c in [0, *in_colours]:
        ts.append(Transform(f"ofcolor{c}", G, P, _of_colour(c), (
            line("ofcolor", x, COLOUR_NAMES[c]),)))
    ts += [
        Transform("box", P, P, p_box, (line("box", x),)),
        Transform("backdrop", P, P, p_backdrop, (line("backdrop", x),)),
        Transform("delta", P, P, p_delta, (line("delta", x),)),
        Transform("inbox", P, P, p_inbox, (line("inbox", x),)),
        Transform("outbox", P, P, p_outbox, (line("outbox", x),)),
        Transform("nbr4", P, P, nbr4, (line("mapply", "dneighbors", x),)),
        Transform("nbrx", P, P, nbrx, (line("mapply", "ineighbors", x),)),
        Transform("nbr8", P, P, nbr8, (line("mapply", "neighbors", x),)),
        Transform("halo8", P, P, halo8, (
            line("mapply", "neighbors", x), line("difference", "$0", x))),
        Transform("shift_down", P, P, _shift(1, 0), (line("shift", x, "DOWN"),)),
        Transform("shift_up", P, P, _shift(-1, 0), (line("shift", x, "UP"),)),
        Transform("shift_right", P, P, _shift(0, 1), (line("shift", x, "RIGHT"),)),
        Transform("shift_left", P, P, _shift(0, -1), (line("shift", x, "LEFT"),)),
        Transform("hlines", P, P, _frontiers(True), (line("mapply", "hfrontier", x),)),
        Transform("vlines", P, P, _frontiers(False), (line("mapply", "vfrontier", x),)),
        Transform("shoot_down", P, P, _shoot(1, 0), (
            line("rbind", "shoot", "DOWN"), line("mapply", "$0", x))),
        Transform("shoot_up", P, P, _shoot(-1, 0), (
            line("rbind", "shoot", "UP"), line("mapply", "$0", x))),
        Transform("shoot_right", P, P, _shoot(0, 1), (
            line("rbind", "shoot", "RIGHT"), line("mapply", "$0", x))),
        Transform("shoot_left", P, P, _shoot(0, -1), (
            line("rbind", "shoot", "LEFT"), line("mapply", "$0", x))),
        Transform("shoot_down_right", P, P, _shoot(1, 1), (
            line("rbind", "shoot", "UNITY"), line("mapply", "$0", x))),
        Transform("shoot_up_left", P, P, _shoot(-1, -1), (
            line("rbind", "shoot", "NEG_UNITY"), line("mapply", "$0", x))),
        Transform("shoot_up_right", P, P, _shoot(-1, 1), (
            line("rbind", "shoot", "UP_RIGHT"), line("mapply", "$0", x))),
        Transform("shoot_down_left", P, P, _shoot(1, -1), (
            line("rbind", "shoot", "DOWN_LEFT"), line("mapply", "$0", x))),
        Transform("connect", P, P, connect_lines, (
            line("prapply", "connect", x, x), line("fork", "either", "hline", "vline"),
            line("mfilter", "$0", "$1"))),
        Transform("each_delta", S, P, _each(p_delta), (line("mapply", "delta", x),)),
        Transform("each_box", S, P, _each(p_box), (line("mapply", "box", x),)),
        Transform("each_backdrop", S, P, _each(p_backdrop), (line("mapply", "backdrop", x),)),
        Transform("each_outbox", S, P, _each(p_outbox), (line("mapply", "outbox", x),)),
        Transform("each_interior", S, P, _each(_interior), (
            line("compose", "backdrop", "inbox"), line("mapply", "$0", x))),
        Transform("object_cells", O, P, object_cells, (line("toindices", x),)),
    ]
    for c in out_colours:
        C = COLOUR_NAMES[c]
        ts.append(Transform(f"fill{c}", P, G, _fill(c, False), (line("fill", "I", C, x),)))
        ts.append(Transform(f"underfill{c}", P, G, _fill(c, True), (
            line("underfill", "I", C, x),)))
        ts.append(Transform(f"obj_fill{c}", O, G, _fill(c, False), (line("fill", "I", C, x),)))
        ts.append(Transform(f"objects_fill{c}", S, G, _on_merged(_fill(c, False)), (
            line("merge", x), line("fill", "I", C, "$0"))))
    ts.append(Transform("fill0", P, G, _fill(0, False), (line("fill", "I", "ZERO", x),)))
    return ts
