"""One exception type for bad ARC data, whose message says exactly where the fault is."""

from __future__ import annotations


class DataError(ValueError):
    """Malformed or missing ARC data; the message names file, task, sample and position."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        task: str | None = None,
        where: str | None = None,
    ) -> None:
        self.file = file
        self.task = task
        self.where = where
        parts = []
        if file:
            parts.append(f"file {file}")
        if task:
            parts.append(f"task {task}")
        if where:
            parts.append(where)
        prefix = ", ".join(parts)
        super().__init__(f"{prefix}: {message}" if prefix else message)
        self.reason = message
