"""Running batteries: the (task, sample) work units, scoring, profile, and the run itself."""

from arcbatt.run.runner import RunConfig, RunReport, check_battery, run_battery
from arcbatt.run.scoring import CandidateScore, TaskScores, score_task

__all__ = ["CandidateScore", "RunConfig", "RunReport", "TaskScores", "check_battery",
           "run_battery", "score_task"]
