#!/bin/bash
# Accuracy of the enumerative search, as recorded in docs/PERFORMANCE.md:
#   benchmarks/search_accuracy.sh DATA DEPTH BUDGET OUTDIR
#   e.g. benchmarks/search_accuracy.sh arc1-eval 3 10s results/eval_d3
# Searches the first 400 tasks of DATA into an empty store OUTDIR/st (also writing the
# search's own attempts), scores them, then lets `solve` rank the stored and corpus
# programs without further search, and scores that. Only `score` reads test outputs.
set -euo pipefail
if [ $# -ne 4 ]; then
    echo "usage: $0 DATA DEPTH BUDGET OUTDIR   (e.g. arc1-eval 3 10s results/eval_d3)" >&2
    exit 2
fi
DATA=$1; DEPTH=$2; BUDGET=$3; OUT=$4
ARCBATT=${ARCBATT:-arcbatt}
rm -rf "$OUT"; mkdir -p "$OUT"
start=$(date +%s)
$ARCBATT search -c 400 --data "$DATA" --budget-per-task "$BUDGET" --depth "$DEPTH" \
    --store "$OUT/st" -q --out "$OUT/search_sub.json" | tee "$OUT/search.log"
mid=$(date +%s)
$ARCBATT score "$OUT/search_sub.json" --data "$DATA" | tee "$OUT/score_search.txt"
$ARCBATT solve --data "$DATA" --budget-per-task 0 --store "$OUT/st" \
    --out "$OUT/sub.json" > "$OUT/solve.log"
end=$(date +%s)
$ARCBATT score "$OUT/sub.json" --data "$DATA" | tee "$OUT/score_solve.txt"
echo "search wall $((mid - start)) s, solve wall $((end - mid)) s" | tee "$OUT/wall.txt"
