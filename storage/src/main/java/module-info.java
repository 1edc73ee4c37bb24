/**
 * Local file layouts, S3-compatible object storage and the SQL metadata store (SQLite or PostgreSQL) through Jdbi.
 * The application opens a {@link io.vistazo.storage.Database} and a {@link io.vistazo.storage.LocalBlobStore} or
 * {@link io.vistazo.storage.S3BlobStore} and hands their ports to the core use cases. See docs/ARCHITECTURE.md.
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
    // AWS SDK v2 (automatic modules named in their manifests) on the JDK's URL connection.
    requires software.amazon.awssdk.services.s3;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.urlconnection;
    // The SigV4 signer alone, for the presigned PUTs of whole files.
    requires software.amazon.awssdk.http.auth.aws;
    requires software.amazon.awssdk.http.auth.spi;
    requires software.amazon.awssdk.identity.spi;
    requires software.amazon.awssdk.utils;

    exports io.vistazo.storage;
}
