"""Read solver programs from text without running them, and check the program format.

The format is Hodel's arc-dsl solver layout (dsl-spec §6): `def solve_<taskid>(I):` (or
`(S, I)` for task-aware programs), one `name = callee(arg, ...)` per line, arguments that
are the parameters, earlier variables, DSL primitive names or constant names, the last
assignment binding `O`, then `return O`. Each violation is a FormatError naming file and line.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cached_property

from arcbatt.corpus.program import Program, Step

NAME_RE = re.compile(r"^solve_([0-9a-f]{8})(?:_\w+)?$")


class FormatError(ValueError):
    """A program that breaks the format; says which file and line."""

    def __init__(self, message: str, *, file: str, line: int, program: str | None = None):
        self.file, self.line, self.program, self.reason = file, line, program, message
        where = f"{file}:{line}"
        if program:
            where += f" ({program})"
        super().__init__(f"{where}: {message}")


class _Namespace:
    """The DSL's names, loaded on first use (keeps parsing importable on its own)."""

    @cached_property
    def primitives(self) -> frozenset[str]:
        from arcbatt.dsl import PRIMITIVES

        return frozenset(PRIMITIVES)

    @cached_property
    def constants(self) -> frozenset[str]:
        from arcbatt.dsl import CONSTANTS

        return frozenset(CONSTANTS)


NAMESPACE = _Namespace()


@dataclass(frozen=True)
class Chunk:
    """The text of one top-level `def` and the file line it starts on."""

    text: str
    first_line: int


def split_defs(text: str) -> tuple[list[Chunk], list[tuple[int, str]]]:
    """Cut a file into top-level `def` chunks, so one broken program cannot hide the others.

    Returns the chunks and the (line, text) of top-level statements that are neither a def,
    an import nor the module docstring (the loader reports those as errors).
    """
    lines = text.splitlines()
    try:
        module = ast.parse(text)
    except SyntaxError:
        return _split_by_lines(lines)
    chunks: list[Chunk] = []
    stray: list[tuple[int, str]] = []
    for i, node in enumerate(module.body):
        if isinstance(node, ast.FunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            body = "\n".join(lines[first - 1 : node.end_lineno]) + "\n"
            chunks.append(Chunk(body, first))
        elif isinstance(node, ast.Import | ast.ImportFrom) or (
            i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        ):
            continue
        else:
            stray.append((node.lineno, lines[node.lineno - 1]))
    return chunks, stray


def _split_by_lines(lines: list[str]) -> tuple[list[Chunk], list[tuple[int, str]]]:
    """Fallback for a file that does not parse as a whole: cut at top-level `def` lines."""
    chunks: list[Chunk] = []
    stray: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0

    def close() -> None:
        if current:
            chunks.append(Chunk("\n".join(current) + "\n", start))
            current.clear()

    for i, line in enumerate(lines, start=1):
        indented_or_blank = line[:1] in (" ", "\t", "")
        if indented_or_blank:
            if current:
                current.append(line)
            elif line.strip():
                stray.append((i, line))
        elif line.startswith("def "):
            close()
            current.append(line)
            start = i
        elif line.startswith("#"):
            continue
        else:
            close()
            if not line.startswith(("from ", "import ")):
                stray.append((i, line))
    close()
    return chunks, stray


def parse_program(source: str, *, file: str = "<string>", first_line: int = 1) -> Program:
    """Parse and check one `def` (its whole text); raise FormatError at the first fault."""
    offset = first_line - 1

    def err(msg: str, node: ast.AST | None = None, name: str | None = None) -> FormatError:
        line = offset + (getattr(node, "lineno", 1) if node is not None else 1)
        return FormatError(msg, file=file, line=line, program=name)

    try:
        module = ast.parse(source)
    except SyntaxError as exc:
        raise FormatError(f"syntax error: {exc.msg}", file=file,
                          line=offset + (exc.lineno or 1)) from None
    if len(module.body) != 1 or not isinstance(module.body[0], ast.FunctionDef):
        raise err("expected exactly one function definition")
    fn = module.body[0]
    name = fn.name
    match = NAME_RE.match(name)
    if not match:
        raise err(f"function name '{name}' is not solve_<8 hex digit task id>", fn)
    a = fn.args
    params = tuple(p.arg for p in a.args)
    if (a.posonlyargs or a.kwonlyargs or a.vararg or a.kwarg or a.defaults
            or params not in (("I",), ("S", "I"))):
        raise err("parameters must be exactly (I) or (S, I)", fn, name)
    if fn.decorator_list or fn.returns or any(p.annotation for p in a.args):
        raise err("no decorators or annotations allowed", fn, name)

    body = list(fn.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]  # a docstring is allowed
    if not body:
        raise err("empty program", fn, name)
    ret = body[-1]
    if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Name)
            and ret.value.id == "O"):
        raise err("the last line must be 'return O'", ret, name)

    ns = NAMESPACE
    defined: dict[str, int] = {}
    used: set[str] = set()
    seen_calls: dict[tuple[str, tuple[str, ...]], str] = {}
    steps: list[Step] = []
    for stmt in body[:-1]:
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1 \
                or not isinstance(stmt.targets[0], ast.Name):
            raise err("each line must be a single assignment 'name = callee(args)'", stmt, name)
        target = stmt.targets[0].id
        if target in ns.primitives or target in ns.constants or target in params:
            raise err(f"'{target}' shadows a DSL name, constant or parameter", stmt, name)
        if target in defined:
            raise err(f"'{target}' is assigned twice (first on line {offset + defined[target]})",
                      stmt, name)
        if target == "O" and stmt is not body[-2]:
            raise err("'O' must be the last assignment", stmt, name)
        call = stmt.value
        if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
            raise err("the right-hand side must be one call of a name", stmt, name)
        if call.keywords:
            raise err("keyword arguments are not allowed", stmt, name)
        callee = call.func.id
        if callee not in ns.primitives and callee not in defined:
            raise err(f"callee '{callee}' is not a DSL primitive or an earlier variable",
                      stmt, name)
        args: list[str] = []
        for arg in call.args:
            if not isinstance(arg, ast.Name):
                kind = "a literal" if isinstance(arg, ast.Constant) else "a nested expression"
                raise err(f"argument {ast.unparse(arg)!r} is {kind}; use names only", stmt, name)
            ident = arg.id
            if not (ident in params or ident in defined or ident in ns.primitives
                    or ident in ns.constants):
                raise err(f"unknown name '{ident}' (not a parameter, earlier variable, DSL "
                          "name or constant)", stmt, name)
            args.append(ident)
        if not args:
            raise err("a call needs at least one argument", stmt, name)
        key = (callee, tuple(args))
        if key in seen_calls:
            raise err(f"repeats the call already bound to '{seen_calls[key]}'", stmt, name)
        seen_calls[key] = target
        used.update(a for a in args if a in defined)
        if callee in defined:
            used.add(callee)
        defined[target] = stmt.lineno
        steps.append(Step(target, callee, tuple(args)))
    if not steps or steps[-1].target != "O":
        raise err("the last assignment must bind 'O'", ret, name)
    unused = [v for v in defined if v != "O" and v not in used]
    if unused:
        raise err(f"variable '{unused[0]}' is never used", None, name)
    return Program(name=name, task_id=match.group(1), params=params, steps=tuple(steps),
                   source=source, origin=f"{file}:{first_line}")
