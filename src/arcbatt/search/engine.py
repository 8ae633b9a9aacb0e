"""Search one task: enumerate, predict the output size, build pieces, stack, rank, export.

The unit of work is a task: its demo inputs and all its test inputs are searched jointly
(a program must run on every one of them). Test outputs are never read: the task handed
in may carry them, but only `demo` outputs and test *inputs* are looked at here. Time is
CPU time of this process, split between phases so that a slow enumeration still leaves
time to stack and export what it found.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from arcbatt.data import Task
from arcbatt.search.export import export_candidate, run_on
from arcbatt.search.joint import Caps, JointSearch
from arcbatt.search.library import build_library, colours_of
from arcbatt.search.pieces import collect_pieces, finish_pixels
from arcbatt.search.size import predict_size
from arcbatt.search.stacking import Candidate, compose, greedy_stack, rank
from arcbatt.search.values import GRID, OBJ, PATCH, grid_value


def dmirror(g: Grid) -> Grid:
    """The grid transposed (the DSL's dmirror on grids)."""
    return tuple(zip(*g, strict=True))


def cmirror(g: Grid) -> Grid:
    """The grid flipped on its anti-diagonal (the DSL's cmirror on grids)."""
    return tuple(zip(*(row[::-1] for row in g[::-1]), strict=True))

Grid = tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class SearchOptions:
    depth: int = 2
    budget_s: float = 30.0          # CPU seconds for the whole task
    max_memory_mb: int | None = None
    max_answers: int = 3            # distinct answers exported per task
    max_pieces: int = 60000
    augment: bool = False           # also run with the demo pairs (anti-)transposed


@dataclass(frozen=True)
class Answer:
    """One exported, verified answer: the program text and what it does."""

    program: str
    goods: int                      # demo pairs the program reproduces
    demo_total: int
    depth: int
    pieces: int
    test_outputs: tuple[Grid | None, ...]
    demo_credit: int                # cell-match credit summed over demos (0..1000 each)
    run_ms: float = 0.0             # DSL run time of the program on every input


@dataclass
class TaskResult:
    task_id: str
    answers: list[Answer] = field(default_factory=list)
    stats: dict = field(default_factory=dict)

    @property
    def best_goods(self) -> int:
        return max((a.goods for a in self.answers), default=0)


def _shape(g: Grid) -> tuple[int, int]:
    return len(g), len(g[0])


def _rows(data: bytes, size: tuple[int, int]) -> Grid:
    h, w = size
    return tuple(tuple(data[r * w:(r + 1) * w]) for r in range(h))


def _cell_credit(got: Grid | None, want: Grid) -> int:
    if got is None or len(got) != len(want) or not got or len(got[0]) != len(want[0]):
        return 0
    total = len(want) * len(want[0])
    same = sum(a == b for ra, rb in zip(got, want, strict=True)
               for a, b in zip(ra, rb, strict=True))
    return 1000 * same // total


def caps_for(task_grids: list[Grid], max_memory_mb: int | None) -> Caps:
    """Area cap from the task's own grids; pixel cap from the memory cap (or a default)."""
    area = max(len(g) * len(g[0]) for g in task_grids)
    max_area = max(2 * area, 100)
    if not max_memory_mb:
        return Caps(max_area=max_area)
    # pixel bytes are about a fifth of what the tables cost; RSS is the real measure
    return Caps(max_area=max_area, max_pixels=max(1_000_000, max_memory_mb * 2**20 // 5),
                max_rss_mb=0.6 * max_memory_mb)


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for ln in fh:
                if ln.startswith("VmHWM:"):
                    return int(ln.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak_rss() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def search_task(task: Task, options: SearchOptions | None = None) -> TaskResult:
    """Search one task; answers are ranked best first (see `stacking.rank`).

    The plain configuration runs first. With `augment`, and time left, further ones add
    the demo pairs transposed, then anti-transposed, as extra demos (a program must fit
    them too, which filters accidental fits); they reuse the plain run's tables for the
    original inputs.
    """
    opt = options or SearchOptions()
    _reset_peak_rss()
    t0 = time.process_time()
    budget = opt.budget_s
    demos = [(s.input, s.output) for s in task.demo if s.output is not None]
    tests = [s.input for s in task.test]  # inputs only: test outputs are never read
    grids = tests + [i for i, _ in demos]
    outputs = [o for _, o in demos]
    lib = build_library(colours_of(grids), colours_of(outputs))
    caps = caps_for(grids + outputs, opt.max_memory_mb)
    result = TaskResult(task.id)
    result.stats["transforms"] = len(lib)

    share = 0.6 if opt.augment else 1.0
    plain = JointSearch(grids, lib, caps)
    cfg = Config("plain", plain, tests, demos, demos, t0, budget * share)
    answers = _run_config(cfg, result.task_id, opt)
    result.stats.update(cfg.stats)
    base_tables = plain.tables
    del plain
    for name, flip in (("transposed", dmirror), ("antitransposed", cmirror)):
        used = time.process_time() - t0
        if not (opt.augment and demos and used < 0.5 * budget):
            break
        flipped = [(flip(i), flip(o)) for i, o in demos]
        aug = JointSearch(grids + [i for i, _ in flipped], lib, caps,
                          tables=base_tables + [None] * len(flipped))
        cfg2 = Config(name, aug, tests, demos + flipped, demos, time.process_time(),
                      (budget - used) / 2)
        extra = _run_config(cfg2, result.task_id, opt)
        del aug
        result.stats[name] = cfg2.stats
        answers = merge_ranked(answers, extra, opt.max_answers)
    result.answers = answers
    return _finish(result, t0)


def merge_ranked(a: list[Answer], b: list[Answer], limit: int) -> list[Answer]:
    """Answers of two runs, best first (`a` wins ties), one per distinct test answer."""
    out: list[Answer] = []
    seen: set[tuple] = set()
    for ans in sorted(a + b, key=lambda x: (-x.goods, x.depth, x.pieces)):
        if ans.test_outputs not in seen:
            seen.add(ans.test_outputs)
            out.append(ans)
    return out[:limit]


@dataclass
class Config:
    """One configuration: a search over `demos` (originals first), timed from `start`."""

    name: str
    search: JointSearch
    tests: list[Grid]
    demos: list[tuple[Grid, Grid]]
    originals: list[tuple[Grid, Grid]]
    start: float
    budget: float
    stats: dict = field(default_factory=dict)


def _run_config(cfg: Config, task_id: str, opt: SearchOptions) -> list[Answer]:
    """Enumerate, predict the size, build pieces, stack and export one configuration."""
    st, search, t0, budget = cfg.stats, cfg.search, cfg.start, cfg.budget
    tests, outputs = cfg.tests, [o for _, o in cfg.demos]
    demo_idx = list(range(len(tests), len(tests) + len(cfg.demos)))
    complete = search.expand_to(opt.depth, deadline=t0 + 0.55 * budget,
                                final_kinds=(GRID, OBJ, PATCH))
    st["enumerate_s"] = round(time.process_time() - t0, 3)
    js = search.stats
    st.update(nodes=js.per_depth, depth_done=js.depth_done, complete=complete,
              stopped=js.stopped, applied=js.applied, lookups=js.lookups,
              pixels=search.pixels())

    t1 = time.process_time()
    rule = predict_size(search, demo_idx, [_shape(o) for o in outputs])
    st["size_s"] = round(time.process_time() - t1, 3)
    if rule is None:
        st["size_rule"] = None
        return []
    st["size_rule"] = rule.describe()
    st["size_fits"] = rule.fits
    st["test_sizes"] = list(rule.sizes[:len(tests)])
    fitted = [k for k, i in enumerate(demo_idx) if rule.sizes[i] == _shape(outputs[k])]
    fit_idx = [demo_idx[k] for k in fitted]
    target = b"".join(grid_value(outputs[k])[5] for k in fitted)
    common = set.intersection(*(set(colours_of([o])) for o in outputs)) if outputs else set()

    t2 = time.process_time()
    pieces = collect_pieces(search, list(rule.sizes), fit_idx, target, sorted(common),
                            max_pieces=opt.max_pieces, deadline=t0 + 0.75 * budget)
    st.update(pieces_considered=pieces.considered, pieces=len(pieces.finishes),
              full_fits=len(pieces.full_fits), pieces_capped=pieces.capped,
              pieces_s=round(time.process_time() - t2, 3))

    t3 = time.process_time()
    segments, pos = [], 0
    for k in fitted:
        n = len(outputs[k]) * len(outputs[k][0])
        segments.append((pos, pos + n))
        pos += n
    cands = [Candidate(((f, "all"),), len(fitted), f.depth) for f in pieces.full_fits]
    cands += greedy_stack(pieces.finishes, pieces.demo_pixels, target, segments,
                          deadline=t0 + 0.9 * budget)
    st["stack_s"] = round(time.process_time() - t3, 3)
    st["candidates"] = len(cands)
    del pieces

    t4 = time.process_time()
    grids = tests + [i for i, _ in cfg.demos]
    answers = _export(st, task_id, search, rule, rank(cands), grids, len(tests),
                      cfg.originals, opt)
    st["export_s"] = round(time.process_time() - t4, 3)
    return answers


def _answer_grids(search: JointSearch, rule, cand: Candidate, i: int) -> Grid:
    size = rule.sizes[i]
    layers = [(finish_pixels(f, search.value(f.node, i), size), mode) for f, mode in cand.picks]
    return _rows(compose(layers, size[0] * size[1]), size)


def _export(st: dict, task_id: str, search: JointSearch, rule, ranked: list[Candidate],
            grids: list[Grid], n_test: int, originals: list[tuple[Grid, Grid]],
            opt: SearchOptions) -> list[Answer]:
    """Export, re-run and keep the first `max_answers` distinct answers; goods and credit
    are counted on the original demo pairs only."""
    st["export_mismatch"] = 0
    answers: list[Answer] = []
    seen_tests: set[tuple] = set()
    for cand in ranked:
        if len(answers) >= opt.max_answers:
            break
        test_out = tuple(_answer_grids(search, rule, cand, i) for i in range(n_test))
        if test_out in seen_tests:
            continue
        program = export_candidate(search, rule, cand, task_id)
        r0 = time.perf_counter()
        ran = run_on(program, grids)
        run_ms = (time.perf_counter() - r0) * 1000
        expected = [_answer_grids(search, rule, cand, i) for i in range(len(grids))]
        if ran != expected:
            st["export_mismatch"] += 1
            continue
        seen_tests.add(test_out)
        demo_runs = ran[n_test:n_test + len(originals)]
        goods = sum(r == o for r, (_, o) in zip(demo_runs, originals, strict=True))
        credit = sum(_cell_credit(r, o) for r, (_, o) in zip(demo_runs, originals,
                                                            strict=True))
        answers.append(Answer(program.canonical(), goods, len(originals), cand.depth,
                              cand.n_pieces, test_out, credit, round(run_ms, 3)))
    return answers


def _finish(result: TaskResult, t0: float) -> TaskResult:
    result.stats["cpu_s"] = round(time.process_time() - t0, 3)
    result.stats["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    return result
