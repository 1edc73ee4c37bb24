package io.vistazo.media;

import java.util.Objects;

/**
 * The operator's choices for the image pipeline.
 *
 * @param maxPixels largest width × height accepted for a single image
 * @param maxAnimationPixels largest frames × width × height accepted for an animated image
 * @param exifPolicy what metadata stored files keep
 * @param maxConcurrentDecodes how many uploads may hold decoded pixels at once (bounds the heap used); HEIF
 *                             decodes by libheif's tool count among them
 * @param heif how HEIC/HEIF and AVIF uploads are decoded
 */
public record MediaSettings(long maxPixels, long maxAnimationPixels, ExifPolicy exifPolicy,
                            int maxConcurrentDecodes, HeifSettings heif) {

    public MediaSettings {
        Objects.requireNonNull(exifPolicy, "exifPolicy");
        Objects.requireNonNull(heif, "heif");
        if (maxConcurrentDecodes <= 0) {
            throw new IllegalArgumentException("maxConcurrentDecodes must be positive");
        }
        if (maxPixels <= 0 || maxAnimationPixels <= 0) {
            throw new IllegalArgumentException("pixel limits must be positive");
        }
    }

    /** With {@link HeifSettings#defaults()}. */
    public MediaSettings(long maxPixels, long maxAnimationPixels, ExifPolicy exifPolicy, int maxConcurrentDecodes) {
        this(maxPixels, maxAnimationPixels, exifPolicy, maxConcurrentDecodes, HeifSettings.defaults());
    }

    /** 100 MP, 500 MP of animation, GPS removed, one decode per core, HEIF through libheif's tool if installed. */
    public static MediaSettings defaults() {
        return new MediaSettings(ImageLimits.DEFAULT_MAX_PIXELS, ImageLimits.DEFAULT_MAX_ANIMATION_PIXELS,
                ExifPolicy.KEEP_GPS_FREE, Runtime.getRuntime().availableProcessors());
    }

    public MediaSettings withLimits(ImageLimits limits) {
        return new MediaSettings(limits.maxPixels(), limits.maxAnimationPixels(), exifPolicy, maxConcurrentDecodes,
                heif);
    }

    public MediaSettings withExifPolicy(ExifPolicy policy) {
        return new MediaSettings(maxPixels, maxAnimationPixels, policy, maxConcurrentDecodes, heif);
    }

    public MediaSettings withHeif(HeifSettings settings) {
        return new MediaSettings(maxPixels, maxAnimationPixels, exifPolicy, maxConcurrentDecodes, settings);
    }

    ImageLimits limits() {
        return new ImageLimits(maxPixels, maxAnimationPixels);
    }
}
