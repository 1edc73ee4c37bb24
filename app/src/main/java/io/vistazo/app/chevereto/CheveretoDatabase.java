package io.vistazo.app.chevereto;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Chevereto database (MySQL or MariaDB), opened read-only: the session refuses writes, so the old site is never
 * changed. Tables are named with the site's prefix; which tables and columns exist is read from
 * {@code information_schema}, because sites upgraded release by release (or half-way) differ.
 */
public final class CheveretoDatabase implements AutoCloseable {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_]*");

    private final Connection connection;
    private final String prefix;
    private final Set<String> tables;
    private final Map<String, Set<String>> columns = new HashMap<>();

    private CheveretoDatabase(Connection connection, String prefix) throws SQLException {
        this.connection = connection;
        this.prefix = prefix;
        this.tables = readTables();
    }

    /**
     * @param url a {@code jdbc:mariadb:} or {@code jdbc:mysql:} URL (the MariaDB driver serves both)
     * @param prefix the table prefix, {@code chv_} by default in Chevereto
     */
    public static CheveretoDatabase open(String url, String user, String password, String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a table prefix is letters, digits and '_', not " + prefix);
        }
        String mariadbUrl = url.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length())
                : url;
        if (!mariadbUrl.startsWith("jdbc:mariadb:")) {
            throw new IllegalArgumentException("--from must be a jdbc:mariadb:// or jdbc:mysql:// URL, not " + url);
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            Connection connection = DriverManager.getConnection(mariadbUrl, properties);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION TRANSACTION READ ONLY");
            }
            return new CheveretoDatabase(connection, prefix);
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot read the Chevereto database at " + url + ": "
                    + e.getMessage(), e);
        }
    }

    /** The table's name with the prefix. */
    public String table(String name) {
        return prefix + name;
    }

    public boolean hasTable(String name) {
        return tables.contains(table(name).toLowerCase(Locale.ROOT));
    }

    public boolean hasColumn(String tableName, String column) {
        return columns.computeIfAbsent(tableName, this::readColumns).contains(column.toLowerCase(Locale.ROOT));
    }

    /** {@code column} when the table has it, else the SQL literal that stands in for it. */
    public String columnOr(String tableName, String column, String fallback) {
        return hasColumn(tableName, column) ? column : fallback + " AS " + column;
    }

    /**
     * A site setting as Chevereto reads it: the {@code variables} row (4.2+) first, then {@code settings}, whose
     * copy a 4.2 upgrade leaves behind stale.
     */
    public Optional<String> setting(String name) {
        if (hasTable("variables")) {
            Optional<String> variable = single("SELECT variable_value FROM " + table("variables")
                    + " WHERE variable_name = ?", name);
            if (variable.isPresent()) {
                return variable;
            }
        }
        if (!hasTable("settings")) {
            return Optional.empty();
        }
        return single("SELECT setting_value FROM " + table("settings") + " WHERE setting_name = ?", name);
    }

    public long count(String tableName) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table(tableName))) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failed("count " + tableName, e);
        }
    }

    /** Runs a query and hands each row to {@code each}, streaming (rows are not all held in memory). */
    public void forEach(String sql, RowAction each) {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** What to do with one row. */
    @FunctionalInterface
    public interface RowAction {
        void accept(ResultSet row) throws SQLException;
    }

    private Optional<String> single(String sql, String parameter) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private Set<String> readTables() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE()")) {
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private Set<String> readColumns(String tableName) {
        Set<String> names = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT column_name FROM "
                + "information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?")) {
            statement.setString(1, table(tableName));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw failed("columns of " + tableName, e);
        }
        return names;
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("reading the Chevereto database failed (" + what + "): " + e.getMessage(),
                e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Only read from: nothing is lost.
        }
    }
}
