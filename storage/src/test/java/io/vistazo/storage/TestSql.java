package io.vistazo.storage;

import org.jdbi.v3.core.Handle;

/** Raw single-value queries for assertions on what the repositories wrote. */
final class TestSql {

    private TestSql() {
    }

    static int count(Database database, String query) {
        return database.sql().read(handle -> handle.createQuery(query).map(Rows.FIRST_INT).one());
    }

    static String text(Handle handle, String query) {
        return handle.createQuery(query).map(Rows.FIRST_STRING).one();
    }
}
