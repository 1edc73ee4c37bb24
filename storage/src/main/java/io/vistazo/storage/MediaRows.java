package io.vistazo.storage;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.StorageMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.Update;

/** Maps {@link Media} to and from the {@code media} table, column by column. */
final class MediaRows {

    /** Every column but {@code delete_hash}, which is read on its own. */
    static final String COLUMNS = "id, format, name, extension, storage_key, storage_mode, size, width, height, "
            + "date, date_gmt, title, description, nsfw, md5, source_md5, original_filename, original_exifdata, "
            + "views, category_id, album_id, user_id, chain, thumb_size, medium_size, frame_size, expires_at, "
            + "animated, is_360, duration, uploader_ip";

    static final String INSERT = "INSERT INTO media (" + COLUMNS + ", delete_hash) VALUES (:id, :format, :name, "
            + ":extension, :storage_key, :storage_mode, :size, :width, :height, :date, :date_gmt, :title, "
            + ":description, :nsfw, :md5, :source_md5, :original_filename, :original_exifdata, :views, "
            + ":category_id, :album_id, :user_id, :chain, :thumb_size, :medium_size, :frame_size, :expires_at, "
            + ":animated, :is_360, :duration, :uploader_ip, :delete_hash)";

    private MediaRows() {
    }

    static Update bindAll(Update insert, Media media) {
        return insert
                .bind("id", media.id())
                .bind("format", media.format().name())
                .bind("name", media.name())
                .bind("extension", media.extension())
                .bind("storage_key", media.storageKey())
                .bind("storage_mode", media.storageMode().label())
                .bind("size", media.size())
                .bind("width", media.width())
                .bind("height", media.height())
                .bind("date", Rows.timestamp(media.date()))
                .bind("date_gmt", Rows.timestamp(media.dateGmt()))
                .bind("title", media.title())
                .bind("description", media.description())
                .bind("nsfw", media.nsfw())
                .bind("md5", media.md5())
                .bind("source_md5", media.sourceMd5())
                .bind("original_filename", media.originalFilename())
                .bind("original_exifdata", media.originalExifdata())
                .bind("views", media.views())
                .bind("category_id", media.categoryId())
                .bind("album_id", media.albumId())
                .bind("user_id", media.userId())
                .bind("chain", media.chain())
                .bind("thumb_size", media.thumbSize())
                .bind("medium_size", media.mediumSize())
                .bind("frame_size", media.frameSize())
                .bind("expires_at", media.expiresAt() == null ? null : media.expiresAt().toEpochMilli())
                .bind("animated", media.animated())
                .bind("is_360", media.is360())
                .bind("duration", media.duration())
                .bind("uploader_ip", media.uploaderIp());
    }

    static Media read(ResultSet rs, List<String> tags) throws SQLException {
        Long expiresAtMillis = Rows.nullableLong(rs, "expires_at");
        return Media.builder()
                .id(rs.getLong("id"))
                .format(MediaFormat.valueOf(rs.getString("format")))
                .name(rs.getString("name"))
                .extension(rs.getString("extension"))
                .storageKey(rs.getString("storage_key"))
                .storageMode(StorageMode.parse(rs.getString("storage_mode")))
                .size(rs.getLong("size"))
                .width(rs.getInt("width"))
                .height(rs.getInt("height"))
                .date(Rows.localDateTime(rs.getString("date")))
                .dateGmt(Rows.localDateTime(rs.getString("date_gmt")))
                .title(rs.getString("title"))
                .description(rs.getString("description"))
                .nsfw(rs.getBoolean("nsfw"))
                .md5(rs.getString("md5"))
                .sourceMd5(rs.getString("source_md5"))
                .originalFilename(rs.getString("original_filename"))
                .originalExifdata(rs.getString("original_exifdata"))
                .views(rs.getLong("views"))
                .categoryId(Rows.nullableLong(rs, "category_id"))
                .albumId(Rows.nullableLong(rs, "album_id"))
                .userId(Rows.nullableLong(rs, "user_id"))
                .chain(rs.getInt("chain"))
                .thumbSize(rs.getLong("thumb_size"))
                .mediumSize(rs.getLong("medium_size"))
                .frameSize(rs.getLong("frame_size"))
                .expiresAt(expiresAtMillis == null ? null : Instant.ofEpochMilli(expiresAtMillis))
                .animated(rs.getBoolean("animated"))
                .is360(rs.getBoolean("is_360"))
                .duration(rs.getInt("duration"))
                .tags(tags)
                .uploaderIp(rs.getString("uploader_ip"))
                .build();
    }
}
