package io.vistazo.core.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What an image's metadata says about it, read once while probing. Every field may be null.
 *
 * @param exifJson the {@code original_exifdata} JSON text, already filtered by the operator's EXIF policy
 * @param takenAt {@code DateTimeOriginal} as written in the file
 * @param takenOffset its {@code OffsetTimeOriginal}, when the file has one
 */
public record MediaMetadata(String title, String description, String exifJson, boolean is360,
                            LocalDateTime takenAt, ZoneOffset takenOffset) {

    public static final MediaMetadata NONE = new MediaMetadata(null, null, null, false, null, null);
}
