"""Output-size prediction from the shapes the search already computed.

Seeds are search nodes (grids or objects) in discovery order, so shallow, simple shapes
come first; the input itself is the first seed. A rule is the shape of a seed, a
constant, an affine map of a seed's shape (per axis: a*n + b, or n // k), or one rule per
axis. The winner reproduces the most demo output sizes, then has the lowest cost; every
rule can be written as DSL arithmetic on `shape` of the seed's own program.
"""

from __future__ import annotations

from dataclasses import dataclass

from arcbatt.search.joint import JointSearch, Node
from arcbatt.search.program_builder import ProgramBuilder
from arcbatt.search.values import GRID, OBJ

Shape = tuple[int, int]
AxisRule = tuple  # ("const", n) | ("lin", seed, axis, a, b) | ("div", seed, axis, k)
MAX_SEEDS = 300


@dataclass(frozen=True)
class SizeRule:
    """h and w rules; `fits` = demo sizes reproduced; `sizes[i]` per input table."""

    h: AxisRule
    w: AxisRule
    cost: float
    fits: int
    sizes: tuple[Shape, ...]

    def describe(self) -> str:
        return f"h={_axis_text(self.h)}, w={_axis_text(self.w)}"


def _axis_text(r: AxisRule) -> str:
    if r[0] == "const":
        return str(r[1])
    if r[0] == "lin":
        return f"{r[3]}*seed{'hw'[r[2]]}+{r[4]}"
    return f"seed{'hw'[r[2]]}//{r[3]}"


def _axis_values(rule: AxisRule, shapes: dict[Node, tuple[Shape, ...]], n: int) -> list[int]:
    if rule[0] == "const":
        return [rule[1]] * n
    seed_shapes = shapes[rule[1]]
    if rule[0] == "lin":
        return [rule[3] * s[rule[2]] + rule[4] for s in seed_shapes]
    return [s[rule[2]] // rule[3] for s in seed_shapes]


def seed_shapes(search: JointSearch, max_depth: int = 2) -> dict[Node, tuple[Shape, ...]]:
    """Distinct shape vectors of grid/object nodes, first node per vector, shallow first."""
    out: dict[Node, tuple[Shape, ...]] = {}
    seen: set[tuple[Shape, ...]] = set()
    for level in search.levels[:max_depth + 1]:
        for node in level:
            if search.kind(node) not in (GRID, OBJ):
                continue
            vec = tuple((v[3], v[4]) for v in
                        (search.value(node, i) for i in range(len(node))))
            if vec not in seen:
                seen.add(vec)
                out[node] = vec
                if len(out) >= MAX_SEEDS:
                    return out
    return out


def _axis_candidates(axis: int, targets: list[int], demo_idx: list[int],
                     shapes: dict[Node, tuple[Shape, ...]]) -> list[tuple[float, AxisRule]]:
    """Axis rules that reproduce every demo size on this axis, with their costs.

    Costs follow the seed's rank r (1 = the input): a*n + b costs r*a*(|b|+1), n // k costs
    r*k, the other axis of a seed costs double, and a constant costs 1.
    """
    found: list[tuple[float, AxisRule]] = []
    if len(set(targets)) == 1:
        found.append((1.0, ("const", targets[0])))
    for rank, (node, vec) in enumerate(shapes.items(), start=1):
        for other in (axis, 1 - axis):
            vals = [vec[i][other] for i in demo_idx]
            penalty = 1 if other == axis else 2
            for a in (1, 2, 3, 4, 5):
                b = targets[0] - a * vals[0]
                if -3 <= b <= 3 and all(a * v + b == t for v, t in zip(vals, targets,
                                                                          strict=True)):
                    found.append((rank * a * (abs(b) + 1) * penalty,
                                  ("lin", node, other, a, b)))
            for k in (2, 3):
                if all(v // k == t for v, t in zip(vals, targets, strict=True)):
                    found.append((rank * k * penalty, ("div", node, other, k)))
    return found


def _rule_cost(ch: float, rh: AxisRule, cw: float, rw: AxisRule,
               ranks: dict[Node, int]) -> float:
    """One seed for both axes (in their own roles) costs r*a*c*(|b|+1)(|d|+1); otherwise
    the two axis costs, each offset by 10, multiply (a mixed rule must earn its place)."""
    if rh[0] == rw[0] == "lin" and rh[1] == rw[1] and rh[2] == 0 and rw[2] == 1:
        return ch * cw / ranks[rh[1]]
    return (10 + ch) * (10 + cw)


def predict_size(search: JointSearch, demo_idx: list[int],
                 outputs: list[Shape]) -> SizeRule | None:
    """The best size rule for the demo output sizes `outputs` (tables `demo_idx`)."""
    shapes = seed_shapes(search)
    ranks = {node: r for r, node in enumerate(shapes, start=1)}
    n = len(search.tables)
    best: SizeRule | None = None
    for fitted in _fitted_subsets(len(demo_idx)):
        idx = [demo_idx[k] for k in fitted]
        hs = sorted(_axis_candidates(0, [outputs[k][0] for k in fitted], idx, shapes),
                    key=lambda c: c[0])[:40]
        ws = sorted(_axis_candidates(1, [outputs[k][1] for k in fitted], idx, shapes),
                    key=lambda c: c[0])[:40]
        for ch, rh in hs:
            for cw, rw in ws:
                cost = _rule_cost(ch, rh, cw, rw, ranks)
                sizes = tuple(zip(_axis_values(rh, shapes, n), _axis_values(rw, shapes, n),
                                  strict=True))
                if not all(1 <= h <= 30 and 1 <= w <= 30 for h, w in sizes):
                    continue
                fits = sum(sizes[i] == outputs[k] for k, i in enumerate(demo_idx))
                if best is None or (fits, -cost) > (best.fits, -best.cost):
                    best = SizeRule(rh, rw, cost, fits, sizes)
        if best is not None:
            return best
    return best


def _fitted_subsets(n: int) -> list[tuple[int, ...]]:
    """All demos first; then leave one out (a rule may miss one demo size)."""
    subsets = [tuple(range(n))]
    if n > 2:
        subsets += [tuple(k for k in range(n) if k != j) for j in range(n)]
    return subsets


def emit_size(rule: SizeRule, b: ProgramBuilder, node_var) -> str:
    """DSL lines computing the rule's (h, w); `node_var(node)` emits a seed's program."""
    h, w = rule.h, rule.w
    if h[0] == "const" and w[0] == "const":
        return b.pair(h[1], w[1])
    if (h[0] == w[0] == "lin" and h[1] == w[1] and h[2] == 0 and w[2] == 1):
        shape = b.call("shape", node_var(h[1]))
        if (h[3], h[4]) == (1, 0) and (w[3], w[4]) == (1, 0):
            return shape
        out = shape
        if (h[3], w[3]) != (1, 1):
            out = b.call("multiply", out, b.integer(h[3]) if h[3] == w[3]
                         else b.pair(h[3], w[3]))
        if (h[4], w[4]) != (0, 0):
            out = b.call("add", out, b.integer(h[4]) if h[4] == w[4] else b.pair(h[4], w[4]))
        return out
    return b.call("astuple", _emit_axis(h, b, node_var), _emit_axis(w, b, node_var))


def _emit_axis(rule: AxisRule, b: ProgramBuilder, node_var) -> str:
    if rule[0] == "const":
        return b.integer(rule[1])
    seed = node_var(rule[1])
    dim = b.call("height" if rule[2] == 0 else "width", seed)
    if rule[0] == "div":
        return b.call("divide", dim, b.integer(rule[3]))
    out = dim
    if rule[3] != 1:
        out = b.call("multiply", out, b.integer(rule[3]))
    if rule[4] != 0:
        out = b.call("add", out, b.integer(rule[4]))
    return out
