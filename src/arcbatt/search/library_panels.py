"""Panels: splitting a grid into equal parts, picking one, and overlaying two pixelwise.

`hsplit`/`vsplit` give an ordered tuple of grids; picks on tuples are deterministic (ties
go to the first panel, as `argmax` on a tuple does), and two equal-shaped panels can be
combined with a boolean rule (and, or, xor, nor, and-not) written in one colour.
"""

from __future__ import annotations

import numpy as np

from arcbatt.search.library_grid import arr, grid_of
from arcbatt.search.transform import COLOUR_NAMES, Transform, line
from arcbatt.search.values import GRID, GRIDS


def _split(n: int, horizontal: bool):
    def fn(t, v):
        h, w = v[3], v[4]
        size = w if horizontal else h
        if size < n or size < 2:
            return None
        p, rem = divmod(size, n)
        s = 1 if rem else 0
        a = arr(v)
        parts = []
        for k in range(n):
            start = k * (p + s)
            part = a[:, start:start + p] if horizontal else a[start:start + p]
            g = grid_of(part)
            if g is None:
                return None
            parts.append(t.intern(g))
        return (GRIDS, tuple(parts))
    return fn


def _quadrants(n: int):
    """vsplit into n bands, hsplit each into n: the n x n panels in reading order."""
    rows = _split(n, False)
    cols = _split(n, True)

    def fn(t, v):
        bands = rows(t, v)
        if bands is None:
            return None
        out: list[int] = []
        for b in bands[1]:
            parts = cols(t, t.values[b])
            if parts is None:
                return None
            out.extend(parts[1])
        return (GRIDS, tuple(out))
    return fn


def _by_colours(largest: bool):
    """argmax/argmin(panels, numcolors): ties go to the first panel, as on a tuple."""
    def fn(t, v):
        vals = t.values
        keys = [len(set(vals[m][5])) for m in v[1]]
        best = max(keys) if largest else min(keys)
        return vals[v[1][keys.index(best)]]
    return fn


def _panel_symmetric(how: str, wanted: bool):
    def fn(t, v):
        vals = t.values
        for m in v[1]:
            g = vals[m]
            a = arr(g)
            if how == "v":
                sym = bool((a == a[:, ::-1]).all())
            elif how == "h":
                sym = bool((a == a[::-1]).all())
            else:
                sym = a.shape[0] == a.shape[1] and bool((a == a.T).all())
            if sym == wanted:
                return g
        return None
    return fn


def first_panel(t, v):
    return t.values[v[1][0]]


def last_panel(t, v):
    return t.values[v[1][-1]]


def _common(most: bool):
    def fn(t, v):
        ids = v[1]
        counts: dict[int, int] = {}
        for m in ids:
            counts[m] = counts.get(m, 0) + 1
        target = max(counts.values()) if most else min(counts.values())
        winners = [m for m, n in counts.items() if n == target]
        return t.values[winners[0]] if len(winners) == 1 else None
    return fn


def _pair(t, v):
    if len(v[1]) != 2:
        return None
    a, b = t.values[v[1][0]], t.values[v[1][1]]
    if a[3] != b[3] or a[4] != b[4]:
        return None
    return arr(a) != 0, arr(b) != 0, a[3], a[4]


_RULES = {
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
    "nor": lambda a, b: ~(a | b),
    "andnot": lambda a, b: a & ~b,
    "notand": lambda a, b: ~a & b,
}


def _combine(rule: str, c: int):
    op = _RULES[rule]

    def fn(t, v):
        pair = _pair(t, v)
        if pair is None:
            return None
        a, b, h, w = pair
        out = np.where(op(a, b), np.uint8(c), np.uint8(0)).astype(np.uint8)
        return (GRID, 0, 0, h, w, out.tobytes())
    return fn


def _combine_macro(rule: str, C: str) -> tuple:
    head = [line("first", "x"), line("last", "x"), line("ofcolor", "$0", "ZERO"),
            line("ofcolor", "$1", "ZERO")]
    # $2: zeros of a, $3: zeros of b
    if rule == "and":  # non-zero in both: clear the union of zeros on a C canvas
        tail = [line("combine", "$2", "$3"), line("shape", "$0"), line("canvas", C, "$5"),
                line("fill", "$6", "ZERO", "$4")]
    elif rule == "or":
        tail = [line("intersection", "$2", "$3"), line("shape", "$0"), line("canvas", C, "$5"),
                line("fill", "$6", "ZERO", "$4")]
    elif rule == "xor":
        tail = [line("difference", "$2", "$3"), line("difference", "$3", "$2"),
                line("combine", "$4", "$5"), line("shape", "$0"), line("canvas", "ZERO", "$7"),
                line("fill", "$8", C, "$6")]
    elif rule == "nor":
        tail = [line("intersection", "$2", "$3"), line("shape", "$0"),
                line("canvas", "ZERO", "$5"), line("fill", "$6", C, "$4")]
    elif rule == "andnot":  # a non-zero, b zero
        tail = [line("difference", "$3", "$2"), line("shape", "$0"),
                line("canvas", "ZERO", "$5"), line("fill", "$6", C, "$4")]
    else:  # notand: a zero, b non-zero
        tail = [line("difference", "$2", "$3"), line("shape", "$0"),
                line("canvas", "ZERO", "$5"), line("fill", "$6", C, "$4")]
    return tuple(head + tail)


def panel_transforms(out_colours: list[int]) -> list[Transform]:
    """Splits into 2 or 3 panels, panel picks, and two-panel overlays in output colours."""
    G, P = GRID, GRIDS
    x = "x"
    ts = [
        Transform("hsplit2", G, P, _split(2, True), (line("hsplit", x, "TWO"),)),
        Transform("hsplit3", G, P, _split(3, True), (line("hsplit", x, "THREE"),)),
        Transform("vsplit2", G, P, _split(2, False), (line("vsplit", x, "TWO"),)),
        Transform("vsplit3", G, P, _split(3, False), (line("vsplit", x, "THREE"),)),
        Transform("quadrants2", G, P, _quadrants(2), (
            line("vsplit", x, "TWO"), line("rbind", "hsplit", "TWO"), line("apply", "$1", "$0"),
            line("merge", "$2"))),
        Transform("quadrants3", G, P, _quadrants(3), (
            line("vsplit", x, "THREE"), line("rbind", "hsplit", "THREE"),
            line("apply", "$1", "$0"), line("merge", "$2"))),
        Transform("panel_most_colours", P, G, _by_colours(True), (
            line("argmax", x, "numcolors"),)),
        Transform("panel_least_colours", P, G, _by_colours(False), (
            line("argmin", x, "numcolors"),)),
        Transform("first_panel", P, G, first_panel, (line("first", x),)),
        Transform("last_panel", P, G, last_panel, (line("last", x),)),
        Transform("common_panel", P, G, _common(True), (line("mostcommon", x),)),
        Transform("odd_panel", P, G, _common(False), (line("leastcommon", x),)),
    ]
    for how, mirror in (("v", "vmirror"), ("h", "hmirror"), ("d", "dmirror")):
        ts.append(Transform(f"panel_symmetric_{how}", P, G, _panel_symmetric(how, True), (
            line("fork", "equality", "identity", mirror), line("extract", x, "$0"))))
        ts.append(Transform(f"panel_asymmetric_{how}", P, G, _panel_symmetric(how, False), (
            line("fork", "equality", "identity", mirror), line("compose", "flip", "$0"),
            line("extract", x, "$1"))))
    for c in out_colours:
        C = COLOUR_NAMES[c]
        for rule in _RULES:
            ts.append(Transform(f"panels_{rule}{c}", P, G, _combine(rule, c),
                                _combine_macro(rule, C)))
    return ts
