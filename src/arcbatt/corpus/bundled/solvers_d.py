"""Bundled solver programs (set D) for ARC-AGI-1 training tasks."""

from arcbatt.dsl import *


# every cell not of the dominant colour becomes grey
def solve_9565186b(I):
    x1 = mostcolor(I)
    x2 = shape(I)
    x3 = canvas(x1, x2)
    O = cellwise(I, x3, FIVE)
    return O

# the column of the grey cell in each row decides the colour of the whole row
def solve_a85d4709(I):
    x1 = ofcolor(I, FIVE)
    x2 = vfrontier(ORIGIN)
    x3 = intersection(x1, x2)
    x4 = mapply(hfrontier, x3)
    x5 = vfrontier(RIGHT)
    x6 = intersection(x1, x5)
    x7 = mapply(hfrontier, x6)
    x8 = tojvec(TWO)
    x9 = vfrontier(x8)
    x10 = intersection(x1, x9)
    x11 = mapply(hfrontier, x10)
    x12 = fill(I, TWO, x4)
    x13 = fill(x12, FOUR, x7)
    O = fill(x13, THREE, x11)
    return O

# four quadrants, output the odd one out
def solve_88a62173(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = lefthalf(x1)
    x4 = righthalf(x1)
    x5 = lefthalf(x2)
    x6 = righthalf(x2)
    x7 = astuple(x3, x4)
    x8 = astuple(x5, x6)
    x9 = combine(x7, x8)
    O = leastcommon(x9)
    return O

# a red cell is replaced by four coloured diagonal neighbours
def solve_a9f96cdd(I):
    x1 = ofcolor(I, TWO)
    x2 = shift(x1, NEG_UNITY)
    x3 = shift(x1, UP_RIGHT)
    x4 = shift(x1, DOWN_LEFT)
    x5 = shift(x1, UNITY)
    x6 = replace(I, TWO, ZERO)
    x7 = fill(x6, THREE, x2)
    x8 = fill(x7, SIX, x3)
    x9 = fill(x8, EIGHT, x4)
    O = fill(x9, SEVEN, x5)
    return O

# repeat the grid twice side by side
def solve_a416b8f3(I):
    O = hconcat(I, I)
    return O

# append the vertical mirror image below
def solve_8be77c9e(I):
    x1 = hmirror(I)
    O = vconcat(I, x1)
    return O

# move the azure shape down one row and paint it red
def solve_a79310a0(I):
    x1 = ofcolor(I, EIGHT)
    x2 = shift(x1, DOWN)
    x3 = replace(I, EIGHT, ZERO)
    O = fill(x3, TWO, x2)
    return O

# transpose the grid along its main diagonal
def solve_9dfd6313(I):
    O = dmirror(I)
    return O

# crop the drawing off the blue background, blue becomes black
def solve_a740d043(I):
    x1 = replace(I, ONE, ZERO)
    x2 = objects(x1, F, T, T)
    x3 = merge(x2)
    O = subgrid(x3, x1)
    return O

# fill the two empty panels with the first panel rotated by 90 and 180 degrees
def solve_8e5a5113(I):
    x1 = crop(I, ORIGIN, THREE_BY_THREE)
    x2 = rot90(x1)
    x3 = rot180(x1)
    x4 = asobject(x2)
    x5 = asobject(x3)
    x6 = tojvec(FOUR)
    x7 = tojvec(EIGHT)
    x8 = shift(x4, x6)
    x9 = shift(x5, x7)
    x10 = paint(I, x8)
    O = paint(x10, x9)
    return O

# histogram of colour counts, columns sorted by decreasing count
def solve_9af7a82c(I):
    x1 = partition(I)
    x2 = compose(invert, size)
    x3 = order(x1, x2)
    x4 = valmax(x1, size)
    x5 = fork(repeat, color, size)
    x6 = lbind(subtract, x4)
    x7 = compose(x6, size)
    x8 = lbind(repeat, ZERO)
    x9 = compose(x8, x7)
    x10 = fork(combine, x5, x9)
    x11 = apply(x10, x3)
    O = dmirror(x11)
    return O

# mirror the small grid into a 2-wide strip and stack it three times with flips
def solve_8d5021e8(I):
    x1 = vmirror(I)
    x2 = hconcat(x1, I)
    x3 = hmirror(x2)
    x4 = vconcat(x3, x2)
    O = vconcat(x4, x3)
    return O

# recolour the shape with the colour of the corner marker and drop the marker
def solve_aabf363d(I):
    x1 = leastcolor(I)
    x2 = replace(I, x1, ZERO)
    x3 = leastcolor(x2)
    O = replace(x2, x3, x1)
    return O

# 2x2 block: each diagonal corner gets a 2x2 patch of the opposite cell's colour
def solve_93b581b8(I):
    x1 = asindices(I)
    x2 = ofcolor(I, ZERO)
    x3 = difference(x1, x2)
    x4 = ulcorner(x3)
    x5 = index(I, x4)
    x6 = urcorner(x3)
    x7 = index(I, x6)
    x8 = llcorner(x3)
    x9 = index(I, x8)
    x10 = lrcorner(x3)
    x11 = index(I, x10)
    x12 = invert(TWO_BY_TWO)
    x13 = astuple(NEG_TWO, TWO)
    x14 = astuple(TWO, NEG_TWO)
    x15 = shift(x3, x12)
    x16 = shift(x3, x13)
    x17 = shift(x3, x14)
    x18 = shift(x3, TWO_BY_TWO)
    x19 = fill(I, x11, x15)
    x20 = fill(x19, x9, x16)
    x21 = fill(x20, x7, x17)
    O = fill(x21, x5, x18)
    return O

# NOR of the two halves marked in red
def solve_94f9d214(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = replace(x1, THREE, ZERO)
    O = fill(x6, TWO, x5)
    return O

# output the panel whose shape differs from all the others
def solve_a87f7484(I):
    x1 = portrait(I)
    x2 = height(I)
    x3 = width(I)
    x4 = branch(x1, x2, x3)
    x5 = divide(x4, THREE)
    x6 = branch(x1, vsplit, hsplit)
    x7 = x6(I, x5)
    x8 = rbind(ofcolor, ZERO)
    x9 = apply(x8, x7)
    x10 = leastcommon(x9)
    x11 = matcher(x8, x10)
    O = extract(x7, x11)
    return O

# each panel's hole shape names a colour, one row per panel
def solve_995c5fa3(I):
    x1 = hsplit(I, THREE)
    x2 = rbind(index, DOWN)
    x3 = matcher(x2, ZERO)
    x4 = astuple(THREE, ONE)
    x5 = rbind(index, x4)
    x6 = matcher(x5, ZERO)
    x7 = rbind(index, UNITY)
    x8 = matcher(x7, ZERO)
    x9 = compose(double, x6)
    x10 = fork(add, x3, x9)
    x11 = rbind(multiply, SIX)
    x12 = compose(x11, x8)
    x13 = fork(add, x10, x12)
    x14 = rbind(add, TWO)
    x15 = compose(x14, x13)
    x16 = apply(x15, x1)
    x17 = rbind(repeat, THREE)
    O = apply(x17, x16)
    return O

# scale the grid up by three
def solve_9172f3a0(I):
    O = upscale(I, THREE)
    return O

# a ray from the bottom-left corner bouncing between the side walls
def solve_a3df8b1e(I):
    x1 = width(I)
    x2 = astuple(x1, x1)
    x3 = canvas(ZERO, x2)
    x4 = shoot(ORIGIN, UNITY)
    x5 = fill(x3, ONE, x4)
    x6 = hmirror(x5)
    x7 = decrement(x1)
    x8 = astuple(x7, x1)
    x9 = crop(x5, ORIGIN, x8)
    x10 = crop(x6, ORIGIN, x8)
    x11 = vconcat(x9, x10)
    x12 = fork(vconcat, identity, identity)
    x13 = power(x12, FOUR)
    x14 = x13(x11)
    x15 = shape(I)
    x16 = crop(x14, ORIGIN, x15)
    O = hmirror(x16)
    return O

# XOR of the two halves in green
def solve_99b1bc43(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = combine(x3, x4)
    x6 = intersection(x3, x4)
    x7 = difference(x5, x6)
    x8 = shape(x1)
    x9 = canvas(ZERO, x8)
    O = fill(x9, THREE, x7)
    return O

# each cell draws a line right then down the right edge, lower lines win
def solve_99fa7670(I):
    x1 = objects(I, T, F, T)
    x2 = order(x1, uppermost)
    x3 = width(I)
    x4 = decrement(x3)
    x5 = rbind(astuple, x4)
    x6 = compose(x5, uppermost)
    x7 = rbind(shoot, DOWN)
    x8 = compose(x7, x6)
    x9 = rbind(shoot, RIGHT)
    x10 = compose(x9, ulcorner)
    x11 = fork(combine, x10, x8)
    x12 = fork(recolor, color, x11)
    x13 = apply(x12, x2)
    x14 = merge(x13)
    O = paint(I, x14)
    return O

# continue the horizontally periodic rows to double the width
def solve_963e52fc(I):
    x1 = asobject(I)
    x2 = hperiod(x1)
    x3 = height(I)
    x4 = astuple(x3, x2)
    x5 = crop(I, ORIGIN, x4)
    x6 = fork(hconcat, identity, identity)
    x7 = power(x6, FOUR)
    x8 = x7(x5)
    x9 = width(I)
    x10 = double(x9)
    x11 = astuple(x3, x10)
    O = crop(x8, ORIGIN, x11)
    return O

# keep the tallest bar in blue and the shortest in red
def solve_a61f2674(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = replace(I, FIVE, ZERO)
    x5 = fill(x4, ONE, x2)
    O = fill(x5, TWO, x3)
    return O

# every second cell along each diagonal line turns yellow
def solve_a5f85a15(I):
    x1 = objects(I, T, T, T)
    x2 = compose(flip, even)
    x3 = compose(first, last)
    x4 = lbind(rbind, subtract)
    x5 = rbind(compose, x3)
    x6 = compose(x5, x4)
    x7 = lbind(compose, x2)
    x8 = compose(x7, x6)
    x9 = compose(x8, uppermost)
    x10 = fork(sfilter, identity, x9)
    x11 = mapply(x10, x1)
    O = fill(I, FOUR, x11)
    return O

# staircase: longer green rows above the red bar, shorter blue rows below
def solve_a65b410d(I):
    x1 = ofcolor(I, TWO)
    x2 = urcorner(x1)
    x3 = shoot(x2, UP_RIGHT)
    x4 = shoot(x2, DOWN_LEFT)
    x5 = rbind(shoot, LEFT)
    x6 = mapply(x5, x3)
    x7 = mapply(x5, x4)
    x8 = underfill(I, THREE, x6)
    O = underfill(x8, ONE, x7)
    return O

# assemble the four corner pieces into a 4x4 square by their missing cell
def solve_a61ba2ce(I):
    x1 = objects(I, T, F, T)
    x2 = chain(first, delta, normalize)
    x3 = lbind(subtract, UNITY)
    x4 = chain(double, x3, x2)
    x5 = fork(shift, normalize, x4)
    x6 = mapply(x5, x1)
    x7 = astuple(FOUR, FOUR)
    x8 = canvas(ZERO, x7)
    O = paint(x8, x6)
    return O

# fill the black areas enclosed by the red walls with blue
def solve_a5313dff(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    O = fill(I, ONE, x5)
    return O

# a gap between two blue cells in a row becomes red
def solve_a699fb00(I):
    x1 = ofcolor(I, ONE)
    x2 = shift(x1, RIGHT)
    x3 = shift(x1, LEFT)
    x4 = intersection(x2, x3)
    O = underfill(I, TWO, x4)
    return O

# each cell shoots right alternating its colour with grey
def solve_97999447(I):
    x1 = objects(I, T, F, T)
    x2 = canvas(FIVE, UNITY)
    x3 = rbind(hconcat, x2)
    x4 = rbind(canvas, UNITY)
    x5 = chain(x3, x4, color)
    x6 = fork(hconcat, identity, identity)
    x7 = power(x6, FIVE)
    x8 = chain(asobject, x7, x5)
    x9 = fork(shift, x8, ulcorner)
    x10 = mapply(x9, x1)
    O = paint(I, x10)
    return O

# copy the shape so that its centre lands on the grey marker
def solve_88a10436(I):
    x1 = ofcolor(I, FIVE)
    x2 = first(x1)
    x3 = replace(I, FIVE, ZERO)
    x4 = objects(x3, F, T, T)
    x5 = first(x4)
    x6 = center(x5)
    x7 = subtract(x2, x6)
    x8 = shift(x5, x7)
    O = paint(x3, x8)
    return O

# move the red shape into the frame marked by the four green corners
def solve_a1570a43(I):
    x1 = ofcolor(I, TWO)
    x2 = ofcolor(I, THREE)
    x3 = ulcorner(x2)
    x4 = increment(x3)
    x5 = ulcorner(x1)
    x6 = subtract(x4, x5)
    x7 = shift(x1, x6)
    x8 = cover(I, x1)
    O = fill(x8, TWO, x7)
    return O

# red cells extend to the grey wall, blue cells extend away from it
def solve_8d510a79(I):
    x1 = ofcolor(I, FIVE)
    x2 = uppermost(x1)
    x3 = lbind(astuple, x2)
    x4 = compose(x3, last)
    x5 = fork(connect, identity, x4)
    x6 = ofcolor(I, TWO)
    x7 = mapply(x5, x6)
    x8 = underfill(I, TWO, x7)
    x9 = fork(subtract, identity, x4)
    x10 = compose(sign, x9)
    x11 = fork(shoot, identity, x10)
    x12 = ofcolor(I, ONE)
    x13 = mapply(x11, x12)
    O = underfill(x8, ONE, x13)
    return O

# grey cells move to the nearest cell around the red square
def solve_a48eeaf7(I):
    x1 = ofcolor(I, TWO)
    x2 = outbox(x1)
    x3 = objects(I, T, F, T)
    x4 = colorfilter(x3, FIVE)
    x5 = lbind(rbind, manhattan)
    x6 = rbind(compose, initset)
    x7 = compose(x6, x5)
    x8 = lbind(argmin, x2)
    x9 = compose(x8, x7)
    x10 = apply(x9, x4)
    x11 = replace(I, FIVE, ZERO)
    O = fill(x11, FIVE, x10)
    return O

# fractal: place the 3x3 shape in every block matching one of its own cells
def solve_8f2ea7aa(I):
    x1 = objects(I, T, T, T)
    x2 = merge(x1)
    x3 = subgrid(x2, I)
    x4 = upscale(x3, THREE)
    x5 = hconcat(x3, x3)
    x6 = hconcat(x5, x3)
    x7 = vconcat(x6, x6)
    x8 = vconcat(x7, x6)
    O = cellwise(x4, x8, ZERO)
    return O
