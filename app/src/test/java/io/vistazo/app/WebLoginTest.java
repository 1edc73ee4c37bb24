package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Signing in and out: the session cookie, CSRF on the forms. Failed passwords limited per address, the secure
 * cookie and sessions across a restart are {@link WebLoginOwnServerTest}'s.
 */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class WebLoginTest extends EngineSuite {

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
