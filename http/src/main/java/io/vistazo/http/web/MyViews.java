package io.vistazo.http.web;

import java.util.List;

/** What the signed-in user's pages ({@code /my}, {@code /my/media/<id>}, albums, keys) show, for the templates. */
public final class MyViews {

    private MyViews() {
    }

    /**
     * One row of "my media".
     *
     * @param editHref the media's edit page, which its Edit link and Delete form use
     * @param owner the owner's name, for an admin's owner column ("" for a guest upload)
     * @param uploaded the upload time in UTC, as {@code 2026-12-05 08:00:00}
     * @param expires when it expires (ISO-8601), or null for never
     */
    public record MediaRow(Thumb thumb, String title, boolean nsfw, String owner, String uploaded, long views,
                           String expires, String editHref) {
    }

    /**
     * "My media" (everyone's for an admin, with an owner column and filter).
     *
     * @param admin whether the owner column and filter show
     * @param ownerFilter the owner an admin filtered on, or "" for everyone
     * @param path the page's own path, for the paging links
     */
    public record MediaList(boolean admin, String ownerFilter, List<MediaRow> rows, Paging paging, String path) {

        public MediaList {
            rows = List.copyOf(rows);
        }

        /** An admin's unfiltered list is everyone's. */
        public String headingKey() {
            return admin && ownerFilter.isEmpty() ? "my.media.all" : "nav.my_media";
        }
    }

    /** A choice of a select: its value and its text (already in the visitor's language). */
    public record Option(String value, String text, boolean selected) {
    }

    /**
     * The form that edits one media.
     *
     * @param kind {@code image} or {@code video}, for the Delete button's text
     * @param expires when it expires now (ISO-8601), or null for never
     */
    public record MediaEdit(String csrf, String action, Thumb thumb, String title, String description, String tags,
                            List<Option> albums, List<Option> categories, boolean nsfw, String expires,
                            List<Option> expirations, String kind, boolean saved) {

        public MediaEdit {
            albums = List.copyOf(albums);
            categories = List.copyOf(categories);
            expirations = List.copyOf(expirations);
        }
    }

    /**
     * One of the user's albums, with its forms.
     *
     * @param id its encoded id, which keeps the form's element ids unique
     * @param privacy {@code public}, {@code private} or {@code unlisted}
     */
    public record AlbumRow(String id, String href, String name, String description, String privacy,
                           int mediaCount) {

        public String countKey() {
            return mediaCount == 1 ? "album.items.one" : "album.items.many";
        }
    }

    /** The user's albums and the form for a new one. */
    public record AlbumList(String csrf, List<AlbumRow> albums, List<String> privacies) {

        public AlbumList {
            albums = List.copyOf(albums);
            privacies = List.copyOf(privacies);
        }
    }

    /**
     * One API key, masked.
     *
     * @param created when it was made (ISO-8601, UTC)
     */
    public record KeyRow(String masked, String name, String created, boolean revoked) {
    }

    /**
     * The API keys page.
     *
     * @param issuedName the name of the key just created, or null
     * @param issuedKey the key just created, shown this once, or null
     */
    public record KeyList(String csrf, List<KeyRow> keys, String issuedName, String issuedKey) {

        public KeyList {
            keys = List.copyOf(keys);
        }
    }
}
