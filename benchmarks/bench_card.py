"""Battery generation time, and what sharing buys: battery vs its programs run one by one.

For several seeds this builds a `--count`-program battery (timing `make_battery`, and
writing + loading the module), then runs it on every demo and test sample of `--tasks`
arc1-train tasks (the first corpus tasks in id order) and runs the same candidates one by
one (each rebuilt from the call table and compiled once) on the same samples. Both runs
happen in one process, sample by sample after one untimed warm-up pass (the DSL caches some
tables per grid shape), best of `--repeat` per sample; the one-by-one outputs are checked
against the battery's. A few heavy steps that no other candidate shares can dominate the
total, so the median of the per-sample ratios is reported too.

Two pools of programs: the whole bundled corpus (mostly unrelated programs, little to
share), and only the run tasks' programs (repeats and mutated variants of few programs, as
a store of good programs gives). Times per sample:

* battery (calls only): `batt` with the differs switched off, the same work as one by one;
* battery (with differs): `batt` as the runner calls it;
* one by one: every candidate alone, exceptions caught, `as_grid` applied.

    .venv/bin/python benchmarks/bench_card.py [--count 32] [--tasks 16] [--pool both] [--json]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from arcbatt.battery import Source, make_battery
from arcbatt.battery.card import DEFAULT_RATE
from arcbatt.battery.runtime import as_grid
from arcbatt.corpus import compile_program, load_corpus
from arcbatt.data import load_dataset
from arcbatt.run.worker import load_battery_module


def _alone(solver: Any, grid: Any, pairs: Any) -> Any:
    try:
        return as_grid(solver(grid, pairs))
    except Exception:
        return None


def _live_steps(table: Any, t: int) -> int:
    seen: set[int] = set()
    stack = [t]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        func, args = table.calls[n - 1]
        stack.extend(int(x[1:]) for x in (func, *args) if x[:1] == "t" and x[1:].isdigit())
    return len(seen)


def _run_pool(pool: str, sources: list[Source], samples: list, args: argparse.Namespace,
              tmp: Path) -> dict | None:
    """Generate batteries from one pool of programs; run the first ones both ways."""
    gen_ms: list[float] = []
    load_ms: list[float] = []
    per_battery: list[dict] = []
    for seed in range(args.seeds):
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            bat = make_battery(sources, args.count, seed, args.rate)
            best = min(best, time.perf_counter() - t0)
        gen_ms.append(best * 1e3)
        t0 = time.perf_counter()
        module = load_battery_module(bat.write(tmp / f"{pool}{seed}.py")[0])
        load_ms.append((time.perf_counter() - t0) * 1e3)
        if seed >= args.run_seeds:
            continue
        table = bat.table
        t0 = time.perf_counter()
        solvers = [(c.id, compile_program(table.program(c.id))) for c in table.candidates]
        compile_ms = (time.perf_counter() - t0) * 1e3
        real_differs = module._differs
        quiet = lambda S, I, C, o: []  # noqa: E731 - the differs switched off
        inf = float("inf")
        best = {mode: [inf] * len(samples) for mode in ("calls", "differs", "alone")}
        for tid, pairs, grid in samples:  # warm the DSL's caches (per grid shape) for both
            module.batt(tid, pairs, grid, None, None)
            for _, f in solvers:
                _alone(f, grid, pairs)
        for _ in range(args.repeat):
            for k, (tid, pairs, grid) in enumerate(samples):
                module._differs = quiet
                t0 = time.perf_counter()
                o = module.batt(tid, pairs, grid, None, None)[0]
                t1 = time.perf_counter()
                one = [(cid, _alone(f, grid, pairs)) for cid, f in solvers]
                t2 = time.perf_counter()
                module._differs = real_differs
                module.batt(tid, pairs, grid, None, None)
                t3 = time.perf_counter()
                for mode, dt in (("calls", t1 - t0), ("alone", t2 - t1), ("differs", t3 - t2)):
                    best[mode][k] = min(best[mode][k], dt)
                if [(cid, g) for _, _, cid, g in o] != one:
                    print(f"{pool} seed {seed}: a candidate alone differs from the battery",
                          file=sys.stderr)
                    return None
        timings = {mode: sum(v) for mode, v in best.items()}
        per_sample = [a / b for a, b in zip(best["alone"], best["calls"], strict=True)]
        n = len(samples)
        per_battery.append({
            "seed": seed, "calls": len(table.calls),
            "candidate_steps": sum(_live_steps(table, c.t) for c in table.candidates),
            "mutated": sum(c.evo for c in table.candidates),
            "compile_ms": round(compile_ms, 2),
            "battery_ms_per_sample": round(timings["calls"] * 1e3 / n, 3),
            "battery_with_differs_ms_per_sample": round(timings["differs"] * 1e3 / n, 3),
            "one_by_one_ms_per_sample": round(timings["alone"] * 1e3 / n, 3),
            "speedup": round(timings["alone"] / timings["calls"], 2),
            "speedup_median_sample": round(statistics.median(per_sample), 2),
        })
    return {
        "pool": pool, "programs": len(sources),
        "generate_ms_median": round(statistics.median(gen_ms), 2),
        "generate_ms": [round(x, 2) for x in gen_ms],
        "write_and_load_ms_median": round(statistics.median(load_ms), 2),
        "batteries": per_battery,
        "speedup_median": statistics.median(b["speedup"] for b in per_battery),
        "speedup_median_sample": statistics.median(b["speedup_median_sample"]
                                                   for b in per_battery),
        "calls_over_steps": round(sum(b["calls"] for b in per_battery)
                                  / sum(b["candidate_steps"] for b in per_battery), 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=32, help="programs per battery (%(default)s)")
    ap.add_argument("--tasks", type=int, default=16, help="tasks whose samples are run")
    ap.add_argument("--pool", choices=["corpus", "tasks", "both"], default="both",
                    help="draw from the whole corpus, or only the run tasks' programs "
                         "(variants of few programs, as a store gives) (%(default)s)")
    ap.add_argument("--seeds", type=int, default=5, help="batteries generated (%(default)s)")
    ap.add_argument("--run-seeds", type=int, default=3,
                    help="of those, batteries also run on the samples (%(default)s)")
    ap.add_argument("--rate", type=float, default=DEFAULT_RATE, help="mutation rate")
    ap.add_argument("--repeat", type=int, default=3, help="best of N timings (%(default)s)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    args.run_seeds = min(args.run_seeds, args.seeds)

    corpus = load_corpus()
    data = load_dataset("arc1-train")
    task_ids = sorted(corpus.by_task())[: args.tasks]
    samples = [(tid, data.get(tid).pairs, s.input)
               for tid in task_ids for s in (*data.get(tid).demo, *data.get(tid).test)]
    pools = {"corpus": [Source(p) for p in corpus],
             "tasks": [Source(p) for p in corpus if p.task_id in set(task_ids)]}
    chosen = ["corpus", "tasks"] if args.pool == "both" else [args.pool]
    tmp = Path(tempfile.mkdtemp(prefix="bench_card_"))
    results = []
    for pool in chosen:
        res = _run_pool(pool, pools[pool], samples, args, tmp)
        if res is None:
            return 1
        results.append(res)

    result = {"count": args.count, "mutation_rate": args.rate, "tasks": len(task_ids),
              "samples": len(samples), "python": platform.python_version(), "pools": results}
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"batteries of {args.count} programs, mutation rate {args.rate:g}, run on "
          f"{len(task_ids)} tasks' {len(samples)} samples (Python {result['python']})")
    for res in results:
        print(f"\npool {res['pool']} ({res['programs']} programs): generate median "
              f"{res['generate_ms_median']} ms over {args.seeds} seeds "
              f"({', '.join(f'{x:.1f}' for x in res['generate_ms'])}); write + load module: "
              f"median {res['write_and_load_ms_median']} ms")
        print("seed  calls/steps  battery ms/sample  (+differs)  one-by-one ms/sample  "
              "speedup  (median sample)")
        for b in res["batteries"]:
            with_differs = b["battery_with_differs_ms_per_sample"]
            print(f"{b['seed']:>4}  {b['calls']:>5}/{b['candidate_steps']:<5}  "
                  f"{b['battery_ms_per_sample']:>17.3f}  {with_differs:>10.3f}"
                  f"  {b['one_by_one_ms_per_sample']:>20.3f}  {b['speedup']:>6.2f}x"
                  f"  {b['speedup_median_sample']:>14.2f}x")
        print(f"sharing: {res['calls_over_steps']:.3f} calls per candidate step; one by one "
              f"takes {res['speedup_median']:.2f}x the battery's time in all (median battery), "
              f"{res['speedup_median_sample']:.2f}x on the median sample")
    return 0


if __name__ == "__main__":
    sys.exit(main())
