package io.vistazo.media.video;

/**
 * What a container says about its first video stream.
 *
 * @param codec the ISO sample entry type ({@code avc1}) or Matroska codec ID ({@code V_VP9})
 * @param codedWidth width of the pictures as stored, before {@code rotation}
 * @param rotation clockwise degrees (0, 90, 180, 270) a player turns the pictures by
 * @param h264Pixels pixels per picture by the stream's own parameters (SPS) when it is H.264 in the 8-bit 4:2:0
 *                   form JCodec decodes, else 0
 */
record VideoTrack(String codec, int codedWidth, int codedHeight, double durationSeconds, int rotation,
                  long h264Pixels) {

    /** Width as displayed. */
    int width() {
        return rotation % 180 == 0 ? codedWidth : codedHeight;
    }

    /** Height as displayed. */
    int height() {
        return rotation % 180 == 0 ? codedHeight : codedWidth;
    }
}
