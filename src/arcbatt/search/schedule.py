"""Run the search over many tasks: one pool unit per task, cheap pass first, then deeper.

Each task is one unit on the local pool, whose workers enforce a hard wall-clock timeout
(the CPU budget plus slack) and an address-space cap: a task that blows up is killed and
reported, and the run goes on. Phase 1 searches every task at depth <= 2, cheapest
expected first. Phase 2 (when --depth is 3 or more) gives every task the rest of its
budget at the full depth, cheapest first by its measured phase-1 time, except tasks that
phase 1 settled (two full demo fits, the best a single piece). Answers are exported
programs; `store_answers` adds them to a store with provenance `search`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from arcbatt.backends.local import LocalPool
from arcbatt.corpus.parse import parse_program
from arcbatt.data import Dataset, Sample, Task
from arcbatt.run import worker
from arcbatt.search.engine import Answer, SearchOptions, TaskResult, merge_ranked, search_task
from arcbatt.store import Provenance, Scores, Store

SLACK_S = 15.0


@dataclass(frozen=True)
class SearchJob:
    task_id: str
    options: SearchOptions


@dataclass
class TaskOutcome:
    """What the scheduler knows about one task after all its phases."""

    task_id: str
    status: str = "ok"                # ok | timeout | memory | crashed | error
    detail: str = ""
    answers: list[Answer] = field(default_factory=list)
    stats: list[dict] = field(default_factory=list)   # one per phase run
    cpu_s: float = 0.0
    wall_s: float = 0.0
    stored: int = 0

    @property
    def best_goods(self) -> int:
        return max((a.goods for a in self.answers), default=0)

    @property
    def demo_fit(self) -> bool:
        return any(a.goods == a.demo_total and a.demo_total for a in self.answers)

    @property
    def settled(self) -> bool:
        """Both attempts are full demo fits and the best is one piece: deeper search could
        only add answers ranked below them."""
        full = [a for a in self.answers if a.goods == a.demo_total and a.demo_total]
        return len(full) >= 2 and self.answers[0].pieces == 1


def blind(task: Task) -> Task:
    """The task without its test outputs: the search only ever sees this."""
    return Task(task.id, task.demo, tuple(Sample(s.input, None) for s in task.test))


def search_unit(job: SearchJob) -> TaskResult:
    """Worker side: search one task of the worker's dataset (test outputs removed)."""
    task = worker._STATE["data"].get(job.task_id)
    return search_task(blind(task), job.options)


def expected_cost(task: Task) -> int:
    """A cheap cost estimate: pixels of every input times the number of inputs."""
    grids = [s.input for s in task.demo + task.test]
    return sum(len(g) * len(g[0]) for g in grids) * len(grids)


def run_search(dataset: Dataset, task_ids: list[str], *, data_spec: str,
               solutions: str | None, depth: int = 2, budget_s: float = 30.0,
               workers: int = 1, max_memory_mb: int | None = None, max_answers: int = 3,
               on_result: Callable[[TaskOutcome, int], None] | None = None,
               augment: bool = False) -> dict[str, TaskOutcome]:
    """Search every task; `on_result(outcome, phase)` is called as each unit finishes."""
    worker._DATA[(data_spec, solutions)] = dataset  # forked workers inherit it
    outcomes = {t: TaskOutcome(t) for t in task_ids}
    first = min(depth, 2)
    order = sorted(task_ids, key=lambda t: expected_cost(dataset.get(t)))
    jobs = [SearchJob(t, SearchOptions(depth=first, budget_s=budget_s,
                                       max_memory_mb=max_memory_mb, max_answers=max_answers,
                                       augment=augment))
            for t in order]
    _run_phase(jobs, outcomes, 1, budget_s, workers, max_memory_mb, data_spec, solutions,
               on_result)
    if depth > first:
        deeper = [o for o in outcomes.values()
                  if o.status == "ok" and not o.settled and o.cpu_s < 0.9 * budget_s]
        deeper.sort(key=lambda o: o.cpu_s)
        jobs = [SearchJob(o.task_id, SearchOptions(
            depth=depth, budget_s=max(1.0, budget_s - o.cpu_s), max_memory_mb=max_memory_mb,
            max_answers=max_answers, augment=augment)) for o in deeper]
        _run_phase(jobs, outcomes, 2, budget_s, workers, max_memory_mb, data_spec, solutions,
                   on_result)
    return outcomes


def _run_phase(jobs: list[SearchJob], outcomes: dict[str, TaskOutcome], phase: int,
               budget_s: float, workers: int, max_memory_mb: int | None, data_spec: str,
               solutions: str | None,
               on_result: Callable[[TaskOutcome, int], None] | None) -> None:
    if not jobs:
        return
    pool = LocalPool(search_unit, workers=workers, timeout=budget_s + SLACK_S,
                     max_memory_mb=max_memory_mb, initializer=worker.init_worker,
                     init_args=(None, data_spec, solutions))
    with pool:
        for index, outcome in pool.imap_unordered(jobs):
            job = jobs[index]
            o = outcomes[job.task_id]
            o.wall_s += outcome.wall_s
            if outcome.ok:
                res: TaskResult = outcome.value
                o.cpu_s += float(res.stats.get("cpu_s", outcome.cpu_s))
                o.stats.append({"phase": phase, "depth": job.options.depth, **res.stats})
                o.answers = merge_ranked(o.answers, res.answers, job.options.max_answers)
                if phase == 1:
                    o.status = "ok"
            else:
                o.cpu_s += outcome.cpu_s or outcome.wall_s
                o.stats.append({"phase": phase, "depth": job.options.depth,
                                "status": outcome.status})
                if phase == 1:  # a failed deeper run keeps the phase-1 answers
                    o.status, o.detail = outcome.status, outcome.detail
                else:
                    o.detail = f"depth {job.options.depth}: {outcome.status}"
            if on_result is not None:
                on_result(o, phase)


def store_answers(store: Store, outcome: TaskOutcome, *, data_hash: str | None = None) -> int:
    """Add a task's answers to the store (provenance `search`); returns how many are kept."""
    items = []
    for ans in outcome.answers:
        program = parse_program(ans.program, file=f"<search {outcome.task_id}>")
        items.append((outcome.task_id, program,
                      Scores(ans.goods, ans.demo_total, ans.demo_credit, ans.run_ms),
                      Provenance(kind="search", parent=None)))
    if not items:
        return 0
    return sum(store.add_many(items, data_hash))
