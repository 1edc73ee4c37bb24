package io.vistazo.core.domain;

/** What a media row holds: a still or animated image, or a video. */
public enum MediaKind {
    IMAGE("image"),
    VIDEO("video");

    private final String label;

    MediaKind(String label) {
        this.label = label;
    }

    /** The Chevereto {@code type} value. */
    public String label() {
        return label;
    }
}
