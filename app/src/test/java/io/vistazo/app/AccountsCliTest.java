package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.service.Accounts;
import io.vistazo.core.service.SharedState;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code vistazo user|key|category|album} against the data folder of a running server, and the upload rules they
 * set up: revoked keys (refused once the server reads the key again, within {@link SharedState#REREAD_AFTER}),
 * albums owned by the key's user, categories that exist, duplicates allowed by default.
 */
@ParameterizedClass
@EnumSource(TestDatabases.Kind.class)
class AccountsCliTest {

    @Parameter
    TestDatabases.Kind database;

    @TempDir
    Path dataDir;

    private TestServer server;

    @BeforeEach
    void start() {
        TestDatabases.prepare(dataDir, database);
        server = TestServer.start(dataDir, HttpEngine.JDK);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String keyFor(String user) {
        return Cli.run(dataDir, "key", "create", "--user", user).strip();
    }

    private HttpResponse<byte[]> upload(String key, String... fields) {
        return Uploads.as(server, key, "a.png", Fixtures.bytes("alpha.png"), fields);
    }

    /** The use cases as the future web login will call them, on the same data folder. */
    private boolean passwordWorks(String user, String password) {
        Map<String, String> flags = new HashMap<>(TestDatabases.settings(dataDir));
        flags.put("data", dataDir.toString());
        try (Wiring wiring = Wiring.open(VistazoConfig.from(Settings.load(flags, Map.of())))) {
            Accounts accounts = wiring.management().accounts();
            return accounts.verifyPassword(user, password).isPresent();
        }
    }

    @Test
    void usersAreAddedWithAGeneratedOrGivenPasswordListedAndRemoved() {
        String added = Cli.run(dataDir, "user", "add", "ana");
        String generated = Cli.valueAfter(added, "shown only this once: ");
        Cli.runWithInput(dataDir, "bobs secret phrase\n", "user", "add", "bob", "--role", "admin", "--password", "-");

        assertThat(added).startsWith("Created user 'ana'.");
        assertThat(generated).matches("[0-9a-f]{20}");
        assertThat(passwordWorks("ana", generated)).isTrue();
        assertThat(passwordWorks("bob", "bobs secret phrase")).isTrue();
        assertThat(passwordWorks("bob", generated)).isFalse();
        assertThat(Cli.run(dataDir, "user", "list")).isEqualTo("admin  admin\nana  user\nbob  admin\n");

        assertThatThrownBy(() -> Cli.run(dataDir, "user", "add", "ana")).hasMessage("User name already taken: ana");
        assertThatThrownBy(() -> Cli.run(dataDir, "user", "add", "eve", "--role", "root"))
                .hasMessageContaining("--role must be admin or user");

        Cli.run(dataDir, "user", "remove", "bob");
        assertThat(Cli.run(dataDir, "user", "list")).isEqualTo("admin  admin\nana  user\n");
        assertThatThrownBy(() -> Cli.run(dataDir, "user", "remove", "admin"))
                .hasMessage("Cannot remove the last admin");
    }

    @Test
    void keysAreNamedListedMaskedAndRevokedKeysAreRefused() {
        Cli.run(dataDir, "user", "add", "ana");
        String key = Cli.run(dataDir, "key", "create", "--user", "ana", "--name", "laptop").strip();
        String masked = key.substring(0, key.lastIndexOf('_')) + "_***";
        assertThat(upload(key).statusCode()).isEqualTo(200);

        String listing = Cli.run(dataDir, "key", "list", "--user", "ana");
        assertThat(listing).contains(masked + "  laptop").doesNotContain(key).doesNotContain("revoked");

        assertThat(Cli.run(dataDir, "key", "revoke", masked)).startsWith("Revoked " + masked);
        // The CLI is another process to the server, which reads a key it used again after a moment.
        assertThat(Poll.within(SharedState.REREAD_AFTER.plusSeconds(2), () -> upload(key).statusCode() != 200))
                .as("refused within the re-read time").isTrue();
        HttpResponse<byte[]> refused = upload(key);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Uploads.errorCode(refused)).isEqualTo(100);
        assertThat(Uploads.errorMessage(refused)).isEqualTo("Invalid API key.");
        assertThat(Cli.run(dataDir, "key", "list", "--user", "ana")).contains(masked + "  laptop")
                .contains("(revoked)");
        assertThatThrownBy(() -> Cli.run(dataDir, "key", "revoke", "chv_zzzzzz_***")).hasMessage("API key not found");
    }

    @Test
    void anAlbumOfAnotherUserIsAnInvalidAlbumAndOnesOwnIsUsed() {
        Cli.run(dataDir, "user", "add", "ana");
        Cli.run(dataDir, "user", "add", "bob");
        String anaKey = keyFor("ana");
        String bobKey = keyFor("bob");
        String bobsAlbum = Cli.valueAfter(Cli.run(dataDir, "album", "add", "Bob's", "trip", "--user", "bob",
                "--privacy", "private"), "album_id ");

        HttpResponse<byte[]> refused = upload(anaKey, "album_id", bobsAlbum);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Uploads.errorMessage(refused)).isEqualTo("Invalid album");
        assertThat(Uploads.errorMessage(upload(TestServer.ADMIN_KEY, "album_id", bobsAlbum)))
                .as("not even an admin key uploads into someone else's album").isEqualTo("Invalid album");

        String name = Uploads.image(upload(bobKey, "album_id", bobsAlbum)).path("name").asText();
        assertThat(TestDatabase.number(dataDir, "SELECT COUNT(*) FROM media WHERE album_id IS NOT NULL AND name = ?",
                name)).isEqualTo(1);
        assertThat(Cli.run(dataDir, "album", "list", "--user", "bob"))
                .isEqualTo(bobsAlbum + "  private  1 media  Bob's trip\n");
        assertThat(Cli.run(dataDir, "album", "list", "--user", "ana")).isEmpty();
    }

    @Test
    void aCategoryMustExistAndOneCreatedFromTheCommandLineIsAccepted() {
        String created = Cli.run(dataDir, "category", "add", "Wild", "animals", "--key", "animals",
                "--description", "Furry and not");
        String id = Cli.valueAfter(created, "category_id ");

        assertThat(Uploads.image(upload(TestServer.ADMIN_KEY, "category_id", id)).path("category_id").asText())
                .isEqualTo(id);
        assertThat(Cli.run(dataDir, "category", "list")).isEqualTo(id + "  animals  Wild animals\n");
        assertThatThrownBy(() -> Cli.run(dataDir, "category", "add", "Other", "--key", "animals"))
                .hasMessage("Category URL key already taken: animals");

        Cli.run(dataDir, "category", "remove", "animals");
        assertThat(Uploads.errorMessage(upload(TestServer.ADMIN_KEY, "category_id", id))).isEqualTo("Invalid category");
    }

    @Test
    void removingAUserWithItsMediaDeletesTheFilesAndWithoutKeepsThem() {
        Cli.run(dataDir, "user", "add", "ana");
        Cli.run(dataDir, "user", "add", "bob");
        Uploads.image(upload(keyFor("ana")));
        Uploads.image(upload(keyFor("bob")));
        assertThat(server.storedFiles()).hasSize(4);

        assertThat(Cli.run(dataDir, "user", "remove", "ana", "--delete-media")).contains("deleted 1 media");
        assertThat(Cli.run(dataDir, "user", "remove", "bob")).contains("kept without an owner");

        assertThat(server.storedFiles()).hasSize(2);
        assertThat(TestDatabase.number(dataDir, "SELECT COUNT(*) FROM media WHERE user_id IS NULL")).isEqualTo(1);
        assertThat(TestDatabase.number(dataDir, "SELECT COUNT(*) FROM media")).isEqualTo(1);
    }

    @Test
    void withDefaultSettingsTheGuestKeyIsOffAndDuplicatesAreAllowed() {
        HttpResponse<byte[]> guest = upload("0123456789abcdef".repeat(4));
        assertThat(guest.statusCode()).isEqualTo(400);
        assertThat(Uploads.errorMessage(guest)).isEqualTo("Invalid API key.");

        Cli.run(dataDir, "user", "add", "ana");
        String key = keyFor("ana");
        assertThat(upload(key).statusCode()).isEqualTo(200);
        assertThat(upload(key).statusCode()).isEqualTo(200);
    }
}
