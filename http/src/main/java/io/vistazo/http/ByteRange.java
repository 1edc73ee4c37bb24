package io.vistazo.http;

/**
 * One byte range from a {@code Range} header: {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}. Several
 * ranges are answered with the whole file, as the standard allows.
 */
record ByteRange(long first, long last) {

    /** A syntactically valid range that lies outside the file. */
    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    long length() {
        return last - first + 1;
    }

    /** The range to send, null for the whole file, or {@link #UNSATISFIABLE}. */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.strip().startsWith("bytes=")) {
            return null;
        }
        String spec = header.strip().substring("bytes=".length()).strip();
        if (spec.contains(",")) {
            return null;
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return UNSATISFIABLE;
        }
        try {
            String from = spec.substring(0, dash).strip();
            String to = spec.substring(dash + 1).strip();
            if (from.isEmpty()) {
                return suffix(Long.parseLong(to), size);
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            if (first < 0 || first >= size || last < first) {
                return UNSATISFIABLE;
            }
            return new ByteRange(first, last);
        } catch (NumberFormatException e) {
            return UNSATISFIABLE;
        }
    }

    private static ByteRange suffix(long count, long size) {
        if (count <= 0 || size == 0) {
            return UNSATISFIABLE;
        }
        return new ByteRange(Math.max(0, size - count), size - 1);
    }
}
