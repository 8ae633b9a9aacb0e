"""Where a battery's programs come from: the store (weighted by score) and the corpus."""

from __future__ import annotations

from pathlib import Path

from arcbatt.battery.select import Source
from arcbatt.battery.table import BatteryError
from arcbatt.corpus import load_corpus
from arcbatt.store import Store, StoreError


def store_sources(store: Store, task_id: str | None = None) -> tuple[list[Source], list[str]]:
    """Every stored program with weight 1 + demo samples matched; unreadable ones reported."""
    sources: list[Source] = []
    notes: list[str] = []
    for e in store.entries(task_id):
        try:
            program = store.read_program(e.md5, e.task_id)
        except StoreError as exc:
            notes.append(f"skipped stored program: {exc}")
            continue
        sources.append(Source(program, weight=1.0 + e.o_score, origin="store", md5=e.md5))
    return sources, notes


def battery_sources(corpus_path: str | None, store_path: str | None,
                    task_id: str | None) -> tuple[list[Source], list[str]]:
    """Sources for `card`: the store's programs, plus corpus programs of tasks it lacks."""
    corpus = load_corpus(corpus_path)
    notes = [f"corpus format error (program skipped): {e}" for e in corpus.errors]
    sources: list[Source] = []
    covered: set[str] = set()
    if store_path is not None:
        if not Path(store_path).exists():
            raise StoreError(f"no store at {store_path}")
        with Store(store_path) as store:
            sources, more = store_sources(store, task_id)
        notes += more
        covered = {s.program.task_id for s in sources}
    sources += [Source(p) for p in corpus
                if p.task_id not in covered and (task_id is None or p.task_id == task_id)]
    if not sources:
        where = f" for task {task_id}" if task_id else ""
        raise BatteryError(f"no programs{where} in the corpus or the store")
    return sources, notes
