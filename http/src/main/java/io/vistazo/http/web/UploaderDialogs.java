package io.vistazo.http.web;

import io.vistazo.http.Html;

/**
 * The uploader's modal dialogs ({@code <dialog>}, opened with {@code showModal()}: the rest of the page is inert
 * meanwhile and Escape closes them): editing one file, file URLs, refused files, the error report and the two
 * album actions.
 */
final class UploaderDialogs {

    private UploaderDialogs() {
    }

    static String all(UploaderView view) {
        return edit(view) + (view.urlUploads() ? urls(view) : "")
                + list(view, "up-refused", "up.refused.heading")
                + list(view, "up-report", "up.result.report")
                + (view.signedIn() ? createAlbum(view) + moveToAlbum(view) : "");
    }

    private static String open(String id) {
        return "<dialog id=\"" + id + "\" class=\"up-dialog\" aria-labelledby=\"" + id + "-heading\">";
    }

    private static String heading(UploaderView view, String id, String key) {
        return "<h2 id=\"" + id + "-heading\">" + view.text(key) + "</h2>";
    }

    private static String buttons(UploaderView view, String submitKey, String cancelKey) {
        return "<p class=\"up-actions\"><button type=\"submit\" class=\"up-primary\">" + view.text(submitKey)
                + "</button> <button type=\"button\" data-closes>" + view.text(cancelKey) + "</button></p>";
    }

    private static String edit(UploaderView view) {
        String id = "up-edit";
        return open(id) + "<form id=\"up-edit-form\" method=\"dialog\">" + heading(view, id, "up.edit.heading")
                + "<p id=\"up-edit-file\" class=\"up-muted\"></p><div class=\"up-fields\">"
                + UploaderSections.field("up-edit-title", view.text("up.edit.title"),
                        "<input id=\"up-edit-title\" name=\"title\" maxlength=\"100\" autofocus>")
                + (view.signedIn() ? UploaderSections.field("up-edit-tags", view.text("up.edit.tags"),
                        "<input id=\"up-edit-tags\" name=\"tags\" aria-describedby=\"up-edit-tags-hint\">"
                                + "<small id=\"up-edit-tags-hint\">" + view.text("up.edit.tags.hint") + "</small>")
                        : "")
                + UploaderSections.albumSelect(view, "up-edit-album", "up.edit.album", "up.options.no_album", true)
                + UploaderSections.categorySelect(view, "up-edit-category", "up.edit.category",
                        "up.options.no_category", true)
                + "<div class=\"up-field\" id=\"up-edit-width-field\"><label for=\"up-edit-width\">"
                + view.text("up.edit.width") + "</label><input id=\"up-edit-width\" name=\"width\" type=\"number\" "
                + "min=\"16\" step=\"1\" inputmode=\"numeric\" aria-describedby=\"up-edit-width-hint\">"
                + "<small id=\"up-edit-width-hint\"></small></div>"
                + UploaderSections.field("up-edit-expiration", view.text("up.edit.expiration"),
                        UploaderSections.expirationSelect(view, "up-edit-expiration", "up.expire.none", true))
                + "</div>" + UploaderSections.field("up-edit-description", view.text("up.edit.description"),
                        "<textarea id=\"up-edit-description\" name=\"description\" rows=\"3\"></textarea>")
                + "<p class=\"up-check\"><input type=\"checkbox\" id=\"up-edit-nsfw\" name=\"nsfw\"> "
                + "<label for=\"up-edit-nsfw\">" + view.text("up.edit.nsfw") + "</label></p>"
                + buttons(view, "up.edit.save", "up.edit.cancel") + "</form></dialog>";
    }

    private static String urls(UploaderView view) {
        String id = "up-urls";
        return open(id) + "<form id=\"up-urls-form\" method=\"dialog\">" + heading(view, id, "up.urls.heading")
                + "<label for=\"up-urls-text\">" + view.text("up.urls.label") + "</label>"
                + "<textarea id=\"up-urls-text\" rows=\"6\" spellcheck=\"false\"></textarea>"
                + "<p id=\"up-urls-error\" class=\"up-error\" role=\"alert\" hidden>" + view.text("up.urls.none")
                + "</p>" + buttons(view, "up.urls.add", "up.urls.cancel") + "</form></dialog>";
    }

    /** A dialog listing {@code <file> - <reason>} lines, filled by the script. */
    private static String list(UploaderView view, String id, String headingKey) {
        return open(id) + heading(view, id, headingKey) + "<ul id=\"" + id + "-list\" class=\"up-report\"></ul>"
                + "<p class=\"up-actions\"><button type=\"button\" data-closes>" + view.text("up.close")
                + "</button></p></dialog>";
    }

    private static String createAlbum(UploaderView view) {
        String id = "up-album-create";
        return open(id) + "<form id=\"up-album-create-form\" method=\"dialog\">"
                + heading(view, id, "up.album.create.heading")
                + UploaderSections.field("up-album-name", view.text("up.album.name"),
                        "<input id=\"up-album-name\" name=\"name\" maxlength=\"100\" required autofocus>")
                + UploaderSections.field("up-album-description", view.text("up.album.description"),
                        "<textarea id=\"up-album-description\" name=\"description\" rows=\"2\"></textarea>")
                + UploaderSections.field("up-album-privacy", view.text("up.album.privacy"),
                        "<select id=\"up-album-privacy\" name=\"privacy\">" + privacy(view, "public")
                                + privacy(view, "unlisted") + privacy(view, "private") + "</select>")
                + error(id) + buttons(view, "up.album.create", "up.album.cancel") + "</form></dialog>";
    }

    private static String moveToAlbum(UploaderView view) {
        if (view.albums().isEmpty()) {
            return "";
        }
        String id = "up-album-move";
        StringBuilder albums = new StringBuilder("<select id=\"up-album-target\" name=\"album_id\" required>");
        for (UploaderView.AlbumChoice album : view.albums()) {
            albums.append("<option value=\"").append(Html.escape(album.id())).append("\">")
                    .append(Html.escape(album.name())).append("</option>");
        }
        return open(id) + "<form id=\"up-album-move-form\" method=\"dialog\">"
                + heading(view, id, "up.album.move.heading")
                + UploaderSections.field("up-album-target", view.text("up.album.choose"),
                        albums.append("</select>").toString())
                + error(id) + buttons(view, "up.album.move", "up.album.cancel") + "</form></dialog>";
    }

    private static String privacy(UploaderView view, String value) {
        return "<option value=\"" + value + "\">" + view.text("up.album.privacy." + value) + "</option>";
    }

    private static String error(String id) {
        return "<p id=\"" + id + "-error\" class=\"up-error\" role=\"alert\" hidden></p>";
    }
}
