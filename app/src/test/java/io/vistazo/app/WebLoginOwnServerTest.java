package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in where each test needs a server of its own: a low failure limit, an HTTPS public URL, a restart. */
class WebLoginOwnServerTest {

    @TempDir
    Path dataDir;

    /** On a server of its own: every test client signs in from the same address. */
    @Test
    void wrongPasswordsAreRefusedThenLimitedPerAddress() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "login-failures-per-hour", "3")) {
            WebUsers.add(dataDir, "limited", "user");
            Browser browser = new Browser(server);
            String csrf = browser.csrf();
            for (int i = 0; i < 3; i++) {
                HttpResponse<byte[]> wrong = browser.postForm("/login", "csrf", csrf, "name", "limited",
                        "password", "not the password");
                assertThat(wrong.statusCode()).isEqualTo(401);
                assertThat(Browser.text(wrong)).contains("Wrong name or password");
            }

            HttpResponse<byte[]> limited = browser.login("limited", WebUsers.PASSWORD);

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow())
                    .isPositive();
        }
    }

    @Test
    void theCookieIsSecureBehindAnHttpsPublicUrl() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "public-url", "https://img.example.org")) {
            assertThat(server.get("/login").headers().firstValue("Set-Cookie").orElseThrow())
                    .endsWith("; HttpOnly; SameSite=Lax; Secure");
        }
    }

    /** Sessions live in the database, as the SHA-256 of their id only, so a restart keeps people signed in. */
    @Test
    void aSessionSurvivesARestartAndOnlyItsHashIsStored() throws IOException {
        String cookie;
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK)) {
            WebUsers.add(dataDir, "ana", "user");
            cookie = Browser.signedIn(server, "ana", WebUsers.PASSWORD).cookie();
        }
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY)) {
            Browser returning = new Browser(server);
            returning.useCookie(cookie);
            assertThat(returning.get("/my").statusCode()).isEqualTo(200);
            assertThat(Browser.text(returning.get("/my"))).contains("ana");
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(cookie);
            }
        }
    }
}
