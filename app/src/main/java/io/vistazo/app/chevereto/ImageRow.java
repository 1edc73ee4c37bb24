package io.vistazo.app.chevereto;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.StorageMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The columns of one {@code images} row the import reads. */
record ImageRow(long id, String name, String extension, String date, String dateGmt, long size, int width,
                int height, String title, String description, boolean nsfw, Long userId, Long albumId,
                Long categoryId, String storageMode, String path, Long storageId, String md5, String sourceMd5,
                String originalFilename, String exif, long views, long likes, Instant expires, boolean approved,
                boolean animated, boolean is360, int duration, String uploaderIp) {

    static ImageRow read(ResultSet row) throws SQLException {
        String expires = CheveretoImport.text(row, "image_expiration_date_gmt");
        return new ImageRow(row.getLong("image_id"), row.getString("image_name"),
                row.getString("image_extension"), CheveretoImport.text(row, "image_date"),
                CheveretoImport.text(row, "image_date_gmt"),
                row.getLong("image_size"), row.getInt("image_width"), row.getInt("image_height"),
                row.getString("image_title"), row.getString("image_description"), row.getBoolean("image_nsfw"),
                nullableLong(row, "image_user_id"), nullableLong(row, "image_album_id"),
                nullableLong(row, "image_category_id"), row.getString("image_storage_mode"),
                row.getString("image_path"), nullableLong(row, "image_storage_id"), row.getString("image_md5"),
                row.getString("image_source_md5"), row.getString("image_original_filename"),
                row.getString("image_original_exifdata"), row.getLong("image_views"),
                row.getLong("image_likes"),
                expires == null ? null : CheveretoImport.time(expires).toInstant(ZoneOffset.UTC),
                row.getBoolean("image_is_approved"), row.getBoolean("image_is_animated"),
                row.getBoolean("image_is_360"), row.getInt("image_duration"),
                row.getString("image_uploader_ip"));
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    Media toMedia(MediaFormat format, String key, String fileMd5, Long user, Long album, Long category,
                  List<String> tags) {
        return Media.builder()
                .id(id).format(format).name(name).extension(extension)
                .storageKey(key).storageMode(StorageMode.DATEFOLDER)
                .size(size).width(width).height(height)
                .date(CheveretoImport.time(date)).dateGmt(CheveretoImport.time(dateGmt))
                .title(title).description(description).nsfw(nsfw)
                .md5(fileMd5).sourceMd5(sourceMd5).originalFilename(originalFilename).originalExifdata(exif)
                .views(views).categoryId(category).albumId(album).userId(user)
                .expiresAt(expires).animated(animated).is360(is360).duration(duration)
                .tags(tags).uploaderIp(uploaderIp)
                .build();
    }
}
