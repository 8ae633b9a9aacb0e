"""Where the search fails on a dataset, task by task (it reads test outputs: training only).

For each task: is the predicted output size right, at which rank (if any) the true test
output appears among the exported answers, how many demo pairs the best answer fits. The
summary line gives pass@2 outputs, right sizes, and how many demo-fitting tasks are wrong on
the test input (accidental fits). Used to design the transform library on training tasks.

    python benchmarks/search_failures.py --data arc1-train --depth 3 --budget 3 --out f.json
"""

from __future__ import annotations

import argparse
import json
from functools import cache
from multiprocessing import Pool
from pathlib import Path

from arcbatt.data import load_dataset
from arcbatt.search.engine import SearchOptions, search_task
from arcbatt.search.schedule import blind

_ARGS: argparse.Namespace
_load = cache(load_dataset)  # once per worker process


def one(task_id: str) -> dict:
    task = _load(_ARGS.data).get(task_id)
    opts = SearchOptions(depth=_ARGS.depth, budget_s=_ARGS.budget,
                         max_answers=_ARGS.answers, augment=_ARGS.augment)
    r = search_task(blind(task), opts)
    want = [s.output for s in task.test]
    sizes = r.stats.get("test_sizes") or []
    size_ok = [bool(sizes) and tuple(sz) == (len(w), len(w[0]))
               for sz, w in zip(sizes or [None] * len(want), want, strict=True)]
    ranks = [next((j for j, a in enumerate(r.answers) if a.test_outputs[k] == w), None)
             for k, w in enumerate(want)]
    return {"id": task_id, "size_ok": size_ok, "ranks": ranks, "demos": len(task.demo),
            "goods": [a.goods for a in r.answers],
            "dp": [(a.depth, a.pieces) for a in r.answers], "cpu": r.stats.get("cpu_s"),
            "complete": r.stats.get("complete")}


def main() -> None:
    global _ARGS
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default="arc1-train")
    p.add_argument("--depth", type=int, default=2)
    p.add_argument("--budget", type=float, default=2.0, help="CPU-s per task")
    p.add_argument("--answers", type=int, default=3, help="answers exported per task")
    p.add_argument("--augment", action="store_true")
    p.add_argument("--ids", help="file with task ids, one per line (default: all)")
    p.add_argument("--procs", type=int, default=2)
    p.add_argument("--out", required=True, help="per-task results (JSON)")
    _ARGS = p.parse_args()
    ds = load_dataset(_ARGS.data)
    ids = Path(_ARGS.ids).read_text().split() if _ARGS.ids else list(ds.ids)
    with Pool(_ARGS.procs) as pool:
        res = pool.map(one, ids, chunksize=1)
    with open(_ARGS.out, "w") as fh:
        json.dump(res, fh)
    outs = sum(len(x["ranks"]) for x in res)
    ok2 = sum(r is not None and r < 2 for x in res for r in x["ranks"])
    sizes = sum(s for x in res for s in x["size_ok"])
    fits = [x for x in res if x["goods"] and x["goods"][0] == x["demos"]]
    wrong = sum(not all(r is not None and r < 2 for r in x["ranks"]) for x in fits)
    print(f"outputs {outs}: pass@2 {ok2}, size right {sizes}; tasks with a full demo fit "
          f"{len(fits)}, of which wrong on test {wrong}; cpu {sum(x['cpu'] or 0 for x in res):.0f}")


if __name__ == "__main__":
    main()
