package io.vistazo.http.web;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.core.port.in.ManageAlbums;
import io.vistazo.http.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signed-in user's albums, each with its own edit and delete forms, and a form for a new one. */
final class MyAlbumsPage {

    private MyAlbumsPage() {
    }

    static String render(User user, String csrf, List<Album> list, ManageAlbums albums, LinkMedia links) {
        StringBuilder body = new StringBuilder(WebHtml.nav(user, csrf)).append("<h1>My albums</h1>");
        if (list.isEmpty()) {
            body.append("<p class=\"empty\">No albums yet.</p>");
        }
        for (Album album : list) {
            body.append(albumSection(album, csrf, albums, links));
        }
        body.append("<section><h2>New album</h2><form method=\"post\" action=\"/my/albums\">")
                .append(WebHtml.csrfField(csrf))
                .append(fields("new", "", null, AlbumPrivacy.PUBLIC))
                .append("<p><button type=\"submit\">Create album</button></p></form></section>");
        return Html.page("My albums", "", body.toString());
    }

    private static String albumSection(Album album, String csrf, ManageAlbums albums, LinkMedia links) {
        String id = albums.encodedId(album);
        String action = "/my/albums/" + id;
        return "<section class=\"album\"><h2><a href=\"" + Html.escape(links.albumPath(album))
                + "\">" + Html.escape(album.name()) + "</a></h2><p class=\"meta\">" + album.privacy().label()
                + " · " + album.mediaCount() + (album.mediaCount() == 1 ? " item" : " items") + "</p>"
                + "<form method=\"post\" action=\"" + Html.escape(action) + "\">" + WebHtml.csrfField(csrf)
                + fields(id, album.name(), album.description(), album.privacy())
                + "<p><button type=\"submit\">Save</button></p></form>"
                + "<form method=\"post\" action=\"" + Html.escape(action + "/delete") + "\">"
                + WebHtml.csrfField(csrf)
                + "<label class=\"check\"><input type=\"checkbox\" name=\"with_media\" value=\"1\"> "
                + "Also delete its media</label><button type=\"submit\">Delete album</button></form></section>";
    }

    /** Name, description and privacy inputs; {@code prefix} keeps element ids unique on the page. */
    private static String fields(String prefix, String name, String description, AlbumPrivacy privacy) {
        Map<String, String> privacies = new LinkedHashMap<>();
        for (AlbumPrivacy choice : AlbumPrivacy.values()) {
            privacies.put(choice.label(), choice.label());
        }
        return "<label for=\"" + prefix + "-name\">Name</label><input id=\"" + prefix + "-name\" name=\"name\" "
                + "required value=\"" + Html.escape(name) + "\">"
                + "<label for=\"" + prefix + "-description\">Description</label><textarea id=\"" + prefix
                + "-description\" name=\"description\">" + Html.escape(description) + "</textarea>"
                + MediaEditPage.select("privacy", "Privacy", privacies, privacy.label())
                        .replace("id=\"privacy\"", "id=\"" + prefix + "-privacy\"")
                        .replace("for=\"privacy\"", "for=\"" + prefix + "-privacy\"");
    }
}
