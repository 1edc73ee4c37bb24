package io.vistazo.core.service;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.port.out.AlbumRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Albums in a map. */
final class FakeAlbumRepository implements AlbumRepository {

    final Map<Long, Album> rows = new TreeMap<>();

    @Override
    public Optional<Long> ownerOf(long albumId) {
        return findById(albumId).map(Album::userId);
    }

    @Override
    public Album create(long ownerId, String name, String description, AlbumPrivacy privacy, Instant created) {
        Album album = new Album(rows.size() + 1L, ownerId, name, description, privacy, created, 0);
        rows.put(album.id(), album);
        return album;
    }

    @Override
    public Optional<Album> findById(long albumId) {
        return Optional.ofNullable(rows.get(albumId));
    }

    @Override
    public List<Album> listByUser(long userId) {
        return rows.values().stream().filter(album -> album.userId() == userId)
                .sorted(Comparator.comparing(Album::id).reversed()).toList();
    }

    @Override
    public void update(Album album) {
        rows.put(album.id(), album);
    }

    @Override
    public boolean delete(long albumId) {
        return rows.remove(albumId) != null;
    }
}
