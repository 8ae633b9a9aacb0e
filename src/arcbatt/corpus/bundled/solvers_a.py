"""Bundled solver programs (set A) for ARC-AGI-1 training tasks, written for arcbatt."""

from arcbatt.dsl import *


# each non-zero cell of the 3x3 input is replaced by a copy of the input
def solve_007bbfb7(I):
    x1 = upscale(I, THREE)
    x2 = hconcat(I, I)
    x3 = hconcat(x2, I)
    x4 = vconcat(x3, x3)
    x5 = vconcat(x4, x3)
    O = cellwise(x1, x5, ZERO)
    return O

# fill background regions that do not touch the border with yellow
def solve_00d62c1b(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    O = fill(I, FOUR, x5)
    return O

# extend the vertically periodic pattern to nine rows and recolour it red
def solve_017c7c7b(I):
    x1 = asobject(I)
    x2 = vperiod(x1)
    x3 = toivec(x2)
    x4 = shift(x1, x3)
    x5 = double(x3)
    x6 = shift(x1, x5)
    x7 = astuple(NINE, THREE)
    x8 = canvas(ZERO, x7)
    x9 = paint(x8, x1)
    x10 = paint(x9, x4)
    x11 = paint(x10, x6)
    O = replace(x11, ONE, TWO)
    return O

# shear each shape: cells off its bottom row and right column move one step right
def solve_025d127b(I):
    x1 = objects(I, T, T, T)
    x2 = compose(vfrontier, urcorner)
    x3 = compose(hfrontier, llcorner)
    x4 = fork(combine, x2, x3)
    x5 = fork(difference, toindices, x4)
    x6 = mapply(x5, x1)
    x7 = toobject(x6, I)
    x8 = cover(I, x6)
    x9 = shift(x7, RIGHT)
    O = paint(x8, x9)
    return O

# mark in red where both halves beside the divider are blue
def solve_0520fde7(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, ZERO)
    O = replace(x3, ONE, TWO)
    return O

# slide the red shape until it touches the azure square
def solve_05f2a901(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = first(x2)
    x4 = colorfilter(x1, EIGHT)
    x5 = first(x4)
    x6 = gravitate(x3, x5)
    O = move(I, x3, x6)
    return O

# colour the grey bars by height rank: tallest blue, then red, green, yellow
def solve_08ed6ac7(I):
    x1 = objects(I, T, F, T)
    x2 = order(x1, size)
    x3 = interval(FOUR, ZERO, NEG_ONE)
    x4 = mpapply(recolor, x3, x2)
    O = paint(I, x4)
    return O

# crop the quadrant drawn in the rarest colour
def solve_0b148d64(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    O = subgrid(x2, I)
    return O

# yellow at the diagonal neighbours of red cells, orange at the side neighbours of blue cells
def solve_0ca9ddb6(I):
    x1 = ofcolor(I, TWO)
    x2 = mapply(ineighbors, x1)
    x3 = ofcolor(I, ONE)
    x4 = mapply(dneighbors, x3)
    x5 = underfill(I, FOUR, x2)
    O = underfill(x5, SEVEN, x4)
    return O

# fixed colour substitution: swap 3/4, 1/5, 2/6 and 8/9
def solve_0d3d703e(I):
    x1 = switch(I, THREE, FOUR)
    x2 = switch(x1, ONE, FIVE)
    x3 = switch(x2, TWO, SIX)
    O = switch(x3, EIGHT, NINE)
    return O

# azure where both halves beside the divider are empty
def solve_1b2d62fb(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, NINE)
    x4 = switch(x3, ZERO, NINE)
    O = replace(x4, NINE, EIGHT)
    return O

# crop the single shape
def solve_1cf80156(I):
    x1 = objects(I, T, T, T)
    x2 = first(x1)
    O = subgrid(x2, I)
    return O

# crop the largest shape out of the noise
def solve_1f85a75f(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O

# output the upper-left quarter of the rotationally symmetric figure
def solve_2013d3e2(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, size)
    x3 = subgrid(x2, I)
    O = crop(x3, ORIGIN, THREE_BY_THREE)
    return O

# join the row ends that have equal colours with a full line
def solve_22eb0ac0(I):
    x1 = vmirror(I)
    x2 = cellwise(I, x1, ZERO)
    x3 = objects(x2, T, F, T)
    x4 = compose(hfrontier, center)
    x5 = fork(recolor, color, x4)
    x6 = mapply(x5, x3)
    O = paint(I, x6)
    return O

# crop the smallest rectangle
def solve_23b5c85d(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    O = subgrid(x2, I)
    return O

# move the shape one row down
def solve_25ff71a9(I):
    x1 = fgpartition(I)
    x2 = merge(x1)
    O = move(I, x2, DOWN)
    return O

# crop the shape and put two copies side by side
def solve_28bf18c6(I):
    x1 = objects(I, T, T, T)
    x2 = first(x1)
    x3 = subgrid(x2, I)
    O = hconcat(x3, x3)
    return O

# the input is one tile repeated three times across: keep one tile
def solve_2dee498d(I):
    x1 = hsplit(I, THREE)
    O = first(x1)
    return O

# of the four panels cut by the cross, keep the one holding the odd cell
def solve_2dc579da(I):
    x1 = vsplit(I, TWO)
    x2 = rbind(hsplit, TWO)
    x3 = apply(x2, x1)
    x4 = merge(x3)
    O = argmax(x4, numcolors)
    return O

# count the cells cut out by the grid lines: a blank grid of that many rows and columns
def solve_1190e5a7(I):
    x1 = frontiers(I)
    x2 = sfilter(x1, hline)
    x3 = size(x2)
    x4 = increment(x3)
    x5 = sfilter(x1, vline)
    x6 = size(x5)
    x7 = increment(x6)
    x8 = astuple(x4, x7)
    x9 = mostcolor(I)
    O = canvas(x9, x8)
    return O

# the panel with the fewest coloured cells is blown up over the panel grid
def solve_09629e4f(I):
    x1 = vsplit(I, THREE)
    x2 = rbind(hsplit, THREE)
    x3 = apply(x2, x1)
    x4 = merge(x3)
    x5 = rbind(colorcount, ZERO)
    x6 = argmax(x4, x5)
    x7 = upscale(x6, FOUR)
    x8 = shape(I)
    x9 = crop(x7, ORIGIN, x8)
    x10 = ofcolor(I, FIVE)
    O = fill(x9, FIVE, x10)
    return O

# each small plus grows: longer arms plus diagonals in the centre colour
def solve_0962bcdd(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = mapply(ineighbors, x2)
    x4 = mapply(ineighbors, x3)
    x5 = mapply(dneighbors, x2)
    x6 = mapply(dneighbors, x5)
    x7 = difference(x4, x6)
    x8 = combine(x3, x7)
    x9 = combine(x8, x2)
    x10 = palette(I)
    x11 = remove(ZERO, x10)
    x12 = other(x11, x1)
    x13 = fill(I, x12, x6)
    O = fill(x13, x1, x9)
    return O

# two dots start alternating stripes repeated across the long side
def solve_0a938d79(I):
    x1 = portrait(I)
    x2 = branch(x1, dmirror, identity)
    x3 = x2(I)
    x4 = objects(x3, T, F, T)
    x5 = merge(x4)
    x6 = compose(vfrontier, center)
    x7 = fork(recolor, color, x6)
    x8 = mapply(x7, x4)
    x9 = leftmost(x5)
    x10 = rightmost(x5)
    x11 = subtract(x10, x9)
    x12 = double(x11)
    x13 = width(x3)
    x14 = interval(ZERO, x13, x12)
    x15 = apply(tojvec, x14)
    x16 = lbind(shift, x8)
    x17 = mapply(x16, x15)
    x18 = paint(x3, x17)
    O = x2(x18)
    return O

# repair the holes of a doubly periodic pattern from shifted copies
def solve_0dfd9992(I):
    x1 = asobject(I)
    x2 = ofcolor(I, ZERO)
    x3 = toobject(x2, I)
    x4 = difference(x1, x3)
    x5 = height(I)
    x6 = vsplit(I, x5)
    x7 = lbind(contained, ZERO)
    x8 = compose(x7, palette)
    x9 = compose(flip, x8)
    x10 = extract(x6, x9)
    x11 = asobject(x10)
    x12 = hperiod(x11)
    x13 = dmirror(I)
    x14 = width(I)
    x15 = vsplit(x13, x14)
    x16 = extract(x15, x9)
    x17 = asobject(x16)
    x18 = hperiod(x17)
    x19 = interval(ZERO, x14, x12)
    x20 = apply(invert, x19)
    x21 = combine(x19, x20)
    x22 = interval(ZERO, x5, x18)
    x23 = apply(invert, x22)
    x24 = combine(x22, x23)
    x25 = product(x24, x21)
    x26 = lbind(shift, x4)
    x27 = mapply(x26, x25)
    O = paint(I, x27)
    return O

# each dot draws a frame half with a line through its row
def solve_1bfc4729(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = hmirror(x2)
    x4 = asindices(x1)
    x5 = hfrontier(ORIGIN)
    x6 = vfrontier(ORIGIN)
    x7 = urcorner(x4)
    x8 = vfrontier(x7)
    x9 = combine(x5, x6)
    x10 = combine(x9, x8)
    x11 = leastcolor(x1)
    x12 = ofcolor(x1, x11)
    x13 = mapply(hfrontier, x12)
    x14 = combine(x10, x13)
    x15 = fill(x1, x11, x14)
    x16 = leastcolor(x3)
    x17 = ofcolor(x3, x16)
    x18 = mapply(hfrontier, x17)
    x19 = combine(x10, x18)
    x20 = fill(x3, x16, x19)
    x21 = hmirror(x20)
    O = vconcat(x15, x21)
    return O

# output the inside of the rectangular frame
def solve_1c786137(I):
    x1 = objects(I, T, F, F)
    x2 = argmax(x1, size)
    x3 = subgrid(x2, I)
    O = trim(x3)
    return O

# align every shape vertically with the blue one
def solve_1caeab9d(I):
    x1 = objects(I, T, T, T)
    x2 = colorfilter(x1, ONE)
    x3 = first(x2)
    x4 = uppermost(x3)
    x5 = lbind(subtract, x4)
    x6 = chain(toivec, x5, uppermost)
    x7 = fork(shift, identity, x6)
    x8 = mapply(x7, x1)
    x9 = merge(x1)
    x10 = cover(I, x9)
    O = paint(x10, x8)
    return O

# join each pair of same-coloured dots with a diagonal line
def solve_1f876c06(I):
    x1 = fgpartition(I)
    x2 = compose(first, toindices)
    x3 = compose(last, toindices)
    x4 = fork(connect, x2, x3)
    x5 = fork(recolor, color, x4)
    x6 = mapply(x5, x1)
    O = paint(I, x6)
    return O

# count the blue 2x2 squares as a row of blue cells out of five
def solve_1fad071e(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, ONE)
    x3 = sizefilter(x2, FOUR)
    x4 = size(x3)
    x5 = astuple(ONE, x4)
    x6 = canvas(ONE, x5)
    x7 = subtract(FIVE, x4)
    x8 = astuple(ONE, x7)
    x9 = canvas(ZERO, x8)
    O = hconcat(x6, x9)
    return O

# each green dot takes the colour of the nearer border line
def solve_2204b7a8(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, THREE)
    x3 = difference(x1, x2)
    x4 = lbind(argmin, x3)
    x5 = lbind(lbind, manhattan)
    x6 = chain(color, x4, x5)
    x7 = fork(recolor, x6, identity)
    x8 = mapply(x7, x2)
    O = paint(I, x8)
    return O

# fill each V-shaped cup between its arms
def solve_22168020(I):
    x1 = objects(I, T, T, T)
    x2 = lbind(prapply, connect)
    x3 = fork(x2, toindices, toindices)
    x4 = compose(merge, x3)
    x5 = fork(recolor, color, x4)
    x6 = mapply(x5, x1)
    O = paint(I, x6)
    return O

# rows of a single colour become grey, all else black
def solve_25d8a9c8(I):
    x1 = frontiers(I)
    x2 = sfilter(x1, hline)
    x3 = merge(x2)
    x4 = shape(I)
    x5 = canvas(ZERO, x4)
    O = fill(x5, FIVE, x3)
    return O

# red where a row marked on the right edge crosses a column marked on the top edge
def solve_2281f1f4(I):
    x1 = ofcolor(I, FIVE)
    x2 = hfrontier(ORIGIN)
    x3 = intersection(x1, x2)
    x4 = asindices(I)
    x5 = urcorner(x4)
    x6 = vfrontier(x5)
    x7 = intersection(x1, x6)
    x8 = mapply(vfrontier, x3)
    x9 = mapply(hfrontier, x7)
    x10 = intersection(x8, x9)
    O = underfill(I, TWO, x10)
    return O

# dots on both row ends grow towards the middle, which turns grey
def solve_29c11459(I):
    x1 = objects(I, T, F, T)
    x2 = width(I)
    x3 = halve(x2)
    x4 = rbind(astuple, x3)
    x5 = compose(x4, uppermost)
    x6 = fork(connect, center, x5)
    x7 = fork(recolor, color, x6)
    x8 = mapply(x7, x1)
    x9 = paint(I, x8)
    x10 = apply(x5, x1)
    O = fill(x9, FIVE, x10)
    return O

# red dots draw columns, then blue and green dots draw rows over them
def solve_178fcbfb(I):
    x1 = ofcolor(I, TWO)
    x2 = mapply(vfrontier, x1)
    x3 = fill(I, TWO, x2)
    x4 = ofcolor(I, ONE)
    x5 = mapply(hfrontier, x4)
    x6 = fill(x3, ONE, x5)
    x7 = ofcolor(I, THREE)
    x8 = mapply(hfrontier, x7)
    O = fill(x6, THREE, x8)
    return O

# gravity: every coloured cell falls to the bottom of its column
def solve_1e0a9b12(I):
    x1 = asobject(I)
    x2 = compose(positive, first)
    x3 = sfilter(x1, x2)
    x4 = toindices(x3)
    x5 = rbind(shoot, DOWN)
    x6 = lbind(intersection, x4)
    x7 = chain(size, x6, x5)
    x8 = height(I)
    x9 = lbind(subtract, x8)
    x10 = compose(x9, x7)
    x11 = fork(astuple, x10, last)
    x12 = compose(x11, last)
    x13 = fork(astuple, first, x12)
    x14 = apply(x13, x3)
    x15 = shape(I)
    x16 = canvas(ZERO, x15)
    O = paint(x16, x14)
    return O
