package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import io.vistazo.storage.Database;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an API upload costs the database once the node knows its key: the statements it sends, counted by the
 * server's own {@link Database}. On PostgreSQL each is a round trip, paid on every upload; the key, its account and
 * the client's failure counts are re-read at most once a second.
 */
@EnumSource(names = {"JETTY", "POSTGRES_AND_S3"})
class UploadCostTest extends EngineSuite {

    /**
     * On PostgreSQL: the flood limits' counts of the address and of the account (one read each, every window at
     * once), a {@code nextval} for the id, one check of the candidate file names, the journal entry of the three
     * files, and the row with the end of that entry. The load benchmark, with flood limits off, sends the last four.
     */
    private static final int STATEMENTS_PER_UPLOAD = 6;
    /** SQLite's id is an insert and a delete, and its row and the end of the journal entry are two statements. */
    private static final int MORE_ON_SQLITE = 2;

    private String key;

    @Override
    void prepare() {
        WebUsers.add(server.dataDir, "ana", "user");
        key = WebUsers.key(server.dataDir, "ana");
    }

    @Test
    void anUploadWithAKnownKeySendsSixStatementsOnPostgresql() {
        assertThat(upload()).as("the first upload reads the key").isGreaterThan(STATEMENTS_PER_UPLOAD);
        List<Long> costs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            costs.add(upload());
        }
        // A second may pass between two uploads of a slow machine (the key is read again), or a heartbeat land.
        long expected = backend.database == TestDatabases.Kind.POSTGRESQL ? STATEMENTS_PER_UPLOAD
                : STATEMENTS_PER_UPLOAD + MORE_ON_SQLITE;
        assertThat(Collections.min(costs)).as("statements of each upload: " + costs).isEqualTo(expected);
    }

    /** The statements the server's database sent for one upload. */
    private long upload() {
        Database database = ((Application) server.server).wiring().database();
        long before = database.statementCount();
        assertThat(Uploads.as(server, key, "a.png", Fixtures.bytes("alpha.png")).statusCode())
                .isEqualTo(200);
        return database.statementCount() - before;
    }
}
