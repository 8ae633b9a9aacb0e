"""Answers: two attempts per test input, submission.json, and pass@2 scoring."""

from arcbatt.solve.predict import choose_attempts, predict
from arcbatt.solve.submission import (
    ScoreReport,
    SubmissionError,
    read_submission,
    score,
    write_submission,
)

__all__ = ["ScoreReport", "SubmissionError", "choose_attempts", "predict", "read_submission",
           "score", "write_submission"]
