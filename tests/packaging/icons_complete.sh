#!/bin/sh
# Every hicolor PNG size a desktop asks for exists and really has that size (a PNG's IHDR holds
# width and height as big-endian 32-bit numbers at bytes 16..23), and the SVG is there.
set -eu
icons=$1
appid=io.github.refrain.Refrain
[ -s "$icons/hicolor/scalable/apps/$appid.svg" ] || { echo "FAIL: no scalable SVG icon" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
    png="$icons/hicolor/${size}x${size}/apps/$appid.png"
    [ -s "$png" ] || { echo "FAIL: no ${size}x${size} icon" >&2; exit 1; }
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || { echo "FAIL: $png is $dims, not ${size}x${size}" >&2; exit 1; }
done
echo "PASS: SVG and 6 PNG sizes"
