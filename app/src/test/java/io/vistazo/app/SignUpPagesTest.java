package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code signup=invite}: admins make one-use invite links at {@code /admin/invites}; visitors sign up with one. */
@EnumSource(names = {"JETTY", "JDK"})
class SignUpPagesTest extends EngineSuite {

    private static final Pattern NEW_INVITE = Pattern.compile("id=\"new-invite\" readonly value=\"([^\"]+)\"");
    private static final String PASSWORD = "copper kettle rain";

    WebWorld world;

    @Override
    String[] settings() {
        return new String[] {"signup", "invite", "login-failures-per-hour", "100"};
    }

    @Override
    void prepare() {
        world = new WebWorld(server);
    }

    @Test
    void anInviteMakesOneAccountSignedInAtOnce() {
        String link = invite(world.root);
        assertThat(link).startsWith(server.uri("/signup?invite=").toString());
        String path = WebWorld.path(link) + "?" + URI.create(link).getRawQuery();

        Browser eva = new Browser(server);
        assertThat(eva.get(path).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> created = signUp(eva, path, "eva", PASSWORD, PASSWORD);
        assertThat(created.statusCode()).as(Browser.text(created)).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue("/my");
        assertThat(eva.get("/my/account").statusCode()).as("signed in at once").isEqualTo(200);

        Browser again = new Browser(server);
        HttpResponse<byte[]> reused = signUp(again, path, "eva2", PASSWORD, PASSWORD);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(Browser.text(reused)).contains("not valid any more");
        assertThat(again.get("/my/account").statusCode()).isEqualTo(303);
        assertThat(new Browser(server).login("eva2", PASSWORD).statusCode()).isEqualTo(401);

        String list = Browser.text(world.root.get("/admin/invites"));
        assertThat(list).contains("<td>used</td><td>eva</td>");
    }

    @Test
    void withInvitesOnlyNoPageOffersToMakeAnAccount() {
        // Without an invite link a visitor could not make one: offering it would only lead to a refusal.
        for (String path : new String[] {"/", "/login", "/upload", "/explore"}) {
            assertThat(Browser.text(new Browser(server).get(path))).as(path).doesNotContain("/signup");
        }
    }

    @Test
    void withoutAnOpenInviteThereIsNoForm() {
        HttpResponse<byte[]> bare = new Browser(server).get("/signup");
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(Browser.text(bare)).contains("id=\"signup-needs-invite\"").doesNotContain("name=\"password\"");

        Browser forger = new Browser(server);
        HttpResponse<byte[]> forged = forger.postForm("/signup", "csrf", forger.csrf(), "invite", "made-up",
                "name", "mallory", "password", PASSWORD, "confirm", PASSWORD);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(new Browser(server).login("mallory", PASSWORD).statusCode()).isEqualTo(401);

        String link = invite(world.root);
        String code = URI.create(link).getRawQuery().substring("invite=".length());
        String list = Browser.text(world.root.get("/admin/invites"));
        Matcher id = Pattern.compile("name=\"invite\" value=\"([0-9a-f]{64})\"").matcher(list);
        assertThat(id.find()).isTrue();
        assertThat(world.root.postForm("/admin/invites/revoke", "csrf", world.root.csrf(), "invite", id.group(1))
                .statusCode()).isEqualTo(303);
        assertThat(Browser.text(world.root.get("/admin/invites"))).contains("<td>revoked</td>");
        Browser late = new Browser(server);
        assertThat(signUp(late, "/signup?invite=" + code, "latecomer", PASSWORD, PASSWORD).statusCode())
                .isEqualTo(400);
    }

    @Test
    void weakPasswordsAndTakenNamesAreRefusedWithAClearMessage() {
        String link = invite(world.root);
        String path = WebWorld.path(link) + "?" + URI.create(link).getRawQuery();
        Browser fede = new Browser(server);
        assertRefused(signUp(fede, path, "fede", "password123", "password123"), "most common");
        assertRefused(signUp(fede, path, "fede", "fede-rocks-99", "fede-rocks-99"), "must not be your user name");
        assertRefused(signUp(fede, path, "fede", "short", "short"), "too short");
        assertRefused(signUp(fede, path, "fede", PASSWORD, "other words"), "not the same");
        assertRefused(signUp(fede, path, "ana", PASSWORD, PASSWORD), "taken");
        assertRefused(signUp(fede, path, "fe de", PASSWORD, PASSWORD), "1 to 32 letters");
        assertThat(signUp(fede, path, "fede", PASSWORD, PASSWORD).statusCode()).as("the invite is still open")
                .isEqualTo(303);
    }

    @Test
    void onlyAdminsManageInvitesAndEveryFormNeedsItsToken() {
        assertThat(world.ana.get("/admin/invites").statusCode()).isEqualTo(403);
        assertThat(world.ana.postForm("/admin/invites", "csrf", world.ana.csrf()).statusCode()).isEqualTo(403);
        assertThat(world.root.postForm("/admin/invites").statusCode()).isEqualTo(403);
        assertThat(world.root.postForm("/admin/invites", "csrf", "forged").statusCode()).isEqualTo(403);
        assertThat(world.anonymous.get("/admin/invites").statusCode()).isEqualTo(303);

        String link = invite(world.root);
        String list = Browser.text(world.root.get("/admin/invites"));
        Matcher id = Pattern.compile("name=\"invite\" value=\"([0-9a-f]{64})\"").matcher(list);
        assertThat(id.find()).isTrue();
        assertThat(world.ana.postForm("/admin/invites/revoke", "csrf", world.ana.csrf(), "invite", id.group(1))
                .statusCode()).isEqualTo(403);
        assertThat(world.root.postForm("/admin/invites/revoke", "invite", id.group(1)).statusCode())
                .isEqualTo(403);

        String path = WebWorld.path(link) + "?" + URI.create(link).getRawQuery();
        Browser gus = new Browser(server);
        gus.get(path);
        assertThat(gus.postForm("/signup", "invite", URI.create(link).getRawQuery().substring(7), "name", "gus",
                "password", PASSWORD, "confirm", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(Browser.text(world.root.get("/admin/invites"))).doesNotContain("<td>gus</td>");
    }

    @Test
    void theSignUpPageIsInSpanishWhenAsked() {
        String link = invite(world.root);
        String page = Browser.text(new Browser(server).get(WebWorld.path(link) + "?"
                + URI.create(link).getRawQuery() + "&lang=es"));
        assertThat(page).contains("Crear una cuenta");
        assertThat(SpanishPages.englishIn(page)).isEmpty();
        assertThat(SpanishPages.englishIn(Browser.text(world.root.get("/admin/invites?lang=es")))).isEmpty();
    }

    /** Makes an invite as the admin and returns its link, shown once. */
    private static String invite(Browser admin) {
        HttpResponse<byte[]> created = admin.postForm("/admin/invites", "csrf", admin.csrf());
        assertThat(created.statusCode()).as(Browser.text(created)).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher matcher = NEW_INVITE.matcher(Browser.text(created));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    /** Posts the sign-up form with the invite code of {@code formPath} (a used one leaves no form to read). */
    private static HttpResponse<byte[]> signUp(Browser visitor, String formPath, String name, String password,
                                               String confirm) {
        String code = URI.create(formPath).getRawQuery().substring("invite=".length());
        return visitor.postForm("/signup", "csrf", visitor.csrf(), "invite", code, "name", name, "password",
                password, "confirm", confirm);
    }

    private static void assertRefused(HttpResponse<byte[]> response, String message) {
        assertThat(response.statusCode()).as(Browser.text(response)).isEqualTo(400);
        assertThat(Browser.text(response)).contains("id=\"signup-refused\"").contains(message);
    }
}
