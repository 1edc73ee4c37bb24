package io.vistazo.core.port.out;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaEdit;
import io.vistazo.core.domain.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Media rows and their tags. */
public interface MediaRepository {

    /**
     * A number that changes whenever this process inserts, updates or deletes a media or album row (for caches of
     * row facts: an album's privacy decides who gets the files of the media in it). Changes other nodes make are not
     * seen here, so such caches also expire, see {@code SharedState}.
     */
    long version();

    /** A fresh id for a row about to be inserted (ID file naming needs it before the files are written). */
    long nextId();

    /**
     * Inserts the row (with the id from {@link #nextId()}), its tags and the delete secret's hash in one
     * transaction, which also ends the {@link UploadJournal} entry of its main file.
     */
    void insert(Media media, String deleteSecretHash);

    Optional<Media> findById(long id);

    /** Whether any row's main file uses this storage key (collision check for naming). */
    boolean keyTaken(String storageKey);

    /** Which of these storage keys a row's main file uses: {@link #keyTaken} of each, which may be one read. */
    default Set<String> keysTaken(List<String> storageKeys) {
        return storageKeys.stream().filter(this::keyTaken).collect(Collectors.toSet());
    }

    /** How many rows share this storage key (hash layout reference count). */
    int countByKey(String storageKey);

    Optional<String> deleteSecretHash(long id);

    /** Writes the editable fields and replaces the tags in one transaction; false when there was no row. */
    boolean update(long id, MediaEdit edit);

    /** Deletes the row with its tags; false when there was none. */
    boolean delete(long id);

    /**
     * For rows whose files other rows may share (the hash layout), on every node: inserts the row as
     * {@link #insert} does, unless {@code filesPresent}, asked in the same transaction under the lock
     * {@link #deleteSharing} takes on the row's storage key, answers false because a delete removed the files
     * meanwhile; returns whether the row was inserted.
     */
    boolean insertSharing(Media media, String deleteSecretHash, BooleanSupplier filesPresent);

    /**
     * For rows whose files other rows may share: deletes the row and, when no other row has its storage key,
     * runs {@code whenLast} (which removes the files) in the same transaction, under a lock on the storage key
     * that {@link #insertSharing} waits for on any node; false when there was no row. If {@code whenLast}
     * throws, the row stays.
     */
    boolean deleteSharing(long id, String storageKey, Runnable whenLast);

    /**
     * Runs {@code remove} (which removes files) when no row has the storage key, in one transaction under the lock
     * {@link #insertSharing} waits for, so an upload of the same bytes on another node cannot slip in between;
     * returns whether it ran.
     */
    boolean removeIfUnused(String storageKey, Runnable remove);

    /** Rows whose expiration is at or before {@code now}, oldest first. */
    List<Media> expired(Instant now, int limit);

    /** Rows whose main file's storage key starts with {@code prefix} (to find who owns a derivative file). */
    List<Media> findByKeyPrefix(String prefix);

    /** One page of the rows the query selects, newest upload first. */
    List<Media> list(Query query, Page page);

    /**
     * Which rows to list; every filter is optional and they combine with AND.
     *
     * @param userId only this owner's media
     * @param albumId only media in this album
     * @param categoryId only media in this category
     * @param tag only media with this tag
     * @param publicOnly leave out media in private and unlisted albums
     * @param visibleAt leave out media expired at this instant; null keeps them (for deleting everything)
     */
    record Query(Long userId, Long albumId, Long categoryId, String tag, boolean publicOnly, Instant visibleAt) {

        /** Every row, expired ones included. */
        public static Query all() {
            return new Query(null, null, null, null, false, null);
        }

        public Query byUser(long id) {
            return new Query(id, albumId, categoryId, tag, publicOnly, visibleAt);
        }

        public Query inAlbum(long id) {
            return new Query(userId, id, categoryId, tag, publicOnly, visibleAt);
        }

        public Query inCategory(long id) {
            return new Query(userId, albumId, id, tag, publicOnly, visibleAt);
        }

        public Query tagged(String name) {
            return new Query(userId, albumId, categoryId, name, publicOnly, visibleAt);
        }

        /** Leaves out media in private and unlisted albums. */
        public Query withoutPrivateAlbums() {
            return new Query(userId, albumId, categoryId, tag, true, visibleAt);
        }

        public Query visibleAt(Instant now) {
            return new Query(userId, albumId, categoryId, tag, publicOnly, now);
        }
    }
}
