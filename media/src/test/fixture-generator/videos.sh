#!/usr/bin/env bash
# Writes the video fixtures into the folder given as the first argument (default ../resources/fixtures/video).
# Needs ffmpeg with libx264, libx265, libvpx and libaom (Debian 12: apt-get install ffmpeg; ffmpeg 5.1 made the
# checked-in files). Every clip is 4 s of `testsrc` with a marker box in the top-left quarter-by-third that is red
# before 0.5 s, green from 0.5 s to 1.5 s and blue after, so the frame at floor(4/4) = 1 s must show green.
set -euo pipefail
out="${1:-$(dirname "$0")/../resources/fixtures/video}"
mkdir -p "$out"
cd "$out"

marked() { # $1 = WxH
    echo "testsrc=size=$1:rate=15:duration=4,format=yuv420p,\
drawbox=x=0:y=0:w=iw/4:h=ih/3:color=red:t=fill:enable='lt(t,0.5)',\
drawbox=x=0:y=0:w=iw/4:h=ih/3:color=lime:t=fill:enable='between(t,0.5,1.5)',\
drawbox=x=0:y=0:w=iw/4:h=ih/3:color=blue:t=fill:enable='gt(t,1.5)'"
}
tone='sine=frequency=440:sample_rate=22050:duration=4'
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }
x264() { # $1 = profile, then output options
    local profile="$1"; shift
    echo -c:v libx264 -profile:v "$profile" -preset veryslow -crf 36 -g 30 -pix_fmt yuv420p
}

ff -f lavfi -i "$(marked 160x120)" $(x264 baseline) -movflags +faststart h264-baseline.mp4
ff -f lavfi -i "$(marked 160x120)" $(x264 main) -movflags +faststart h264-main.mp4
ff -f lavfi -i "$(marked 160x120)" $(x264 high) -movflags +faststart h264-high.mp4
ff -f lavfi -i "$(marked 160x120)" -f lavfi -i "$tone" $(x264 baseline) -c:a aac -b:a 16k -ac 1 -shortest \
    h264-baseline-aac.mp4
ff -f lavfi -i "$(marked 160x120)" -f lavfi -i "$tone" $(x264 high) -c:a aac -b:a 16k -ac 1 -shortest \
    h264-high-aac.mp4
# 10-bit: H.264 that JCodec cannot decode, so it goes to ffmpeg like HEVC.
ff -f lavfi -i "$(marked 160x120)" -c:v libx264 -profile:v high10 -pix_fmt yuv420p10le -preset veryslow -crf 36 \
    -g 30 -movflags +faststart h264-high10.mp4
ff -f lavfi -i "$(marked 640x360)" $(x264 high) -crf 40 -movflags +faststart h264-wide.mp4
ff -f lavfi -i "$(marked 160x120)" -f lavfi -i "$tone" $(x264 main) -c:a aac -b:a 16k -ac 1 -shortest \
    -f mov h264.mov
# A phone held upright: 160x120 stored, a 90 degree display matrix in the track header.
ff -i h264-main.mp4 -c copy -metadata:s:v:0 rotate=90 rotated.mov
ff -f lavfi -i "$(marked 160x120)" -c:v libvpx -b:v 60k -g 30 vp8.webm
ff -f lavfi -i "$(marked 160x120)" -f lavfi -i "$tone" -c:v libvpx-vp9 -b:v 60k -g 30 -c:a libopus -b:a 16k \
    -shortest vp9.webm
# As a browser's MediaRecorder writes it: to a pipe, so no Duration, unknown-size Segment and Clusters.
ff -f lavfi -i "$(marked 160x120)" -c:v libvpx -b:v 40k -g 30 -f webm - > vp8-live.webm
ff -f lavfi -i "$(marked 160x120)" -c:v libaom-av1 -cpu-used 8 -crf 50 -g 30 av1.webm
ff -f lavfi -i "$(marked 160x120)" -c:v libx265 -preset medium -crf 36 -tag:v hvc1 -x265-params log-level=none \
    -movflags +faststart hevc.mp4

# Only claims to be a video: an MP4 ftyp box, then random bytes.
{ head -c 32 h264-baseline.mp4; head -c 4000 /dev/urandom; } > fake.mp4
# The moov box (written first by +faststart) cut in the middle.
head -c 700 h264-baseline.mp4 > truncated.mp4
ls -l
