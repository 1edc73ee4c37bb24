/**
 * Local file layouts, S3-compatible object storage and the SQLite metadata store through Jdbi. The application
 * opens an {@link io.vistazo.storage.SqliteDatabase} and a {@link io.vistazo.storage.LocalBlobStore} or
 * {@link io.vistazo.storage.S3BlobStore} and hands their ports to the core use cases.
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
    // AWS SDK v2 (automatic modules named in their manifests) on the JDK's URL connection.
    requires software.amazon.awssdk.services.s3;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.urlconnection;

    exports io.vistazo.storage;
}
