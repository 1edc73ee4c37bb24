package io.vistazo.storage;

import io.vistazo.core.port.out.NodeRegistry;
import java.time.Instant;

/** The {@code nodes} table; see {@link NodeRegistry}. */
final class SqlNodeRegistry implements NodeRegistry {

    private final SqlAccess sql;

    SqlNodeRegistry(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public void beat(String nodeId, Instant now) {
        sql.useWrite(handle -> handle.createUpdate("INSERT INTO nodes (id, started_at, last_seen) "
                        + "VALUES (:id, :now, :now) ON CONFLICT (id) DO UPDATE SET last_seen = :now")
                .bind("id", nodeId)
                .bind("now", now.toEpochMilli())
                .execute());
    }

    @Override
    public void leave(String nodeId) {
        sql.useWrite(handle -> handle.createUpdate("DELETE FROM nodes WHERE id = :id").bind("id", nodeId).execute());
    }

    @Override
    public boolean alive(String nodeId, Instant since) {
        return sql.read(handle -> handle.createQuery("SELECT 1 FROM nodes WHERE id = :id AND last_seen >= :since")
                .bind("id", nodeId)
                .bind("since", since.toEpochMilli())
                .map(Rows.FIRST_INT)
                .findOne()
                .isPresent());
    }

    @Override
    public int forgetSilentSince(Instant since) {
        return sql.write(handle -> handle.createUpdate("DELETE FROM nodes WHERE last_seen < :since")
                .bind("since", since.toEpochMilli())
                .execute());
    }
}
