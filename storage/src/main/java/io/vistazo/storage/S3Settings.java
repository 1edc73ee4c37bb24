package io.vistazo.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where and how to reach an S3-compatible bucket.
 *
 * @param endpoint the service's base URL, or null for AWS S3 itself (then {@code region} picks the endpoint)
 * @param region the signing region; most other services accept {@code us-east-1}
 * @param bucket the bucket, which must exist
 * @param prefix put before every key, e.g. {@code vistazo/}; empty for none
 * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}
 * @param timeout bounds connecting, each wait for bytes, and each request attempt (twice this)
 */
public record S3Settings(URI endpoint, String region, String bucket, String prefix, String accessKey,
                         Secret secretKey, boolean pathStyle, Duration timeout) {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public S3Settings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("s3-bucket is required with storage=s3");
        }
        if (accessKey == null || accessKey.isBlank() || secretKey == null) {
            throw new IllegalArgumentException("s3-access-key and s3-secret-key (or VISTAZO_S3_SECRET_KEY, or "
                    + "s3-secret-key-file) are required with storage=s3");
        }
        prefix = normalPrefix(prefix);
    }

    /** Path style is what nearly every service but AWS itself wants (and what AWS still accepts). */
    public static boolean defaultPathStyle(URI endpoint) {
        return endpoint != null && !endpoint.getHost().toLowerCase(Locale.ROOT).endsWith(".amazonaws.com");
    }

    /** Where the objects are, for messages: {@code http://127.0.0.1:9000 bucket 'media'}. */
    public String describe() {
        return (endpoint == null ? "AWS S3 (" + region + ")" : endpoint.toString()) + " bucket '" + bucket + "'";
    }

    /** A builder with no field set: the four strings in a row are named, not placed. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder()
                .endpoint(endpoint)
                .region(region)
                .bucket(bucket)
                .prefix(prefix)
                .accessKey(accessKey)
                .secretKey(secretKey)
                .pathStyle(pathStyle)
                .timeout(timeout);
    }

    /** Builds a {@link S3Settings} field by field, by name. */
    public static final class Builder {
        private URI endpoint;
        private String region;
        private String bucket;
        private String prefix;
        private String accessKey;
        private Secret secretKey;
        private boolean pathStyle;
        private Duration timeout;

        private Builder() {
        }

        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        public Builder secretKey(Secret secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        public Builder pathStyle(boolean pathStyle) {
            this.pathStyle = pathStyle;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public S3Settings build() {
            return new S3Settings(endpoint, region, bucket, prefix, accessKey, secretKey, pathStyle, timeout);
        }
    }

    /** {@code a/b} and {@code /a/b/} both become {@code a/b/}; a blank prefix none. */
    private static String normalPrefix(String prefix) {
        if (prefix == null) {
            return "";
        }
        String trimmed = prefix.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.isEmpty()) {
            return "";
        }
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
