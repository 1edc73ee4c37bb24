package io.vistazo.core.text;

import java.util.random.RandomGenerator;

/** Stored file names and titles derived from client file names ({@code chevereto-compat.md} §3.2, §3.15). */
public final class FileNames {

    private FileNames() {
    }

    /** The client name without directories and without its last extension: {@code "a/b/c.d.jpg"} → {@code "c.d"}. */
    public static String stemOf(String filename) {
        throw new UnsupportedOperationException("stub");
    }

    /** The lower-case extension of a client name, or {@code ""}. */
    public static String extensionOf(String filename) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * Chevereto's cleaning: transliterate accents, whitespace runs to {@code -}, trim {@code -}, keep only
     * {@code [A-Za-z0-9_.-]}, cap at 200; empty result becomes 32 random hex.
     */
    public static String cleanStem(String stem, RandomGenerator random) {
        throw new UnsupportedOperationException("stub");
    }

    /** {@code stem} + 16 random hex ({@code mixed} mode). */
    public static String mixed(String cleanStem, RandomGenerator random) {
        throw new UnsupportedOperationException("stub");
    }

    /** {@code n} random lower-case hex characters. */
    public static String randomHex(int n, RandomGenerator random) {
        throw new UnsupportedOperationException("stub");
    }

    /** Title from a name stem: trim, runs of {@code -}, {@code _} or whitespace become one space. */
    public static String titleFromStem(String stem) {
        throw new UnsupportedOperationException("stub");
    }
}
