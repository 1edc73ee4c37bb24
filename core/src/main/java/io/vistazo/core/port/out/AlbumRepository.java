package io.vistazo.core.port.out;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Albums. Ownership and privacy rules live in the use cases, not here. */
public interface AlbumRepository {

    /** The owner's user id of an existing album. */
    Optional<Long> ownerOf(long albumId);

    Album create(long ownerId, String name, String description, AlbumPrivacy privacy, Instant created);

    Optional<Album> findById(long albumId);

    /** The user's albums, newest first. */
    List<Album> listByUser(long userId);

    /** Stores the album's name, description and privacy. */
    void update(Album album);

    /** Deletes the album; the media in it stay, outside any album. False when there was none. */
    boolean delete(long albumId);
}
