"""The corpus: solver programs as checked data (parsing, format checks, loading, stats)."""

from arcbatt.corpus.loader import Corpus, load_corpus, parse_text
from arcbatt.corpus.parse import FormatError, parse_program
from arcbatt.corpus.program import Program, Step, compile_program, run_program

__all__ = [
    "Corpus", "FormatError", "Program", "Step", "compile_program", "load_corpus",
    "parse_program", "parse_text", "run_program",
]
