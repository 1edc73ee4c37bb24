package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /admin/categories}: an admin adds, edits and deletes categories, every form behind the CSRF token. */
@EnumSource(names = {"JETTY", "JDK"})
class AdminCategoriesPagesTest extends EngineSuite {

    WebWorld world;

    @Override
    void prepare() {
        world = new WebWorld(server);
    }

    @Test
    void anAdminAddsEditsAndDeletesACategoryAndItsMediaStay() {
        assertThat(world.root.postForm("/admin/categories", "csrf", world.root.csrf(), "name", "Cats", "url_key",
                "cats", "description", "Purring").statusCode()).isEqualTo(303);
        String page = Browser.text(world.root.get("/admin/categories"));
        assertThat(page).contains("<a href=\"/category/cats\">Cats</a>").contains(">Purring</textarea>");
        assertThat(world.anonymous.get("/category/cats").statusCode()).isEqualTo(200);
        String id = String.valueOf(TestDatabase.number(server.dataDir,
                "SELECT id FROM categories WHERE url_key = ?", "cats"));
        JsonNode filed = world.upload(world.anaKey, "alpha.png", "category_id", id);

        assertThat(world.root.postForm("/admin/categories/edit", "csrf", world.root.csrf(), "category", "cats",
                "name", "Felines", "url_key", "felines", "description", "").statusCode()).isEqualTo(303);
        assertThat(Browser.text(world.root.get("/admin/categories")))
                .contains("<a href=\"/category/felines\">Felines</a>").doesNotContain("Purring");
        assertThat(world.anonymous.get("/category/cats").statusCode()).isEqualTo(404);
        assertThat(world.root.postForm("/admin/categories", "csrf", world.root.csrf(), "name", "Bad",
                "url_key", "Not a key").statusCode()).isEqualTo(400);

        assertThat(world.root.postForm("/admin/categories/delete", "csrf", world.root.csrf(), "category",
                "felines").statusCode()).isEqualTo(303);
        assertThat(Browser.text(world.root.get("/admin/categories"))).doesNotContain("Felines");
        assertThat(world.exists(filed)).as("its media stay").isTrue();
        assertThat(world.root.postForm("/admin/categories/delete", "csrf", world.root.csrf(), "category",
                "felines").statusCode()).isEqualTo(404);
    }

    @Test
    void everyFormNeedsTheToken() {
        world.root.postForm("/admin/categories", "csrf", world.root.csrf(), "name", "Kept", "url_key", "kept");
        for (String action : new String[] {"", "/edit", "/delete"}) {
            assertThat(world.root.postForm("/admin/categories" + action, "category", "kept", "name", "Gone",
                    "url_key", "gone").statusCode()).as(action).isEqualTo(403);
            assertThat(world.root.postForm("/admin/categories" + action, "csrf", "forged", "category", "kept",
                    "name", "Gone", "url_key", "gone").statusCode()).as(action).isEqualTo(403);
        }
        assertThat(Browser.text(world.root.get("/admin/categories"))).contains("Kept").doesNotContain("Gone");
    }

    @Test
    void theCategoriesPageSpeaksSpanishWithNoEnglishLeft() {
        world.root.postForm("/admin/categories", "csrf", world.root.csrf(), "name", "Perros", "url_key", "perros");
        String html = Browser.text(world.root.get("/admin/categories?lang=es"));
        assertThat(html).contains("Categorías").contains("Perros");
        assertThat(SpanishPages.englishIn(html)).isEmpty();
    }
}
