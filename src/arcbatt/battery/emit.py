"""Common-subexpression sharing and the text of the battery module.

Every expression is keyed by its callee and its arguments *after* they were resolved to
shared names, so an expression is computed once however many candidates use it, and a name
always stands for exactly one expression: mutated and unmutated lines never share by
accident (the seed system keyed by pre-mutation text and got both wrong).
"""

from __future__ import annotations

from arcbatt.corpus.program import Program

Call = tuple[str, tuple[str, ...]]


class SharedCalls:
    """Hash-consed straight-line code: call k (1-based) is bound to variable `t{k}`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._index: dict[Call, int] = {}

    def add_program(self, program: Program) -> int:
        """Add the steps `O` depends on; return the t-number of `O`.

        Steps nothing uses (a mutation can orphan them) are left out: dead code would cost
        every sample its run time and could only fail.
        """
        live = {"O"}
        for st in reversed(program.steps):
            if st.target in live:
                live.update((st.func, *st.args))
        env: dict[str, str] = {p: p for p in program.params}
        for st in program.steps:
            if st.target not in live:
                continue
            key = (env.get(st.func, st.func), tuple(env.get(a, a) for a in st.args))
            n = self._index.get(key)
            if n is None:
                self.calls.append(key)
                n = len(self.calls)
                self._index[key] = n
            env[st.target] = f"t{n}"
        return int(env["O"][1:])


def is_var(token: str) -> bool:
    return token.startswith("t") and token[1:].isdigit()


def module_source(
    calls: list[Call], outputs: list[tuple[int, bool, str]], battery_id: str, doc: str
) -> str:
    """The battery module: one guarded assignment per shared call, then `o` and the differs."""
    lines = [
        f'"""{doc}"""',
        "",
        "from arcbatt.battery.runtime import E as _E",
        "from arcbatt.battery.runtime import as_grid as _grid",
        "from arcbatt.battery.runtime import run_differs as _differs",
        "from arcbatt.dsl import *  # noqa: F403",
        "",
        f'BATTERY_ID = "{battery_id}"',
        "",
        "",
        "def batt(task_id, S, I, C, log_path):",
    ]
    # free each intermediate after its last use: the battery then holds only live values,
    # which keeps its memory flat and the garbage collector's work small
    keep = {f"t{t}" for t, _, _ in outputs}
    last_use: dict[str, int] = {}
    for n, (func, args) in enumerate(calls, start=1):
        for a in (func, *args):
            if is_var(a):
                last_use[a] = n
    dead_after: dict[int, list[str]] = {}
    for var, n in last_use.items():
        if var not in keep:
            dead_after.setdefault(n, []).append(var)
    for n, (func, args) in enumerate(calls, start=1):
        deps = [a for a in dict.fromkeys((func, *args)) if is_var(a)]
        call = f"t{n} = {func}({', '.join(args)})"
        if deps:
            cond = " or ".join(f"{d} is _E" for d in deps)
            lines += [f"    if {cond}:", f"        t{n} = _E", "    else:",
                      "        try:", f"            {call}", "        except Exception:",
                      f"            t{n} = _E"]
        else:
            lines += ["    try:", f"        {call}", "    except Exception:", f"        t{n} = _E"]
        if n in dead_after:
            lines.append(f"    del {', '.join(sorted(dead_after[n], key=lambda v: int(v[1:])))}")
    lines.append("    o = [")
    for t, evo, cid in outputs:
        lines.append(f'        ({t}, {evo}, "{cid}", _grid(t{t})),')
    lines += ["    ]", "    return o, _differs(S, I, C, o)", ""]
    return "\n".join(lines)
