package io.vistazo.core.port.in;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import io.vistazo.core.domain.User;
import java.util.List;

/**
 * Pages of unexpired media, newest first, for the public listings and a user's own. Public listings leave out
 * media in private and unlisted albums; album pages go through {@link ManageAlbums#media}.
 */
public interface ListMedia {

    /** Explore: everyone's public media, newest first (none from private or unlisted albums, none expired). */
    List<Media> explore(Page page);

    /** {@code /tag/<name>}: the name must match a stored tag exactly. */
    List<Media> byTag(String tag, Page page);

    List<Media> byCategory(long categoryId, Page page);

    /** The owner and admins see all of the owner's media ("my media"); others only the public ones. */
    List<Media> byUser(User viewer, User owner, Page page);

    /** Every account's media, for admins. */
    List<Media> everyone(User viewer, Page page);
}
