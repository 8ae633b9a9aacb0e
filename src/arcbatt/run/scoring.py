"""Per-task scores from per-sample results: pure, and independent of completion order.

* o_score: demo samples a candidate reproduces exactly. Test outputs never enter it.
* d_score: differ partial credit summed over demo samples (each differ's score, 0..1000,
  comparing the candidate's output with the expected output).
* s_score: differ scores on test samples, which compare the candidate's output with the
  sample input (the expected test output is unknown to the search).
* baseline: the differs on the demo inputs themselves, the credit of doing nothing.
Test accuracy (`test_correct`) is computed for reporting only, when the data has answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from arcbatt.data import Task
from arcbatt.run.units import SampleResult


@dataclass
class CandidateScore:
    cid: str
    t: int
    evo: bool
    o_score: int = 0
    d_score: int = 0
    s_score: int = 0
    differ: dict[str, int] = field(default_factory=dict)
    demo_seen: int = 0  # demo samples on which the battery answered for this candidate
    test_seen: int = 0
    test_correct: int = 0


@dataclass
class TaskScores:
    task_id: str
    demo_total: int
    test_total: int
    candidates: dict[str, CandidateScore]
    baseline: dict[str, int]
    failed_samples: list[tuple[str, int, str, str]]  # kind, index, status, detail
    demo_cpu_s: float = 0.0
    test_cpu_s: float = 0.0

    @property
    def best_o_score(self) -> int:
        return max((c.o_score for c in self.candidates.values()), default=0)

    @property
    def baseline_total(self) -> int:
        return sum(self.baseline.values())

    def summary(self) -> dict:
        """Everything deterministic about the task's scores (for digests and reports)."""
        return {
            "task": self.task_id,
            "baseline": dict(sorted(self.baseline.items())),
            "failed": sorted(self.failed_samples),
            "candidates": {
                cid: [c.o_score, c.d_score, c.s_score, c.test_correct,
                      dict(sorted(c.differ.items()))]
                for cid, c in sorted(self.candidates.items())
            },
        }


def _clamp(result: object) -> int | None:
    """A differ's score as an int in 0..1000, or None when it gave no valid score."""
    if not isinstance(result, tuple) or len(result) < 2:
        return None
    score = result[0]
    if type(score) is not int:
        return None
    return max(0, min(1000, score))


def score_task(task: Task, results: list[SampleResult]) -> TaskScores:
    """Combine one task's sample results (any order) into its scores."""
    by_unit = {(r.unit.kind, r.unit.index): r for r in results}
    ts = TaskScores(task.id, len(task.demo), len(task.test), {}, {}, [])
    for kind, samples in (("demo", task.demo), ("test", task.test)):
        for i, sample in enumerate(samples):
            r = by_unit.get((kind, i))
            if r is None:
                ts.failed_samples.append((kind, i, "missing", "no result"))
                continue
            if kind == "demo":
                ts.demo_cpu_s += r.cpu_s
            else:
                ts.test_cpu_s += r.cpu_s
            if r.status != "ok":
                ts.failed_samples.append((kind, i, r.status, r.detail))
                continue
            for t, evo, cid, out in r.outputs:
                c = ts.candidates.get(cid)
                if c is None:
                    c = ts.candidates[cid] = CandidateScore(cid, t, bool(evo))
                if kind == "demo":
                    c.demo_seen += 1
                    c.o_score += out is not None and out == sample.output
                else:
                    c.test_seen += 1
                    c.test_correct += sample.output is not None and out == sample.output
            for _t, cid, name, result in r.differs:
                score = _clamp(result)
                if score is None:
                    continue
                if cid is None:
                    if kind == "demo":
                        ts.baseline[name] = ts.baseline.get(name, 0) + score
                    continue
                c = ts.candidates[cid]
                if kind == "demo":
                    c.d_score += score
                    c.differ[name] = c.differ.get(name, 0) + score
                else:
                    c.s_score += score
    return ts
