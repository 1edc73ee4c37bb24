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

    /** A builder with no field set: zeros, nulls and no tags. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this media, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .format(format)
                .name(name)
                .extension(extension)
                .storageKey(storageKey)
                .storageMode(storageMode)
                .size(size)
                .width(width)
                .height(height)
                .date(date)
                .dateGmt(dateGmt)
                .title(title)
                .description(description)
                .nsfw(nsfw)
                .md5(md5)
                .sourceMd5(sourceMd5)
                .originalFilename(originalFilename)
                .originalExifdata(originalExifdata)
                .views(views)
                .categoryId(categoryId)
                .albumId(albumId)
                .userId(userId)
                .chain(chain)
                .thumbSize(thumbSize)
                .mediumSize(mediumSize)
                .frameSize(frameSize)
                .expiresAt(expiresAt)
                .animated(animated)
                .is360(is360)
                .duration(duration)
                .tags(tags)
                .uploaderIp(uploaderIp);
    }

    /**
     * Builds a {@link Media} field by field, by name: the record has too many fields of the same types to be
     * built positionally without mixing them up.
     */
    public static final class Builder {
        private long id;
        private MediaFormat format;
        private String name;
        private String extension;
        private String storageKey;
        private StorageMode storageMode;
        private long size;
        private int width;
        private int height;
        private LocalDateTime date;
        private LocalDateTime dateGmt;
        private String title;
        private String description;
        private boolean nsfw;
        private String md5;
        private String sourceMd5;
        private String originalFilename;
        private String originalExifdata;
        private long views;
        private Long categoryId;
        private Long albumId;
        private Long userId;
        private int chain;
        private long thumbSize;
        private long mediumSize;
        private long frameSize;
        private Instant expiresAt;
        private boolean animated;
        private boolean is360;
        private int duration;
        private List<String> tags = List.of();
        private String uploaderIp;

        private Builder() {
        }

        public Builder id(long id) {
            this.id = id;
            return this;
        }

        public Builder format(MediaFormat format) {
            this.format = format;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder extension(String extension) {
            this.extension = extension;
            return this;
        }

        public Builder storageKey(String storageKey) {
            this.storageKey = storageKey;
            return this;
        }

        public Builder storageMode(StorageMode storageMode) {
            this.storageMode = storageMode;
            return this;
        }

        public Builder size(long size) {
            this.size = size;
            return this;
        }

        public Builder width(int width) {
            this.width = width;
            return this;
        }

        public Builder height(int height) {
            this.height = height;
            return this;
        }

        public Builder date(LocalDateTime date) {
            this.date = date;
            return this;
        }

        public Builder dateGmt(LocalDateTime dateGmt) {
            this.dateGmt = dateGmt;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder nsfw(boolean nsfw) {
            this.nsfw = nsfw;
            return this;
        }

        public Builder md5(String md5) {
            this.md5 = md5;
            return this;
        }

        public Builder sourceMd5(String sourceMd5) {
            this.sourceMd5 = sourceMd5;
            return this;
        }

        public Builder originalFilename(String originalFilename) {
            this.originalFilename = originalFilename;
            return this;
        }

        public Builder originalExifdata(String originalExifdata) {
            this.originalExifdata = originalExifdata;
            return this;
        }

        public Builder views(long views) {
            this.views = views;
            return this;
        }

        public Builder categoryId(Long categoryId) {
            this.categoryId = categoryId;
            return this;
        }

        public Builder albumId(Long albumId) {
            this.albumId = albumId;
            return this;
        }

        public Builder userId(Long userId) {
            this.userId = userId;
            return this;
        }

        public Builder chain(int chain) {
            this.chain = chain;
            return this;
        }

        public Builder thumbSize(long thumbSize) {
            this.thumbSize = thumbSize;
            return this;
        }

        public Builder mediumSize(long mediumSize) {
            this.mediumSize = mediumSize;
            return this;
        }

        public Builder frameSize(long frameSize) {
            this.frameSize = frameSize;
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder animated(boolean animated) {
            this.animated = animated;
            return this;
        }

        public Builder is360(boolean is360) {
            this.is360 = is360;
            return this;
        }

        public Builder duration(int duration) {
            this.duration = duration;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder uploaderIp(String uploaderIp) {
            this.uploaderIp = uploaderIp;
            return this;
        }

        public Media build() {
            return new Media(id, format, name, extension, storageKey, storageMode, size, width, height, date,
                    dateGmt, title, description, nsfw, md5, sourceMd5, originalFilename, originalExifdata, views,
                    categoryId, albumId, userId, chain, thumbSize, mediumSize, frameSize, expiresAt, animated, is360,
                    duration, tags, uploaderIp);
        }
    }
}
