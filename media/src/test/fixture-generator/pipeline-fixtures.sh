#!/bin/sh
# Issue-3 fixtures: pixels from GeneratePipelineFixtures.java, metadata from exiftool (Debian's
# libimage-exiftool-perl), the CMYK JPEG from `vips` (libvips-tools), the WebP from `cwebp` (webp).
# Run from this folder: sh pipeline-fixtures.sh ../resources/fixtures
set -eu
out=$1
work=$(mktemp -d)
java GeneratePipelineFixtures.java "$out"
mv "$out/../linear-rgb.icc" "$out/../cmyk-input.png" "$work/"
x="exiftool -q -overwrite_original"

for o in 1 2 3 4 5 6 7 8; do
  $x -n -Orientation=$o "$out/orientation-$o.jpg"
done

# CMYK (Adobe APP14, no profile) and an RGB JPEG whose ICC profile is linear RGB.
vips icc_export "$work/cmyk-input.png" "$out/cmyk.jpg[strip]" --output-profile cmyk
cp "$out/icc-base.jpg" "$out/icc.jpg"
$x "-ICC_Profile<=$work/linear-rgb.icc" "$out/icc.jpg"

# Title and description in Spanish, in each of the three places, with the precedence to prove.
cp "$out/metadata-base.jpg" "$out/meta-xmp.jpg"
$x -charset iptc=UTF8 -IPTC:CodedCharacterSet=UTF8 \
   -XMP-dc:Title="Café en Peñalolén" -XMP-dc:Description="Atardecer en la cordillera, ¡qué frío!" \
   -IPTC:ObjectName="Título IPTC" -IPTC:Caption-Abstract="Leyenda IPTC" \
   -XPTitle="Título XP" -ImageDescription="Descripción EXIF" "$out/meta-xmp.jpg"
cp "$out/metadata-base.jpg" "$out/meta-iptc.jpg"
$x -charset iptc=UTF8 -IPTC:CodedCharacterSet=UTF8 \
   -IPTC:ObjectName="Café en Peñalolén" -IPTC:Caption-Abstract="Niños jugando en Ñuñoa" \
   -XPTitle="Título XP" -ImageDescription="Descripción EXIF" "$out/meta-iptc.jpg"
cp "$out/metadata-base.jpg" "$out/meta-exif.jpg"
$x -XPTitle="Café en Peñalolén" -ImageDescription="Año nuevo en Ñuñoa" "$out/meta-exif.jpg"

# A phone photo: camera, capture date with offset, GPS in EXIF and in XMP, a title; and one turned a quarter.
cp "$out/metadata-base.jpg" "$out/gps.jpg"
$x -Make=Vistazo -Model="Cámara 1" -DateTimeOriginal="2019:07:14 18:30:05" -OffsetTimeOriginal="-04:00" \
   -GPSLatitude=33.4489 -GPSLatitudeRef=S -GPSLongitude=70.6693 -GPSLongitudeRef=W -GPSAltitude=570 \
   -XMP-exif:GPSLatitude="33,26.934S" -XMP-exif:GPSLongitude="70,40.158W" \
   -XMP-dc:Title="Café en Peñalolén" -XMP-xmp:Rating=4 "$out/gps.jpg"
cp "$out/orientation-6.jpg" "$out/gps-rotated.jpg"
$x -Make=Vistazo -DateTimeOriginal="2019:07:14 18:30:05" \
   -GPSLatitude=33.4489 -GPSLatitudeRef=S -GPSLongitude=70.6693 -GPSLongitudeRef=W \
   -XMP-exif:GPSLatitude="33,26.934S" -XMP-tiff:Orientation#=6 "$out/gps-rotated.jpg"

# The same location and title in PNG (eXIf and iTXt XMP chunks) and WebP (EXIF and XMP chunks).
cp "$work/cmyk-input.png" "$out/gps.png"
cwebp -quiet -q 80 "$work/cmyk-input.png" -o "$out/gps.webp"
for f in "$out/gps.png" "$out/gps.webp"; do
  $x -Make=Vistazo -GPSLatitude=33.4489 -GPSLatitudeRef=S -GPSLongitude=70.6693 -GPSLongitudeRef=W \
     -XMP-exif:GPSLatitude="33,26.934S" -XMP-dc:Title="Café en Peñalolén" "$f"
done

# A 360 photo (Google Photo Sphere XMP).
cp "$out/pano-base.jpg" "$out/pano.jpg"
$x -XMP-GPano:ProjectionType=equirectangular -XMP-GPano:UsePanoramaViewer=True "$out/pano.jpg"

rm -f "$out/metadata-base.jpg" "$out/pano-base.jpg" "$out/icc-base.jpg"
rm -rf "$work"
