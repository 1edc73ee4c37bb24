package io.vistazo.core.domain;

/**
 * The sizes of the files rendered beside each upload: the thumb is cropped to fill {@code thumbWidth} ×
 * {@code thumbHeight}; the medium is scaled to {@code mediumWidth} when the image is wider (and always for an
 * animated one). One value, read once from the settings, for the renderer and for the sizes the API reports.
 *
 * @param mediumWidth 0 renders no medium
 */
public record DerivativeSizes(int thumbWidth, int thumbHeight, int mediumWidth) {

    /** The sizes when the operator sets none. */
    public static final DerivativeSizes DEFAULTS = new DerivativeSizes(320, 320, 500);

    public DerivativeSizes {
        requireAtLeast(1, thumbWidth, "thumb width");
        requireAtLeast(1, thumbHeight, "thumb height");
        requireAtLeast(0, mediumWidth, "medium width");
    }

    private static void requireAtLeast(int least, int value, String what) {
        if (value < least) {
            throw new IllegalArgumentException(what + " must be at least " + least + ", not " + value);
        }
    }
}
