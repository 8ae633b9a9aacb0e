"""submission.json: written in the ARC Prize format, read back strictly, scored pass@2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arcbatt.cli.main import main
from arcbatt.data import Dataset, Sample, Task
from arcbatt.solve import SubmissionError, choose_attempts, read_submission, score, write_submission
from arcbatt.solve.predict import Candidate

A = ((1, 2),)
B = ((3, 4),)
C = ((5,),)


def dataset() -> Dataset:
    t1 = Task("aaaa0001", (Sample(((0,),), ((1,),)),), (Sample(((0,),), A),))
    t2 = Task("aaaa0002", (Sample(((0,),), ((1,),)),), (Sample(((7,),), B), Sample(((8,),), C)))
    return Dataset("tiny", {t.id: t for t in (t1, t2)})


def test_write_and_read_back(tmp_path: Path) -> None:
    preds = {"aaaa0001": [(A, B)], "aaaa0002": [(B, A), (C, C)]}
    path = write_submission(preds, tmp_path / "submission.json")
    raw = json.loads(path.read_text())
    assert raw["aaaa0002"][1] == {"attempt_1": [[5]], "attempt_2": [[5]]}
    assert set(raw["aaaa0001"][0]) == {"attempt_1", "attempt_2"}
    assert read_submission(path, dataset()) == preds


def test_pass_at_2_per_output_and_per_task(tmp_path: Path) -> None:
    preds = {"aaaa0001": [(B, A)], "aaaa0002": [(B, A), (A, B)]}
    rep = score(preds, dataset())
    assert (rep.outputs_correct, rep.outputs_total) == (2, 3)
    assert rep.tasks_solved == ["aaaa0001"] and rep.tasks_total == 2
    assert rep.text().startswith("pass@2: 2/3 test outputs (66.7%), 1/2 tasks (50.0%)")


def _write(tmp_path: Path, obj: object) -> Path:
    p = tmp_path / "s.json"
    p.write_text(json.dumps(obj))
    return p


@pytest.mark.parametrize(
    ("obj", "needle"),
    [
        ({"aaaa0001": [{"attempt_1": [[1]], "attempt_2": [[1]]}]}, "task aaaa0002 is missing"),
        ({"aaaa0001": [{"attempt_1": [[1]], "attempt_2": [[1]]}],
          "aaaa0002": [{"attempt_1": [[1]], "attempt_2": [[1]]}]},
         "task aaaa0002 has 1 entries for 2 test inputs"),
        ({"aaaa0001": [{"attempt_1": [[1]]}], "aaaa0002": []}, "test 0: missing attempt_2"),
        ({"aaaa0001": [{"attempt_1": [[1, 2], [3]], "attempt_2": [[1]]}], "aaaa0002": []},
         "not rectangular"),
        ({"aaaa0001": [{"attempt_1": "x", "attempt_2": [[1]]}], "aaaa0002": []},
         "grid must be a list"),
        ({"zzzz9999": []}, "task zzzz9999 is not in dataset"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_malformed_submissions_are_rejected_clearly(tmp_path: Path, obj: object,
                                                    needle: str) -> None:
    with pytest.raises(SubmissionError) as info:
        read_submission(_write(tmp_path, obj), dataset())
    assert needle in str(info.value) and "s.json" in str(info.value)


def test_unreadable_json(tmp_path: Path) -> None:
    p = tmp_path / "s.json"
    p.write_text("{")
    with pytest.raises(SubmissionError, match="unreadable JSON at line 1"):
        read_submission(p, dataset())


def cand(key: str, matches: int, steps: int, outs: tuple) -> Candidate:
    return Candidate(key, "store", steps, matches, outs, 0.01)


def test_attempts_are_distinct_outputs_of_the_best_programs() -> None:
    from arcbatt.solve.predict import rank

    ranked = rank([cand("c", 1, 3, (C,)), cand("a", 2, 5, (A,)), cand("b", 2, 2, (A,)),
                   cand("d", 0, 1, (B,))])
    assert [c.key for c in ranked] == ["b", "a", "c", "d"]
    assert choose_attempts([((9,),)], ranked) == [(A, C)]
    # nothing found: the test input fills in, twice if need be, but never as a duplicate
    assert choose_attempts([((9,),)], [cand("x", 0, 1, (None,))]) == [(((9,),), ((0,),))]


def test_score_cli(tmp_path: Path, capsys) -> None:
    from arcbatt.data import load_dataset

    ds = load_dataset("arc1-eval")
    preds = {t.id: [(s.output, s.input) for s in t.test] for t in ds}
    write_submission(preds, tmp_path / "perfect.json")
    assert main(["score", str(tmp_path / "perfect.json"), "--data", "arc1-eval"]) == 0
    assert "pass@2: 419/419 test outputs (100.0%), 400/400 tasks" in capsys.readouterr().out
    (tmp_path / "bad.json").write_text("{}")
    assert main(["score", str(tmp_path / "bad.json"), "--data", "arc1-eval"]) == 2
    assert "is missing" in capsys.readouterr().err
