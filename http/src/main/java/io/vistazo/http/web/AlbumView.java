package io.vistazo.http.web;

import io.vistazo.http.ViewerView;
import java.util.List;

/**
 * An album's page: its name, description and size, a page of its thumbs, and its link preview tags.
 *
 * @param description the album's description, or null
 * @param manages whether the visitor owns the album (or is an admin): they see its privacy and a link to manage it
 * @param privacy {@code public}, {@code private} or {@code unlisted}
 * @param path the page's own path, for the paging links
 */
public record AlbumView(String name, String description, int mediaCount, boolean manages, String privacy,
                        List<Thumb> thumbs, Paging paging, String path, List<ViewerView.Meta> meta) {

    public AlbumView {
        thumbs = List.copyOf(thumbs);
        meta = List.copyOf(meta);
    }

    /** The key of the size's text: one item or many. */
    public String countKey() {
        return mediaCount == 1 ? "album.items.one" : "album.items.many";
    }

    public String privacyKey() {
        return "album.privacy." + privacy;
    }
}
