package io.vistazo.http;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.DescribeMedia;
import io.vistazo.core.port.in.FindMedia;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.BlobStore.Blob;
import io.vistazo.http.web.WebSessions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code /images/<key>}: the exact stored bytes with validators, long-lived caching, single ranges and headers
 * that stop browsers from running anything uploaded. Files of media in private albums go only to the signed-in
 * owner and admins (404 to anyone else, as their viewer page) and are never cached outside the browser.
 */
final class FileRoutes implements Router.Routes {

    private static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    private static final String CACHE_NOWHERE = "private, no-store";

    private final BlobStore blobs;
    private final FindMedia finder;
    private final DescribeMedia describer;
    private final WebSessions sessions;

    FileRoutes(BlobStore blobs, FindMedia finder, DescribeMedia describer, WebSessions sessions) {
        this.blobs = blobs;
        this.finder = finder;
        this.describer = describer;
        this.sessions = sessions;
    }

    @Override
    public void register(Router router) {
        router.get("/" + LinkMedia.FILES_ROUTE + "/{key...}", this::serve);
    }

    /** {@code ?download=1}: the browser saves the file, under the name it was uploaded with. */
    static boolean wantsDownload(String rawQuery) {
        return rawQuery != null && Arrays.asList(rawQuery.split("&")).contains("download=1");
    }

    private void serve(Exchange exchange) throws IOException {
        String key = exchange.pathParam("key");
        FindMedia.FileStatus status = finder.file(key);
        // Only files of media in private albums cost a session lookup; public ones are answered from memory.
        if (!status.servable() || status.restricted()
                && !status.servableTo(sessions.user(exchange).orElse(User.GUEST))) {
            throw Refusal.notFound();
        }
        Optional<Blob> found = blobs.find(key);
        if (found.isEmpty() && redirectedToRenamed(exchange, key)) {
            return;
        }
        Blob blob = found.orElseThrow(Refusal::notFound);
        Instant modified = blob.lastModified().truncatedTo(ChronoUnit.SECONDS);
        String etag = "\"" + Long.toHexString(blob.size()) + "-" + Long.toHexString(modified.getEpochSecond()) + "\"";
        exchange.header("ETag", etag)
                .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)))
                .header("Cache-Control", cacheControl(status))
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; media-src 'self'")
                .header("Content-Type", MediaFormat.mimeOfExtension(extensionOf(key)));
        if (wantsDownload(exchange.rawQuery())) {
            exchange.header("Content-Disposition", DownloadName.attachment(describer.downloadName(key)
                    .orElse(key.substring(key.lastIndexOf('/') + 1))));
        }
        if (notModified(exchange, etag, modified)) {
            exchange.sendHeaders(304, 0);
            return;
        }
        ByteRange range = ByteRange.parse(exchange.header("Range"), blob.size());
        if (range == ByteRange.UNSATISFIABLE) {
            exchange.header("Content-Range", "bytes */" + blob.size());
            exchange.send(416, "text/plain; charset=UTF-8", "Range Not Satisfiable");
            return;
        }
        if (range == null) {
            write(exchange, blob, 200, 0, blob.size());
        } else {
            exchange.header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + blob.size());
            write(exchange, blob, 206, range.first(), range.length());
        }
    }

    private static String cacheControl(FindMedia.FileStatus status) {
        if (status.restricted()) {
            return CACHE_NOWHERE;
        }
        return status.expires() ? "public, max-age=" + status.secondsLeft() : CACHE_FOREVER;
    }

    private static boolean notModified(Exchange exchange, String etag, Instant modified) {
        String ifNoneMatch = exchange.header("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || ifNoneMatch.contains(etag);
        }
        String ifModifiedSince = exchange.header("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.strip(), Instant::from);
            return !modified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Links to a thumb or medium as a moved Chevereto site named it ({@code fox.th.webp}) lead to the file. */
    private boolean redirectedToRenamed(Exchange exchange, String key) throws IOException {
        Optional<String> renamed = finder.renamedDerivative(key);
        if (renamed.isEmpty()) {
            return false;
        }
        exchange.redirect(301, "/" + LinkMedia.FILES_ROUTE + "/" + renamed.get());
        return true;
    }

    /** Opens the file before the headers go out, so a store that fails to open it still gets an answer. */
    private static void write(Exchange exchange, Blob blob, int status, long offset, long length)
            throws IOException {
        if (exchange.isHead()) {
            exchange.sendHeaders(status, length);
            return;
        }
        // A store that is down fails here, before any header went out, and RouteTable answers 503.
        InputStream in;
        try {
            in = blob.open(offset, length);
        } catch (NoSuchFileException e) {
            throw Refusal.notFound(); // deleted (or expired) between the lookup and now
        }
        try (in; OutputStream out = exchange.responseBody()) {
            exchange.sendHeaders(status, length);
            copy(in, out, length);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        if (in instanceof ByteArrayInputStream && in.available() == length) {
            // A cached file: its array goes out in one write, with no buffer to allocate and fill.
            in.transferTo(out);
            return;
        }
        byte[] buffer = new byte[(int) Math.min(64 * 1024, Math.max(1, length))];
        long remaining = length;
        while (remaining > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (n < 0) {
                throw new IOException("file shorter than its size");
            }
            out.write(buffer, 0, n);
            remaining -= n;
        }
    }

    private static String extensionOf(String key) {
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        return dot > slash ? key.substring(dot + 1) : "";
    }
}
