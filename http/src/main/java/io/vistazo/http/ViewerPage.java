package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.port.in.LinkMedia;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public page of one image or video ({@code viewer.jte}): the picture or player (blurred behind a click when
 * NSFW, for visitors), its title, views and tags, OpenGraph and Twitter tags, the oEmbed link, and
 * ready-to-copy codes.
 */
final class ViewerPage {

    private ViewerPage() {
    }

    /**
     * @param blurNsfw whether an NSFW media is covered until clicked (for anyone but its owner and admins)
     * @param siteName the site's name, for link previews
     */
    static ViewerView view(Media media, LinkMedia links, String baseUrl, boolean blurNsfw, String siteName,
                           Extras extras) {
        String title = titleOf(media);
        String viewer = baseUrl + links.viewerPath(media);
        String source = links.filePath(media.storageKey());
        boolean video = media.kind() == MediaKind.VIDEO;
        String frame = media.has(ChainMember.FRAME) ? links.filePath(media.keyOf(ChainMember.FRAME)) : null;
        ChainMember shown = media.has(ChainMember.MEDIUM) ? ChainMember.MEDIUM : ChainMember.IMAGE;
        boolean covered = media.nsfw() && blurNsfw;
        return new ViewerView(title, media.description(), media.views(), tags(media), video,
                video ? source : links.filePath(media.keyOf(shown)), source, download(media, links),
                media.format().mime(), media.width(), media.height(), frame, covered,
                covered ? coverPreview(media, links) : null,
                EmbedCodes.of(title, viewer, EmbedCodes.sizesOf(media, links, baseUrl)),
                video ? VideoViewerPage.metaTags(media, title, baseUrl + source, frame == null || media.nsfw() ? null
                        : baseUrl + frame, viewer, siteName) : openGraph(media, title, links.fileUrl(baseUrl, media,
                        media.storageKey()), viewer, siteName),
                oembedHref(baseUrl, viewer), extras.about(), extras.manage(), extras.script());
    }

    /** What the page shows beyond the media itself; see {@link ViewerView}. */
    record Extras(ViewerView.About about, ViewerView.Manage manage, String script) {
    }

    /**
     * The file as uploaded, saved rather than shown: a HEIC's original when it was kept beside its JPEG, else the
     * stored file.
     */
    private static String download(Media media, LinkMedia links) {
        String key = media.has(ChainMember.ORIGINAL) ? media.keyOf(ChainMember.ORIGINAL) : media.storageKey();
        return links.filePath(key) + "?download=1";
    }

    static String titleOf(Media media) {
        return media.title() == null ? media.filename() : media.title();
    }

    private static List<ViewerView.Tag> tags(Media media) {
        return media.tags().stream().map(tag -> new ViewerView.Tag(tag,
                "/tag/" + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20"))).toList();
    }

    /** The thumb (or a video's frame) shown blurred on the cover; none when the media has neither. */
    private static String coverPreview(Media media, LinkMedia links) {
        ChainMember preview = media.has(ChainMember.THUMB) ? ChainMember.THUMB
                : media.has(ChainMember.FRAME) ? ChainMember.FRAME : null;
        return preview == null ? null : links.filePath(media.keyOf(preview));
    }

    /** Advertises {@code /oembed} for this viewer, so sites that embed links find it. */
    private static String oembedHref(String baseUrl, String viewer) {
        return baseUrl + "/oembed?url=" + URLEncoder.encode(viewer, StandardCharsets.UTF_8) + "&format=json";
    }

    /** An NSFW picture is left out of link previews, which no click could uncover. */
    private static List<ViewerView.Meta> openGraph(Media media, String title, String direct, String viewer,
                                                   String siteName) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("og:type", "website");
        properties.put("og:site_name", siteName);
        properties.put("og:title", title);
        properties.put("og:url", viewer);
        if (!media.nsfw()) {
            properties.put("og:image", direct);
            properties.put("og:image:width", Integer.toString(media.width()));
            properties.put("og:image:height", Integer.toString(media.height()));
            properties.put("og:image:type", media.format().mime());
            properties.put("og:image:alt", title);
        }
        Map<String, String> twitter = new LinkedHashMap<>();
        twitter.put("twitter:card", media.nsfw() ? "summary" : "summary_large_image");
        twitter.put("twitter:title", title);
        if (!media.nsfw()) {
            twitter.put("twitter:image", direct);
            twitter.put("twitter:image:alt", title);
        }
        if (media.description() != null) {
            properties.put("og:description", media.description());
            twitter.put("twitter:description", media.description());
        }
        return meta(properties, twitter);
    }

    /** OpenGraph properties, then Twitter names. */
    static List<ViewerView.Meta> meta(Map<String, String> properties, Map<String, String> names) {
        List<ViewerView.Meta> meta = new ArrayList<>();
        properties.forEach((key, content) -> meta.add(new ViewerView.Meta("property", key, content)));
        names.forEach((key, content) -> meta.add(new ViewerView.Meta("name", key, content)));
        return meta;
    }
}
