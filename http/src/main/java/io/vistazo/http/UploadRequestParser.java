package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.files.Folders;
import io.vistazo.core.text.SizeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.InputStreamContentSource;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Reads the parameters of an API request from its query string and its body (multipart or urlencoded), with the
 * body winning. Multipart files are spooled to disk by Jetty's parser, never held whole in memory.
 */
final class UploadRequestParser {

    private static final int MAX_FIELDS = 1000;
    private static final int MAX_PART_HEADER_BYTES = 16 * 1024;
    private static final long MEMORY_PART_LIMIT = 256 * 1024;
    private static final ByteBufferPool.Sized BUFFERS = new ByteBufferPool.Sized(new ArrayByteBufferPool());

    private final HttpSettings settings;

    UploadRequestParser(HttpSettings settings) {
        this.settings = settings;
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            try {
                UrlEncoded.decodeTo(rawQuery, fields::putIfAbsent, StandardCharsets.UTF_8, MAX_FIELDS);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw malformed();
            }
        }
        return fields;
    }

    ParsedUpload parse(Exchange exchange) throws IOException {
        Map<String, String> fields = parseQuery(exchange.rawQuery());
        String contentType = contentType(exchange);
        if (contentType.startsWith("multipart/form-data")) {
            return parseMultipart(exchange, fields);
        }
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String> body = new LinkedHashMap<>();
            try (InputStream in = bounded(exchange, settings.maxFormBytes(), settings.maxUploadBytes())) {
                int max = (int) Math.min(Integer.MAX_VALUE, settings.maxFormBytes());
                UrlEncoded.decodeUtf8To(in, body::putIfAbsent, max, MAX_FIELDS);
            } catch (BoundedInputStream.BodyTooLargeException e) {
                throw tooLarge(settings.maxUploadBytes());
            } catch (BoundedInputStream.BodyTimeoutException e) {
                throw Refusal.requestTimeout();
            } catch (BoundedInputStream.BodyBrokenException e) {
                throw bodyBroken();
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw malformed();
            }
            fields.putAll(body);
        }
        return new ParsedUpload(fields, null, null, () -> {
        });
    }

    private ParsedUpload parseMultipart(Exchange exchange, Map<String, String> fields) throws IOException {
        String boundary = boundary(exchange.header("Content-Type"));
        if (!Files.isDirectory(settings.tempDir())) {
            Files.createDirectories(settings.tempDir());
        }
        Path requestDir = Files.createTempDirectory(settings.tempDir(), "request-");
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setFilesDirectory(requestDir);
        parser.setMaxMemoryFileSize(MEMORY_PART_LIMIT);
        parser.setMaxLength(settings.maxMultipartBytes());
        parser.setMaxParts(MAX_FIELDS);
        parser.setPartHeadersMaxLength(MAX_PART_HEADER_BYTES);
        try (InputStream in = bounded(exchange, settings.maxMultipartBytes(), settings.maxFileBytes())) {
            CompletableFuture<MultiPartFormData.Parts> parsed = new CompletableFuture<>();
            parser.parse(new InputStreamContentSource(in, BUFFERS), Promise.Invocable.toPromise(parsed));
            MultiPartFormData.Parts parts = parsed.get();
            return collect(parts, fields, requestDir);
        } catch (ExecutionException e) {
            deleteTree(requestDir);
            if (e.getCause() instanceof BoundedInputStream.BodyTooLargeException) {
                throw tooLarge(settings.maxFileBytes());
            }
            if (e.getCause() instanceof BoundedInputStream.BodyTimeoutException) {
                throw Refusal.requestTimeout();
            }
            if (DiskFull.causedBy(e)) {
                throw Refusal.noSpace();
            }
            if (e.getCause() instanceof BoundedInputStream.BodyBrokenException) {
                throw bodyBroken();
            }
            throw malformed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteTree(requestDir);
            throw malformed();
        } catch (RuntimeException | IOException e) {
            deleteTree(requestDir);
            throw e;
        }
    }

    private static String boundary(String contentType) {
        try {
            String boundary = MultiPart.extractBoundary(contentType);
            if (boundary == null || boundary.isEmpty()) {
                throw malformed();
            }
            return boundary;
        } catch (IllegalArgumentException unterminatedQuote) {
            throw malformed();
        }
    }

    private static ParsedUpload collect(MultiPartFormData.Parts parts, Map<String, String> fields, Path dir)
            throws IOException {
        try {
            return collectParts(parts, fields, dir);
        } catch (Refusal e) {
            parts.close();
            deleteTree(dir);
            throw e;
        }
    }

    private static ParsedUpload collectParts(MultiPartFormData.Parts parts, Map<String, String> fields, Path dir)
            throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        Path file = null;
        String fileName = null;
        for (MultiPart.Part part : parts) {
            String name = part.getName();
            if (name == null) {
                continue;
            }
            refuseNested(part);
            if (part.getFileName() != null) {
                if (name.equals("source") && file == null) {
                    file = dir.resolve("source.upload");
                    save(part, file);
                    fileName = part.getFileName();
                }
            } else if (!body.containsKey(name)) {
                body.put(name, text(part, name));
            }
        }
        fields.putAll(body);
        return new ParsedUpload(fields, file, fileName, () -> {
            parts.close();
            deleteTree(dir);
        });
    }

    /** RFC 7578 dropped {@code multipart/mixed} inside a form part; clients send one part per file instead. */
    private static void refuseNested(MultiPart.Part part) {
        String type = part.getHeaders().get("Content-Type");
        if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw Refusal.invalidValue("Nested multipart parts are not supported: send each file as its own part");
        }
    }

    /** A text field's value; bytes that are not UTF-8 are refused, naming the field, rather than guessed at. */
    private static String text(MultiPart.Part part, String name) throws IOException {
        ByteBuffer bytes = Content.Source.asByteBuffer(part.createContentSource());
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            if (name.equals("source") || name.equals("image")) {
                // Jetty also drops a filename it cannot read (an odd quote in it): that part arrives here too.
                throw Refusal.invalidValue("The " + name + " part has no readable filename: send the file as a "
                        + "file part (curl -F " + name + "=@file), not as text (curl -F " + name + "=<file), "
                        + "and escape quotes in its filename as \\\" or %22");
            }
            throw Refusal.invalidValue("The field " + name + " is not valid UTF-8 text");
        }
    }

    /**
     * Jetty's own file for a large part is moved into place; a part held in memory (up to
     * {@link #MEMORY_PART_LIMIT}) is written at once rather than with a system call for each chunk it arrived in.
     */
    private static void save(MultiPart.Part part, Path file) throws IOException {
        if (part instanceof MultiPart.PathPart) {
            part.writeTo(file);
            return;
        }
        ByteBuffer content = Content.Source.asByteBuffer(part.createContentSource());
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (content.hasRemaining()) {
                out.write(content);
            }
        }
    }

    /** The body, refused beyond {@code limit} bytes with a message naming the file limit {@code fileLimit}. */
    private InputStream bounded(Exchange exchange, long limit, long fileLimit) {
        String length = exchange.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limit) {
                    throw tooLarge(fileLimit);
                }
            } catch (NumberFormatException e) {
                throw malformed();
            }
        }
        long deadline = System.nanoTime() + settings.limits().requestTimeout().toNanos();
        return new BoundedInputStream(exchange.body(), limit, deadline);
    }

    private static String contentType(Exchange exchange) {
        String type = exchange.header("Content-Type");
        return type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    }

    static Refusal tooLarge(long limit) {
        return Refusal.bodyTooBig(SizeFormat.format(limit));
    }

    /** Nobody may be left to read it, but a client that half-closed its side still gets the answer. */
    private static Refusal bodyBroken() {
        return new Refusal(400, Refusal.Reason.INVALID, "The request body ended before its announced length");
    }

    private static Refusal malformed() {
        return new Refusal(400, Refusal.Reason.INVALID, "Malformed request body");
    }

    /** Spool folders live in the node's tmp/<node-id>/: what stays is removed once the node is gone. */
    private static void deleteTree(Path dir) {
        Folders.deleteQuietly(dir);
    }
}
