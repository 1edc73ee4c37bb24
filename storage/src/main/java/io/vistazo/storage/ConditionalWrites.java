package io.vistazo.storage;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** How an S3 service treats {@code If-None-Match: *} on a write, which decides whether a HEAD must guard it. */
enum ConditionalWrites {
    /** Answers 412 when the key is taken: the condition alone keeps an object from being replaced. */
    HONOURED,
    /** Writes anyway: a HEAD before each write is the guard, with a narrow race between two writers of one key. */
    IGNORED,
    /** Answers 501 Not Implemented: writes go without the condition, a HEAD before each. */
    REFUSED;

    private static final Logger LOG = LoggerFactory.getLogger(ConditionalWrites.class);
    /** Where {@link #probe} writes and removes its probe object, under the prefix. */
    private static final String PROBE_FOLDER = ".vistazo-probe/";
    private static final int PRECONDITION_FAILED = 412;
    private static final int NOT_IMPLEMENTED = 501;

    /**
     * Writes a probe object twice under {@code If-None-Match: *}, then removes it: a 412 on the second write means
     * the condition alone keeps objects from being replaced, so writes need no HEAD before them.
     *
     * @throws IllegalArgumentException naming the setting to fix when the bucket refuses writes
     */
    static ConditionalWrites probe(S3Client client, String bucket, String prefix, S3Settings settings) {
        String probeKey = prefix + PROBE_FOLDER + UUID.randomUUID();
        ConditionalWrites learned;
        try {
            putProbe(client, bucket, probeKey);
            learned = putProbe(client, bucket, probeKey) ? IGNORED : HONOURED;
        } catch (S3Exception e) {
            if (e.statusCode() != NOT_IMPLEMENTED) {
                throw new IllegalArgumentException(S3Buckets.refusal(e.statusCode(), settings), e);
            }
            learned = REFUSED;
        } finally {
            deleteQuietly(client, bucket, probeKey);
        }
        if (learned != HONOURED) {
            LOG.info("{} does not honour conditional writes ({}); a HEAD before each write keeps objects from being"
                    + " replaced", settings.describe(), learned);
        }
        return learned;
    }

    /** False when the service answered 412: the key was taken and the condition held. */
    private static boolean putProbe(S3Client client, String bucket, String probeKey) {
        try {
            client.putObject(put -> put.bucket(bucket).key(probeKey).ifNoneMatch("*"), RequestBody.empty());
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == PRECONDITION_FAILED) {
                return false;
            }
            throw e;
        }
    }

    private static void deleteQuietly(S3Client client, String bucket, String probeKey) {
        try {
            client.deleteObject(delete -> delete.bucket(bucket).key(probeKey));
        } catch (SdkException e) {
            LOG.warn("Cannot remove the probe object {} ({})", probeKey, e.toString());
        }
    }
}
