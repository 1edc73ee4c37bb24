package io.vistazo.core.domain;

import java.time.Instant;

/**
 * A user's collection of media.
 *
 * @param mediaCount how many media rows are in it when it was read
 */
public record Album(long id, long userId, String name, String description, AlbumPrivacy privacy, Instant created,
                    int mediaCount) {

    /** Whether {@code viewer} may open the album and see the media in it: the one rule for pages and files. */
    public boolean openTo(User viewer) {
        return privacy.openByLink() || viewer.mayManage(userId);
    }

    public Album renamed(String newName) {
        return new Album(id, userId, newName, description, privacy, created, mediaCount);
    }

    public Album described(String newDescription) {
        return new Album(id, userId, name, newDescription, privacy, created, mediaCount);
    }

    public Album withPrivacy(AlbumPrivacy newPrivacy) {
        return new Album(id, userId, name, description, newPrivacy, created, mediaCount);
    }
}
