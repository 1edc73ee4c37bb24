/**
 * Local file layouts and the SQL metadata store (SQLite or PostgreSQL) through Jdbi. The application opens a
 * {@link io.vistazo.storage.Database} and a {@link io.vistazo.storage.LocalBlobStore} and hands their ports to
 * the core use cases.
 */
module io.vistazo.storage {
    requires transitive io.vistazo.core;
    requires java.sql;
    requires org.jdbi.v3.core;
    // Jdbi is an automatic module: its named dependencies are not resolved for it, so we require them.
    requires org.slf4j;
    requires io.leangen.geantyref;
    // Explicit module; required because we configure connections through org.sqlite.SQLiteConfig/SQLiteDataSource.
    requires org.xerial.sqlitejdbc;
    // PostgreSQL: the driver's data source, pooled by HikariCP.
    requires org.postgresql.jdbc;
    requires com.zaxxer.hikari;

    exports io.vistazo.storage;
}
