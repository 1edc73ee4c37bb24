package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.service.MediaLinks;
import java.util.LinkedHashMap;
import java.util.Map;

/** The public page of one image: the picture, its title, OpenGraph tags and ready-to-copy links. */
final class ViewerPage {

    private ViewerPage() {
    }

    static String render(Media media, MediaLinks links, String baseUrl) {
        if (media.kind() == MediaKind.VIDEO) {
            return VideoViewerPage.render(media, links, baseUrl);
        }
        String title = media.title() == null ? media.filename() : media.title();
        String direct = baseUrl + links.filePath(media.storageKey());
        String viewer = baseUrl + links.viewerPath(media);
        ChainMember shown = media.has(ChainMember.MEDIUM) ? ChainMember.MEDIUM : ChainMember.IMAGE;
        String display = links.filePath(media.keyOf(shown));
        String body = "<h1>" + Html.escape(title) + "</h1>"
                + "<p><a href=\"" + Html.escape(links.filePath(media.storageKey())) + "\"><img src=\""
                + Html.escape(display) + "\" alt=\"" + Html.escape(title) + "\"></a></p>"
                + descriptionOf(media)
                + codes(title, direct, direct, viewer);
        return Html.page(title, openGraph(media, title, direct, viewer), body);
    }

    static String descriptionOf(Media media) {
        return media.description() == null ? "" : "<p>" + Html.escape(media.description()) + "</p>";
    }

    private static String openGraph(Media media, String title, String direct, String viewer) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("og:type", "website");
        tags.put("og:title", title);
        tags.put("og:url", viewer);
        tags.put("og:image", direct);
        tags.put("og:image:width", Integer.toString(media.width()));
        tags.put("og:image:height", Integer.toString(media.height()));
        tags.put("og:image:type", media.format().mime());
        StringBuilder html = new StringBuilder();
        tags.forEach((property, content) -> html.append("<meta property=\"").append(property)
                .append("\" content=\"").append(Html.escape(content)).append("\">"));
        html.append("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        if (media.description() != null) {
            html.append("<meta property=\"og:description\" content=\"")
                    .append(Html.escape(media.description())).append("\">");
        }
        return html.toString();
    }

    /** Ready-to-copy links; {@code picture} is what embeds show: the image itself, or a video's frame. */
    static String codes(String title, String direct, String picture, String viewer) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("Direct link", direct);
        codes.put("Viewer link", viewer);
        codes.put("Markdown", "[![" + title + "](" + picture + ")](" + viewer + ")");
        codes.put("BBCode", "[url=" + viewer + "][img]" + picture + "[/img][/url]");
        codes.put("HTML", "<a href=\"" + viewer + "\"><img src=\"" + picture + "\" alt=\"" + title + "\"></a>");
        StringBuilder html = new StringBuilder("<section><h2>Links</h2>");
        int index = 0;
        for (Map.Entry<String, String> code : codes.entrySet()) {
            String id = "code-" + index++;
            html.append("<label for=\"").append(id).append("\">").append(Html.escape(code.getKey()))
                    .append("</label><input id=\"").append(id).append("\" readonly value=\"")
                    .append(Html.escape(code.getValue())).append("\">");
        }
        return html.append("</section>").toString();
    }
}
