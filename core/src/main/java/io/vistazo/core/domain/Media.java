package io.vistazo.core.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One uploaded image or video as stored.
 *
 * @param storageKey key of the main file under the images root, e.g. {@code 2024/10/10/cat.jpg}
 * @param extension the stored extension as shown to clients ({@code jpg} or {@code jpeg} for JPEG)
 * @param date upload time in the site's time zone
 * @param dateGmt upload time in UTC
 * @param chain bit set of {@link ChainMember}s present
 * @param expiresAt when the media stops being served, or null
 */
public record Media(
        long id,
        MediaFormat format,
        String name,
        String extension,
        String storageKey,
        StorageMode storageMode,
        long size,
        int width,
        int height,
        LocalDateTime date,
        LocalDateTime dateGmt,
        String title,
        String description,
        boolean nsfw,
        String md5,
        String sourceMd5,
        String originalFilename,
        String originalExifdata,
        long views,
        Long categoryId,
        Long albumId,
        Long userId,
        int chain,
        long thumbSize,
        long mediumSize,
        long frameSize,
        Instant expiresAt,
        boolean animated,
        boolean is360,
        int duration,
        List<String> tags,
        String uploaderIp) {

    public Media {
        tags = List.copyOf(tags);
    }

    public MediaKind kind() {
        return format.kind();
    }

    public boolean has(ChainMember member) {
        return member.in(chain);
    }

    /** Storage key of one member of the chain (the member need not exist). */
    public String keyOf(ChainMember member) {
        return member.keyFor(storageKey, format);
    }

    public String filename() {
        return name + "." + extension;
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public Media withId(long newId) {
        return new Media(newId, format, name, extension, storageKey, storageMode, size, width, height, date,
                dateGmt, title, description, nsfw, md5, sourceMd5, originalFilename, originalExifdata, views,
                categoryId, albumId, userId, chain, thumbSize, mediumSize, frameSize, expiresAt, animated, is360,
                duration, tags, uploaderIp);
    }
}
