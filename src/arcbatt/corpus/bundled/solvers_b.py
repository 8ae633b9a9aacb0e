"""Bundled solver programs (set b) for ARC-AGI-1 training tasks, hand-written."""

from arcbatt.dsl import *


# rotate the grid by half a turn
def solve_3c9b0459(I):
    O = rot180(I)
    return O

# mirror the grid into a 2x2 symmetric tiling
def solve_3af2c5a8(I):
    x1 = vmirror(I)
    x2 = hconcat(I, x1)
    x3 = hmirror(x2)
    O = vconcat(x2, x3)
    return O

# stack the flipped grid above the original
def solve_4c4377d9(I):
    x1 = hmirror(I)
    O = vconcat(x1, I)
    return O

# output 1 if the grid is left-right symmetric, else 7
def solve_44f52bb0(I):
    x1 = vmirror(I)
    x2 = equality(x1, I)
    x3 = branch(x2, ONE, SEVEN)
    O = canvas(x3, UNITY)
    return O

# tile the four rotations of the grid
def solve_46442a0e(I):
    x1 = rot90(I)
    x2 = hconcat(I, x1)
    x3 = rot180(I)
    x4 = rot270(I)
    x5 = hconcat(x4, x3)
    O = vconcat(x2, x5)
    return O

# surround every grey pixel by a ring of blue
def solve_4258a5f9(I):
    x1 = ofcolor(I, FIVE)
    x2 = mapply(neighbors, x1)
    O = underfill(I, ONE, x2)
    return O

# fill the grid with its most frequent colour
def solve_5582e5ca(I):
    x1 = mostcolor(I)
    x2 = shape(I)
    O = canvas(x1, x2)
    return O

# complete each L-shaped tromino to a square with blue
def solve_3aa6fb7a(I):
    x1 = objects(I, T, F, T)
    x2 = mapply(delta, x1)
    O = fill(I, ONE, x2)
    return O

# list the colour stripes in order, along the stripe direction
def solve_4be741c5(I):
    x1 = first(I)
    x2 = dedupe(x1)
    x3 = dmirror(I)
    x4 = first(x3)
    x5 = dedupe(x4)
    x6 = size(x2)
    x7 = size(x5)
    x8 = greater(x6, x7)
    x9 = repeat(x2, ONE)
    x10 = repeat(x5, ONE)
    x11 = dmirror(x10)
    O = branch(x8, x9, x11)
    return O

# paint the interior of every solid rectangle light blue
def solve_50cb2852(I):
    x1 = objects(I, T, F, T)
    x2 = compose(backdrop, inbox)
    x3 = mapply(x2, x1)
    O = fill(I, EIGHT, x3)
    return O

# hollow out every solid rectangle
def solve_4347f46a(I):
    x1 = objects(I, T, F, T)
    x2 = compose(backdrop, inbox)
    x3 = mapply(x2, x1)
    O = fill(I, ZERO, x3)
    return O

# remove grey noise and shrink 3x3 blocks to single cells
def solve_5614dbcf(I):
    x1 = replace(I, FIVE, ZERO)
    O = downscale(x1, THREE)
    return O

# delete pixels that touch no other pixel, even diagonally
def solve_42a50994(I):
    x1 = objects(I, T, T, T)
    x2 = sizefilter(x1, ONE)
    x3 = merge(x2)
    O = cover(I, x3)
    return O

# 2x2 block of the colour of the outline with the largest bounding box
def solve_445eab21(I):
    x1 = objects(I, T, F, T)
    x2 = compose(size, backdrop)
    x3 = argmax(x1, x2)
    x4 = color(x3)
    O = canvas(x4, TWO_BY_TWO)
    return O

# xor of the two halves separated by the yellow line, in green
def solve_3428a4f5(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = cellwise(x1, x2, THREE)
    O = replace(x3, TWO, ZERO)
    return O

# crop the shape marked by a grey pixel above it
def solve_48d8fb45(I):
    x1 = objects(I, F, T, T)
    x2 = lbind(contained, FIVE)
    x3 = compose(x2, palette)
    x4 = extract(x1, x3)
    x5 = mostcolor(x4)
    x6 = matcher(first, x5)
    x7 = sfilter(x4, x6)
    O = subgrid(x7, I)
    return O

# the corner block becomes two diagonal 4x4 squares
def solve_4522001f(I):
    x1 = asindices(I)
    x2 = corners(x1)
    x3 = ofcolor(I, THREE)
    x4 = intersection(x2, x3)
    x5 = ofcolor(I, TWO)
    x6 = combine(x4, x5)
    x7 = canvas(ZERO, THREE_BY_THREE)
    x8 = fill(x7, THREE, x6)
    x9 = upscale(x8, FOUR)
    x10 = first(x4)
    x11 = multiply(x10, THREE)
    x12 = halve(x11)
    x13 = multiply(THREE_BY_THREE, THREE)
    O = crop(x9, x12, x13)
    return O

# mirror the top rows onto the bottom
def solve_496994bd(I):
    x1 = tophalf(I)
    x2 = hmirror(x1)
    O = vconcat(x1, x2)
    return O

# extend every border cell outward by one, leaving empty corners
def solve_49d1d64f(I):
    x1 = asobject(I)
    x2 = shape(I)
    x3 = add(x2, TWO)
    x4 = canvas(ZERO, x3)
    x5 = shift(x1, DOWN)
    x6 = paint(x4, x5)
    x7 = shift(x1, RIGHT)
    x8 = paint(x6, x7)
    x9 = add(DOWN, ZERO_BY_TWO)
    x10 = shift(x1, x9)
    x11 = paint(x8, x10)
    x12 = add(RIGHT, TWO_BY_ZERO)
    x13 = shift(x1, x12)
    x14 = paint(x11, x13)
    x15 = shift(x1, UNITY)
    O = paint(x14, x15)
    return O

# draw a red anti-diagonal and a yellow bottom row next to the left wall
def solve_3bd67248(I):
    x1 = height(I)
    x2 = decrement(x1)
    x3 = astuple(x2, ONE)
    x4 = shoot(x3, RIGHT)
    x5 = fill(I, FOUR, x4)
    x6 = decrement(x2)
    x7 = astuple(x6, ONE)
    x8 = shoot(x7, UP_RIGHT)
    O = fill(x5, TWO, x8)
    return O

# fill each 3x3 cell around a centre pixel with that colour plus five
def solve_54d9e175(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = rbind(add, FIVE)
    x4 = compose(x3, color)
    x5 = compose(backdrop, outbox)
    x6 = fork(recolor, x4, x5)
    x7 = mapply(x6, x2)
    O = paint(I, x7)
    return O

# push each red column upward into the gap of the blue block above
def solve_3906de3d(I):
    x1 = ofcolor(I, TWO)
    x2 = ofcolor(I, ONE)
    x3 = apply(vfrontier, x1)
    x4 = lbind(intersection, x1)
    x5 = lbind(intersection, x2)
    x6 = fork(gravitate, x4, x5)
    x7 = fork(shift, x4, x6)
    x8 = mapply(x7, x3)
    x9 = fill(I, ZERO, x1)
    O = fill(x9, TWO, x8)
    return O

# lift every block upward by its own height
def solve_5521c0d9(I):
    x1 = objects(I, T, F, T)
    x2 = chain(toivec, invert, height)
    x3 = fork(shift, identity, x2)
    x4 = mapply(x3, x1)
    x5 = merge(x1)
    x6 = cover(I, x5)
    O = paint(x6, x4)
    return O

# two same-coloured pixels span a filled rectangle
def solve_56ff96f3(I):
    x1 = fgpartition(I)
    x2 = fork(recolor, color, backdrop)
    x3 = mapply(x2, x1)
    O = paint(I, x3)
    return O

# fill the enclosed holes that are squares with red
def solve_44d8ac46(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = sfilter(x2, x4)
    x6 = sfilter(x5, square)
    x7 = merge(x6)
    O = fill(I, TWO, x7)
    return O

# join same-coloured pixel pairs, vertical lines drawn over horizontal ones
def solve_40853293(I):
    x1 = fgpartition(I)
    x2 = fork(connect, ulcorner, lrcorner)
    x3 = fork(recolor, color, x2)
    x4 = apply(x3, x1)
    x5 = sfilter(x4, hline)
    x6 = sfilter(x4, vline)
    x7 = merge(x5)
    x8 = paint(I, x7)
    x9 = merge(x6)
    O = paint(x8, x9)
    return O

# keep only the pixel of the unique colour, framed in red
def solve_31aa019c(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = first(x2)
    x4 = neighbors(x3)
    x5 = shape(I)
    x6 = canvas(ZERO, x5)
    x7 = fill(x6, TWO, x4)
    O = fill(x7, x1, x2)
    return O

# output the shape that occurs most often
def solve_39a8645d(I):
    x1 = objects(I, T, T, T)
    x2 = totuple(x1)
    x3 = apply(normalize, x2)
    x4 = mostcommon(x3)
    x5 = shape(x4)
    x6 = canvas(ZERO, x5)
    O = paint(x6, x4)
    return O

# crop the shape with a light blue centre and give the centre the shape's colour
def solve_5117e062(I):
    x1 = objects(I, F, T, T)
    x2 = lbind(contained, EIGHT)
    x3 = compose(x2, palette)
    x4 = extract(x1, x3)
    x5 = subgrid(x4, I)
    x6 = mostcolor(x4)
    O = replace(x5, EIGHT, x6)
    return O

# crop the frame spanned by the two grey columns and their light blue caps
def solve_3f7978a0(I):
    x1 = ofcolor(I, FIVE)
    x2 = ulcorner(x1)
    x3 = subtract(x2, DOWN)
    x4 = shape(x1)
    x5 = add(x4, TWO_BY_ZERO)
    O = crop(I, x3, x5)
    return O

# mark the bottom row below the middle of every cup with yellow
def solve_54d82841(I):
    x1 = objects(I, T, F, T)
    x2 = apply(center, x1)
    x3 = mapply(vfrontier, x2)
    x4 = height(I)
    x5 = decrement(x4)
    x6 = toivec(x5)
    x7 = hfrontier(x6)
    x8 = intersection(x3, x7)
    O = fill(I, FOUR, x8)
    return O

# blue pixels drop two rows into the grey floor
def solve_3618c87e(I):
    x1 = ofcolor(I, ONE)
    x2 = shift(x1, TWO_BY_ZERO)
    x3 = fill(I, ZERO, x1)
    O = fill(x3, ONE, x2)
    return O

# punch every second cell out of the middle row of each bar
def solve_3bdb4ada(I):
    x1 = objects(I, T, F, T)
    x2 = chain(initset, increment, uppermost)
    x3 = compose(increment, leftmost)
    x4 = rbind(interval, TWO)
    x5 = fork(x4, x3, rightmost)
    x6 = fork(product, x2, x5)
    x7 = mapply(x6, x1)
    O = fill(I, ZERO, x7)
    return O

# crop inside the four corner markers and paint the shape in the marker colour
def solve_3de23699(I):
    x1 = fgpartition(I)
    x2 = argmin(x1, size)
    x3 = argmax(x1, size)
    x4 = subgrid(x2, I)
    x5 = trim(x4)
    x6 = color(x2)
    x7 = color(x3)
    O = replace(x5, x7, x6)
    return O

# swap frame and core colours and grow arms as long as the core is wide
def solve_3befdf3e(I):
    x1 = objects(I, F, F, T)
    x2 = rbind(subtract, TWO)
    x3 = compose(x2, width)
    x4 = compose(toivec, x3)
    x5 = compose(tojvec, x3)
    x6 = compose(invert, x4)
    x7 = compose(invert, x5)
    x8 = fork(shift, backdrop, x4)
    x9 = fork(shift, backdrop, x5)
    x10 = fork(shift, backdrop, x6)
    x11 = fork(shift, backdrop, x7)
    x12 = fork(combine, x8, x9)
    x13 = fork(combine, x10, x11)
    x14 = fork(combine, x12, x13)
    x15 = fork(difference, x14, backdrop)
    x16 = fork(recolor, mostcolor, x15)
    x17 = mapply(x16, x1)
    x18 = first(x1)
    x19 = mostcolor(x18)
    x20 = leastcolor(x18)
    x21 = switch(I, x19, x20)
    O = paint(x21, x17)
    return O
