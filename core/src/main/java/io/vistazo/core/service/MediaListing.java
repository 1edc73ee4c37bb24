package io.vistazo.core.service;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ListMedia;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.MediaRepository.Query;
import java.time.Clock;
import java.util.List;

/**
 * Pages of unexpired media, newest first, for the public listings and a user's own. Public listings leave out
 * media in private and unlisted albums; album pages go through {@link Albums#media}.
 */
public final class MediaListing implements ListMedia {

    private final MediaRepository media;
    private final Clock clock;

    public MediaListing(MediaRepository media, Clock clock) {
        this.media = media;
        this.clock = clock;
    }

    @Override
    public List<Media> explore(Page page) {
        return media.list(visible().withoutPrivateAlbums(), page);
    }

    /** {@code /tag/<name>}. Tags are stored as parsed (chevereto-compat.md §3.14), so the name must match exactly. */
    @Override
    public List<Media> byTag(String tag, Page page) {
        return media.list(visible().tagged(tag == null ? "" : tag.strip()).withoutPrivateAlbums(), page);
    }

    @Override
    public List<Media> byCategory(long categoryId, Page page) {
        return media.list(visible().inCategory(categoryId).withoutPrivateAlbums(), page);
    }

    /** The owner and admins see all of the owner's media ("my media"); others only the public ones. */
    @Override
    public List<Media> byUser(User viewer, User owner, Page page) {
        Query query = visible().byUser(owner.id());
        return media.list(viewer.mayManage(owner.id()) ? query : query.withoutPrivateAlbums(), page);
    }

    /** Every account's media, for admins. */
    @Override
    public List<Media> everyone(User viewer, Page page) {
        Permissions.requireAdmin(viewer, "list everyone's media");
        return media.list(visible(), page);
    }

    private Query visible() {
        return Query.all().visibleAt(clock.instant());
    }
}
