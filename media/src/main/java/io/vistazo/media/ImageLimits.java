package io.vistazo.media;

import io.vistazo.core.domain.Refusal;

/**
 * Pixel budgets checked from the headers, before anything is decoded (the decompression-bomb guard).
 *
 * @param maxPixels largest width × height accepted for a single image
 * @param maxAnimationPixels largest frames × width × height accepted for an animated image
 */
public record ImageLimits(long maxPixels, long maxAnimationPixels) {

    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
    public static final long DEFAULT_MAX_ANIMATION_PIXELS = 500_000_000L;

    public ImageLimits {
        if (maxPixels <= 0 || maxAnimationPixels <= 0) {
            throw new IllegalArgumentException("pixel limits must be positive");
        }
    }

    public static ImageLimits defaults() {
        return new ImageLimits(DEFAULT_MAX_PIXELS, DEFAULT_MAX_ANIMATION_PIXELS);
    }

    void requireWithin(int width, int height) {
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            throw Refusal.tooManyPixels(width + "x" + height + " is more than " + maxPixels + " pixels");
        }
    }

    void requireAnimationWithin(int width, int height, int frames) {
        long framePixels = Math.max(1L, (long) width * height);
        // Division instead of frames × pixels, which could overflow a long.
        if (frames > maxAnimationPixels / framePixels) {
            throw Refusal.tooManyPixels(frames + " frames of " + width + "x" + height + " is more than "
                    + maxAnimationPixels + " pixels");
        }
    }
}
