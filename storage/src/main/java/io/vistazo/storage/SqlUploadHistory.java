package io.vistazo.storage;

import io.vistazo.core.port.out.UploadHistory;
import java.time.Instant;
import java.util.Optional;

/**
 * Recent uploads read from {@code media} by uploader address or owner and {@code date_gmt}, on the indexes V002
 * adds. {@code date_gmt} is the upload time except for admin uploads with {@code use_file_date}, which count at
 * their photo's date.
 */
final class SqlUploadHistory implements UploadHistory {

    private final SqlAccess sql;

    SqlUploadHistory(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public int countSince(Uploader uploader, Instant since) {
        return sql.read(handle -> handle.createQuery("SELECT COUNT(*) FROM media WHERE " + column(uploader)
                        + " = :who AND date_gmt >= :since")
                .bind("who", value(uploader))
                .bind("since", Rows.timestampGmt(since))
                .map(Rows.FIRST_INT)
                .one());
    }

    @Override
    public Optional<Instant> nthNewestSince(Uploader uploader, Instant since, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n starts at 1");
        }
        return sql.read(handle -> handle.createQuery("SELECT date_gmt FROM media WHERE " + column(uploader)
                        + " = :who AND date_gmt >= :since ORDER BY date_gmt DESC LIMIT 1 OFFSET :skip")
                .bind("who", value(uploader))
                .bind("since", Rows.timestampGmt(since))
                .bind("skip", n - 1)
                .map(Rows.FIRST_STRING)
                .findOne()
                .map(Rows::instantGmt));
    }

    @Override
    public boolean md5SeenSince(String address, String md5, Instant since) {
        return sql.read(handle -> handle.createQuery("SELECT 1 FROM media WHERE uploader_ip = :address "
                        + "AND date_gmt >= :since AND (md5 = :md5 OR source_md5 = :md5) LIMIT 1")
                .bind("address", address)
                .bind("since", Rows.timestampGmt(since))
                .bind("md5", md5)
                .map(Rows.FIRST_INT)
                .findOne()
                .isPresent());
    }

    /** A fixed column name per kind of uploader, never text from outside. */
    private static String column(Uploader uploader) {
        return uploader instanceof ByUser ? "user_id" : "uploader_ip";
    }

    private static Object value(Uploader uploader) {
        if (uploader instanceof ByUser byUser) {
            return byUser.userId();
        }
        return ((ByAddress) uploader).address();
    }
}
