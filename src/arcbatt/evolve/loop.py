"""Rounds of card -> run on a store, until a time budget is spent or the user interrupts.

Each round draws a battery from the store (weighted by score) and the corpus, runs it over
the chosen tasks, and records one summary line in the store. Battery seeds continue from
the number of rounds the store already holds, so a second call resumes rather than repeats.
The budget bounds every round too: once it is spent no further sample starts, and the round
is scored on what ran. An interrupt stops the round in flight; the store only ever changes in
whole transactions.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from arcbatt.battery import make_battery
from arcbatt.battery.card import DEFAULT_COUNT, DEFAULT_RATE
from arcbatt.battery.sources import battery_sources
from arcbatt.data import Dataset
from arcbatt.run import RunConfig, run_battery
from arcbatt.run.runner import DEFAULT_MEMORY_MB
from arcbatt.store import Store

SEARCH_TIMEOUT = 2.0  # per sample: a battery sample normally takes milliseconds


@dataclass
class EvolveConfig:
    store: Path
    task_ids: list[str]
    data_spec: str = "arc1-train"
    solutions: str | None = None
    budget_s: float = 600.0
    count: int = DEFAULT_COUNT
    seed: int = 0
    mutation_rate: float = DEFAULT_RATE
    corpus: str | None = None
    workers: int = 0
    timeout: float = SEARCH_TIMEOUT
    max_memory_mb: int | None = DEFAULT_MEMORY_MB
    backend: str = "local"
    ray_address: str | None = None
    max_rounds: int | None = None


@dataclass
class RoundSummary:
    round: int
    seed: int
    battery_id: str
    new_programs: int
    tasks_improved: list[str] = field(default_factory=list)
    tasks_solved_on_demos: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (f"round {self.round}: battery {self.battery_id} (seed {self.seed}): "
                f"{self.new_programs} new programs, {len(self.tasks_improved)} tasks improved, "
                f"{self.tasks_solved_on_demos} tasks solved on all demos, {self.seconds:.1f} s")


def _best(store: Store, task_ids: list[str]) -> dict[str, tuple[int, int]]:
    wanted = set(task_ids)
    best: dict[str, tuple[int, int]] = {}
    for e in store.entries():
        if e.task_id in wanted:
            best[e.task_id] = max(best.get(e.task_id, (0, 0)), (e.o_score, e.d_score))
    return best


def _solved(store: Store, task_ids: list[str]) -> int:
    wanted = set(task_ids)
    return len({e.task_id for e in store.entries() if e.task_id in wanted and e.solved_demos})


def evolve(config: EvolveConfig, dataset: Dataset,
           on_round: Callable[[RoundSummary], None] | None = None) -> list[RoundSummary]:
    """Run rounds until the budget (or max_rounds) is used; return their summaries."""
    for task_id in config.task_ids:
        dataset.get(task_id)  # unknown ids fail before any work
    deadline = time.monotonic() + config.budget_s
    done: list[RoundSummary] = []
    last_round_s = 0.0
    with tempfile.TemporaryDirectory(prefix="arcbatt-evolve-") as tmp:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or left < last_round_s:
                break
            if config.max_rounds is not None and len(done) >= config.max_rounds:
                break
            t0 = time.perf_counter()
            with Store(config.store) as store:
                round_no = len(store.rounds())
                before = _best(store, config.task_ids)
            seed = config.seed * 1_000_003 + round_no
            sources, _notes = battery_sources(
                config.corpus, str(config.store) if config.store.exists() else None, None)
            battery = make_battery(sources, config.count, seed, config.mutation_rate)
            path, _ = battery.write(Path(tmp) / f"round{round_no}.py")
            report = run_battery(RunConfig(
                battery=path, task_ids=config.task_ids, data_spec=config.data_spec,
                solutions=config.solutions, workers=config.workers, timeout=config.timeout,
                max_memory_mb=config.max_memory_mb, store=config.store,
                backend=config.backend, ray_address=config.ray_address,
                deadline=deadline), dataset)
            with Store(config.store) as store:
                after = _best(store, config.task_ids)
                summary = RoundSummary(
                    round=round_no, seed=seed, battery_id=battery.table.battery_id,
                    new_programs=sum(s.new for s in report.stored),
                    tasks_improved=sorted(t for t, v in after.items()
                                          if v > before.get(t, (-1, -1))),
                    tasks_solved_on_demos=_solved(store, config.task_ids),
                    seconds=round(time.perf_counter() - t0, 3))
                store.record_round(asdict(summary))
            done.append(summary)
            last_round_s = summary.seconds
            if on_round:
                on_round(summary)
    return done
