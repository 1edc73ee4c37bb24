package io.vistazo.core.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What was uploaded recently, read from the stored media (deleted media no longer count), for flood limits and
 * duplicate checks. Upload times are kept to the second.
 */
public interface UploadHistory {

    /** Whose uploads to count. */
    sealed interface Uploader permits ByAddress, ByUser {
    }

    /** Uploads from one client address. */
    record ByAddress(String address) implements Uploader {
    }

    /** Uploads owned by one account. */
    record ByUser(long userId) implements Uploader {
    }

    /** How many media the uploader stored at or after {@code since}. */
    int countSince(Uploader uploader, Instant since);

    /**
     * How many media the uploader stored at or after each of {@code starts}, in their order: what
     * {@link #countSince} says of each, which an adapter may read at once.
     */
    default List<Integer> countsSince(Uploader uploader, List<Instant> starts) {
        return starts.stream().map(since -> countSince(uploader, since)).toList();
    }

    /** The upload time of the uploader's {@code n}-th newest media (1 = newest) stored at or after {@code since}. */
    Optional<Instant> nthNewestSince(Uploader uploader, Instant since, int n);

    /** Whether a media from this address stored at or after {@code since} has this md5 as md5 or source md5. */
    boolean md5SeenSince(String address, String md5, Instant since);
}
