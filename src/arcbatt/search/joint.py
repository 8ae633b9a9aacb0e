"""The joint search: one breadth-first pass over tuples of values, one value per input.

A node is a tuple of value ids, one per input grid (test inputs first, then the demo
inputs), reached from the all-inputs root by the same program on every input. Each input
has its own memo table, so a transform is evaluated once per distinct value per input. A
program is dropped as soon as it fails on one input (test inputs are tried first: an
answer must exist for them), and tuples are deduplicated by their exact ids, which makes
programs that agree on every input one node (observational equivalence). `parent` keeps,
for each node, the first (shallowest) program that reached it; that is all export needs.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from arcbatt.search.library import Library
from arcbatt.search.table import FAIL, Table
from arcbatt.search.values import PATCH

Node = tuple[int, ...]


@dataclass(frozen=True)
class Caps:
    """Limits that keep one task's search inside its time and memory."""

    max_area: int = 1800          # cells of one image (also bounds one side's growth)
    max_pixels: int = 40_000_000  # stored pixel bytes over all tables (memory proxy)
    max_nodes: int = 400_000      # joint nodes kept
    max_patch_area: int = 6000    # box of one patch (rays reach 42 cells beyond a grid)
    max_rss_mb: float | None = None  # stop expanding when the process's RSS reaches this


_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20 if hasattr(os, "sysconf") else 4096 / 2**20


def rss_mb() -> float:
    """Resident memory of this process in MiB (0 where /proc is unavailable)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE_MB
    except (OSError, ValueError, IndexError):
        return 0.0


@dataclass
class SearchStats:
    applied: int = 0            # transform evaluations (memo misses), all inputs
    lookups: int = 0            # (node, transform, input) steps, memo hits included
    expanded: int = 0           # nodes whose children were all tried
    depth_done: int = 0         # deepest level fully expanded
    stopped: str = ""           # why expansion stopped early ("" = it did not)
    seconds: float = 0.0
    per_depth: list[int] = field(default_factory=list)  # nodes kept at each depth


class JointSearch:
    """Nodes, their first parent and depth, over `grids` (test inputs first by convention)."""

    def __init__(self, grids: list[tuple], library: Library, caps: Caps | None = None,
                 tables: list[Table | None] | None = None) -> None:
        """`tables`: existing tables to reuse (same library), None where a new one is due."""
        given = tables or [None] * len(grids)
        self.tables = [t if t is not None else Table(g)
                       for g, t in zip(grids, given, strict=True)]
        self.lib = library
        self.caps = caps or Caps()
        root: Node = (0,) * len(grids)
        self.parent: dict[Node, tuple[Node | None, int, int]] = {root: (None, -1, 0)}
        self.levels: list[list[Node]] = [[root]]
        self.stats = SearchStats(per_depth=[1])

    # -- access ----------------------------------------------------------------------------
    def value(self, node: Node, i: int) -> tuple:
        return self.tables[i].values[node[i]]

    def kind(self, node: Node) -> int:
        return self.tables[0].values[node[0]][0]

    def depth(self, node: Node) -> int:
        return self.parent[node][2]

    def path(self, node: Node) -> list[int]:
        """Transform ids from the root to `node`, in application order."""
        out = []
        while True:
            prev, f, _ = self.parent[node]
            if prev is None:
                return out[::-1]
            out.append(f)
            node = prev

    def nodes(self) -> list[Node]:
        """Every node, shallowest first, in discovery order."""
        return [n for level in self.levels for n in level]

    def pixels(self) -> int:
        return sum(t.pixels for t in self.tables)

    # -- expansion -------------------------------------------------------------------------
    def expand_to(self, depth: int, deadline: float | None = None,
                  final_kinds: tuple[int, ...] | None = None) -> bool:
        """Expand level by level up to `depth`; False if a cap or the deadline stopped it.

        `final_kinds`: on the last level only transforms that produce these kinds run
        (values of other kinds there could never become an answer).
        """
        t0 = time.process_time()
        complete = True
        while len(self.levels) <= depth:
            last = len(self.levels) == depth
            if not self._expand_level(deadline, final_kinds if last else None):
                complete = False
                break
        # no `finally`: after a MemoryError nothing more may be allocated here
        self.stats.seconds += time.process_time() - t0
        self.stats.applied = sum(t.applied for t in self.tables)
        return complete

    def _expand_level(self, deadline: float | None,
                      kinds_out: tuple[int, ...] | None = None) -> bool:
        depth = len(self.levels)
        frontier = self.levels[-1]
        new: list[Node] = []
        self.levels.append(new)
        tables = self.tables
        n = len(tables)
        nf = len(self.lib)
        transforms = self.lib.transforms
        fns = [t.fn for t in transforms]
        by_kind = self.lib.by_kind
        if kinds_out is not None:
            by_kind = {k: tuple(f for f in fs if transforms[f].kind_out in kinds_out)
                       for k, fs in by_kind.items()}
        parent = self.parent
        caps = self.caps
        max_area = caps.max_area
        max_patch = caps.max_patch_area
        vals0 = tables[0].values
        lookups = 0
        for count, t in enumerate(frontier):
            if count and deadline is not None and time.process_time() > deadline:
                self.stats.stopped = f"time at depth {depth}"
                break
            if count & 63 == 0 and count:
                if len(parent) > caps.max_nodes:
                    self.stats.stopped = f"node cap at depth {depth}"
                    break
                if self.pixels() > caps.max_pixels or (
                        caps.max_rss_mb is not None and rss_mb() > caps.max_rss_mb):
                    self.stats.stopped = f"memory cap at depth {depth}"
                    break
            for f in by_kind[vals0[t[0]][0]]:
                u = []
                for i in range(n):
                    tab = tables[i]
                    key = t[i] * nf + f
                    c = tab.memo.get(key)
                    if c is None:
                        tab.applied += 1
                        try:
                            r = fns[f](tab, tab.values[t[i]])
                        except MemoryError:
                            raise
                        except Exception:  # a fast transform must never sink the task
                            r = None
                        if r is None or (len(r) == 6 and r[3] * r[4] > (
                                max_area if r[0] != PATCH else max_patch)):
                            c = FAIL
                        else:
                            c = tab.intern(r)
                        tab.memo[key] = c
                    if c < 0:
                        lookups += i + 1
                        break
                    u.append(c)
                else:
                    lookups += n
                    ut = tuple(u)
                    if ut not in parent:
                        parent[ut] = (t, f, depth)
                        new.append(ut)
            self.stats.expanded += 1
        else:
            self.stats.lookups += lookups
            self.stats.per_depth.append(len(new))
            self.stats.depth_done = depth
            return True
        self.stats.lookups += lookups
        self.stats.per_depth.append(len(new))
        return False
