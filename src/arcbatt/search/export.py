"""Export: a searched answer becomes a straight-line DSL program, re-run before it counts.

Stacked pieces are painted in reverse pick order onto `canvas(ZERO, size)`, which keeps
the first pick on top exactly as the stacker wrote it: "all" paints the whole piece,
"nonzero" paints the piece's cells minus its zero cells, "zero" fills its zero cells with
0. The program is checked by the corpus format checker, then run through the DSL on every
input and compared with the search's own answer; a mismatch is a macro bug and the
answer is dropped (and counted), never stored.
"""

from __future__ import annotations

from arcbatt.corpus.program import Program, compile_program
from arcbatt.search.joint import JointSearch
from arcbatt.search.pieces import emit_finish, emit_node
from arcbatt.search.program_builder import ProgramBuilder
from arcbatt.search.size import SizeRule, emit_size
from arcbatt.search.stacking import Candidate


def export_candidate(search: JointSearch, rule: SizeRule, cand: Candidate,
                     task_id: str) -> Program:
    """The DSL program of one candidate answer."""
    b = ProgramBuilder()

    def node_var(node):
        return emit_node(search, b, node)

    def size_var() -> str:
        return emit_size(rule, b, node_var)

    def piece(f) -> str:
        return emit_finish(f, b, node_var(f.node), size_var)

    picks = list(cand.picks)
    last_f, last_mode = picks[-1]
    if last_mode == "all":  # the bottom layer covers the canvas: start from it
        cur = piece(last_f)
        picks = picks[:-1]
    else:
        cur = b.call("canvas", "ZERO", size_var())
    for f, mode in reversed(picks):
        p = piece(f)
        if mode == "all":
            cur = b.call("paint", cur, b.call("asobject", p))
        elif mode == "nonzero":
            zeros = b.call("recolor", "ZERO", b.call("ofcolor", p, "ZERO"))
            cur = b.call("paint", cur, b.call("difference", b.call("asobject", p), zeros))
        else:
            cur = b.call("fill", cur, "ZERO", b.call("ofcolor", p, "ZERO"))
    return b.program(cur, task_id)


def run_on(program: Program, grids: list[tuple]) -> list[tuple | None]:
    """The program's output on each grid (None where it raises)."""
    solver = compile_program(program)
    outs: list[tuple | None] = []
    for g in grids:
        try:
            outs.append(solver(g))
        except MemoryError:
            raise
        except Exception:
            outs.append(None)
    return outs
