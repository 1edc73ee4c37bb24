package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.port.in.LinkMedia;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public page of one video: a player with the poster frame, OpenGraph video tags, a Twitter player card and
 * ready-to-copy links. No script: the browser's own controls seek through Range requests.
 */
final class VideoViewerPage {

    private VideoViewerPage() {
    }

    /** @param blurNsfw whether an NSFW video is covered until clicked (for anyone but its owner and admins) */
    static String render(Media media, LinkMedia links, String baseUrl, boolean blurNsfw) {
        String title = ViewerPage.titleOf(media);
        String source = links.filePath(media.storageKey());
        String frame = media.has(ChainMember.FRAME) ? links.filePath(media.keyOf(ChainMember.FRAME)) : null;
        String viewer = baseUrl + links.viewerPath(media);
        String direct = baseUrl + source;
        // An NSFW frame is left out of link previews, which no click could uncover.
        String poster = frame == null || media.nsfw() ? null : baseUrl + frame;
        String body = "<h1>" + Html.escape(title) + "</h1>"
                + "<div class=\"media\">" + ViewerPage.nsfwCover(media, links, player(media, source, frame), blurNsfw)
                + "</div>"
                + ViewerPage.descriptionOf(media)
                + ViewerPage.facts(media)
                + EmbedCodes.render(title, viewer, EmbedCodes.sizesOf(media, links, baseUrl));
        return Html.page(title, metaTags(media, title, direct, poster, viewer)
                + ViewerPage.oembedLink(baseUrl, viewer, title), body);
    }

    private static String player(Media media, String source, String frame) {
        return "<video controls preload=\"metadata\" width=\"" + media.width() + "\" height=\"" + media.height()
                + "\"" + (frame == null ? "" : " poster=\"" + Html.escape(frame) + "\"") + ">"
                + "<source src=\"" + Html.escape(source) + "\" type=\"" + media.format().mime() + "\">"
                + "<a href=\"" + Html.escape(source) + "\">Download the video</a></video>";
    }

    private static String metaTags(Media media, String title, String video, String frame, String viewer) {
        return ViewerPage.meta("property", openGraph(media, title, video, frame, viewer))
                + ViewerPage.meta("name", twitterCard(media, title, video, frame));
    }

    private static Map<String, String> openGraph(Media media, String title, String video, String frame,
                                                 String viewer) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("og:type", "video.other");
        tags.put("og:site_name", "Vistazo");
        tags.put("og:title", title);
        tags.put("og:url", viewer);
        if (frame != null) {
            tags.put("og:image", frame);
            tags.put("og:image:type", MediaFormat.JPEG.mime());
        }
        tags.put("og:video", video);
        if (video.startsWith("https:")) {
            tags.put("og:video:secure_url", video);
        }
        tags.put("og:video:type", media.format().mime());
        tags.put("og:video:width", Integer.toString(media.width()));
        tags.put("og:video:height", Integer.toString(media.height()));
        if (media.description() != null) {
            tags.put("og:description", media.description());
        }
        return tags;
    }

    /** The file itself is the player: file responses, unlike pages, may be framed. */
    private static Map<String, String> twitterCard(Media media, String title, String video, String frame) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("twitter:card", "player");
        tags.put("twitter:title", title);
        if (frame != null) {
            tags.put("twitter:image", frame);
        }
        tags.put("twitter:player", video);
        tags.put("twitter:player:width", Integer.toString(media.width()));
        tags.put("twitter:player:height", Integer.toString(media.height()));
        tags.put("twitter:player:stream", video);
        tags.put("twitter:player:stream:content_type", media.format().mime());
        if (media.description() != null) {
            tags.put("twitter:description", media.description());
        }
        return tags;
    }
}
