package io.vistazo.core.port.in;

/**
 * The optional upload parameters exactly as received (null when absent); {@link UploadMedia} validates them.
 * Nine strings in a row: build them by name with {@link #builder()}.
 */
public record UploadOptions(
        String title,
        String description,
        String tags,
        String albumId,
        String categoryId,
        String width,
        String expiration,
        String nsfw,
        String useFileDate) {

    /** No option given. */
    public static UploadOptions none() {
        return builder().build();
    }

    /** A builder with no field set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UploadOptions} field by field, by name. */
    public static final class Builder {
        private String title;
        private String description;
        private String tags;
        private String albumId;
        private String categoryId;
        private String width;
        private String expiration;
        private String nsfw;
        private String useFileDate;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        public Builder albumId(String albumId) {
            this.albumId = albumId;
            return this;
        }

        public Builder categoryId(String categoryId) {
            this.categoryId = categoryId;
            return this;
        }

        public Builder width(String width) {
            this.width = width;
            return this;
        }

        public Builder expiration(String expiration) {
            this.expiration = expiration;
            return this;
        }

        public Builder nsfw(String nsfw) {
            this.nsfw = nsfw;
            return this;
        }

        public Builder useFileDate(String useFileDate) {
            this.useFileDate = useFileDate;
            return this;
        }

        public UploadOptions build() {
            return new UploadOptions(title, description, tags, albumId, categoryId, width, expiration, nsfw,
                    useFileDate);
        }
    }
}
