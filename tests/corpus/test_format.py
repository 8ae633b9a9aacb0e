"""The program format checker: good programs parse to steps; each fault is located."""

from __future__ import annotations

from pathlib import Path

import pytest

from arcbatt.corpus import FormatError, load_corpus, parse_program, parse_text, run_program

GOOD = """def solve_007bbfb7(I):
    x1 = hupscale(I, THREE)
    x2 = vupscale(x1, THREE)
    x3 = hconcat(I, I)
    x4 = hconcat(x3, I)
    x5 = vconcat(x4, x4)
    x6 = vconcat(x5, x4)
    O = cellwise(x2, x6, ZERO)
    return O
"""


def test_good_program_parses_into_steps() -> None:
    p = parse_program(GOOD, file="f.py")
    assert p.name == "solve_007bbfb7" and p.task_id == "007bbfb7" and p.params == ("I",)
    assert len(p.steps) == 7
    assert p.steps[0].func == "hupscale" and p.steps[0].args == ("I", "THREE")
    assert p.steps[-1].target == "O"
    assert p.canonical() == GOOD


def test_program_runs() -> None:
    p = parse_program(GOOD)
    grid = ((0, 7), (7, 0))
    out = run_program(p, grid)
    assert len(out) == 6 and len(out[0]) == 6
    assert out[0][:2] == (0, 0) and out[0][2:4] == (0, 7)


def test_task_aware_signature() -> None:
    src = "def solve_0123abcd(S, I):\n    x1 = first(S)\n    O = last(x1)\n    return O\n"
    p = parse_program(src)
    assert p.uses_demos
    assert run_program(p, ((1,),), ((((1,),), ((2,),)),)) == ((2,),)


def test_docstring_and_suffix_allowed() -> None:
    src = 'def solve_0123abcd_v2(I):\n    """mirror it"""\n    O = vmirror(I)\n    return O\n'
    assert parse_program(src).task_id == "0123abcd"


BAD = [
    ("def solve_0123abcd(I):\n    x1 = vmirror(I)\n    x1 = hmirror(x1)\n    O = x1\n"
     "    return O\n", 3, "assigned twice"),
    ("def solve_0123abcd(I):\n    x1 = vmirror(hmirror(I))\n    O = rot90(x1)\n    return O\n",
     2, "nested expression"),
    ("def solve_0123abcd(I):\n    x1 = upscale(I, 2)\n    O = rot90(x1)\n    return O\n",
     2, "literal"),
    ("def solve_0123abcd(I):\n    x1 = vmirror(I)\n    x2 = hmirror(I)\n    O = rot90(x1)\n"
     "    return O\n", 1, "never used"),
    ("def solve_0123abcd(I):\n    x1 = vmirror(I)\n    O = nosuchfn(x1)\n    return O\n",
     3, "callee 'nosuchfn'"),
    ("def solve_0123abcd(I):\n    x1 = vmirror(I)\n    O = rot90(x9)\n    return O\n",
     3, "unknown name 'x9'"),
    ("def solve_0123abcd(I):\n    O = rot90(I)\n    return I\n", 3, "return O"),
    ("def solve_0123abcd(I):\n    x1 = rot90(I)\n    x2 = rot90(I)\n    O = hconcat(x1, x2)\n"
     "    return O\n", 3, "repeats the call"),
    ("def solve_0123abcd(I):\n    x1 = upscale(I, factor=TWO)\n    O = rot90(x1)\n"
     "    return O\n", 2, "keyword"),
    ("def solve_0123abcd(I):\n    if I:\n        O = rot90(I)\n    return O\n", 2,
     "single assignment"),
    ("def solve_xyz(I):\n    O = rot90(I)\n    return O\n", 1, "not solve_<8 hex"),
    ("def solve_0123abcd(I, J):\n    O = rot90(I)\n    return O\n", 1, "parameters"),
    ("def solve_0123abcd(I):\n    rot90 = vmirror(I)\n    O = rot90(rot90)\n    return O\n",
     2, "shadows"),
    ("def solve_0123abcd(I):\n    O = rot90(I\n    return O\n", 2, "syntax error"),
]


@pytest.mark.parametrize(("src", "line", "needle"), BAD)
def test_each_fault_is_reported_with_its_line(src: str, line: int, needle: str) -> None:
    with pytest.raises(FormatError) as info:
        parse_program(src, file="corpus.py", first_line=10)
    err = info.value
    assert needle in str(err)
    assert err.file == "corpus.py" and err.line == 9 + line
    assert str(err).startswith(f"corpus.py:{9 + line}")


def test_one_broken_program_does_not_hide_the_others(tmp_path: Path) -> None:
    text = (
        "from arcbatt.dsl import *\n\n"
        "def solve_00000001(I):\n    O = rot90(I)\n    return O\n\n"
        "def solve_00000002(I):\n    O = rot90(I, 3)\n    return O\n\n"
        "def solve_00000003(I):\n    O = vmirror(I)\n    return O\n"
    )
    path = tmp_path / "mine.py"
    path.write_text(text)
    corpus = load_corpus(path)
    assert sorted(corpus.programs) == ["solve_00000001", "solve_00000003"]
    assert len(corpus.errors) == 1
    assert corpus.errors[0].line == 8 and corpus.errors[0].program == "solve_00000002"
    assert str(path) in str(corpus.errors[0])


def test_syntax_error_in_one_program_still_loads_the_rest() -> None:
    text = (
        "def solve_00000001(I):\n    O = rot90(I)\n    return O\n\n"
        "def solve_00000002(I):\n    O = rot90(I\n    return O\n\n"
        "def solve_00000003(I):\n    O = vmirror(I)\n    return O\n"
    )
    corpus = parse_text(text, "x.py")
    assert sorted(corpus.programs) == ["solve_00000001", "solve_00000003"]
    assert [e.line for e in corpus.errors] == [6]


def test_stray_statement_and_duplicate_name_are_reported() -> None:
    text = (
        "import os\nos.system('echo hi')\n\n"
        "def solve_00000001(I):\n    O = rot90(I)\n    return O\n\n"
        "def solve_00000001(I):\n    O = vmirror(I)\n    return O\n"
    )
    corpus = parse_text(text, "y.py")
    assert list(corpus.programs) == ["solve_00000001"]
    messages = [str(e) for e in corpus.errors]
    assert any("y.py:2" in m and "unexpected top-level" in m for m in messages)
    assert any("duplicate program name" in m for m in messages)


def test_missing_corpus_path() -> None:
    with pytest.raises(FileNotFoundError):
        load_corpus("/nonexistent/corpus.py")
