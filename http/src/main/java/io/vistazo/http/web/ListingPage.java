package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LinkMedia;
import io.vistazo.http.Html;

/** A titled grid of public media with paging: the category and tag pages. */
final class ListingPage {

    private ListingPage() {
    }

    /** @param path the page's own path, for the paging links */
    static String render(String title, String description, Paging paging, String path, User viewer,
                         LinkMedia links) {
        String body = "<h1>" + Html.escape(title) + "</h1>"
                + (description == null ? "" : "<p>" + Html.escape(description) + "</p>")
                + Grid.render(paging.items(), links, viewer)
                + paging.links(path);
        return Html.page(title, "", body);
    }
}
