package io.vistazo.http.web;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.User;
import io.vistazo.core.service.MediaLinks;
import io.vistazo.http.Html;
import java.util.List;

/** A grid of thumbs, each linking to its viewer page. */
final class Grid {

    private Grid() {
    }

    static String render(List<Media> items, MediaLinks links, User viewer) {
        if (items.isEmpty()) {
            return "<p class=\"empty\">Nothing here yet.</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"grid\">");
        for (Media media : items) {
            html.append("<li>").append(thumbLink(media, links, blurred(media, viewer))).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** The thumbs of a grid for this viewer, for the templates. */
    static List<Thumb> thumbs(List<Media> items, MediaLinks links, User viewer) {
        return items.stream().map(media -> new Thumb(links.viewerPath(media), thumbPath(media, links), title(media),
                blurred(media, viewer))).toList();
    }

    /** NSFW thumbs are blurred for whoever does not manage them; their viewer page reveals them on a click. */
    static boolean blurred(Media media, User viewer) {
        return media.nsfw() && !viewer.mayManage(media.userId());
    }

    static String thumbLink(Media media, MediaLinks links, boolean blur) {
        return "<a href=\"" + Html.escape(links.viewerPath(media)) + "\"><img src=\""
                + Html.escape(thumbPath(media, links)) + "\" alt=\"" + Html.escape(title(media)) + "\""
                + (blur ? " class=\"nsfw\"" : "") + " loading=\"lazy\"></a>";
    }

    /** The thumb, else a video's frame, else the file itself. */
    static String thumbPath(Media media, MediaLinks links) {
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
