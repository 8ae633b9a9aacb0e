"""The call table: the battery as data, from which any candidate's program is rebuilt.

It is JSON (never executed): every shared call by t-number, and for every candidate its
output variable, parameters, parent program and the mutations applied to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arcbatt.battery.emit import Call, is_var
from arcbatt.corpus.parse import parse_program
from arcbatt.corpus.program import Program

FORMAT = "arcbatt-battery/1"


class BatteryError(ValueError):
    """A battery or call table that cannot be used; the message says which file and why."""


@dataclass(frozen=True)
class CandidateInfo:
    id: str
    t: int
    params: tuple[str, ...]
    parent: str
    parent_task: str
    origin: str
    parent_md5: str | None
    mutations: tuple[dict, ...]

    @property
    def evo(self) -> bool:
        return bool(self.mutations)

    def to_json(self) -> dict:
        return {"id": self.id, "t": self.t, "params": list(self.params), "parent": self.parent,
                "parent_task": self.parent_task, "origin": self.origin,
                "parent_md5": self.parent_md5, "mutations": list(self.mutations)}


@dataclass(frozen=True)
class CallTable:
    battery_id: str
    seed: int
    mutation_rate: float
    calls: tuple[Call, ...]
    candidates: tuple[CandidateInfo, ...]
    differs: tuple[str, ...]

    def candidate(self, cid: str) -> CandidateInfo:
        for c in self.candidates:
            if c.id == cid:
                return c
        raise KeyError(cid)

    def to_json(self) -> dict:
        return {
            "format": FORMAT, "battery_id": self.battery_id, "seed": self.seed,
            "mutation_rate": self.mutation_rate,
            "calls": [[f, list(a)] for f, a in self.calls],
            "candidates": [c.to_json() for c in self.candidates],
            "differs": list(self.differs),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=1) + "\n"

    @classmethod
    def from_json(cls, raw: Any, where: str = "<call table>") -> CallTable:
        try:
            if raw.get("format") != FORMAT:
                raise BatteryError(f"{where}: not an {FORMAT} call table")
            return cls(
                battery_id=str(raw["battery_id"]), seed=int(raw["seed"]),
                mutation_rate=float(raw["mutation_rate"]),
                calls=tuple((str(f), tuple(str(x) for x in a)) for f, a in raw["calls"]),
                candidates=tuple(
                    CandidateInfo(str(c["id"]), int(c["t"]), tuple(c["params"]),
                                  str(c["parent"]), str(c["parent_task"]), str(c["origin"]),
                                  c.get("parent_md5"), tuple(c["mutations"]))
                    for c in raw["candidates"]),
                differs=tuple(raw["differs"]),
            )
        except BatteryError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise BatteryError(f"{where}: malformed call table ({type(exc).__name__}: {exc})") \
                from None

    @classmethod
    def load(cls, path: Path) -> CallTable:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise BatteryError(f"{path}: cannot read the call table ({exc.strerror})") from None
        except json.JSONDecodeError as exc:
            raise BatteryError(f"{path}: unreadable JSON at line {exc.lineno}: {exc.msg}") \
                from None
        return cls.from_json(raw, str(path))

    def program(self, cid: str) -> Program:
        """Rebuild one candidate as a checked straight-line program.

        Only the calls its output depends on are kept, renumbered x1, x2, ... in battery
        order, the last one bound to O; the text then goes through the format checker.
        """
        cand = self.candidate(cid)
        needed: set[int] = set()
        stack = [cand.t]
        while stack:
            n = stack.pop()
            if n in needed:
                continue
            if not 1 <= n <= len(self.calls):
                raise BatteryError(f"candidate {cid} refers to missing call t{n}")
            needed.add(n)
            func, args = self.calls[n - 1]
            stack.extend(int(x[1:]) for x in (func, *args) if is_var(x))
        order = sorted(needed)
        names = {f"t{n}": f"x{i}" for i, n in enumerate(order, start=1)}
        names[f"t{cand.t}"] = "O"
        body = []
        for n in order:
            func, args = self.calls[n - 1]
            target = names[f"t{n}"]
            body.append(f"    {target} = {names.get(func, func)}"
                        f"({', '.join(names.get(a, a) for a in args)})")
        text = (f"def solve_{cand.parent_task}({', '.join(cand.params)}):\n"
                + "\n".join(body) + "\n    return O\n")
        return parse_program(text, file=f"<battery {self.battery_id} {cid}>")
