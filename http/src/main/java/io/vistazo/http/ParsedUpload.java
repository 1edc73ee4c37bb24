package io.vistazo.http;

import java.nio.file.Path;
import java.util.Map;

/**
 * The parameters of an API request, body over query, and the {@code source} file part if any.
 *
 * @param fields text parameters by name (first value wins within one origin)
 * @param file the {@code source} file part on disk, or null
 * @param fileName the file part's client name
 */
record ParsedUpload(Map<String, String> fields, Path file, String fileName, Cleanup cleanup)
        implements AutoCloseable {

    /** Releases spooled parts. */
    @FunctionalInterface
    interface Cleanup {
        void run();
    }

    String field(String name) {
        return fields.get(name);
    }

    @Override
    public void close() {
        cleanup.run();
    }
}
