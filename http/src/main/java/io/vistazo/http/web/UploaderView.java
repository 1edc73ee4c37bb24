package io.vistazo.http.web;

import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.User;
import io.vistazo.http.Html;
import java.util.List;
import java.util.Optional;

/**
 * Everything one rendering of the uploader depends on.
 *
 * @param user the signed-in visitor, if any
 * @param mayUpload whether this visitor may upload at all (signed in, or guests allowed)
 * @param urlUploads whether this visitor may add file URLs
 * @param albums the visitor's albums, for the album choices
 * @param maxImageBytes the largest image the server takes
 * @param maxVideoBytes the largest video the server takes
 */
record UploaderView(Messages messages, Optional<User> user, String csrf, boolean mayUpload, boolean urlUploads,
                    List<AlbumChoice> albums, List<Category> categories, UploaderSettings settings,
                    long maxImageBytes, long maxVideoBytes, Assets assets) {

    /** An album as the page offers it: its encoded id and name. */
    record AlbumChoice(String id, String name) {
    }

    /** The hashed paths of the page's script and style sheet. */
    record Assets(String script, String styles) {
    }

    boolean signedIn() {
        return user.isPresent();
    }

    /** The HTML-escaped text of a key. */
    String text(String key) {
        return Html.escape(messages.get(key));
    }
}
