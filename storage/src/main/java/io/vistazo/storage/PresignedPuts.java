package io.vistazo.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Whole-file PUTs through presigned URLs: the SDK signs the request (headers and query, with an unsigned payload)
 * and its HTTP client sends the file as it is read. An upload's three small PUTs thus skip the SDK's request
 * pipeline and, over plain HTTP, the SHA-256 of every body that both the SDK and the service would compute; the
 * same signing and the same HTTP client as every other request.
 */
final class PresignedPuts implements AutoCloseable {

    /** A URL lives as long as one attempt may take; it is made for that attempt only. */
    private static final Duration VALIDITY = Duration.ofMinutes(15);
    private static final int ATTEMPTS = 3;
    private static final long FIRST_BACKOFF_MILLIS = 100;

    private final S3Presigner presigner;
    private final SdkHttpClient http;

    PresignedPuts(S3Presigner presigner, SdkHttpClient http) {
        this.presigner = presigner;
        this.http = http;
    }

    /**
     * PUTs the file, conditional on the key being free when {@code ifFree}; a failed attempt that the service
     * could not have completed (a connection error, a 5xx) is tried again, up to three times.
     *
     * @return the service's status: 200 stored, 412 the key was taken, 501 conditions refused, else a refusal
     * @throws IOException when the service cannot be reached on the last attempt
     */
    int put(String bucket, String objectKey, String contentType, boolean ifFree, Path file) throws IOException {
        IOException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                pause(FIRST_BACKOFF_MILLIS << (attempt - 2));
            }
            try {
                int status = send(bucket, objectKey, contentType, ifFree, file);
                if (status < 500 || attempt == ATTEMPTS) {
                    return status;
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        throw failure;
    }

    private int send(String bucket, String objectKey, String contentType, boolean ifFree, Path file)
            throws IOException {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(presign -> presign
                .signatureDuration(VALIDITY)
                .putObjectRequest(put -> put.bucket(bucket).key(objectKey).contentType(contentType)
                        .ifNoneMatch(ifFree ? "*" : null)));
        long size = Files.size(file);
        SdkHttpRequest request = presigned.httpRequest().toBuilder()
                .putHeader("Content-Length", Long.toString(size)).build();
        ContentStreamProvider body = () -> open(file);
        ExecutableHttpRequest call = http.prepareRequest(HttpExecuteRequest.builder()
                .request(request).contentStreamProvider(body).build());
        HttpExecuteResponse response = call.call();
        if (response.responseBody().isPresent()) {
            response.responseBody().get().close();
        }
        return response.httpResponse().statusCode();
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted between attempts", e);
        }
    }

    @Override
    public void close() {
        presigner.close();
        http.close();
    }
}
