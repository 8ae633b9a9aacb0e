"""The store: normalised, content-addressed programs ranked per task in an SQLite index."""

from arcbatt.store.index import (
    DEFAULT_CAP,
    DEFAULT_STORE,
    Entry,
    Provenance,
    Scores,
    Store,
    StoreError,
)
from arcbatt.store.normalise import Normalised, normalise

__all__ = ["DEFAULT_CAP", "DEFAULT_STORE", "Entry", "Normalised", "Provenance", "Scores",
           "Store", "StoreError", "normalise"]
