# Sourced by scripts/bench-lighthouse.sh and bench-lighthouse-ab.sh: how both run Lighthouse 12
# (mobile defaults: Slow 4G, 4x CPU) on Debian's Chromium, so their figures compare.
export CHROME_PATH=/usr/bin/chromium
LIGHTHOUSE_CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

# lighthouse_json URL OUTPUT CATEGORIES: Lighthouse's JSON report of URL in OUTPUT; fails only
# after four failed attempts. Chromium now and then fails to start or connect under load, and
# Lighthouse 12 with this Chromium now and then fails with NO_NAVSTART (its trace lacks the
# navigation's start: a tracing fault, whatever the page; 7 of 127 attempts, twice in a row on
# two pages, in one full run).
lighthouse_json() {
  local attempt
  for attempt in 1 2 3 4; do
    lighthouse "$1" --quiet --output=json --output-path="$2" --only-categories="$3" \
      --chrome-flags="$LIGHTHOUSE_CHROME_FLAGS" >/dev/null 2>&1 && return 0
    echo "lighthouse failed on $1 (attempt $attempt)" >&2
  done
  rm -f "$2"
  return 1
}
