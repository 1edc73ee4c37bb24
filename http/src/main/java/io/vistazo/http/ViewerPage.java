package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.port.in.LinkMedia;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public page of one image: the picture (blurred behind a click when NSFW, for visitors), its title, views
 * and tags, OpenGraph and Twitter tags, the oEmbed link, and ready-to-copy codes.
 */
final class ViewerPage {

    private ViewerPage() {
    }

    /** @param blurNsfw whether an NSFW media is covered until clicked (for anyone but its owner and admins) */
    static String render(Media media, LinkMedia links, String baseUrl, boolean blurNsfw) {
        if (media.kind() == MediaKind.VIDEO) {
            return VideoViewerPage.render(media, links, baseUrl, blurNsfw);
        }
        String title = titleOf(media);
        String direct = links.fileUrl(baseUrl, media, media.storageKey());
        String viewer = baseUrl + links.viewerPath(media);
        ChainMember shown = media.has(ChainMember.MEDIUM) ? ChainMember.MEDIUM : ChainMember.IMAGE;
        String display = links.filePath(media.keyOf(shown));
        String picture = "<a href=\"" + Html.escape(links.filePath(media.storageKey())) + "\"><img src=\""
                + Html.escape(display) + "\" alt=\"" + Html.escape(title) + "\"></a>";
        String body = "<h1>" + Html.escape(title) + "</h1>"
                + "<div class=\"media\">" + nsfwCover(media, links, picture, blurNsfw) + "</div>"
                + download(media, links)
                + descriptionOf(media)
                + facts(media)
                + EmbedCodes.render(title, viewer, EmbedCodes.sizesOf(media, links, baseUrl));
        return Html.page(title, openGraph(media, title, direct, viewer) + oembedLink(baseUrl, viewer, title), body);
    }

    /** The file as uploaded: a HEIC's original when it was kept beside its JPEG, else the stored image. */
    private static String download(Media media, LinkMedia links) {
        ChainMember file = media.has(ChainMember.ORIGINAL) ? ChainMember.ORIGINAL : ChainMember.IMAGE;
        return "<p class=\"download\"><a href=\"" + Html.escape(links.filePath(media.keyOf(file)))
                + "\" download>Download</a></p>";
    }

    static String titleOf(Media media) {
        return media.title() == null ? media.filename() : media.title();
    }

    static String descriptionOf(Media media) {
        return media.description() == null ? "" : "<p>" + Html.escape(media.description()) + "</p>";
    }

    /** Views and tags. */
    static String facts(Media media) {
        StringBuilder html = new StringBuilder("<p class=\"meta\"><span class=\"views\">")
                .append(media.views()).append(media.views() == 1 ? " view" : " views").append("</span>");
        for (String tag : media.tags()) {
            String key = URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
            html.append(" <a class=\"tag\" href=\"/tag/").append(Html.escape(key)).append("\">#")
                    .append(Html.escape(tag)).append("</a>");
        }
        return html.append("</p>").toString();
    }

    /** Without script: a closed {@code <details>} shows a blurred thumb; opening it shows the media. */
    static String nsfwCover(Media media, LinkMedia links, String content, boolean blurNsfw) {
        if (!media.nsfw() || !blurNsfw) {
            return content;
        }
        ChainMember preview = media.has(ChainMember.THUMB) ? ChainMember.THUMB
                : media.has(ChainMember.FRAME) ? ChainMember.FRAME : null;
        String image = preview == null ? "" : "<img src=\"" + Html.escape(links.filePath(media.keyOf(preview)))
                + "\" alt=\"\"> ";
        return "<details class=\"nsfw\"><summary>" + image
                + "<span>Sensitive content (NSFW). Click to show it.</span></summary>" + content + "</details>";
    }

    /** Advertises {@code /oembed} for this viewer, so sites that embed links find it. */
    static String oembedLink(String baseUrl, String viewer, String title) {
        String href = baseUrl + "/oembed?url=" + URLEncoder.encode(viewer, StandardCharsets.UTF_8) + "&format=json";
        return "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + Html.escape(href)
                + "\" title=\"" + Html.escape(title) + "\">";
    }

    /** An NSFW picture is left out of link previews, which no click could uncover. */
    private static String openGraph(Media media, String title, String direct, String viewer) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("og:type", "website");
        properties.put("og:site_name", "Vistazo");
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
        return meta("property", properties) + meta("name", twitter);
    }

    static String meta(String attribute, Map<String, String> tags) {
        StringBuilder html = new StringBuilder();
        tags.forEach((key, content) -> html.append("<meta ").append(attribute).append("=\"").append(key)
                .append("\" content=\"").append(Html.escape(content)).append("\">"));
        return html.toString();
    }
}
