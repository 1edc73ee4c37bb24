package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /my/account}: a user changes their own password, with a clear message for each refusal. */
@EnumSource(names = {"JETTY", "JDK"})
class AccountPagesTest extends EngineSuite {

    private static final String NEW_PASSWORD = "copper kettle rain";

    WebWorld world;

    @Override
    void prepare() {
        world = new WebWorld(server);
        // The server is shared by the tests: those that change a password change their own account's.
        WebUsers.add(server.dataDir, "carla", "user");
        WebUsers.add(server.dataDir, "dora", "user");
    }

    @Test
    void aChangeNeedsTheCurrentPasswordAndEndsTheOtherSessions() {
        Browser carla = Browser.signedIn(server, "carla", WebUsers.PASSWORD);
        Browser otherDevice = Browser.signedIn(server, "carla", WebUsers.PASSWORD);

        HttpResponse<byte[]> changed = change(carla, WebUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(changed.statusCode()).as(Browser.text(changed)).isEqualTo(303);
        assertThat(changed.headers().firstValue("Location")).hasValue("/my/account?done=password");
        assertThat(Browser.text(carla.get("/my/account?done=password"))).contains("id=\"password-changed\"");

        assertThat(otherDevice.get("/my/account").statusCode()).as("the other session ended").isEqualTo(303);
        assertThat(new Browser(server).login("carla", WebUsers.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(new Browser(server).login("carla", NEW_PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void eachRefusalSaysWhyAndChangesNothing() {
        assertRefused(change(world.ana, "not my password", NEW_PASSWORD, NEW_PASSWORD), 403,
                "The current password is wrong.");
        assertRefused(change(world.ana, WebUsers.PASSWORD, NEW_PASSWORD, "copper kettle"), 400,
                "The two new passwords are not the same.");
        assertRefused(change(world.ana, WebUsers.PASSWORD, "short", "short"), 400, "too short");
        assertRefused(change(world.ana, WebUsers.PASSWORD, "ana-is-me-2026", "ana-is-me-2026"), 400,
                "must not be your user name");
        assertRefused(change(world.ana, WebUsers.PASSWORD, "Password123", "Password123"), 400,
                "most common");

        assertThat(new Browser(server).login("ana", WebUsers.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(world.ana.get("/my/account").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void onlyTheSignedInUsersOwnPasswordChangesAndTheFormNeedsItsToken() {
        Browser dora = Browser.signedIn(server, "dora", WebUsers.PASSWORD);
        HttpResponse<byte[]> aimedAtBob = dora.postForm("/my/account/password", "csrf", dora.csrf(),
                "name", "bob", "current", WebUsers.PASSWORD, "password", NEW_PASSWORD, "confirm", NEW_PASSWORD);
        assertThat(aimedAtBob.statusCode()).as(Browser.text(aimedAtBob)).isEqualTo(303);
        assertThat(new Browser(server).login("bob", WebUsers.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(new Browser(server).login("dora", NEW_PASSWORD).statusCode()).isEqualTo(303);

        assertThat(world.bob.postForm("/my/account/password", "current", WebUsers.PASSWORD, "password",
                NEW_PASSWORD, "confirm", NEW_PASSWORD).statusCode()).isEqualTo(403);
        assertThat(world.bob.postForm("/my/account/password", "csrf", "forged", "current", WebUsers.PASSWORD,
                "password", NEW_PASSWORD, "confirm", NEW_PASSWORD).statusCode()).isEqualTo(403);
        assertThat(new Browser(server).login("bob", WebUsers.PASSWORD).statusCode()).isEqualTo(303);

        assertThat(world.anonymous.get("/my/account").statusCode()).isEqualTo(303);
        Browser stranger = new Browser(server);
        assertThat(stranger.postForm("/my/account/password", "csrf", stranger.csrf(), "current", "x", "password",
                NEW_PASSWORD, "confirm", NEW_PASSWORD).headers().firstValue("Location").orElseThrow())
                .startsWith("/login");
    }

    @Test
    void thePageIsInSpanishWhenAsked() {
        String page = Browser.text(world.ana.get("/my/account?lang=es"));
        assertThat(page).contains("Cambiar la contraseña");
        assertThat(SpanishPages.englishIn(page)).isEmpty();
    }

    @Test
    void signUpAndInvitesAreOffByDefault() {
        assertThat(new Browser(server).get("/signup").statusCode()).isEqualTo(404);
        Browser visitor = new Browser(server);
        assertThat(visitor.postForm("/signup", "csrf", visitor.csrf(), "name", "zoe", "password",
                NEW_PASSWORD, "confirm", NEW_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(new Browser(server).login("zoe", NEW_PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void withSignUpOffNoPageOffersToMakeAnAccount() {
        for (String path : new String[] {"/", "/login", "/upload", "/explore"}) {
            assertThat(Browser.text(new Browser(server).get(path))).as(path).doesNotContain("/signup");
        }
    }

    private static HttpResponse<byte[]> change(Browser browser, String current, String next, String confirm) {
        return browser.postForm("/my/account/password", "csrf", browser.csrf(), "current", current, "password",
                next, "confirm", confirm);
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String message) {
        assertThat(response.statusCode()).as(Browser.text(response)).isEqualTo(status);
        assertThat(Browser.text(response)).contains("id=\"password-refused\"").contains(message);
    }
}
