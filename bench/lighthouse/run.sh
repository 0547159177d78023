#!/usr/bin/env bash
# Lighthouse on the home page and a publication page, with its default mobile settings (a phone on a
# throttled connection): three runs per page, then the median score of each category.
#
#   bench/lighthouse/run.sh              # 3 runs per page
#   RUNS=5 bench/lighthouse/run.sh
#
# Lighthouse is installed with npm into bench/lighthouse/.tools (git-ignored) the first time. It drives
# Debian's Chromium (CHROME_PATH, /usr/bin/chromium by default). The script starts its own portal
# (Release build, Development environment with the demo content on a private PostgreSQL) on a free
# port of 127.0.0.1 and stops it at the end. Targets: performance >= 90; accessibility, best practices
# and SEO >= 95.
set -euo pipefail
cd "$(dirname "$0")/../.."

LIGHTHOUSE_VERSION="13.5.0"
RUNS="${RUNS:-3}"
TOOLS="bench/lighthouse/.tools"
RESULTS="bench/results/lighthouse"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
mkdir -p "$RESULTS"

command -v node >/dev/null || { echo "Node.js and npm are needed: sudo apt-get install nodejs npm" >&2; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "Chromium is needed at $CHROME_PATH: sudo apt-get install chromium" >&2; exit 1; }
lighthouse="$TOOLS/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ] || [ "$("$lighthouse" --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
    echo "Installing lighthouse $LIGHTHOUSE_VERSION into $TOOLS"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

PORT="${PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')}"
BASE="http://127.0.0.1:${PORT}"

source bench/portal.sh
start_portal "$BASE" "$RESULTS/portal.log"

# The newest publication with a photo if there is one (its listing shows a thumbnail), else the newest.
publication=$(curl -fs "$BASE/news" | tr '\n' ' ' | grep -o '<li class="publication-item has-thumbnail">.*' | grep -o 'href="/news/[^"]*"' | head -1 | sed 's/href="//; s/"$//' || true)
[ -n "$publication" ] || publication=$(curl -fs "$BASE/news" | grep -o 'href="/news/[^"]*"' | grep -v '/news/[0-9]' | head -1 | sed 's/href="//; s/"$//')

for name in home publication; do
    path="/"; [ "$name" = publication ] && path="$publication"
    # Warm up, so that the runs measure serving, not start-up and JIT.
    curl -fs -o /dev/null "$BASE$path"
    for run in $(seq 1 "$RUNS"); do
        "$lighthouse" "$BASE$path" --quiet --output=json --output-path="$RESULTS/$name-$run.json" \
            --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking" >/dev/null 2>>"$RESULTS/lighthouse.log"
    done
done

node - "$RESULTS" "$RUNS" "$publication" <<'SCRIPT'
const [results, runs, publication] = process.argv.slice(2);
const fs = require("fs");
const categories = ["performance", "accessibility", "best-practices", "seo"];
const median = values => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`Lighthouse, mobile, median of ${runs} runs (publication: ${publication})`);
console.log("page".padEnd(14) + categories.map(c => c.padStart(16)).join(""));
for (const page of ["home", "publication"]) {
    const reports = Array.from({ length: Number(runs) }, (_, i) => JSON.parse(fs.readFileSync(`${results}/${page}-${i + 1}.json`, "utf8")));
    const scores = categories.map(c => Math.round(100 * median(reports.map(r => r.categories[c].score))));
    console.log(page.padEnd(14) + scores.map(s => String(s).padStart(16)).join(""));
    // What kept a score from 100 in the last run, so that the next fix is plain to see.
    const last = reports[reports.length - 1];
    for (const c of categories) {
        for (const ref of last.categories[c].auditRefs.filter(a => a.weight > 0)) {
            const audit = last.audits[ref.id];
            if (audit.score !== null && audit.score < 0.9) console.log(`    ${c}: ${ref.id} (${audit.displayValue ?? audit.score})`);
        }
    }
}
SCRIPT
