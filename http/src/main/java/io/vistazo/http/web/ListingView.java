package io.vistazo.http.web;

import java.util.List;

/**
 * A category's or a tag's page: its heading, description and a page of its public thumbs.
 *
 * @param description the category's description, or null
 * @param path the page's own path, for the paging links
 */
public record ListingView(String heading, String description, List<Thumb> thumbs, Paging paging, String path) {

    public ListingView {
        thumbs = List.copyOf(thumbs);
    }
}
