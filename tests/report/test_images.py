"""Pictures of tasks: SVG cells and colours, PNG pixels, attempt frames, `tasks render`."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from arcbatt.cli.main import main
from arcbatt.data import DataError, Sample, Task
from arcbatt.report.images import (
    MATCH,
    MISS,
    PAD,
    grid_svg,
    layout_task,
    render_task,
    submission_attempts,
)
from arcbatt.report.palette import PALETTE_HEX, rgb

SVG = "{http://www.w3.org/2000/svg}"
A = ((0, 1, 2), (3, 4, 5))
B = ((6, 7), (8, 9))
TRUTH = ((5, 4, 3), (2, 1, 0))
TASK = Task("t1", (Sample(A, B), Sample(B, A)), (Sample(A, TRUTH),))
TASK_NO_TRUTH = Task("t2", (Sample(A, B),), (Sample(B, None),))


def _hex_rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _cell_rects(svg: ET.Element) -> list[ET.Element]:
    return [r for g in svg.iter(f"{SVG}svg") if g.get("class") == "grid"
            for r in g.findall(f"{SVG}rect")]


def test_grid_svg_has_one_rect_per_cell_in_the_palette() -> None:
    cell = 10
    root = ET.fromstring(grid_svg(A, cell))
    assert root.get("class") == "grid"
    assert (root.get("width"), root.get("height")) == ("31", "21")
    rects = root.findall(f"{SVG}rect")
    assert len(rects) == 6
    for r, row in enumerate(A):
        for c, v in enumerate(row):
            rect = rects[r * 3 + c]
            assert rect.get("fill") == PALETTE_HEX[v]
            assert (rect.get("x"), rect.get("y")) == (str(c * cell), str(r * cell))
            assert rect.get("width") == rect.get("height") == str(cell)
    lines = root.find(f"{SVG}path")
    assert lines is not None and lines.get("stroke")
    assert lines.get("d").count("M") == (3 + 1) + (2 + 1)  # every column and row boundary


def test_grid_svg_escapes_its_title() -> None:
    text = grid_svg(B, 4, title='<a & "b">')
    assert "<a &" not in text
    assert ET.fromstring(text).find(f"{SVG}title").text == '<a & "b">'


def test_svg_task_picture_draws_every_grid_and_frames_attempts() -> None:
    wrong = ((1,),)
    data = render_task(TASK, [(TRUTH, wrong)], "svg", cell=8)
    root = ET.fromstring(data)  # well-formed XML, self-contained
    assert b"http" not in data.replace(b"http://www.w3.org/2000/svg", b"")
    cells = _cell_rects(root)
    # demo: A, B, B, A; test: input A, attempts TRUTH and wrong, truth TRUTH
    assert len(cells) == 6 + 4 + 4 + 6 + 6 + 6 + 1 + 6
    assert all(r.get("fill") in PALETTE_HEX for r in cells)
    frames = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "frame"]
    assert [f.get("stroke") for f in frames] == [MATCH, MISS]
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "attempt 1 (right)" in labels and "attempt 2 (wrong)" in labels
    assert "test 0 truth" in labels and "demo 1 output" in labels


def test_svg_without_attempts_or_truth_has_no_frames() -> None:
    root = ET.fromstring(render_task(TASK_NO_TRUTH, None, "svg"))
    assert not [r for r in root.iter(f"{SVG}rect") if r.get("class") == "frame"]
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert labels[1:] == ["demo 0 input", "demo 0 output", "test 0 input"]


def test_png_decodes_to_the_layout_size_with_palette_cells() -> None:
    attempts = [(TRUTH, ((1, 1), (1, 1)))]
    layout = layout_task(TASK, attempts, cell=9)
    img = Image.open(io.BytesIO(render_task(TASK, attempts, "png", cell=9)))
    assert img.format == "PNG"
    assert img.size == (layout.width, layout.height)
    img = img.convert("RGB")
    assert len(layout.panels) == 4 + 4
    for panel in layout.panels:
        assert panel.grid is not None
        for r, row in enumerate(panel.grid):
            for c, v in enumerate(row):
                assert img.getpixel(panel.cell_centre(r, c)) == rgb(v), (panel.label, r, c)
        # a grid line runs along the top-left corner of every grid
        assert img.getpixel((panel.x, panel.y)) == _hex_rgb("#555555")
    right, wrong = layout.panels[5], layout.panels[6]
    assert right.label == "attempt 1 (right)" and wrong.label == "attempt 2 (wrong)"
    assert img.getpixel((right.x - PAD + 2, right.y + right.height // 2)) == _hex_rgb(MATCH)
    assert img.getpixel((wrong.x - PAD + 2, wrong.y + wrong.height // 2)) == _hex_rgb(MISS)


def test_missing_attempt_is_an_empty_box_judged_wrong() -> None:
    layout = layout_task(TASK, [(None, TRUTH)])
    labels = [p.label for p in layout.panels]
    assert "attempt 1: none" in labels and "attempt 2 (right)" in labels
    empty = layout.panels[labels.index("attempt 1: none")]
    assert empty.grid is None and empty.frame == MISS


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown picture format 'gif'"):
        render_task(TASK, None, "gif")  # type: ignore[arg-type]


@pytest.mark.parametrize(("entry", "message"), [
    ([], "0 entries for 1 test inputs"),
    ({"attempt_1": [[1]]}, "expected a list of one object per test input"),
    ([[[1]]], "test 0: expected an object with attempt_1 and attempt_2"),
    ([{"attempt_1": [[1]]}], "test 0: missing key 'attempt_2'"),
    ([{"attempt_1": [[1]], "attempt_2": [[1, 12]]}], "test 0 attempt_2: value 12"),
])
def test_submission_faults_name_the_task(entry: object, message: str) -> None:
    with pytest.raises(DataError) as err:
        submission_attempts({"t1": entry}, TASK, file="sub.json")
    assert "file sub.json, task t1" in str(err.value) and message in str(err.value)


def test_submission_without_the_task_is_an_error() -> None:
    with pytest.raises(DataError, match="task t1: not in the submission"):
        submission_attempts({"other": []}, TASK)


# -- the CLI ------------------------------------------------------------------------------
@pytest.fixture
def task_file(tmp_path: Path) -> Path:
    path = tmp_path / "t1.json"
    path.write_text(json.dumps(TASK.to_json()))
    return path


def test_render_cli_writes_png_and_svg(task_file: Path, tmp_path: Path, capsys) -> None:
    png, svg = tmp_path / "out" / "t.png", tmp_path / "t.SVG"
    assert main(["tasks", "render", "t1", "--data", str(task_file), "--out", str(png)]) == 0
    assert main(["tasks", "render", "t1", "--data", str(task_file), "--out", str(svg),
                 "--cell", "5"]) == 0
    assert f"wrote {png}" in capsys.readouterr().out
    img = Image.open(png)
    layout = layout_task(TASK)
    assert img.size == (layout.width, layout.height)
    root = ET.fromstring(svg.read_bytes())
    assert len(_cell_rects(root)) == 6 + 4 + 4 + 6 + 6 + 6
    assert {r.get("width") for r in _cell_rects(root)} == {"5"}


def test_render_cli_draws_submission_attempts(task_file: Path, tmp_path: Path) -> None:
    sub = tmp_path / "submission.json"
    sub.write_text(json.dumps({"t1": [{"attempt_1": [[0]], "attempt_2": [list(r) for r in
                                                                         TRUTH]}]}))
    out = tmp_path / "t.svg"
    assert main(["tasks", "render", "t1", "--data", str(task_file), "--out", str(out),
                 "--submission", str(sub)]) == 0
    root = ET.fromstring(out.read_bytes())
    frames = [r.get("stroke") for r in root.iter(f"{SVG}rect") if r.get("class") == "frame"]
    assert frames == [MISS, MATCH]


def test_render_cli_rejects_unknown_extension(task_file: Path, tmp_path: Path,
                                              capsys) -> None:
    out = tmp_path / "t.jpg"
    assert main(["tasks", "render", "t1", "--data", str(task_file), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "unknown picture type '.jpg'" in err and "name a .png or .svg file" in err
    assert not out.exists()


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "submission is unreadable JSON"),
    ("[1, 2]", "submission must be a JSON object of task ids, got list"),
    ('{"t9": []}', "task t1: not in the submission"),
    ('{"t1": [{"attempt_1": [[0]]}]}', "task t1, test 0: missing key 'attempt_2'"),
    ('{"t1": [{"attempt_1": [[0]], "attempt_2": [[0], [1, 2]]}]}',
     "task t1, test 0 attempt_2: grid is not rectangular"),
])
def test_render_cli_rejects_malformed_submission(task_file: Path, tmp_path: Path, capsys,
                                                 content: str, message: str) -> None:
    sub = tmp_path / "bad.json"
    sub.write_text(content)
    out = tmp_path / "t.png"
    assert main(["tasks", "render", "t1", "--data", str(task_file), "--out", str(out),
                 "--submission", str(sub)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("arcbatt tasks: error: ") and message in err and str(sub) in err
    assert not out.exists()


def test_render_cli_unknown_task_suggests_ids(task_file: Path, tmp_path: Path,
                                              capsys) -> None:
    assert main(["tasks", "render", "t2", "--data", str(task_file),
                 "--out", str(tmp_path / "x.png")]) == 2
    assert "unknown task id 't2'" in capsys.readouterr().err
