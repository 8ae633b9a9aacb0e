"""Shared fixtures for the run tests: the dataset, real batteries, and hand-made batteries.

A hand-made battery is a module implementing `batt(task_id, S, I, C, log_path) -> (o, s)`
plus the call table JSON beside it. The helpers here take a real generated battery, rename
its `batt` to `_real_batt` and append a new `batt` that wraps it, so the candidates stay the
ones the call table rebuilds (validation and storing keep working) while the wrapper can
misbehave on one chosen task or sample.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from arcbatt.battery import make_battery
from arcbatt.battery.sources import battery_sources
from arcbatt.data import Dataset, load_dataset
from arcbatt.run import worker
from arcbatt.run.scoring import score_task
from arcbatt.run.units import SampleResult, WorkUnit

# 007bbfb7, 017c7c7b and 0520fde7 are solved by their bundled programs; the others are not
TASKS = ["007bbfb7", "00d62c1b", "017c7c7b", "025d127b", "045e512c", "0520fde7"]


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_dataset("arc1-train")


@pytest.fixture(scope="session")
def battery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 32-candidate battery (seed 7) holding the bundled programs of TASKS among others."""
    sources, _ = battery_sources(None, None, None)
    mine = [s for s in sources if s.program.task_id in TASKS]
    others = [s for s in sources if s.program.task_id not in TASKS][100:140]
    out = tmp_path_factory.mktemp("battery") / "battery.py"
    module, _table = make_battery(mine + others, 32, seed=7).write(out)
    return module


@pytest.fixture(scope="session")
def small_battery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three unmutated candidates: the bundled programs of 007bbfb7, 017c7c7b, 0520fde7."""
    sources, _ = battery_sources(None, None, None)
    picked = [s for s in sources if s.program.task_id in ("007bbfb7", "017c7c7b", "0520fde7")]
    assert len(picked) == 3
    out = tmp_path_factory.mktemp("small") / "small.py"
    module, _table = make_battery(picked, 3, seed=0, mutation_rate=0.0).write(out)
    return module


def wrap_battery(real: Path, out: Path, body: str, prelude: str = "") -> Path:
    """Write `out` (+ `out`.json): the real battery with `batt` renamed, plus a new `batt`.

    `body` is the new function's body (indented by this helper); it may call
    `_real_batt(task_id, S, I, C, log_path)`. `prelude` is module-level code after it.
    """
    source = real.read_text(encoding="utf-8")
    assert source.count("\ndef batt(") == 1
    source = source.replace("\ndef batt(", "\ndef _real_batt(")
    extra = "\n\n" + textwrap.dedent(prelude).strip() + "\n\n" if prelude.strip() else "\n\n"
    extra += "def batt(task_id, S, I, C, log_path):\n"
    extra += textwrap.indent(textwrap.dedent(body).strip() + "\n", "    ")
    out.write_text(source + extra, encoding="utf-8")
    shutil.copyfile(real.with_suffix(".json"), out.with_suffix(".json"))
    return out


@pytest.fixture()
def wrap() -> Callable[..., Path]:
    return wrap_battery


def reference_summaries(battery: Path, dataset: Dataset, task_ids: list[str],
                        replace: dict[WorkUnit, SampleResult] | None = None) -> list[dict]:
    """Task summaries computed in this process, sample by sample, with the real battery.

    `replace` substitutes the result of chosen units (e.g. the fault a wrapper caused).
    """
    worker.init_worker(str(battery), "arc1-train", None)
    out = []
    for task_id in task_ids:
        task = dataset.get(task_id)
        results = []
        for kind in ("demo", "test"):
            for i in range(len(task.samples(kind))):
                unit = WorkUnit(task_id, kind, i)
                if replace and unit in replace:
                    results.append(replace[unit])
                    continue
                o, s = worker.score_unit(unit)
                results.append(SampleResult(unit, "ok", o, s))
        out.append(score_task(task, results).summary())
    return out


@pytest.fixture()
def reference() -> Callable[..., list[dict]]:
    return reference_summaries

