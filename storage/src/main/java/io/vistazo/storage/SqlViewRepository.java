package io.vistazo.storage;

import io.vistazo.core.port.out.ViewRepository;
import java.time.LocalDate;

/** Per-day visits in {@code media_views}, and the {@code views} counter of {@code media} they feed. */
final class SqlViewRepository implements ViewRepository {

    private final SqlAccess sql;

    SqlViewRepository(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public boolean record(long mediaId, String visitor, LocalDate day) {
        return sql.write(handle -> {
            // The EXISTS makes a visit to a just-deleted media a no-op rather than a foreign key failure.
            int inserted = handle.createUpdate("INSERT INTO media_views (media_id, visitor, day) "
                            + "SELECT :media, :visitor, :day WHERE EXISTS (SELECT 1 FROM media WHERE id = :media) "
                            + "ON CONFLICT (media_id, visitor, day) DO NOTHING")
                    .bind("media", mediaId)
                    .bind("visitor", visitor)
                    .bind("day", day.toString())
                    .execute();
            if (inserted == 0) {
                return false;
            }
            handle.createUpdate("UPDATE media SET views = views + 1 WHERE id = :media")
                    .bind("media", mediaId)
                    .execute();
            return true;
        });
    }

    @Override
    public int forgetBefore(LocalDate day) {
        return sql.write(handle -> handle.createUpdate("DELETE FROM media_views WHERE day < :day")
                .bind("day", day.toString())
                .execute());
    }
}
