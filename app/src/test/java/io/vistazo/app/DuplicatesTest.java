package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code duplicates=reject}: the same file twice from one address within a day is refused, except for admins. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class DuplicatesTest extends EngineSuite {

    private String userKey;

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
