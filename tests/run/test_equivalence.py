"""One battery, one set of tasks: the outcome never depends on workers or schedule order."""

from __future__ import annotations

from pathlib import Path

from arcbatt.run import RunConfig, run_battery
from arcbatt.store import Store

TASKS = ["007bbfb7", "00d62c1b", "017c7c7b", "025d127b", "045e512c", "0520fde7"]


def _run(battery: Path, dataset, store: Path | None, **kw):
    config = RunConfig(battery=battery, task_ids=list(TASKS), timeout=10.0, store=store, **kw)
    return run_battery(config, dataset)


def _digest(store: Path) -> str:
    with Store(store) as s:
        return s.digest()


def test_workers_and_schedule_do_not_change_scores_or_store(battery, dataset, tmp_path,
                                                            reference) -> None:
    one = _run(battery, dataset, tmp_path / "w1", workers=1)
    two = _run(battery, dataset, tmp_path / "w2", workers=2)
    shuffled = _run(battery, dataset, tmp_path / "shuf", workers=2, schedule_seed=12345)
    shuffled_seq = _run(battery, dataset, tmp_path / "shuf1", workers=1, schedule_seed=99)

    # the run did real work: every sample answered, solved tasks found and stored
    assert one.units == sum(len(dataset.get(t).demo) + len(dataset.get(t).test) for t in TASKS)
    assert one.failed_samples == 0
    solved = {t.task_id for t in one.tasks if t.best_o_score == t.demo_total}
    assert solved  # some bundled programs survive their mutations
    assert any(s.o_score > 0 for s in one.stored)
    assert [t.task_id for t in one.tasks] == TASKS  # task order is the requested order

    base = one.summary()
    assert two.summary() == base
    assert shuffled.summary() == base
    assert shuffled_seq.summary() == base
    # and equal to a plain in-process loop over the samples, one by one
    assert base["tasks"] == reference(battery, dataset, TASKS)

    digests = {_digest(tmp_path / name) for name in ("w1", "w2", "shuf", "shuf1")}
    assert len(digests) == 1
    with Store(tmp_path / "w1") as s:
        rows = {(e.task_id, e.md5, e.o_score) for e in s.entries()}
    assert rows == {(p.task_id, p.md5, p.o_score) for p in one.stored}


def test_repeating_a_run_into_the_same_store_changes_nothing(battery, dataset,
                                                             tmp_path) -> None:
    store = tmp_path / "store"
    first = _run(battery, dataset, store, workers=2)
    digest = _digest(store)
    with Store(store) as s:
        stats = s.stats()
    assert first.stored and all(p.new for p in first.stored)

    second = _run(battery, dataset, store, workers=2, schedule_seed=5)
    assert _digest(store) == digest
    with Store(store) as s:
        assert s.stats() == stats
    assert second.summary() == first.summary()
    assert not any(p.new for p in second.stored)  # all already there


def test_each_unit_is_scored_exactly_once(battery, dataset) -> None:
    """Every demo and test sample of every task reaches the battery once, whatever the order."""
    config = RunConfig(battery=battery, task_ids=list(TASKS), workers=2, timeout=10.0,
                       schedule_seed=7)
    report = run_battery(config, dataset)
    for ts in report.tasks:
        task = dataset.get(ts.task_id)
        assert (ts.demo_total, ts.test_total) == (len(task.demo), len(task.test))
        for c in ts.candidates.values():
            assert (c.demo_seen, c.test_seen) == (len(task.demo), len(task.test))
    assert report.profile.phases["demo scoring"].units == sum(t.demo_total for t in report.tasks)
    assert report.profile.phases["test scoring"].units == sum(t.test_total for t in report.tasks)
