package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code duplicates=reject}: the same file twice from one address within a day is refused, except for admins. */
class DuplicatesTest {

    @Nested
    class OnJetty extends Contract {
        OnJetty() {
            super(HttpEngine.JETTY);
        }
    }

    @Nested
    class OnJdk extends Contract {
        OnJdk() {
            super(HttpEngine.JDK);
        }
    }

    @Nested
    class OnPostgres extends Contract {
        OnPostgres() {
            super(HttpEngine.JETTY, TestDatabases.Kind.POSTGRESQL);
        }
    }

    abstract static class Contract extends EngineSuite {

        private String userKey;

        Contract(HttpEngine engine) {
            super(engine);
        }

        Contract(HttpEngine engine, TestDatabases.Kind database) {
            super(engine, database);
        }

        @Override
        String[] settings() {
            return new String[] {"duplicates", "reject"};
        }

        @Override
        void prepare() {
            Cli.run(server.dataDir, "user", "add", "ana");
            userKey = Cli.run(server.dataDir, "key", "create", "--user", "ana").strip();
        }

        @Test
        void theSameFileAgainIsADuplicatedUploadWithCode101() {
            byte[] photo = Fixtures.bytes("photo.jpg");
            assertThat(Uploads.as(server, userKey, "first.jpg", photo).statusCode()).isEqualTo(200);

            HttpResponse<byte[]> again = Uploads.as(server, userKey, "renamed.jpg", photo);

            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(Uploads.errorCode(again)).isEqualTo(101);
            assertThat(Uploads.errorMessage(again)).isEqualTo("Duplicated upload");
            assertThat(Uploads.as(server, userKey, "other.gif", Fixtures.bytes("anim.gif")).statusCode())
                    .isEqualTo(200);
        }

        @Test
        void adminsAreExempt() {
            byte[] webp = Fixtures.bytes("still.webp");
            assertThat(Uploads.as(server, TestServer.ADMIN_KEY, "a.webp", webp).statusCode()).isEqualTo(200);
            assertThat(Uploads.as(server, TestServer.ADMIN_KEY, "a.webp", webp).statusCode()).isEqualTo(200);
        }
    }
}
