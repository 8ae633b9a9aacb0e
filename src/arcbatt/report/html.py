"""A one-page HTML report of a store: statistics, phase times, and tasks with their answers.

The page is self-contained: inline CSS and inline SVG, no scripts, no external resources.
Every piece of text that comes from data (task ids, program text, battery ids, labels) is
escaped. Per task it shows the demo pairs, the test inputs, two attempts (from a submission
when given, else what the best stored programs compute on the test inputs), the truth when
the data has it, and the best stored programs' text.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from html import escape

from arcbatt.data import Dataset, Grid, Task, grid_shape
from arcbatt.report.images import Attempt, auto_cell, grid_svg, submission_attempts
from arcbatt.run.profile import PHASES
from arcbatt.store.index import Entry, Store, StoreError

RUN_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1")
PROGRAMS_SHOWN = 3  # best programs whose text a task section shows
PROGRAMS_RUN = 5  # best programs tried, in order, for attempts when there is no submission

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 24px; color: #222;
       background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px 0; }
h2 { font-size: 18px; border-bottom: 1px solid #ccc; padding-bottom: 4px; margin-top: 28px; }
h3 { font-size: 15px; margin: 14px 0 6px 0; }
.sub { color: #666; font-size: 13px; margin: 0 0 12px 0; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
nav ol { columns: 4; font-size: 13px; }
section.task { border: 1px solid #ddd; border-radius: 6px; padding: 8px 14px 14px 14px;
               margin: 18px 0; }
section.task h2 { margin-top: 4px; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin: 6px 0; }
.arrow { font-size: 22px; color: #444; }
figure.panel { margin: 0; padding: 4px; border: 3px solid transparent; text-align: center; }
figure.panel figcaption { font-size: 12px; margin-top: 3px; }
figure.right { border-color: #1e9e3e; }
figure.right figcaption { color: #1e9e3e; }
figure.wrong { border-color: #d62828; }
figure.wrong figcaption { color: #d62828; }
.empty { display: inline-block; width: 40px; height: 40px; border: 1px dashed #bbb; }
svg.grid { display: block; margin: 0 auto; }
pre.program { background: #f6f6f6; border: 1px solid #e2e2e2; padding: 6px 10px;
              font-size: 12px; overflow-x: auto; }
.meta { font-size: 12px; color: #555; }
.note { font-size: 13px; color: #8a5a00; }
"""


@dataclass
class TaskView:
    """What one task section shows."""

    task: Task
    entries: list[Entry]
    programs: list[tuple[Entry, str]]  # (entry, canonical text) of the best programs
    attempts: list[Attempt] | None
    attempts_from: str  # where the attempts came from, in words


def _fmt_time(t: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t))


def program_attempts(store: Store, dataset: Dataset, task_ids: list[str],
                     timeout: float = 10.0) -> tuple[dict[str, list[Attempt]],
                                                     dict[str, list[str]]]:
    """Per task and test input, the first two distinct grids its best stored programs give.

    The programs run through the solver's predictor: checked, in killable worker processes
    with a time limit, ranked as `solve` ranks them. Returns the attempts and, per task, the
    md5s of the programs that produced an output.
    """
    from arcbatt.solve.predict import choose_attempts, predict

    if not task_ids:
        return {}, {}
    _, ranked = predict(dataset, task_ids, store, None, data_spec=f"<report {dataset.name}>",
                        solutions=None, workers=0, timeout=timeout, max_memory_mb=2048,
                        per_task=PROGRAMS_RUN)
    attempts: dict[str, list[Attempt]] = {}
    used: dict[str, list[str]] = {}
    for task_id in task_ids:
        task = dataset.get(task_id)
        cands = ranked[task_id]
        attempts[task_id] = choose_attempts([s.input for s in task.test], cands, fill=False)
        used[task_id] = [c.key for c in cands if any(g is not None for g in c.test_outputs)]
    return attempts, used


def _rank(entries: list[Entry]) -> tuple:
    best = entries[0]
    frac = best.o_score / best.demo_total if best.demo_total else 0.0
    return (-frac, -best.d_score, best.steps, best.task_id)


def collect(store: Store, dataset: Dataset, submission: dict | None = None,
            max_tasks: int = 20, submission_name: str = "submission") -> tuple[
            list[TaskView], list[str]]:
    """The task views to draw (best tasks first) and the stored task ids not in the data."""
    by_task: dict[str, list[Entry]] = {}
    for e in store.entries():
        by_task.setdefault(e.task_id, []).append(e)
    missing = sorted(t for t in by_task if t not in dataset)
    ranked = sorted((es for t, es in by_task.items() if t in dataset), key=_rank)
    views = []
    for entries in ranked[:max(0, max_tasks)]:
        task = dataset.get(entries[0].task_id)
        programs = []
        for e in entries[:PROGRAMS_SHOWN]:
            try:
                text = store.read_program(e.md5, task.id).canonical()
            except StoreError as exc:
                text = f"# unreadable: {exc}"
            programs.append((e, text))
        if submission is not None:
            if task.id in submission:
                attempts = submission_attempts(submission, task, file=submission_name)
                source = f"attempts from {submission_name}"
            else:
                attempts, source = None, f"task not in {submission_name}"
        else:
            attempts, source = None, ""  # filled in below, all tasks in one pool
        views.append(TaskView(task, entries, programs, attempts, source))
    if submission is None:
        computed, used = program_attempts(store, dataset, [v.task.id for v in views])
        for v in views:
            v.attempts = computed[v.task.id]
            ids = used[v.task.id][:PROGRAMS_RUN]
            v.attempts_from = ("attempts computed by stored programs " +
                               ", ".join(m[:8] for m in ids) if ids
                               else "no stored program ran on the test inputs")
    return views, missing


# -- pieces of the page ------------------------------------------------------------------
def _figure(grid: Grid | None, label: str, cell: int, verdict: str = "") -> str:
    cls = f"panel {verdict}".strip()
    body = grid_svg(grid, cell, title=label) if grid else '<span class="empty"></span>'
    shape = "{}x{}".format(*grid_shape(grid)) if grid else "none"
    return (f'<figure class="{cls}">{body}<figcaption>{escape(label)} '
            f'<span class="meta">{shape}</span></figcaption></figure>')


def stats_table(stats: dict, extra: dict[str, str] | None = None) -> str:
    rows = [(k, str(v)) for k, v in (extra or {}).items()]
    rows += [("distinct programs", str(stats.get("programs", 0))),
             ("task entries", str(stats.get("entries", 0))),
             ("tasks with programs", str(stats.get("tasks", 0))),
             ("tasks solved on all demos", str(stats.get("tasks_solved_on_demos", 0))),
             ("rounds recorded", str(stats.get("rounds", 0)))]
    rows += [(f"entries from {kind}", str(n))
             for kind, n in sorted(stats.get("by_provenance", {}).items())]
    body = "".join(f'<tr><th scope="row">{escape(k)}</th><td class="num">{escape(v)}</td></tr>'
                   for k, v in rows)
    return f'<table class="stats">{body}</table>'


def phase_chart(runs: list[dict]) -> str:
    """Grouped horizontal bars: per phase, one bar per run (oldest first) of its wall time."""
    if not runs:
        return '<p class="note no-runs">No runs recorded in this store yet.</p>'
    runs = list(reversed(runs))  # oldest first, so the newest bar is the lowest in a group
    phases: list[str] = list(PHASES)  # the pipeline's order, then any other phase met
    for r in runs:
        for name in r["profile"].get("phases", {}):
            if name not in phases:
                phases.append(name)
    phases = [p for p in phases if any(p in r["profile"].get("phases", {}) for r in runs)]

    def wall(r: dict, name: str) -> float:
        return float(r["profile"].get("phases", {}).get(name, {}).get("wall_s", 0.0))

    top = max((wall(r, p) for r in runs for p in phases), default=0.0) or 1.0
    label_w, bar_w, value_w, bar_h, gap = 120, 420, 80, 12, 10
    legend_h = 18 * len(runs) + 6
    group_h = bar_h * len(runs) + gap
    width = label_w + bar_w + value_w
    height = legend_h + group_h * len(phases) + 8
    family = 'font-family="DejaVu Sans, Arial, sans-serif"'
    font = f'{family} font-size="12"'
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="phase-chart" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" role="img">',
           "<title>wall time per phase of the latest runs</title>"]
    for k, r in enumerate(runs):
        colour = RUN_COLOURS[k % len(RUN_COLOURS)]
        meta = r.get("meta", {})
        text = (f"run {r['id']}: {meta.get('battery', '?')}, {meta.get('tasks', '?')} tasks, "
                f"{_fmt_time(float(meta.get('time', r.get('recorded', 0))))}")
        y = 4 + 18 * k
        out.append(f'<rect x="0" y="{y}" width="12" height="12" fill="{colour}"/>'
                   f'<text x="18" y="{y + 11}" {font} fill="#222">{escape(text)}</text>')
    for g, name in enumerate(phases):
        y0 = legend_h + g * group_h
        out.append(f'<text x="{label_w - 8}" y="{y0 + (bar_h * len(runs)) / 2 + 4:.1f}" '
                   f'text-anchor="end" {font} fill="#222">{escape(name)}</text>')
        for k, r in enumerate(runs):
            w = wall(r, name)
            length = max(1.0, bar_w * w / top) if w > 0 else 0.0
            y = y0 + k * bar_h
            out.append(f'<rect class="bar" data-phase="{escape(name)}" data-run="{r["id"]}" '
                       f'x="{label_w}" y="{y}" width="{length:.1f}" height="{bar_h - 2}" '
                       f'fill="{RUN_COLOURS[k % len(RUN_COLOURS)]}"><title>'
                       f'{escape(name)}, run {r["id"]}: {w:.3f} s</title></rect>')
            out.append(f'<text x="{label_w + length + 4:.1f}" y="{y + bar_h - 3}" '
                       f'{family} font-size="10" fill="#444">{w:.3f} s</text>')
    out.append("</svg>")
    return "".join(out)


def runs_table(runs: list[dict]) -> str:
    head = ("<tr><th>run</th><th>when</th><th>battery</th><th>tasks</th><th>samples</th>"
            "<th>workers</th><th>sum of phases (s)</th></tr>")
    body = []
    for r in runs:
        meta, prof = r.get("meta", {}), r.get("profile", {})
        total = sum(float(p.get("wall_s", 0.0)) for p in prof.get("phases", {}).values())
        cells = [str(r["id"]), _fmt_time(float(meta.get("time", r.get("recorded", 0)))),
                 str(meta.get("battery", "?")), str(meta.get("tasks", prof.get("tasks", "?"))),
                 str(prof.get("samples", "?")), str(prof.get("workers", "?")), f"{total:.3f}"]
        body.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    return f'<table class="runs">{head}{"".join(body)}</table>'


def task_section(view: TaskView) -> str:
    task = view.task
    grids: list[Grid | None] = [g for s in (*task.demo, *task.test) for g in (s.input, s.output)]
    for a1, a2 in view.attempts or []:
        grids += [a1, a2]
    cell = auto_cell(grids, budget=150, lo=3, hi=18)
    best = view.entries[0]
    tid = escape(task.id)
    parts = [f'<section class="task" data-task="{tid}" id="task-{tid}">',
             f"<h2>task {tid}</h2>",
             f'<p class="sub">best program matches {best.o_score}/{best.demo_total} demo '
             f"outputs (differ credit {best.d_score}); {len(view.entries)} stored programs"
             "</p>", "<h3>demo pairs</h3>"]
    for i, s in enumerate(task.demo):
        parts.append(f'<div class="row demo" data-sample="{i}">'
                     f'{_figure(s.input, f"demo {i} input", cell)}<span class="arrow">→</span>'
                     f'{_figure(s.output, f"demo {i} output", cell)}</div>')
    parts.append(f'<h3>test inputs</h3><p class="meta">{escape(view.attempts_from)}</p>')
    right = known = 0
    for i, s in enumerate(task.test):
        items = [_figure(s.input, f"test {i} input", cell), '<span class="arrow">→</span>']
        if view.attempts is not None:
            a1, a2 = view.attempts[i] if i < len(view.attempts) else (None, None)
            for k, a in ((1, a1), (2, a2)):
                verdict = "" if s.output is None else ("right" if a == s.output else "wrong")
                label = f"attempt {k}" + (f" ({verdict})" if verdict else "")
                items.append(_figure(a, label, cell, verdict))
            if s.output is not None:
                known += 1
                right += s.output in (a1, a2)
        if s.output is not None:
            items.append(_figure(s.output, f"test {i} truth", cell))
        parts.append(f'<div class="row test" data-sample="{i}">{"".join(items)}</div>')
    if view.attempts is not None and known:
        parts.append(f'<p class="meta score">pass@2: {right}/{known} test outputs right</p>')
    parts.append("<h3>best programs</h3>")
    for e, text in view.programs:
        origin = e.provenance + (f" ({e.battery_id})" if e.battery_id else "")
        parts.append(f'<p class="meta">{escape(e.md5)}: demos {e.o_score}/{e.demo_total}, '
                     f"differ {e.d_score}, {e.steps} steps, {e.speed_ms:.2f} ms, from "
                     f'{escape(origin)}</p><pre class="program">{escape(text)}</pre>')
    parts.append("</section>")
    return "\n".join(parts)


def build_report(store: Store, dataset: Dataset, submission: dict | None = None,
                 max_tasks: int = 20, runs_limit: int = 5,
                 submission_name: str = "submission") -> str:
    """The whole page as a string."""
    views, missing = collect(store, dataset, submission, max_tasks, submission_name)
    stats = store.stats()
    runs = store.runs(runs_limit)
    extra = {"store": str(store.root), "dataset": f"{dataset.name} ({len(dataset)} tasks, "
             f"hash {dataset.content_hash})", "generated": _fmt_time(time.time())}
    if submission is not None:
        extra["submission"] = submission_name
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>arcbatt report: {escape(str(store.root))}</title>",
           f"<style>{CSS}</style></head><body>",
           "<h1>arcbatt report</h1>",
           f'<p class="sub">store {escape(str(store.root))}, data {escape(dataset.name)}</p>',
           '<section id="stats"><h2>Store statistics</h2>', stats_table(stats, extra),
           "</section>",
           '<section id="phases"><h2>Wall time per phase (latest runs)</h2>',
           phase_chart(runs), runs_table(runs) if runs else "",
           "</section>",
           '<section id="tasks">',
           f"<h2>Tasks ({len(views)} of {stats.get('tasks', 0)} with stored programs, "
           "best first)</h2>"]
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        out.append(f'<p class="note">{len(missing)} stored tasks are not in dataset '
                   f"{escape(dataset.name)}: {escape(shown)}</p>")
    if views:
        out.append("<nav><ol>" + "".join(
            f'<li><a href="#task-{escape(v.task.id)}">{escape(v.task.id)}</a> '
            f'<span class="meta">{v.entries[0].o_score}/{v.entries[0].demo_total}</span></li>'
            for v in views) + "</ol></nav>")
    else:
        out.append('<p class="note">No stored programs for tasks of this dataset.</p>')
    out += [task_section(v) for v in views]
    out.append("</section></body></html>\n")
    return "\n".join(out)
