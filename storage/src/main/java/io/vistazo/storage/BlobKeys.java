package io.vistazo.storage;

/** The shape of a safe storage key: relative, '/'-separated, no empty, '.', '..' or temp-file segments. */
final class BlobKeys {

    private BlobKeys() {
    }

    static void requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw invalid(key, "is empty");
        }
        if (key.startsWith("/")) {
            throw invalid(key, "is absolute");
        }
        if (key.indexOf('\\') >= 0 || key.indexOf('\0') >= 0) {
            throw invalid(key, "contains a backslash or NUL");
        }
        for (String segment : key.split("/", -1)) {
            requireValidSegment(key, segment);
        }
    }

    private static void requireValidSegment(String key, String segment) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw invalid(key, "has an empty, '.' or '..' segment");
        }
        if (segment.startsWith(LocalBlobStore.TEMP_PREFIX)) {
            throw invalid(key, "names a temp file");
        }
    }

    private static IllegalArgumentException invalid(String key, String why) {
        return new IllegalArgumentException("invalid storage key '" + key + "': " + why);
    }
}
