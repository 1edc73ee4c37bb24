package io.vistazo.core.service;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaEdit;
import io.vistazo.core.domain.Page;
import io.vistazo.core.port.out.MediaRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Media rows in a map; the listing honours owner, album and expiry filters only. */
final class FakeMediaRepository implements MediaRepository {

    final Map<Long, Media> rows = new TreeMap<>();
    /** Ids whose delete throws, to test that one failure stops nothing else. */
    final Set<Long> failing = new HashSet<>();

    private long version;

    void add(Media media) {
        rows.put(media.id(), media);
        version++;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public long nextId() {
        return rows.size() + 1L;
    }

    @Override
    public void insert(Media media, String deleteSecretHash) {
        add(media);
    }

    @Override
    public Optional<Media> findById(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public boolean keyTaken(String storageKey) {
        return countByKey(storageKey) > 0;
    }

    @Override
    public int countByKey(String storageKey) {
        return (int) rows.values().stream().filter(media -> media.storageKey().equals(storageKey)).count();
    }

    @Override
    public Optional<String> deleteSecretHash(long id) {
        return Optional.empty();
    }

    @Override
    public boolean update(long id, MediaEdit edit) {
        Media old = rows.get(id);
        if (old == null) {
            return false;
        }
        rows.put(id, old.toBuilder()
                .title(edit.title())
                .description(edit.description())
                .nsfw(edit.nsfw())
                .categoryId(edit.categoryId())
                .albumId(edit.albumId())
                .expiresAt(edit.expiresAt())
                .tags(edit.tags())
                .build());
        return true;
    }

    @Override
    public boolean delete(long id) {
        if (failing.contains(id)) {
            throw new IllegalStateException("disk on fire");
        }
        version++;
        return rows.remove(id) != null;
    }

    @Override
    public synchronized boolean insertSharing(Media media, String deleteSecretHash, BooleanSupplier filesPresent) {
        if (!filesPresent.getAsBoolean()) {
            return false;
        }
        insert(media, deleteSecretHash);
        return true;
    }

    @Override
    public synchronized boolean deleteSharing(long id, String storageKey, Runnable whenLast) {
        Media removed = rows.get(id);
        if (!delete(id)) {
            return false;
        }
        if (countByKey(storageKey) == 0) {
            try {
                whenLast.run();
            } catch (RuntimeException e) {
                rows.put(id, removed);
                throw e;
            }
        }
        return true;
    }

    @Override
    public synchronized boolean removeIfUnused(String storageKey, Runnable remove) {
        if (countByKey(storageKey) > 0) {
            return false;
        }
        remove.run();
        return true;
    }

    @Override
    public List<Media> expired(Instant now, int limit) {
        return rows.values().stream().filter(media -> media.isExpired(now))
                .sorted(Comparator.comparing(Media::expiresAt)).limit(limit).toList();
    }

    @Override
    public List<Media> findByKeyPrefix(String prefix) {
        return rows.values().stream().filter(media -> media.storageKey().startsWith(prefix)).toList();
    }

    @Override
    public List<Media> list(Query query, Page page) {
        Stream<Media> selected = rows.values().stream()
                .filter(media -> query.userId() == null || query.userId().equals(media.userId()))
                .filter(media -> query.albumId() == null || query.albumId().equals(media.albumId()))
                .filter(media -> query.visibleAt() == null || !media.isExpired(query.visibleAt()))
                .sorted(Comparator.comparing(Media::id).reversed());
        return selected.skip(page.offset()).limit(page.size()).toList();
    }
}
