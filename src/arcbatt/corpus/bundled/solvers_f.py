"""Bundled solver programs (set f) for ARC-AGI-1 training tasks."""

from arcbatt.dsl import *


# fill the interior of the 5-box with 8 and shoot a ray out of the gap in its wall
def solve_d4f3cd78(I):
    x1 = ofcolor(I, FIVE)
    x2 = delta(x1)
    x3 = box(x1)
    x4 = difference(x3, x1)
    x5 = position(x1, x4)
    x6 = first(x4)
    x7 = shoot(x6, x5)
    x8 = combine(x2, x7)
    O = fill(I, EIGHT, x8)
    return O

# swap colours 5 and 8
def solve_d511f180(I):
    O = switch(I, FIVE, EIGHT)
    return O

# hollow 2-boxes become their interior filled with 3
def solve_d5d6de2d(I):
    x1 = objects(I, T, F, T)
    x2 = mapply(delta, x1)
    x3 = replace(I, TWO, ZERO)
    O = fill(x3, THREE, x2)
    return O

# count the coloured cells and output a row of that length
def solve_d631b094(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = colorcount(I, x2)
    x4 = astuple(ONE, x3)
    O = canvas(x2, x4)
    return O

# bridge the gap between two rectangles with 8, one cell narrower on each side
def solve_d6ad076f(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = last(x1)
    x4 = toindices(x2)
    x5 = toindices(x3)
    x6 = mapply(vfrontier, x4)
    x7 = mapply(vfrontier, x5)
    x8 = intersection(x6, x7)
    x9 = mapply(hfrontier, x4)
    x10 = mapply(hfrontier, x5)
    x11 = intersection(x9, x10)
    x12 = combine(x8, x11)
    x13 = merge(x1)
    x14 = backdrop(x13)
    x15 = intersection(x12, x14)
    x16 = ofcolor(I, ZERO)
    x17 = intersection(x15, x16)
    x18 = difference(x16, x17)
    x19 = mapply(dneighbors, x18)
    x20 = difference(x17, x19)
    O = fill(I, EIGHT, x20)
    return O

# each 2x2 cell of 8 takes the colour of the nearest corner dot
def solve_d89b689b(I):
    x1 = ofcolor(I, EIGHT)
    x2 = fgpartition(I)
    x3 = colorfilter(x2, EIGHT)
    x4 = difference(x2, x3)
    x5 = lbind(lbind, manhattan)
    x6 = rbind(compose, initset)
    x7 = compose(x6, x5)
    x8 = lbind(argmin, x1)
    x9 = chain(initset, x8, x7)
    x10 = fork(recolor, color, x9)
    x11 = mapply(x10, x4)
    x12 = merge(x4)
    x13 = cover(I, x12)
    O = paint(x13, x11)
    return O

# continue the periodic skyline pattern across the whole width
def solve_d8c310e9(I):
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = hperiod(x2)
    x4 = height(I)
    x5 = astuple(x4, x3)
    x6 = crop(I, ORIGIN, x5)
    x7 = dmirror(x6)
    x8 = repeat(x7, TEN)
    x9 = merge(x8)
    x10 = dmirror(x9)
    x11 = shape(I)
    O = crop(x10, ORIGIN, x11)
    return O

# a 3 touching a 2 becomes 8 and the 2 disappears
def solve_d90796e8(I):
    x1 = ofcolor(I, TWO)
    x2 = ofcolor(I, THREE)
    x3 = mapply(dneighbors, x1)
    x4 = mapply(dneighbors, x2)
    x5 = intersection(x2, x3)
    x6 = intersection(x1, x4)
    x7 = fill(I, EIGHT, x5)
    O = fill(x7, ZERO, x6)
    return O

# lines rise from the 2s and step right around a 5 in their way
def solve_d9f24cd1(I):
    x1 = ofcolor(I, TWO)
    x2 = rbind(shoot, UP)
    x3 = mapply(x2, x1)
    x4 = ofcolor(I, FIVE)
    x5 = intersection(x4, x3)
    x6 = mapply(x2, x5)
    x7 = difference(x3, x6)
    x8 = shift(x5, UNITY)
    x9 = mapply(x2, x8)
    x10 = combine(x7, x9)
    O = fill(I, TWO, x10)
    return O

# output the colour of the single cell enclosed by a ring of another colour
def solve_d9fac9be(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = rbind(toobject, I)
    x4 = compose(x3, outbox)
    x5 = matcher(numcolors, ONE)
    x6 = compose(x5, x4)
    x7 = compose(positive, color)
    x8 = compose(x7, x4)
    x9 = fork(both, x6, x8)
    x10 = extract(x2, x9)
    x11 = color(x10)
    O = canvas(x11, UNITY)
    return O

# overlay the two halves and paint their union 6
def solve_dae9d2b5(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, FOUR)
    x4 = ofcolor(x2, THREE)
    x5 = combine(x3, x4)
    O = fill(x1, SIX, x5)
    return O

# grow a staircase from the 7 line, alternating 7 and 8 columns
def solve_db3e9e38(I):
    x1 = ofcolor(I, SEVEN)
    x2 = rbind(shoot, UP_RIGHT)
    x3 = mapply(x2, x1)
    x4 = rbind(shoot, NEG_UNITY)
    x5 = mapply(x4, x1)
    x6 = combine(x3, x5)
    x7 = fill(I, EIGHT, x6)
    x8 = leftmost(x1)
    x9 = even(x8)
    x10 = branch(x9, ZERO, ONE)
    x11 = width(I)
    x12 = interval(x10, x11, TWO)
    x13 = height(I)
    x14 = interval(ZERO, x13, ONE)
    x15 = product(x14, x12)
    x16 = intersection(x6, x15)
    O = fill(x7, SEVEN, x16)
    return O

# 9-squares get a 3 frame half their width thick and a 1 shadow falling down
def solve_db93a21d(I):
    x1 = objects(I, T, F, T)
    x2 = compose(halve, width)
    x3 = fork(astuple, x2, x2)
    x4 = fork(shift, identity, x3)
    x5 = compose(invert, x3)
    x6 = fork(shift, identity, x5)
    x7 = fork(combine, x4, x6)
    x8 = compose(backdrop, x7)
    x9 = mapply(x8, x1)
    x10 = merge(x1)
    x11 = toindices(x10)
    x12 = rbind(shoot, DOWN)
    x13 = mapply(x12, x11)
    x14 = fill(I, ONE, x13)
    x15 = fill(x14, THREE, x9)
    O = paint(x15, x10)
    return O

# join 1s lying in the same row or column with 8
def solve_dbc1a6ce(I):
    x1 = ofcolor(I, ONE)
    x2 = prapply(connect, x1, x1)
    x3 = fork(either, hline, vline)
    x4 = mfilter(x2, x3)
    O = underfill(I, EIGHT, x4)
    return O

# restore the 3-patch of a symmetric picture and crop it
def solve_dc0a314f(I):
    x1 = ofcolor(I, THREE)
    x2 = vmirror(I)
    x3 = toobject(x1, x2)
    x4 = paint(I, x3)
    x5 = hmirror(x4)
    x6 = toobject(x1, x5)
    x7 = paint(x4, x6)
    O = subgrid(x1, x7)
    return O

# surround every 2 with a ring of 1
def solve_dc1df850(I):
    x1 = ofcolor(I, TWO)
    x2 = mapply(neighbors, x1)
    O = underfill(I, ONE, x2)
    return O

# move the 3 one step towards the 4
def solve_dc433765(I):
    x1 = ofcolor(I, THREE)
    x2 = ofcolor(I, FOUR)
    x3 = position(x1, x2)
    x4 = toobject(x1, I)
    O = move(I, x4, x3)
    return O

# recolour each 5-block with the colour of the marker above it
def solve_ddf7fa4f(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, FIVE)
    x3 = difference(x1, x2)
    x4 = lbind(mfilter, x2)
    x5 = lbind(lbind, vmatching)
    x6 = compose(x4, x5)
    x7 = fork(recolor, color, x6)
    x8 = mapply(x7, x3)
    O = paint(I, x8)
    return O

# output the colour of the region holding the most noise pixels
def solve_de1cd16c(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = totuple(x2)
    x4 = rbind(toobject, I)
    x5 = chain(mostcolor, x4, neighbors)
    x6 = apply(x5, x3)
    x7 = mostcommon(x6)
    O = canvas(x7, UNITY)
    return O

# join 8s lying in the same row or column
def solve_ded97339(I):
    x1 = ofcolor(I, EIGHT)
    x2 = prapply(connect, x1, x1)
    x3 = fork(either, hline, vline)
    x4 = mfilter(x2, x3)
    O = fill(I, EIGHT, x4)
    return O

# a diagonal 1 bounces up between the walls on an 8 background
def solve_e179c5f4(I):
    x1 = width(I)
    x2 = astuple(x1, x1)
    x3 = canvas(EIGHT, x2)
    x4 = decrement(x1)
    x5 = toivec(x4)
    x6 = tojvec(x4)
    x7 = connect(x5, x6)
    x8 = fill(x3, ONE, x7)
    x9 = hmirror(x8)
    x10 = subtract(x1, TWO)
    x11 = astuple(x10, x1)
    x12 = crop(x9, DOWN, x11)
    x13 = vconcat(x12, x8)
    x14 = repeat(x13, TEN)
    x15 = merge(x14)
    x16 = height(x15)
    x17 = height(I)
    x18 = subtract(x16, x17)
    x19 = toivec(x18)
    x20 = shape(I)
    O = crop(x15, x19, x20)
    return O

# repeat the two arms of the cross periodically along their row and column
def solve_e21d9049(I):
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = toindices(x2)
    x4 = totuple(x3)
    x5 = apply(first, x4)
    x6 = mostcommon(x5)
    x7 = apply(last, x4)
    x8 = mostcommon(x7)
    x9 = astuple(x6, x8)
    x10 = hfrontier(x9)
    x11 = intersection(x10, x3)
    x12 = toobject(x11, I)
    x13 = vfrontier(x9)
    x14 = intersection(x13, x3)
    x15 = toobject(x14, I)
    x16 = invert(TEN)
    x17 = interval(x16, TEN, ONE)
    x18 = width(x12)
    x19 = lbind(multiply, x18)
    x20 = compose(tojvec, x19)
    x21 = apply(x20, x17)
    x22 = lbind(shift, x12)
    x23 = mapply(x22, x21)
    x24 = height(x15)
    x25 = lbind(multiply, x24)
    x26 = compose(toivec, x25)
    x27 = apply(x26, x17)
    x28 = lbind(shift, x15)
    x29 = mapply(x28, x27)
    x30 = paint(I, x23)
    O = paint(x30, x29)
    return O

# clean noisy stripes: each row (or column) takes its majority colour
def solve_e26a3af2(I):
    x1 = width(I)
    x2 = rbind(repeat, x1)
    x3 = compose(x2, mostcommon)
    x4 = apply(x3, I)
    x5 = dmirror(I)
    x6 = height(I)
    x7 = rbind(repeat, x6)
    x8 = compose(x7, mostcommon)
    x9 = apply(x8, x5)
    x10 = dmirror(x9)
    x11 = cellwise(I, x4, NEG_ONE)
    x12 = colorcount(x11, NEG_ONE)
    x13 = cellwise(I, x10, NEG_ONE)
    x14 = colorcount(x13, NEG_ONE)
    x15 = greater(x12, x14)
    O = branch(x15, x10, x4)
    return O

# fold the right half over the left half along the 5 line
def solve_e3497940(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = vmirror(x2)
    x4 = fgpartition(x3)
    x5 = merge(x4)
    O = paint(x1, x5)
    return O

# shift the cross down and left by the number of 5 markers
def solve_e48d4e1a(I):
    x1 = colorcount(I, FIVE)
    x2 = replace(I, FIVE, ZERO)
    x3 = palette(x2)
    x4 = other(x3, ZERO)
    x5 = ofcolor(x2, x4)
    x6 = totuple(x5)
    x7 = apply(first, x6)
    x8 = mostcommon(x7)
    x9 = apply(last, x6)
    x10 = mostcommon(x9)
    x11 = add(x8, x1)
    x12 = subtract(x10, x1)
    x13 = astuple(x11, x12)
    x14 = hfrontier(x13)
    x15 = vfrontier(x13)
    x16 = combine(x14, x15)
    x17 = shape(I)
    x18 = canvas(ZERO, x17)
    O = fill(x18, x4, x16)
    return O

# recolour 3-paths by shape: L-shapes 1, other box-hugging shapes 6, the rest 2
def solve_e509e548(I):
    x1 = objects(I, T, F, T)
    x2 = fork(add, height, width)
    x3 = compose(decrement, x2)
    x4 = fork(equality, size, x3)
    x5 = fork(difference, toindices, box)
    x6 = compose(size, x5)
    x7 = matcher(x6, ZERO)
    x8 = mfilter(x1, x4)
    x9 = mfilter(x1, x7)
    x10 = replace(I, THREE, TWO)
    x11 = fill(x10, SIX, x9)
    O = fill(x11, ONE, x8)
    return O

# crop the 8-framed block containing the most 2s
def solve_e50d258f(I):
    x1 = ofcolor(I, ZERO)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = shape(I)
    x5 = canvas(ZERO, x4)
    x6 = fill(x5, ONE, x3)
    x7 = objects(x6, T, F, F)
    x8 = colorfilter(x7, ONE)
    x9 = rbind(toobject, I)
    x10 = rbind(colorcount, TWO)
    x11 = compose(x10, x9)
    x12 = argmax(x8, x11)
    O = subgrid(x12, I)
    return O

# stamp the multicoloured pattern onto every grey block
def solve_e76a88a6(I):
    x1 = objects(I, F, F, T)
    x2 = colorfilter(x1, FIVE)
    x3 = difference(x1, x2)
    x4 = first(x3)
    x5 = normalize(x4)
    x6 = apply(ulcorner, x2)
    x7 = lbind(shift, x5)
    x8 = mapply(x7, x6)
    O = paint(I, x8)
    return O

# recolour holes by size: singletons 3, pairs 2, triples 1
def solve_e8593010(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = sizefilter(x2, ONE)
    x4 = sizefilter(x2, TWO)
    x5 = sizefilter(x2, THREE)
    x6 = merge(x3)
    x7 = merge(x4)
    x8 = merge(x5)
    x9 = fill(I, THREE, x6)
    x10 = fill(x9, TWO, x7)
    O = fill(x10, ONE, x8)
    return O

# repeat the hollow shape diagonally in the colour of the seed cell
def solve_e8dc4411(I):
    x1 = ofcolor(I, ZERO)
    x2 = mostcolor(I)
    x3 = palette(I)
    x4 = remove(x2, x3)
    x5 = other(x4, ZERO)
    x6 = ofcolor(I, x5)
    x7 = position(x1, x6)
    x8 = first(x6)
    x9 = invert(x7)
    x10 = shoot(x8, x9)
    x11 = intersection(x1, x10)
    x12 = lbind(manhattan, x6)
    x13 = compose(x12, initset)
    x14 = argmax(x11, x13)
    x15 = subtract(x8, x14)
    x16 = interval(ONE, TEN, ONE)
    x17 = lbind(multiply, x15)
    x18 = apply(x17, x16)
    x19 = lbind(shift, x1)
    x20 = mapply(x19, x18)
    O = fill(I, x5, x20)
    return O

# draw a 3-plus midway between the two 1s
def solve_e9614598(I):
    x1 = ofcolor(I, ONE)
    x2 = center(x1)
    x3 = dneighbors(x2)
    x4 = insert(x2, x3)
    O = fill(I, THREE, x4)
    return O

# overlay the lower half onto the upper half
def solve_e98196ab(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = fgpartition(x2)
    x4 = merge(x3)
    O = paint(x1, x4)
    return O

# interleave the two rows into a checkerboard
def solve_e9afcf9a(I):
    x1 = astuple(TWO, ONE)
    x2 = crop(I, ORIGIN, x1)
    x3 = hmirror(x2)
    x4 = hconcat(x2, x3)
    x5 = hconcat(x4, x4)
    O = hconcat(x5, x4)
    return O

# colour the 5-bars by length: longest 1, shortest 2, the other 4
def solve_ea32f347(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = replace(I, FIVE, FOUR)
    x5 = fill(x4, ONE, x2)
    O = fill(x5, TWO, x3)
    return O

# draw both diagonals through the central hole with 0
def solve_ea786f4a(I):
    x1 = ofcolor(I, ZERO)
    x2 = first(x1)
    x3 = shoot(x2, UNITY)
    x4 = shoot(x2, NEG_UNITY)
    x5 = shoot(x2, UP_RIGHT)
    x6 = shoot(x2, DOWN_LEFT)
    x7 = combine(x3, x4)
    x8 = combine(x5, x6)
    x9 = combine(x7, x8)
    O = fill(I, ZERO, x9)
    return O

# reflect the strip downwards repeatedly
def solve_eb281b96(I):
    x1 = hmirror(I)
    x2 = shape(I)
    x3 = crop(x1, DOWN, x2)
    x4 = vconcat(I, x3)
    x5 = shape(x4)
    x6 = crop(x4, DOWN, x5)
    O = vconcat(x4, x6)
    return O

# shrink nested rectangles to one-cell-thick rings
def solve_eb5a1d5d(I):
    x1 = dedupe(I)
    x2 = dmirror(x1)
    x3 = dedupe(x2)
    x4 = dmirror(x3)
    x5 = vmirror(x4)
    x6 = shape(x4)
    x7 = crop(x5, RIGHT, x6)
    x8 = hconcat(x4, x7)
    x9 = hmirror(x8)
    x10 = shape(x8)
    x11 = crop(x9, DOWN, x10)
    O = vconcat(x8, x11)
    return O

# shoot diagonal rays of the sheltered colour out of the wall's corners
def solve_ec883f72(I):
    x1 = fgpartition(I)
    x2 = compose(size, backdrop)
    x3 = argmax(x1, x2)
    x4 = other(x1, x3)
    x5 = color(x4)
    x6 = corners(x3)
    x7 = toindices(x3)
    x8 = intersection(x6, x7)
    x9 = lbind(position, x3)
    x10 = compose(x9, initset)
    x11 = fork(add, identity, x10)
    x12 = fork(shoot, x11, x10)
    x13 = mapply(x12, x8)
    O = underfill(I, x5, x13)
    return O

# rotate a quarter turn anticlockwise
def solve_ed36ccf7(I):
    O = rot270(I)
    return O

# bridge 2-blocks facing each other in a row with 9
def solve_ef135b50(I):
    x1 = ofcolor(I, TWO)
    x2 = prapply(connect, x1, x1)
    x3 = mfilter(x2, hline)
    x4 = asindices(I)
    x5 = box(x4)
    x6 = difference(x3, x5)
    x7 = ofcolor(I, ZERO)
    x8 = intersection(x6, x7)
    O = fill(I, NINE, x8)
    return O

# crop the 4-shape and double its size
def solve_f25fbde4(I):
    x1 = ofcolor(I, FOUR)
    x2 = subgrid(x1, I)
    O = upscale(x2, TWO)
    return O

# mirror the lower half into the upper half
def solve_f25ffba3(I):
    x1 = bottomhalf(I)
    x2 = hmirror(x1)
    O = vconcat(x2, x1)
    return O

# mark with 3 the cells empty on both sides of the divider
def solve_f2829549(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(ZERO, x6)
    O = fill(x7, THREE, x5)
    return O

# frame each point with the other colour and dot the lines between them with 5
def solve_f35d900a(I):
    x1 = ofcolor(I, ZERO)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = prapply(connect, x3, x3)
    x5 = fork(either, hline, vline)
    x6 = mfilter(x4, x5)
    x7 = rbind(manhattan, x3)
    x8 = compose(x7, initset)
    x9 = matcher(x8, TWO)
    x10 = matcher(x8, FOUR)
    x11 = fork(either, x9, x10)
    x12 = sfilter(x6, x11)
    x13 = palette(I)
    x14 = remove(ZERO, x13)
    x15 = first(x14)
    x16 = other(x14, x15)
    x17 = switch(I, x15, x16)
    x18 = objects(x17, T, F, T)
    x19 = rbind(upscale, THREE)
    x20 = rbind(shift, NEG_UNITY)
    x21 = compose(x20, x19)
    x22 = mapply(x21, x18)
    x23 = fill(I, FIVE, x12)
    x24 = paint(x23, x22)
    x25 = toobject(x3, I)
    O = paint(x24, x25)
    return O

# draw columns of 8 through the coloured cells and tile the result 2x2
def solve_f5b8619d(I):
    x1 = ofcolor(I, ZERO)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = mapply(vfrontier, x3)
    x5 = underfill(I, EIGHT, x4)
    x6 = hconcat(x5, x5)
    O = vconcat(x6, x6)
    return O

# the 5s take the other colour, which becomes background
def solve_f76d97a5(I):
    x1 = palette(I)
    x2 = other(x1, FIVE)
    x3 = replace(I, x2, ZERO)
    O = replace(x3, FIVE, x2)
    return O

# list the block colours other than the commonest one, most frequent first
def solve_f8b3ba0a(I):
    x1 = palette(I)
    x2 = remove(ZERO, x1)
    x3 = lbind(colorcount, I)
    x4 = compose(invert, x3)
    x5 = order(x2, x4)
    x6 = first(x5)
    x7 = remove(x6, x5)
    x8 = rbind(repeat, ONE)
    O = apply(x8, x7)
    return O

# list the colours of the shapes from largest to smallest
def solve_f8ff0b80(I):
    x1 = objects(I, T, T, T)
    x2 = compose(invert, size)
    x3 = order(x1, x2)
    x4 = apply(color, x3)
    x5 = rbind(repeat, ONE)
    O = apply(x5, x4)
    return O

# mark with 2 the cells empty in both halves
def solve_fafffa47(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(ZERO, x6)
    O = fill(x7, TWO, x5)
    return O

# crop the frame holding the most dots and recolour it with the dot colour
def solve_fcb5c309(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = color(x2)
    x5 = color(x3)
    x6 = objects(I, T, F, T)
    x7 = colorfilter(x6, x4)
    x8 = toindices(x3)
    x9 = lbind(intersection, x8)
    x10 = chain(size, x9, backdrop)
    x11 = argmax(x7, x10)
    x12 = subgrid(x11, I)
    O = replace(x12, x4, x5)
    return O

# slide the row diagonally up-right across a square sized by its colour count
def solve_feca6190(I):
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = size(x2)
    x4 = multiply(x3, FIVE)
    x5 = astuple(x4, x4)
    x6 = canvas(ZERO, x5)
    x7 = decrement(x4)
    x8 = toivec(x7)
    x9 = shift(x2, x8)
    x10 = rbind(shoot, UP_RIGHT)
    x11 = compose(x10, last)
    x12 = fork(recolor, first, x11)
    x13 = mapply(x12, x9)
    O = paint(x6, x13)
    return O

# count the 2x2 squares and place that many 1s in a fixed 3x3 order
def solve_ff28f65a(I):
    x1 = objects(I, T, F, T)
    x2 = size(x1)
    x3 = astuple(ORIGIN, ZERO_BY_TWO)
    x4 = repeat(UNITY, ONE)
    x5 = combine(x3, x4)
    x6 = astuple(TWO_BY_ZERO, TWO_BY_TWO)
    x7 = combine(x5, x6)
    x8 = repeat(x7, ONE)
    x9 = astuple(ONE, x2)
    x10 = crop(x8, ORIGIN, x9)
    x11 = first(x10)
    x12 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x12, ONE, x11)
    return O
