package io.vistazo.http.web;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import java.util.Map;

/** The table of "my media" ({@code myMedia.jte}; everyone's for an admin, with an owner column and filter). */
final class MyMediaPage {

    private MyMediaPage() {
    }

    /**
     * @param ownerNames user names by id, for an admin's owner column; empty for users
     * @param ownerFilter the owner an admin filtered on, or null
     */
    static MyViews.MediaList view(User user, Paging paging, String path, Map<Long, String> ownerNames,
                                  String ownerFilter, LinkMedia links) {
        return new MyViews.MediaList(user.isAdmin(), ownerFilter == null ? "" : ownerFilter,
                paging.items().stream().map(media -> row(media, ownerNames, links)).toList(), paging, path);
    }

    private static MyViews.MediaRow row(Media media, Map<Long, String> ownerNames, LinkMedia links) {
        String owner = media.userId() == null ? "" : ownerNames.getOrDefault(media.userId(), "");
        Thumb thumb = new Thumb(links.viewerPath(media), Grid.thumbPath(media, links), Grid.title(media), false);
        return new MyViews.MediaRow(thumb, Grid.title(media), media.nsfw(), owner,
                media.dateGmt().toString().replace('T', ' '), media.views(),
                media.expiresAt() == null ? null : media.expiresAt().toString(),
                "/my/media/" + links.encodedId(media));
    }
}
