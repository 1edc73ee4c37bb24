package io.vistazo.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Keeps SQLite connections open between handles: opening one costs a file open, a schema read and the
 * pragmas, which dominated short queries, and a new connection cannot even be opened once the disk is full
 * (SQLite must grow its shared-memory file), so reads would fail exactly when they must keep working.
 */
final class PooledConnections implements ConnectionFactory {

    private final DataSource source;
    private final BlockingQueue<Connection> idle;

    /** @param maxIdle connections kept open when not in use; more are opened under load and closed after */
    PooledConnections(DataSource source, int maxIdle) {
        this.source = source;
        this.idle = new ArrayBlockingQueue<>(maxIdle);
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection pooled = idle.poll();
        return pooled != null ? pooled : source.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        if (!idle.offer(connection)) {
            connection.close();
        }
    }

    /** Closes the idle connections; those in use are closed when returned after this. */
    void closeAll() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing at shutdown: nothing left to do with a failure.
            }
        }
    }
}
