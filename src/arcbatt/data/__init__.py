"""ARC data: tasks and samples, loading from every supported source, validation, hashing."""

from arcbatt.data.errors import DataError
from arcbatt.data.model import Grid, Sample, SampleKind, Task, grid_shape
from arcbatt.data.sources import (
    BUNDLED,
    DEFAULT_DATA,
    Dataset,
    load_bundled,
    load_dataset,
    load_folder,
    load_kaggle,
    load_task_file,
)
from arcbatt.data.validate import parse_grid, parse_task

__all__ = [
    "BUNDLED", "DEFAULT_DATA", "DataError", "Dataset", "Grid", "Sample", "SampleKind", "Task",
    "grid_shape", "load_bundled", "load_dataset", "load_folder", "load_kaggle",
    "load_task_file", "parse_grid", "parse_task",
]
