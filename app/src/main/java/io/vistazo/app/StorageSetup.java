package io.vistazo.app;

import io.vistazo.core.port.out.BlobStore;
import io.vistazo.storage.LocalBlobStore;
import io.vistazo.storage.S3BlobStore;
import io.vistazo.storage.S3Settings;
import io.vistazo.storage.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the files are kept: {@code storage=local} (the data folder's {@code images/}, the default) or
 * {@code storage=s3} with the {@code s3-*} settings.
 *
 * @param s3 the bucket's settings, null for local storage
 * @param publicUrl where the bucket's objects can be fetched by anyone ({@code s3-public-url}, a CDN or public
 *     bucket, prefix included), or null
 */
record StorageSetup(S3Settings s3, String publicUrl) {

    static final StorageSetup LOCAL = new StorageSetup(null, null);

    /** Every setting of {@code storage=s3}. */
    static final Set<String> S3_SETTINGS = Set.of("s3-endpoint", "s3-region", "s3-bucket", "s3-prefix",
            "s3-access-key", "s3-secret-key", "s3-secret-key-file", "s3-path-style", "s3-timeout", "s3-public-url");

    static StorageSetup from(Settings settings) {
        settings.declare(S3_SETTINGS);
        String storage = settings.get("storage", "local").toLowerCase(Locale.ROOT);
        return switch (storage) {
            case "local" -> LOCAL;
            case "s3" -> new StorageSetup(s3Settings(settings),
                    settings.get("s3-public-url").map(StorageSetup::publicUrl).orElse(null));
            default -> throw new IllegalArgumentException("storage must be local or s3, not " + storage);
        };
    }

    /** The bucket the {@code s3-*} settings name, whatever {@code storage} says (for the migration). */
    static S3Settings s3Settings(Settings settings) {
        URI endpoint = settings.get("s3-endpoint").map(StorageSetup::endpoint).orElse(null);
        boolean pathStyle = settings.get("s3-path-style").map(Boolean::parseBoolean)
                .orElse(S3Settings.defaultPathStyle(endpoint));
        int timeoutSeconds = settings.getInt("s3-timeout", (int) S3Settings.DEFAULT_TIMEOUT.toSeconds());
        return S3Settings.builder()
                .endpoint(endpoint)
                .region(settings.get("s3-region", S3Settings.DEFAULT_REGION))
                .bucket(settings.get("s3-bucket").orElse(null))
                .prefix(settings.get("s3-prefix", ""))
                .accessKey(settings.get("s3-access-key").orElse(null))
                .secretKey(secretKey(settings).orElse(null))
                .pathStyle(pathStyle)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .build();
    }

    private static URI endpoint(String value) {
        URI uri = URI.create(value);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("s3-endpoint must be a URL such as https://s3.example.com, not "
                    + value);
        }
        return uri;
    }

    private static String publicUrl(String value) {
        URI uri = URI.create(value);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("s3-public-url must be an http(s) URL such as "
                    + "https://cdn.example.com/vistazo/, not " + value);
        }
        return value;
    }

    /** {@code s3-secret-key} (or {@code VISTAZO_S3_SECRET_KEY}), else the first line of {@code s3-secret-key-file}. */
    private static Optional<Secret> secretKey(Settings settings) {
        Optional<String> direct = settings.get("s3-secret-key");
        if (direct.isPresent()) {
            return direct.map(Secret::of);
        }
        return settings.get("s3-secret-key-file").map(file -> {
            try {
                return Secret.of(Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst()
                        .orElse("").strip());
            } catch (IOException e) {
                throw new IllegalArgumentException("s3-secret-key-file: cannot read " + file + ": " + e.getMessage(),
                        e);
            }
        });
    }

    boolean isS3() {
        return s3 != null;
    }

    /**
     * Opens the store; a bucket that cannot be used refuses here, before anything else starts.
     *
     * @throws IllegalArgumentException naming the setting to fix
     */
    BlobStore open(Path imagesDir) {
        return isS3() ? S3BlobStore.open(s3) : new LocalBlobStore(imagesDir);
    }
}
