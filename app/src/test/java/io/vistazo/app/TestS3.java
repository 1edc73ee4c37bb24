package io.vistazo.app;

import io.vistazo.storage.testing.S3Proxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One S3 server (s3proxy) shared by the suites that run Vistazo with {@code storage=s3}, started with the first
 * and stopped when the test JVM exits; each suite gets a bucket of its own.
 */
final class TestS3 {

    static final String PREFIX = "site/";
    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static S3Proxy shared;

    private TestS3() {
    }

    static synchronized S3Proxy shared() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("vistazo-s3-");
                shared = S3Proxy.start(folder);
                S3Proxy started = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "s3proxy-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A new bucket on the shared server. */
    static String newBucket() {
        String bucket = "vistazo-" + BUCKETS.incrementAndGet();
        shared().createBucket(bucket);
        return bucket;
    }

    /** {@code settings} and those of a new bucket on the shared server. */
    static String[] withNewBucket(String[] settings) {
        String[] s3 = settings(shared(), newBucket());
        String[] all = Arrays.copyOf(settings, settings.length + s3.length);
        System.arraycopy(s3, 0, all, settings.length, s3.length);
        return all;
    }

    /**
     * The keys stored by a server started with {@code settings}, when they name S3 storage; empty when they do
     * not.
     */
    static Optional<List<String>> storedKeys(String[] settings) {
        List<String> pairs = Arrays.asList(settings);
        int storage = pairs.indexOf("storage");
        if (storage < 0 || storage % 2 != 0 || !"s3".equals(pairs.get(storage + 1))) {
            return Optional.empty();
        }
        URI endpoint = URI.create(pairs.get(pairs.indexOf("s3-endpoint") + 1));
        String bucket = pairs.get(pairs.indexOf("s3-bucket") + 1);
        return Optional.of(S3Proxy.objectKeys(endpoint, bucket).stream()
                .map(key -> key.substring(PREFIX.length())).toList());
    }

    /** The settings of a server that keeps its files in {@code bucket} of {@code s3}, under {@link #PREFIX}. */
    static String[] settings(S3Proxy s3, String bucket) {
        return new String[] {"storage", "s3", "s3-endpoint", s3.endpoint().toString(), "s3-bucket", bucket,
                "s3-prefix", PREFIX, "s3-access-key", S3Proxy.ACCESS_KEY, "s3-secret-key", S3Proxy.SECRET_KEY,
                "s3-timeout", "5"};
    }
}
