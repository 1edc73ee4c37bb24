package io.vistazo.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and changes a server's database (its SQLite file, or its PostgreSQL database: see {@link TestDatabases})
 * directly: to check what no API shows yet (views, album ids) and to
 * stand in for time passing (moving an expiry into the past).
 */
final class TestDatabase {

    private TestDatabase() {
    }

    /** The first column of the first row, or -1 when there is none. */
    static long number(Path dataDir, String sql, Object... params) {
        try (Connection connection = open(dataDir); PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return -1;
            }
            long value = rows.getLong(1);
            return rows.wasNull() ? -1 : value;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row as text, or null when there is none. */
    static String text(Path dataDir, String sql, Object... params) {
        try (Connection connection = open(dataDir); PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row, as text. */
    static List<String> texts(Path dataDir, String sql, Object... params) {
        try (Connection connection = open(dataDir); PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static int update(Path dataDir, String sql, Object... params) {
        try (Connection connection = open(dataDir); PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection open(Path dataDir) throws SQLException {
        return TestDatabases.connect(dataDir);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
