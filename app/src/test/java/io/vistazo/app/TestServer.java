package io.vistazo.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A real Vistazo server on a loopback port with its own data folder, and an HTTP client to talk to it. */
class TestServer implements AutoCloseable {

    static final String ADMIN_KEY = "chv_test_admin_key_0123456789abcdef0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dataDir;
    final Vistazo.Server server;
    /** As started, name, value pairs (empty for a server the test started itself). */
    private final String[] settings;
    final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestServer(Path dataDir, Vistazo.Server server, String[] settings) {
        this.dataDir = dataDir;
        this.server = server;
        this.settings = settings;
    }

    static TestServer start(Path dataDir, HttpEngine engine, String... settings) {
        Vistazo.Builder builder = Vistazo.builder().dataDir(dataDir).port(0).engine(engine.name())
                .adminKey(ADMIN_KEY);
        TestDatabases.settings(dataDir).forEach(builder::set);
        for (int i = 0; i < settings.length; i += 2) {
            builder.set(settings[i], settings[i + 1]);
        }
        return new TestServer(dataDir, builder.start(), settings);
    }

    /** A client for a server the test started itself; closing it leaves the server running. */
    static TestServer attach(Vistazo.Server server, Path dataDir) {
        return new TestServer(dataDir, server, new String[0]) {
            @Override
            public void close() {
                // The caller owns the server.
            }
        };
    }

    /** A client for a server running in another process (the shaded jar) at {@code baseUrl}. */
    static TestServer remote(String baseUrl, Path dataDir) {
        return new TestServer(dataDir, null, new String[0]) {
            @Override
            URI uri(String pathAndQuery) {
                return URI.create(baseUrl + pathAndQuery);
            }

            @Override
            public void close() {
                // The process is the caller's.
            }
        };
    }

    URI uri(String pathAndQuery) {
        return URI.create(server.baseUrl() + pathAndQuery);
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String pathOrUrl) {
        URI target = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : uri(pathOrUrl);
        return send(HttpRequest.newBuilder(target).GET().build());
    }

    HttpResponse<byte[]> postMultipart(String path, MultipartBody body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<byte[]> postForm(String path, String urlencodedBody) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlencodedBody)).build());
    }

    /** Uploads a file with the admin key and returns the parsed JSON answer. */
    JsonNode upload(String filename, byte[] bytes, String... fields) {
        MultipartBody body = new MultipartBody();
        for (int i = 0; i < fields.length; i += 2) {
            body.field(fields[i], fields[i + 1]);
        }
        body.file("source", filename, "application/octet-stream", bytes);
        return json(postMultipart("/api/1/upload", body, "X-API-Key", ADMIN_KEY));
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (HTTP " + response.statusCode() + "): "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    /** Every stored file (under images/, or in the bucket with {@code storage=s3}), as its key, sorted. */
    List<String> storedFiles() {
        Optional<List<String>> objects = TestS3.storedKeys(settings);
        if (objects.isPresent()) {
            return objects.get();
        }
        try (Stream<Path> files = Files.walk(dataDir.resolve("images"))) {
            return files.filter(Files::isRegularFile).map(p -> dataDir.resolve("images").relativize(p).toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
