package io.vistazo.core.domain;

/**
 * The files one media row owns, with Chevereto's chain bits and name suffixes
 * ({@code name.th.jpg}, {@code name.md.jpg}, {@code name.fr.jpeg}), and the original {@code name.heic} a HEIC
 * photo converted to JPEG keeps for download. This is the one list every reader of a media's files (viewer,
 * file serving, delete, {@code check}) goes through.
 */
public enum ChainMember {
    FRAME(16, ".fr"),
    IMAGE(4, ""),
    MEDIUM(2, ".md"),
    THUMB(1, ".th"),
    /** The HEIC a converted JPEG was made from; only HEIC is converted and kept, so its extension is fixed. */
    ORIGINAL(32, "");

    private final int bit;
    private final String suffix;

    ChainMember(int bit, String suffix) {
        this.bit = bit;
        this.suffix = suffix;
    }

    public int bit() {
        return bit;
    }

    /** The name suffix of a derivative ({@code .th}); empty for the main file and the original. */
    public String suffix() {
        return suffix;
    }

    public boolean in(int chain) {
        return (chain & bit) != 0;
    }

    /**
     * The storage key of this member, derived from the main file's key: {@code 2024/01/02/cat.png} gives
     * {@code 2024/01/02/cat.th.png}, keeping the main extension ({@code jpg}) when the format is the same.
     * Derivatives of a video, an AVIF or a HEIC are JPEG; of a WebP, PNG (no WebP writer).
     */
    public String keyFor(String mainKey, MediaFormat mainFormat) {
        if (this == IMAGE) {
            return mainKey;
        }
        int dot = mainKey.lastIndexOf('.');
        String stem = dot < 0 ? mainKey : mainKey.substring(0, dot);
        if (this == ORIGINAL) {
            return stem + "." + MediaFormat.HEIC.extension();
        }
        MediaFormat format = derivativeFormat(mainFormat);
        String extension = format == mainFormat && dot >= 0 ? mainKey.substring(dot + 1) : format.extension();
        return stem + suffix + "." + extension;
    }

    /** The format thumbs, mediums and frames of a main file in {@code mainFormat} are written in. */
    public static MediaFormat derivativeFormat(MediaFormat mainFormat) {
        if (mainFormat.kind() == MediaKind.VIDEO) {
            return MediaFormat.JPEG;
        }
        return switch (mainFormat) {
            case JPEG, PNG, GIF -> mainFormat;
            case AVIF, HEIC -> MediaFormat.JPEG;
            default -> MediaFormat.PNG;
        };
    }
}
