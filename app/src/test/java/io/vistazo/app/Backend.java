package io.vistazo.app;

/**
 * What an {@link EngineSuite}'s server runs on: its HTTP engine, its database and where it keeps its files. A suite
 * names the ones it runs on with {@code @EnumSource(names = ...)}; the display name of each run is the constant's.
 */
enum Backend {
    /** Jetty, a SQLite file and the local data folder. */
    JETTY(HttpEngine.JETTY, TestDatabases.Kind.SQLITE, false),
    /** The JDK's built-in server, a SQLite file and the local data folder. */
    JDK(HttpEngine.JDK, TestDatabases.Kind.SQLITE, false),
    /** Jetty, a new database on the shared PostgreSQL cluster and the local data folder. */
    POSTGRES(HttpEngine.JETTY, TestDatabases.Kind.POSTGRESQL, false),
    /** Jetty, a new database on the shared PostgreSQL cluster and a new bucket on the shared S3 server. */
    POSTGRES_AND_S3(HttpEngine.JETTY, TestDatabases.Kind.POSTGRESQL, true);

    final HttpEngine engine;
    final TestDatabases.Kind database;
    private final boolean s3;

    Backend(HttpEngine engine, TestDatabases.Kind database, boolean s3) {
        this.engine = engine;
        this.database = database;
        this.s3 = s3;
    }

    /** A server's {@code settings} on this backend: with those of a new bucket when it keeps its files in S3. */
    String[] serverSettings(String[] settings) {
        return s3 ? TestS3.withNewBucket(settings) : settings;
    }
}
