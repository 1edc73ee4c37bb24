package io.vistazo.core.port.in;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where an upload's bytes come from: a file part, a URL to fetch, or base64 text. */
public sealed interface UploadSource {

    /** A file already on disk (a multipart part); the caller owns and deletes it. */
    record FileSource(Path file, String filename) implements UploadSource {
    }

    /** A URL to fetch; the scheme is checked when fetching. */
    record UrlSource(String url) implements UploadSource {
    }

    /** Base64 text as received. */
    record Base64Source(String text) implements UploadSource {
    }

    /** Anything shaped like {@code scheme://…}; base64 can never contain {@code :}. */
    Pattern URL_SHAPE = Pattern.compile("^[a-z][a-z0-9+.-]*://\\S+$");

    /** Classifies a text {@code source} (or {@code image}) value as Chevereto does: URL, else base64. */
    static UploadSource fromText(String text) {
        String trimmed = text.strip();
        if (URL_SHAPE.matcher(trimmed.toLowerCase(Locale.ROOT)).matches()) {
            return new UrlSource(trimmed);
        }
        return new Base64Source(text);
    }
}
