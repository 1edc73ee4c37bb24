package io.vistazo.core.domain;

/**
 * An admin-managed category; uploads refer to it by its numeric id.
 *
 * @param urlKey the unique slug of its page, {@code /category/<urlKey>}
 */
public record Category(long id, String name, String urlKey, String description) {
}
