"""Load a corpus of solver programs from the bundled set, a Python file or a folder.

A file is read as text and each `def` is parsed on its own, so one broken program is
reported (file and line) while the others still load. Nothing is imported or executed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from arcbatt.corpus.parse import FormatError, parse_program, split_defs
from arcbatt.corpus.program import Program

BUNDLED_LABEL = "bundled"


@dataclass
class Corpus:
    """Programs by name, with the format errors met while loading."""

    programs: dict[str, Program] = field(default_factory=dict)
    errors: list[FormatError] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.programs)

    def __iter__(self) -> Iterator[Program]:
        return iter(self.programs.values())

    def by_task(self) -> dict[str, list[Program]]:
        """Programs grouped by task id (in load order)."""
        groups: dict[str, list[Program]] = defaultdict(list)
        for p in self.programs.values():
            groups[p.task_id].append(p)
        return dict(groups)

    def for_task(self, task_id: str) -> list[Program]:
        return [p for p in self.programs.values() if p.task_id == task_id]

    def add(self, program: Program) -> None:
        if program.name in self.programs:
            first = self.programs[program.name].origin
            self.errors.append(FormatError(
                f"duplicate program name (first defined at {first})",
                file=program.origin.rsplit(":", 1)[0],
                line=int(program.origin.rsplit(":", 1)[1]), program=program.name))
            return
        self.programs[program.name] = program


def parse_text(text: str, file: str, corpus: Corpus | None = None) -> Corpus:
    """Parse every program in one file's text into `corpus` (a new one by default)."""
    corpus = corpus if corpus is not None else Corpus()
    chunks, stray = split_defs(text)
    for line, content in stray:
        corpus.errors.append(FormatError(
            f"unexpected top-level statement {content.strip()[:60]!r}", file=file, line=line))
    for chunk in chunks:
        try:
            corpus.add(parse_program(chunk.text, file=file, first_line=chunk.first_line))
        except FormatError as exc:
            corpus.errors.append(exc)
    return corpus


def load_corpus(path: str | Path | None = None) -> Corpus:
    """The bundled corpus (path None), or every program in a .py file or a folder of them."""
    corpus = Corpus()
    if path is None:
        folder = resources.files("arcbatt.corpus") / "bundled"
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".py") and not entry.name.startswith("_"):
                parse_text(entry.read_text(encoding="utf-8"),
                           f"{BUNDLED_LABEL}/{entry.name}", corpus)
        return corpus
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.py"))
    elif path.is_file():
        files = [path]
    else:
        raise FileNotFoundError(f"no corpus file or folder at {path}")
    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            corpus.errors.append(FormatError(f"cannot read: {exc}", file=str(f), line=1))
            continue
        parse_text(text, str(f), corpus)
    return corpus
