package io.vistazo.storage;

import io.vistazo.core.port.out.UploadHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jdbi.v3.core.statement.Query;

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

    /** One statement, over the rows of the earliest start, whatever the number of starts. */
    @Override
    public List<Integer> countsSince(Uploader uploader, List<Instant> starts) {
        if (starts.isEmpty()) {
            return List.of();
        }
        StringJoiner counts = new StringJoiner(", ");
        for (int i = 0; i < starts.size(); i++) {
            counts.add("COALESCE(SUM(CASE WHEN date_gmt >= :since" + i + " THEN 1 ELSE 0 END), 0)");
        }
        Instant earliest = starts.stream().min(Instant::compareTo).orElseThrow();
        return sql.read(handle -> {
            Query select = handle.createQuery("SELECT " + counts + " FROM media WHERE " + column(uploader)
                            + " = :who AND date_gmt >= :earliest")
                    .bind("who", value(uploader))
                    .bind("earliest", Rows.timestampGmt(earliest));
            for (int i = 0; i < starts.size(); i++) {
                select.bind("since" + i, Rows.timestampGmt(starts.get(i)));
            }
            return select.map((rows, context) -> {
                List<Integer> found = new ArrayList<>();
                for (int column = 1; column <= starts.size(); column++) {
                    found.add(rows.getInt(column));
                }
                return found;
            }).one();
        });
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
