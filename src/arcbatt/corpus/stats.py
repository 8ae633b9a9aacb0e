"""Corpus statistics: which primitives programs use and how long programs are."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from arcbatt.corpus.loader import Corpus


@dataclass(frozen=True)
class CorpusStats:
    programs: int
    tasks: int
    primitive_counts: Counter[str]
    lengths: list[int]

    @property
    def mean_length(self) -> float:
        return sum(self.lengths) / len(self.lengths) if self.lengths else 0.0


def corpus_stats(corpus: Corpus) -> CorpusStats:
    """Counts of every primitive's uses (as callee or passed as an argument) and lengths."""
    counts: Counter[str] = Counter()
    for p in corpus:
        counts.update(p.primitives())
    return CorpusStats(
        programs=len(corpus),
        tasks=len(corpus.by_task()),
        primitive_counts=counts,
        lengths=[len(p.steps) for p in corpus],
    )
