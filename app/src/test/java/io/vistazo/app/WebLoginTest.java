package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in and out: the session cookie, CSRF on the forms, failed passwords limited per address. */
class WebLoginTest {

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

        Contract(HttpEngine engine) {
            super(engine);
        }

        Contract(HttpEngine engine, TestDatabases.Kind database) {
            super(engine, database);
        }

        @Override
        void prepare() {
            WebUsers.add(server.dataDir, "ana", "user");
        }

        @Test
        void theFormHandsOutAnAnonymousSessionCookieWithStrictAttributes() {
            HttpResponse<byte[]> form = server.get("/login");

            assertThat(form.statusCode()).isEqualTo(200);
            String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).matches("vistazo_session=[A-Za-z0-9_-]{43}; .*")
                    .contains("; HttpOnly").contains("; SameSite=Lax").contains("; Path=/").doesNotContain("Secure");
            assertThat(Browser.text(form)).contains("name=\"password\"").contains("name=\"csrf\"");
        }

        @Test
        void theRightPasswordSignsInUnderANewSessionIdAndSignOutEndsIt() {
            Browser browser = new Browser(server);
            String csrf = browser.csrf();
            String anonymous = browser.cookie();

            HttpResponse<byte[]> login = browser.postForm("/login", "csrf", csrf, "name", "ana", "password",
                    WebUsers.PASSWORD, "next", "/my/albums");

            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(login.headers().firstValue("Location")).hasValue("/my/albums");
            String session = browser.cookie();
            assertThat(session).isNotEqualTo(anonymous);
            assertThat(TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM web_sessions WHERE id_hash = ?",
                    session)).as("only the hash is stored").isZero();
            assertThat(browser.get("/login").statusCode()).as("signed in: the form forwards").isEqualTo(303);

            HttpResponse<byte[]> logout = browser.postForm("/logout", "csrf", browser.csrf());
            assertThat(logout.statusCode()).isEqualTo(303);
            assertThat(browser.get("/login").statusCode()).isEqualTo(200);

            browser.useCookie(session);
            assertThat(browser.get("/login").statusCode()).as("the old session is over").isEqualTo(200);
        }

        @Test
        void aForeignNextIsIgnored() {
            Browser browser = new Browser(server);
            HttpResponse<byte[]> login = browser.postForm("/login", "csrf", browser.csrf(), "name", "ana",
                    "password", WebUsers.PASSWORD, "next", "//evil.example/");

            assertThat(login.headers().firstValue("Location")).hasValue("/my");
        }

        @Test
        void aMissingOrWrongCsrfTokenIsRefusedAndSignsNobodyIn() {
            Browser browser = new Browser(server);
            String csrf = browser.csrf();

            assertThat(browser.postForm("/login", "name", "ana", "password", WebUsers.PASSWORD).statusCode())
                    .isEqualTo(403);
            assertThat(browser.postForm("/login", "csrf", csrf + "x", "name", "ana", "password",
                    WebUsers.PASSWORD).statusCode()).isEqualTo(403);
            Browser other = new Browser(server);
            other.csrf();
            assertThat(other.postForm("/login", "csrf", csrf, "name", "ana", "password", WebUsers.PASSWORD)
                    .statusCode()).as("another session's token").isEqualTo(403);
            assertThat(browser.get("/login").statusCode()).as("still signed out").isEqualTo(200);
        }
    }
}
