package io.vistazo.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Whole-file PUTs through presigned URLs, sent by the JDK's URL connection as the file is read. The SDK's presigner
 * is asked once, at start, where the bucket's objects are (its endpoint rules: path or virtual-host style); each
 * PUT is then signed by the SDK's SigV4 signer alone (headers and query, with an unsigned payload, as the presigner
 * signs), which spares an upload's three small PUTs the SDK's request pipeline (interceptors, endpoint rules,
 * marshalling) and, over plain HTTP, the SHA-256 of every body that both the SDK and the service would compute.
 * Bodies go out in 64 KiB writes: the URL connection sends every write to the socket at once.
 */
final class PresignedPuts {

    /** A URL lives as long as one attempt may take; it is made for that attempt only. */
    private static final Duration VALIDITY = Duration.ofMinutes(15);
    private static final int ATTEMPTS = 3;
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final int CHUNK_BYTES = 64 * 1024;
    /** Any key: only the URL the presigner gives it, less the key, is kept. */
    private static final String SAMPLE_KEY = "k";

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentialsIdentity credentials;
    private final String region;
    /** The URL of the bucket's objects, ending in {@code /}: an object's is this and its encoded key. */
    private final String objectsUrl;
    private final int timeoutMillis;

    private PresignedPuts(AwsCredentialsIdentity credentials, String region, String objectsUrl, Duration timeout) {
        this.credentials = credentials;
        this.region = region;
        this.objectsUrl = objectsUrl;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /**
     * PUTs into {@code bucket} as the presigner would sign them.
     *
     * @param presigner configured as the client is (region, endpoint, path style); only asked here, so the caller
     *                  may close it afterwards
     * @param timeout bounds connecting and every wait for the service
     */
    static PresignedPuts learnedFrom(S3Presigner presigner, AwsCredentialsIdentity credentials, String region,
                                     String bucket, Duration timeout) {
        URI sample = URI.create(presigner.presignPutObject(presign -> presign.signatureDuration(VALIDITY)
                .putObjectRequest(put -> put.bucket(bucket).key(SAMPLE_KEY))).url().toString());
        String path = sample.getRawPath();
        if (!path.endsWith("/" + SAMPLE_KEY)) {
            throw new IllegalStateException("unexpected presigned URL layout: " + sample.getScheme() + "://"
                    + sample.getRawAuthority() + path);
        }
        String objectsUrl = sample.getScheme() + "://" + sample.getRawAuthority()
                + path.substring(0, path.length() - SAMPLE_KEY.length());
        return new PresignedPuts(credentials, region, objectsUrl, timeout);
    }

    /**
     * PUTs the file, conditional on the key being free when {@code ifFree}; a failed attempt that the service
     * could not have completed (a connection error, a 5xx) is tried again, up to three times.
     *
     * @return the service's status: 200 stored, 412 the key was taken, 501 conditions refused, else a refusal
     * @throws IOException when the service cannot be reached on the last attempt
     */
    int put(String objectKey, String contentType, boolean ifFree, Path file) throws IOException {
        IOException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                pause(FIRST_BACKOFF_MILLIS << (attempt - 2));
            }
            try {
                int status = send(signed(objectKey, contentType, ifFree), file);
                if (status < 500 || attempt == ATTEMPTS) {
                    return status;
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        throw failure;
    }

    /** The request, presigned: its URL carries the signature, its headers are the ones signed (but Host). */
    SdkHttpRequest signed(String objectKey, String contentType, boolean ifFree) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.PUT)
                .uri(URI.create(objectsUrl + SdkHttpUtils.urlEncodeIgnoreSlashes(objectKey)))
                .putHeader("Content-Type", contentType);
        if (ifFree) {
            request.putHeader("If-None-Match", "*");
        }
        SignedRequest signed = signer.sign(sign -> sign
                .identity(credentials)
                .request(request.build())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, VALIDITY)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false));
        return signed.request();
    }

    private int send(SdkHttpRequest request, Path file) throws IOException {
        long size = Files.size(file);
        HttpURLConnection connection = (HttpURLConnection) request.getUri().toURL().openConnection();
        connection.setRequestMethod("PUT");
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        connection.setUseCaches(false);
        connection.setInstanceFollowRedirects(false);
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(size);
        request.forEachHeader((name, values) -> {
            if (!"Host".equalsIgnoreCase(name)) {
                values.forEach(value -> connection.addRequestProperty(name, value));
            }
        });
        try (InputStream in = Files.newInputStream(file); OutputStream out = connection.getOutputStream()) {
            byte[] chunk = new byte[(int) Math.min(CHUNK_BYTES, Math.max(1, size))];
            for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
                out.write(chunk, 0, read);
            }
        }
        int status = connection.getResponseCode();
        // Read to the end, so the connection goes back to the JDK's keep-alive cache for the next PUT.
        try (InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (answer != null) {
                answer.transferTo(OutputStream.nullOutputStream());
            }
        }
        return status;
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted between attempts", e);
        }
    }
}
