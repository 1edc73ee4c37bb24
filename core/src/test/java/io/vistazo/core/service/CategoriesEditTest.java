package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.CategoryRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An admin edits a category: name, URL key and description checked as on creation. */
class CategoriesEditTest {

    private final ListedCategories stored = new ListedCategories();
    private final Categories categories = new Categories(stored);

    @Test
    void anAdminRenamesAndRekeysACategory() {
        Category cats = categories.create(User.CONSOLE, "Cats", "cats", null);
        categories.create(User.CONSOLE, "Dogs", "dogs", null);

        Category edited = categories.edit(User.CONSOLE, " cats ", " Felines ", "felines", "Meow");

        assertThat(edited).isEqualTo(new Category(cats.id(), "Felines", "felines", "Meow"));
        assertThat(categories.findByUrlKey("felines")).contains(edited);
        assertThatThrownBy(() -> categories.edit(User.CONSOLE, "felines", "Cats", "dogs", null))
                .hasMessage("Category URL key already taken: dogs");
        assertThatThrownBy(() -> categories.edit(User.CONSOLE, "felines", "Cats", "Not A Key", null))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> categories.edit(User.CONSOLE, "cats", "Cats", "cats", null))
                .hasMessageContaining("Category cats");
        assertThatThrownBy(() -> categories.edit(new User(5, "ana", Role.USER), "felines", "Ana's", "anas", null))
                .isInstanceOf(Refusal.class);
        assertThat(categories.findByUrlKey("felines")).contains(edited);
    }

    /** Categories in a list. */
    private static final class ListedCategories implements CategoryRepository {

        private final List<Category> rows = new ArrayList<>();

        @Override
        public boolean exists(long categoryId) {
            return rows.stream().anyMatch(row -> row.id() == categoryId);
        }

        @Override
        public Category create(String name, String urlKey, String description) {
            if (findByUrlKey(urlKey).isPresent()) {
                throw new IllegalArgumentException("taken");
            }
            Category category = new Category(rows.size() + 1L, name, urlKey, description);
            rows.add(category);
            return category;
        }

        @Override
        public Optional<Category> findByUrlKey(String urlKey) {
            return rows.stream().filter(row -> row.urlKey().equals(urlKey)).findFirst();
        }

        @Override
        public List<Category> list() {
            return List.copyOf(rows);
        }

        @Override
        public boolean delete(long categoryId) {
            return rows.removeIf(row -> row.id() == categoryId);
        }

        @Override
        public Category update(Category changed) {
            if (findByUrlKey(changed.urlKey()).filter(other -> other.id() != changed.id()).isPresent()) {
                throw new IllegalArgumentException("taken");
            }
            rows.replaceAll(row -> row.id() == changed.id() ? changed : row);
            return changed;
        }
    }
}
