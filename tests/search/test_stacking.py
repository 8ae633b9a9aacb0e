"""Greedy stacking: legality, subsets of pairs and care pairs."""

from __future__ import annotations

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
