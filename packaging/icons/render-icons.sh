#!/bin/sh
# Renders the hicolor PNG sizes, the Windows .ico and the macOS .icns from the SVG app icon.
# Run by hand after changing the SVG (needs rsvg-convert from librsvg2-bin, ImageMagick's
# convert and python3); the results are committed so that building and packaging never need
# these tools.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/hicolor/scalable/apps/io.github.refrain.Refrain.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 64 128 256; do
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --output "$dir/io.github.refrain.Refrain.png" "$svg"
done
for size in 512 1024; do
    rsvg-convert --width "$size" --height "$size" --output "$tmp/$size.png" "$svg"
done

# Windows: one .ico holding the sizes Explorer and the Start menu ask for.
mkdir -p "$here/windows"
# shellcheck disable=SC2046 # one argument per size, paths without spaces
convert $(for s in 16 32 48 256; do echo "$here/hicolor/${s}x${s}/apps/io.github.refrain.Refrain.png"; done) \
    "$here/windows/refrain.ico"

# macOS: an .icns is a list of (type, length, PNG) records; each type names a size.
mkdir -p "$here/macos"
python3 - "$here" "$tmp" <<'PY'
import struct, sys
here, tmp = sys.argv[1], sys.argv[2]
def png(size):
    path = f"{tmp}/{size}.png" if size >= 512 else f"{here}/hicolor/{size}x{size}/apps/io.github.refrain.Refrain.png"
    with open(path, "rb") as f:
        return f.read()
kinds = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
         (b"ic09", 512), (b"ic10", 1024)]
body = b"".join(k + struct.pack(">I", 8 + len(png(s))) + png(s) for k, s in kinds)
with open(f"{here}/macos/refrain.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
