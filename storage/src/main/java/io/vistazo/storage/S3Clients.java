package io.vistazo.storage;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** How Vistazo talks to an S3-compatible service: the one place its client is configured. */
final class S3Clients {

    private S3Clients() {
    }

    /**
     * A client on the JDK's URL connection. Checksums only where S3 requires them, and no {@code aws-chunked}
     * bodies: the SDK's default trailing checksums and per-chunk signatures use a chunked encoding that several
     * S3-compatible services refuse, and that costs the service far more to check than one signed payload hash
     * (over HTTPS the payload goes unsigned, as TLS already protects it).
     */
    static S3Client open(S3Settings settings) {
        Duration timeout = settings.timeout();
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(configuration(settings))
                .httpClientBuilder(httpClient(settings))
                // Three attempts with backoff; the attempt timeout ends when a GET's body starts streaming.
                .overrideConfiguration(config -> config.retryStrategy(RetryMode.STANDARD)
                        .apiCallAttemptTimeout(timeout.multipliedBy(2)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    /**
     * Whole-file PUTs through presigned URLs into the settings' bucket, signed as the client's own requests are and
     * sent with the same timeouts.
     */
    static PresignedPuts presignedPuts(S3Settings settings) {
        var builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(configuration(settings));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        try (S3Presigner presigner = builder.build()) {
            return PresignedPuts.learnedFrom(presigner, credentials(settings).resolveCredentials(),
                    settings.region(), settings.bucket(), settings.timeout());
        }
    }

    private static StaticCredentialsProvider credentials(S3Settings settings) {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(settings.accessKey(), settings.secretKey().reveal()));
    }

    private static S3Configuration configuration(S3Settings settings) {
        return S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).chunkedEncodingEnabled(false)
                .build();
    }

    /** The JDK's URL connection, with the connect and read timeouts of {@code s3-timeout}. */
    private static UrlConnectionHttpClient.Builder httpClient(S3Settings settings) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.timeout())
                .socketTimeout(settings.timeout());
    }
}
