"""Draw grids and tasks in a terminal with 24-bit ANSI colours (or digits when piped)."""

from __future__ import annotations

from arcbatt.data.model import Grid, Task, grid_shape
from arcbatt.report.palette import rgb

RESET = "\x1b[0m"


def _cell(colour: int, colour_on: bool) -> str:
    if not colour_on:
        return f"{colour} "
    r, g, b = rgb(colour)
    return f"\x1b[48;2;{r};{g};{b}m  "


def grid_lines(grid: Grid | None, colour_on: bool = True) -> list[str]:
    """One text line per grid row; two characters per cell."""
    if grid is None:
        return ["?"]
    return ["".join(_cell(v, colour_on) for v in row) + (RESET if colour_on else "")
            for row in grid]


def side_by_side(left: list[str], right: list[str], left_width: int, gap: str = "  ->  ") -> str:
    """Join two blocks of lines horizontally (left padded to its printed width)."""
    n = max(len(left), len(right))
    out = []
    for i in range(n):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        pad = " " * (left_width - (_visible_len(a)))
        sep = gap if i == 0 else " " * len(gap)
        out.append(f"{a}{pad}{sep}{b}")
    return "\n".join(out)


def _visible_len(line: str) -> int:
    length, i = 0, 0
    while i < len(line):
        if line[i] == "\x1b":
            i = line.index("m", i) + 1
            continue
        length += 1
        i += 1
    return length


def render_task(task: Task, colour_on: bool = True) -> str:
    """The whole task: every demo pair and test sample, input beside output."""
    blocks = [f"task {task.id}: {len(task.demo)} demo pairs, {len(task.test)} test samples"]
    for kind, samples in (("demo", task.demo), ("test", task.test)):
        for i, s in enumerate(samples):
            h, w = grid_shape(s.input)
            oh, ow = grid_shape(s.output) if s.output is not None else (0, 0)
            out_size = f"{oh}x{ow}" if s.output is not None else "unknown"
            blocks.append(f"\n{kind} {i}: {h}x{w} -> {out_size}")
            left = grid_lines(s.input, colour_on)
            blocks.append(side_by_side(left, grid_lines(s.output, colour_on), 2 * w))
    return "\n".join(blocks)
