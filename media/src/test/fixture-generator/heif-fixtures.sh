#!/usr/bin/env bash
# Writes the HEIC/AVIF fixtures into ../resources/fixtures/heif/ with real encoders:
# Debian 12's libheif-examples 1.15.1 (heif-enc, x265) and libavif-bin 0.11.1 (avifenc, libaom).
set -euo pipefail
cd "$(dirname "$0")"
out=../resources/fixtures/heif
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
java GenerateHeifInputs.java inputs "$work"
# Portrait iPhone-like photo: landscape pixels, irot 3 and EXIF orientation 6, GPS, a UTF-8 XMP title.
heif-enc -q 60 "$work/iphone-input.jpg" -o "$out/iphone.heic"
java GenerateHeifInputs.java iphone "$out/iphone.heic"
# The same photo cut in half, and claiming 60000x60000.
head -c "$(( $(stat -c %s "$out/iphone.heic") / 2 ))" "$out/iphone.heic" > "$out/truncated.heic"
java GenerateHeifInputs.java huge "$out/iphone.heic" "$out/huge.heic"
# icc.jpg's ICC profile goes into a colr box.
heif-enc -q 60 ../resources/fixtures/icc.jpg -o "$out/icc.heic"
# The same photo as AVIF, its EXIF (GPS included) and XMP copied by avifenc.
avifenc -s 8 --min 25 --max 35 "$work/iphone-input.jpg" "$out/gps.avif" >/dev/null
# 300x600 with alpha (the PNG fixture), 10-bit, and a two-frame animation (red, then blue).
avifenc -s 8 --min 25 --max 35 ../resources/fixtures/tall.png "$out/alpha.avif" >/dev/null
avifenc -s 8 --min 25 --max 35 -d 10 "$work/frame-1.png" "$out/ten-bit.avif" >/dev/null
avifenc -s 8 --min 25 --max 35 --fps 10 "$work/frame-1.png" "$work/frame-2.png" "$out/animated.avif" >/dev/null
ls -l "$out"
