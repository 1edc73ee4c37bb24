package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Behind a real nginx ({@code trusted-proxies} lists the address it connects from): clients are told apart by
 * their forwarded address (flood windows, upload records, views), forwarded headers sent straight to the server
 * count for nothing, and a proxy that says https gets https links and a {@code Secure} cookie. Clients connect
 * from different loopback addresses ({@code 127.0.0.2}, {@code 127.0.0.3}…), as different machines would.
 */
@EnumSource(names = {"JETTY", "JDK"})
class ReverseProxyTest extends EngineSuite {

    private static final Pattern MEDIA_NAME = Pattern.compile("\"name\":\"([^\"]+)\"");

    Nginx nginx;
    String anaKey;
    String bobKey;
    String cyKey;

    @Override
    String[] settings() {
        return new String[] {"trusted-proxies", "10.9.0.0/16, " + Nginx.PROXY_ADDRESS, "flood-per-minute", "3"};
    }

    @Override
    void prepare() {
        WebUsers.add(server.dataDir, "ana", "user");
        WebUsers.add(server.dataDir, "bob", "user");
        anaKey = WebUsers.key(server.dataDir, "ana");
        bobKey = WebUsers.key(server.dataDir, "bob");
        WebUsers.add(server.dataDir, "cy", "user");
        cyKey = WebUsers.key(server.dataDir, "cy");
        try {
            nginx = Nginx.proxyTo(server.server.port(), java.nio.file.Files.createDirectories(
                    server.dataDir.resolve("nginx")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One nginx per server: each run of the suite stops its own. */
    @Override
    void finish() {
        if (nginx != null) {
            nginx.close();
            nginx = null;
        }
    }

    @Test
    void clientsBehindTheProxyHaveTheirOwnFloodWindowsAndUploadRecords() {
        for (int i = 0; i < 3; i++) {
            assertThat(status(upload("127.0.0.2", nginx.port, anaKey))).as("upload " + (i + 1)).isEqualTo(200);
        }
        assertThat(status(upload("127.0.0.2", nginx.port, anaKey))).isEqualTo(429);

        String other = upload("127.0.0.3", nginx.port, bobKey);

        assertThat(status(other)).as("another client's window is its own: " + other).isEqualTo(200);
        assertThat(uploaderIp(other)).isEqualTo("127.0.0.3");
        assertThat(status(upload("127.0.0.2", nginx.port, bobKey))).as("the address window of 127.0.0.2")
                .isEqualTo(429);
    }

    @Test
    void forwardedHeadersSentStraightToTheServerChangeNothing() {
        for (int i = 0; i < 3; i++) {
            String answer = upload("127.0.0.1", server.server.port(), TestServer.ADMIN_KEY,
                    "X-Forwarded-For", "198.51.100." + i, "Forwarded", "for=198.51.100." + i,
                    "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example");
            assertThat(status(answer)).as(answer).isEqualTo(200);
            assertThat(uploaderIp(answer)).isEqualTo("127.0.0.1");
            assertThat(answer).contains("\"url\":\"http://img.example.test/images/")
                    .doesNotContain("evil.example").doesNotContain("https:");
        }
        assertThat(status(upload("127.0.0.1", server.server.port(), TestServer.ADMIN_KEY,
                "X-Forwarded-For", "203.0.113.77"))).isEqualTo(429);
        String login = request("127.0.0.1", server.server.port(), "GET /login HTTP/1.1\r\nHost: a.test\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(setCookie(login)).contains("vistazo_session=").doesNotContain("Secure");
    }

    @Test
    void httpsFromTheProxyGivesHttpsLinksAndASecureCookie() {
        String answer = upload("127.0.0.4", nginx.httpsPort, bobKey);
        assertThat(status(answer)).as(answer).isEqualTo(200);
        assertThat(answer).contains("\"url\":\"https://img.example.test/images/")
                .contains("\"url_viewer\":\"https://img.example.test/image/");

        String secure = request("127.0.0.4", nginx.httpsPort,
                "GET /login HTTP/1.1\r\nHost: img.example.test\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(setCookie(secure)).contains("vistazo_session=").contains("; Secure");
        String plain = request("127.0.0.4", nginx.port,
                "GET /login HTTP/1.1\r\nHost: img.example.test\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(setCookie(plain)).contains("vistazo_session=").doesNotContain("Secure");
    }

    @Test
    void eachClientBehindTheProxyCountsAsItsOwnViewer() {
        String answer = upload("127.0.0.6", nginx.port, cyKey);
        assertThat(status(answer)).as(answer).isEqualTo(200);
        Matcher viewer = Pattern.compile("\"path_viewer\":\"([^\"]+)\"").matcher(answer);
        assertThat(viewer.find()).isTrue();
        Matcher name = MEDIA_NAME.matcher(answer);
        assertThat(name.find()).isTrue();

        for (String client : new String[] {"127.0.0.7", "127.0.0.8", "127.0.0.7"}) {
            String page = request(client, nginx.port, "GET " + viewer.group(1) + " HTTP/1.1\r\n"
                    + "Host: img.example.test\r\nUser-Agent: same-browser\r\nConnection: close\r\n\r\n",
                    new byte[0]);
            assertThat(status(page)).isEqualTo(200);
        }

        assertThat(TestDatabase.number(server.dataDir, "SELECT views FROM media WHERE name = ?", name.group(1)))
                .as("two visitors, one of them twice").isEqualTo(2);
    }

    private String uploaderIp(String answer) {
        Matcher name = MEDIA_NAME.matcher(answer);
        assertThat(name.find()).as(answer).isTrue();
        return TestDatabase.text(server.dataDir, "SELECT uploader_ip FROM media WHERE name = ?", name.group(1));
    }

    private static String upload(String from, int port, String key, String... headers) {
        MultipartBody body = new MultipartBody().file("source", "a.png", "image/png", Fixtures.bytes("alpha.png"));
        StringBuilder head = new StringBuilder("POST /api/1/upload?format=json HTTP/1.1\r\n"
                + "Host: img.example.test\r\nConnection: close\r\nX-API-Key: " + key + "\r\n"
                + "Content-Type: " + body.contentType() + "\r\nContent-Length: " + body.bytes().length + "\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return request(from, port, head.append("\r\n").toString(), body.bytes());
    }

    private static String request(String from, int port, String head, byte[] body) {
        try (RawClient client = new RawClient(from, port)) {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(body);
            client.send(request.toByteArray());
            return client.readUntilClosed(20_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String setCookie(String response) {
        return response.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                .reduce("", (all, line) -> all + line + "\n");
    }
}
