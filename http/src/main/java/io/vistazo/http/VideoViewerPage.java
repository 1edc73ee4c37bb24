package io.vistazo.http;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The link preview tags of a video's viewer page: OpenGraph video tags and a Twitter player card. The page has no
 * script: the browser's own controls seek through Range requests.
 */
final class VideoViewerPage {

    private VideoViewerPage() {
    }

    /** @param frame the poster frame's URL, or null (none, or an NSFW one that no click could uncover) */
    static List<ViewerView.Meta> metaTags(Media media, String title, String video, String frame, String viewer,
                                          String siteName) {
        return ViewerPage.meta(openGraph(media, title, video, frame, viewer, siteName),
                twitterCard(media, title, video, frame));
    }

    private static Map<String, String> openGraph(Media media, String title, String video, String frame,
                                                 String viewer, String siteName) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("og:type", "video.other");
        tags.put("og:site_name", siteName);
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
