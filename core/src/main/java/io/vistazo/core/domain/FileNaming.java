package io.vistazo.core.domain;

import java.util.Locale;

/** Chevereto's {@code upload_filenaming} modes. */
public enum FileNaming {
    ORIGINAL,
    MIXED,
    RANDOM,
    ID;

    public static FileNaming parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
