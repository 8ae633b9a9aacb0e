"""Hand-written solver programs for ARC-AGI-1 training tasks (set e)."""

from arcbatt.dsl import *


# upscale the grid by the number of non-background colours
def solve_ac0a08a4(I):
    x1 = numcolors(I)
    x2 = decrement(x1)
    O = upscale(I, x2)
    return O

# pull each satellite cell next to its centre (7s to the 1, 3s to the 2)
def solve_ae3edfdc(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, SEVEN)
    x3 = colorfilter(x1, THREE)
    x4 = ofcolor(I, ONE)
    x5 = ofcolor(I, TWO)
    x6 = rbind(gravitate, x4)
    x7 = fork(shift, identity, x6)
    x8 = mapply(x7, x2)
    x9 = rbind(gravitate, x5)
    x10 = fork(shift, identity, x9)
    x11 = mapply(x10, x3)
    x12 = combine(x2, x3)
    x13 = merge(x12)
    x14 = cover(I, x13)
    x15 = paint(x14, x8)
    O = paint(x15, x11)
    return O

# crop the 3x3 piece containing the most 1s
def solve_ae4f1146(I):
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, ONE)
    x3 = argmax(x1, x2)
    O = subgrid(x3, I)
    return O

# isolated single 2-cells become 1
def solve_aedd82e4(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, TWO)
    x3 = sizefilter(x2, ONE)
    x4 = merge(x3)
    O = fill(I, ONE, x4)
    return O

# fill the interior of each rectangle marked by four 4-corners with 2
def solve_af902bf9(I):
    x1 = ofcolor(I, FOUR)
    x2 = product(x1, x1)
    x3 = rbind(intersection, x1)
    x4 = chain(size, x3, corners)
    x5 = matcher(x4, FOUR)
    x6 = sfilter(x2, x5)
    x7 = compose(backdrop, inbox)
    x8 = mapply(x7, x6)
    O = fill(I, TWO, x8)
    return O

# count empty rows above the liquid in the cup; write that many 8s in snake order
def solve_b0c4d837(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ofcolor(I, FIVE)
    x3 = uppermost(x1)
    x4 = uppermost(x2)
    x5 = subtract(x3, x4)
    x6 = astuple(ONE, x5)
    x7 = canvas(EIGHT, x6)
    x8 = subtract(NINE, x5)
    x9 = astuple(ONE, x8)
    x10 = canvas(ZERO, x9)
    x11 = hconcat(x7, x10)
    x12 = astuple(ONE, THREE)
    x13 = crop(x11, ORIGIN, x12)
    x14 = tojvec(THREE)
    x15 = crop(x11, x14, x12)
    x16 = vmirror(x15)
    x17 = tojvec(SIX)
    x18 = crop(x11, x17, x12)
    x19 = vconcat(x13, x16)
    O = vconcat(x19, x18)
    return O

# stamp the 8-shape in every colour of the other half (kronecker product)
def solve_b190f7f5(I):
    x1 = portrait(I)
    x2 = vsplit(I, TWO)
    x3 = hsplit(I, TWO)
    x4 = branch(x1, x2, x3)
    x5 = lbind(contained, EIGHT)
    x6 = compose(x5, palette)
    x7 = extract(x4, x6)
    x8 = other(x4, x7)
    x9 = height(x7)
    x10 = upscale(x8, x9)
    x11 = repeat(x7, x9)
    x12 = merge(x11)
    x13 = dmirror(x12)
    x14 = repeat(x13, x9)
    x15 = merge(x14)
    x16 = dmirror(x15)
    x17 = ofcolor(x16, ZERO)
    O = fill(x10, ZERO, x17)
    return O

# recolour 6 to 2
def solve_b1948b0a(I):
    O = replace(I, SIX, TWO)
    return O

# the smallest (odd) shape becomes 2, the matching pair becomes 1
def solve_b230c067(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, size)
    x3 = merge(x1)
    x4 = fill(I, ONE, x3)
    O = fill(x4, TWO, x2)
    return O

# outline every domino of 2s with 3
def solve_b27ca6d3(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, TWO)
    x3 = mapply(outbox, x2)
    O = underfill(I, THREE, x3)
    return O

# shapes of 1 that enclose a hole become 8
def solve_b2862040(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, NINE)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    x6 = objects(I, T, F, T)
    x7 = rbind(adjacent, x5)
    x8 = mfilter(x6, x7)
    O = fill(I, EIGHT, x8)
    return O

# stretch the framed box so that it reaches the 8 marker
def solve_b548a754(I):
    x1 = ofcolor(I, EIGHT)
    x2 = replace(I, EIGHT, ZERO)
    x3 = objects(x2, F, F, T)
    x4 = first(x3)
    x5 = toindices(x4)
    x6 = combine(x5, x1)
    x7 = backdrop(x6)
    x8 = ulcorner(x4)
    x9 = index(I, x8)
    x10 = add(x8, UNITY)
    x11 = index(I, x10)
    x12 = fill(x2, x11, x7)
    x13 = box(x7)
    O = fill(x12, x9, x13)
    return O

# each 5 becomes a 3x3 ring: 5 at the corners, 1 on the edges, 0 centre
def solve_b60334d2(I):
    x1 = ofcolor(I, FIVE)
    x2 = mapply(ineighbors, x1)
    x3 = mapply(dneighbors, x1)
    x4 = replace(I, FIVE, ZERO)
    x5 = fill(x4, ONE, x3)
    O = fill(x5, FIVE, x2)
    return O

# solid rectangles get 1 corners, 4 edges, 2 inside
def solve_b6afb2da(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, FIVE)
    x3 = mapply(box, x2)
    x4 = mapply(corners, x2)
    x5 = replace(I, FIVE, TWO)
    x6 = fill(x5, FOUR, x3)
    O = fill(x6, ONE, x4)
    return O

# flood the maze corridor reached by the seed with the seed's two colours in checkerboard parity
def solve_b782dc8a(I):
    x1 = ofcolor(I, ZERO)
    x2 = ofcolor(I, EIGHT)
    x3 = asindices(I)
    x4 = difference(x3, x1)
    x5 = difference(x4, x2)
    x6 = fork(add, first, last)
    x7 = compose(even, x6)
    x8 = extract(x5, x7)
    x9 = compose(flip, x7)
    x10 = extract(x5, x9)
    x11 = index(I, x8)
    x12 = index(I, x10)
    x13 = objects(I, T, F, F)
    x14 = colorfilter(x13, ZERO)
    x15 = rbind(adjacent, x5)
    x16 = mfilter(x14, x15)
    x17 = toindices(x16)
    x18 = sfilter(x17, x7)
    x19 = sfilter(x17, x9)
    x20 = fill(I, x11, x18)
    O = fill(x20, x12, x19)
    return O

# repair the 4-masked patches of a symmetric pattern from its mirror images
def solve_b8825c91(I):
    x1 = ofcolor(I, FOUR)
    x2 = vmirror(I)
    x3 = toobject(x1, x2)
    x4 = paint(I, x3)
    x5 = ofcolor(x4, FOUR)
    x6 = hmirror(x4)
    x7 = toobject(x5, x6)
    x8 = paint(x4, x7)
    x9 = ofcolor(x8, FOUR)
    x10 = dmirror(x8)
    x11 = toobject(x9, x10)
    O = paint(x8, x11)
    return O

# shoot diagonals from above the cap's ends in the base's inner colour
def solve_b8cdaf2b(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, uppermost)
    x3 = ulcorner(x2)
    x4 = add(x3, NEG_UNITY)
    x5 = shoot(x4, NEG_UNITY)
    x6 = urcorner(x2)
    x7 = add(x6, UP_RIGHT)
    x8 = shoot(x7, UP_RIGHT)
    x9 = combine(x5, x8)
    x10 = leastcolor(I)
    O = fill(I, x10, x9)
    return O

# upscale the grid by the number of non-background colours
def solve_b91ae062(I):
    x1 = palette(I)
    x2 = size(x1)
    x3 = decrement(x2)
    O = upscale(I, x3)
    return O

# crop the framed square and swap its two colours
def solve_b94a9452(I):
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = subgrid(x2, I)
    x4 = mostcolor(x3)
    x5 = leastcolor(x3)
    O = switch(x3, x4, x5)
    return O

# output the colour of the only rectangle with a hole
def solve_b9b7f026(I):
    x1 = objects(I, T, F, T)
    x2 = compose(size, delta)
    x3 = argmax(x1, x2)
    x4 = color(x3)
    O = canvas(x4, UNITY)
    return O

# every third column: 4 becomes 6
def solve_ba26e723(I):
    x1 = width(I)
    x2 = interval(ZERO, x1, THREE)
    x3 = apply(tojvec, x2)
    x4 = mapply(vfrontier, x3)
    x5 = ofcolor(I, ZERO)
    x6 = fill(I, SIX, x4)
    O = fill(x6, ZERO, x5)
    return O

# at the crossing, the line that was underneath comes on top
def solve_ba97ae07(I):
    x1 = fgpartition(I)
    x2 = compose(size, delta)
    x3 = argmax(x1, x2)
    x4 = color(x3)
    x5 = delta(x3)
    O = fill(I, x4, x5)
    return O

# fill the interior of each grey rectangle with 2
def solve_bb43febb(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, FIVE)
    x3 = compose(backdrop, inbox)
    x4 = mapply(x3, x2)
    O = fill(I, TWO, x4)
    return O

# grow the row into a staircase: each new row is one cell longer
def solve_bbc9ae5d(I):
    x1 = width(I)
    x2 = halve(x1)
    x3 = astuple(x2, x1)
    x4 = index(I, ORIGIN)
    x5 = ofcolor(I, x4)
    x6 = urcorner(x5)
    x7 = shoot(x6, UNITY)
    x8 = rbind(shoot, LEFT)
    x9 = mapply(x8, x7)
    x10 = canvas(ZERO, x3)
    O = fill(x10, x4, x9)
    return O

# overlay the four 3x3 corner windows
def solve_bc1d5164(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = crop(I, ORIGIN, THREE_BY_THREE)
    x4 = tojvec(FOUR)
    x5 = crop(I, x4, THREE_BY_THREE)
    x6 = toivec(TWO)
    x7 = crop(I, x6, THREE_BY_THREE)
    x8 = astuple(TWO, FOUR)
    x9 = crop(I, x8, THREE_BY_THREE)
    x10 = ofcolor(x3, x2)
    x11 = ofcolor(x5, x2)
    x12 = ofcolor(x7, x2)
    x13 = ofcolor(x9, x2)
    x14 = combine(x10, x11)
    x15 = combine(x12, x13)
    x16 = combine(x14, x15)
    x17 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x17, x2, x16)
    return O

# below the separator, repeat the header colours as full rows, twice
def solve_bd4472b8(I):
    x1 = width(I)
    x2 = astuple(ONE, x1)
    x3 = crop(I, ORIGIN, x2)
    x4 = dmirror(x3)
    x5 = hupscale(x4, x1)
    x6 = vconcat(x5, x5)
    x7 = astuple(TWO, x1)
    x8 = crop(I, ORIGIN, x7)
    O = vconcat(x8, x6)
    return O

# rotate the colours of the concentric rings outward by one
def solve_bda2d7a6(I):
    x1 = index(I, ORIGIN)
    x2 = index(I, UNITY)
    x3 = index(I, TWO_BY_TWO)
    x4 = ofcolor(I, x1)
    x5 = ofcolor(I, x2)
    x6 = ofcolor(I, x3)
    x7 = fill(I, x3, x4)
    x8 = fill(x7, x1, x5)
    O = fill(x8, x2, x6)
    return O

# extend the 8 segment vertically and the 2 segment horizontally; 4 where they cross
def solve_bdad9b1f(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ofcolor(I, TWO)
    x3 = mapply(vfrontier, x1)
    x4 = mapply(hfrontier, x2)
    x5 = fill(I, EIGHT, x3)
    x6 = fill(x5, TWO, x4)
    x7 = intersection(x3, x4)
    O = fill(x6, FOUR, x7)
    return O

# crop the largest shape
def solve_be94b721(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O

# stack the bars by length, right-aligned, on top of the floor
def solve_beb8660c(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = difference(x1, x2)
    x4 = height(I)
    x5 = width(I)
    x6 = subtract(x4, x5)
    x7 = decrement(x6)
    x8 = decrement(x5)
    x9 = astuple(x7, x8)
    x10 = compose(toivec, size)
    x11 = lbind(add, x9)
    x12 = compose(x11, x10)
    x13 = fork(subtract, x12, lrcorner)
    x14 = fork(shift, identity, x13)
    x15 = mapply(x14, x3)
    x16 = shape(I)
    x17 = canvas(ZERO, x16)
    O = paint(x17, x15)
    return O

# colour the holes of the grey squares by hole size (9 -> 8, 4 -> 7, 1 -> 6)
def solve_c0f76784(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = sizefilter(x2, NINE)
    x4 = sizefilter(x2, FOUR)
    x5 = sizefilter(x2, ONE)
    x6 = merge(x3)
    x7 = merge(x4)
    x8 = merge(x5)
    x9 = fill(I, EIGHT, x6)
    x10 = fill(x9, SEVEN, x7)
    O = fill(x10, SIX, x8)
    return O

# fully empty rows and columns become 2
def solve_c1d99e64(I):
    x1 = frontiers(I)
    x2 = colorfilter(x1, ZERO)
    x3 = merge(x2)
    O = fill(I, TWO, x3)
    return O

# place a copy of the grid in every block where the grid holds its majority colour
def solve_c3e719e8(I):
    x1 = mostcolor(I)
    x2 = hconcat(I, I)
    x3 = hconcat(x2, I)
    x4 = vconcat(x3, x3)
    x5 = vconcat(x4, x3)
    x6 = upscale(I, THREE)
    x7 = ofcolor(x6, x1)
    x8 = asindices(x5)
    x9 = difference(x8, x7)
    O = fill(x5, ZERO, x9)
    return O

# restore the diagonal stripe pattern by extending every colour along its anti-diagonals
def solve_c3f564a4(I):
    x1 = partition(I)
    x2 = colorfilter(x1, ZERO)
    x3 = difference(x1, x2)
    x4 = rbind(shoot, DOWN_LEFT)
    x5 = rbind(shoot, UP_RIGHT)
    x6 = fork(combine, x4, x5)
    x7 = lbind(mapply, x6)
    x8 = compose(x7, toindices)
    x9 = fork(recolor, color, x8)
    x10 = mapply(x9, x3)
    O = paint(I, x10)
    return O

# recolour 7 to 5
def solve_c8f0f002(I):
    O = replace(I, SEVEN, FIVE)
    return O

# append the mirror image on the right
def solve_c9e6f938(I):
    x1 = vmirror(I)
    O = hconcat(I, x1)
    return O

# each colour drips down to the bottom
def solve_d037b0a7(I):
    x1 = fgpartition(I)
    x2 = rbind(shoot, DOWN)
    x3 = lbind(mapply, x2)
    x4 = compose(x3, toindices)
    x5 = fork(recolor, color, x4)
    x6 = mapply(x5, x1)
    O = paint(I, x6)
    return O

# crop the top-left 2x2 tile
def solve_d10ecb37(I):
    O = crop(I, ORIGIN, TWO_BY_TWO)
    return O

# every grey dot becomes a 3x3 block of 1
def solve_ce22a75a(I):
    x1 = ofcolor(I, FIVE)
    x2 = mapply(neighbors, x1)
    x3 = combine(x1, x2)
    O = fill(I, ONE, x3)
    return O

# draw an L path from the 8 vertically then horizontally to the 2
def solve_d4a91cb9(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ofcolor(I, TWO)
    x3 = first(x1)
    x4 = first(x2)
    x5 = first(x4)
    x6 = last(x3)
    x7 = astuple(x5, x6)
    x8 = connect(x3, x7)
    x9 = connect(x7, x4)
    x10 = combine(x8, x9)
    O = underfill(I, FOUR, x10)
    return O

# decorate each 1: 2 above, 7 left, 6 right, 8 below
def solve_d364b489(I):
    x1 = ofcolor(I, ONE)
    x2 = shift(x1, UP)
    x3 = shift(x1, LEFT)
    x4 = shift(x1, RIGHT)
    x5 = shift(x1, DOWN)
    x6 = fill(I, TWO, x2)
    x7 = fill(x6, SEVEN, x3)
    x8 = fill(x7, SIX, x4)
    O = fill(x8, EIGHT, x5)
    return O

# keep only the middle column
def solve_d23f8c26(I):
    x1 = width(I)
    x2 = halve(x1)
    x3 = tojvec(x2)
    x4 = vfrontier(x3)
    x5 = asindices(I)
    x6 = difference(x5, x4)
    O = fill(I, ZERO, x6)
    return O

# place a copy of the grid in every block where the grid holds a 2
def solve_cce03e0d(I):
    x1 = hconcat(I, I)
    x2 = hconcat(x1, I)
    x3 = vconcat(x2, x2)
    x4 = vconcat(x3, x2)
    x5 = upscale(I, THREE)
    x6 = ofcolor(x5, TWO)
    x7 = asindices(x4)
    x8 = difference(x7, x6)
    O = fill(x4, ZERO, x8)
    return O

# on a doubled canvas, extend every cell down-right along its diagonal
def solve_d13f3404(I):
    x1 = fgpartition(I)
    x2 = rbind(shoot, UNITY)
    x3 = lbind(mapply, x2)
    x4 = compose(x3, toindices)
    x5 = fork(recolor, color, x4)
    x6 = mapply(x5, x1)
    x7 = shape(I)
    x8 = double(x7)
    x9 = canvas(ZERO, x8)
    O = paint(x9, x6)
    return O
