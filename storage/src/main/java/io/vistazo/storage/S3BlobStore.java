package io.vistazo.storage;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.DependencyUnavailable;
import io.vistazo.core.port.out.HealthProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in an S3-compatible bucket, keyed {@code <prefix><key>} with the same keys
 * {@link LocalBlobStore} uses as paths. Writes never replace an object: a PUT conditional on the key being free
 * ({@code If-None-Match: *}) is the guard on services that honour it (AWS S3, R2, B2, MinIO, s3proxy 3), which
 * {@link #open} finds out with a probe object; elsewhere a HEAD before each write guards it, leaving a narrow race
 * between two writers of one key. Large files go up in parts, and a failed multipart upload is aborted so no parts
 * are left.
 * Reads are ranged GETs streamed from the service.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    /** Files above this go up in parts: one PUT tops out at 5 GB, and a failed part is retried alone. */
    public static final long DEFAULT_MULTIPART_THRESHOLD = 16L << 20;
    public static final long DEFAULT_PART_SIZE = 8L << 20;
    /** The most S3 returns per listing page. */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    /** {@code /health} asks the bucket at most this often, however often it is asked itself. */
    public static final Duration HEALTH_CHECK_INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(S3BlobStore.class);
    /** Bounds one health check, retries included, well below a load balancer's usual check timeout. */
    private static final Duration HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(3);
    private static final int PRECONDITION_FAILED = 412;
    private static final int NOT_FOUND = 404;
    private static final int NOT_IMPLEMENTED = 501;

    private final S3Client client;
    private final PresignedPuts puts;
    private final String bucket;
    private final String prefix;
    private final long multipartThreshold;
    private final long partSize;
    private final int pageSize;
    /** Until {@link #learnConditionalWrites} runs, writes take the safe path (a HEAD before each). */
    private volatile ConditionalWrites conditionalWrites = ConditionalWrites.IGNORED;

    /**
     * Connects without checking the bucket (see {@link #open}).
     *
     * @param multipartThreshold files larger than this are uploaded in parts
     * @param partSize the size of each part but the last (S3 wants at least 5 MiB)
     * @param pageSize keys asked for per listing request
     */
    public S3BlobStore(S3Settings settings, long multipartThreshold, long partSize, int pageSize) {
        if (partSize <= 0 || multipartThreshold < 0 || pageSize <= 0) {
            throw new IllegalArgumentException("part size and page size must be positive");
        }
        this.client = S3Clients.open(settings);
        this.puts = S3Clients.presignedPuts(settings);
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
        this.pageSize = pageSize;
    }

    /**
     * Connects with the default part and page sizes and checks that the bucket answers.
     *
     * @throws IllegalArgumentException naming the setting to fix when the bucket cannot be used
     */
    public static S3BlobStore open(S3Settings settings) {
        S3BlobStore store = new S3BlobStore(settings, DEFAULT_MULTIPART_THRESHOLD, DEFAULT_PART_SIZE,
                DEFAULT_PAGE_SIZE);
        try {
            S3Buckets.requireUsable(store.client, settings);
            store.learnConditionalWrites(settings);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }


    /** @throws IllegalArgumentException when the key is not a safe relative path */
    @Override
    public boolean create(String key, Path source) throws IOException {
        String objectKey = objectKey(key);
        long size = Files.size(source);
        try {
            if (conditionalWrites != ConditionalWrites.HONOURED && head(objectKey).isPresent()) {
                return false;
            }
            return size > multipartThreshold ? putInParts(objectKey, source, size) : putWhole(objectKey, source);
        } catch (SdkException | UncheckedIOException e) {
            throw failure("store " + objectKey, e);
        }
    }

    private boolean putWhole(String objectKey, Path source) throws IOException {
        int status;
        try {
            status = puts.put(objectKey, contentType(objectKey), ifFree() != null, source);
        } catch (IOException e) {
            throw new IOException("cannot store " + objectKey + ": " + e.getMessage(),
                    new DependencyUnavailable(DependencyUnavailable.STORAGE, e));
        }
        if (status == PRECONDITION_FAILED) {
            return false;
        }
        if (status == NOT_IMPLEMENTED && conditionalWritesRefused("HTTP 501")) {
            return putWhole(objectKey, source);
        }
        if (status / 100 != 2) {
            throw refused("store " + objectKey, status);
        }
        return true;
    }

    /** Uploads the parts and completes; on any failure the upload is aborted, so no parts stay billed. */
    private boolean putInParts(String objectKey, Path source, long size) throws IOException {
        String uploadId = client.createMultipartUpload(create -> create.bucket(bucket).key(objectKey)
                .contentType(contentType(objectKey))).uploadId();
        boolean completed = false;
        try {
            List<CompletedPart> parts = uploadParts(objectKey, uploadId, source, size);
            completed = complete(objectKey, uploadId, parts);
            return completed;
        } finally {
            if (!completed) {
                abort(objectKey, uploadId);
            }
        }
    }

    /** False when the key was taken meanwhile (the upload is then left to the caller to abort). */
    private boolean complete(String objectKey, String uploadId, List<CompletedPart> parts) {
        try {
            client.completeMultipartUpload(complete -> complete.bucket(bucket).key(objectKey).uploadId(uploadId)
                    .ifNoneMatch(ifFree()).multipartUpload(upload -> upload.parts(parts)));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == PRECONDITION_FAILED) {
                return false;
            }
            if (conditionalWritesRefused(e)) {
                return complete(objectKey, uploadId, parts);
            }
            throw e;
        }
    }

    /**
     * Learns from a probe object whether writes need a HEAD before them ({@link ConditionalWrites#probe}).
     *
     * @throws IllegalArgumentException naming the setting to fix when the bucket refuses writes
     */
    ConditionalWrites learnConditionalWrites(S3Settings settings) {
        conditionalWrites = ConditionalWrites.probe(client, bucket, prefix, settings);
        return conditionalWrites;
    }

    /** By the extension, as Vistazo serves it: what a CDN or public bucket in front of the objects answers. */
    private static String contentType(String objectKey) {
        int slash = objectKey.lastIndexOf('/');
        int dot = objectKey.lastIndexOf('.');
        return MediaFormat.mimeOfExtension(dot > slash ? objectKey.substring(dot + 1) : "");
    }

    /** {@code If-None-Match: *} unless the service refuses it, else no condition (null). */
    private String ifFree() {
        return conditionalWrites == ConditionalWrites.REFUSED ? null : "*";
    }

    /**
     * True, once, when the service refuses conditional writes as not implemented (some S3-compatible services
     * do): from then on writes go without the condition, and the HEAD before them is the only guard.
     */
    private boolean conditionalWritesRefused(S3Exception e) {
        return e.statusCode() == NOT_IMPLEMENTED && conditionalWritesRefused(e.getMessage());
    }

    private boolean conditionalWritesRefused(String answer) {
        if (conditionalWrites == ConditionalWrites.REFUSED) {
            return false;
        }
        conditionalWrites = ConditionalWrites.REFUSED;
        LOG.info("The S3 service does not implement conditional writes ({}); relying on HEAD before each write",
                answer);
        return true;
    }

    private List<CompletedPart> uploadParts(String objectKey, String uploadId, Path source, long size)
            throws IOException {
        List<CompletedPart> parts = new ArrayList<>();
        for (long offset = 0; offset < size; offset += partSize) {
            int number = parts.size() + 1;
            long length = Math.min(partSize, size - offset);
            try (FilePart part = new FilePart(source, offset, length)) {
                String etag = client.uploadPart(upload -> upload.bucket(bucket).key(objectKey).uploadId(uploadId)
                        .partNumber(number).contentLength(length), RequestBody.fromContentProvider(part, length,
                        "application/octet-stream")).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
        }
        return parts;
    }

    private void abort(String objectKey, String uploadId) {
        try {
            client.abortMultipartUpload(abort -> abort.bucket(bucket).key(objectKey).uploadId(uploadId));
        } catch (SdkException e) {
            LOG.warn("Cannot abort the multipart upload of {} ({}); abortStaleUploads will", objectKey,
                    e.toString());
        }
    }

    /** False for missing or invalid keys (keys come from URLs). */
    @Override
    public boolean exists(String key) {
        return find(key).isPresent();
    }

    /** @throws IllegalArgumentException when the key is not a safe relative path */
    @Override
    public void delete(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            client.deleteObject(delete -> delete.bucket(bucket).key(objectKey));
        } catch (SdkException e) {
            throw failure("delete " + objectKey, e);
        }
    }

    /** @throws UncheckedIOException when the service cannot be asked */
    @Override
    public Optional<Blob> find(String key) {
        String objectKey;
        try {
            objectKey = objectKey(key);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            return head(objectKey).map(head -> new S3Blob(objectKey, head.contentLength(), head.lastModified()));
        } catch (SdkException e) {
            throw new UncheckedIOException(failure("read " + objectKey, e));
        }
    }

    /**
     * Every key under the prefix, fetched a page at a time as the stream is consumed; folder markers
     * ({@code a/b/}, which some services list) are not keys.
     */
    @Override
    public Stream<String> keys() throws IOException {
        try {
            return client.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix).maxKeys(pageSize))
                    .contents().stream()
                    .map(object -> object.key().substring(prefix.length()))
                    .filter(key -> !key.isEmpty() && !key.endsWith("/"));
        } catch (SdkException e) {
            throw failure("list " + bucket, e);
        }
    }

    /**
     * Aborts multipart uploads under the prefix that were started before {@code minAge} ago: the parts of an
     * upload whose process died, or whose abort failed because the service was down at the time.
     *
     * @return how many were aborted
     */
    public int abortStaleUploads(Duration minAge) throws IOException {
        Instant cutoff = Instant.now().minus(minAge);
        try {
            List<MultipartUpload> stale = client.listMultipartUploadsPaginator(list -> list.bucket(bucket)
                    .prefix(prefix)).uploads().stream()
                    .filter(upload -> upload.initiated() == null || !upload.initiated().isAfter(cutoff))
                    .toList();
            for (MultipartUpload upload : stale) {
                abort(upload.key(), upload.uploadId());
            }
            if (!stale.isEmpty()) {
                LOG.info("Aborted {} unfinished multipart uploads in bucket {}", stale.size(), bucket);
            }
            return stale.size();
        } catch (SdkException e) {
            throw failure("list the multipart uploads of " + bucket, e);
        }
    }

    /**
     * Answers whether the bucket answers a {@code HEAD} (HeadBucket), for {@code /health} under the name
     * {@code storage}; the bucket is asked at most once per {@code interval}, the last answer given in between.
     */
    public HealthProbe healthProbe(Duration interval, Clock clock) {
        return new CachedHealthProbe(DependencyUnavailable.STORAGE, this::bucketAnswers, interval, clock);
    }

    private boolean bucketAnswers() {
        try {
            client.headBucket(head -> head.bucket(bucket)
                    .overrideConfiguration(call -> call.apiCallTimeout(HEALTH_CHECK_TIMEOUT)));
            return true;
        } catch (SdkException e) {
            LOG.debug("storage health check failed", e);
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private String objectKey(String key) {
        BlobKeys.requireValid(key);
        return prefix + key;
    }

    private Optional<HeadObjectResponse> head(String objectKey) {
        try {
            return Optional.of(client.headObject(head -> head.bucket(bucket).key(objectKey)));
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * A service that cannot be reached, fails on its side, or refuses us (credentials revoked) is unavailable
     * storage: an I/O failure caused by {@link DependencyUnavailable}, which a request reports as 503; anything
     * else is a plain I/O failure.
     */
    /** A write the service answered with an error status: 5xx and 403 make the storage unavailable (503). */
    private static IOException refused(String what, int status) {
        String message = "cannot " + what + ": HTTP " + status;
        if (status >= 500 || status == 403) {
            return new IOException(message, new DependencyUnavailable(DependencyUnavailable.STORAGE,
                    new IOException(message)));
        }
        return new IOException(message);
    }

    private static IOException failure(String what, RuntimeException e) {
        String message = "cannot " + what + ": " + e.getMessage();
        if (FilePart.causedBySource(e)) {
            return new IOException(message, e);
        }
        if (e instanceof SdkClientException || e instanceof S3Exception s3 && (s3.statusCode() >= 500
                || s3.statusCode() == 403)) {
            return new IOException(message, new DependencyUnavailable(DependencyUnavailable.STORAGE, e));
        }
        return new IOException(message, e);
    }

    /** An object as found by HEAD; reads are ranged GETs. */
    private final class S3Blob implements Blob {

        private final String objectKey;
        private final long size;
        private final Instant lastModified;

        S3Blob(String objectKey, long size, Instant lastModified) {
            this.objectKey = objectKey;
            this.size = size;
            this.lastModified = lastModified;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public Instant lastModified() {
            return lastModified;
        }

        @Override
        public InputStream openAt(long offset) throws IOException {
            return open(offset, size - offset);
        }

        @Override
        public InputStream open(long offset, long length) throws IOException {
            if (offset < 0 || length < 0) {
                throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
            }
            long last = Math.min(size, offset + length) - 1;
            if (last < offset) {
                return InputStream.nullInputStream();
            }
            try {
                return client.getObject(get -> get.bucket(bucket).key(objectKey)
                        .range("bytes=" + offset + "-" + last));
            } catch (S3Exception e) {
                if (e.statusCode() == NOT_FOUND) {
                    throw new NoSuchFileException(objectKey, null, "removed since it was found");
                }
                throw failure("read " + objectKey, e);
            } catch (SdkException e) {
                throw failure("read " + objectKey, e);
            }
        }
    }
}
