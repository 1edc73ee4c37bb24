package io.vistazo.app;

import java.nio.file.Path;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;

/**
 * A suite of HTTP tests sharing one server. The test class runs once for each {@link Backend} its
 * {@code @EnumSource} names (say {@code @EnumSource(names = {"JETTY", "JDK"})}), each run on a new server with a
 * data folder of its own.
 *
 * <p>One instance serves all the runs of a class (JUnit's per-class lifecycle): what a suite keeps in its fields
 * must be set again in {@link #prepare()}, not where the field is declared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "{0}")
abstract class EngineSuite {

    /** The backend of the current run, set by JUnit before it starts. */
    @Parameter
    Backend backend;
    TestServer server;

    /** Extra settings of this suite's server, as name, value pairs. */
    String[] settings() {
        return new String[0];
    }

    /** Runs once the server is up, to upload what the suite's tests share. */
    void prepare() {
    }

    /** Runs after the suite's tests on one server, before it stops: to stop what {@link #prepare()} started. */
    void finish() {
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void startServer(@TempDir Path dataDir) {
        TestDatabases.prepare(dataDir, backend.database);
        server = TestServer.start(dataDir, backend.engine, backend.serverSettings(settings()));
        prepare();
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void stopServer() {
        try {
            finish();
        } finally {
            server.close();
        }
    }
}
