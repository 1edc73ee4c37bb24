package io.vistazo.core.port.in;

import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.User;
import java.util.List;
import java.util.Optional;

/** The admin-managed list of categories uploads may name by id ({@code category_id}); anyone may read it. */
public interface ManageCategories {

    Category create(User actor, String name, String urlKey, String description);

    List<Category> list();

    Optional<Category> findByUrlKey(String urlKey);

    /** Removes the category; its media stay, without a category. */
    Category remove(User actor, String urlKey);

    /** Renames the category found by {@code urlKey}, gives it another URL key or description; admins only. */
    Category edit(User actor, String urlKey, String name, String newUrlKey, String description);
}
