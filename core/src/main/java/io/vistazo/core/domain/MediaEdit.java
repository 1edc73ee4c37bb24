package io.vistazo.core.domain;

import java.time.Instant;
import java.util.List;

/**
 * The fields of a media its owner may change, written together.
 *
 * @param title null for none
 * @param description null for none
 * @param albumId null for outside any album
 * @param categoryId null for none
 * @param expiresAt null for never
 */
public record MediaEdit(String title, String description, List<String> tags, Long albumId, Long categoryId,
                        boolean nsfw, Instant expiresAt) {

    public MediaEdit {
        tags = List.copyOf(tags);
    }

    /** The media's current values. */
    public static MediaEdit of(Media media) {
        return new MediaEdit(media.title(), media.description(), media.tags(), media.albumId(), media.categoryId(),
                media.nsfw(), media.expiresAt());
    }

    public MediaEdit inAlbum(Long newAlbumId) {
        return new MediaEdit(title, description, tags, newAlbumId, categoryId, nsfw, expiresAt);
    }
}
