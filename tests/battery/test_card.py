"""`make_battery` and `arcbatt card`: reproducibility, sources (task, store), errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from battery_helpers import program

from arcbatt.battery import BatteryError, CallTable, Source, make_battery, table_path_for
from arcbatt.battery.select import draw
from arcbatt.battery.sources import battery_sources
from arcbatt.cli.main import main
from arcbatt.corpus import Corpus
from arcbatt.store import Store
from arcbatt.store.index import Provenance, Scores, StoreError

# --------------------------------------------------------------------------------------------
# 1. reproducibility


@pytest.mark.parametrize(("seed", "rate"), [(0, 0.0), (7, 0.03), (11, 0.3)])
def test_same_seed_gives_identical_battery(corpus_sources: list[Source], seed: int,
                                           rate: float) -> None:
    a = make_battery(corpus_sources, 32, seed, rate)
    b = make_battery(list(corpus_sources), 32, seed, rate)
    assert a.source == b.source
    assert a.table.dumps() == b.table.dumps()
    assert a.table.battery_id == b.table.battery_id
    assert len(a.table.candidates) == 32
    compile(a.source, "battery.py", "exec")  # the module is valid Python


def test_different_seeds_differ(corpus_sources: list[Source]) -> None:
    tables = [make_battery(corpus_sources, 32, seed, 0.1).table for seed in range(6)]
    assert len({t.battery_id for t in tables}) == 6
    # not only the id: the drawn programs or the shared calls differ between any two seeds
    bodies = {(t.calls, tuple(c.parent for c in t.candidates)) for t in tables}
    assert len(bodies) == 6


def test_seed_and_rate_are_recorded(corpus_sources: list[Source], tmp_path: Path) -> None:
    bat = make_battery(corpus_sources, 8, 42, 0.25)
    module, table = bat.write(tmp_path / "bat")  # suffix added
    assert module == tmp_path / "bat.py" and table == table_path_for(module)
    loaded = CallTable.load(table)
    assert loaded == bat.table
    assert (loaded.seed, loaded.mutation_rate) == (42, 0.25)
    assert f'BATTERY_ID = "{loaded.battery_id}"' in module.read_text()


def test_cli_writes_identical_files_twice(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    outs = []
    for name in ("one", "two"):
        out = tmp_path / name / "battery.py"
        rc = main(["card", "--count", "32", "--seed", "7", "--out", str(out)])
        assert rc == 0
        assert "32 candidates" in capsys.readouterr().out
        outs.append((out.read_bytes(), table_path_for(out).read_bytes()))
    assert outs[0] == outs[1]
    # a different seed gives a different module and table
    other = tmp_path / "three" / "battery.py"
    assert main(["card", "--count", "32", "--seed", "8", "--out", str(other)]) == 0
    assert other.read_bytes() != outs[0][0]
    assert table_path_for(other).read_bytes() != outs[0][1]


def test_cli_is_reproducible_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    """Separate interpreters with different string-hash seeds write the same bytes."""
    results = []
    for hash_seed in ("1", "12345"):
        out = tmp_path / f"h{hash_seed}" / "battery.py"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        proc = subprocess.run(
            [sys.executable, "-m", "arcbatt.cli.main", "card", "--count", "32", "--seed", "7",
             "--mutation-rate", "0.2", "--out", str(out)],
            env=env, capture_output=True, text=True, timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr
        results.append((out.read_bytes(), table_path_for(out).read_bytes()))
    assert results[0] == results[1]


def test_draw_takes_distinct_programs_first_then_repeats(corpus_sources: list[Source]) -> None:
    import random

    few = corpus_sources[:5]
    picked = draw(few, 12, random.Random(3))
    assert len(picked) == 12
    assert {id(s) for s in picked[:5]} == {id(s) for s in few}
    assert draw(few, 0, random.Random(3)) == [] and draw([], 4, random.Random(3)) == []


def test_heavy_weight_is_drawn_first(corpus_sources: list[Source]) -> None:
    import random

    heavy = Source(corpus_sources[-1].program, weight=1e6, origin="store", md5="f" * 32)
    pool = [*corpus_sources[:-1], heavy]
    firsts = [draw(pool, 4, random.Random(s))[0] for s in range(20)]
    assert all(f is heavy for f in firsts)


# --------------------------------------------------------------------------------------------
# 8. sources: --task, --store, errors


def test_task_option_picks_only_that_tasks_programs(corpus: Corpus, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    task = "007bbfb7"
    sources, notes = battery_sources(None, None, task)
    assert notes == []
    assert {s.program.name for s in sources} == {p.name for p in corpus.for_task(task)}
    out = tmp_path / "b.py"
    assert main(["card", "--task", task, "--count", "5", "--seed", "1", "--out", str(out)]) == 0
    capsys.readouterr()
    table = CallTable.load(table_path_for(out))
    assert len(table.candidates) == 5  # fewer programs than the count: repeats fill it
    assert {c.parent_task for c in table.candidates} == {task}
    assert {c.origin for c in table.candidates} == {"corpus"}


def _stored(store_path: Path, task: str, o_score: int) -> str:
    prog = program(f"""
def solve_{task}(I):
    x1 = vmirror(I)
    O = hmirror(x1)
    return O
""")
    with Store(store_path) as store:
        kept = store.add(task, prog, Scores(o_score, 5, 0, 1.0), Provenance(kind="search"))
        assert kept
        (entry,) = store.entries(task)
    return entry.md5


def test_store_programs_are_weighted_and_replace_corpus_ones(corpus: Corpus,
                                                             tmp_path: Path) -> None:
    stored_task, other_task = "007bbfb7", "0d3d703e"
    md5 = _stored(tmp_path / "store", stored_task, 3)
    sources, notes = battery_sources(None, str(tmp_path / "store"), None)
    assert notes == []
    from_store = [s for s in sources if s.origin == "store"]
    assert len(from_store) == 1
    (src,) = from_store
    assert (src.weight, src.md5, src.program.task_id) == (4.0, md5, stored_task)
    assert [st.func for st in src.program.steps] == ["vmirror", "hmirror"]
    # the stored task's corpus programs give way; every other task still comes from the corpus
    assert not [s for s in sources if s.origin == "corpus" and s.program.task_id == stored_task]
    expected = {p.name for p in corpus if p.task_id != stored_task}
    assert {s.program.name for s in sources if s.origin == "corpus"} == expected
    assert all(s.weight == 1.0 for s in sources if s.origin == "corpus")

    only, _ = battery_sources(None, str(tmp_path / "store"), stored_task)
    assert [(s.origin, s.md5) for s in only] == [("store", md5)]
    fallback, _ = battery_sources(None, str(tmp_path / "store"), other_task)
    assert {s.program.name for s in fallback} == {p.name for p in corpus.for_task(other_task)}
    assert {s.origin for s in fallback} == {"corpus"}


def test_store_candidate_keeps_its_origin_in_the_table(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    md5 = _stored(tmp_path / "store", "007bbfb7", 5)
    out = tmp_path / "b.py"
    argv = ["card", "--store", str(tmp_path / "store"), "--task", "007bbfb7", "--count", "2",
            "--mutation-rate", "0", "--out", str(out)]
    assert main(argv) == 0
    capsys.readouterr()
    table = CallTable.load(table_path_for(out))
    assert [(c.origin, c.parent_md5) for c in table.candidates] == [("store", md5)] * 2
    rebuilt = table.program("c000")
    assert [st.func for st in rebuilt.steps] == ["vmirror", "hmirror"]


def test_unknown_task_is_an_error(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    with pytest.raises(BatteryError, match="no programs for task ffffffff"):
        battery_sources(None, None, "ffffffff")
    rc = main(["card", "--task", "ffffffff", "--out", str(tmp_path / "b.py")])
    assert rc == 2
    assert "no programs for task ffffffff" in capsys.readouterr().err
    assert not (tmp_path / "b.py").exists()


def test_missing_store_and_bad_options_are_errors(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(StoreError, match="no store at"):
        battery_sources(None, str(tmp_path / "nowhere"), None)
    assert main(["card", "--count", "0", "--out", str(tmp_path / "b.py")]) == 2
    assert main(["card", "--mutation-rate", "1.5", "--out", str(tmp_path / "b.py")]) == 2
    err = capsys.readouterr().err
    assert "--count must be at least 1" in err and "--mutation-rate" in err
    with pytest.raises(ValueError, match="no programs"):
        make_battery([], 4)


@pytest.mark.parametrize("content", [
    "{not json",
    "[]",
    '{"format": "something-else/9"}',
    '{"format": "arcbatt-battery/1", "battery_id": "x"}',
    '{"format": "arcbatt-battery/1", "battery_id": "x", "seed": 1, "mutation_rate": 0.1, '
    '"calls": [["vmirror", 3]], "candidates": [], "differs": []}',
])
def test_corrupt_call_table_names_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content)
    with pytest.raises(BatteryError) as info:
        CallTable.load(path)
    assert str(path) in str(info.value)


def test_missing_call_table_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(BatteryError, match="cannot read the call table") as info:
        CallTable.load(tmp_path / "absent.json")
    assert str(tmp_path / "absent.json") in str(info.value)


def test_table_with_dangling_call_cannot_rebuild(corpus_sources: list[Source],
                                                 tmp_path: Path) -> None:
    bat = make_battery(corpus_sources, 2, 0, 0.0)
    raw = bat.table.to_json()
    raw["candidates"][0]["t"] = len(raw["calls"]) + 5
    path = tmp_path / "t.json"
    path.write_text(json.dumps(raw))
    table = CallTable.load(path)
    with pytest.raises(BatteryError, match="missing call"):
        table.program("c000")
    with pytest.raises(KeyError):
        table.program("c999")


def test_table_cannot_smuggle_code(corpus_sources: list[Source], tmp_path: Path) -> None:
    """A call table is data: a callee that is not a DSL name fails the program checker."""
    from arcbatt.corpus import FormatError

    raw = make_battery(corpus_sources, 1, 0, 0.0).table.to_json()
    raw["calls"][0][0] = "__import__"
    table = CallTable.from_json(raw, "edited.json")
    with pytest.raises(FormatError):
        table.program("c000")
