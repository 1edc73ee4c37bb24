package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every admin route is 404 to a user and to a visitor, as private things are, whether or not the form carries the
 * visitor's own CSRF token, and nothing it asked for happens.
 */
@EnumSource(names = {"JETTY", "JDK"})
class AdminAccessTest extends EngineSuite {

    /** Every page of the admin area. */
    static final String[] PAGES = {"/admin", "/admin/users", "/admin/users?q=ana", "/admin/categories"};
    /** Every form of the admin area. */
    static final String[] FORMS = {"/admin/users", "/admin/users/role", "/admin/users/password",
        "/admin/users/disable", "/admin/users/enable", "/admin/users/delete", "/admin/categories",
        "/admin/categories/edit", "/admin/categories/delete"};

    WebWorld world;

    @Override
    void prepare() {
        world = new WebWorld(server);
    }

    @Test
    void anAdminSeesEveryPage() {
        for (String page : PAGES) {
            assertThat(world.root.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void aUserOrAVisitorReachesNoAdminRoute() {
        for (Browser outsider : new Browser[] {world.ana, world.anonymous}) {
            for (String page : PAGES) {
                assertThat(outsider.get(page).statusCode()).as(page).isEqualTo(404);
            }
            String csrf = outsider == world.ana ? world.ana.csrf() : "";
            for (String form : FORMS) {
                assertThat(outsider.postForm(form, "csrf", csrf, "name", "bob", "role", "admin", "url_key", "x")
                        .statusCode()).as(form).isEqualTo(404);
            }
        }
        String users = Browser.text(world.root.get("/admin/users?q=bob"));
        assertThat(users).contains("<td>bob</td>").contains("Active");
        assertThat(world.bob.get("/admin").statusCode()).as("still a user").isEqualTo(404);
    }
}
