package io.vistazo.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the {@code migrations/V<nnn>__<what>.sql} resources, each applied once, in
 * order, in its own transaction, and recorded in {@code schema_version}. The same scripts serve SQLite and
 * PostgreSQL: {@link Dialect#schema} rewrites what differs.
 */
final class Migrations {

    /** In order; a module cannot list its own resource folders, so every new script is added here. */
    static final List<String> SCRIPTS = List.of("V001__initial.sql", "V002__accounts_albums_views.sql",
            "V003__web_sessions.sql", "V004__upload_journal.sql", "V005__shared_limits.sql",
            "V006__imported_accounts.sql", "V007__accounts.sql");

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static int latestVersion() {
        return versionOf(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** Applies the pending scripts while holding the dialect's migration lock, so nodes never race. */
    static void apply(SqlAccess sql) {
        Dialect dialect = sql.dialect();
        sql.useSession(session -> {
            dialect.lockMigrations(session);
            try {
                applyAll(sql);
            } finally {
                dialect.unlockMigrations(session);
            }
        });
    }

    private static void applyAll(SqlAccess sql) {
        Dialect dialect = sql.dialect();
        sql.useWrite(handle -> handle.execute(dialect.schema("CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_gmt TEXT NOT NULL)")));
        refuseNewerSchema(currentVersion(sql));
        for (String script : SCRIPTS) {
            sql.useWrite(handle -> applyIfNew(handle, dialect, script));
        }
    }

    static int currentVersion(SqlAccess sql) {
        return sql.read(handle -> handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                .map(Rows.FIRST_INT)
                .one());
    }

    static int versionOf(String script) {
        if (!script.matches("V\\d{3}__\\w+\\.sql")) {
            throw new IllegalArgumentException("migration script name must look like V001__what.sql: " + script);
        }
        return Integer.parseInt(script.substring(1, 4));
    }

    private static void refuseNewerSchema(int current) {
        if (current > latestVersion()) {
            throw new IllegalStateException("database schema version " + current
                    + " is newer than this build knows (" + latestVersion() + "); use a newer Vistazo");
        }
    }

    /** Re-checks inside the transaction, so two processes opening one new database apply each script once. */
    private static void applyIfNew(Handle handle, Dialect dialect, String script) {
        int version = versionOf(script);
        boolean applied = handle.createQuery("SELECT COUNT(*) FROM schema_version WHERE version = :version")
                .bind("version", version)
                .map(Rows.FIRST_INT)
                .one() > 0;
        if (applied) {
            return;
        }
        handle.createScript(dialect.schema(load(script))).execute();
        handle.createUpdate("INSERT INTO schema_version (version, script, applied_gmt) VALUES (:version, :script, :at)")
                .bind("version", version)
                .bind("script", script)
                .bind("at", Rows.timestampGmt(Instant.now()))
                .execute();
        LOG.info("Applied database migration {}", script);
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
