"""Fixtures for the battery tests: the bundled corpus, the arc1-train data, corpus sources."""

from __future__ import annotations

import pytest

from arcbatt.battery import Source
from arcbatt.corpus import Corpus, load_corpus
from arcbatt.data import Dataset, load_dataset


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    loaded = load_corpus()
    assert [str(e) for e in loaded.errors] == []
    return loaded


@pytest.fixture(scope="session")
def data() -> Dataset:
    return load_dataset("arc1-train")


@pytest.fixture(scope="session")
def corpus_sources(corpus: Corpus) -> list[Source]:
    return [Source(p) for p in corpus]
