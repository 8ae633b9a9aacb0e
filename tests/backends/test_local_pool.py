"""The local pool: results independent of completion order, and every fault costs one unit."""

from __future__ import annotations

import os
import time

import pytest

from arcbatt.backends import LocalPool, PoolError


def work(x: object) -> object:
    kind, arg = x  # type: ignore[misc]
    if kind == "square":
        time.sleep(0.001 * (arg % 3))
        return arg * arg
    if kind == "loop":
        while True:
            pass
    if kind == "hog":
        chunks = []
        while True:
            chunks.append(bytearray(50 * 1024 * 1024))
    if kind == "exit":
        os._exit(3)
    if kind == "kill":
        os.kill(os.getpid(), 9)
    if kind == "raise":
        raise ValueError("bad candidate")
    if kind == "pid":
        return os.getpid()
    raise AssertionError(kind)


def test_map_keeps_input_order_for_any_worker_count() -> None:
    items = [("square", i) for i in range(40)]
    for workers in (1, 2, 3):
        with LocalPool(work, workers=workers, timeout=5) as pool:
            outs = pool.map(items)
        assert [o.value for o in outs] == [i * i for i in range(40)]
        assert all(o.ok for o in outs)


def test_faults_cost_only_their_own_unit() -> None:
    items = [("square", 2), ("loop", 0), ("hog", 0), ("exit", 0), ("kill", 0),
             ("raise", 0), ("square", 3)]
    with LocalPool(work, workers=2, timeout=1.0, max_memory_mb=400) as pool:
        outs = pool.map(items)
        assert pool.replaced >= 3
    status = [o.status for o in outs]
    assert status == ["ok", "timeout", "memory", "crashed", "crashed", "error", "ok"]
    assert outs[0].value == 4 and outs[-1].value == 9
    assert "ValueError: bad candidate" in outs[5].detail
    assert "exited with code 3" in outs[3].detail and "signal 9" in outs[4].detail


def test_sequential_pool_has_the_same_semantics() -> None:
    items = [("square", 5), ("loop", 0), ("square", 6)]
    with LocalPool(work, workers=1, timeout=0.5) as pool:
        outs = pool.map(items)
    assert [o.status for o in outs] == ["ok", "timeout", "ok"]
    assert [outs[0].value, outs[2].value] == [25, 36]


def test_workers_are_reused_and_cleaned_up() -> None:
    with LocalPool(work, workers=2) as pool:
        pids = {o.value for o in pool.map([("pid", 0)] * 20)}
        procs = [w.process for w in pool._pool]
    assert len(pids) <= 2
    assert all(not p.is_alive() for p in procs)


def failing_init() -> None:
    raise RuntimeError("battery did not import")


def test_initializer_failure_is_reported() -> None:
    with pytest.raises(PoolError, match="battery did not import"), LocalPool(
        work, workers=2, initializer=failing_init
    ):
        pass


def test_pool_must_be_opened() -> None:
    with pytest.raises(PoolError):
        list(LocalPool(work, workers=1).imap_unordered([("square", 1)]))


def test_units_queued_behind_a_stopped_unit_are_rerun_not_lost() -> None:
    """With more units than workers each worker holds a second unit; a kill requeues it."""
    items = [("loop", 0), ("kill", 0), *[("square", i) for i in range(30)], ("exit", 0),
             *[("square", i) for i in range(30, 40)]]
    with LocalPool(work, workers=2, timeout=1.0, prefetch=2) as pool:
        outs = pool.map(items)
        assert pool.completed == len(items) - 3
    assert [o.status for o in outs[:2]] == ["timeout", "crashed"]
    assert outs[32].status == "crashed"
    squares = [o for o in outs if o.status == "ok"]
    assert [o.value for o in squares] == [i * i for i in range(40)]


def test_prefetch_gives_the_same_results_as_none() -> None:
    items = [("square", i) for i in range(25)] + [("raise", 0)]
    with LocalPool(work, workers=2, prefetch=1) as a, LocalPool(work, workers=2,
                                                                prefetch=3) as b:
        assert [(o.status, o.value) for o in a.map(items)] == [
            (o.status, o.value) for o in b.map(items)]


def nap(x: int) -> int:
    time.sleep(0.2)
    return x


def test_a_run_deadline_skips_what_has_not_been_sent() -> None:
    with LocalPool(nap, workers=2, timeout=5.0) as pool:
        deadline = time.monotonic() + 0.5
        got = dict(pool.imap_unordered(list(range(30)), deadline=deadline))
    assert sorted(got) == list(range(30))  # every unit is answered, one way or the other
    done = [i for i, o in got.items() if o.ok]
    skipped = [i for i, o in got.items() if o.status == "skipped"]
    assert done and skipped and len(done) + len(skipped) == 30
    assert all(got[i].value == i for i in done)
    assert max(done) < min(skipped)  # units are sent in order; the tail is what was skipped
