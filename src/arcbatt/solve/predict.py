"""Two attempts per test input from ranked candidate programs.

Candidates for a task are its stored programs and its corpus programs. Each runs alone, in
the pool, on the task's demo inputs (to count exact matches) and test inputs (to produce
answers); test outputs are never read here. Candidates are ranked by demo samples matched,
then fewer steps, then speed; the attempts for a test input are the first two distinct
outputs down that ranking. Where fewer than two exist, the test input itself fills in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from arcbatt.backends.base import open_backend
from arcbatt.battery.runtime import as_grid
from arcbatt.corpus import Corpus
from arcbatt.corpus.parse import parse_program
from arcbatt.corpus.program import compile_program
from arcbatt.data import Dataset, Grid
from arcbatt.run import worker
from arcbatt.solve.submission import Attempts
from arcbatt.store import Store, normalise


@dataclass(frozen=True, slots=True)
class PredictUnit:
    task_id: str
    key: str  # stored md5, or corpus program name
    text: str


@dataclass(frozen=True)
class Candidate:
    key: str
    origin: str
    steps: int
    demo_matches: int
    test_outputs: tuple[Grid | None, ...]
    seconds: float


def predict_unit(unit: PredictUnit) -> tuple[int, tuple]:
    """Worker side: demo matches and test-input outputs of one program (no test truth)."""
    task = worker._STATE["data"].get(unit.task_id)
    solver = compile_program(parse_program(unit.text, file=f"<candidate {unit.key}>"))

    def run(grid: Grid) -> Any:
        try:
            return as_grid(solver(grid, task.pairs))
        except Exception:
            return None

    matches = sum(run(s.input) == s.output for s in task.demo)
    return matches, tuple(run(s.input) for s in task.test)


def candidate_units(task_ids: list[str], store: Store | None, corpus: Corpus | None,
                    per_task: int) -> tuple[list[PredictUnit], dict[tuple[str, str], tuple]]:
    """Units for the best `per_task` stored programs and every corpus program per task."""
    units: list[PredictUnit] = []
    meta: dict[tuple[str, str], tuple[str, int]] = {}
    for task_id in task_ids:
        if store is not None:
            for e in store.best(task_id, per_task):
                text = store.read_program(e.md5, task_id).canonical(f"solve_{e.md5[:8]}")
                units.append(PredictUnit(task_id, e.md5, text))
                meta[(task_id, e.md5)] = ("store", e.steps)
        if corpus is not None:
            for p in corpus.for_task(task_id):
                md5 = normalise(p).md5
                if (task_id, md5) in meta:
                    continue
                units.append(PredictUnit(task_id, md5, p.canonical(f"solve_{md5[:8]}")))
                meta[(task_id, md5)] = ("corpus", len(p.steps))
    return units, meta


def choose_attempts(test_inputs: list[Grid], ranked: list[Candidate],
                    fill: bool = True) -> Attempts:
    """For each test input, the first two distinct outputs in rank order.

    With `fill`, missing attempts become the test input itself (a submission needs two);
    without it they stay None (a report shows that nothing was found).
    """
    out: Attempts = []
    for i, grid in enumerate(test_inputs):
        picks: list[Grid] = []
        for c in ranked:
            g = c.test_outputs[i] if i < len(c.test_outputs) else None
            if g is not None and g not in picks:
                picks.append(g)
            if len(picks) == 2:
                break
        while fill and len(picks) < 2:
            picks.append(grid if grid not in picks else ((0,),))
        picks += [None] * (2 - len(picks))  # type: ignore[list-item]
        out.append((picks[0], picks[1]))
    return out


def rank(cands: list[Candidate]) -> list[Candidate]:
    return sorted(cands, key=lambda c: (-c.demo_matches, c.steps, c.seconds, c.key))


def predict(dataset: Dataset, task_ids: list[str], store: Store | None, corpus: Corpus | None,
            *, data_spec: str, solutions: str | None, workers: int, timeout: float,
            max_memory_mb: int | None, backend: str = "local", address: str | None = None,
            per_task: int = 16) -> tuple[dict[str, Attempts], dict[str, list[Candidate]]]:
    """Attempts for every task in `task_ids`, and each task's ranked candidates."""
    units, meta = candidate_units(task_ids, store, corpus, per_task)
    worker._DATA[(data_spec, solutions)] = dataset
    found: dict[str, list[Candidate]] = {t: [] for t in task_ids}
    if units:
        pool = open_backend(backend, predict_unit, workers=workers, timeout=timeout,
                            max_memory_mb=max_memory_mb, initializer=worker.init_worker,
                            init_args=(None, data_spec, solutions), address=address)
        with pool:
            for index, outcome in pool.imap_unordered(units):
                if not outcome.ok:
                    continue
                u = units[index]
                origin, steps = meta[(u.task_id, u.key)]
                matches, outs = outcome.value
                found[u.task_id].append(Candidate(u.key, origin, steps, matches, outs,
                                                  round(outcome.wall_s, 4)))
    predictions: dict[str, Attempts] = {}
    ranked: dict[str, list[Candidate]] = {}
    for task_id in task_ids:
        task = dataset.get(task_id)
        ranked[task_id] = rank(found[task_id])
        predictions[task_id] = choose_attempts([s.input for s in task.test], ranked[task_id])
    return predictions, ranked
