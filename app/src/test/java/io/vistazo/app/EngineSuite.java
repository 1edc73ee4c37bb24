package io.vistazo.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suite of HTTP tests sharing one server on one engine; each test class runs its suite once per engine
 * through two {@code @Nested} subclasses, and some once more on PostgreSQL through a third.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EngineSuite {

    private final HttpEngine engine;
    private final TestDatabases.Kind database;
    TestServer server;

    EngineSuite(HttpEngine engine) {
        this(engine, TestDatabases.Kind.SQLITE);
    }

    EngineSuite(HttpEngine engine, TestDatabases.Kind database) {
        this.engine = engine;
        this.database = database;
    }

    /** Extra settings of this suite's server, as name, value pairs. */
    String[] settings() {
        return new String[0];
    }

    /** Runs once the server is up, to upload what the suite's tests share. */
    void prepare() {
    }

    @BeforeAll
    void startServer(@TempDir Path dataDir) {
        TestDatabases.prepare(dataDir, database);
        server = TestServer.start(dataDir, engine, settings());
        prepare();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }
}
