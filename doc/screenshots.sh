#!/bin/sh
# Regenerates doc/screenshots/*.png: the main pages of the back office, the
# Professional Portal and the Hiring Portal at 1280 and 375 px wide, on a
# fresh in-memory agency, through headless Chromium (chromedp).
# Run from anywhere:  sh doc/screenshots.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
MATCHPOINT_SCREENSHOTS="$root/doc/screenshots" go test -tags screenshots -count=1 -run '^TestScreenshots$' -v ./web/
ls doc/screenshots
