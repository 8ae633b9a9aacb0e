"""The store: program files named by md5 and an SQLite index of what each scored per task.

Layout (all paths relative, so a store can be moved or copied):
    <root>/programs/<md5[:2]>/<md5>.py   one canonical straight-line program per file
    <root>/index.sqlite                  WAL-mode index: one row per (task, program)
Files are written atomically (temporary file, then rename), inside the write transaction and
before the index row that points at them is committed, so the index never names a missing
file, even while another writer evicts. Concurrent runs on one store
serialise their writes through SQLite (BEGIN IMMEDIATE with a busy timeout). Programs read
back are parsed and checked before anyone runs them: the store holds data, never code.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from arcbatt.corpus.parse import FormatError
from arcbatt.corpus.program import Program
from arcbatt.store.normalise import Normalised, normalise

DEFAULT_STORE = "arcbatt-store"
DEFAULT_CAP = 32
SCHEMA = """
CREATE TABLE IF NOT EXISTS programs (
    task_id     TEXT NOT NULL,
    md5         TEXT NOT NULL,
    o_score     INTEGER NOT NULL,   -- demo samples matched exactly
    demo_total  INTEGER NOT NULL,   -- demo samples in the task
    d_score     INTEGER NOT NULL,   -- summed differ partial credit on demo samples
    steps       INTEGER NOT NULL,
    speed_ms    REAL NOT NULL,      -- fastest validation time seen, all demo samples
    first_seen  REAL NOT NULL,
    provenance  TEXT NOT NULL,      -- corpus | battery | search
    battery_id  TEXT,
    battery_seed INTEGER,
    parent      TEXT,
    mutations   TEXT NOT NULL DEFAULT '[]',
    data_hash   TEXT,
    PRIMARY KEY (task_id, md5)
);
CREATE INDEX IF NOT EXISTS programs_rank ON programs (task_id, o_score DESC, d_score DESC);
CREATE TABLE IF NOT EXISTS rounds (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    started     REAL NOT NULL,
    summary     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded    REAL NOT NULL,
    meta        TEXT NOT NULL,      -- JSON: battery id, tasks, time, ...
    profile     TEXT NOT NULL       -- JSON: Profile.to_json() of the run
);
"""


@dataclass(frozen=True)
class Entry:
    """One index row: how a stored program did on one task."""

    task_id: str
    md5: str
    o_score: int
    demo_total: int
    d_score: int
    steps: int
    speed_ms: float
    first_seen: float
    provenance: str
    battery_id: str | None
    battery_seed: int | None
    parent: str | None
    mutations: str

    @property
    def solved_demos(self) -> bool:
        return self.demo_total > 0 and self.o_score == self.demo_total


@dataclass(frozen=True)
class Scores:
    """What a program scored on one task (validated on its own before it is added)."""

    o_score: int
    demo_total: int
    d_score: int
    speed_ms: float


@dataclass(frozen=True)
class Provenance:
    kind: str = "battery"
    battery_id: str | None = None
    battery_seed: int | None = None
    parent: str | None = None
    mutations: tuple = ()


class StoreError(RuntimeError):
    """A store that cannot be opened or a stored program that fails its check."""


class Store:
    """One store folder; `add` is the only writer of programs."""

    def __init__(self, root: str | Path = DEFAULT_STORE, cap: int = DEFAULT_CAP) -> None:
        self.root = Path(root)
        self.cap = cap
        try:
            (self.root / "programs").mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.root / "index.sqlite", timeout=60.0,
                                       isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA busy_timeout=60000")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable enough, no corruption
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store at {self.root}: {exc}") from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- files ---------------------------------------------------------------------------
    def path_of(self, md5: str) -> Path:
        return self.root / "programs" / md5[:2] / f"{md5}.py"

    def _write_file(self, norm: Normalised) -> None:
        path = self.path_of(norm.md5)
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{norm.md5}.{os.getpid()}.tmp")
        tmp.write_text(f"# arcbatt store program {norm.md5}\n{norm.text()}", encoding="utf-8")
        os.replace(tmp, path)

    def read_program(self, md5: str, task_id: str) -> Program:
        """A stored program, parsed and checked (never executed as found), for one task."""
        path = self.path_of(md5)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"{path}: cannot read stored program ({exc.strerror})") from None
        body = "".join(line + "\n" for line in text.splitlines() if not line.startswith("#"))
        try:
            from arcbatt.corpus.parse import parse_program

            parsed = parse_program(body, file=str(path), first_line=2)
        except FormatError as exc:
            raise StoreError(f"stored program fails the format check: {exc}") from None
        norm = normalise(parsed)
        if norm.md5 != md5:
            raise StoreError(f"{path}: content does not match its md5 (edited or corrupt)")
        return norm.program(task_id, origin=str(path))

    # -- writing -------------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def add(self, task_id: str, program: Program | Normalised, scores: Scores,
            provenance: Provenance, data_hash: str | None = None) -> bool:
        """Add or update one program for one task; return whether it is kept after eviction."""
        return self.add_many([(task_id, program, scores, provenance)], data_hash)[0]

    def add_many(self, items: list[tuple[str, Program | Normalised, Scores, Provenance]],
                 data_hash: str | None = None) -> list[bool]:
        """Add several programs in one transaction (files first, then the index rows)."""
        norms = [p if isinstance(p, Normalised) else normalise(p) for _, p, _, _ in items]
        now = time.time()
        kept: list[bool] = []
        with self._transaction() as db:
            # files inside the write lock: another writer's eviction cannot unlink a file
            # between its write here and the commit of the row that names it
            for norm in norms:
                self._write_file(norm)
            for (task_id, _, sc, prov), norm in zip(items, norms, strict=True):
                db.execute(
                    """INSERT INTO programs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                       ON CONFLICT (task_id, md5) DO UPDATE SET
                         o_score = max(o_score, excluded.o_score),
                         d_score = max(d_score, excluded.d_score),
                         speed_ms = min(speed_ms, excluded.speed_ms)""",
                    (task_id, norm.md5, sc.o_score, sc.demo_total, sc.d_score, len(norm.steps),
                     round(sc.speed_ms, 3), now, prov.kind, prov.battery_id, prov.battery_seed,
                     prov.parent, json.dumps(list(prov.mutations), sort_keys=True), data_hash))
            for task_id in sorted({t for t, *_ in items}):
                self._evict(db, task_id)
            for (task_id, *_), norm in zip(items, norms, strict=True):
                row = db.execute("SELECT 1 FROM programs WHERE task_id=? AND md5=?",
                                 (task_id, norm.md5)).fetchone()
                kept.append(row is not None)
        return kept

    def _evict(self, db: sqlite3.Connection, task_id: str) -> None:
        """Keep the `cap` best programs of a task.

        Worst first: lowest demo matches, then lowest differ credit, then most steps, then
        md5. Steps stand in for slowness because measured times vary with machine load, and
        a store must not depend on it (sequential and parallel runs give the same store).
        """
        rows = db.execute(
            """SELECT md5 FROM programs WHERE task_id=?
               ORDER BY o_score DESC, d_score DESC, steps ASC, md5 ASC""",
            (task_id,)).fetchall()
        for (md5,) in rows[self.cap:]:
            db.execute("DELETE FROM programs WHERE task_id=? AND md5=?", (task_id, md5))
            if db.execute("SELECT 1 FROM programs WHERE md5=?", (md5,)).fetchone() is None:
                self.path_of(md5).unlink(missing_ok=True)

    def record_round(self, summary: dict) -> None:
        with self._transaction() as db:
            db.execute("INSERT INTO rounds (started, summary) VALUES (?, ?)",
                       (time.time(), json.dumps(summary, sort_keys=True)))

    def record_run(self, profile_json: dict, meta: dict) -> None:
        """Keep one run's profile (per-phase times) and what it was, for reports."""
        with self._transaction() as db:
            db.execute("INSERT INTO runs (recorded, meta, profile) VALUES (?, ?, ?)",
                       (time.time(), json.dumps(meta, sort_keys=True),
                        json.dumps(profile_json)))  # phases keep their run order

    def runs(self, limit: int = 10) -> list[dict]:
        """The latest recorded runs, newest first: {id, recorded, meta, profile}."""
        rows = self._db.execute(
            "SELECT id, recorded, meta, profile FROM runs ORDER BY id DESC LIMIT ?",
            (max(0, limit),)).fetchall()
        return [{"id": i, "recorded": t, "meta": json.loads(m), "profile": json.loads(p)}
                for i, t, m, p in rows]

    # -- reading -------------------------------------------------------------------------
    _COLUMNS = ("task_id, md5, o_score, demo_total, d_score, steps, speed_ms, first_seen, "
                "provenance, battery_id, battery_seed, parent, mutations")

    def entries(self, task_id: str | None = None) -> list[Entry]:
        """Index rows, best first within each task (tasks in id order)."""
        where, args = ("WHERE task_id=?", (task_id,)) if task_id else ("", ())
        rows = self._db.execute(
            f"SELECT {self._COLUMNS} FROM programs {where} "
            "ORDER BY task_id, o_score DESC, d_score DESC, steps ASC, speed_ms ASC, md5",
            args).fetchall()
        return [Entry(*r) for r in rows]

    def best(self, task_id: str, n: int = 5) -> list[Entry]:
        return self.entries(task_id)[:n]

    def rounds(self) -> list[dict]:
        return [json.loads(s) for (s,) in
                self._db.execute("SELECT summary FROM rounds ORDER BY id").fetchall()]

    def stats(self) -> dict:
        db = self._db
        programs = db.execute("SELECT count(DISTINCT md5) FROM programs").fetchone()[0]
        rows = db.execute("SELECT count(*) FROM programs").fetchone()[0]
        tasks = db.execute("SELECT count(DISTINCT task_id) FROM programs").fetchone()[0]
        solved = db.execute(
            "SELECT count(DISTINCT task_id) FROM programs WHERE o_score = demo_total "
            "AND demo_total > 0").fetchone()[0]
        prov = dict(db.execute(
            "SELECT provenance, count(*) FROM programs GROUP BY provenance").fetchall())
        return {"programs": programs, "entries": rows, "tasks": tasks,
                "tasks_solved_on_demos": solved, "by_provenance": prov,
                "rounds": db.execute("SELECT count(*) FROM rounds").fetchone()[0]}

    def digest(self) -> str:
        """A hash of everything deterministic in the store: rows (less timings) and files."""
        h = hashlib.sha256()
        # in (task, md5) order: the ranking order breaks ties by measured speed
        for e in sorted(self.entries(), key=lambda e: (e.task_id, e.md5)):
            h.update(json.dumps([e.task_id, e.md5, e.o_score, e.demo_total, e.d_score,
                                 e.steps, e.provenance, e.battery_id, e.battery_seed, e.parent,
                                 e.mutations]).encode())
            h.update(self.path_of(e.md5).read_bytes())
        return h.hexdigest()
