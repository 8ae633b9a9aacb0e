"""Check corpus programs against their tasks: every demo and test pair must match exactly."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from arcbatt.corpus.program import Program, compile_program
from arcbatt.data import Dataset

Verdict = Literal["solved", "failed", "error", "timeout", "no-task"]


@dataclass(frozen=True)
class CheckResult:
    """How one program did on its own task."""

    name: str
    task_id: str
    verdict: Verdict
    seconds: float
    detail: str = ""


def check_program(program: Program, dataset: Dataset) -> CheckResult:
    """Run one program on every demo and test sample of its task (in this process)."""
    if program.task_id not in dataset:
        return CheckResult(program.name, program.task_id, "no-task", 0.0,
                           f"task not in {dataset.name}")
    task = dataset.get(program.task_id)
    t0 = time.perf_counter()
    try:
        solver = compile_program(program)
        for kind, samples in (("demo", task.demo), ("test", task.test)):
            for i, sample in enumerate(samples):
                if sample.output is None:
                    continue
                out = solver(sample.input, task.pairs)
                if out != sample.output:
                    return CheckResult(program.name, program.task_id, "failed",
                                       time.perf_counter() - t0, f"wrong output on {kind} {i}")
    except Exception as exc:  # a broken program costs its own result only
        return CheckResult(program.name, program.task_id, "error", time.perf_counter() - t0,
                           f"{type(exc).__name__}: {exc}"[:200])
    return CheckResult(program.name, program.task_id, "solved", time.perf_counter() - t0)


_CHECK_DATA: dict[str, Dataset] = {}


def _check_in_worker(program: Program) -> CheckResult:
    return check_program(program, _CHECK_DATA["data"])


def check_corpus(
    programs: list[Program],
    dataset: Dataset,
    workers: int = 0,
    timeout: float = 10.0,
    progress: Callable[[int], None] | None = None,
    max_memory_mb: int | None = 2048,
) -> list[CheckResult]:
    """Check many programs in a pool of killable workers; results in `programs` order.

    A program that runs past `timeout` seconds is stopped and reported as "timeout"; one
    that crashes its worker costs only its own result.
    """
    from arcbatt.backends.local import LocalPool

    _CHECK_DATA["data"] = dataset  # inherited by the forked workers
    results: list[CheckResult | None] = [None] * len(programs)
    with LocalPool(_check_in_worker, workers=workers, timeout=timeout,
                   max_memory_mb=max_memory_mb) as pool:
        for index, outcome in pool.imap_unordered(programs):
            p = programs[index]
            if outcome.ok:
                results[index] = outcome.value
            else:
                verdict: Verdict = "timeout" if outcome.status == "timeout" else "error"
                # a worker-level fault (memory cap, crash) is the program's error
                results[index] = CheckResult(p.name, p.task_id, verdict, outcome.wall_s,
                                             outcome.detail)
            if progress:
                progress(1)
    return [r for r in results if r is not None]
