"""Greedy stacking: answers built from pieces that only ever write correct demo pixels.

All demo output pixels form one bit space. A piece is laid in one of three modes: all its
pixels, only its non-zero pixels, or only its zero pixels. A (piece, mode) is legal when
none of its active pixels that are still unwritten is wrong on a demo output; its gain is
the number of unwritten active pixels. Each step takes the legal option with the largest
gain (ties: the earlier, shallower piece), writes where nothing is written yet, and
records the state as a candidate answer; unwritten pixels stay 0 (the canvas colour).
One greedy run goes per depth ceiling, so answers from shallow pieces alone are tried.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from arcbatt.search.pieces import Finish

MODES = ("all", "nonzero", "zero")
MAX_PICKS = 10
_POPCOUNT = np.array([bin(k).count("1") for k in range(256)], np.uint8)


def _bit_count(a: np.ndarray) -> np.ndarray:
    """Set bits per byte (numpy >= 2 has this built in; 1.26 gets a lookup table)."""
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(a)
    return _POPCOUNT[a]


@dataclass(frozen=True)
class Candidate:
    """An answer: picks in order (first pick on top), demo pairs reproduced, depth, pieces."""

    picks: tuple[tuple[Finish, str], ...]
    goods: int
    depth: int

    @property
    def n_pieces(self) -> int:
        return len(self.picks)


def layer(canvas: bytearray, covered: bytearray, piece: bytes, mode: str) -> None:
    """Write `piece` under the earlier picks: only where nothing is written yet."""
    for k, v in enumerate(piece):
        if covered[k]:
            continue
        if mode == "all" or (mode == "nonzero") == (v != 0):
            canvas[k] = v
            covered[k] = 1


def compose(pieces: list[tuple[bytes, str]], n_pixels: int) -> bytes:
    """The answer's pixels from (piece pixels, mode) in pick order on a zero canvas."""
    canvas = bytearray(n_pixels)
    covered = bytearray(n_pixels)
    for px, mode in pieces:
        layer(canvas, covered, px, mode)
    return bytes(canvas)


def greedy_stack(finishes: list[Finish], demo_pixels: list[bytes], target: bytes,
                 segments: list[tuple[int, int]], deadline: float | None = None,
                 max_picks: int = MAX_PICKS) -> list[Candidate]:
    """Candidates from one greedy run per depth ceiling (see the module docstring)."""
    n, m = len(finishes), len(target)
    if n == 0 or m == 0:
        return []
    P = np.frombuffer(b"".join(demo_pixels), np.uint8).reshape(n, m)
    T = np.frombuffer(target, np.uint8)
    wrong = P != T
    nz = P != 0
    act = [np.packbits(np.ones_like(nz), axis=1), np.packbits(nz, axis=1),
           np.packbits(~nz, axis=1)]
    bad = [np.packbits(wrong, axis=1), np.packbits(nz & wrong, axis=1),
           np.packbits(~nz & wrong, axis=1)]
    del wrong
    depths = [f.depth for f in finishes]
    ceilings = sorted(set(depths))
    out: list[Candidate] = []
    seen: set[tuple] = set()
    for ceiling in ceilings:
        if deadline is not None and time.process_time() > deadline:
            break
        limit = int(np.searchsorted(np.asarray(depths), ceiling, side="right"))
        picks: list[tuple[int, int]] = []
        unc = np.packbits(np.ones(m, bool))
        written = np.zeros(m, np.uint8)
        covered = np.zeros(m, bool)
        for _ in range(max_picks):
            best_gain, best = 0, None
            for mode in range(3):
                a = act[mode][:limit]
                illegal = (bad[mode][:limit] & unc).any(1)
                gain = _bit_count(a & unc).sum(1, dtype=np.int64)
                gain[illegal] = 0
                j = int(gain.argmax())
                g = int(gain[j])
                if g > best_gain or (g == best_gain and g > 0 and best is not None
                                     and j < best[0]):
                    best_gain, best = g, (j, mode)
            if best is None:
                break
            j, mode = best
            newly = np.unpackbits(act[mode][j] & unc, count=m).astype(bool)
            written[newly] = P[j][newly]
            covered |= newly
            unc &= ~act[mode][j]
            picks.append(best)
            goods = sum(bool((written[a:b] == T[a:b]).all()) for a, b in segments)
            key = tuple(picks)
            if goods and key not in seen:
                seen.add(key)
                out.append(Candidate(tuple((finishes[p], MODES[md]) for p, md in picks),
                                     goods, max(finishes[p].depth for p, _ in picks)))
            if not unc.any():
                break
    return out


def rank(cands: list[Candidate]) -> list[Candidate]:
    """Most demo pairs first, then shallowest, then fewest pieces (stable otherwise)."""
    return sorted(cands, key=lambda c: (-c.goods, c.depth, c.n_pieces))
