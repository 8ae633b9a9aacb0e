"""`run`: score a battery on every demo and test sample of many tasks, then store the good.

Flow (one pool of workers for the whole run, owned by this function):
  loading -> scoring (all (task, sample) units, demo and test together) -> aggregation ->
  normalisation -> validation (each new program alone, in the pool) -> store.
Results are keyed by unit and aggregated in task and sample order, so they never depend on
which worker finished first; `--workers 1` takes the same path with one worker.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arcbatt.backends.base import Backend, open_backend
from arcbatt.backends.local import Outcome
from arcbatt.battery.card import table_path_for
from arcbatt.battery.table import BatteryError, CallTable
from arcbatt.data import Dataset
from arcbatt.run import worker
from arcbatt.run.profile import Profile
from arcbatt.run.scoring import TaskScores, score_task
from arcbatt.run.units import SampleResult, ValidationResult, ValidationUnit, WorkUnit
from arcbatt.store import Provenance, Scores, Store, normalise

DEFAULT_TIMEOUT = 5.0
DEFAULT_MEMORY_MB = 2048
Progress = Callable[[int], None]


@dataclass
class RunConfig:
    battery: Path
    task_ids: list[str]
    data_spec: str = "arc1-train"
    solutions: str | None = None
    workers: int = 0  # 0 = one per core
    timeout: float = DEFAULT_TIMEOUT
    max_memory_mb: int | None = DEFAULT_MEMORY_MB
    store: Path | None = None
    store_cap: int = 32
    schedule_seed: int | None = None  # shuffle the unit order (tests of order independence)
    backend: str = "local"  # or "ray"
    ray_address: str | None = None
    deadline: float | None = None  # time.monotonic() after which no more samples start


@dataclass
class StoredProgram:
    task_id: str
    md5: str
    cid: str
    o_score: int
    new: bool


@dataclass
class RunReport:
    battery_id: str
    data_hash: str
    tasks: list[TaskScores]
    stored: list[StoredProgram] = field(default_factory=list)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # task, md5, why
    profile: Profile = field(default_factory=Profile)
    dispatch_overhead_s: float = 0.0
    units: int = 0

    @property
    def failed_samples(self) -> int:
        return sum(len(t.failed_samples) for t in self.tasks)

    def summary(self) -> dict:
        """The deterministic content of the run (identical for any worker count)."""
        return {"battery": self.battery_id, "data": self.data_hash,
                "tasks": [t.summary() for t in self.tasks],
                "stored": sorted((s.task_id, s.md5, s.o_score) for s in self.stored),
                "rejected": sorted(self.rejected)}


def check_battery(path: Path) -> CallTable:
    """Compile the battery (syntax errors name file and line) and load its call table."""
    if not path.is_file():
        raise BatteryError(f"{path}: no such battery file")
    try:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    except SyntaxError as exc:
        raise BatteryError(f"{path}:{exc.lineno}: syntax error in battery: {exc.msg}") from None
    return CallTable.load(table_path_for(path))


def _handle(unit: Any) -> Any:
    """Worker entry point for both kinds of unit."""
    if isinstance(unit, WorkUnit):
        return worker.score_unit(unit)
    return worker.validate_unit(unit)


def _span(items: list[tuple[float, Outcome]]) -> float:
    if not items:
        return 0.0
    return max(t for t, _ in items) - min(t - o.wall_s for t, o in items)


def worth_storing(ts: TaskScores, cid: str) -> bool:
    """Matches a demo sample, or earns more differ credit than doing nothing."""
    c = ts.candidates[cid]
    return c.o_score > 0 or (ts.baseline_total > 0 and c.d_score > ts.baseline_total)


def run_battery(config: RunConfig, dataset: Dataset, progress: Progress | None = None) -> RunReport:
    """Run one battery over the configured tasks; see the module docstring for the phases."""
    profile = Profile()
    t_start = time.perf_counter()
    with profile.driver("loading"):
        table = check_battery(config.battery)
        tasks = [dataset.get(t) for t in config.task_ids]  # unknown ids fail before any work
        worker._DATA[(config.data_spec, config.solutions)] = dataset
        units = [WorkUnit(t.id, "demo", i) for t in tasks for i in range(len(t.demo))]
        units += [WorkUnit(t.id, "test", i) for t in tasks for i in range(len(t.test))]
        if config.schedule_seed is not None:
            random.Random(config.schedule_seed).shuffle(units)
    report = RunReport(table.battery_id, dataset.content_hash, [], profile=profile)
    report.units = len(units)
    profile.tasks, profile.samples = len(tasks), len(units)

    pool = open_backend(config.backend, _handle, workers=config.workers,
                        timeout=config.timeout, max_memory_mb=config.max_memory_mb,
                        initializer=worker.init_worker,
                        init_args=(str(config.battery), config.data_spec, config.solutions),
                        address=config.ray_address)
    profile.workers = pool.workers
    with profile.driver("loading"):
        pool.__enter__()
    try:
        results = _score(pool, units, profile, progress, config.deadline)
        with profile.driver("aggregation"):
            by_task: dict[str, list[SampleResult]] = {t.id: [] for t in tasks}
            for r in results:
                by_task[r.unit.task_id].append(r)
            report.tasks = [score_task(t, by_task[t.id]) for t in tasks]
        if config.store is not None:
            _store_phase(config, table, dataset, report, pool)
    finally:
        pool.close()
        profile.total_wall_s = time.perf_counter() - t_start
    report.dispatch_overhead_s = pool.overhead_s
    if config.store is not None:  # the finished profile, for the report's phase chart
        with Store(config.store, cap=config.store_cap) as store:
            store.record_run(profile.to_json(), {"battery": table.battery_id,
                                                 "tasks": len(report.tasks), "time": time.time()})
    return report


def _score(pool: Backend, units: list[WorkUnit], profile: Profile,
           progress: Progress | None, deadline: float | None = None) -> list[SampleResult]:
    arrivals: dict[str, list[tuple[float, Outcome]]] = {"demo": [], "test": []}
    results: list[SampleResult] = []
    for index, outcome in pool.imap_unordered(units, deadline):
        unit = units[index]
        arrivals[unit.kind].append((time.perf_counter(), outcome))
        if outcome.ok:
            o, s = outcome.value
            results.append(SampleResult(unit, "ok", o, s, outcome.cpu_s, outcome.wall_s))
        else:
            results.append(SampleResult(unit, outcome.status, (), (), outcome.cpu_s,
                                        outcome.wall_s, outcome.detail))
        if progress:
            progress(1)
    for kind in ("demo", "test"):
        items = arrivals[kind]
        profile.add_worker(f"{kind} scoring", _span(items), sum(o.cpu_s for _, o in items),
                           len(items))
    results.sort(key=lambda r: r.unit)
    return results


def _store_phase(config: RunConfig, table: CallTable, dataset: Dataset, report: RunReport,
                 pool: Backend) -> None:
    profile = report.profile
    assert config.store is not None
    with profile.driver("normalisation"):
        # per task, one entry per distinct program: the best-scoring candidate that has it
        chosen: dict[tuple[str, str], tuple[str, Any]] = {}
        for ts in report.tasks:
            for cid in sorted(ts.candidates):
                if not worth_storing(ts, cid):
                    continue
                try:
                    norm = normalise(table.program(cid))
                except (BatteryError, ValueError) as exc:
                    report.rejected.append((ts.task_id, cid, f"cannot rebuild: {exc}"))
                    continue
                key = (ts.task_id, norm.md5)
                c = ts.candidates[cid]
                prev = chosen.get(key)
                if prev is None or (c.o_score, c.d_score) > (
                        ts.candidates[prev[0]].o_score, ts.candidates[prev[0]].d_score):
                    chosen[key] = (cid, norm)
    vunits = [ValidationUnit(task, md5, norm.text())
              for (task, md5), (_cid, norm) in sorted(chosen.items())]
    t0 = time.perf_counter()
    vresults: dict[tuple[str, str], ValidationResult] = {}
    for index, outcome in pool.imap_unordered(vunits):
        u = vunits[index]
        matches, outs = outcome.value if outcome.ok else (0, ())
        vresults[(u.task_id, u.md5)] = ValidationResult(
            u, outcome.status, matches, outs, outcome.cpu_s, outcome.wall_s, outcome.detail)
    profile.add_worker("validation", time.perf_counter() - t0,
                       sum(v.cpu_s for v in vresults.values()), len(vunits))

    with profile.driver("store"), Store(config.store, cap=config.store_cap) as store:
        scores = {ts.task_id: ts for ts in report.tasks}
        items = []
        for (task_id, md5), (cid, norm) in sorted(chosen.items()):
            v = vresults[(task_id, md5)]
            c = scores[task_id].candidates[cid]
            # the program alone must reproduce what the battery saw; it may match more when
            # a demo sample failed inside the battery (timeout, crash), and then its own
            # result is the one that counts
            failed_demos = any(k == "demo" for k, *_ in scores[task_id].failed_samples)
            if v.status != "ok" or v.matches < c.o_score or (
                    v.matches > c.o_score and not failed_demos):
                why = (f"validation {v.status}: {v.detail}" if v.status != "ok" else
                       f"alone it matched {v.matches} demo samples, in the battery {c.o_score}")
                report.rejected.append((task_id, md5, why))
                continue
            info = table.candidate(cid)
            prov = Provenance("battery", table.battery_id, table.seed,
                              info.parent_md5 or info.parent, info.mutations)
            sc = Scores(v.matches, scores[task_id].demo_total, c.d_score, v.wall_s * 1000)
            items.append((task_id, norm, sc, prov, cid))
        known = {(e.task_id, e.md5) for e in store.entries()}
        kept = store.add_many([(t, n, s, p) for t, n, s, p, _ in items], dataset.content_hash)
        for (task_id, norm, sc, _p, cid), k in zip(items, kept, strict=True):
            if k:
                report.stored.append(StoredProgram(task_id, norm.md5, cid, sc.o_score,
                                                   (task_id, norm.md5) not in known))
