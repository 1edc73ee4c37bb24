package io.vistazo.storage;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The start-up check of a bucket: a refusal becomes one line that names the setting to fix. */
final class S3Buckets {

    private S3Buckets() {
    }

    /** @throws IllegalArgumentException naming {@code s3-endpoint}, the keys, {@code s3-bucket} or {@code s3-region} */
    static void requireUsable(S3Client client, S3Settings settings) {
        try {
            client.headBucket(head -> head.bucket(settings.bucket()));
        } catch (S3Exception e) {
            throw new IllegalArgumentException(refusal(e.statusCode(), settings), e);
        } catch (SdkClientException e) {
            throw new IllegalArgumentException("s3-endpoint: cannot reach " + settings.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    static String refusal(int status, S3Settings settings) {
        return switch (status) {
            case 401, 403 -> "s3-access-key / s3-secret-key: " + settings.describe()
                    + " refused the credentials of access key '" + settings.accessKey() + "' (HTTP " + status + ")";
            case 404 -> "s3-bucket: " + settings.describe() + " does not exist (HTTP 404)";
            case 301, 400 -> "s3-region: " + settings.describe() + " is not in region '" + settings.region()
                    + "' (HTTP " + status + ")";
            default -> "s3-endpoint: " + settings.describe() + " answered HTTP " + status;
        };
    }
}
