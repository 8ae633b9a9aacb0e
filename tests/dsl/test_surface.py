"""The DSL's public surface: all 160 names of the specification, the constants, star-import."""

import inspect

import arcbatt.dsl as dsl

SPEC_NAMES = """
identity add subtract multiply divide invert even double halve flip equality greater both
either increment decrement crement sign positive toivec tojvec astuple branch contained
combine intersection difference dedupe order repeat size merge maximum minimum valmax valmin
argmax argmin mostcommon leastcommon initset sfilter mfilter extract totuple first last insert
remove other interval product pair compose chain matcher rbind lbind power fork apply rapply
mapply papply mpapply prapply mostcolor leastcolor colorcount colorfilter sizefilter palette
numcolors color height width shape portrait square vline hline ulcorner urcorner llcorner
lrcorner uppermost lowermost leftmost rightmost center centerofmass asindices ofcolor
toindices recolor shift normalize toobject asobject dneighbors ineighbors neighbors corners
connect shoot vfrontier hfrontier backdrop delta box inbox outbox hmatching vmatching manhattan
adjacent bordering position gravitate occurrences objects partition fgpartition frontiers
rot90 rot180 rot270 hmirror vmirror dmirror cmirror crop subgrid hconcat vconcat hsplit vsplit
tophalf bottomhalf lefthalf righthalf trim compress hupscale vupscale upscale downscale canvas
index cellwise replace switch fill paint underfill underpaint cover move hperiod vperiod
""".split()  # noqa: SIM905

CONSTANT_NAMES = """
F T ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN NEG_ONE NEG_TWO ORIGIN UNITY DOWN
RIGHT UP LEFT NEG_UNITY UP_RIGHT DOWN_LEFT ZERO_BY_TWO TWO_BY_ZERO TWO_BY_TWO THREE_BY_THREE
""".split()  # noqa: SIM905


def test_spec_lists_160_distinct_names() -> None:
    assert len(SPEC_NAMES) == 160 == len(set(SPEC_NAMES))


def test_every_primitive_exists_and_is_a_plain_function() -> None:
    missing = [n for n in SPEC_NAMES if not inspect.isfunction(getattr(dsl, n, None))]
    assert missing == []
    assert set(dsl.PRIMITIVES) == set(SPEC_NAMES)


def test_star_import_surface_has_primitives_constants_and_aliases() -> None:
    namespace: dict = {}
    exec("from arcbatt.dsl import *", namespace)
    for name in [*SPEC_NAMES, *CONSTANT_NAMES, "Grid", "Object", "Indices", "Patch"]:
        assert name in namespace, name


def test_constants_values() -> None:
    assert len(CONSTANT_NAMES) == 28
    assert dsl.NEG_UNITY == (-1, -1) and dsl.UP_RIGHT == (-1, 1) and dsl.DOWN_LEFT == (1, -1)
    assert dsl.TEN == 10 and dsl.NEG_TWO == -2 and dsl.F is False and dsl.T is True
    assert dsl.THREE_BY_THREE == (3, 3) and dsl.ZERO_BY_TWO == (0, 2)
