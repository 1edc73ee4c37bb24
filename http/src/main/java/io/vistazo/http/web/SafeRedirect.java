package io.vistazo.http.web;

/** Where a form may send the visitor next: a path on this site only, never another site. */
final class SafeRedirect {

    static final String DEFAULT = "/my";

    private SafeRedirect() {
    }

    /** The path when it is local ({@code /...} but not {@code //...} or {@code /\...}), else {@link #DEFAULT}. */
    static String target(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return DEFAULT;
        }
        return next;
    }
}
