package io.vistazo.http;

import java.util.List;

/**
 * What the viewer template shows of one image or video.
 *
 * @param description the media's description, or null
 * @param display what the page shows: the medium (else the image), or the video file
 * @param original the file as stored, which a click on the image opens
 * @param download the file as uploaded, saved by the browser ({@code ?download=1})
 * @param mime the video's type, for its {@code <source>}
 * @param poster the video's frame, or null
 * @param covered whether an NSFW media is behind a click for this visitor
 * @param coverPreview the blurred thumb of the cover, or null
 * @param oembed the oEmbed URL this page advertises
 * @param about owner, date, category and album
 * @param manage the Edit and Delete of the owner and admins; null for anyone else
 * @param script the copy buttons' script
 */
public record ViewerView(String title, String description, long views, List<Tag> tags, boolean video,
                         String display, String original, String download, String mime, int width, int height,
                         String poster, boolean covered, String coverPreview, List<EmbedCodes.Group> codes,
                         List<Meta> meta, String oembed, About about, Manage manage, String script) {

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

    /** A link with its text. */
    public record Link(String text, String href) {
    }

    /**
     * Who uploaded the media, when, and where it is filed.
     *
     * @param owner the owner's name, or null for a guest upload
     * @param dateTime the upload time for {@code <time datetime>} (ISO 8601, UTC)
     * @param exact the upload time as shown: {@code 2026-12-05 09:00 UTC}
     * @param agoKey the message key of how long ago, filled with {@code agoCount}
     * @param category the category's listing, or null
     * @param album the album's page, or null
     * @param newer the album's next newer media, or null
     * @param older the album's next older media, or null
     */
    public record About(String owner, String dateTime, String exact, String agoKey, long agoCount, Link category,
                        Link album, Link newer, Link older) {
    }

    /**
     * What the owner and admins may do from the page.
     *
     * @param edit the edit form
     * @param delete where the delete form posts (with the session's CSRF token)
     */
    public record Manage(String edit, String delete) {
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
