"""Grid -> grid completion transforms: repair a grid from its own symmetries.

Many ARC tasks hide part of a symmetric picture under a "noise" colour (often 0) and ask
for the picture restored, or for just the hidden part. `symfill_<g><c>` overwrites every
cell of colour c with the cell its mirror image shows, one generator of the symmetry group
g at a time; `symcrop_<g><c>` does the same and then crops the repaired grid to the box the
colour c occupied. The fast versions refuse (None) unless the cells outside colour c agree
with every generator and show at least two colours, which keeps the branching of these
many colour variants low.
"""

from __future__ import annotations

import numpy as np

from arcbatt.search.library_grid import arr, grid_of
from arcbatt.search.transform import COLOUR_NAMES, Transform, line
from arcbatt.search.values import GRID

# symmetry groups as the ordered generator passes that complete an orbit, by DSL name (the
# diagonal and rotation groups found nothing on the training tasks, so they are left out;
# dmirror and rot90 would need a square grid)
_MOVES = {
    "hmirror": lambda a: a[::-1],
    "vmirror": lambda a: a[:, ::-1],
    "dmirror": lambda a: a.T,
    "rot180": lambda a: a[::-1, ::-1],
    "rot90": lambda a: a[::-1].T,
}
GROUPS: dict[str, tuple[str, ...]] = {
    "h": ("hmirror",),
    "v": ("vmirror",),
    "hv": ("hmirror", "vmirror"),
}
_SQUARE_ONLY = {"dmirror", "rot90"}


def _complete(t, v: tuple, c: int, moves: tuple[str, ...]
              ) -> tuple[np.ndarray, np.ndarray] | None:
    """The repaired pixels and the noise mask, or None when the grid is not symmetric."""
    if c not in v[5] or (v[3] != v[4] and any(m in _SQUARE_ONLY for m in moves)):
        return None
    key = ("symfill", v, c, moves)  # fill and crop share one repair
    if key in t.cache:
        return t.cache[key]
    t.cache[key] = None
    a = arr(v)
    noise = a == c
    known = ~noise
    if len(np.unique(a[known])) < 2:
        return None  # a lone shape on a plain background: every mirror "agrees", no signal
    for m in moves:
        if not _consistent(t, v, a, known, c, m):
            return None
    out = a
    for m in moves:
        out = np.where(out == c, _MOVES[m](out), out)
    if np.array_equal(out, a):
        return None
    t.cache[key] = (out, noise)
    return out, noise


def _consistent(t, v: tuple, a: np.ndarray, known: np.ndarray, c: int, m: str) -> bool:
    """Whether the cells outside colour c agree with their images under the move m."""
    key = ("symmetric", v, c, m)
    ok = t.cache.get(key)
    if ok is None:
        both = known & _MOVES[m](known)
        ok = t.cache[key] = bool(np.array_equal(a[both], _MOVES[m](a)[both]))
    return ok


def _symfill(c: int, moves: tuple[str, ...]):
    def fn(t, v):
        r = _complete(t, v, c, moves)
        return None if r is None else grid_of(r[0])
    return fn


def _symcrop(c: int, moves: tuple[str, ...]):
    def fn(t, v):
        r = _complete(t, v, c, moves)
        if r is None:
            return None
        out, noise = r
        rows = np.flatnonzero(noise.any(1))
        cols = np.flatnonzero(noise.any(0))
        return grid_of(out[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1])
    return fn


def _fill_macro(c: int, moves: tuple[str, ...], crop: bool) -> tuple:
    """paint(g, toobject(ofcolor(g, c), move(g))) for each move, then the optional crop."""
    C = COLOUR_NAMES[c]
    lines = [line("ofcolor", "x", C)]
    cur = "x"
    for m in moves:
        base = len(lines)
        holes = "$0" if cur == "x" else f"${base}"
        if cur != "x":
            lines.append(line("ofcolor", cur, C))
            base += 1
        lines.append(line(m, cur))
        lines.append(line("toobject", holes, f"${base}"))
        lines.append(line("paint", cur, f"${base + 1}"))
        cur = f"${base + 2}"
    if crop:
        lines.append(line("subgrid", "$0", cur))
    return tuple(lines)


def fill_transforms(in_colours: list[int]) -> list[Transform]:
    """Symmetry repair for noise colour 0 and every input colour, each group, fill and crop."""
    G = GRID
    ts: list[Transform] = []
    for c in [0] + [k for k in in_colours if k != 0]:
        for g, moves in GROUPS.items():
            ts.append(Transform(f"symfill_{g}{c}", G, G, _symfill(c, moves),
                                _fill_macro(c, moves, False)))
            ts.append(Transform(f"symcrop_{g}{c}", G, G, _symcrop(c, moves),
                                _fill_macro(c, moves, True)))
    for name, dirs in SMEARS.items():
        ts.append(Transform(f"smear_{name}", G, G, _smear(dirs), _smear_macro(dirs)))
    return ts


# -- smears: every pixel casts rays of its own colour ----------------------------------
# direction sets by DSL constant name; icecuber's `smear` family, with DSL rays (they run to
# the edge through other pixels) that only colour the zero cells
_DIRECTIONS = {
    "UNITY": (1, 1), "NEG_UNITY": (-1, -1), "DOWN_LEFT": (1, -1), "UP_RIGHT": (-1, 1),
    "DOWN": (1, 0), "UP": (-1, 0), "LEFT": (0, -1), "RIGHT": (0, 1),
}
SMEARS: dict[str, tuple[str, ...]] = {
    "diag": ("UNITY", "NEG_UNITY", "DOWN_LEFT", "UP_RIGHT"),
    "anti": ("DOWN_LEFT", "UP_RIGHT"),
    "main": ("UNITY", "NEG_UNITY"),
    "h": ("LEFT", "RIGHT"),
    "v": ("UP", "DOWN"),
}


_SKEW: dict[tuple[int, int, int], tuple[np.ndarray, np.ndarray, int]] = {}


def _skew(h: int, w: int, dx: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Index arrays that put the cells of each line of slope dx into one column."""
    key = (h, w, dx)
    if key not in _SKEW:
        rows = np.repeat(np.arange(h), w).reshape(h, w)
        off = h - 1 if dx > 0 else 0
        cols = np.arange(w)[None, :] - dx * np.arange(h)[:, None] + off
        _SKEW[key] = (rows, cols, w + (h - 1) * abs(dx))
    return _SKEW[key]


def _rays(bits: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """Per cell, the OR of the colour bits of the cells whose ray in (dy, dx) reaches it."""
    if dy == 0:
        return _rays(bits.T, dx, 0).T
    if dy < 0:
        return _rays(bits[::-1], 1, dx)[::-1]
    h, w = bits.shape
    rows, cols, width = _skew(h, w, dx)
    sk = np.zeros((h, width), bits.dtype)
    sk[rows, cols] = bits
    acc = np.bitwise_or.accumulate(sk, axis=0)
    ex = np.zeros_like(acc)
    ex[1:] = acc[:-1]
    return ex[rows, cols]


def _smear(dirs: tuple[str, ...]):
    def fn(t, v):
        a = arr(v)
        zero = a == 0
        if zero.all() or not zero.any():
            return None
        bits = np.where(zero, 0, np.left_shift(1, a.astype(np.int32))).astype(np.int32)
        hit = np.zeros_like(bits)
        for d in dirs:
            hit |= _rays(bits, *_DIRECTIONS[d])
        hit = np.where(zero, hit, 0)
        if not hit.any():
            return None
        if ((hit & (hit - 1)) != 0).any():
            return None  # two colours reach one cell: the DSL's paint order would decide
        colour = np.zeros_like(a)
        for c in range(1, 10):
            colour[hit == (1 << c)] = c
        return grid_of(np.where(zero, colour, a).astype(np.uint8))
    return fn


def _smear_macro(dirs: tuple[str, ...]) -> tuple:
    """Rays of every non-zero colour class, in each direction, painted on the zero cells."""
    lines = [line("partition", "x"), line("compose", "positive", "color"),
             line("sfilter", "$0", "$1")]
    parts = []
    for d in dirs:
        k = len(lines)
        lines += [line("rbind", "shoot", d), line("lbind", "mapply", f"${k}"),
                  line("compose", f"${k + 1}", "toindices"),
                  line("fork", "recolor", "color", f"${k + 2}"),
                  line("mapply", f"${k + 3}", "$2")]
        parts.append(f"${k + 4}")
    total = parts[0]
    for p in parts[1:]:
        lines.append(line("combine", total, p))
        total = f"${len(lines) - 1}"
    k = len(lines)
    lines += [line("paint", "x", total), line("ofcolor", "x", "ZERO"),
              line("toobject", f"${k + 1}", f"${k}"), line("paint", "x", f"${k + 2}")]
    return tuple(lines)
