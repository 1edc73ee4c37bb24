package io.vistazo.core.service;

import java.time.Instant;
import java.util.List;

/**
 * Upload parameters after validation.
 *
 * @param title null when not given
 * @param targetWidth 0 when not given
 * @param expiresAt null for no expiry
 */
record ValidatedOptions(String title, String description, List<String> tags, Long albumId, Long categoryId,
                        int targetWidth, Instant expiresAt, boolean nsfw, boolean useFileDate) {
}
