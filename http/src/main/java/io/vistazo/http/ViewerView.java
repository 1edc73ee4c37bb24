package io.vistazo.http;

import java.util.List;

/**
 * What the viewer template shows of one image or video.
 *
 * @param description the media's description, or null
 * @param display what the page shows: the medium (else the image), or the video file
 * @param original the file as stored, which a click on the image opens
 * @param download the file as uploaded, for the Download link of images; null for videos
 * @param mime the video's type, for its {@code <source>}
 * @param poster the video's frame, or null
 * @param covered whether an NSFW media is behind a click for this visitor
 * @param coverPreview the blurred thumb of the cover, or null
 * @param oembed the oEmbed URL this page advertises
 */
public record ViewerView(String title, String description, long views, List<Tag> tags, boolean video,
                         String display, String original, String download, String mime, int width, int height,
                         String poster, boolean covered, String coverPreview, List<EmbedCodes.Group> codes,
                         List<Meta> meta, String oembed) {

    /** A tag and its listing page. */
    public record Tag(String name, String href) {
    }

    /**
     * A {@code <meta>} of the head: OpenGraph ({@code property}) or Twitter ({@code name}).
     *
     * @param attribute {@code property} or {@code name}
     */
    public record Meta(String attribute, String key, String content) {
    }

    public ViewerView {
        tags = List.copyOf(tags);
        codes = List.copyOf(codes);
        meta = List.copyOf(meta);
    }

    /** The key of the view count's text: one view or many. */
    public String viewsKey() {
        return views == 1 ? "viewer.views.one" : "viewer.views.many";
    }
}
