package io.vistazo.core.port.in;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import io.vistazo.core.domain.User;
import java.util.List;
import java.util.Optional;

/**
 * Albums and who may see and change them. An album someone may not see is "not found" to them. Ids on the outside
 * are encoded with the same codec as media ids.
 */
public interface ManageAlbums {

    Album create(User actor, User owner, String name, String description, AlbumPrivacy privacy);

    Album rename(User actor, long albumId, String name);

    Album describe(User actor, long albumId, String description);

    Album setPrivacy(User actor, long albumId, AlbumPrivacy privacy);

    /**
     * Deletes the album; with {@code withMedia} its media and their files too, else they stay outside any album.
     *
     * @return how many media were deleted
     */
    int delete(User actor, long albumId, boolean withMedia);

    /** The album if {@code viewer} may open it (use {@link User#GUEST} for anonymous visitors). */
    Optional<Album> find(User viewer, long albumId);

    /** Whether {@code viewer} may see a media on its own pages: not when it is in an album they may not open. */
    boolean mayView(User viewer, Media shown);

    /** The owner's albums, newest first: all of them for the owner and admins, the public ones for others. */
    List<Album> listByUser(User viewer, User owner);

    /** One page of the album's unexpired media, newest first, if {@code viewer} may open the album. */
    List<Media> media(User viewer, long albumId, Page page);

    String encodedId(Album album);

    /** 0 for text that is no album id. */
    long decodeId(String encoded);
}
