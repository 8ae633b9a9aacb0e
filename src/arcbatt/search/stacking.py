"""Greedy stacking: answers built from pieces that only ever write correct demo pixels.

All demo output pixels form one bit space. A piece is laid in one of three modes: all its
pixels, only its non-zero pixels, or only its zero pixels. A (piece, mode) is legal when
none of its active pixels that are still unwritten is wrong on a demo output; its gain is
the number of unwritten active pixels. Each step takes the legal option with the largest
gain (ties: the earlier, shallower piece), writes where nothing is written yet, and
records the state as a candidate answer; unwritten pixels stay 0 (the canvas colour).
Greedy runs go per depth ceiling (answers from shallow pieces alone are tried) and per
(subset of demo pairs, care pair), as the 2020 winner does: pairs outside the subset are
unconstrained, and the gain counts the care pair only, which yields different stacks.
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


def stack_runs(n_pairs: int, max_subset_pairs: int = 5) -> list[tuple[tuple[int, ...], int]]:
    """(pairs S, care pair) of the greedy runs, most useful first; care -1 = all of S.

    First every pair with the gain summed over all of them, then every pair with one care
    pair, then all but one pair, then the other subsets of the first `max_subset_pairs`
    pairs (largest first). Pairs outside S count as already written.
    """
    from itertools import combinations

    full = tuple(range(n_pairs))
    runs: list[tuple[tuple[int, ...], int]] = [(full, -1)]
    runs += [(full, c) for c in full] if n_pairs > 1 else []
    subsets = [tuple(k for k in full if k != out) for out in full] if n_pairs > 2 else []
    first = full[:max_subset_pairs]
    for size in range(len(first), 0, -1):
        subsets += list(combinations(first, size))
    seen = {full}
    for sub in subsets:
        if sub not in seen:
            seen.add(sub)
            runs += [(sub, -1)] + ([(sub, c) for c in sub] if len(sub) > 1 else [])
    return runs


Tables = tuple[list[list[np.ndarray]], list[list[np.ndarray]],
               list[list[tuple[np.ndarray, np.ndarray]]]]


def pair_tables(P: np.ndarray, T: np.ndarray, segments: list[tuple[int, int]]) -> Tables:
    """Per demo pair and mode (all, non-zero, zero pixels), packed bits of each piece's
    active pixels and of its wrong active pixels; and, for the first step of every run,
    whether a piece is wrong anywhere on the pair and its active pixel count there."""
    wrong = P != T
    nz = P != 0
    act: list[list[np.ndarray]] = []
    bad: list[list[np.ndarray]] = []
    for a, b in segments:
        z, w = nz[:, a:b], wrong[:, a:b]
        act.append([np.packbits(np.ones_like(z), axis=1), np.packbits(z, axis=1),
                    np.packbits(~z, axis=1)])
        bad.append([np.packbits(w, axis=1), np.packbits(z & w, axis=1),
                    np.packbits(~z & w, axis=1)])
    first = [[(b[mode].any(1), _bit_count(a[mode]).sum(1, dtype=np.int64)) for mode in range(3)]
             for a, b in zip(act, bad, strict=True)]
    return act, bad, first


def greedy_stack(finishes: list[Finish], demo_pixels: list[bytes], target: bytes,
                 segments: list[tuple[int, int]], deadline: float | None = None,
                 max_picks: int = MAX_PICKS, max_runs: int | None = None) -> list[Candidate]:
    """Candidates from greedy runs per depth ceiling and (pairs, care pair) (see
    `stack_runs`); the runs go breadth-first over ceilings so a deadline cuts the least
    useful ones."""
    n, m = len(finishes), len(target)
    if n == 0 or m == 0 or not segments:
        return []
    P = np.frombuffer(b"".join(demo_pixels), np.uint8).reshape(n, m)
    T = np.frombuffer(target, np.uint8)
    act, bad, first = pair_tables(P, T, segments)
    depths = np.asarray([f.depth for f in finishes])
    limits = [int(np.searchsorted(depths, c, side="right")) for c in sorted(set(depths))]
    runs = stack_runs(len(segments))
    if max_runs is not None:
        runs = runs[:max_runs]
    out: list[Candidate] = []
    seen: set[tuple] = set()
    for subset, care in runs:
        for limit in limits:
            if deadline is not None and time.process_time() > deadline:
                return out
            _greedy_run(P, T, act, bad, segments, subset, care, limit, max_picks,
                        finishes, out, seen, first)
    return out


def _greedy_run(P: np.ndarray, T: np.ndarray, act: list[list[np.ndarray]],
                bad: list[list[np.ndarray]], segments: list[tuple[int, int]],
                subset: tuple[int, ...], care: int, limit: int, max_picks: int,
                finishes: list[Finish], out: list[Candidate], seen: set[tuple],
                first: list[list[tuple[np.ndarray, np.ndarray]]] | None = None) -> None:
    """One greedy run over the first `limit` pieces; appends its new end states.

    `first[k][mode]`: per piece, whether it is wrong anywhere on pair k and its active
    pixel count there (the first step's legality and gain, shared by all runs)."""
    m = P.shape[1]
    unc = {k: np.packbits(np.ones(segments[k][1] - segments[k][0], bool)) for k in subset}
    gain_pairs = subset if care < 0 else (care,)
    written = np.zeros(m, np.uint8)
    covered = np.zeros(m, bool)
    picks: list[tuple[int, int]] = []
    # per mode, the pieces that may still gain (gain never grows: unwritten pixels only
    # shrink) and whether each is illegal (a legal piece stays legal, for the same reason)
    alive = [np.arange(limit) for _ in range(3)]
    illegal = [np.ones(limit, bool) for _ in range(3)]
    if first is not None:
        for mode in range(3):
            illegal[mode] = np.zeros(limit, bool)
            for k in subset:
                illegal[mode] |= first[k][mode][0][:limit]
    for step in range(max_picks):
        best_gain, best = 0, None
        for mode in range(3):
            ids, ill = alive[mode], illegal[mode]
            if not len(ids):
                continue
            if step == 0 and first is not None:
                gain = sum(first[k][mode][1][:limit] for k in gain_pairs)
            else:
                gain = np.zeros(len(ids), np.int64)
                for k in gain_pairs:
                    gain += _bit_count(act[k][mode][ids] & unc[k]).sum(1, dtype=np.int64)
            keep = gain > 0
            if not keep.all():
                ids, ill, gain = ids[keep], ill[keep], gain[keep]
                alive[mode] = ids
            recheck = np.flatnonzero(ill) if step or first is None else ()
            if len(recheck):
                still = np.zeros(len(recheck), bool)
                for k in subset:
                    still |= (bad[k][mode][ids[recheck]] & unc[k]).any(1)
                ill[recheck] = still
            illegal[mode] = ill
            if ill.all():
                continue
            gain = np.where(ill, 0, gain)
            pos = int(gain.argmax())
            g, j = int(gain[pos]), int(ids[pos])
            if g > best_gain or (g == best_gain and g > 0 and best is not None
                                 and j < best[0]):
                best_gain, best = g, (j, mode)
        if best is None:
            break
        j, mode = best
        row = P[j]
        newly = ~covered if mode == 0 else ~covered & ((row != 0) == (mode == 1))
        written[newly] = row[newly]
        covered |= newly
        for k in subset:
            a, b = segments[k]
            unc[k] = np.packbits(~covered[a:b])
        picks.append(best)
        key = tuple(picks)
        if key in seen:
            continue
        seen.add(key)
        goods = sum(bool((written[a:b] == T[a:b]).all()) for a, b in segments)
        if goods:
            out.append(Candidate(tuple((finishes[p], MODES[md]) for p, md in picks),
                                 goods, max(finishes[p].depth for p, _ in picks)))
        if not any(u.any() for u in unc.values()):
            break


def rank(cands: list[Candidate]) -> list[Candidate]:
    """Most demo pairs first, then shallowest, then fewest pieces (stable otherwise)."""
    return sorted(cands, key=lambda c: (-c.goods, c.depth, c.n_pieces))
