package io.vistazo.storage;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Copies every row of one database into another of the same schema version (SQLite to PostgreSQL): ids are kept,
 * so links, delete links and API keys work unchanged. Idempotent and resumable: rows already in the target are
 * skipped ({@code ON CONFLICT DO NOTHING}, and tables numbered by {@code id} resume after the target's highest),
 * so a second run after an interruption finishes the job. The source is only read. Afterwards the target's
 * identities are moved past the copied ids.
 */
public final class DatabaseCopy {

    /** In foreign-key order; {@code schema_version} is the target's own. */
    static final List<Table> TABLES = List.of(
            new Table("users", "id"),
            new Table("api_keys", "id"),
            new Table("categories", "id"),
            new Table("albums", "id"),
            new Table("media_sequence", "id"),
            new Table("media", "id"),
            new Table("tags", "id"),
            new Table("media_tags", "media_id, position"),
            new Table("media_views", "media_id, visitor, day"),
            new Table("settings", "name"),
            new Table("web_sessions", "id_hash"),
            new Table("upload_journal", "id"),
            new Table("failure_buckets", "scope, client, bucket_start"),
            new Table("nodes", "started_at, id"),
            new Table("invites", "code_hash"));

    private static final int BATCH = 500;

    /** A table and the columns it is read in order of; {@code id} tables are read in id ranges. */
    record Table(String name, String orderBy) {
        boolean numbered() {
            return orderBy.equals("id");
        }
    }

    private final Database source;
    private final Database target;
    private final Consumer<String> progress;

    private DatabaseCopy(Database source, Database target, Consumer<String> progress) {
        this.source = source;
        this.target = target;
        this.progress = progress;
    }

    /**
     * @param resume whether a target that already has rows (from an interrupted copy) may be continued
     * @param progress told one line per table and batch
     * @return rows inserted into the target by this run
     * @throws IllegalStateException when the schemas differ, or the target has rows and {@code resume} is false
     */
    public static long copy(Database source, Database target, boolean resume, Consumer<String> progress) {
        if (source.schemaVersion() != target.schemaVersion()) {
            throw new IllegalStateException("schema versions differ: source " + source.schemaVersion()
                    + ", target " + target.schemaVersion());
        }
        DatabaseCopy copy = new DatabaseCopy(source, target, progress);
        if (!resume && copy.targetHasRows()) {
            throw new IllegalStateException("the target database already has rows; "
                    + "use --resume to continue an interrupted copy");
        }
        long inserted = 0;
        for (Table table : TABLES) {
            inserted += copy.copyTable(table);
        }
        for (Table table : TABLES) {
            if (table.numbered()) {
                target.sql().useWrite(handle -> target.sql().dialect().advanceIdentity(handle, table.name()));
            }
        }
        return inserted;
    }

    private boolean targetHasRows() {
        return target.sql().read(handle -> TABLES.stream().anyMatch(table -> handle.createQuery(
                "SELECT COUNT(*) FROM (SELECT 1 FROM " + table.name() + " LIMIT 1) AS any_row")
                .map(Rows.FIRST_INT).one() > 0));
    }

    private long copyTable(Table table) {
        long total = source.sql().read(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table.name())
                .map(Rows.FIRST_LONG).one());
        Map<String, Class<?>> types = columnTypes(table);
        long cursor = table.numbered() ? highestId(target, table) : Long.MIN_VALUE;
        long done = table.numbered() ? countUpTo(table, cursor) : 0;
        long inserted = 0;
        long offset = 0;
        for (List<Row> rows = readBatch(table, cursor, offset, types); !rows.isEmpty();
                rows = readBatch(table, cursor, offset, types)) {
            List<Row> batch = rows;
            inserted += target.sql().write(handle -> insert(handle, table, batch));
            done += rows.size();
            offset += rows.size();
            if (table.numbered()) {
                cursor = rows.get(rows.size() - 1).id();
            }
            progress.accept(table.name() + ": " + done + "/" + total);
        }
        if (total == 0) {
            progress.accept(table.name() + ": 0/0");
        }
        return inserted;
    }

    private long countUpTo(Table table, long id) {
        return source.sql().read(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table.name()
                + " WHERE id <= :id").bind("id", id).map(Rows.FIRST_LONG).one());
    }

    private static long highestId(Database database, Table table) {
        return database.sql().read(handle -> handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM " + table.name())
                .map(Rows.FIRST_LONG).one());
    }

    /** The next rows of the source: after {@code cursor} by id, or at {@code offset} in key order. */
    private List<Row> readBatch(Table table, long cursor, long offset, Map<String, Class<?>> types) {
        return source.sql().readSnapshot(handle -> {
            var query = table.numbered()
                    ? handle.createQuery("SELECT * FROM " + table.name() + " WHERE id > :cursor ORDER BY id LIMIT :n")
                            .bind("cursor", cursor)
                    : handle.createQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy()
                            + " LIMIT :n OFFSET :offset").bind("offset", offset);
            return query.bind("n", BATCH).map((rs, ctx) -> Row.read(rs, types)).list();
        });
    }

    private static int insert(Handle handle, Table table, List<Row> rows) {
        List<String> columns = rows.get(0).columns();
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> ":" + column).toList())
                + ") ON CONFLICT DO NOTHING";
        PreparedBatch batch = handle.prepareBatch(sql);
        for (Row row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                batch.bindByType(columns.get(i), row.values().get(i), row.types().get(i));
            }
            batch.add();
        }
        int inserted = 0;
        for (int count : batch.execute()) {
            inserted += Math.max(count, 0);
        }
        return inserted;
    }

    /** The target's columns of the table and the Java type each takes: SQLite's 0 and 1 become booleans. */
    private Map<String, Class<?>> columnTypes(Table table) {
        return target.sql().read(handle -> handle.createQuery("SELECT * FROM " + table.name() + " WHERE 1 = 0")
                .scanResultSet((supplier, ctx) -> {
                    ResultSetMetaData meta = supplier.get().getMetaData();
                    Map<String, Class<?>> types = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        types.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), javaType(meta.getColumnType(i)));
                    }
                    return types;
                }));
    }

    private static Class<?> javaType(int sqlType) {
        return switch (sqlType) {
            case Types.BOOLEAN, Types.BIT -> Boolean.class;
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Long.class;
            default -> String.class;
        };
    }

    /** One source row as the target takes it: each value converted to its target column's type. */
    record Row(List<String> columns, List<Object> values, List<Class<?>> types) {

        static Row read(ResultSet rs, Map<String, Class<?>> targetTypes) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            List<Class<?>> types = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                Class<?> type = targetTypes.get(column);
                if (type == null) {
                    throw new IllegalStateException("the target has no column " + column + " in its table");
                }
                columns.add(column);
                types.add(type);
                values.add(value(rs, i, type));
            }
            return new Row(columns, values, types);
        }

        private static Object value(ResultSet rs, int column, Class<?> type) throws SQLException {
            if (rs.getObject(column) == null) {
                return null;
            }
            if (type == Boolean.class) {
                return rs.getBoolean(column);
            }
            return type == Long.class ? (Object) rs.getLong(column) : rs.getString(column);
        }

        long id() {
            return (Long) values.get(columns.indexOf("id"));
        }
    }
}
