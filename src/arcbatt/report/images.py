"""Pictures of a task and of answers to it, as SVG (written by hand) or PNG (Pillow).

One picture shows every demo pair (input -> output) and every test input followed, when
given, by the two attempts and, when known, the truth. An attempt that equals the truth is
framed in green, one that does not in red; without a truth there is no frame. Both formats
are drawn from one layout (`layout_task`), so a panel sits at the same pixels in each.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Literal

from arcbatt.data.errors import DataError
from arcbatt.data.model import Grid, Task, grid_shape
from arcbatt.data.validate import parse_grid
from arcbatt.report.palette import PALETTE_HEX, rgb

Attempt = tuple[Grid | None, Grid | None]
Format = Literal["svg", "png"]
FORMATS: tuple[str, ...] = ("svg", "png")

LINE = "#555555"  # grid lines between cells
TEXT = "#222222"
BACKGROUND = "#ffffff"
MATCH = "#1e9e3e"  # frame of an attempt that equals the truth
MISS = "#d62828"  # frame of an attempt that does not
PLACEHOLDER = "#bbbbbb"

MARGIN = 12
TITLE_H = 24
LABEL_H = 16
PAD = 5  # room around a grid for its frame
FRAME_W = 3
GAP_X = 14
ARROW_W = 30
ROW_GAP = 12
CHAR_W = 7  # estimated width of one label character at FONT_SIZE
FONT_SIZE = 12
EMPTY_SIDE = 40  # side of the box drawn where an attempt is missing


def auto_cell(grids: list[Grid | None], budget: int = 192, lo: int = 4, hi: int = 24) -> int:
    """A cell size (pixels) so the largest grid side fits in about `budget` pixels."""
    side = max((max(grid_shape(g)) for g in grids if g), default=1)
    return max(lo, min(hi, budget // max(side, 1)))


def grid_svg(grid: Grid, cell: int = 16, x: int | None = None, y: int | None = None,
             title: str | None = None) -> str:
    """One grid as an `<svg>` element: one `<rect>` per cell in the ARC palette, lines between.

    The element is self-contained (it carries its own namespace), so it can stand in an
    HTML page or be nested, at (x, y), inside a larger SVG picture. Its size is
    (width*cell + 1) x (height*cell + 1) pixels: the extra pixel holds the outer line.
    """
    h, w = grid_shape(grid)
    pw, ph = w * cell, h * cell
    pos = f' x="{x}" y="{y}"' if x is not None and y is not None else ""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="grid"{pos} width="{pw + 1}" '
             f'height="{ph + 1}" viewBox="-0.5 -0.5 {pw + 1} {ph + 1}" '
             f'data-shape="{h}x{w}">']
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            parts.append(f'<rect x="{c * cell}" y="{r * cell}" width="{cell}" height="{cell}" '
                         f'fill="{PALETTE_HEX[v]}"/>')
    lines = [f"M{c * cell} 0V{ph}" for c in range(w + 1)]
    lines += [f"M0 {r * cell}H{pw}" for r in range(h + 1)]
    parts.append(f'<path d="{"".join(lines)}" stroke="{LINE}" stroke-width="1" fill="none"/>')
    parts.append("</svg>")
    return "".join(parts)


# -- layout ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Panel:
    """One grid (or a missing attempt's empty box) with its label above it."""

    x: int  # top-left pixel of the grid itself
    y: int
    grid: Grid | None
    cell: int
    label: str
    frame: str | None = None  # frame colour, when the panel is an attempt judged by a truth

    @property
    def width(self) -> int:
        return grid_shape(self.grid)[1] * self.cell + 1 if self.grid else EMPTY_SIDE

    @property
    def height(self) -> int:
        return grid_shape(self.grid)[0] * self.cell + 1 if self.grid else EMPTY_SIDE

    def cell_centre(self, row: int, col: int) -> tuple[int, int]:
        """The pixel at the middle of one cell (for checks on a drawn picture)."""
        return self.x + col * self.cell + self.cell // 2, self.y + row * self.cell + self.cell // 2


@dataclass
class Layout:
    width: int
    height: int
    title: str
    panels: list[Panel] = field(default_factory=list)
    arrows: list[tuple[int, int, int]] = field(default_factory=list)  # x0, x1, y
    rules: list[int] = field(default_factory=list)  # y of a thin line between sections


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _verdict(attempt: Grid | None, truth: Grid | None) -> tuple[str, str | None]:
    if truth is None:
        return "", None
    if attempt is not None and attempt == truth:
        return " (right)", MATCH
    return " (wrong)", MISS


def layout_task(task: Task, attempts: list[Attempt] | None = None,
                cell: int | None = None) -> Layout:
    """Where everything goes: one row per demo pair, one row per test input."""
    attempts = list(attempts) if attempts is not None else None
    grids: list[Grid | None] = [g for s in (*task.demo, *task.test) for g in (s.input, s.output)]
    for a1, a2 in attempts or []:
        grids += [a1, a2]
    cell = cell or auto_cell(grids)
    title = (f"task {task.id}: {_count(len(task.demo), 'demo pair')}, "
             f"{_count(len(task.test), 'test input')}")

    # each row: a list of (grid, label, frame) items, an arrow after the first
    rows: list[list[tuple[Grid | None, str, str | None]]] = []
    for i, s in enumerate(task.demo):
        rows.append([(s.input, f"demo {i} input", None), (s.output, f"demo {i} output", None)])
    n_demo = len(rows)
    for i, s in enumerate(task.test):
        items: list[tuple[Grid | None, str, str | None]] = [(s.input, f"test {i} input", None)]
        if attempts is not None:
            a1, a2 = attempts[i] if i < len(attempts) else (None, None)
            for k, a in ((1, a1), (2, a2)):
                note, frame = _verdict(a, s.output)
                items.append((a, f"attempt {k}{note}" if a is not None else f"attempt {k}: none",
                              frame))
        if s.output is not None:
            items.append((s.output, f"test {i} truth", None))
        rows.append(items)

    layout = Layout(0, 0, title)
    y = MARGIN + TITLE_H
    width = MARGIN + len(title) * CHAR_W + MARGIN
    for r, items in enumerate(rows):
        if r == n_demo:
            layout.rules.append(y - ROW_GAP // 2)
        x = MARGIN
        row_h = 0
        arrow_x: int | None = None
        for k, (grid, label, frame) in enumerate(items):
            probe = Panel(0, 0, grid, cell, label)
            col_w = max(probe.width + 2 * PAD, len(label) * CHAR_W)
            gx = x + (col_w - probe.width) // 2
            layout.panels.append(Panel(gx, y + LABEL_H + PAD, grid, cell, label, frame))
            row_h = max(row_h, LABEL_H + PAD + probe.height + PAD)
            x += col_w
            if k == 0 and len(items) > 1:
                arrow_x = x
                x += ARROW_W
            else:
                x += GAP_X
        if arrow_x is not None:  # at the height of the middle of the row's first grid
            first = layout.panels[-len(items)]
            layout.arrows.append((arrow_x + 4, arrow_x + ARROW_W - 4,
                                  first.y + first.height // 2))
        width = max(width, x - GAP_X + MARGIN)
        y += row_h + ROW_GAP
    layout.width, layout.height = width, y - ROW_GAP + MARGIN
    return layout


# -- drawing -----------------------------------------------------------------------------
def _svg(layout: Layout) -> bytes:
    family = 'font-family="DejaVu Sans, Arial, sans-serif"'
    font = f'{family} font-size="{FONT_SIZE}"'
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{layout.width}" '
           f'height="{layout.height}" viewBox="0 0 {layout.width} {layout.height}">',
           f"<title>{escape(layout.title)}</title>",
           f'<rect class="background" width="{layout.width}" height="{layout.height}" '
           f'fill="{BACKGROUND}"/>',
           f'<text x="{MARGIN}" y="{MARGIN + 14}" {family} font-size="15" font-weight="bold" '
           f'fill="{TEXT}">{escape(layout.title)}</text>']
    for ry in layout.rules:
        out.append(f'<line x1="{MARGIN}" y1="{ry}" x2="{layout.width - MARGIN}" y2="{ry}" '
                   f'stroke="{PLACEHOLDER}" stroke-width="1"/>')
    for p in layout.panels:
        out.append(f'<text x="{p.x + p.width // 2}" y="{p.y - PAD - 4}" text-anchor="middle" '
                   f'{font} fill="{p.frame or TEXT}">{escape(p.label)}</text>')
        if p.frame:
            o = PAD - FRAME_W // 2 - 1
            out.append(f'<rect class="frame" x="{p.x - o}" y="{p.y - o}" '
                       f'width="{p.width + 2 * o}" height="{p.height + 2 * o}" fill="none" '
                       f'stroke="{p.frame}" stroke-width="{FRAME_W}"/>')
        if p.grid:
            out.append(grid_svg(p.grid, p.cell, p.x, p.y, title=p.label))
        else:
            out.append(f'<rect class="empty" x="{p.x}" y="{p.y}" width="{p.width}" '
                       f'height="{p.height}" fill="none" stroke="{PLACEHOLDER}" '
                       f'stroke-dasharray="4 3"/>')
    for x0, x1, ay in layout.arrows:
        out.append(f'<path d="M{x0} {ay}H{x1 - 6}" stroke="{TEXT}" stroke-width="2"/>'
                   f'<path d="M{x1} {ay}L{x1 - 8} {ay - 5}L{x1 - 8} {ay + 5}Z" fill="{TEXT}"/>')
    out.append("</svg>\n")
    return "\n".join(out).encode("utf-8")


def _font(size: int) -> Any:
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except (ImportError, OSError, TypeError):  # no FreeType: the small bitmap font
        return ImageFont.load_default()


def _png(layout: Layout) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (layout.width, layout.height), BACKGROUND)
    draw = ImageDraw.Draw(img)
    label_font, title_font = _font(FONT_SIZE), _font(15)
    draw.text((MARGIN, MARGIN), layout.title, fill=TEXT, font=title_font)
    for ry in layout.rules:
        draw.line([(MARGIN, ry), (layout.width - MARGIN, ry)], fill=PLACEHOLDER, width=1)
    for p in layout.panels:
        draw.text((p.x + p.width // 2, p.y - PAD - 3), p.label, fill=p.frame or TEXT,
                  font=label_font, anchor="ms")
        if p.frame:
            o = PAD - 1
            draw.rectangle([p.x - o, p.y - o, p.x + p.width - 1 + o, p.y + p.height - 1 + o],
                           outline=p.frame, width=FRAME_W)
        if p.grid:
            # line colour underneath, each cell's inside (cell-1 pixels) on top
            draw.rectangle([p.x, p.y, p.x + p.width - 1, p.y + p.height - 1], fill=LINE)
            for r, row in enumerate(p.grid):
                for c, v in enumerate(row):
                    x0, y0 = p.x + c * p.cell + 1, p.y + r * p.cell + 1
                    draw.rectangle([x0, y0, x0 + p.cell - 2, y0 + p.cell - 2], fill=rgb(v))
        else:
            draw.rectangle([p.x, p.y, p.x + p.width - 1, p.y + p.height - 1],
                           outline=PLACEHOLDER, width=1)
    for x0, x1, ay in layout.arrows:
        draw.line([(x0, ay), (x1 - 6, ay)], fill=TEXT, width=2)
        draw.polygon([(x1, ay), (x1 - 8, ay - 5), (x1 - 8, ay + 5)], fill=TEXT)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def render_task(task: Task, attempts: list[Attempt] | None = None, fmt: Format = "svg",
                cell: int | None = None) -> bytes:
    """The whole task as an SVG or PNG file's bytes.

    `attempts` holds one (attempt_1, attempt_2) pair per test input (either may be None);
    without it, test rows show the input and the truth when known.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown picture format '{fmt}'; choose svg or png")
    layout = layout_task(task, attempts, cell)
    return _svg(layout) if fmt == "svg" else _png(layout)


# -- submission attempts -----------------------------------------------------------------
def submission_attempts(raw: Any, task: Task, file: str = "submission") -> list[Attempt]:
    """One task's attempts from a parsed submission.json, checked against its test inputs.

    Raises DataError naming the file, the task and the faulty entry.
    """
    if not isinstance(raw, dict):
        raise DataError(f"submission must be a JSON object of task ids, got "
                        f"{type(raw).__name__}", file=file)
    if task.id not in raw:
        raise DataError("not in the submission", file=file, task=task.id)
    entries = raw[task.id]
    if not isinstance(entries, list):
        raise DataError(f"expected a list of one object per test input, got "
                        f"{type(entries).__name__}", file=file, task=task.id)
    if len(entries) != len(task.test):
        raise DataError(f"{len(entries)} entries for {len(task.test)} test inputs",
                        file=file, task=task.id)
    out: list[Attempt] = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise DataError(f"expected an object with attempt_1 and attempt_2, got "
                            f"{type(entry).__name__}", file=file, task=task.id,
                            where=f"test {i}")
        pair: list[Grid] = []
        for key in ("attempt_1", "attempt_2"):
            if key not in entry:
                raise DataError(f"missing key '{key}'", file=file, task=task.id,
                                where=f"test {i}")
            pair.append(parse_grid(entry[key], file=file, task=task.id, where=f"test {i} {key}"))
        out.append((pair[0], pair[1]))
    return out


def load_submission_file(path: str | Path) -> Any:
    """A submission.json parsed (not yet checked: see `submission_attempts`)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read submission: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"submission is not UTF-8 text ({exc.reason})", file=str(path)) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"submission is unreadable JSON: {exc.msg} at line {exc.lineno}, "
                        f"column {exc.colno}", file=str(path)) from None
    if not isinstance(raw, dict):
        raise DataError(f"submission must be a JSON object of task ids, got "
                        f"{type(raw).__name__}", file=str(path))
    return raw
