package io.vistazo.core.text;

/** Viewer URL slugs from titles ({@code chevereto-compat.md} §3.5). */
public final class Slugs {

    private Slugs() {
    }

    /** {@code "Hola señor ¿qué tal?"} → {@code "Hola-se%C3%B1or-%C2%BFqu%C3%A9-tal"}; may be empty. */
    public static String fromTitle(String title) {
        throw new UnsupportedOperationException("stub");
    }
}
