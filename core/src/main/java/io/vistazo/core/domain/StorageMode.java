package io.vistazo.core.domain;

import java.util.Locale;

/** How files are laid out under the images folder. */
public enum StorageMode {
    /** {@code <Y>/<m>/<d>/<name>.<ext>}, by the upload's local date. */
    DATEFOLDER,
    /** {@code <ab>/<cd>/<sha256>.<ext>}: identical bytes are stored once. */
    HASH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StorageMode parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
