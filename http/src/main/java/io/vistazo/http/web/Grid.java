package io.vistazo.http.web;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import java.util.List;

/** The thumbs of a grid ({@code thumbs.jte}), each linking to its viewer page. */
final class Grid {

    private Grid() {
    }

    /** The thumbs of a grid for this viewer, for the templates. */
    static List<Thumb> thumbs(List<Media> items, LinkMedia links, User viewer) {
        return items.stream().map(media -> new Thumb(links.viewerPath(media), thumbPath(media, links), title(media),
                blurred(media, viewer))).toList();
    }

    /** NSFW thumbs are blurred for whoever does not manage them; their viewer page reveals them on a click. */
    static boolean blurred(Media media, User viewer) {
        return media.nsfw() && !viewer.mayManage(media.userId());
    }

    /** The thumb, else a video's frame, else the file itself. */
    static String thumbPath(Media media, LinkMedia links) {
        for (ChainMember member : List.of(ChainMember.THUMB, ChainMember.FRAME)) {
            if (media.has(member)) {
                return links.filePath(media.keyOf(member));
            }
        }
        return links.filePath(media.storageKey());
    }

    static String title(Media media) {
        return media.title() == null ? media.filename() : media.title();
    }
}
