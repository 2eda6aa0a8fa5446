#!/usr/bin/env bash
# Renders the hicolor PNG icons from gazette.svg (needs rsvg-convert, from librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" gazette.svg -o "hicolor/${size}x${size}/apps/gazette.png"
done
