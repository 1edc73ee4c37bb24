package io.vistazo.storage;

import io.vistazo.core.port.out.UploadJournal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The upload journal as a table; see {@link UploadJournal}. */
final class SqlUploadJournal implements UploadJournal {

    private final SqlAccess sql;

    SqlUploadJournal(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public void begin(String mainKey, List<String> keys) {
        String now = Instant.now().toString();
        sql.useWrite(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO upload_journal (main_key, member_key, started_gmt) "
                    + "VALUES (:main, :member, :now)");
            for (String key : keys) {
                batch.bind("main", mainKey).bind("member", key).bind("now", now).add();
            }
            batch.execute();
        });
    }

    @Override
    public void end(String mainKey) {
        sql.useWrite(handle -> endIn(handle, mainKey));
    }

    static void endIn(Handle handle, String mainKey) {
        handle.createUpdate("DELETE FROM upload_journal WHERE main_key = :main").bind("main", mainKey).execute();
    }

    @Override
    public Map<String, List<String>> pending() {
        return sql.read(handle -> {
            Map<String, List<String>> pending = new LinkedHashMap<>();
            handle.createQuery("SELECT main_key, member_key FROM upload_journal ORDER BY id")
                    .map((rows, context) -> Map.entry(rows.getString(1), rows.getString(2)))
                    .forEach(entry -> pending.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                            .add(entry.getValue()));
            return pending;
        });
    }
}
