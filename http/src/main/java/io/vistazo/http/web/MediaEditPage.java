package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Media;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.http.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The form that edits one media: title, description, tags, album, category, NSFW and expiration. */
final class MediaEditPage {

    /** The expiration choices, as the {@code expiration} parameter spells them. */
    private static final Map<String, String> EXPIRATIONS = expirations();

    private MediaEditPage() {
    }

    static String render(Media media, String csrf, List<Album> albums, List<Category> categories, LinkMedia links,
                         boolean saved) {
        String id = links.encodedId(media);
        String title = Grid.title(media);
        String body = "<nav class=\"site\"><a href=\"/my\">My media</a></nav>"
                + "<h1>Edit " + Html.escape(title) + "</h1>"
                + (saved ? "<p class=\"notice\" role=\"status\">Saved.</p>" : "")
                + "<p>" + Grid.thumbLink(media, links, false) + "</p>"
                + "<form method=\"post\" action=\"/my/media/" + Html.escape(id) + "\">" + WebHtml.csrfField(csrf)
                + text("title", "Title", media.title())
                + "<label for=\"description\">Description</label><textarea id=\"description\" name=\"description\">"
                + Html.escape(media.description()) + "</textarea>"
                + text("tags", "Tags (comma-separated)", String.join(", ", media.tags()))
                + select("album", "Album", albumOptions(albums, links), selectedAlbum(media, links))
                + select("category", "Category", categoryOptions(categories),
                        media.categoryId() == null ? "" : media.categoryId().toString())
                + "<label class=\"check\"><input type=\"checkbox\" name=\"nsfw\" value=\"1\""
                + (media.nsfw() ? " checked" : "") + "> Not safe for work</label>"
                + select("expiration", "Expiration" + (media.expiresAt() == null ? " (now: never)"
                        : " (now: " + media.expiresAt() + ")"), EXPIRATIONS, "keep")
                + "<p><button type=\"submit\">Save</button></p></form>"
                + WebHtml.postButton("/my/media/" + id + "/delete", csrf, "Delete this " + media.kind().label());
        return Html.page("Edit " + title, "", body);
    }

    private static String text(String name, String label, String value) {
        return "<label for=\"" + name + "\">" + Html.escape(label) + "</label><input id=\"" + name + "\" name=\""
                + name + "\" value=\"" + Html.escape(value) + "\">";
    }

    /** @param options value to label, in order */
    static String select(String name, String label, Map<String, String> options, String selected) {
        StringBuilder html = new StringBuilder("<label for=\"" + name + "\">" + Html.escape(label)
                + "</label><select id=\"" + name + "\" name=\"" + name + "\">");
        options.forEach((value, text) -> html.append("<option value=\"").append(Html.escape(value)).append('"')
                .append(Objects.equals(value, selected) ? " selected" : "").append('>').append(Html.escape(text))
                .append("</option>"));
        return html.append("</select>").toString();
    }

    private static Map<String, String> albumOptions(List<Album> albums, LinkMedia links) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", "(no album)");
        for (Album album : albums) {
            options.put(links.codec().encode(album.id()), album.name() + " (" + album.privacy().label() + ")");
        }
        return options;
    }

    private static String selectedAlbum(Media media, LinkMedia links) {
        return media.albumId() == null ? "" : links.codec().encode(media.albumId());
    }

    private static Map<String, String> categoryOptions(List<Category> categories) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", "(no category)");
        for (Category category : categories) {
            options.put(Long.toString(category.id()), category.name());
        }
        return options;
    }

    private static Map<String, String> expirations() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("keep", "Keep as it is");
        choices.put("never", "Never");
        choices.put("PT5M", "In 5 minutes");
        choices.put("PT1H", "In 1 hour");
        choices.put("P1D", "In 1 day");
        choices.put("P1W", "In 1 week");
        choices.put("P1M", "In 1 month");
        choices.put("P1Y", "In 1 year");
        return choices;
    }
}
