#!/usr/bin/env bash
# Builds the map label glyphs (SDF protobufs) from Debian's DejaVu Sans Bold with fontnik, so
# labels with å/ä/ö render without any network request. Output is committed; rerun only to change
# the font. Needs: apt-get install -y fonts-dejavu-core
set -euo pipefail
cd "$(dirname "$0")/.."
ttf=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
[ -f "$ttf" ] || { echo "Saknar $ttf – kör: apt-get install -y fonts-dejavu-core" >&2; exit 1; }
tmp=$(mktemp -d)
npx build-glyphs "$ttf" "$tmp"
out=public/glyphs/DejaVuSans-Bold
rm -rf "$out" && mkdir -p "$out"
# Latin-1, Latin Extended-A and general punctuation cover Swedish names and dashes; MapLibre asks
# only for the ranges of characters it draws.
for range in 0-255 256-511 8192-8447; do cp "$tmp/$range.pbf" "$out/"; done
rm -rf "$tmp"
ls -l "$out"
