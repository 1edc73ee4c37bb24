package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.port.in.LinkMedia;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ready-to-copy codes of a viewer page: direct, viewer, Markdown, BBCode and HTML, per size. */
final class EmbedCodes {

    /**
     * One size of a media.
     *
     * @param direct the file of this size
     * @param picture what image embeds show: the file, or a video's frame
     */
    record Size(String label, String direct, String picture) {
    }

    private EmbedCodes() {
    }

    /** Full size, then medium and thumb when the media has them. */
    static List<Size> sizesOf(Media media, LinkMedia links, String baseUrl) {
        String full = links.fileUrl(baseUrl, media, media.storageKey());
        String frame = media.has(ChainMember.FRAME) ? links.fileUrl(baseUrl, media, media.keyOf(ChainMember.FRAME))
                : full;
        List<Size> sizes = new ArrayList<>();
        sizes.add(new Size("Full size", full, media.kind() == MediaKind.VIDEO ? frame : full));
        for (ChainMember member : List.of(ChainMember.MEDIUM, ChainMember.THUMB)) {
            if (media.has(member)) {
                String file = links.fileUrl(baseUrl, media, media.keyOf(member));
                sizes.add(new Size(member == ChainMember.MEDIUM ? "Medium" : "Thumb", file, file));
            }
        }
        return sizes;
    }

    static String render(String title, String viewer, List<Size> sizes) {
        StringBuilder html = new StringBuilder("<section class=\"codes\"><h2>Links and embed codes</h2>");
        boolean first = true;
        for (Size size : sizes) {
            html.append(first ? "<details open>" : "<details>").append("<summary>").append(Html.escape(size.label()))
                    .append("</summary>");
            String prefix = "code-" + size.label().split(" ")[0].toLowerCase(Locale.ROOT);
            codes(title, viewer, size).forEach((label, code) -> html.append(field(prefix, label, code)));
            html.append("</details>");
            first = false;
        }
        return html.append("</section>").toString();
    }

    private static Map<String, String> codes(String title, String viewer, Size size) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("Direct link", size.direct());
        codes.put("Viewer link", viewer);
        codes.put("Markdown", "[![" + title + "](" + size.picture() + ")](" + viewer + ")");
        codes.put("BBCode", "[url=" + viewer + "][img]" + size.picture() + "[/img][/url]");
        codes.put("HTML", "<a href=\"" + Html.escape(viewer) + "\"><img src=\"" + Html.escape(size.picture())
                + "\" alt=\"" + Html.escape(title) + "\"></a>");
        return codes;
    }

    private static String field(String prefix, String label, String code) {
        String id = prefix + "-" + label.split(" ")[0].toLowerCase(Locale.ROOT);
        return "<label for=\"" + id + "\">" + Html.escape(label) + "</label><input id=\"" + id
                + "\" readonly value=\"" + Html.escape(code) + "\">";
    }
}
