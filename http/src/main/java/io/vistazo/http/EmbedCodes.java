package io.vistazo.http;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.http.web.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ready-to-copy codes of a viewer page: direct, viewer, Markdown, BBCode and HTML, per size. */
public final class EmbedCodes {

    /**
     * One size of a media.
     *
     * @param key {@code full}, {@code medium} or {@code thumb}: the field ids and the label's message key
     * @param direct the file of this size
     * @param picture what image embeds show: the file, or a video's frame
     */
    record Size(String key, String direct, String picture) {
    }

    /**
     * The codes of one size, for the viewer template.
     *
     * @param key the size: {@code full}, {@code medium} or {@code thumb}
     * @param open whether its group starts open (the first one)
     */
    public record Group(String key, boolean open, List<Code> codes) {

        public Group {
            codes = List.copyOf(codes);
        }

        /** The message key of the size's name. */
        public String labelKey() {
            return "codes.size." + key;
        }
    }

    /**
     * One ready-to-copy code.
     *
     * @param id the field's id, such as {@code code-full-markdown}
     * @param key the kind of code: {@code direct}, {@code viewer}, {@code markdown}, {@code bbcode} or {@code html}
     */
    public record Code(String id, String key, String value) {

        /** The message key of the code's name. */
        public String labelKey() {
            return "codes." + key;
        }
    }

    private EmbedCodes() {
    }

    /** Full size, then medium and thumb when the media has them. */
    static List<Size> sizesOf(Media media, LinkMedia links, String baseUrl) {
        String full = links.fileUrl(baseUrl, media, media.storageKey());
        String frame = media.has(ChainMember.FRAME) ? links.fileUrl(baseUrl, media, media.keyOf(ChainMember.FRAME))
                : full;
        List<Size> sizes = new ArrayList<>();
        sizes.add(new Size("full", full, media.kind() == MediaKind.VIDEO ? frame : full));
        for (ChainMember member : List.of(ChainMember.MEDIUM, ChainMember.THUMB)) {
            if (media.has(member)) {
                String file = links.fileUrl(baseUrl, media, media.keyOf(member));
                sizes.add(new Size(member == ChainMember.MEDIUM ? "medium" : "thumb", file, file));
            }
        }
        return sizes;
    }

    /** Every code of every size; the template escapes them where they stand. */
    static List<Group> of(String title, String viewer, List<Size> sizes) {
        List<Group> sets = new ArrayList<>();
        for (Size size : sizes) {
            List<Code> codes = new ArrayList<>();
            codes(title, viewer, size).forEach((key, code) ->
                    codes.add(new Code("code-" + size.key() + "-" + key, key, code)));
            sets.add(new Group(size.key(), sets.isEmpty(), codes));
        }
        return sets;
    }

    private static Map<String, String> codes(String title, String viewer, Size size) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("direct", size.direct());
        codes.put("viewer", viewer);
        codes.put("markdown", "[![" + title + "](" + size.picture() + ")](" + viewer + ")");
        codes.put("bbcode", "[url=" + viewer + "][img]" + size.picture() + "[/img][/url]");
        codes.put("html", Templates.render("embedHtml.jte", Map.of("viewer", viewer, "picture", size.picture(),
                "title", title)));
        return codes;
    }
}
