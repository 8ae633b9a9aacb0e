"""Bundled solver programs, part C (ARC-AGI-1 training tasks 5bd6f4ac-846bdb03)."""

from arcbatt.dsl import *


# take the 3x3 block in the top-right corner
def solve_5bd6f4ac(I):
    x1 = tojvec(SIX)
    O = crop(I, x1, THREE_BY_THREE)
    return O


# the 1-square shoots a diagonal up-left, the 2-square down-right
def solve_5c0a986e(I):
    x1 = ofcolor(I, ONE)
    x2 = ulcorner(x1)
    x3 = shoot(x2, NEG_UNITY)
    x4 = ofcolor(I, TWO)
    x5 = lrcorner(x4)
    x6 = shoot(x5, UNITY)
    x7 = fill(I, ONE, x3)
    O = fill(x7, TWO, x6)
    return O


# fill the bounding-box holes of every shape with 7
def solve_60b61512(I):
    x1 = objects(I, T, T, T)
    x2 = mapply(delta, x1)
    O = fill(I, SEVEN, x2)
    return O


# rotate by half a turn
def solve_6150a2bd(I):
    O = rot180(I)
    return O


# draw both diagonals through the single coloured cell
def solve_623ea044(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = first(x2)
    x4 = shoot(x3, UNITY)
    x5 = shoot(x3, NEG_UNITY)
    x6 = shoot(x3, UP_RIGHT)
    x7 = shoot(x3, DOWN_LEFT)
    x8 = combine(x4, x5)
    x9 = combine(x6, x7)
    x10 = combine(x8, x9)
    O = fill(I, x1, x10)
    return O


# mirror the grid into a 2x2 symmetric arrangement
def solve_62c24649(I):
    x1 = vmirror(I)
    x2 = hconcat(I, x1)
    x3 = hmirror(x2)
    O = vconcat(x2, x3)
    return O


# recolour to 5 the shape that copies the one in the top-left corner
def solve_63613498(I):
    x1 = crop(I, ORIGIN, THREE_BY_THREE)
    x2 = palette(x1)
    x3 = other(x2, ZERO)
    x4 = ofcolor(x1, x3)
    x5 = normalize(x4)
    x6 = objects(I, T, F, T)
    x7 = compose(normalize, toindices)
    x8 = matcher(x7, x5)
    x9 = sfilter(x6, x8)
    x10 = colorfilter(x9, x3)
    x11 = difference(x9, x10)
    x12 = merge(x11)
    O = fill(I, FIVE, x12)
    return O


# mark with 3 the cells empty in both halves
def solve_6430c8c4(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(ZERO, x6)
    O = fill(x7, THREE, x5)
    return O


# largest empty region becomes 1, the smallest ones 8
def solve_6455b5f5(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = argmax(x2, size)
    x4 = valmin(x2, size)
    x5 = sizefilter(x2, x4)
    x6 = merge(x5)
    x7 = fill(I, ONE, x3)
    O = fill(x7, EIGHT, x6)
    return O


# pick the 3x3 block that is not symmetric about its diagonal
def solve_662c240a(I):
    x1 = vsplit(I, THREE)
    x2 = fork(equality, identity, dmirror)
    x3 = compose(flip, x2)
    O = extract(x1, x3)
    return O


# green shapes bigger than one cell turn 8
def solve_67385a82(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, THREE)
    x3 = sizefilter(x2, ONE)
    x4 = difference(x2, x3)
    x5 = merge(x4)
    O = fill(I, EIGHT, x5)
    return O


# dots shoot lines to their wall, the other wall gets matching full lines
def solve_673ef223(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = ofcolor(I, EIGHT)
    x4 = rbind(hmatching, x3)
    x5 = extract(x2, x4)
    x6 = other(x2, x5)
    x7 = leftmost(x5)
    x8 = leftmost(x3)
    x9 = subtract(x7, x8)
    x10 = sign(x9)
    x11 = tojvec(x10)
    x12 = rbind(shoot, x11)
    x13 = mapply(x12, x3)
    x14 = ulcorner(x6)
    x15 = ulcorner(x5)
    x16 = subtract(x14, x15)
    x17 = shift(x3, x16)
    x18 = mapply(hfrontier, x17)
    x19 = combine(x13, x18)
    x20 = underfill(I, EIGHT, x19)
    O = fill(x20, FOUR, x3)
    return O


# 3x3 cells of a 3x3 board: 1 where a cell holds two 6s
def solve_6773b310(I):
    x1 = vsplit(I, THREE)
    x2 = rbind(hsplit, THREE)
    x3 = rbind(colorcount, SIX)
    x4 = matcher(x3, TWO)
    x5 = rbind(multiply, ONE)
    x6 = compose(x5, x4)
    x7 = lbind(apply, x6)
    x8 = compose(x7, x2)
    O = apply(x8, x1)
    return O


# mirror left to right
def solve_67a3c6ac(I):
    O = vmirror(I)
    return O


# ring of 4 around the crossing of the two lines
def solve_67a423a3(I):
    x1 = fgpartition(I)
    x2 = matcher(height, ONE)
    x3 = extract(x1, x2)
    x4 = matcher(width, ONE)
    x5 = extract(x1, x4)
    x6 = uppermost(x3)
    x7 = leftmost(x5)
    x8 = astuple(x6, x7)
    x9 = initset(x8)
    x10 = outbox(x9)
    O = fill(I, FOUR, x10)
    return O


# mirror the grid into a 2x2 symmetric arrangement
def solve_67e8384a(I):
    x1 = vmirror(I)
    x2 = hconcat(I, x1)
    x3 = hmirror(x2)
    O = vconcat(x2, x3)
    return O


# fit the two pieces together into a 3x3 square
def solve_681b3aeb(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = other(x1, x2)
    x4 = canvas(ZERO, THREE_BY_THREE)
    x5 = asindices(x4)
    x6 = normalize(x2)
    x7 = toindices(x6)
    x8 = difference(x5, x7)
    x9 = normalize(x8)
    x10 = toindices(x3)
    x11 = normalize(x10)
    x12 = equality(x9, x11)
    x13 = color(x3)
    x14 = canvas(x13, THREE_BY_THREE)
    x15 = paint(x14, x6)
    x16 = color(x2)
    x17 = canvas(x16, THREE_BY_THREE)
    x18 = normalize(x3)
    x19 = paint(x17, x18)
    O = branch(x12, x15, x19)
    return O


# flip upside down
def solve_68b16354(I):
    O = hmirror(I)
    return O


# the bigger square gets a 2 interior, the smaller a 1 interior
def solve_694f12f3(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, FOUR)
    x3 = argmax(x2, size)
    x4 = argmin(x2, size)
    x5 = inbox(x3)
    x6 = backdrop(x5)
    x7 = inbox(x4)
    x8 = backdrop(x7)
    x9 = fill(I, TWO, x6)
    O = fill(x9, ONE, x8)
    return O

# blow the small shape up to fill the inside of the red frame
def solve_6b9890af(I):
    x1 = objects(I, T, T, T)
    x2 = colorfilter(x1, TWO)
    x3 = first(x2)
    x4 = difference(x1, x2)
    x5 = first(x4)
    x6 = subgrid(x3, I)
    x7 = subgrid(x5, I)
    x8 = width(x3)
    x9 = subtract(x8, TWO)
    x10 = width(x5)
    x11 = divide(x9, x10)
    x12 = upscale(x7, x11)
    x13 = asobject(x12)
    x14 = shift(x13, UNITY)
    O = paint(x6, x14)
    return O


# hollow 3x3 squares become red plus signs
def solve_6c434453(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, EIGHT)
    x3 = fork(equality, toindices, box)
    x4 = sfilter(x2, x3)
    x5 = merge(x4)
    x6 = cover(I, x5)
    x7 = fork(difference, backdrop, corners)
    x8 = mapply(x7, x4)
    O = fill(x6, TWO, x8)
    return O


# fill empty 3x3 squares (top-left-most placement) with 1
def solve_6cf79266(I):
    x1 = canvas(ZERO, THREE_BY_THREE)
    x2 = asobject(x1)
    x3 = occurrences(I, x2)
    x4 = shift(x3, DOWN)
    x5 = shift(x3, RIGHT)
    x6 = shift(x3, UNITY)
    x7 = shift(x3, DOWN_LEFT)
    x8 = combine(x4, x5)
    x9 = combine(x6, x7)
    x10 = combine(x8, x9)
    x11 = difference(x3, x10)
    x12 = lbind(shift, x2)
    x13 = mapply(x12, x11)
    O = fill(I, ONE, x13)
    return O


# copy the block holding a 4 to the cell the 4 points at, clear the rest
def solve_6d0160f0(I):
    x1 = ofcolor(I, FOUR)
    x2 = first(x1)
    x3 = divide(x2, FOUR)
    x4 = multiply(x3, FOUR)
    x5 = subtract(x2, x4)
    x6 = multiply(x5, FOUR)
    x7 = crop(I, x4, THREE_BY_THREE)
    x8 = asobject(x7)
    x9 = shift(x8, x6)
    x10 = asindices(I)
    x11 = ofcolor(I, FIVE)
    x12 = difference(x10, x11)
    x13 = fill(I, ZERO, x12)
    O = paint(x13, x9)
    return O


# append the left-right mirror image
def solve_6d0aefbc(I):
    x1 = vmirror(I)
    O = hconcat(I, x1)
    return O


# dots below the arch drip down from under it
def solve_6d58a25d(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = sizefilter(x1, ONE)
    x4 = rbind(vmatching, x2)
    x5 = lowermost(x2)
    x6 = rbind(greater, x5)
    x7 = compose(x6, uppermost)
    x8 = fork(both, x4, x7)
    x9 = sfilter(x3, x8)
    x10 = rbind(gravitate, x2)
    x11 = fork(add, ulcorner, x10)
    x12 = rbind(shoot, DOWN)
    x13 = compose(x12, x11)
    x14 = mapply(x13, x9)
    x15 = first(x3)
    x16 = color(x15)
    O = fill(I, x16, x14)
    return O


# complete the shape's bounding box with 2
def solve_6d75e8bb(I):
    x1 = fgpartition(I)
    x2 = mapply(delta, x1)
    O = fill(I, TWO, x2)
    return O


# number of colours picks top row, diagonal or anti-diagonal
def solve_6e02f1e3(I):
    x1 = numcolors(I)
    x2 = equality(x1, ONE)
    x3 = equality(x1, TWO)
    x4 = connect(ORIGIN, TWO_BY_TWO)
    x5 = connect(ZERO_BY_TWO, TWO_BY_ZERO)
    x6 = connect(ORIGIN, ZERO_BY_TWO)
    x7 = branch(x3, x4, x5)
    x8 = branch(x2, x6, x7)
    x9 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x9, FIVE, x8)
    return O


# each L shoots a diagonal ray out of its missing corner
def solve_6e19193c(I):
    x1 = objects(I, T, F, T)
    x2 = compose(first, delta)
    x3 = compose(double, x2)
    x4 = fork(add, ulcorner, lrcorner)
    x5 = fork(subtract, x3, x4)
    x6 = fork(add, x2, x5)
    x7 = fork(shoot, x6, x5)
    x8 = mapply(x7, x1)
    x9 = first(x1)
    x10 = color(x9)
    O = fill(I, x10, x8)
    return O


# recolour shapes by size: 4 -> 1, 3 -> 2, 2 -> 3
def solve_6e82a1ae(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, FOUR)
    x3 = merge(x2)
    x4 = sizefilter(x1, THREE)
    x5 = merge(x4)
    x6 = sizefilter(x1, TWO)
    x7 = merge(x6)
    x8 = fill(I, ONE, x3)
    x9 = fill(x8, TWO, x5)
    O = fill(x9, THREE, x7)
    return O


# the big block pattern masks the small colourful square
def solve_6ecd11f4(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = subgrid(x2, I)
    x5 = subgrid(x3, I)
    x6 = width(x4)
    x7 = width(x5)
    x8 = divide(x6, x7)
    x9 = downscale(x4, x8)
    x10 = ofcolor(x9, ZERO)
    O = fill(x5, ZERO, x10)
    return O


# draw an 8 border around the grid
def solve_6f8cd79b(I):
    x1 = asindices(I)
    x2 = box(x1)
    O = fill(I, EIGHT, x2)
    return O


# append the upside-down image below
def solve_6fa7a44f(I):
    x1 = hmirror(I)
    O = vconcat(I, x1)
    return O


# crop the left-right symmetric shape
def solve_72ca375d(I):
    x1 = objects(I, T, T, T)
    x2 = fork(equality, identity, vmirror)
    x3 = extract(x1, x2)
    O = subgrid(x3, I)
    return O


# repair holes from the diagonal symmetry
def solve_73251a56(I):
    x1 = dmirror(I)
    x2 = ofcolor(I, ZERO)
    x3 = toobject(x2, x1)
    x4 = paint(I, x3)
    x5 = ofcolor(x4, ZERO)
    x6 = shoot(ORIGIN, UNITY)
    x7 = intersection(x5, x6)
    x8 = index(I, ORIGIN)
    x9 = fill(x4, x8, x7)
    x10 = mostcolor(I)
    O = replace(x9, ZERO, x10)
    return O


# crop the rectangle and mirror it
def solve_7468f01a(I):
    x1 = objects(I, F, T, T)
    x2 = first(x1)
    x3 = subgrid(x2, I)
    O = vmirror(x3)
    return O


# one cell per stripe
def solve_746b3537(I):
    x1 = first(I)
    x2 = dedupe(x1)
    x3 = size(x2)
    x4 = equality(x3, ONE)
    x5 = dmirror(I)
    x6 = branch(x4, x5, I)
    x7 = first(x6)
    x8 = repeat(x7, ONE)
    x9 = objects(x8, T, F, F)
    x10 = order(x9, leftmost)
    x11 = apply(color, x10)
    x12 = repeat(x11, ONE)
    x13 = dmirror(x12)
    O = branch(x4, x13, x12)
    return O


# transpose
def solve_74dd1130(I):
    O = dmirror(I)
    return O


# overlay the four quadrants with priority 5 > 6 > 9 > 4
def solve_75b8110e(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = lefthalf(x1)
    x4 = righthalf(x1)
    x5 = lefthalf(x2)
    x6 = righthalf(x2)
    x7 = ofcolor(x6, NINE)
    x8 = fill(x3, NINE, x7)
    x9 = ofcolor(x5, SIX)
    x10 = fill(x8, SIX, x9)
    x11 = ofcolor(x4, FIVE)
    O = fill(x10, FIVE, x11)
    return O


# mirror the 8 shape sideways, to the side the 4 shape's tip shows
def solve_760b3cac(I):
    x1 = ofcolor(I, EIGHT)
    x2 = vmirror(x1)
    x3 = ofcolor(I, FOUR)
    x4 = ulcorner(x3)
    x5 = contained(x4, x3)
    x6 = invert(THREE)
    x7 = branch(x5, x6, THREE)
    x8 = tojvec(x7)
    x9 = shift(x2, x8)
    O = fill(I, EIGHT, x9)
    return O

# colour the inner 8 pattern by the corner colour of each quadrant
def solve_77fdfe62(I):
    x1 = trim(I)
    x2 = trim(x1)
    x3 = height(I)
    x4 = decrement(x3)
    x5 = downscale(I, x4)
    x6 = height(x2)
    x7 = halve(x6)
    x8 = upscale(x5, x7)
    x9 = ofcolor(x2, ZERO)
    O = fill(x8, ZERO, x9)
    return O


# count the 1s and draw that many 2s in a fixed order
def solve_794b24be(I):
    x1 = colorcount(I, ONE)
    x2 = canvas(ZERO, THREE_BY_THREE)
    x3 = decrement(x1)
    x4 = tojvec(x3)
    x5 = connect(ORIGIN, x4)
    x6 = equality(x1, FOUR)
    x7 = branch(x6, UNITY, ORIGIN)
    x8 = insert(x7, x5)
    O = fill(x2, TWO, x8)
    return O


# enclosed areas become 2, the open background 3
def solve_7b6016b9(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    x6 = fill(I, TWO, x5)
    O = replace(x6, ZERO, THREE)
    return O


# keep one copy of the doubled pattern
def solve_7b7f7511(I):
    x1 = portrait(I)
    x2 = tophalf(I)
    x3 = lefthalf(I)
    O = branch(x1, x2, x3)
    return O


# colour the 3 pattern quadrant-wise with the 2x2 key
def solve_7c008303(I):
    x1 = ofcolor(I, THREE)
    x2 = subgrid(x1, I)
    x3 = replace(I, THREE, ZERO)
    x4 = replace(x3, EIGHT, ZERO)
    x5 = asindices(x4)
    x6 = ofcolor(x4, ZERO)
    x7 = difference(x5, x6)
    x8 = subgrid(x7, x4)
    x9 = upscale(x8, THREE)
    x10 = ofcolor(x2, ZERO)
    O = fill(x9, ZERO, x10)
    return O


# corner pixels of the square extend diagonally outwards
def solve_7ddcd7ec(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = argmax(x1, size)
    x4 = lbind(position, x3)
    x5 = fork(shoot, center, x4)
    x6 = mapply(x5, x2)
    x7 = color(x3)
    O = fill(I, x7, x6)
    return O


# remove noise: noise cells inside shapes take the shape colour
def solve_7e0986d6(I):
    x1 = leastcolor(I)
    x2 = replace(I, x1, ZERO)
    x3 = palette(x2)
    x4 = other(x3, ZERO)
    x5 = ofcolor(x2, x4)
    x6 = ofcolor(I, x1)
    x7 = rbind(intersection, x5)
    x8 = chain(size, x7, dneighbors)
    x9 = rbind(greater, ONE)
    x10 = compose(x9, x8)
    x11 = sfilter(x6, x10)
    O = fill(x2, x4, x11)
    return O


# keep only the solid rectangles, drop stray pixels
def solve_7f4411dc(I):
    x1 = mostcolor(I)
    x2 = palette(I)
    x3 = other(x2, x1)
    x4 = canvas(x3, TWO_BY_TWO)
    x5 = asobject(x4)
    x6 = occurrences(I, x5)
    x7 = lbind(shift, x5)
    x8 = mapply(x7, x6)
    x9 = shape(I)
    x10 = canvas(x1, x9)
    O = paint(x10, x8)
    return O


# tile the four rotations clockwise
def solve_7fe24cdd(I):
    x1 = rot90(I)
    x2 = hconcat(I, x1)
    x3 = rot270(I)
    x4 = rot180(I)
    x5 = hconcat(x3, x4)
    O = vconcat(x2, x5)
    return O


# fractal: the block pattern nested in itself
def solve_80af3007(I):
    x1 = ofcolor(I, FIVE)
    x2 = subgrid(x1, I)
    x3 = downscale(x2, THREE)
    x4 = upscale(x3, THREE)
    x5 = hconcat(x3, x3)
    x6 = hconcat(x5, x3)
    x7 = vconcat(x6, x6)
    x8 = vconcat(x7, x6)
    O = cellwise(x4, x8, ZERO)
    return O


# closed rectangular outlines turn green
def solve_810b9b61(I):
    x1 = objects(I, T, T, T)
    x2 = fork(equality, toindices, box)
    x3 = compose(size, delta)
    x4 = fork(both, x2, x3)
    x5 = mfilter(x1, x4)
    O = fill(I, THREE, x5)
    return O


# continue each partial row with the full row's pattern in its own colours
def solve_82819916(I):
    x1 = objects(I, F, F, T)
    x2 = argmax(x1, size)
    x3 = remove(x2, x1)
    x4 = uppermost(x2)
    x5 = ulcorner(x2)
    x6 = index(I, x5)
    x7 = toindices(x2)
    x8 = ofcolor(I, x6)
    x9 = intersection(x7, x8)
    x10 = difference(x7, x9)
    x11 = rbind(subtract, x4)
    x12 = chain(toivec, x11, uppermost)
    x13 = lbind(index, I)
    x14 = compose(x13, ulcorner)
    x15 = fork(other, palette, x14)
    x16 = lbind(shift, x9)
    x17 = compose(x16, x12)
    x18 = lbind(shift, x10)
    x19 = compose(x18, x12)
    x20 = fork(recolor, x14, x17)
    x21 = fork(recolor, x15, x19)
    x22 = fork(combine, x20, x21)
    x23 = mapply(x22, x3)
    O = paint(I, x23)
    return O


# the pixel drops one row; columns of its parity above it get 4
def solve_834ec97d(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = move(I, x2, DOWN)
    x4 = ulcorner(x2)
    x5 = first(x4)
    x6 = last(x4)
    x7 = halve(x6)
    x8 = double(x7)
    x9 = subtract(x6, x8)
    x10 = width(I)
    x11 = interval(x9, x10, TWO)
    x12 = increment(x5)
    x13 = interval(ZERO, x12, ONE)
    x14 = product(x13, x11)
    O = fill(x3, FOUR, x14)
    return O


# from the bottom pixel, vertical lines every other column joined by 5s
def solve_8403a5d5(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = color(x2)
    x4 = leftmost(x2)
    x5 = width(I)
    x6 = interval(x4, x5, TWO)
    x7 = apply(tojvec, x6)
    x8 = mapply(vfrontier, x7)
    x9 = fill(I, x3, x8)
    x10 = increment(x4)
    x11 = interval(x10, x5, FOUR)
    x12 = apply(tojvec, x11)
    x13 = add(x4, THREE)
    x14 = interval(x13, x5, FOUR)
    x15 = height(I)
    x16 = decrement(x15)
    x17 = lbind(astuple, x16)
    x18 = apply(x17, x14)
    x19 = combine(x12, x18)
    O = fill(x9, FIVE, x19)
    return O
