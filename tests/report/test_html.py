"""The HTML report: its parts as a parser sees them, escaping, attempts, runs, the CLI."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from arcbatt.battery.runtime import as_grid
from arcbatt.cli.main import main
from arcbatt.corpus import parse_program
from arcbatt.data import DataError, Dataset, Sample, Task
from arcbatt.report.html import build_report, phase_chart
from arcbatt.run.profile import Profile
from arcbatt.store import Provenance, Scores, Store

ROT = "def solve_0000000a(I):\n    O = rot180(I)\n    return O\n"
VMIRROR = "def solve_0000000a(I):\n    O = vmirror(I)\n    return O\n"
HMIRROR = "def solve_0000000a(I):\n    O = hmirror(I)\n    return O\n"

G1 = ((1, 2, 0), (0, 3, 0))
G2 = ((4, 0), (5, 6), (0, 7))
G3 = ((8, 0, 9), (0, 0, 1))


def rot180(g):
    return tuple(tuple(reversed(r)) for r in reversed(g))


ODD = 'x<b>&"y'  # a task id that must be escaped everywhere
TASKS = {
    "rot": Task("rot", (Sample(G1, rot180(G1)), Sample(G2, rot180(G2))),
                (Sample(G3, rot180(G3)),)),
    ODD: Task(ODD, (Sample(G1, rot180(G1)),), (Sample(G2, None),)),
    "plain": Task("plain", (Sample(G2, G2),), (Sample(G1, G1),)),
}
DATASET = Dataset("mini", TASKS)


class Page(HTMLParser):
    """Every start tag with its attributes, in order, plus the text inside some tags."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.texts: dict[str, list[str]] = {"pre": [], "th": [], "td": [], "figcaption": [],
                                            "title": [], "h2": []}
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.texts:
            self.stack.append(tag)
            self.texts[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for tag in self.stack:
            self.texts[tag][-1] += data

    def find(self, tag: str, cls: str | None = None) -> list[dict]:
        return [a for t, a in self.tags if t == tag
                and (cls is None or cls in (a.get("class") or "").split())]


def _add(store: Store, task_id: str, text: str, o: int, total: int, d: int) -> None:
    store.add(task_id, parse_program(text), Scores(o, total, d, 0.1),
              Provenance("battery", "bat<1>"))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "store")
    _add(s, "rot", ROT, 2, 2, 100)
    _add(s, "rot", VMIRROR, 0, 2, 40)
    _add(s, ODD, ROT, 1, 1, 50)
    _add(s, "plain", HMIRROR, 0, 1, 10)
    _add(s, "gone", ROT, 1, 2, 10)  # a task the dataset does not have
    p = Profile()
    p.phases["demo scoring"].wall_s = 2.5
    p.phases["loading"].wall_s = 0.5
    s.record_run(p.to_json(), {"battery": "first", "tasks": 3, "time": 1.0e9})
    p.phases["demo scoring"].wall_s = 1.0
    s.record_run(p.to_json(), {"battery": "<second>", "tasks": 3, "time": 1.1e9})
    yield s
    s.close()


def test_runs_are_recorded_newest_first(store: Store) -> None:
    runs = store.runs(10)
    assert [r["meta"]["battery"] for r in runs] == ["<second>", "first"]
    assert runs[0]["profile"]["phases"]["demo scoring"]["wall_s"] == 1.0
    assert list(runs[0]["profile"]["phases"])[:2] == ["loading", "demo scoring"]
    assert len(store.runs(1)) == 1 and store.runs(0) == []


def test_report_has_stats_chart_and_a_section_per_task(store: Store) -> None:
    text = build_report(store, DATASET)
    page = Page(text)
    sections = page.find("section", "task")
    assert [s["data-task"] for s in sections] == ["rot", ODD, "plain"]  # best first
    assert [s["id"] for s in sections] == ["task-rot", f"task-{ODD}", "task-plain"]

    stats = dict(zip(page.texts["th"], page.texts["td"], strict=False))
    assert len(page.find("table", "stats")) == 1
    assert stats["distinct programs"] == "3"
    assert stats["tasks with programs"] == "4"
    assert stats["entries from battery"] == "5"

    chart = page.find("svg", "phase-chart")
    assert len(chart) == 1
    bars = page.find("rect", "bar")
    phases = [b["data-phase"] for b in bars]
    # every phase of Profile, in pipeline order, one bar per run
    assert phases[::2] == list(Profile().phases)
    assert len(bars) == 2 * len(Profile().phases)
    widths = {(b["data-phase"], b["data-run"]): float(b["width"]) for b in bars}
    assert widths[("demo scoring", "1")] == pytest.approx(420.0)
    assert widths[("demo scoring", "2")] == pytest.approx(420.0 * 1.0 / 2.5)
    assert widths[("store", "1")] == 0.0
    assert len(page.find("table", "runs")) == 1

    assert not page.find("script")
    assert not [a for _, a in page.tags for k in ("src", "href")
                if (a.get(k) or "").startswith(("http", "//"))]
    assert "not in dataset mini: gone" in text


def test_grids_are_inline_svg_in_task_order(store: Store) -> None:
    page = Page(build_report(store, DATASET))
    grids = page.find("svg", "grid")
    # rot: 2 demo pairs, test input, two attempts, truth; odd: 1 pair, input, attempt 1
    # only (one program), no truth; plain: 1 pair, input, attempt 1 only, truth
    assert len(grids) == (4 + 1 + 2 + 1) + (2 + 1 + 1) + (2 + 1 + 1 + 1)
    assert grids[0]["data-shape"] == "2x3" and grids[1]["data-shape"] == "2x3"
    caps = page.texts["figcaption"]
    assert caps[:4] == ["demo 0 input 2x3", "demo 0 output 2x3", "demo 1 input 3x2",
                        "demo 1 output 3x2"]
    assert "attempt 1 (right) 2x3" in caps and "attempt 2 (wrong) 2x3" in caps
    assert "attempt 2 none" in caps  # odd: one program, no truth: not judged
    assert "attempt 2 (wrong) none" in caps  # plain: one program, a missing attempt is wrong
    assert len(page.find("span", "empty")) == 2


def test_grid_cells_carry_the_palette(store: Store) -> None:
    page = Page(build_report(store, DATASET, max_tasks=1))
    first_grid = page.tags.index(("svg", page.find("svg", "grid")[0]))
    rects = [a for t, a in page.tags[first_grid + 1:] if t == "rect"][:6]
    fills = [a["fill"] for a in rects]
    assert fills == ["#0074D9", "#FF4136", "#000000", "#000000", "#2ECC40", "#000000"]


def test_attempts_come_from_the_best_stored_programs(store: Store) -> None:
    page = Page(build_report(store, DATASET))
    right = page.find("figure", "right")
    wrong = page.find("figure", "wrong")
    # rot: rot180 right, vmirror wrong; plain: hmirror wrong, and no second attempt
    assert len(right) == 1 and len(wrong) == 3
    programs = page.texts["pre"]
    assert any("O = rot180(I)" in p for p in programs)
    assert any("O = vmirror(I)" in p for p in programs)
    text = build_report(store, DATASET)
    assert "pass@2: 1/1 test outputs right" in text
    assert "pass@2: 0/1 test outputs right" in text


def test_text_from_data_is_escaped(store: Store) -> None:
    text = build_report(store, DATASET)
    assert ODD not in text and "<second>" not in text and "bat<1>" not in text
    assert "x&lt;b&gt;&amp;&quot;y" in text
    page = Page(text)
    assert f"task {ODD}" in page.texts["h2"]


def test_phase_chart_is_well_formed_svg(store: Store) -> None:
    root = ET.fromstring(phase_chart(store.runs(5)))
    assert root.get("class") == "phase-chart"
    assert phase_chart([]).startswith('<p class="note no-runs">')


def test_submission_attempts_replace_the_programs(store: Store) -> None:
    sub = {"rot": [{"attempt_1": [[1]], "attempt_2": [list(r) for r in rot180(G3)]}]}
    text = build_report(store, DATASET, submission=sub, submission_name="sub.json")
    page = Page(text)
    assert "attempts from sub.json" in text and "task not in sub.json" in text
    assert len(page.find("figure", "right")) == 1
    caps = page.texts["figcaption"]
    assert "attempt 1 (wrong) 1x1" in caps and "attempt 2 (right) 2x3" in caps


def test_malformed_submission_names_the_task(store: Store) -> None:
    with pytest.raises(DataError, match="file s.json, task rot: 2 entries for 1 test inputs"):
        build_report(store, DATASET, submission={"rot": [{}, {}]}, submission_name="s.json")


def test_task_cap(store: Store) -> None:
    page = Page(build_report(store, DATASET, max_tasks=1))
    assert [s["data-task"] for s in page.find("section", "task")] == ["rot"]


def test_as_grid_accepts_only_arc_grids() -> None:
    grid = ((1, 2), (3, 4))
    assert as_grid(grid) is grid
    for bad in (None, (), ((1,), (1, 2)), ((10,),), ((True,),), (((1,),),), 5, [[1]],
                ((0,) * 31,)):
        assert as_grid(bad) is None


def test_report_cli(store: Store, tmp_path: Path, capsys) -> None:
    task_dir = tmp_path / "tasks"
    task_dir.mkdir()
    for tid in ("rot", "plain"):
        (task_dir / f"{tid}.json").write_text(json.dumps(TASKS[tid].to_json()))
    out = tmp_path / "r" / "report.html"
    assert main(["report", "--store", str(store.root), "--out", str(out),
                 "--data", str(task_dir), "--tasks", "5"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    page = Page(out.read_text(encoding="utf-8"))
    assert [s["data-task"] for s in page.find("section", "task")] == ["rot", "plain"]

    bad = tmp_path / "bad.json"
    bad.write_text('{"rot": [{"attempt_1": [[1]]}]}')
    assert main(["report", "--store", str(store.root), "--out", str(tmp_path / "x.html"),
                 "--data", str(task_dir), "--submission", str(bad)]) == 2
    assert "task rot, test 0: missing key 'attempt_2'" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_report_cli_without_a_store(tmp_path: Path, capsys) -> None:
    assert main(["report", "--store", str(tmp_path / "none"), "--out",
                 str(tmp_path / "r.html")]) == 2
    assert "no store at" in capsys.readouterr().err
