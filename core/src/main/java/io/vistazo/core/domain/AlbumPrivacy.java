package io.vistazo.core.domain;

import java.util.Locale;

/** Who sees an album and the media in it. */
public enum AlbumPrivacy {
    /** Listed and viewable by anyone. */
    PUBLIC,
    /** Its owner (and admins) only. */
    PRIVATE,
    /** Anyone with the link; never listed. Chevereto's {@code private_but_link}. */
    UNLISTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether someone who is neither owner nor admin may open it by its link. */
    public boolean openByLink() {
        return this != PRIVATE;
    }

    /** {@code public}, {@code private}, {@code unlisted} (or Chevereto's {@code private_but_link}). */
    public static AlbumPrivacy parse(String value) {
        String normalized = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "public" -> PUBLIC;
            case "private" -> PRIVATE;
            case "unlisted", "private_but_link" -> UNLISTED;
            default -> throw Refusal.invalidValue("Album privacy must be public, private or unlisted");
        };
    }
}
