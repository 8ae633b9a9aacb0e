"""Greedy stacking: legality, subsets of pairs and care pairs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from arcbatt.search.pieces import Finish
from arcbatt.search.stacking import compose, greedy_stack, rank, stack_runs


def _finish(k: int, depth: int = 1) -> Finish:
    return Finish((k,), "as_is", (), -1, depth)


def test_runs_start_with_all_pairs_and_cover_every_subset() -> None:
    runs = stack_runs(3)
    assert runs[0] == ((0, 1, 2), -1)
    assert {s for s, _ in runs} == {(0, 1, 2), (1, 2), (0, 2), (0, 1), (0,), (1,), (2,)}
    assert len(runs) == len(set(runs))
    # beyond five pairs only leave-one-out subsets use the later pairs
    assert all(max(s) < 5 or len(s) >= 6 for s, _ in stack_runs(7))


def test_two_pieces_stack_into_a_full_fit_without_writing_wrong_pixels() -> None:
    target = bytes([1, 0, 2, 2]) + bytes([1, 1, 0, 2])  # two pairs of 4 pixels
    left = bytes([1, 0, 0, 0]) + bytes([1, 1, 0, 0])    # right where non-zero
    right = bytes([0, 0, 2, 2]) + bytes([0, 0, 0, 2])
    noise = bytes([3, 3, 3, 3]) * 2                      # wrong everywhere: never legal
    cands = greedy_stack([_finish(0), _finish(1), _finish(2)], [noise, left, right], target,
                         [(0, 4), (4, 8)])
    best = rank(cands)[0]
    assert best.goods == 2 and best.n_pieces == 2
    got = compose([(px, mode) for px, mode in
                   [([noise, left, right][f.node[0]], mode) for f, mode in best.picks]], 8)
    assert got == target


def test_a_piece_wrong_on_one_pair_still_yields_a_partial_fit() -> None:
    """Illegal on all pairs together, but the run over pair 0 alone takes it."""
    target = bytes([4, 4]) + bytes([5, 5])
    piece = bytes([4, 4]) + bytes([6, 6])
    cands = greedy_stack([_finish(0)], [piece], target, [(0, 2), (2, 4)])
    assert [c.goods for c in cands] == [1]


def _reference_run(pixels: list[bytes], target: bytes, segments: list[tuple[int, int]],
                   subset: tuple[int, ...], care: int, limit: int,
                   max_picks: int) -> list[tuple[tuple[int, int], ...]]:
    """One greedy run written plainly, pixel by pixel: the picks after each step."""
    m = len(target)
    pair_of = [next(k for k, (a, b) in enumerate(segments) if a <= i < b) for i in range(m)]
    gain_pairs = set(subset) if care < 0 else {care}
    covered = [False] * m
    picks: list[tuple[int, int]] = []
    states = []
    for _ in range(max_picks):
        best, best_gain = None, 0
        for mode in range(3):
            for j in range(limit):
                px = pixels[j]
                on = [i for i in range(m) if not covered[i]
                      and (mode == 0 or (px[i] != 0) == (mode == 1))]
                if any(pair_of[i] in subset and px[i] != target[i] for i in on):
                    continue
                g = sum(pair_of[i] in gain_pairs for i in on)
                if g > best_gain or (g == best_gain and g > 0 and best is not None
                                     and j < best[0]):
                    best, best_gain = (j, mode), g
        if best is None:
            break
        j, mode = best
        for i in range(m):
            if not covered[i] and (mode == 0 or (pixels[j][i] != 0) == (mode == 1)):
                covered[i] = True
        picks.append(best)
        states.append(tuple(picks))
        if all(covered[i] for i in range(m) if pair_of[i] in subset):
            break
    return states


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_greedy_runs_match_a_plain_reference(data) -> None:
    import numpy as np

    from arcbatt.search.stacking import MODES, _greedy_run, pair_tables

    sizes = data.draw(st.lists(st.integers(1, 6), min_size=1, max_size=3))
    segments, pos = [], 0
    for n in sizes:
        segments.append((pos, pos + n))
        pos += n
    colours = st.integers(0, 2)
    target = bytes(data.draw(st.lists(colours, min_size=pos, max_size=pos)))
    n_pieces = data.draw(st.integers(1, 6))
    pixels = [bytes(data.draw(st.lists(colours, min_size=pos, max_size=pos)))
              for _ in range(n_pieces)]
    subset = tuple(sorted(data.draw(st.sets(st.integers(0, len(sizes) - 1), min_size=1))))
    care = data.draw(st.sampled_from((-1,) + subset))
    limit = data.draw(st.integers(1, n_pieces))
    finishes = [_finish(k) for k in range(n_pieces)]
    P = np.frombuffer(b"".join(pixels), np.uint8).reshape(n_pieces, pos)
    T = np.frombuffer(target, np.uint8)
    act, bad, first = pair_tables(P, T, segments)
    out: list = []
    states: set = set()
    shared = data.draw(st.sampled_from((first, None)))  # shared first step, or not
    _greedy_run(P, T, act, bad, segments, subset, care, limit, 10, finishes, out, states,
                shared)
    expected = _reference_run(pixels, target, segments, subset, care, limit, 10)
    assert states == set(expected)  # the same picks, step by step
    for cand in out:  # every candidate is a prefix state of the reference run
        picks = tuple((f.node[0], MODES.index(mode)) for f, mode in cand.picks)
        assert picks in expected
        got = compose([(pixels[p], MODES[md]) for p, md in picks], pos)
        goods = sum(got[a:b] == target[a:b] for a, b in segments)
        assert cand.goods == goods > 0
    reached = {tuple((f.node[0], MODES.index(md)) for f, md in c.picks) for c in out}
    for state in expected:  # and every reference state that fits a pair is a candidate
        got = compose([(pixels[p], MODES[md]) for p, md in state], pos)
        if any(got[a:b] == target[a:b] for a, b in segments):
            assert state in reached
