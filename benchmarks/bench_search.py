"""Speed and memory of the enumerative search, against a naive DSL enumerator, same run.

Measured on the first N tasks of ARC-AGI-1 training (all demo and test inputs):

* **engine**: the joint search (`arcbatt.search.joint`) to depth D. Transform applications
  are memo misses (a transform actually evaluated on a value); the rate divides them by the
  CPU time of the whole enumeration, memo probes, interning and dedup included. Nodes kept
  are joint tuples after deduplication, per depth; "candidates" are (node, transform)
  steps tried, memo hits included.
* **naive**: a plain depth-2 enumerator over arc-dsl primitives (one-argument primitives
  and two-argument ones with a constant second argument), applied to each input grid and
  again to every grid result, no memo, no dedup: what a straightforward Python search
  does. Its rate is primitive applications per CPU second.
* **memory**: peak RSS per task, each task searched in a pool worker (`run_search`), so
  the figure is the worker's own high-water mark for that task.

    .venv/bin/python benchmarks/bench_search.py                  # 100 tasks, depth 2
    .venv/bin/python benchmarks/bench_search.py --tasks 400 --depth 3 --json out.json
    .venv/bin/python benchmarks/bench_search.py --accuracy arc1-eval --budget 30

``--verify`` runs the differential check of every transform against its DSL macro on
every ARC-AGI-1 training grid (inputs and outputs; slow: the macros run through the DSL),
the exhaustive version of ``tests/search/test_differential.py``.

``--accuracy DATA`` also runs the full search (`run_search`, the code behind
`arcbatt search`) over every task of DATA and scores pass@2 against the known test
outputs, which only this scorer reads.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from pathlib import Path

import arcbatt.dsl as D
from arcbatt.data import load_dataset
from arcbatt.search.joint import JointSearch
from arcbatt.search.library import build_library, colours_of
from arcbatt.search.schedule import run_search


def naive_primitives() -> list[tuple[str, object]]:
    """One-argument uses of arc-dsl primitives (constants fill second arguments)."""
    ps: list[tuple[str, object]] = [(n, getattr(D, n)) for n in (
        "rot90", "rot180", "rot270", "hmirror", "vmirror", "dmirror", "cmirror", "compress",
        "trim", "tophalf", "bottomhalf", "lefthalf", "righthalf", "partition",
        "fgpartition", "frontiers", "mostcolor", "leastcolor", "palette", "asobject",
        "asindices", "numcolors", "shape")]
    for k in (2, 3):
        ps += [(f"upscale{k}", lambda g, k=k: D.upscale(g, k)),
               (f"downscale{k}", lambda g, k=k: D.downscale(g, k)),
               (f"hsplit{k}", lambda g, k=k: D.hsplit(g, k)),
               (f"vsplit{k}", lambda g, k=k: D.vsplit(g, k))]
    ps += [("hupscale2", lambda g: D.hupscale(g, 2)), ("vupscale2", lambda g: D.vupscale(g, 2)),
           ("hconcat_self", lambda g: D.hconcat(g, g)),
           ("vconcat_self", lambda g: D.vconcat(g, g))]
    for u in (True, False):
        for d in (True, False):
            ps.append((f"objects{u:d}{d:d}", lambda g, u=u, d=d: D.objects(g, u, d, True)))
    for c in range(1, 10):
        ps.append((f"replace{c}", lambda g, c=c: D.replace(g, c, 0)))
        ps.append((f"ofcolor{c}", lambda g, c=c: D.ofcolor(g, c)))
    return ps


def naive_depth2(grids: list[tuple]) -> tuple[int, float]:
    """Applications and CPU seconds of the naive enumerator on these input grids."""
    prims = [f for _, f in naive_primitives()]
    applied = 0
    t0 = time.process_time()
    for g in grids:
        level1 = []
        for f in prims:
            applied += 1
            try:
                r = f(g)
            except Exception:
                continue
            if isinstance(r, tuple) and r and isinstance(r[0], tuple) and r[0]:
                level1.append(r)
        for h in level1:
            for f in prims:
                applied += 1
                with contextlib.suppress(Exception):
                    f(h)
    return applied, time.process_time() - t0


def engine(task, depth: int) -> dict:
    grids = [s.input for s in task.test] + [s.input for s in task.demo]
    lib = build_library(colours_of(grids), colours_of([s.output for s in task.demo]))
    search = JointSearch(grids, lib)
    t0 = time.process_time()
    search.expand_to(depth)
    dt = time.process_time() - t0
    st = search.stats
    return {"applied": st.applied, "candidates": st.lookups, "seconds": dt,
            "nodes": st.per_depth, "inputs": len(grids), "transforms": len(lib)}


def speed(n_tasks: int, depth: int) -> dict:
    ds = load_dataset("arc1-train")
    tasks = list(ds)[:n_tasks]
    rows = [engine(t, depth) for t in tasks]
    applied = sum(r["applied"] for r in rows)
    seconds = sum(r["seconds"] for r in rows)
    cands = sum(r["candidates"] for r in rows)
    n_applied, n_seconds = 0, 0.0
    for t in tasks:
        a, s = naive_depth2([x.input for x in t.test] + [x.input for x in t.demo])
        n_applied += a
        n_seconds += s
    kept = [sum(r["nodes"]) for r in rows]
    return {
        "tasks": len(tasks), "depth": depth,
        "engine_applications": applied, "engine_cpu_s": round(seconds, 2),
        "engine_applications_per_s": round(applied / seconds),
        "engine_candidates_per_s": round(cands / seconds),
        "naive_applications": n_applied, "naive_cpu_s": round(n_seconds, 2),
        "naive_applications_per_s": round(n_applied / n_seconds),
        "ratio": round((applied / seconds) / (n_applied / n_seconds), 2),
        "nodes_kept_median": statistics.median(kept), "nodes_kept_max": max(kept),
        "nodes_kept_per_depth_median": [statistics.median(r["nodes"][d] for r in rows
                                                          if len(r["nodes"]) > d)
                                        for d in range(depth + 1)],
        "candidates_per_node_kept": round(cands / max(1, sum(kept)), 1),
    }


def memory(n_tasks: int, depth: int, budget: float) -> dict:
    ds = load_dataset("arc1-train")
    ids = ds.ids[:n_tasks]
    out = run_search(ds, ids, data_spec="arc1-train", solutions=None, depth=depth,
                     budget_s=budget, workers=1)
    peaks = [s.get("peak_rss_mb", 0) for o in out.values() for s in o.stats[-1:]]
    return {"tasks": len(ids), "depth": depth, "peak_rss_mb_median": statistics.median(peaks),
            "peak_rss_mb_max": max(peaks)}


def accuracy(data: str, depth: int, budget: float, workers: int) -> dict:
    ds = load_dataset(data)
    t0 = time.time()
    out = run_search(ds, ds.ids, data_spec=data, solutions=None, depth=depth,
                     budget_s=budget, workers=workers, max_memory_mb=4096)
    wall = time.time() - t0
    outputs = right = tasks = 0
    for task in ds:
        answers = out[task.id].answers
        ok = [any(a.test_outputs[k] == s.output for a in answers[:2])
              for k, s in enumerate(task.test)]
        outputs += len(ok)
        right += sum(ok)
        tasks += all(ok)
    cpu = sum(o.cpu_s for o in out.values())
    return {"data": data, "depth": depth, "budget_per_task_s": budget,
            "test_outputs": outputs, "pass2_outputs": right, "pass2_tasks": tasks,
            "tasks": len(ds), "cpu_s": round(cpu), "wall_s": round(wall),
            "stopped": sum(o.status != "ok" for o in out.values())}


def verify(step: int = 1) -> dict:
    """Differential check on every `step`-th training task's grids, all colours."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "search"))
    import test_differential as T

    from arcbatt.search.library import all_colours_library
    from arcbatt.search.table import Table

    lib = all_colours_library()
    prepared = []
    for g in T.sample_grids(n_tasks=10**6, step=step):
        t = Table(g)
        prepared.append((t, T.values_of(t, lib, per_kind=10**6)))
    applied = T.check_library(lib, prepared, slow_cells=None)
    return {"grids": len(prepared), "checks": sum(applied.values()),
            "transforms": len(applied),
            "never_exercised": [n for n, k in applied.items() if k == 0]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tasks", type=int, default=100)
    p.add_argument("--depth", type=int, default=2)
    p.add_argument("--memory-tasks", type=int, default=40)
    p.add_argument("--accuracy", default=None, metavar="DATA")
    p.add_argument("--budget", type=float, default=30.0)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--json", default=None)
    p.add_argument("--verify", action="store_true")
    p.add_argument("--verify-step", type=int, default=1, help="every k-th training task")
    args = p.parse_args(argv)
    if args.verify:
        print(json.dumps(verify(args.verify_step), indent=1))
        return 0
    report = {"speed": speed(args.tasks, args.depth)}
    print(json.dumps(report["speed"], indent=1), flush=True)
    if args.memory_tasks:
        report["memory"] = memory(args.memory_tasks, args.depth, args.budget)
        print(json.dumps(report["memory"], indent=1), flush=True)
    if args.accuracy:
        report["accuracy"] = accuracy(args.accuracy, args.depth, args.budget, args.workers)
        print(json.dumps(report["accuracy"], indent=1), flush=True)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(report, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
