#!/usr/bin/env bash
# Render an arcbatt HTML report in headless Chromium and check what the browser built.
#
#   scripts/check_report_chromium.sh REPORT.html [SCREENSHOT.png]
#
# Dumps the DOM as Chromium parsed it (--dump-dom) and greps it for the report's parts:
# the stats table, the phase chart, at least one task section with a data-task attribute,
# inline SVG grids with cell rects, and no <script> or external resources. Then takes a
# full-width screenshot (default: REPORT.png next to the report) to look at by eye.
# Needs `chromium` (Debian: apt-get install -y chromium); CHROMIUM=... picks another binary.
set -euo pipefail

report=${1:?usage: $0 REPORT.html [SCREENSHOT.png]}
shot=${2:-${report%.html}.png}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [[ -z "$browser" ]]; then
    echo "check_report_chromium: no chromium found (apt-get install -y chromium)" >&2
    exit 2
fi
[[ -f "$report" ]] || { echo "check_report_chromium: no such file: $report" >&2; exit 2; }
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
profile_dir=$(mktemp -d)
dom=$(mktemp)
trap 'rm -rf "$dom" "$profile_dir"' EXIT
flags=(--headless --disable-gpu --no-sandbox --hide-scrollbars --user-data-dir="$profile_dir")
"$browser" "${flags[@]}" --dump-dom "$url" >"$dom" 2>/dev/null

fail=0
need() {  # need DESCRIPTION MIN_COUNT PATTERN
    local n
    n=$(grep -o -E "$3" "$dom" | wc -l)
    if (( n >= $2 )); then
        printf 'ok    %-38s %6d\n' "$1" "$n"
    else
        printf 'FAIL  %-38s %6d (want >= %d)\n' "$1" "$n" "$2"
        fail=1
    fi
}
forbid() {  # forbid DESCRIPTION PATTERN
    if grep -q -E "$2" "$dom"; then
        printf 'FAIL  %-38s present\n' "$1"
        fail=1
    else
        printf 'ok    %-38s absent\n' "$1"
    fi
}
need "stats table"                 1 '<table class="stats">'
need "phase chart (inline svg)"    1 '<svg[^>]*class="phase-chart"|class="note no-runs"'
need "task sections (data-task)"   1 '<section class="task" data-task="[^"]+"'
need "grids (inline svg)"          1 '<svg[^>]*class="grid"'
need "grid cells (rect)"           1 '<rect x="[0-9]+" y="[0-9]+" width="[0-9]+" height="[0-9]+" fill="#[0-9A-Fa-f]{6}"'
need "program text"                1 '<pre class="program">'
forbid "script elements"           '<script'
forbid "external resources"        '(src|href)="(https?:)?//'

"$browser" "${flags[@]}" --window-size=1400,2200 --screenshot="$shot" "$url" >/dev/null 2>&1
if [[ -s "$shot" ]]; then
    echo "ok    screenshot                              $shot"
else
    echo "FAIL  screenshot not written: $shot"
    fail=1
fi
exit "$fail"
