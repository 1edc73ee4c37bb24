package io.vistazo.http.web;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.http.Html;
import java.time.Instant;
import java.util.Map;

/** The table of "my media" (everyone's for an admin, with an owner column and filter). */
final class MyMediaPage {

    private MyMediaPage() {
    }

    /**
     * @param ownerNames user names by id, for an admin's owner column; empty for users
     * @param ownerFilter the owner an admin filtered on, or null
     */
    static String render(User user, String csrf, Paging paging, String path, Map<Long, String> ownerNames,
                         String ownerFilter, LinkMedia links) {
        boolean admin = user.isAdmin();
        StringBuilder body = new StringBuilder(WebHtml.nav(user, csrf))
                .append("<h1>").append(admin && ownerFilter == null ? "All media" : "My media").append("</h1>");
        if (admin) {
            body.append(ownerForm(ownerFilter));
        }
        if (paging.items().isEmpty()) {
            body.append("<p class=\"empty\">Nothing here yet.</p>");
        } else {
            body.append("<table class=\"media\"><thead><tr><th>Media</th><th>Title</th>")
                    .append(admin ? "<th>Owner</th>" : "")
                    .append("<th>Uploaded (UTC)</th><th>Views</th><th>Expires</th><th></th></tr></thead><tbody>");
            for (Media media : paging.items()) {
                body.append(row(media, admin, ownerNames, csrf, links));
            }
            body.append("</tbody></table>");
        }
        body.append(paging.links(path));
        return Html.page("My media", "", body.toString());
    }

    private static String ownerForm(String ownerFilter) {
        return "<form method=\"get\" action=\"/my\" class=\"filter\"><label for=\"owner\">Owner</label>"
                + "<input id=\"owner\" name=\"owner\" value=\"" + Html.escape(ownerFilter)
                + "\" placeholder=\"everyone\"><button type=\"submit\">Filter</button></form>";
    }

    private static String row(Media media, boolean admin, Map<Long, String> ownerNames, String csrf,
                              LinkMedia links) {
        String id = links.encodedId(media);
        String owner = media.userId() == null ? "" : ownerNames.getOrDefault(media.userId(), "");
        return "<tr><td>" + Grid.thumbLink(media, links, false) + "</td>"
                + "<td>" + Html.escape(Grid.title(media)) + (media.nsfw() ? " <span class=\"tag\">NSFW</span>" : "")
                + "</td>"
                + (admin ? "<td class=\"owner\">" + Html.escape(owner) + "</td>" : "")
                + "<td>" + Html.escape(media.dateGmt().toString().replace('T', ' ')) + "</td>"
                + "<td>" + media.views() + "</td>"
                + "<td>" + expires(media.expiresAt()) + "</td>"
                + "<td><a href=\"/my/media/" + Html.escape(id) + "\">Edit</a> "
                + WebHtml.postButton("/my/media/" + id + "/delete", csrf, "Delete") + "</td></tr>";
    }

    private static String expires(Instant expiresAt) {
        return expiresAt == null ? "never" : Html.escape(expiresAt.toString());
    }
}
