package io.vistazo.http.web;

import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.text.SizeFormat;
import io.vistazo.http.Html;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three views of the uploader, one shown at a time: adding files, the queue (ready, then sending), and the
 * results. The script switches between them.
 */
final class UploaderSections {

    /** Expiration presets offered, as ISO-8601 durations the API takes; each has an {@code up.expire.*} label. */
    static final List<String> EXPIRATIONS = List.of("PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D", "P3D",
            "P1W", "P2W", "P1M", "P3M", "P6M", "P1Y");

    private UploaderSections() {
    }

    static String all(UploaderView view) {
        return "<section class=\"up-box\" id=\"up-box\" aria-labelledby=\"up-drop-heading\">"
                + dropZone(view) + queue(view) + results(view) + "</section>";
    }

    /** Pointer and touch variants of a text: CSS shows the one that fits the device. */
    static String variants(UploaderView view, String key) {
        return "<span class=\"up-pointer\">" + view.text(key) + "</span><span class=\"up-touch\">"
                + view.text(key + ".touch") + "</span>";
    }

    private static String dropZone(UploaderView view) {
        return "<div id=\"up-empty\" class=\"up-view up-drop\" data-view=\"empty\">"
                + "<h1 id=\"up-drop-heading\">" + variants(view, "up.drop.heading") + "</h1>"
                + "<p class=\"up-also\"><span>" + view.text("up.drop.also") + "</span> "
                + "<button type=\"button\" id=\"up-browse\">" + variants(view, "up.drop.browse") + "</button> "
                + "<button type=\"button\" id=\"up-camera\" class=\"up-touch-only\">" + view.text("up.drop.camera")
                + "</button>"
                + (view.urlUploads() ? " <button type=\"button\" id=\"up-add-urls\">" + view.text("up.drop.urls")
                        + "</button>" : "")
                + "</p><p class=\"up-formats\" id=\"up-formats\">" + formatsLine(view) + "</p>"
                + "<input type=\"file\" id=\"up-files\" class=\"up-file-input\" multiple tabindex=\"-1\" accept=\""
                + Html.escape(accept(view.settings().formats())) + "\" aria-label=\"" + view.text("up.input.files")
                + "\">"
                + "<input type=\"file\" id=\"up-camera-input\" class=\"up-file-input\" tabindex=\"-1\" "
                + "accept=\"image/*,video/*\" capture=\"environment\" aria-label=\"" + view.text("up.input.camera")
                + "\"></div>";
    }

    private static String formatsLine(UploaderView view) {
        String names = view.settings().formats().stream()
                .map(format -> format.extension().toUpperCase(Locale.ROOT)).collect(Collectors.joining(" "));
        return Html.escape(view.messages().format("up.formats", names, SizeFormat.format(view.maxImageBytes()),
                SizeFormat.format(view.maxVideoBytes())));
    }

    /** MIME types and extensions, so pickers on every system offer the right files. */
    static String accept(List<MediaFormat> formats) {
        StringBuilder accept = new StringBuilder();
        for (MediaFormat format : formats) {
            accept.append(format.mime()).append(",.").append(format.extension()).append(',');
            if (format == MediaFormat.JPEG) {
                accept.append(".jpg,");
            }
            if (format == MediaFormat.HEIC) {
                accept.append("image/heif,.heif,");
            }
        }
        return accept.substring(0, Math.max(0, accept.length() - 1));
    }

    private static String queue(UploaderView view) {
        return "<div id=\"up-queue-view\" class=\"up-view\" data-view=\"queue\" hidden>"
                + "<p id=\"up-customize\" class=\"up-hint\">" + variants(view, "up.queue.customize") + "</p>"
                + "<div id=\"up-sending\" hidden><h2 id=\"up-progress-heading\" aria-live=\"polite\"></h2>"
                + "<p>" + view.text("up.uploading.text") + "</p></div>"
                + "<progress id=\"up-progress\" max=\"100\" value=\"0\" hidden></progress>"
                + "<ul id=\"up-queue\" class=\"up-queue\" aria-label=\"" + view.text("up.queue.label") + "\"></ul>"
                + "<p id=\"up-queue-count\" class=\"up-count\" aria-live=\"polite\"></p>"
                + options(view)
                + "<div class=\"up-actions\">"
                + "<button type=\"button\" id=\"up-start\" class=\"up-primary\">" + view.text("up.queue.upload")
                + "</button> <button type=\"button\" id=\"up-more\">" + view.text("up.queue.add_more") + "</button> "
                + "<button type=\"button\" id=\"up-reset\">" + view.text("up.queue.reset") + "</button> "
                + "<button type=\"button\" id=\"up-cancel\" hidden>" + view.text("up.queue.cancel") + "</button>"
                + "</div></div>";
    }

    private static String options(UploaderView view) {
        return "<fieldset id=\"up-options\" class=\"up-options\"><legend>" + view.text("up.options.heading")
                + "</legend><div class=\"up-fields\">"
                + albumSelect(view, "up-album", "up.options.album", "up.options.no_album", false)
                + categorySelect(view, "up-category", "up.options.category", "up.options.no_category", false)
                + field("up-expiration", view.text("up.options.expiration"), expirationSelect(view, "up-expiration",
                        "up.expire.none", false))
                + "</div><p class=\"up-check\"><input type=\"checkbox\" id=\"up-nsfw\"> <label for=\"up-nsfw\">"
                + view.text("up.options.nsfw") + "</label></p></fieldset>";
    }

    /** A labelled control in a grid cell. */
    static String field(String id, String escapedLabel, String control) {
        return "<div class=\"up-field\"><label for=\"" + id + "\">" + escapedLabel + "</label>" + control + "</div>";
    }

    /**
     * The visitor's albums, or nothing for guests and people without albums.
     *
     * @param perFile whether this is a file's own choice: it then starts with "as for every file", and its "none"
     *                is an explicit {@code 0} that overrides the choice for every file
     */
    static String albumSelect(UploaderView view, String id, String labelKey, String noneKey, boolean perFile) {
        if (!view.signedIn() || view.albums().isEmpty()) {
            return "";
        }
        StringBuilder select = new StringBuilder("<select id=\"" + id + "\" name=\"album_id\">");
        select.append(inheritOption(view, perFile));
        select.append("<option value=\"").append(perFile ? "0" : "").append("\">")
                .append(view.text(noneKey)).append("</option>");
        for (UploaderView.AlbumChoice album : view.albums()) {
            select.append("<option value=\"").append(Html.escape(album.id())).append("\">")
                    .append(Html.escape(album.name())).append("</option>");
        }
        return field(id, view.text(labelKey), select.append("</select>").toString());
    }

    static String categorySelect(UploaderView view, String id, String labelKey, String noneKey, boolean perFile) {
        if (view.categories().isEmpty()) {
            return "";
        }
        StringBuilder select = new StringBuilder("<select id=\"" + id + "\" name=\"category_id\">");
        select.append(inheritOption(view, perFile));
        select.append("<option value=\"").append(perFile ? "0" : "").append("\">")
                .append(view.text(noneKey)).append("</option>");
        for (Category category : view.categories()) {
            select.append("<option value=\"").append(category.id()).append("\">")
                    .append(Html.escape(category.name())).append("</option>");
        }
        return field(id, view.text(labelKey), select.append("</select>").toString());
    }

    static String expirationSelect(UploaderView view, String id, String noneKey, boolean perFile) {
        StringBuilder select = new StringBuilder("<select id=\"" + id + "\" name=\"expiration\">");
        select.append(inheritOption(view, perFile));
        select.append("<option value=\"").append(perFile ? "none" : "").append("\">")
                .append(view.text(noneKey)).append("</option>");
        for (String duration : EXPIRATIONS) {
            select.append("<option value=\"").append(duration).append("\">")
                    .append(view.text("up.expire." + duration)).append("</option>");
        }
        return select.append("</select>").toString();
    }

    private static String inheritOption(UploaderView view, boolean perFile) {
        return perFile ? "<option value=\"\">" + view.text("up.edit.inherit") + "</option>" : "";
    }

    private static String results(UploaderView view) {
        return "<div id=\"up-results\" class=\"up-view\" data-view=\"results\" tabindex=\"-1\" hidden>"
                + "<div id=\"up-result-success\" class=\"up-result\" hidden><h2>" + view.text("up.result.success")
                + "</h2><p id=\"up-album-note\" hidden></p>" + guestNote(view)
                + "<p id=\"up-mixed-note\" class=\"up-note\" hidden>" + view.text("up.result.mixed")
                + " <button type=\"button\" class=\"up-link\" data-opens=\"up-report\">"
                + view.text("up.result.learn_more") + "</button></p></div>"
                + "<div id=\"up-result-error\" class=\"up-result up-error\" hidden><h2>" + view.text("up.result.error")
                + "</h2><p>" + view.text("up.result.error.text") + "</p><p>"
                + Phrases.wrap(view.text("up.result.error.check"), view.messages().get("up.result.error.check.link"),
                        "<button type=\"button\" class=\"up-link\" data-opens=\"up-report\">", "</button>")
                + "</p></div>" + codes(view)
                + "<div class=\"up-actions\"><button type=\"button\" id=\"up-again\" class=\"up-primary\">"
                + view.text("up.result.again") + "</button></div></div>";
    }

    /** Only where guests may upload: the invitation to keep their uploads in an account. */
    private static String guestNote(UploaderView view) {
        if (view.signedIn()) {
            return "";
        }
        String sentence = Phrases.link(view.messages(), "up.result.guest", "up.result.guest.sign_in.link",
                UploaderPage.SIGN_IN_PATH);
        return "<p id=\"up-guest-note\" class=\"up-note\">" + sentence + "</p>";
    }

    private static String codes(UploaderView view) {
        StringBuilder options = new StringBuilder();
        for (String kind : UploaderData.CODE_KINDS) {
            options.append("<option value=\"").append(kind).append("\">").append(view.text("up.codes." + kind))
                    .append("</option>");
        }
        return "<section id=\"up-codes\" class=\"up-codes\" hidden aria-labelledby=\"up-codes-heading\">"
                + "<h3 id=\"up-codes-heading\">" + view.text("up.codes.heading") + "</h3>"
                + field("up-code-kind", view.text("up.codes.kind"),
                        "<select id=\"up-code-kind\">" + options + "</select>")
                + "<label for=\"up-code-text\" class=\"up-sr\">" + view.text("up.codes.text") + "</label>"
                + "<textarea id=\"up-code-text\" rows=\"5\" readonly></textarea>"
                + "<p><button type=\"button\" id=\"up-copy\">" + view.text("up.codes.copy") + "</button> "
                + "<span id=\"up-copied\" role=\"status\"></span></p>"
                + "<ul id=\"up-uploaded\" class=\"up-uploaded\"></ul></section>";
    }
}
