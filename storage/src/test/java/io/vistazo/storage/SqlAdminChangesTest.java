package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.port.out.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the admin pages change: roles, disabled accounts, edited categories. */
class SqlAdminChangesTest extends OnEachDatabase {

    private UserRepository users;
    private CategoryRepository categories;

    @BeforeEach
    void prepare() {
        users = database.userRepository();
        categories = database.categoryRepository();
    }

    @Test
    void rolesChangeAndAccountsAreDisabledAndEnabled() {
        User ana = users.create("ana", Role.USER);
        User bob = users.create("bob", Role.USER);

        users.setRole(ana.id(), Role.ADMIN);
        users.setDisabled(bob.id(), true);

        assertThat(users.findById(ana.id()).orElseThrow().isAdmin()).isTrue();
        assertThat(users.isDisabled(bob.id())).isTrue();
        assertThat(users.isDisabled(ana.id())).isFalse();
        users.setDisabled(bob.id(), false);
        assertThat(users.isDisabled(bob.id())).isFalse();
        assertThat(users.isDisabled(999)).isFalse();
    }

    @Test
    void aCategoryIsEditedButNotOntoAnotherOnesUrlKey() {
        Category cats = categories.create("Cats", "cats", null);
        categories.create("Dogs", "dogs", "Woof");

        categories.update(new Category(cats.id(), "Felines", "felines", "Meow"));

        assertThat(categories.findByUrlKey("cats")).isEmpty();
        assertThat(categories.findByUrlKey("felines")).contains(new Category(cats.id(), "Felines", "felines",
                "Meow"));
        assertThatThrownBy(() -> categories.update(new Category(cats.id(), "Felines", "dogs", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(categories.update(new Category(cats.id(), "Cats", "felines", null)).name()).isEqualTo("Cats");
    }
}
