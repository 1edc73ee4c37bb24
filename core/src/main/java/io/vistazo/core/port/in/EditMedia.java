package io.vistazo.core.port.in;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.User;
import java.util.List;

/**
 * Changes and deletes media for their owner or an admin ("my media"). Media someone may not manage are "not found"
 * to them, expired ones to everybody. A media joins only an album of its own owner.
 */
public interface EditMedia {

    /** The media, if the actor may change it. */
    Media managed(User actor, long id);

    Media edit(User actor, long id, MediaChanges changes);

    void delete(User actor, long id);

    /**
     * Moves the media into the album (0: out of any album). Every media is checked before any moves.
     *
     * @return how many media moved
     */
    int moveToAlbum(User actor, List<Long> ids, long albumId);

    /** A new album of the actor's holding these media, which must all be the actor's own. */
    Album albumFrom(User actor, String name, String description, AlbumPrivacy privacy, List<Long> ids);
}
