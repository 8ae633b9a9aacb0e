"""Every emitted call type-checks against the DSL signatures; every mutation keeps its rule."""

from __future__ import annotations

from collections import Counter

import pytest
from battery_helpers import ANNOTATION_QUIRKS, call_faults, program_calls, replay, resolve

from arcbatt.battery import Source, make_battery
from arcbatt.battery.mutate import SAME_SIGNATURE, variable_types
from arcbatt.battery.typing_rules import UNKNOWN, compatible, constant_family, subtype
from arcbatt.corpus import Corpus
from arcbatt.dsl import CONSTANTS
from arcbatt.dsl.signatures import SIGNATURES
from arcbatt.store import normalise

SEEDS = range(40)
RATE = 0.3


def _quirk(fault: tuple[int, str, int, str, str]) -> tuple[str, int, str]:
    _, func, slot, arg, _ = fault
    return func, slot, arg


def _inherited(fault: tuple[int, str, int, str, str]) -> bool:
    """A fault of a primitive with the same signature as a quirky one, at the same slot."""
    _, func, slot, arg, _ = fault
    sig = SIGNATURES[func]
    return any((SIGNATURES[q].params, SIGNATURES[q].ret, s, a) == (sig.params, sig.ret, slot, arg)
               for q, s, a in ANNOTATION_QUIRKS)


def test_lattice_basics() -> None:
    assert subtype("Grid", "Piece") and subtype("Object", "Container")
    assert subtype("Boolean", "Numerical") and not subtype("Grid", "Integer")
    assert compatible("Piece", "Element")  # overlap (grids and objects) is enough
    assert compatible("Indices", "ContainerContainer")  # a set of index pairs
    assert compatible("FrozenSet", "ContainerContainer")
    assert compatible(UNKNOWN, "Grid") and compatible("Integer", "Any")
    assert not compatible("Integer", "Grid")
    assert not compatible("Grid", "Integer")
    assert not compatible("Boolean", "Patch")
    assert not compatible("IntegerTuple", "Object")


def test_every_corpus_program_type_checks(corpus: Corpus) -> None:
    """The lattice accepts the whole bundled corpus, bar the documented annotation quirks."""
    faults = {p.name: call_faults(program_calls(p)) for p in corpus}
    arity = [(name, f) for name, fs in faults.items() for f in fs if f[2] == -1]
    assert arity == []
    unexplained = [(name, f) for name, fs in faults.items() for f in fs
                   if _quirk(f) not in ANNOTATION_QUIRKS]
    assert unexplained == []
    # the allowance is not vacuous: every listed quirk really occurs in the corpus
    seen = {_quirk(f) for fs in faults.values() for f in fs}
    assert seen == ANNOTATION_QUIRKS


@pytest.fixture(scope="module")
def batteries(corpus_sources: list[Source]) -> list:
    return [make_battery(corpus_sources, 32, seed, RATE) for seed in SEEDS]


def test_every_emitted_call_type_checks(batteries: list) -> None:
    for bat in batteries:
        faults = call_faults(bat.table.calls)
        assert [f for f in faults if f[2] == -1] == [], bat.table.seed
        assert [f for f in faults if not _inherited(f)] == [], bat.table.seed


def test_closure_calls_are_unknown_and_callees_are_known(batteries: list) -> None:
    for bat in batteries:
        for n, (func, args) in enumerate(bat.table.calls, start=1):
            assert args, f"t{n} has no arguments"
            if func not in SIGNATURES:
                assert func.startswith("t") and int(func[1:]) < n
            for a in args:
                if a.startswith("t") and a[1:].isdigit():
                    assert int(a[1:]) < n  # defined before use
                else:
                    assert a in CONSTANTS or a in SIGNATURES or a in ("I", "S"), a


def test_every_mutation_respects_its_rule(batteries: list, corpus: Corpus) -> None:
    kinds: Counter[str] = Counter()
    for bat in batteries:
        for cand in bat.table.candidates:
            parent = corpus.programs[cand.parent]
            types = variable_types(parent)
            order = {name: i for i, name in enumerate((*parent.params,
                                                       *(s.target for s in parent.steps)))}
            assert cand.evo == bool(cand.mutations)
            for m in cand.mutations:
                kinds[m["kind"]] += 1
                assert m["old"] != m["new"]
                step = parent.steps[m["step"]]
                old = step.func if m["position"] == -1 else step.args[m["position"]]
                assert old == m["old"]
                if m["kind"] == "constant":
                    assert m["old"] in CONSTANTS
                    assert m["new"] in constant_family(m["old"])
                elif m["kind"] == "function":
                    assert m["new"] in SAME_SIGNATURE[m["old"]]
                    assert SIGNATURES[m["new"]].params == SIGNATURES[m["old"]].params
                    assert SIGNATURES[m["new"]].ret == SIGNATURES[m["old"]].ret
                else:
                    assert m["kind"] == "argument", m
                    assert m["position"] >= 0
                    # an earlier variable (or parameter) of exactly the same, known type
                    assert order[m["new"]] < len(parent.params) + m["step"]
                    assert types[m["new"]] == types[m["old"]] != UNKNOWN
            # the recorded mutations applied to the parent give exactly this candidate
            mutated = replay(parent, cand.mutations)
            assert resolve(bat.table.calls, mutated) == cand.t
            assert normalise(mutated).md5 == normalise(bat.table.program(cand.id)).md5
    # a high rate makes every kind happen many times
    assert min(kinds[k] for k in ("constant", "function", "argument")) >= 20, kinds


def test_mutations_keep_every_slot_type(batteries: list, corpus: Corpus) -> None:
    """Types are exact: a mutated program has the parent's type at every slot."""
    for bat in batteries[:10]:
        for cand in bat.table.candidates:
            if not cand.mutations:
                continue
            parent = corpus.programs[cand.parent]
            mutated = replay(parent, cand.mutations)
            assert variable_types(mutated) == variable_types(parent)
            slots = [[(n, j, a, t) for n, _, j, a, t in call_faults(program_calls(p))]
                     for p in (mutated, parent)]
            assert slots[0] == slots[1]


def test_zero_rate_mutates_nothing(corpus_sources: list[Source]) -> None:
    bat = make_battery(corpus_sources, 64, 5, 0.0)
    assert not any(c.mutations for c in bat.table.candidates)
