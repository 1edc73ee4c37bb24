package io.vistazo.storage;

import io.vistazo.core.port.out.SiteStatistics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts over the media table; {@code date_gmt} is Chevereto's {@code yyyy-MM-dd HH:mm:ss} text in UTC. */
final class SqlSiteStatistics implements SiteStatistics {

    private final SqlAccess sql;

    SqlSiteStatistics(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public long mediaCount() {
        return sql.read(handle -> handle.createQuery("SELECT COUNT(*) FROM media").map(Rows.FIRST_LONG).one());
    }

    @Override
    public long bytesStored() {
        return sql.read(handle -> handle.createQuery("SELECT COALESCE(SUM(size + thumb_size + medium_size "
                + "+ frame_size), 0) FROM media").map(Rows.FIRST_LONG).one());
    }

    @Override
    public Map<LocalDate, Long> uploadsPerDay(LocalDate since) {
        Map<LocalDate, Long> days = new TreeMap<>();
        sql.read(handle -> handle.createQuery("SELECT SUBSTR(date_gmt, 1, 10) AS day, COUNT(*) AS uploads "
                        + "FROM media WHERE date_gmt >= :since GROUP BY SUBSTR(date_gmt, 1, 10)")
                .bind("since", since.toString())
                .map((rs, ctx) -> days.put(LocalDate.parse(rs.getString("day")), rs.getLong("uploads")))
                .list());
        return days;
    }

    @Override
    public List<UploaderCount> topUploaders(int limit) {
        return sql.read(handle -> handle.createQuery("SELECT users.name AS name, COUNT(*) AS uploads FROM media "
                        + "JOIN users ON users.id = media.user_id GROUP BY users.name "
                        + "ORDER BY uploads DESC, users.name LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new UploaderCount(rs.getString("name"), rs.getLong("uploads")))
                .list());
    }
}
