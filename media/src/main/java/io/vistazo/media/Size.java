package io.vistazo.media;

/** Pixel dimensions. */
record Size(int width, int height) {

    /** The height {@code targetWidth} gives when the ratio is kept: {@code round(width / ratio)}, at least 1. */
    int heightForWidth(int targetWidth) {
        return (int) Math.max(1, Math.round(targetWidth * (double) height / width));
    }
}
