package io.vistazo.core.port.out;

import io.vistazo.core.domain.Media;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Media rows and their tags. */
public interface MediaRepository {

    /** A fresh id for a row about to be inserted (ID file naming needs it before the files are written). */
    long nextId();

    /**
     * Inserts the row (with the id from {@link #nextId()}), its tags and the delete secret's hash in one transaction.
     *
     */
    void insert(Media media, String deleteSecretHash);

    Optional<Media> findById(long id);

    /** Whether any row's main file uses this storage key (collision check for naming). */
    boolean keyTaken(String storageKey);

    /** How many rows share this storage key (hash layout reference count). */
    int countByKey(String storageKey);

    Optional<String> deleteSecretHash(long id);

    /** Deletes the row with its tags; false when there was none. */
    boolean delete(long id);

    /** Rows whose expiration is at or before {@code now}, oldest first. */
    List<Media> expired(Instant now, int limit);
}
