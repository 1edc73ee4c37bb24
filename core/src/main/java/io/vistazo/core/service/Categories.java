package io.vistazo.core.service;

import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageCategories;
import io.vistazo.core.port.out.CategoryRepository;
import java.util.List;
import java.util.Optional;

/** The admin-managed list of categories uploads may name by id ({@code category_id}); anyone may read it. */
public final class Categories implements ManageCategories {

    private final CategoryRepository categories;

    public Categories(CategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public Category create(User actor, String name, String urlKey, String description) {
        Permissions.requireAdmin(actor, "manage categories");
        String validName = Names.label(name, Names.MAX_CATEGORY_NAME, "Category names");
        String validKey = Names.urlKey(urlKey);
        try {
            return categories.create(validName, validKey, Names.description(description));
        } catch (IllegalArgumentException taken) {
            throw Refusal.invalidValue("Category URL key already taken: " + validKey);
        }
    }

    @Override
    public Category edit(User actor, String urlKey, String name, String newUrlKey, String description) {
        Permissions.requireAdmin(actor, "manage categories");
        Category category = findByUrlKey(urlKey).orElseThrow(() -> Refusal.notFound("Category " + urlKey));
        String validName = Names.label(name, Names.MAX_CATEGORY_NAME, "Category names");
        String validKey = Names.urlKey(newUrlKey);
        try {
            return categories.update(new Category(category.id(), validName, validKey, Names.description(description)));
        } catch (IllegalArgumentException taken) {
            throw Refusal.invalidValue("Category URL key already taken: " + validKey);
        }
    }

    @Override
    public List<Category> list() {
        return categories.list();
    }

    @Override
    public Optional<Category> findByUrlKey(String urlKey) {
        return urlKey == null ? Optional.empty() : categories.findByUrlKey(urlKey.strip());
    }

    /** Removes the category; its media stay, without a category. */
    @Override
    public Category remove(User actor, String urlKey) {
        Permissions.requireAdmin(actor, "manage categories");
        Category category = findByUrlKey(urlKey).orElseThrow(() -> Refusal.notFound("Category " + urlKey));
        categories.delete(category.id());
        return category;
    }
}
