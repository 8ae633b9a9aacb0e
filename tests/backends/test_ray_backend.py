"""The Ray backend: the same results as the local pool, per-task deadlines, faults, the CLI.

One local Ray instance (2 CPUs) serves the whole module: the first backend starts it (and
stops it at the end); every other backend finds it running and reuses it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
import ray

from arcbatt.backends.ray_backend import MISSING_RAY, RayBackend, RayUnavailableError, _install
from arcbatt.battery import Source, make_battery
from arcbatt.cli.main import main
from arcbatt.corpus import load_corpus
from arcbatt.data import Dataset, load_dataset
from arcbatt.run import RunConfig, run_battery, runner, worker
from arcbatt.run.units import WorkUnit
from arcbatt.store import Store

# 007bbfb7, 017c7c7b and 0520fde7 are solved by their bundled programs
TASKS = ["007bbfb7", "017c7c7b", "025d127b", "0520fde7"]
SLOW = "025d127b"  # 2 demo samples + 1 test sample


@pytest.fixture(scope="module")
def owner() -> RayBackend:
    """The backend that starts the module's Ray instance (address None) and stops it."""
    assert not ray.is_initialized()
    backend = RayBackend(repr, workers=2)
    with backend:
        assert ray.is_initialized() and ray.cluster_resources().get("CPU") == 2
        yield backend
    assert not ray.is_initialized()  # it started the instance, so it shut it down


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset("arc1-train")


@pytest.fixture(scope="module")
def battery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """16 candidates (5% mutation) drawn from the bundled corpus, TASKS' programs among them."""
    corpus = list(load_corpus())
    mine = [Source(p) for p in corpus if p.task_id in TASKS]
    others = [Source(p) for p in corpus if p.task_id not in TASKS][:12]
    out = tmp_path_factory.mktemp("battery") / "b.py"
    module, _table = make_battery(mine + others, 16, seed=5, mutation_rate=0.05).write(out)
    return module


def _digest(path: Path) -> str:
    with Store(path) as store:
        return store.digest()


def test_ray_matches_the_local_pool(owner, battery, dataset, tmp_path) -> None:
    reports = {}
    for backend in ("local", "ray"):
        config = RunConfig(battery=battery, task_ids=list(TASKS), workers=2, timeout=10.0,
                           store=tmp_path / backend, backend=backend)
        reports[backend] = run_battery(config, dataset)
    local, remote = reports["local"], reports["ray"]
    assert local.failed_samples == 0 and local.stored  # real work, something worth storing
    assert remote.summary() == local.summary()
    assert _digest(tmp_path / "ray") == _digest(tmp_path / "local")
    assert remote.units == local.units and remote.dispatch_overhead_s >= 0
    assert ray.is_initialized()  # a backend that found Ray running leaves it running


def test_a_task_past_its_deadline_is_cancelled_and_the_others_finish(owner, battery, dataset,
                                                                     tmp_path) -> None:
    sleepy = tmp_path / "sleepy.py"
    sleepy.write_text(
        "import time\n\n\n"
        "def batt(task_id, S, I, C, log_path):\n"
        f"    if task_id == {SLOW!r}:\n"
        "        time.sleep(300)\n"
        "    return [], []\n", encoding="utf-8")
    shutil.copyfile(battery.with_suffix(".json"), sleepy.with_suffix(".json"))
    config = RunConfig(battery=sleepy, task_ids=list(TASKS), workers=2, timeout=1.0,
                       store=None, backend="ray")
    t0 = time.monotonic()
    report = run_battery(config, dataset)
    assert time.monotonic() - t0 < 40  # cancelled, not slept out
    failed = {t.task_id: t.failed_samples for t in report.tasks}
    slow = dataset.get(SLOW)
    assert len(failed.pop(SLOW)) == len(slow.demo) + len(slow.test)
    assert all(status == "timeout" and "stopped after" in detail
               for _kind, _i, status, detail in report.tasks[TASKS.index(SLOW)].failed_samples)
    assert all(not f for f in failed.values())  # every other task finished


def _faulty(u: WorkUnit) -> object:
    if u.task_id == "raise" and u.index == 1:
        raise ValueError("bad candidate")
    if u.task_id == "exit" and u.index == 1:
        os._exit(3)
    if u.task_id == "hog":
        chunks = []
        while True:
            chunks.append(bytearray(50 << 20))
    return u.task_id, u.index


def test_faults_cost_their_unit_or_their_task(owner) -> None:
    # a test module's functions are not importable in Ray's workers: ship this one by value
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    units = [WorkUnit(t, "demo", i) for t in ("ok", "raise", "exit", "hog", "ok2")
             for i in range(3)]
    with RayBackend(_faulty, workers=2, timeout=5.0, max_memory_mb=300) as backend:
        outs = backend.map(units)
        again = backend.map(units[:3])  # the pool still works after a worker died
    status = {(u.task_id, u.index): o.status for u, o in zip(units, outs, strict=True)}
    assert [status[("raise", i)] for i in range(3)] == ["ok", "error", "ok"]
    assert [status[("exit", i)] for i in range(3)] == ["crashed"] * 3
    assert [status[("hog", i)] for i in range(3)] == ["memory"] * 3
    assert all(status[(t, i)] == "ok" for t in ("ok", "ok2") for i in range(3))
    assert outs[0].value == ("ok", 0) and "ValueError: bad candidate" in outs[4].detail
    assert [o.value for o in again] == [("ok", 0), ("ok", 1), ("ok", 2)]


def test_cli_run_with_the_ray_backend(owner, battery, tmp_path, capsys) -> None:
    store = tmp_path / "store"
    rc = main(["run", "-b", str(battery), "-i", *TASKS, "--backend", "ray", "--workers", "2",
               "--store", str(store)])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert f"{len(TASKS)} tasks" in out and "failed samples 0" in out
    with Store(store) as s:
        assert s.entries()


def test_the_recipe_needs_none_of_the_drivers_files(battery, dataset, tmp_path) -> None:
    """What a remote worker gets is enough: battery text, and a file dataset as an object."""
    folder = tmp_path / "tasks"
    folder.mkdir()
    for task_id in TASKS:
        (folder / f"{task_id}.json").write_text(json.dumps(dataset.get(task_id).to_json()))
    copy = tmp_path / "copy.py"
    shutil.copyfile(battery, copy)
    backend = RayBackend(runner._handle, workers=1, initializer=worker.init_worker,
                         init_args=(str(copy), str(folder), None))
    key, recipe = backend._recipe()  # what __enter__ ships with ray.put
    assert recipe.battery == ("copy.py", battery.read_text(encoding="utf-8"))
    assert recipe.dataset is not None and sorted(recipe.dataset.ids) == sorted(TASKS)
    shutil.rmtree(folder)
    copy.unlink()
    worker._DATA.pop((str(folder), None), None)
    try:
        _install(recipe)  # as a remote worker would, on a machine without those files
        unit = WorkUnit("017c7c7b", "demo", 0)
        assert runner._handle(unit) == _reference_answer(battery, unit)
    finally:
        worker._DATA.pop((str(folder), None), None)
    bundled = RayBackend(runner._handle, workers=1, initializer=worker.init_worker,
                         init_args=(str(battery), "arc1-train", None))
    other_key, recipe = bundled._recipe()
    assert recipe.dataset is None and other_key != key  # bundled data is loaded by name


def _reference_answer(battery: Path, unit: WorkUnit) -> object:
    worker.init_worker(str(battery), "arc1-train", None)
    return runner._handle(unit)


def test_a_clear_error_without_ray(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(RayUnavailableError, match="arcbatt\\[ray\\]") as info:
        RayBackend(repr, workers=1)
    assert str(info.value) == MISSING_RAY
