package io.vistazo.storage;

import io.vistazo.core.port.out.UploadJournal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** The upload journal as a table, its entries tagged with the node writing them; see {@link UploadJournal}. */
final class SqlUploadJournal implements UploadJournal {

    /** Entries whose node has no recent heartbeat (or none at all); {@code :since} is the heartbeat cut-off. */
    private static final String OF_GONE_NODES = "(node_id IS NULL OR node_id NOT IN "
            + "(SELECT id FROM nodes WHERE last_seen >= :since))";

    /** Ends every node's entries for the main key {@code :main} (see {@link #endIn}). */
    static final String END_ALL = "DELETE FROM upload_journal WHERE main_key = :main";

    private final SqlAccess sql;
    private final String nodeId;

    SqlUploadJournal(SqlAccess sql, String nodeId) {
        this.sql = sql;
        this.nodeId = nodeId;
    }

    /** One statement whatever the number of keys: all of them or none are journaled. */
    @Override
    public void begin(String mainKey, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String now = Instant.now().toString();
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < keys.size(); i++) {
            rows.add("(:main, :member" + i + ", :now, :node)");
        }
        sql.writeAlone(handle -> {
            Update insert = handle.createUpdate("INSERT INTO upload_journal (main_key, member_key, started_gmt, "
                    + "node_id) VALUES " + rows)
                    .bind("main", mainKey)
                    .bind("now", now)
                    .bind("node", nodeId);
            for (int i = 0; i < keys.size(); i++) {
                insert.bind("member" + i, keys.get(i));
            }
            return insert.execute();
        });
    }

    @Override
    public void end(String mainKey) {
        sql.useWrite(handle -> handle.createUpdate(
                        "DELETE FROM upload_journal WHERE main_key = :main AND node_id = :node")
                .bind("main", mainKey)
                .bind("node", nodeId)
                .execute());
    }

    /**
     * Once the media row is stored its files are referenced, so every node's entries for its main key (in the hash
     * layout, other uploads of the same content) are done with.
     */
    static void endIn(Handle handle, String mainKey) {
        handle.createUpdate(END_ALL).bind("main", mainKey).execute();
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

    @Override
    public List<Abandoned> abandoned(Instant aliveSince) {
        record Upload(String nodeId, String mainKey) {
        }
        return sql.read(handle -> {
            Map<Upload, List<String>> uploads = new LinkedHashMap<>();
            handle.createQuery("SELECT node_id, main_key, member_key FROM upload_journal WHERE " + OF_GONE_NODES
                            + " AND main_key NOT IN (SELECT main_key FROM upload_journal WHERE NOT " + OF_GONE_NODES
                            + ") ORDER BY id")
                    .bind("since", aliveSince.toEpochMilli())
                    .map((rows, context) -> Map.entry(new Upload(rows.getString(1), rows.getString(2)),
                            rows.getString(3)))
                    .forEach(entry -> uploads.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                            .add(entry.getValue()));
            List<Abandoned> abandoned = new ArrayList<>();
            uploads.forEach((upload, keys) -> abandoned.add(new Abandoned(upload.nodeId(), upload.mainKey(), keys)));
            return abandoned;
        });
    }

    @Override
    public void forget(Abandoned upload) {
        sql.useWrite(handle -> handle.createUpdate("DELETE FROM upload_journal WHERE main_key = :main AND "
                        + (upload.nodeId() == null ? "node_id IS NULL" : "node_id = :node"))
                .bind("main", upload.mainKey())
                .bind("node", upload.nodeId())
                .execute());
    }
}
