"""Loading every kind of source, content hashes, and one test per kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arcbatt.data import DataError, load_bundled, load_dataset

GOOD_TASK = {
    "train": [{"input": [[1, 0], [0, 1]], "output": [[0, 1], [1, 0]]}],
    "test": [{"input": [[2, 2]], "output": [[2, 2]]}],
}


def write(path: Path, obj: object) -> Path:
    path.write_text(json.dumps(obj))
    return path


@pytest.mark.parametrize(
    ("name", "count"),
    [("arc1-train", 400), ("arc1-eval", 400), ("arc2-train", 1000), ("arc2-eval", 120)],
)
def test_bundled_sizes(name: str, count: int) -> None:
    assert len(load_bundled(name)) == count


def test_bundled_task_contents() -> None:
    task = load_dataset("arc1-train").get("007bbfb7")
    assert len(task.demo) == 5 and len(task.test) == 1
    assert task.demo[0].input == ((0, 7, 7), (7, 7, 7), (0, 7, 7))
    assert len(task.demo[0].output) == 9 and len(task.demo[0].output[0]) == 9
    assert task.pairs[0] == (task.demo[0].input, task.demo[0].output)


def test_content_hash_is_stable_and_content_sensitive(tmp_path: Path) -> None:
    a = load_dataset(str(write(tmp_path / "a.json", GOOD_TASK)))
    changed = json.loads(json.dumps(GOOD_TASK))
    changed["train"][0]["output"][0][0] = 5
    b = load_dataset(str(write(tmp_path / "c.json", changed)))
    again = load_dataset(str(tmp_path / "a.json"))
    assert a.content_hash == again.content_hash
    assert a.content_hash != b.content_hash
    assert load_bundled("arc1-train").content_hash != load_bundled("arc1-eval").content_hash


def test_single_task_file(tmp_path: Path) -> None:
    ds = load_dataset(str(write(tmp_path / "abcd1234.json", GOOD_TASK)))
    assert ds.ids == ["abcd1234"]
    assert ds.get("abcd1234").test[0].output == ((2, 2),)


def test_folder_of_tasks(tmp_path: Path) -> None:
    write(tmp_path / "aaaa0000.json", GOOD_TASK)
    write(tmp_path / "bbbb1111.json", GOOD_TASK)
    assert load_dataset(str(tmp_path)).ids == ["aaaa0000", "bbbb1111"]


def test_kaggle_challenges_with_and_without_solutions(tmp_path: Path) -> None:
    task = {"train": GOOD_TASK["train"], "test": [{"input": [[3]]}, {"input": [[4]]}]}
    ch = write(tmp_path / "arc-agi_evaluation_challenges.json", {"t1": task})
    ds = load_dataset(str(ch))
    assert ds.get("t1").test[1].output is None
    write(tmp_path / "arc-agi_evaluation_solutions.json", {"t1": [[[5]], [[6]]]})
    ds = load_dataset(str(ch))
    assert [s.output for s in ds.get("t1").test] == [((5,),), ((6,),)]


# ---- bad input: one test per kind, each message names file, task and position ----


def bad(tmp_path: Path, task: object, name: str = "badtask1.json") -> DataError:
    path = write(tmp_path / name, task)
    with pytest.raises(DataError) as info:
        load_dataset(str(path))
    return info.value


def test_non_rectangular_grid(tmp_path: Path) -> None:
    t = json.loads(json.dumps(GOOD_TASK))
    t["train"][0]["input"] = [[1, 2], [3]]
    err = bad(tmp_path, t)
    msg = str(err)
    assert "badtask1.json" in msg and "task badtask1" in msg
    assert "train sample 0 input" in msg and "not rectangular" in msg and "row 1" in msg


def test_value_outside_palette(tmp_path: Path) -> None:
    t = json.loads(json.dumps(GOOD_TASK))
    t["test"][0]["output"] = [[2, 12]]
    msg = str(bad(tmp_path, t))
    assert "test sample 0 output" in msg and "row 0, column 1" in msg and "12" in msg


def test_boolean_is_not_a_colour(tmp_path: Path) -> None:
    t = json.loads(json.dumps(GOOD_TASK))
    t["train"][0]["output"] = [[True, 0], [0, 1]]
    assert "row 0, column 0" in str(bad(tmp_path, t))


@pytest.mark.parametrize("grid", [[], [[]], [[0] * 31], [[0]] * 31])
def test_size_outside_1_to_30(tmp_path: Path, grid: list) -> None:
    t = json.loads(json.dumps(GOOD_TASK))
    t["train"][0]["input"] = grid
    msg = str(bad(tmp_path, t))
    assert "outside 1..30" in msg and "train sample 0 input" in msg


@pytest.mark.parametrize("key", ["train", "test"])
def test_missing_train_or_test(tmp_path: Path, key: str) -> None:
    t = dict(GOOD_TASK)
    del t[key]
    msg = str(bad(tmp_path, t))
    assert f"missing key '{key}'" in msg and "task badtask1" in msg


def test_missing_input(tmp_path: Path) -> None:
    t = json.loads(json.dumps(GOOD_TASK))
    del t["test"][0]["input"]
    msg = str(bad(tmp_path, t))
    assert "missing key 'input'" in msg and "test sample 0" in msg


def test_missing_demo_output(tmp_path: Path) -> None:
    t = json.loads(json.dumps(GOOD_TASK))
    del t["train"][0]["output"]
    assert "missing key 'output'" in str(bad(tmp_path, t))


def test_unreadable_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"train": [\n  {"input": [[1]], }\n]}')
    with pytest.raises(DataError) as info:
        load_dataset(str(path))
    msg = str(info.value)
    assert "broken.json" in msg and "unreadable JSON" in msg and "line 2" in msg


def test_unknown_task_id_suggests_closest() -> None:
    with pytest.raises(DataError) as info:
        load_dataset("arc1-train").get("007bbfb8")
    assert "007bbfb7" in str(info.value) and "unknown task id" in str(info.value)


def test_unknown_dataset_name() -> None:
    with pytest.raises(DataError, match="no such dataset"):
        load_dataset("arc3-train")


def test_kaggle_solution_count_mismatch(tmp_path: Path) -> None:
    ch = write(tmp_path / "x_challenges.json", {"t1": GOOD_TASK})
    write(tmp_path / "x_solutions.json", {"t1": [[[1]], [[2]]]})
    with pytest.raises(DataError, match="solutions give 2 outputs for 1 test inputs"):
        load_dataset(str(ch))
